#!/usr/bin/env bash
# Do two builds give the same results? Runs the same experiment with two akuttsim CLI jars (St. Olavs
# 2021, REPS one-year replications after the 7-day warm-up, the same seed, so replication r of both
# uses the same random numbers) and prints for key metrics: each build's mean ± the half-width of its
# 95 % t interval, the paired difference new − base with its 95 % t interval (over the REPS
# per-replication differences from replications.csv), and a verdict: "agree" when the two builds'
# intervals overlap, "DIFFER" when they do not; "0 in diff" / "diff ≠ 0" says whether the paired
# difference's interval contains 0 (the sharper test: common random numbers make it narrow).
#
#   benchmarks/compare-results.sh BASE_AKUTTSIM_JAR NEW_AKUTTSIM_JAR [REPS]     (REPS default 30)
#
# e.g. benchmarks/compare-results.sh /tmp/base-akuttsim.jar sim-scenarios/target/akuttsim.jar
# SEED (default 20211) sets the master seed; OUT (default a new temporary directory) is where both
# experiments' CSVs are kept, in OUT/base and OUT/new. Exit status 1 when some metric's intervals do
# not overlap or a metric is missing. A jar compared with itself must show every difference as 0.
set -euo pipefail
if [ $# -lt 2 ]; then
  echo "usage: $0 BASE_AKUTTSIM_JAR NEW_AKUTTSIM_JAR [REPS]" >&2
  exit 2
fi
base_jar=$1
new_jar=$2
reps=${3:-30}
seed=${SEED:-20211}
out=${OUT:-$(mktemp -d)}
mkdir -p "$out"
for side in base new; do
  jar=$base_jar
  [ "$side" = new ] && jar=$new_jar
  start=$SECONDS
  java -jar "$jar" run --scenario 2021 --replications "$reps" --seed "$seed" \
    --warm-up-days 7 --length-days 365 --quiet --out "$out/$side" >"$out/$side.log" 2>&1 ||
    { echo "$side ($jar) failed, see $out/$side.log" >&2; exit 1; }
  echo "$side: $jar, $reps replications in $((SECONDS - start)) s"
done
echo "results in $out"

python3 - "$out/base/replications.csv" "$out/new/replications.csv" <<'EOF'
import csv, math, sys
from statistics import NormalDist, mean, stdev

METRICS = """missions.perYear calls.lost amk.meanWait
response.RED.urban.p50 response.RED.urban.p90 response.RED.rural.p50 response.RED.rural.p90
response.RED.urban.within12 response.RED.rural.within25 response.RED.within12 response.RED.within25
response.need.RED.p90 readiness.meanOverDistricts coverage.pop12 coverage.pop25 fleet.utilisation
ed.all.occupancy.mean ed.st_olavs.occupancy.mean ed.orkdal.occupancy.mean km.total
dispatchWait.RED.mean dispatchWait.YELLOW.mean dispatchWait.GREEN.mean
callToHospital.CHEST_PAIN.mean callToHospital.STROKE.mean callToHospital.SEPSIS.mean""".split()


def t975(df):
    """Student t 97.5 % quantile: exact for df <= 3, else the Cornish-Fisher series (error < 1e-3)."""
    if df <= 3:
        return (12.7062, 4.3027, 3.1824)[df - 1]
    z = NormalDist().inv_cdf(0.975)
    return (z + (z**3 + z) / (4 * df) + (5 * z**5 + 16 * z**3 + 3 * z) / (96 * df**2)
            + (3 * z**7 + 19 * z**5 + 17 * z**3 - 15 * z) / (384 * df**3)
            + (79 * z**9 + 776 * z**7 + 1482 * z**5 - 1920 * z**3 - 945 * z) / (92160 * df**4))


def interval(xs):
    """(mean, half-width of the 95 % t interval)."""
    return mean(xs), t975(len(xs) - 1) * stdev(xs) / math.sqrt(len(xs))


def load(path):
    """{metric: {replication: value}}"""
    table = {}
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            table.setdefault(row["metric"], {})[int(row["replication"])] = float(row["value"])
    return table


base, new = load(sys.argv[1]), load(sys.argv[2])
print(f"{'metric':30} {'base mean ± CI':>23} {'new mean ± CI':>23} {'new − base [95 % CI]':>34}  verdict")
bad = differ0 = 0
for m in METRICS:
    reps = sorted(set(base.get(m, {})) & set(new.get(m, {})))
    if len(reps) < 2:
        print(f"{m:30} missing in {'base' if m not in base else 'new' if m not in new else 'both'}")
        bad += 1
        continue
    b = [base[m][r] for r in reps]
    n = [new[m][r] for r in reps]
    (bm, bh), (nm, nh) = interval(b), interval(n)
    dm, dh = interval([y - x for x, y in zip(b, n)])
    overlap = bm - bh <= nm + nh and nm - nh <= bm + bh
    zero_in = dm - dh <= 0 <= dm + dh
    bad += not overlap
    differ0 += not zero_in
    print(f"{m:30} {bm:12.5g} ± {bh:<8.3g} {nm:12.5g} ± {nh:<8.3g} {dm:11.4g} [{dm - dh:9.3g}, {dm + dh:9.3g}]  "
          f"{'agree' if overlap else 'DIFFER'}, {'0 in diff' if zero_in else 'diff ≠ 0'}")
print(f"{len(METRICS) - bad} of {len(METRICS)} metrics agree (intervals overlap); "
      f"paired-difference interval excludes 0 for {differ0} (expect about 1 in 20 from chance alone)")
sys.exit(1 if bad else 0)
EOF
