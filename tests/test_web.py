"""The web UI: pages in process (what they say, links that resolve, IRIs with content
negotiation, no asset from outside), then in a real headless Chromium against a real server."""
from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest
import rdflib
from fastapi.testclient import TestClient
from policykg.api.app import create_app
from policykg.api.settings import Settings

BASE = "https://w3id.org/policykg/id/"
ELI = rdflib.Namespace("http://data.europa.eu/eli/ontology#")
QUESTION = "见习补贴每人每月多少钱"


@pytest.fixture(scope="module")
def web(workspace):
    settings = Settings(data_dir=workspace.data_dir, dense=False, query_workers=1)
    with TestClient(create_app(settings, workspace)) as client:
        yield client


def local_links(html: str) -> list[str]:
    return sorted(set(re.findall(r'href="(/id/[^"?#]+)"', html)))


# --- pages in process --------------------------------------------------------------------------
def test_search_page_cites_each_hit(web):
    api_hits = web.get("/search", params={"q": QUESTION, "k": 5}).json()["hits"]
    html = web.get("/", params={"q": QUESTION, "k": 5}).text
    hits = html.split('<div class="hit">')[1:]
    assert len(hits) == len(api_hits) > 0
    for hit, expected in zip(hits, api_hits):
        assert "<mark>" in hit
        assert f"《{expected['title']}》" in hit and (expected["doc_number"] or "") in hit
        clause_link = "/id/" + expected["clause"][len(BASE):]
        assert f'href="{clause_link}"' in hit and f"路径 {expected['path']}" in hit


def test_search_page_says_what_it_understood_and_when_nothing_matches_well(web):
    html = web.get("/", params={"q": "平凉的就业见习补贴标准"}).text
    assert 'id="understood"' in html and "平凉" in html.split('id="understood"')[1].split("</p>")[0]
    assert "没有很相关的条款" not in html
    off_topic = web.get("/", params={"q": "月球基地的氧气配额怎么分配"}).text
    assert "没有很相关的条款" in off_topic


def test_search_facets_narrow_the_hits(web):
    everywhere = web.get("/", params={"q": "补贴", "k": 20}).text
    one_city = web.get("/", params={"q": "补贴", "k": 20, "city": "平凉"}).text
    assert "平政发〔2019〕1号" in one_city and "辽政办发〔2020〕25号" in everywhere
    assert "辽政办发〔2020〕25号" not in one_city
    assert "没有找到" in web.get("/", params={"q": "补贴", "year": "1999"}).text


def test_search_page_escapes_the_query(web):
    html = web.get("/", params={"q": "<script>alert(1)</script>"}).text
    assert "<script>alert(1)" not in html and "&lt;script&gt;" in html


def test_document_page_lists_clauses_in_order_and_links_resolve(web):
    doc = web.get("/documents/pingzhengfa-2019-1-620800").json()
    html = web.get("/id/doc/pingzhengfa-2019-1-620800").text
    assert doc["doc_number"] in html and doc["title"] in html
    shown = re.findall(r'href="/id/doc/pingzhengfa-2019-1-620800/clause/([^"]+)"', html.split('id="clauses"')[1])
    assert shown == [c["path"] for c in doc["clauses"]]
    table = html.split('id="amounts"')[1].split("</table>")[0]
    amounts = web.get("/clauses/pingzhengfa-2019-1-620800/4.10").json()["amounts"]
    assert amounts and all(f"{a['value'] or a['max_value']} 元 {a['payment_unit']['label']}" in table for a in amounts)
    links = local_links(html)
    assert any("/id/org/" in link for link in links), "units by role link to their pages"
    for link in links:
        assert web.get(link).status_code == 200, link


