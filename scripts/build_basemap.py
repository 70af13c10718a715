"""Build the map's bundled base layer, pipeline/site/static/karte/nrw-kreise.geojson.

No boundary data of NRW ships with a package the project may use, and the map must work
offline, so the layer is drawn from the gazetteer's municipality centres (Destatis): each
municipality gets the area nearer to its centre than to any other (a Voronoi cell), inside a
hull around all centres; the cells of one Kreis together are that Kreis. The lines are
schematic, not surveyed borders; the map says so.

Run once when the gazetteer changes, with shapely installed (it is not a dependency of the
site, which only serves the result):

    python -m venv /tmp/basemap && /tmp/basemap/bin/pip install shapely
    /tmp/basemap/bin/python scripts/build_basemap.py
"""

import csv
import json
import math
from collections import defaultdict
from pathlib import Path

import shapely
from shapely.geometry import MultiPoint, Point, mapping
from shapely.ops import unary_union

ROOT = Path(__file__).resolve().parents[1]
GAZETTEER = ROOT / "pipeline" / "data" / "gazetteer" / "nrw_gemeinden.csv"
OUTPUT = ROOT / "pipeline" / "site" / "static" / "karte" / "nrw-kreise.geojson"
# Degrees of longitude are shorter than degrees of latitude at 51.5° N: cells are cut in a
# plane where both are the same length, then turned back into degrees.
SQUEEZE = math.cos(math.radians(51.5))
HULL_RATIO = 0.25  # how closely the outline follows the outermost centres (0: tightest)
MARGIN = 0.04  # degrees of latitude (about 4 km) beyond the outermost centres
SIMPLIFY = 0.003
DIGITS = 3  # about 100 m: plenty for a schematic line
ATTRIBUTION = (
    "Schematische Kreisgrenzen, berechnet aus den Gemeindemittelpunkten. Datenquelle: "
    "Statistisches Bundesamt (Destatis), Gemeindeverzeichnis-Informationssystem GV-ISys, "
    "Stand 31.12.2019; Datenlizenz Deutschland – Namensnennung – Version 2.0 "
    "(www.govdata.de/dl-de/by-2-0)"
)


def degrees(geometry):
    """A geometry of the squeezed plane back in degrees of longitude and latitude."""
    return shapely.transform(geometry, lambda points: points / [SQUEEZE, 1])


def kreis_name(name: str) -> str:
    return name.removesuffix(", Stadt")


def rounded(geometry) -> dict:
    simple = shapely.set_precision(geometry.simplify(SIMPLIFY), 10 ** -DIGITS)
    return mapping(simple)


def main() -> None:
    with GAZETTEER.open(encoding="utf-8") as rows:
        places = [row for row in csv.DictReader(rows) if row["lat"] and row["lon"]]
    centres = [Point(float(row["lon"]) * SQUEEZE, float(row["lat"])) for row in places]
    outline = shapely.concave_hull(MultiPoint(centres), ratio=HULL_RATIO).buffer(MARGIN)
    cells = shapely.voronoi_polygons(MultiPoint(centres), extend_to=outline)
    cell_of = {}
    for cell in cells.geoms:
        for index, centre in enumerate(centres):
            if index not in cell_of and cell.contains(centre):
                cell_of[index] = cell.intersection(outline)
                break
    by_kreis = defaultdict(list)
    names = {}
    for index, row in enumerate(places):
        by_kreis[row["kreis_schluessel"]].append(cell_of[index])
        names[row["kreis_schluessel"]] = kreis_name(row["kreis"])
    features = [
        {"type": "Feature",
         "properties": {"ebene": "kreis", "schluessel": key, "name": names[key]},
         "geometry": rounded(degrees(unary_union(by_kreis[key])))}
        for key in sorted(by_kreis)
    ]
    # The Land first: its area is drawn under the Kreise.
    features.insert(0, {"type": "Feature",
                        "properties": {"ebene": "land", "name": "Nordrhein-Westfalen"},
                        "geometry": rounded(degrees(outline))})
    collection = {"type": "FeatureCollection", "attribution": ATTRIBUTION, "features": features}
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(json.dumps(collection, ensure_ascii=False, separators=(",", ":")) + "\n",
                      encoding="utf-8")
    print(f"{OUTPUT.relative_to(ROOT)}: {len(features) - 1} Kreise, "
          f"{OUTPUT.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
