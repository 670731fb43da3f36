"""Write the researcher notebooks (outputs stripped). Run after editing the cells below.

Figures show inline when a notebook is executed (Jupyter's inline backend; nothing is saved beside
the notebook); Chinese labels use a CJK font shipped in ``mplfonts``; every amount is shown with
its payment unit; label placement is checked (no two labels overlap).
"""
from pathlib import Path

import nbformat as nbf

SETUP = '''%matplotlib inline
import os, tempfile
from itertools import combinations
from pathlib import Path

import matplotlib.pyplot as plt
import mplfonts
import pandas as pd
from matplotlib import font_manager

from policykg.graph import reads
from policykg.graph.queries import render
from policykg.graph.workspace import Workspace

# a CJK font shipped inside the mplfonts package: no system font needed
FONT = next(Path(mplfonts.__file__).parent.rglob("NotoSansCJKsc-Regular.otf"))
font_manager.fontManager.addfont(str(FONT))
plt.rcParams["font.family"] = font_manager.FontProperties(fname=FONT).get_name()
plt.rcParams["axes.unicode_minus"] = False
DATA = Path(os.environ.get("POLICYKG_DATA_DIR", "../data"))
if (DATA / "store").exists():
    ws = Workspace(DATA, read_only=True, search=False)
else:  # no data yet: ingest the corpus into a temporary folder
    ws = Workspace(tempfile.mkdtemp(), search=False)
    ws.ingest(["../corpus"], quiet=True)


def sparql(name, **params):
    """Rows of a named query (graph/queries/NAME.rq, shown in docs/ontology.md) as a DataFrame."""
    return pd.DataFrame(ws.store.select(render(name, with_prefixes=False, **params)))


def overlapping(fig, texts):
    """Pairs of labels whose drawn boxes overlap (checked after drawing, in display pixels)."""
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    boxes = [(t.get_text(), t.get_window_extent(renderer)) for t in texts if t.get_text()]
    return [(a, b) for (a, box_a), (b, box_b) in combinations(boxes, 2) if box_a.overlaps(box_b)]'''