def test_document_page_shows_each_sections_heading_above_its_clauses(web):
    """The outline: 四、积极鼓励支持创业带动就业 above 4.1 … (the page had listed the clauses alone, no section's heading)."""
    doc = web.get("/documents/pingzhengfa-2019-1-620800").json()
    fourth = next(s for s in doc["sections"] if s["path"] == "4")
    assert fourth["number"] == "四、" and fourth["heading"].startswith("积极鼓励支持创业")
    assert [s["path"] for s in doc["sections"]] == [str(n) for n in range(1, len(doc["sections"]) + 1)]  # 一、 to 九、
    tree = web.get("/id/doc/pingzhengfa-2019-1-620800").text.split('id="clauses"')[1].split("</ul>")[0]
    heading = tree.index(f"<strong>四、 {fourth['heading']}</strong>")
    last_of_third = [c["path"] for c in doc["clauses"] if c["path"].startswith("3.")][-1]
    first_of_fourth = next(c["path"] for c in doc["clauses"] if c["path"].startswith("4."))
    assert tree.index(f'clause/{last_of_third}"') < heading < tree.index(f'clause/{first_of_fourth}"')


def test_a_forwarding_notices_page_links_the_text_it_forwards_and_that_texts_page_back(web):
    """鞍促就组发〔2020〕3号 forwards 辽政办发〔2020〕25号 (pol:forwards of the document): its page had shown only "applies"."""
    html = web.get("/id/doc/ancujiuzufa-2020-3-210300").text.split('id="references"')[1].split("</ul>")[0]
    assert re.search(r'forwards → <a href="/id/doc/liaozhengbanfa-2020-25-210000">', html)
    forwarded = web.get("/id/doc/liaozhengbanfa-2020-25-210000").text.split('id="references"')[1].split("</ul>")[0]
    assert re.search(r'← forwards <a href="/id/doc/ancujiuzufa-2020-3-210300">鞍促就组发〔2020〕3号</a>', forwarded)
    refs = web.get("/documents/ancujiuzufa-2020-3-210300").json()["references"]
    assert {(r["relation"], r["cited_id"]) for r in refs} >= {("forwards", "liaozhengbanfa-2020-25-210000")}


def test_clause_page_shows_text_units_and_amounts_with_payment_units(web):
    clause = web.get("/clauses/pingzhengfa-2019-1-620800/4.10").json()
    html = web.get("/id/doc/pingzhengfa-2019-1-620800/clause/4.10").text
    assert clause["text"][:40] in html
    for amount in clause["amounts"]:
        assert amount["payment_unit"]["label"] in html
    for unit in clause["units"]:
        assert unit["name"] in html and f'href="/id/org/{unit["unit_id"]}"' in html
    # what is a condition, not a payment, says so: 留用率达到50%以上 here (no amount is one)
    flagged = sum(r["kind"] == "threshold" for r in clause["rates"]) + sum(a["threshold"] for a in clause["amounts"])
    assert flagged == 1 and html.count('<span class="role" data-kind="threshold">门槛条件</span>') == flagged
    # a share a clause changes (由现行25%增加到50%) says it is the old standard, the new one does not
    changed = web.get("/id/doc/liaozhengbanfa-2020-25-210000/clause/3.9").text
    items = re.findall(r"<li>(.*?)</li>", changed.split('<ul id="values">')[1].split("</ul>")[0])
    old_shares = [item.split(" ", 1)[0] for item in items if 'data-kind="superseded">原标准（已调整）<' in item]
    assert old_shares == ["25%", "45%"]


def test_a_clauses_periods_in_working_days_say_so_in_json_and_on_its_page(web):
    """10个工作日内: P10D in working days (a blind tester read P10D alone in the JSON; the Turtle said pol:workingDays)."""
    clause = web.get("/clauses/liaozhengbanfa-2020-25-210000/4.12").json()
    assert {(p["as_written"], p["duration"], p["working_days"]) for p in clause["periods"]} == {
        ("10个工作日内", "P10D", True), ("5个工作日内", "P5D", True)}
    html = web.get("/id/doc/liaozhengbanfa-2020-25-210000/clause/4.12").text
    assert html.count("10天（工作日）") == 1 and html.count("5天（工作日）") == 1


