#!/usr/bin/env python3
"""Builds the embedded St. Olavs region (zones, stations, units, hospitals, growth) from
shared/region-data and shared/seed-data. Run from the repository root:

    python3 sim-scenarios/data-prep/build_stolav_region.py /work/shared

Every row keeps a `source` cell; every value not taken from a source starts with "ASSUMPTION:".
The script is deterministic; re-run it when the shared data change.
"""
import csv, math, os, shutil, sys

shared = sys.argv[1] if len(sys.argv) > 1 else "/work/shared"
out = os.path.join(os.path.dirname(__file__), "..", "src", "main", "resources", "org", "akuttsim",
                   "scenarios", "region", "stolav")
AGES = ["0-9", "10-19", "20-29", "30-39", "40-49", "50-59", "60-69", "70-79", "80-89", "90+"]
POPCOLS = ["pop_0_9", "pop_10_19", "pop_20_29", "pop_30_39", "pop_40_49", "pop_50_59", "pop_60_69",
           "pop_70_79", "pop_80_89", "pop_90_plus"]

mun = {r["kommunenr"]: r for r in csv.DictReader(open(os.path.join(shared, "region-data", "municipalities.csv"), encoding="utf-8"))}
seed = list(csv.DictReader(open(os.path.join(shared, "seed-data", "population_2021_2035.csv"), encoding="utf-8")))
stations_src = {r["name"]: r for r in csv.DictReader(open(os.path.join(shared, "region-data", "ambulance_stations.csv"), encoding="utf-8"))}

# ---- growth profiles -----------------------------------------------------------------------
so = {r["age_group"]: r for r in seed if r["area"] == "st_olav"}
hmn = {r["area"] and r["age_group"]: r for r in seed if r["area"] == "helse_midt_norge"}
SEED_SRC = "seed-data/population_2021_2035.csv (St. Olavs/HMN presentation 'Betydelig oppdragsvekst', seeds/000)"
profiles = {}
growth_rows = []
for a in AGES:
    p21, p35 = int(so[a]["population_2021"]), int(so[a]["population_2035"])
    profiles.setdefault("core", {})[a] = (p21, p35)
    growth_rows.append(["core", a, 2021, 2035, p21, p35, f"{p35 / p21:.6f}",
                        f"{SEED_SRC} area st_olav; factor = population_2035 / population_2021"])
for a in AGES:
    r21 = int(hmn[a]["population_2021"]) - int(so[a]["population_2021"])
    r35 = int(hmn[a]["population_2035"]) - int(so[a]["population_2035"])
    profiles.setdefault("rest", {})[a] = (r21, r35)
    growth_rows.append(["rest", a, 2021, 2035, r21, r35, f"{r35 / r21:.6f}",
                        f"ASSUMPTION: rest of Central Norway = {SEED_SRC} helse_midt_norge minus st_olav rows; "
                        "applied to the catchment outside the urban core because the seed tables give no per-municipality projection"])

def split(total, profile):
    shares = [profiles[profile][a][0] for a in AGES]
    s = sum(shares)
    raw = [total * x / s for x in shares]
    base = [math.floor(x) for x in raw]
    rest = total - sum(base)
    order = sorted(range(len(raw)), key=lambda i: -(raw[i] - base[i]))
    for i in order[:rest]:
        base[i] += 1
    return base

# ---- zones ---------------------------------------------------------------------------------
CORE = {"5001", "5028", "5029", "5031"}
CATCHMENT = ["5001", "5014", "5020", "5021", "5022", "5025", "5026", "5027", "5028", "5029", "5031", "5032",
             "5033", "5054", "5055", "5056", "5057", "5058", "5059", "5061"]
MUN_SRC = "region-data/municipalities.csv (population SSB 07459 1 Jan 2021; coordinate = admin-centre postcode point)"
CORE_NOTE = ("age split: ASSUMPTION: 2021 age shares of growth profile '{p}' applied to the SSB 2021 total "
             "(SSB age detail per municipality not in region-data)")