COMPARING = [
    ("md", "# Comparing cities\nHow do cities differ on the same measure? Amounts with their bounds and payment units, the kinds of departments made responsible, and clause counts by beneficiary group, for every city in the graph. Everything comes from the named SPARQL queries of `docs/ontology.md` and the typed reads of `policykg.graph.reads`."),
    ("code", SETUP),
    ("code", "docs = sparql(\"documents\")\nprint(len(docs), \"documents from\", docs.jurisdiction.nunique(), \"places\")\ndocs[[\"jurisdiction\", \"level\", \"docNumber\", \"date\", \"clauses\", \"title\"]]"),
    ("md", "## Amounts per instrument and city\n`instrument_amounts` lists every amount linked to an instrument, with its bound (`max` = 最高/不超过) and its payment unit (每人每月, 一次性 …). An amount without a payment unit is a total."),
    ("code", "amounts = sparql(\"instrument_amounts\")\nfor column in (\"value\", \"minValue\", \"maxValue\", \"paymentUnit\"):\n    if column not in amounts:\n        amounts[column] = None\namounts[\"yuan\"] = amounts[[\"value\", \"maxValue\", \"minValue\"]].bfill(axis=1).iloc[:, 0].astype(float)\namounts[\"payment\"] = amounts.paymentUnit.fillna(\"总额\")\ntable = amounts[[\"jurisdiction\", \"level\", \"docNumber\", \"number\", \"instrument\", \"bound\", \"yuan\", \"payment\", \"asWritten\"]]\ntable"),
    ("code", "# checked against the typed read used by the API: the same amounts, bounds and payment units\ndef yuan(a):\n    return next((float(v) for v in (a.value, a.max_value, a.min_value) if v is not None), None)\n\nfor instrument, rows in table.dropna(subset=[\"yuan\"]).groupby(\"instrument\"):\n    typed = reads.compare(ws.store, instrument=instrument)\n    found = {(yuan(a), a.bound, a.payment_unit.label if a.payment_unit else \"总额\")\n             for r in typed.rows for a in r.amounts if a.instrument and a.instrument.label == instrument}\n    assert set(zip(rows.yuan, rows.bound, rows.payment)) <= found, (instrument, set(zip(rows.yuan, rows.bound, rows.payment)) - found)\nprint(\"checked\", table.instrument.nunique(), \"instruments\")"),
    ("code", "plot = table[table.yuan > 0].drop_duplicates([\"jurisdiction\", \"instrument\", \"yuan\", \"payment\"]).sort_values([\"instrument\", \"yuan\"])\nlabels = (plot.jurisdiction.fillna(\"全国\") + \" · \" + plot.instrument).tolist()\nfig, ax = plt.subplots(figsize=(10, 0.35 * len(plot) + 1.5))\nbars = ax.barh(range(len(plot)), plot.yuan, color=[\"tab:red\" if b == \"max\" else \"tab:blue\" for b in plot.bound])\nax.set_yticks(range(len(plot)), labels)\nax.bar_label(bars, labels=[f\"{y:,.0f} 元 / {p}\" + (\"（最高）\" if b == \"max\" else \"\") for y, p, b in zip(plot.yuan, plot.payment, plot.bound)], padding=3, fontsize=8)\nax.set_xscale(\"log\")\nax.set_xlabel(\"元（对数刻度）；每条标明付款单位，红色为上限\")\nax.set_title(\"各地政策工具金额、界限与付款单位\")\nax.margins(x=0.35)\nfig.tight_layout()\nplt.show()"),
    ("md", "## Which kinds of departments carry the work, city by city\nEach city's units are its own organisations; their functional type (`org:classification`, e.g. 财政部门) makes cities comparable. One column per city: clauses naming a unit of that type as responsible."),
    ("code", "types = sparql(\"unit_types_by_city\").dropna(subset=[\"jurisdiction\"])\ngrid = types.pivot_table(index=\"typeLabel\", columns=\"jurisdiction\", values=\"clauses\", fill_value=0, aggfunc=\"sum\")\ngrid = grid.loc[grid.sum(axis=1).sort_values(ascending=False).index[:15]]\nprint(grid.shape[1], \"cities compared\")\nfig, ax = plt.subplots(figsize=(max(6, 0.55 * grid.shape[1] + 3), 0.4 * len(grid) + 2))\nimage = ax.imshow(grid.values, cmap=\"Oranges\", aspect=\"auto\")\nax.set_xticks(range(grid.shape[1]), grid.columns, rotation=60, ha=\"right\")\nax.set_yticks(range(len(grid)), grid.index)\nfor (i, j), n in pd.DataFrame(grid.values).stack().items():\n    if n:\n        ax.text(j, i, int(n), ha=\"center\", va=\"center\", fontsize=7)\nfig.colorbar(image, ax=ax, label=\"条款数\")\nax.set_title(\"各地责任单位的职能类型（按条款数）\")\nfig.tight_layout()\nplt.show()"),
    ("md", "## Clause counts by beneficiary group, per city"),
    ("code", "counts = sparql(\"clauses_by_concept\")\ngroups = counts[counts.kind == \"group\"].pivot_table(index=\"label\", columns=\"jurisdiction\", values=\"clauses\", fill_value=0)\ngroups"),
    ("code", "fig, ax = plt.subplots(figsize=(10, 0.35 * len(groups) + 2))\ngroups.plot.barh(ax=ax, stacked=True, legend=groups.shape[1] <= 25)\nax.set_xlabel(\"条款数\")\nax.set_title(\"各地按受益群体统计的条款数\")\nfig.tight_layout()\nplt.show()"),
]