def test_unit_page_lists_clauses_by_role_and_same_units_in_other_cities(web):
    found = web.get("/units", params={"q": "市人社局"}).json()
    unit = found["cities"][0]["units"][0]
    html = web.get(f"/id/org/{unit['id']}").text
    assert unit["canonical"] in html
    led = web.get(f"/units/{unit['id']}/clauses", params={"role": "lead"}).json()["clauses"]
    assert f"牵头（{led['total']}）" in html
    others = [u for c in found["cities"][1:] for u in c["units"]]
    assert others and any(f'/id/org/{u["id"]}' in html for u in others)


def test_compare_page_puts_cities_side_by_side_with_payment_units(web):
    rows = web.get("/compare", params={"instrument": "就业见习补贴"}).json()["rows"]
    html = web.get("/ui/compare", params={"instrument": "就业见习补贴"}).text
    sections = html.split('<section class="city">')[1:]
    assert len(sections) == len({r["jurisdiction"] for r in rows}) >= 2
    labels = {a["payment_unit"]["label"] for r in rows for a in r["amounts"] if a["payment_unit"]}
    assert labels and all(label in html for label in labels)
    # 辽宁's (十三): at most 50% for 就业见习补贴 and at most 50% for 社会保险补贴, each rate its bound and instrument (a new user:
    # two bare "50% 补贴比例")
    liaoning = next(sec for sec in sections if "辽宁" in sec.split("</h3>")[0])
    rates = re.findall(r'<li class="rate">(.*?)</li>', liaoning)
    assert any("50%" in x and "上限" in x and "就业见习补贴" in x for x in rates), rates
    assert any("50%" in x and "社会保险补贴" in x for x in rates), rates


def test_iris_resolve_by_content_negotiation(web):
    iri = BASE + "doc/pingzhengfa-2019-1-620800/clause/4.10"
    path = "/id/doc/pingzhengfa-2019-1-620800/clause/4.10"
    assert web.get(path, headers={"Accept": "text/html"}).headers["content-type"].startswith("text/html")
    turtle = web.get(path, headers={"Accept": "text/turtle"})
    assert turtle.headers["content-type"].startswith("text/turtle") and turtle.text.startswith("@prefix")
    g = rdflib.Graph().parse(data=turtle.text, format="turtle")
    assert (rdflib.URIRef(iri), ELI.is_part_of, rdflib.URIRef(BASE + "doc/pingzhengfa-2019-1-620800")) in g
    jsonld = web.get(path, headers={"Accept": "application/ld+json"})
    assert "@context" in json.loads(jsonld.text)
    assert len(rdflib.Graph().parse(data=jsonld.text, format="json-ld")) == len(g)
    nt = web.get(path, params={"format": "nt"})
    assert len(rdflib.Graph().parse(data=nt.text, format="nt")) == len(g)
    for plain_json in ({"headers": {"Accept": "application/json"}}, {"params": {"format": "json"}}):  # JSON-LD, as /sparql
        answer = web.get(path, **plain_json)  # (a new user: Turtle for the header, 400 for the parameter)
        assert answer.headers["content-type"].startswith("application/ld+json"), plain_json
        assert len(rdflib.Graph().parse(data=answer.text, format="json-ld")) == len(g)


def test_the_ontology_graph_resolves(web):
    """https://w3id.org/policykg/id/graph/ontology, the named graph the ontology is loaded into (a new user: 404)."""
    turtle = web.get("/id/graph/ontology", headers={"Accept": "text/turtle"})
    g = rdflib.Graph().parse(data=turtle.text, format="turtle")
    leads = rdflib.URIRef("https://w3id.org/policykg/ns#leadUnit")
    assert turtle.status_code == 200 and (leads, rdflib.RDFS.subPropertyOf, None) in g
    page = web.get("/id/graph/ontology", headers={"Accept": "text/html"}, follow_redirects=False)
    assert page.status_code == 303 and page.headers["location"] == "/id/graph/ontology?format=ttl"