SPLITS = {
    "5001": [("trd_midtbyen", "Trondheim Midtbyen", 46000, 63.4305, 10.3951),
             ("trd_ostbyen", "Trondheim Østbyen", 49000, 63.4367, 10.4676),
             ("trd_lerkendal", "Trondheim Lerkendal", 57000, 63.4050, 10.4200),
             ("trd_heimdal", "Trondheim Heimdal", 49500, 63.3530, 10.3560),
             ("trd_klaebu", "Trondheim Klæbu", 6095, 63.2990, 10.4840)],
    "5054": [("indre_fosen_rissa", "Indre Fosen (Rissa)", 6550, 63.58442, 9.95854),
             ("indre_fosen_leksvik", "Indre Fosen (Leksvik)", 3398, 63.6719, 10.6256)],
    "5055": [("heim_hemne", "Heim (Hemne, Kyrksæterøra)", 4400, 63.29326, 9.08480),
             ("heim_halsa", "Heim (Halsa)", 1541, 63.1194, 8.2825)],
    "5058": [("afjord", "Åfjord (Årnes)", 3330, 63.9648, 10.2111),
             ("afjord_roan", "Åfjord (Roan, Bessaker)", 941, 64.24754, 10.31966)],
}
SPLIT_NOTE = ("ASSUMPTION: municipality split into sub-zones so that stations in different towns of one municipality "
              "(or the city's districts) get their own travel origin; sub-zone populations are rough figures of the former "
              "municipalities / city districts (not from region-data) scaled to the SSB 2021 total; sub-zone coordinates are "
              "town/district points, approximate to a few km")

def slug(name):
    s = name.lower()
    for a, b in (("æ", "ae"), ("ø", "o"), ("å", "a"), (" ", "_"), ("-", "_")):
        s = s.replace(a, b)
    return "".join(c for c in s if c.isalnum() or c == "_")

zones = []  # dict rows
for k in CATCHMENT:
    m = mun[k]
    prof = "core" if k in CORE else "rest"
    if k in SPLITS:
        assert sum(x[2] for x in SPLITS[k]) == int(m["population"]), k
        for zid, name, pop, lat, lon in SPLITS[k]:
            zones.append(dict(zone_id=zid, name=name, kommunenr=k, urban=m["urban"] == "urban", lat=lat, lon=lon,
                              growth_profile=prof, pop=split(pop, prof),
                              source=f"total {m['population']} for {m['name']}: {MUN_SRC}; {SPLIT_NOTE}; urban: region-data convention "
                                     f"(municipality population >= 20000); " + CORE_NOTE.format(p=prof)))
    else:
        zones.append(dict(zone_id=slug(m["name"]), name=m["name"], kommunenr=k, urban=m["urban"] == "urban",
                          lat=float(m["lat"]), lon=float(m["lon"]), growth_profile=prof, pop=split(int(m["population"]), prof),
                          source=f"{MUN_SRC}; urban: region-data convention (population >= 20000); " + CORE_NOTE.format(p=prof)))

# ---- stations ------------------------------------------------------------------------------
def src_of(name):
    return "region-data/ambulance_stations.csv row '" + name + "': " + stations_src[name]["source"]

ST = [  # station_id, name, zone_id, source
    ("trondheim_sentrum", "Trondheim sentrum", "trd_midtbyen", "ASSUMPTION: St. Olavs has 3 stations in Trondheim (region-data/ambulance_stations.csv, stolav.no 2024) whose sites were not identified; this one placed centrally (near St. Olavs hospital)"),
    ("trondheim_heimdal", "Trondheim Heimdal/Tiller", "trd_heimdal", "ASSUMPTION: second of the 3 unidentified Trondheim sites, placed in the south (Heimdal/Tiller) to cover the south and Klæbu"),
    ("trondheim_ost", "Trondheim øst", "trd_ostbyen", "ASSUMPTION: third of the 3 unidentified Trondheim sites, placed in the east (Lade/Leangen)"),
    ("storen", "Støren", "midtre_gauldal", src_of("Støren")),
    ("oppdal", "Oppdal", "oppdal", src_of("Oppdal")),
    ("selbu", "Selbu", "selbu", src_of("Selbu")),
    ("tydal", "Tydal", "tydal", src_of("Tydal")),
    ("rindal", "Rindal", "rindal", src_of("Rindal")),
    ("bessaker", "Bessaker (Roan)", "afjord_roan", src_of("Bessaker (Roan)")),
    ("leksvik", "Leksvik", "indre_fosen_leksvik", src_of("Leksvik")),
    ("halsa", "Halsa", "heim_halsa", src_of("Halsa")),
    ("hitra", "Hitra", "hitra", src_of("Hitra")),
    ("froya", "Frøya", "froya", src_of("Frøya")),
    ("roros", "Røros", "roros", src_of("Røros")),
    ("berkak", "Berkåk (Rennebu)", "rennebu", src_of("Berkåk (Rennebu)")),
    ("brekstad", "Brekstad (Ørland)", "orland", src_of("Brekstad (Ørland)")),
    ("rissa", "Rissa (Indre Fosen)", "indre_fosen_rissa", src_of("Rissa (Indre Fosen)")),
]
MISSING = "ASSUMPTION: St. Olavs runs 22 stations, 19 outside Trondheim (stolav.no 2024, region-data); 5 are unidentified and region-data names this town among the likeliest candidates; placed at the municipality's admin-centre point"
ST += [("melhus", "Melhus", "melhus", MISSING), ("orkanger", "Orkanger (Orkland)", "orkland", MISSING),
       ("alen", "Ålen (Holtålen)", "holtalen", MISSING), ("afjord", "Åfjord (Årnes)", "afjord", MISSING),
       ("malvik", "Hommelvik (Malvik)", "malvik", MISSING)]