RESPONSIBILITY = [
    ("md", "# Which departments carry the work\nThe units leading the most clauses per city, the network of the units that most often share clauses, and the functional types compared across cities."),
    ("code", SETUP),
    ("code", "import networkx as nx\nfrom policykg.graph import networks\n\nleads = networks.leading_units(ws.store, top=5)\npd.DataFrame([(city, unit, n) for city, rows in leads.items() for unit, n in rows], columns=[\"city\", \"unit\", \"lead clauses\"])"),
    ("code", "# the networkx view agrees with SPARQL\nlead_counts = sparql(\"lead_counts\")\ntop = lead_counts.sort_values(\"leads\", ascending=False).iloc[0]\ncity_of_top = top.get(\"jurisdiction\") if isinstance(top.get(\"jurisdiction\"), str) else \"?\"\nassert (top.canonical, top.leads) == leads[city_of_top][0]\nprint(city_of_top, top.canonical, top.leads)"),
    ("md", "## The units that most often share clauses\nAll units are linked when they are named in the same clause; the full network is a hairball, so we keep the 15 units with the most shared clauses (weighted degree), in the city with the most units, draw them on a circle with every name written out, and draw their 25 strongest links. Line width: clauses shared."),
    ("code", "g = networks.unit_network(ws.store)\ncity_name = pd.Series([d[\"jurisdiction\"] for _, d in g.nodes(data=True)]).value_counts().index[0]\ncity = g.subgraph([n for n, d in g.nodes(data=True) if d[\"jurisdiction\"] == city_name])\nstrength = dict(city.degree(weight=\"weight\"))\nkeep = sorted(strength, key=strength.get, reverse=True)[:15]\ncore = city.subgraph(keep)\nprint(city_name, \":\", city.number_of_nodes(), \"units; drawn:\", core.number_of_nodes(), \"units,\", core.number_of_edges(), \"links\")\npd.DataFrame([(core.nodes[n][\"label\"], strength[n]) for n in keep], columns=[\"unit\", \"shared clauses\"])"),
    ("code", "fig, ax = plt.subplots(figsize=(11, 9))\npos = nx.circular_layout(core)\nweights = [d[\"weight\"] for _, _, d in core.edges(data=True)]\nstrong = sorted(core.edges(data=\"weight\"), key=lambda e: -e[2])[:25]  # the 25 strongest links: readable\nnx.draw_networkx_edges(core, pos, edgelist=[(a, b) for a, b, _ in strong], width=[0.5 + 5 * w / max(weights) for _, _, w in strong], alpha=0.45, ax=ax)\nnx.draw_networkx_nodes(core, pos, node_size=[80 + 400 * strength[n] / max(strength.values()) for n in core], node_color=\"tab:orange\", ax=ax)\nshort = lambda label: label.replace(city_name, \"\") or label\nlabels = [ax.text(x * 1.12, y * 1.12, short(core.nodes[n][\"label\"]), ha=\"left\" if x >= 0 else \"right\", va=\"center\", fontsize=10)\n          for n, (x, y) in pos.items()]\nax.set_xlim(-1.8, 1.8); ax.set_ylim(-1.3, 1.3)\nax.set_title(f\"{city_name}：最常共同负责条款的 15 个单位\")\nax.axis(\"off\")\nassert not overlapping(fig, labels)\nplt.show()"),
    ("md", "## Functional types across cities\nEach city's 市人社局 is its own organisation; `org:classification` puts them in one functional type, so cities compare."),
    ("code", "types = sparql(\"unit_types_by_city\")\ntypes.pivot_table(index=\"typeLabel\", columns=\"jurisdiction\", values=\"clauses\", fill_value=0, aggfunc=\"sum\").assign(total=lambda t: t.sum(axis=1)).sort_values(\"total\", ascending=False).head(12)"),
]

