"""Writing a region's CSV files, shared by build_stolav_region.py and build_hmn_region.py."""
import csv
import os


def write(out, name, header, rows):
    """One CSV file in the region folder: UTF-8, header row, LF line ends."""
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def write_zones(out, zones, popcols):
    """zones.csv from dicts with zone_id, name, kommunenr, urban, lat, lon, station, growth_profile, pop, source."""
    write(out, "zones.csv", ["zone_id", "name", "kommunenr", "urban", "lat", "lon", "station", "growth_profile"] + popcols + ["source"],
          [[z["zone_id"], z["name"], z["kommunenr"], "yes" if z["urban"] else "no", z["lat"], z["lon"], z["station"],
            z["growth_profile"]] + z["pop"] + [z["source"]] for z in zones])
