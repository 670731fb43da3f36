"""Write the researcher notebooks (outputs stripped). Run after editing the cells below."""
from pathlib import Path

import nbformat as nbf

SETUP = '''import os, tempfile
from pathlib import Path

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import mplfonts
import pandas as pd
from matplotlib import font_manager

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
    return pd.DataFrame(ws.store.select(render(name, with_prefixes=False, **params)))'''

NOTEBOOKS = {
    "comparing_cities.ipynb": [
        ("md", "# Comparing cities\nHow do cities differ on the same measure? Amounts with their bounds and payment units, rates and periods, per city and level, for the instruments that appear in several documents. Everything comes from the named SPARQL queries of `docs/ontology.md`."),
        ("code", SETUP),
        ("code", "docs = sparql(\"documents\")\ndocs[[\"jurisdiction\", \"level\", \"docNumber\", \"date\", \"clauses\", \"title\"]]"),
        ("md", "## Amounts per instrument and city\n`instrument_amounts` lists every amount linked to an instrument (narrower instruments included), with its bound (`max` = 最高/不超过)."),
        ("code", "INSTRUMENTS = [\"创业担保贷款\", \"就业见习补贴\", \"稳岗返还\", \"技能提升补贴\", \"社会保险补贴\", \"职业培训补贴\", \"一次性创业补贴\"]\nframes = []\nfor label in INSTRUMENTS:\n    rows = sparql(\"instrument_amounts\", instrumentLabel=label)\n    if not rows.empty:\n        rows.insert(0, \"asked\", label)\n        frames.append(rows)\namounts = pd.concat(frames, ignore_index=True)\namounts[\"yuan\"] = amounts[[c for c in (\"value\", \"maxValue\", \"minValue\") if c in amounts]].bfill(axis=1).iloc[:, 0]\ntable = amounts[[\"asked\", \"jurisdiction\", \"level\", \"docNumber\", \"instrument\", \"bound\", \"yuan\", \"paymentUnit\", \"asWritten\"]]\ntable"),
        ("code", "# checked against SPARQL: the ceiling of 平凉's individual guaranteed loan is 150,000 yuan\nloan = table[(table.asked == \"创业担保贷款\") & (table.jurisdiction == \"平凉市\") & (table.instrument == \"个人创业担保贷款\")]\nassert list(loan.yuan) == [150000.0] and list(loan.bound) == [\"max\"]\nintern = table[(table.asked == \"就业见习补贴\") & (table.paymentUnit == \"每人每月\")]\nassert sorted(intern.yuan) == [1000.0, 1200.0]"),
        ("code", "fig, ax = plt.subplots(figsize=(9, 4))\nplot = table.assign(label=table.jurisdiction + \" \" + table.instrument + \" \" + table.asWritten + \"（\" + table.bound + \"）\").drop_duplicates(\"label\")\nax.barh(plot.label, plot.yuan / 10000)\nax.set_xscale(\"log\")\nax.set_xlabel(\"万元（对数刻度）\")\nax.set_title(\"各地政策工具金额及其界限\")\nfig.tight_layout()\nfig.savefig(\"amounts_by_city.png\", dpi=80)"),
        ("md", "## Rates and periods\nThe `compare` query gives one row per clause naming an instrument, with its rates and periods."),
        ("code", "compare = sparql(\"compare\", label=\"稳岗返还\")\ncompare[[\"jurisdiction\", \"level\", \"docNumber\", \"number\", \"heading\", \"rates\", \"periods\"]]"),
        ("md", "## Clause counts by instrument and by beneficiary group, per city"),
        ("code", "counts = sparql(\"clauses_by_concept\")\npivot = counts.pivot_table(index=[\"kind\", \"label\"], columns=\"jurisdiction\", values=\"clauses\", fill_value=0)\npivot"),
        ("code", "groups = pivot.loc[\"group\"]\nfig, ax = plt.subplots(figsize=(9, 5))\ngroups.plot.barh(ax=ax, stacked=True)\nax.set_xlabel(\"条款数\")\nax.set_title(\"各地按受益群体统计的条款数\")\nfig.tight_layout()\nfig.savefig(\"clauses_by_group.png\", dpi=80)"),
    ],
    "responsibility.ipynb": [
        ("md", "# Which departments carry the work\nThe network of units that share clauses, the units leading the most clauses per city, and the functional types compared across cities."),
        ("code", SETUP),
        ("code", "import networkx as nx\nfrom policykg.graph import networks\n\nleads = networks.leading_units(ws.store, top=5)\nleads"),
        ("code", "# the networkx view agrees with SPARQL\nlead_counts = sparql(\"lead_counts\")\ntop = lead_counts.sort_values(\"leads\", ascending=False).iloc[0]\nassert (top.canonical, top.leads) == (leads[top.jurisdiction][0][0], leads[top.jurisdiction][0][1])\nprint(top.jurisdiction, top.canonical, top.leads)"),
        ("md", "## The network of units that share clauses (平凉市)"),
        ("code", "g = networks.unit_network(ws.store)\ncity = g.subgraph([n for n, d in g.nodes(data=True) if d[\"jurisdiction\"] == \"平凉市\"])\nprint(city.number_of_nodes(), \"units,\", city.number_of_edges(), \"links\")\ncentral = sorted(nx.degree_centrality(city).items(), key=lambda x: -x[1])[:5]\n[(city.nodes[n][\"label\"], round(c, 2)) for n, c in central]"),
        ("code", "fig, ax = plt.subplots(figsize=(10, 8))\npos = nx.spring_layout(city, seed=3, weight=\"weight\")\nwidths = [0.3 + d[\"weight\"] / 4 for _, _, d in city.edges(data=True)]\nnx.draw_networkx_edges(city, pos, width=widths, alpha=0.4, ax=ax)\nnx.draw_networkx_nodes(city, pos, node_size=[60 + 30 * city.degree(n) for n in city], ax=ax)\nnx.draw_networkx_labels(city, pos, labels={n: d[\"label\"].replace(\"平凉市\", \"\") for n, d in city.nodes(data=True)}, font_family=plt.rcParams[\"font.family\"], font_size=8, ax=ax)\nax.set_title(\"平凉市：共同负责条款的单位网络\")\nax.axis(\"off\")\nfig.savefig(\"unit_network.png\", dpi=80)"),
        ("md", "## Functional types across cities\nEach city's 市人社局 is its own organisation; `org:classification` puts them in one functional type, so cities compare."),
        ("code", "types = sparql(\"unit_types_by_city\")\ntypes.pivot_table(index=\"typeLabel\", columns=\"jurisdiction\", values=\"clauses\", fill_value=0).sort_values(by=list(types.jurisdiction.unique())[:1], ascending=False).head(12)"),
    ],
    "lineage.ipynb": [
        ("md", "# Policy lineage\nHow a national policy flows down to provinces and cities: the citation and lineage network of documents, with 文号 labels."),
        ("code", SETUP),
        ("code", "import networkx as nx\nfrom policykg.graph import networks\n\nnet = networks.document_network(ws.store)\nrows = [(d.get(\"doc_number\") or n.rsplit(\"/\", 1)[-1], d.get(\"level\"), d.get(\"in_corpus\")) for n, d in net.nodes(data=True)]\npd.DataFrame(rows, columns=[\"文号\", \"level\", \"in corpus\"])"),
        ("code", "implementers = sparql(\"implementers\", docNumber=\"国办发〔2020〕27号\")\n# the networkx lineage agrees with SPARQL: the same documents reach 国办发〔2020〕27号\nlin = networks.lineage(ws.store)\ntarget = next(n for n, d in lin.nodes(data=True) if d.get(\"doc_number\") == \"国办发〔2020〕27号\")\nassert set(nx.ancestors(lin, target)) == set(implementers.implementer)\nimplementers[[\"implementerNumber\", \"level\", \"jurisdiction\", \"direct\", \"clauses\"]]"),
        ("code", "RANK = {\"national\": 0, \"provincial\": 1, \"municipal\": 2, \"county\": 3, None: 4}\nfor n, d in net.nodes(data=True):\n    d[\"subset\"] = RANK[d.get(\"level\")]\npos = nx.multipartite_layout(net, subset_key=\"subset\", align=\"horizontal\", scale=2)\npos = {n: (x, -y) for n, (x, y) in pos.items()}  # national on top\nfig, ax = plt.subplots(figsize=(10, 6))\ncolors = {\"applies\": \"tab:red\", \"forwards\": \"tab:green\", \"cites\": \"lightgray\", \"based_on\": \"tab:blue\"}\nfor rel, color in colors.items():\n    edges = [(u, v) for u, v, k in net.edges(keys=True) if k == rel]\n    nx.draw_networkx_edges(net, pos, edgelist=edges, edge_color=color, arrows=True, ax=ax, connectionstyle=\"arc3,rad=0.1\")\n    ax.plot([], [], color=color, label=rel)\nnx.draw_networkx_nodes(net, pos, node_color=[\"tab:orange\" if d[\"in_corpus\"] else \"white\" for _, d in net.nodes(data=True)], edgecolors=\"black\", ax=ax)\nnx.draw_networkx_labels(net, pos, labels={n: d.get(\"doc_number\") or f\"{d.get('jurisdiction') or ''}（无文号）\" for n, d in net.nodes(data=True)}, font_family=plt.rcParams[\"font.family\"], font_size=9, ax=ax)\nax.legend()\nax.set_title(\"政策文件谱系：国家 → 省 → 市（橙色：语料中的文件）\")\nax.axis(\"off\")\nfig.savefig(\"lineage.png\", dpi=80)"),
    ],
}


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
