#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Build the offline context basemap layers from the clipped Natural Earth files.

Usage: geodata/tools/build-context.py [BASEMAP_DIR]

BASEMAP_DIR holds the Natural Earth GeoJSON files clipped to lon -125..-84, lat 12..37 (see its SOURCES.md).
Default: ../shared/data/basemap relative to the repository root. Writes, each through a temporary file and a rename:

    geodata/context/railways.geojson     railway lines (LineString)
    geodata/context/sea_ports.geojson    sea ports (Point)
    geodata/context/airports.geojson     airports with IATA codes (Point)
    geodata/context/places.geojson       cities and towns with Natural Earth's scale hints and POP_MAX (Point)
    geodata/context/urban_areas.geojson  built-up areas (Polygon)
    geodata/context/rivers.geojson       rivers (LineString / MultiLineString)
    geodata/context/lakes.geojson        lakes and reservoirs (Polygon)

Only the attributes the map draws with are kept (names, Natural Earth's own scale hints, POP_MAX, IATA codes),
renamed to lower case, plus `geom_source` naming the source and licence on every feature. Geometry and values are
carried over unchanged, in the source files' order: the output is byte-identical for the same inputs. Checks, each
failing the script before anything is written: every input matches the sha256 pinned below and has the feature count
of its SOURCES.md, every geometry has the expected type and meets the selection box (features are
selected by ogr2ogr -spat, not cut, so some reach beyond it), kept attributes have the expected
types, names are present where the layer is labelled. Python 3 standard library only.
"""

import hashlib
import json
import os
import sys

from atomicfile import write_atomic

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT_DIR = os.path.join(REPO, "geodata", "context")
DEFAULT_INPUT = os.path.join(os.path.dirname(REPO), "shared", "data", "basemap")
CLIP = (-125.0, 12.0, -84.0, 37.0)  # west, south, east, north: the -spat box of SOURCES.md
VIA = "via martynafford/natural-earth-geojson (conversion CC0 1.0)"
POP_NOTE = ("Natural Earth estimate (POP_MAX: metropolitan or city population as compiled by Natural Earth 4.x, "
            "files dated 2017; no census year per city); not a census figure")

# (input file, sha256, feature count, geometry types, output file, geom_source, [(output field, input field, type,
# required)])
LAYERS = [
    ("ne_10m_railroads_north_america.geojson",
     "8c2be6b02a5e5f9e9358f941d604e737941acec7a99e23b6c9f34802aa868a20", 313, {"LineString", "MultiLineString"},
     "railways.geojson", f"Natural Earth 1:10m railroads, North America supplement (public domain) {VIA}",
     [("scalerank", "scalerank", int, True)]),
    ("ne_10m_ports.geojson",
     "236fe1b3de48668ab005568df1feccabae60fcc35dbf484123087771e0b37f31", 48, {"Point"},
     "sea_ports.geojson", f"Natural Earth 1:10m ports (public domain) {VIA}",
     [("name", "name", str, True), ("scalerank", "scalerank", int, True)]),
    ("ne_10m_airports.geojson",
     "c61037a997742e37868d2e2bedae5d570f5b8c86d1aa30b7b070b16e23a98932", 86, {"Point"},
     "airports.geojson", f"Natural Earth 1:10m airports (public domain) {VIA}",
     [("name", "name", str, True), ("iata_code", "iata_code", str, True), ("gps_code", "gps_code", str, False),
      ("type", "type", str, True), ("scalerank", "scalerank", int, True)]),
    ("ne_10m_populated_places.geojson",
     "2b64b900d55f975119378b86341d59330abdcdc01ae2b19a5c0ef312ed3802ad", 471, {"Point"},
     "places.geojson", f"Natural Earth 1:10m populated places (public domain) {VIA}",
     [("name", "NAME", str, True), ("country", "ADM0NAME", str, True), ("admin1", "ADM1NAME", str, False),
      ("featurecla", "FEATURECLA", str, True), ("scalerank", "SCALERANK", int, True),
      ("labelrank", "LABELRANK", int, True), ("min_zoom", "min_zoom", float, True),
      ("pop_max", "POP_MAX", int, True)]),
    ("ne_50m_urban_areas.geojson",
     "86fc098cf455e045abd5f34d10640f6e96f4de41d6278b9f7d451e8bcb43761e", 115, {"Polygon", "MultiPolygon"},
     "urban_areas.geojson", f"Natural Earth 1:50m urban areas, MODIS 2002-2003 (public domain) {VIA}",
     [("scalerank", "scalerank", int, True), ("min_zoom", "min_zoom", float, True)]),
    ("ne_10m_rivers_north_america.geojson",
     "513443b7b0285fed38639d72ad7dc214f304fd9164c08dec70d2e76ad8500c81", 700, {"LineString", "MultiLineString"},
     "rivers.geojson", f"Natural Earth 1:10m rivers, North America supplement (public domain) {VIA}",
     [("name", "name", str, False), ("scalerank", "scalerank", int, True), ("min_zoom", "min_zoom", float, True),
      ("min_label", "min_label", float, True)]),
    ("ne_10m_lakes_north_america.geojson",
     "9920a466f49938e46f03f930c7c26d9b783c36d06be2ae03318802f58639ea96", 136, {"Polygon", "MultiPolygon"},
     "lakes.geojson", f"Natural Earth 1:10m lakes, North America supplement (public domain) {VIA}",
     [("name", "name", str, False), ("scalerank", "scalerank", int, True), ("min_zoom", "min_zoom", float, True),
      ("min_label", "min_label", float, True)]),
]

errors = []


def fail(msg):
    errors.append(msg)


def positions(coords):
    """Every [lon, lat] of a GeoJSON coordinate array, whatever its nesting."""
    if coords and isinstance(coords[0], (int, float)):
        yield coords
        return
    for c in coords:
        yield from positions(c)


def convert_value(value, kind, where):
    if value is None:
        return None
    if kind is str:
        if not isinstance(value, str):
            fail(f"{where}: {value!r} is not text")
        return value.strip() or None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        fail(f"{where}: {value!r} is not a number")
        return None
    if kind is int:
        if value != int(value):
            fail(f"{where}: {value!r} is not a whole number")
        return int(value)
    return float(value)


def convert(source_dir, spec):
    name, sha, count, geometry_types, out_name, geom_source, fields = spec
    path = os.path.join(source_dir, name)
    with open(path, "rb") as f:
        raw = f.read()
    digest = hashlib.sha256(raw).hexdigest()
    if digest != sha:
        fail(f"{name}: sha256 {digest} is not the pinned {sha}")
    source = json.loads(raw.decode("utf-8"))
    features = source.get("features", [])
    if len(features) != count:
        fail(f"{name}: {len(features)} features, SOURCES.md says {count}")
    out = []
    for i, feature in enumerate(features):
        where = f"{name} feature {i}"
        geometry = feature.get("geometry") or {}
        if geometry.get("type") not in geometry_types:
            fail(f"{where}: geometry {geometry.get('type')} not one of {sorted(geometry_types)}")
            continue
        # ogr2ogr -spat selects the features whose geometry meets the box; they are not cut at its edge.
        lons, lats = zip(*((p[0], p[1]) for p in positions(geometry["coordinates"])))
        if max(lons) < CLIP[0] or min(lons) > CLIP[2] or max(lats) < CLIP[1] or min(lats) > CLIP[3]:
            fail(f"{where}: bounds {min(lons)},{min(lats)},{max(lons)},{max(lats)} miss the selection box {CLIP}")
        if min(lons) < -180 or max(lons) > 180 or min(lats) < -90 or max(lats) > 90:
            fail(f"{where}: coordinates are not longitude/latitude")
        props = feature.get("properties") or {}
        kept = {}
        for out_field, in_field, kind, required in fields:
            if in_field not in props:
                fail(f"{where}: no attribute {in_field}")
                continue
            value = convert_value(props[in_field], kind, f"{where} {in_field}")
            if required and value is None:
                fail(f"{where}: {in_field} is empty")
            kept[out_field] = value
        if "pop_max" in kept:
            kept["pop_max_note"] = POP_NOTE
        kept["geom_source"] = geom_source
        out.append({"type": "Feature", "properties": kept, "geometry": geometry})
    return out_name, out


def feature_collection(name, features):
    lines = ["{", '"type": "FeatureCollection",', f'"name": "{name}",', '"features": [']
    lines.append(",\n".join(json.dumps(f, ensure_ascii=False, separators=(", ", ": ")) for f in features))
    lines += ["]", "}", ""]
    return "\n".join(lines)


def main():
    source_dir = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_INPUT
    results = [convert(source_dir, spec) for spec in LAYERS]
    if errors:
        for e in errors:
            print("build-context: " + e, file=sys.stderr)
        print(f"build-context: {len(errors)} problem(s); nothing written", file=sys.stderr)
        return 1
    os.makedirs(OUT_DIR, exist_ok=True)
    for out_name, features in results:
        write_atomic(os.path.join(OUT_DIR, out_name), feature_collection(out_name[: -len(".geojson")], features))
        print(f"build-context: {out_name}: {len(features)} features")
    return 0


if __name__ == "__main__":
    sys.exit(main())