def test_every_kind_of_iri_has_a_page_and_triples(web):
    clause = web.get("/clauses/pingzhengfa-2019-1-620800/4.10").json()
    concept = clause["instruments"][0]["iri"]
    path = "/id/" + concept[len(BASE):]
    assert clause["instruments"][0]["label"] in web.get(path).text
    g = rdflib.Graph().parse(data=web.get(path, headers={"Accept": "text/turtle"}).text, format="turtle")
    assert (rdflib.URIRef(concept), None, None) in g
    missing = web.get("/id/doc/nothing-here-1", headers={"Accept": "text/turtle"})
    assert missing.status_code == 404 and set(missing.json()["error"]) == {"status", "code", "message", "detail"}


def test_values_graphs_and_documents_cited_but_not_stored_resolve_too(web):
    """Every IRI of the graph resolves: a value of a clause, a document's named graph (the
    document's page; its triples for an RDF client), a document cited by 文号 but not stored (what
    the graph says of it, and what cites it)."""
    clause = "doc/pingzhengfa-2019-1-620800/clause/4.10"
    value = next(o for p, o in rdflib.Graph().parse(data=web.get("/id/" + clause, headers={"Accept": "text/turtle"}).text,
                                                    format="turtle").predicate_objects(rdflib.URIRef(BASE + clause))
                 if str(p).endswith("#amount"))
    page = web.get("/id/" + str(value)[len(BASE):])
    assert page.status_code == 200 and "statements" in page.text
    amount = rdflib.Graph().parse(data=web.get("/id/" + str(value)[len(BASE):], headers={"Accept": "text/turtle"}).text, format="turtle")
    assert (value, None, None) in amount
    graph = web.get("/id/graph/pingzhengfa-2019-1-620800", follow_redirects=False)
    assert graph.status_code == 303 and graph.headers["location"] == "/id/doc/pingzhengfa-2019-1-620800"
    triples = web.get("/id/graph/pingzhengfa-2019-1-620800", headers={"Accept": "application/n-triples"}).text
    assert triples == web.get("/id/doc/pingzhengfa-2019-1-620800", headers={"Accept": "application/n-triples"}).text
    cited = web.get("/id/doc/guobanfa-2020-27")
    assert cited.status_code == 200 and "国办发〔2020〕27号" in cited.text
    assert 'id="incoming"' in cited.text and "/id/doc/liaozhengbanfa-2020-25-210000" in cited.text
    assert web.get("/id/graph/no-such-document-1").status_code == 404


def test_what_points_at_a_resource_is_listed_once_a_subject_with_its_chinese_label(web, workspace):
    """A concept's page lists each narrower concept once, by its Chinese label (they have English ones too),
    sorted by property then subject; a shorter list is the longer one's head."""
    from policykg.graph import reads

    subsidy = BASE + "concept/instrument/subsidy"
    rows = reads.incoming(workspace.store, subsidy)
    narrower = [r for r in rows if r["p"].endswith("#broader")]
    assert len(narrower) > 3 and len({r["s"] for r in narrower}) == len(narrower)
    for r in narrower:
        concept = rdflib.Graph().parse(data=web.get("/id/" + r["s"][len(BASE):], headers={"Accept": "text/turtle"}).text,
                                       format="turtle")
        chinese = [str(o) for o in concept.objects(rdflib.URIRef(r["s"]), rdflib.SKOS.prefLabel) if o.language == "zh"]
        assert [r["label"]] == chinese
    assert [(r["p"], r["s"]) for r in rows] == sorted({(r["p"], r["s"]) for r in rows})  # sorted, each pair once
    assert reads.incoming(workspace.store, subsidy, limit=3) == rows[:3]
    page = web.get("/id/concept/instrument/subsidy").text
    listed = page[page.index('id="incoming"'):]
    assert all(listed.count(f'href="/id/{r["s"][len(BASE):]}"') == 1 for r in narrower)