assert len(ST) == 22
zone_by_id = {z["zone_id"]: z for z in zones}
for s in ST:
    assert s[2] in zone_by_id, s

def km(a, b):
    p1, p2 = math.radians(a["lat"]), math.radians(b["lat"])
    dl = math.radians(b["lon"] - a["lon"])
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))

station_zone = {s[2]: s[0] for s in ST}
for z in zones:
    if z["zone_id"] in station_zone:
        z["station"] = station_zone[z["zone_id"]]
        z["source"] += "; district: the station in this zone"
    else:
        best = min(ST, key=lambda s: km(z, zone_by_id[s[2]]))
        z["station"] = best[0]
        z["source"] += "; district: ASSUMPTION: nearest station by great-circle distance (no district map found)"

# ---- units ---------------------------------------------------------------------------------
units = []
def unit(uid, st, typ, sched, src, tf=1):
    units.append([uid, st, typ, sched, tf, src])
A247 = "ASSUMPTION: one 24/7 emergency ambulance (vehicles and crew pattern not sourced; akuttmedisinforskriften §11 requires on-site duty except at low-activity stations)"
unit("trd_sentrum_1", "trondheim_sentrum", "emergency_ambulance", "24/7", "ASSUMPTION: Trondheim fleet sized from the brief's 14 day / 10 night ambulances for 244,223 people scaled to Trondheim's 207,595 (≈ 8 by day, 5 at night; domain-brief 'Ambulances on duty')")
unit("trd_sentrum_2", "trondheim_sentrum", "emergency_ambulance", "24/7", "ASSUMPTION: see trd_sentrum_1")
unit("trd_sentrum_3", "trondheim_sentrum", "emergency_ambulance", "24/7", "ASSUMPTION: see trd_sentrum_1")
unit("trd_sentrum_day", "trondheim_sentrum", "emergency_ambulance", "08-20", "ASSUMPTION: day car 08-20 every day (see trd_sentrum_1)")
unit("trd_heimdal_1", "trondheim_heimdal", "emergency_ambulance", "24/7", "ASSUMPTION: see trd_sentrum_1")
unit("trd_heimdal_day", "trondheim_heimdal", "emergency_ambulance", "08-20", "ASSUMPTION: day car 08-20 (see trd_sentrum_1)")
unit("trd_ost_1", "trondheim_ost", "emergency_ambulance", "24/7", "ASSUMPTION: see trd_sentrum_1")
unit("trd_ost_day", "trondheim_ost", "emergency_ambulance", "08-20", "ASSUMPTION: day car 08-20 (see trd_sentrum_1)")
unit("trd_ptv_1", "trondheim_sentrum", "patient_transport", "Mon-Fri 08-16", "ASSUMPTION: HMN ran 4,112 patient-transport-vehicle missions in 2022 (≈ 4 %, domain-brief §2); two weekday PTVs in Trondheim, hours assumed")
unit("trd_ptv_2", "trondheim_sentrum", "patient_transport", "Mon-Fri 08-16", "ASSUMPTION: see trd_ptv_1")
for sid, name, zid, src in ST[3:]:
    if sid == "oppdal":
        unit("oppdal_1", sid, "emergency_ambulance", "24/7", "vehicles=2 from " + src_of("Oppdal")[:80] + "…; schedule ASSUMPTION: both 24/7")
        unit("oppdal_2", sid, "emergency_ambulance", "24/7", "vehicles=2 (region-data); schedule ASSUMPTION: 24/7")
    elif sid == "rissa":
        unit("rissa_1", sid, "emergency_ambulance", "24/7", "vehicles=1 from region-data (Rissa went from 2 ambulances to 1 in 2013); schedule ASSUMPTION: 24/7")
    elif sid == "roros":
        unit("roros_1", sid, "emergency_ambulance", "24/7", A247 + "; one Røros ambulance was withdrawn in 2017 (region-data)")
        unit("roros_akuttbil", sid, "rapid_responder", "Mon-Fri 10-22", "region-data: Røros akuttbil staffed weekdays 10-22 since 2017 ('Rørosmodellen')")
    elif sid == "orkanger":
        unit("orkanger_1", sid, "emergency_ambulance", "24/7", A247)
        unit("orkanger_day", sid, "emergency_ambulance", "08-20", "ASSUMPTION: day car for Orkland (18,300) and Skaun, next to Orkdal hospital")
    else:
        unit(sid + "_1", sid, "emergency_ambulance", "24/7", A247)