LINEAGE = [
    ("md", "# Policy lineage\nHow a national policy flows down to provinces and cities: documents linked by 贯彻落实 (applies), 根据 (based_on) and 转发 (forwards), drawn in layers national → provincial → municipal → county, labelled with their 文号."),
    ("code", SETUP),
    ("code", "import networkx as nx\nfrom policykg.graph import networks\n\nnet = networks.document_network(ws.store)\nrows = [(d.get(\"doc_number\") or n.rsplit(\"/\", 1)[-1], d.get(\"level\"), d.get(\"in_corpus\")) for n, d in net.nodes(data=True)]\npd.DataFrame(rows, columns=[\"文号\", \"level\", \"in corpus\"]).value_counts([\"level\", \"in corpus\"])"),
    ("code", "lin = networks.lineage(ws.store)\nlin = lin.subgraph([n for n in lin if lin.degree(n)])  # documents in a chain\n# the networkx lineage agrees with SPARQL: the documents reaching the most-implemented 文号\ntarget = max((n for n in lin if lin.nodes[n].get(\"doc_number\")), key=lambda n: len(nx.ancestors(lin, n)))\nnumber = lin.nodes[target][\"doc_number\"]\nimplementers = sparql(\"implementers\", docNumber=number)\nassert set(nx.ancestors(lin, target)) == set(implementers.implementer)\nprint(number, \"is implemented by\", len(implementers), \"documents\")\nimplementers[[c for c in (\"implementerNumber\", \"level\", \"jurisdiction\", \"direct\", \"clauses\") if c in implementers]]"),
    ("md", "Each level is a column; documents in a column are spaced one label apart, so labels never overlap (checked below)."),
    ("code", "LEVELS = [\"national\", \"provincial\", \"municipal\", \"county\", None]\ncolumns = {level: sorted((n for n in lin if lin.nodes[n].get(\"level\") == level), key=lambda n: lin.nodes[n].get(\"doc_number\") or \"\") for level in LEVELS}\ncolumns = {level: nodes for level, nodes in columns.items() if nodes}\ntallest = max(len(nodes) for nodes in columns.values())\npos = {n: (x, -i * tallest / max(len(nodes), 1)) for x, nodes in enumerate(columns.values()) for i, n in enumerate(nodes)}\n\ndef label(n):\n    d = lin.nodes[n]\n    if d.get(\"doc_number\"):\n        return d[\"doc_number\"]\n    title = d.get(\"title\") or \"\"\n    if title:\n        return title[:14] + (\"…\" if len(title) > 14 else \"\")\n    return n.rsplit(\"/\", 1)[-1] if d.get(\"in_corpus\") else \"（文号不详）\"  # a document of the corpus: its id\n\nfig, ax = plt.subplots(figsize=(4 * len(columns), 0.32 * tallest + 1.5))\nnx.draw_networkx_edges(lin, pos, ax=ax, arrows=True, edge_color=\"tab:red\", alpha=0.5, connectionstyle=\"arc3,rad=0.08\", node_size=60)\nnx.draw_networkx_nodes(lin, pos, node_size=60, node_color=[\"tab:orange\" if lin.nodes[n][\"in_corpus\"] else \"white\" for n in lin], edgecolors=\"black\", ax=ax)\nlabels = [ax.text(x + 0.05, y, label(n), fontsize=8, va=\"center\") for n, (x, y) in pos.items()]\nHEADINGS = {\"national\": \"国家\", \"provincial\": \"省\", \"municipal\": \"市\", \"county\": \"县\", None: \"层级不详\"}\nfor x, level in enumerate(columns):\n    ax.text(x, 0.8, HEADINGS[level], fontsize=11, fontweight=\"bold\")\nax.set_xlim(-0.2, len(columns) - 0.2)\nax.set_ylim(-tallest - 0.5, 1.5)\nax.axis(\"off\")\nax.set_title(\"政策文件谱系：贯彻落实、依据与转发（橙色：语料中的文件）\")\nassert not overlapping(fig, labels), overlapping(fig, labels)[:3]\nplt.show()"),
]

NOTEBOOKS = {"comparing_cities.ipynb": COMPARING, "responsibility.ipynb": RESPONSIBILITY, "lineage.ipynb": LINEAGE}


def main() -> None:
    here = Path(__file__).resolve().parent.parent / "notebooks"
    for name, cells in NOTEBOOKS.items():
        nb = nbf.v4.new_notebook()
        nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
        nb.cells = [nbf.v4.new_markdown_cell(src) if kind == "md" else nbf.v4.new_code_cell(src) for kind, src in cells]
        nbf.write(nb, here / name)
        print("wrote", here / name)


if __name__ == "__main__":
    main()