def test_a_search_hit_on_a_preamble_or_closing_is_fetched_like_a_clause(web):
    hits = web.get("/search", params={"q": "现将有关事项通知如下", "k": 10}).json()["hits"]
    segment = next(h for h in hits if h["kind"] != "clause")
    clause_id = segment["clause"][len(BASE + "doc/"):]
    assert "/segment/" in clause_id
    detail = web.get(f"/clauses/{clause_id}").json()
    assert (detail["kind"], detail["iri"]) == (segment["kind"], segment["clause"]) and segment["text"] in detail["text"]
    assert detail["citation"]["start"] <= segment["start"] < segment["end"] <= detail["citation"]["end"]
    g = rdflib.Graph().parse(data=web.get(f"/clauses/{clause_id}", headers={"Accept": "text/turtle"}).text, format="turtle")
    assert (rdflib.URIRef(segment["clause"]), None, None) in g
    assert web.get("/id/" + segment["clause"][len(BASE):]).status_code == 200
    assert web.get(f"/clauses/{clause_id.rsplit('/', 1)[0]}/999").status_code == 404
    from policykg.graph.reads import BadId, clause_iri

    document_id = clause_id.split("/", 1)[0]  # one IRI per segment: not also under …/clause/segment/N
    with pytest.raises(BadId):
        clause_iri(f"{BASE}doc/{document_id}/clause/{clause_id.split('/', 1)[1]}")


def test_a_browser_gets_errors_on_the_ui_pages_as_pages_and_a_client_as_json(web):
    browser = {"Accept": "text/html,application/xhtml+xml"}
    for path, status in [("/ui/compare?instrument=不存在的补贴", 404), ("/id/doc/nothing-here-1", 404), ("/?q=a&level=bogus", 422)]:
        answer = web.get(path, headers=browser)
        assert answer.status_code == status and answer.headers["content-type"].startswith("text/html"), path
        assert 'id="error-message"' in answer.text and "/static/policykg.css" in answer.text
    assert "不存在的补贴" in web.get("/ui/compare?instrument=不存在的补贴", headers=browser).text
    client = web.get("/ui/compare?instrument=不存在的补贴")
    assert client.status_code == 404 and set(client.json()["error"]) == {"status", "code", "message", "detail"}
    for field, value in [("level", "bogus"), ("in_force_on", "bad"), ("year", "x")]:  # as /search names them
        error = web.get("/", params={"q": "补贴", field: value}).json()["error"]
        assert error["code"] == "invalid_parameter" and error["detail"][0]["parameter"] == field
        assert "isoformat" not in error["message"]
    api = web.get("/search", params={"q": " "}, headers=browser)  # the API's routes answer JSON whatever the Accept
    assert api.status_code == 422 and api.json()["error"]["code"] == "invalid_parameter"


def test_pages_show_the_datas_codes_in_chinese(web):
    from policykg.api.web import duration_zh

    assert [duration_zh(d) for d in ("P12M", "P3Y", "P30D", "P1Y6M", "", None, "soon")] == ["12个月", "3年", "30天", "1年6个月", "", "", "soon"]
    assert [duration_zh(d) for d in ("P0.5D", "PT90H", "PT30M")] == ["0.5天", "90小时", "30分钟"]  # had shown the codes
    from types import SimpleNamespace

    from policykg.api.web import money
    dollars = SimpleNamespace(bound="min", value=None, min_value=10_000_000, max_value=None, currency="USD", payment_unit=None)
    assert money(dollars) == "不低于 10000000 美元"
    html = web.get("/id/doc/pingzhengfa-2019-1-620800/clause/4.10").text
    roles = re.findall(r'<span class="role" data-role="(\w+)">([^<]+)</span>', html)
    assert roles and all(shown == {"lead": "牵头", "co": "配合", "inherited": "沿用（下同）"}[code] for code, shown in roles)
    assert ">lead<" not in html and ">exact<" not in html
    search = web.get("/", params={"q": "见习补贴"}).text
    assert '<option value="municipal" >市级</option>' in search or '<option value="municipal" selected>市级</option>' in search