# ---- hospitals -----------------------------------------------------------------------------
hosp_src = {r["name"]: r for r in csv.DictReader(open(os.path.join(shared, "region-data", "hospitals.csv"), encoding="utf-8"))}
so_h = hosp_src["St. Olavs hospital (Øya, Trondheim)"]["source"]
ork_h = hosp_src["Orkdal sjukehus (St. Olavs, Orkanger)"]["source"]
hospitals = [
    ["st_olavs", "St. Olavs hospital (Øya)", "trd_midtbyen", 20, 226, "yes", "yes", 0.85,
     "ed, pci: region-data/hospitals.csv (" + so_h[:120] + "…); zone: Øya lies in Midtbyen; ed_spaces: ASSUMPTION 20 (domain-brief: Little's law 79/day × 2.9 h / 24 ≈ 9.5 occupied, ×2 for peaks); ward_beds: ASSUMPTION (calibrated) 226: the beds the ED-admitted flow of this hospital uses, sized so that its simulated 2021 mean ward occupancy is the published ≈ 89 % mean somatic occupancy of St. Olavs HF (domain-brief-additions §3: 662 of 746 beds, 2018) with the ward relief on (ward.pressure_*, ward.max_boarding; St. Olavs 88.7 %, Orkdal 88.4 %, 10 replications); direct admissions and ED-bypass patients use other beds, not modelled. Before the relief mechanism the beds were 368 (the emergency share 61 % of 746, split by simulated occupancy), which left the ward ≈ 47 % full and boarding at 0; stroke_centre: ASSUMPTION (regional university hospital; not sourced in region-data); ed_share: ASSUMPTION 85 % of the catchment's non-ambulance ED arrivals"],
    ["orkdal", "Orkdal sjukehus", "orkland", 10, 49, "no", "no", 0.15,
     "ed: region-data/hospitals.csv (" + ork_h[:100] + "…); ed_spaces: ASSUMPTION 10; ward_beds: ASSUMPTION (calibrated) 49: the beds the ED-admitted flow of this hospital uses, sized so that its simulated 2021 mean ward occupancy is the published ≈ 89 % mean somatic occupancy of St. Olavs HF (domain-brief-additions §3: 662 of 746 beds, 2018) with the ward relief on (ward.pressure_*, ward.max_boarding; St. Olavs 88.7 %, Orkdal 88.4 %, 10 replications); direct admissions and ED-bypass patients use other beds, not modelled. Before the relief mechanism the beds were 87 (the emergency share 61 % of 746, split by simulated occupancy), which left the ward ≈ 47 % full and boarding at 0; pci: empty in region-data, read as no; stroke_centre: ASSUMPTION no; ed_share: ASSUMPTION 15 %"],
]

# ---- write ---------------------------------------------------------------------------------
from region_csv import write_zones, write as write_csv


def write(name, header, rows):
    write_csv(out, name, header, rows)


write_zones(out, zones, POPCOLS)
write("stations.csv", ["station_id", "name", "zone", "source"], [list(s) for s in ST])
write("units.csv", ["unit_id", "station", "type", "schedule", "travel_factor", "source"], units)
write("hospitals.csv", ["hospital_id", "name", "zone", "ed_spaces", "ward_beds", "pci", "stroke_centre", "ed_share", "source"], hospitals)
write("population_growth.csv", ["profile", "age_group", "from_year", "to_year", "population_from", "population_to", "factor", "source"], growth_rows)
# the raw sourced inputs, unchanged, for traceability
srcdir = os.path.join(out, "sources")
os.makedirs(srcdir, exist_ok=True)
for f in ("municipalities.csv", "ambulance_stations.csv", "hospitals.csv"):
    shutil.copy(os.path.join(shared, "region-data", f), os.path.join(srcdir, f))
shutil.copy(os.path.join(shared, "seed-data", "population_2021_2035.csv"), os.path.join(srcdir, "population_2021_2035.csv"))
tot = sum(sum(z["pop"]) for z in zones)
print(f"{len(zones)} zones, population {tot}, {len(ST)} stations, {len(units)} units")