def test_pages_load_no_asset_from_outside(web):
    for path in ["/", "/ui/sparql", "/docs", "/redoc", "/id/doc/pingzhengfa-2019-1-620800"]:
        html = web.get(path).text
        assets = re.findall(r'<(?:script|link)[^>]+(?:src|href)="([^"]+)"', html)
        assert assets, path
        for asset in assets:
            assert asset.startswith("/static/"), (path, asset)
            assert web.get(asset).status_code == 200, asset


def test_the_favicon_is_served_not_a_404(web):
    """Every page's request for /favicon.ico had been a 404 and a console error (a researcher)."""
    response = web.get("/favicon.ico")
    assert response.status_code == 200 and response.headers["content-type"].startswith("image/svg+xml")
    assert response.content.startswith(b"<svg") and 'rel="icon" href="/static/favicon.svg"' in web.get("/").text


def test_sparql_page_offers_the_named_queries(web):
    """Every named query of graph/queries/, the researchers' questions first (it had offered 7 of the 14)."""
    import re

    from policykg.graph.queries import query_names

    html = web.get("/ui/sparql").text
    offered = re.findall(r'data-name="([^"]+)"', html)
    assert offered[0] == "lead_counts" and sorted(offered) == sorted(query_names()) and "yasgui.min.js" in html


def test_a_browser_at_the_endpoint_is_sent_to_the_query_page_and_a_client_gets_the_description(web):
    browser = web.get("/sparql", headers={"Accept": "text/html,application/xhtml+xml"}, follow_redirects=False)
    assert browser.status_code == 303 and browser.headers["location"] == "/ui/sparql"
    client = web.get("/sparql", headers={"Accept": "text/turtle"})
    description = rdflib.Graph().parse(data=client.text, format="turtle")
    sd = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
    assert (None, sd.feature, sd.UnionDefaultGraph) in description


# --- a real browser ----------------------------------------------------------------------------
def _browser_or_skip(profile: Path):
    chromium, driver = shutil.which("chromium"), shutil.which("chromedriver")
    if not (chromium and driver):
        pytest.skip("chromium and chromium-driver are not installed: run scripts/install_browser.sh (needs apt-get)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--no-first-run", "--disable-sync", "--disable-dev-shm-usage", "--window-size=1280,1000", f"--user-data-dir={profile}"):
        options.add_argument(flag)
    return webdriver.Chrome(service=Service(driver), options=options)


@pytest.fixture(scope="module")
def site(workspace, tmp_path_factory):
    """A real server (uvicorn, loopback) opening the seed corpus read-only, and a headless Chromium."""
    from servers import policykg_server

    env = {**os.environ, "POLICYKG_DENSE": "false", "POLICYKG_QUERY_WORKERS": "1"}
    browser = _browser_or_skip(tmp_path_factory.mktemp("chromium-profile"))
    browser.set_page_load_timeout(60)
    try:
        with policykg_server(str(workspace.data_dir), env) as url:
            yield url, browser
    finally:
        browser.quit()


def _wait(browser, css: str, seconds: float = 30):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(browser, seconds).until(ec.presence_of_all_elements_located((By.CSS_SELECTOR, css)))


def _only_local_requests(browser, url: str) -> None:
    fetched = browser.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
    assert all(u.startswith(url) for u in fetched), [u for u in fetched if not u.startswith(url)]


@pytest.mark.slow
def test_browser_search_answers_with_cited_hits(site, tmp_path):
    from selenium.webdriver.common.by import By

    url, browser = site
    browser.get(f"{url}/?q={QUESTION}")
    hits = _wait(browser, "#hits .hit")
    first = hits[0]
    assert first.find_elements(By.TAG_NAME, "mark"), "the snippet highlights the matching words"
    cite = first.find_element(By.CSS_SELECTOR, ".cite").text
    assert "《" in cite and "路径" in cite
    browser.save_screenshot(str(tmp_path / "search.png"))
    assert (tmp_path / "search.png").stat().st_size > 10_000
    _only_local_requests(browser, url)
    marked_word = first.find_element(By.TAG_NAME, "mark").text
    link = first.find_element(By.CSS_SELECTOR, "a.clause-link")
    target = link.get_attribute("href")
    link.click()
    text = _wait(browser, "#clause-text")[0].text
    assert browser.current_url == target and marked_word in text


@pytest.mark.slow
def test_browser_document_unit_and_comparison_pages(site, tmp_path):
    from selenium.webdriver.common.by import By

    url, browser = site
    browser.get(f"{url}/id/doc/pingzhengfa-2019-1-620800")
    assert _wait(browser, "#doc-number")[0].text == "平政发〔2019〕1号"
    assert len(browser.find_elements(By.CSS_SELECTOR, "#clauses li")) > 10
    browser.find_element(By.CSS_SELECTOR, "a[href^='/id/org/']").click()
    assert _wait(browser, "#unit-name")[0].text
    browser.get(f"{url}/ui/compare?instrument=就业见习补贴")
    cities = _wait(browser, "#comparison section.city")
    assert len(cities) >= 2
    assert any("元" in a.text for a in browser.find_elements(By.CSS_SELECTOR, "li.amount"))
    browser.save_screenshot(str(tmp_path / "compare.png"))


@pytest.mark.slow
def test_browser_sparql_page_runs_an_example_into_a_table(site, tmp_path):
    from selenium.webdriver.common.by import By

    url, browser = site
    browser.get(f"{url}/ui/sparql")
    _wait(browser, ".yasqe .CodeMirror")
    browser.find_element(By.CSS_SELECTOR, "button.example[data-name='lead_counts']").click()
    rows = _wait(browser, ".yasr table tbody tr", seconds=60)
    assert len(rows) > 1 and "人" in rows[0].text  # a unit name in the first row
    browser.save_screenshot(str(tmp_path / "sparql.png"))
    _only_local_requests(browser, url)


@pytest.mark.slow
def test_browser_api_docs_render_offline(site):
    url, browser = site
    browser.get(f"{url}/docs")
    operations = _wait(browser, ".opblock-summary-path", seconds=60)
    assert "/search" in [o.text.strip() for o in operations]
    _only_local_requests(browser, url)
    browser.get(f"{url}/redoc")
    _wait(browser, "h2", seconds=60)
    assert "Hybrid Chinese search" in browser.find_element("tag name", "body").text
    _only_local_requests(browser, url)  # (its sidebar logo had come from cdn.redoc.ly)


def test_every_template_and_asset_is_package_data():
    """The UI works from an installed wheel: pyproject's package-data covers every file it serves."""
    from fnmatch import fnmatch

    import tomllib

    root = Path(__file__).resolve().parent.parent
    patterns = tomllib.loads((root / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]["policykg.api"]
    files = [p.relative_to(root / "api").as_posix() for folder in ("templates", "static") for p in (root / "api" / folder).rglob("*")
             if p.is_file()]
    assert files
    missing = [f for f in files if not any(fnmatch(f, pattern) and f.count("/") == pattern.count("/") for pattern in patterns)]
    assert not missing


def test_the_units_page_says_how_each_unit_matched_not_an_amounts_bound(web):
    html = web.get("/ui/units", params={"q": "市人社局"}).text
    assert "名称相同" in html and "确定金额" not in html  # exact: a whole name of the unit


def test_head_is_answered_as_get_without_a_body(web):
    """Link checkers and uptime monitors ask with HEAD: it had been 405 on every page and route."""
    for path in ["/", "/health", "/ui/sparql", "/documents"]:
        got, head = web.get(path), web.head(path)
        assert head.status_code == got.status_code == 200 and head.content == b""
        assert head.headers["content-type"] == got.headers["content-type"]
    assert web.head("/no/such/page").status_code == 404
