#!/usr/bin/env python3
"""Reads the main job's long result files with the Python standard library only and reproduces its
headline effect: how much local readiness 30 % less over-triage gains in 2035 (scenario C minus
scenario B), as a paired difference over replications with its Student-t interval.

    java -jar sim-scenarios/target/akuttsim.jar            # writes akuttsim-out/
    python3 docs/analysis-example.py akuttsim-out

It computes the effect from results-long.csv (one row per scenario, replication, metric and dimension),
checks it against comparison-long.csv (what akuttsim computed), and lists the per-district effects.
The same steps in pandas: pd.read_csv("results-long.csv", keep_default_na=False) and a pivot on
scenario; in R: read.csv(..., na.strings = "").
"""

import csv
import math
import os
import sys

BASE = "2035"
LEVER = "2035 less overtriage 30%"
METRIC = "readiness.meanOverDistricts"


def read(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def t_quantile(p, df):
    """The p-quantile of Student's t with df degrees of freedom, by bisection on its CDF."""
    lo, hi = 0.0, 1e3
    for _ in range(200):
        mid = (lo + hi) / 2
        if t_cdf(mid, df) < p:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def t_cdf(t, df):
    """P(T <= t) for t >= 0: 1 - I_x(df/2, 1/2) / 2 with x = df / (df + t^2)."""
    return 1.0 - 0.5 * incomplete_beta(df / (df + t * t), df / 2.0, 0.5)


def incomplete_beta(x, a, b):
    """The regularised incomplete beta function I_x(a, b), by its continued fraction (Lentz)."""
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    front = math.exp(math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log(1.0 - x))
    if x > (a + 1.0) / (a + b + 2.0):
        return 1.0 - incomplete_beta(1.0 - x, b, a)
    tiny = 1e-300
    c, d = 1.0, 1.0 - (a + b) * x / (a + 1.0)
    d = 1.0 / (d if abs(d) > tiny else tiny)
    h = d
    for m in range(1, 500):
        for num in (m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m)),
                    -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))):
            d = 1.0 + num * d
            d = 1.0 / (d if abs(d) > tiny else tiny)
            c = 1.0 + num / c
            c = c if abs(c) > tiny else tiny
            h *= d * c
        if abs(d * c - 1.0) < 1e-15:
            break
    return front * h / a


def paired(base, alternative, level):
    """Mean, interval and n of alternative - base, paired by replication (common random numbers)."""
    diffs = [alternative[r] - base[r] for r in sorted(base) if r in alternative
             and not math.isnan(base[r]) and not math.isnan(alternative[r])]
    n = len(diffs)
    mean = math.fsum(diffs) / n
    if n < 2:
        return mean, float("nan"), float("nan"), n
    sd = math.sqrt(math.fsum((d - mean) ** 2 for d in diffs) / (n - 1))
    half = t_quantile(0.5 + level / 2.0, n - 1) * sd / math.sqrt(n)
    return mean, mean - half, mean + half, n


def values(rows, scenario, metric, **dims):
    """{replication: value} of one scenario's metric where the given dimensions match and the rest are empty."""
    out = {}
    for r in rows:
        if r["scenario"] != scenario or r["metric"] != metric:
            continue
        if all(r[c] == dims.get(c, "") for c in DIMENSIONS):
            out[int(r["replication"])] = float(r["value"])
    return out


def main(directory):
    global DIMENSIONS
    results = read(os.path.join(directory, "results-long.csv"))
    comparison = read(os.path.join(directory, "comparison-long.csv"))
    metrics = {m["name"]: m for m in read(os.path.join(directory, "metrics.csv"))}
    header = list(results[0].keys())
    DIMENSIONS = header[header.index("metric") + 1:header.index("unit")]

    row = next(r for r in comparison if r["base"] == BASE and r["alternative"] == LEVER and r["metric"] == METRIC
               and all(r[c] == "" for c in DIMENSIONS))
    level = float(row["confidence_level"])
    mean, low, high, n = paired(values(results, BASE, METRIC), values(results, LEVER, METRIC), level)
    unit = metrics[METRIC]["unit"]
    print(f"{METRIC} ({unit}): {metrics[METRIC]['definition']}")
    print(f"effect of 30 % less over-triage in 2035 ({LEVER} - {BASE}), {n} paired replications:")
    print(f"  {100 * mean:+.2f} percentage points, {100 * level:.0f} % interval [{100 * low:+.2f}, {100 * high:+.2f}]")
    print(f"result: mean={mean!r} ci_low={low!r} ci_high={high!r} n={n}")
    print(f"akuttsim: mean={float(row['mean_diff'])!r} ci_low={float(row['ci_low'])!r} ci_high={float(row['ci_high'])!r}"
          f" n={row['n']}")
    for name, mine, theirs in (("mean", mean, row["mean_diff"]), ("ci_low", low, row["ci_low"]), ("ci_high", high, row["ci_high"])):
        if not math.isclose(mine, float(theirs), rel_tol=1e-9, abs_tol=1e-12):
            sys.exit(f"{name} differs from comparison-long.csv: {mine!r} vs {theirs}")
    print("matches comparison-long.csv")

    districts = sorted({r["district"] for r in results if r["metric"] == "readiness" and r["district"]})
    effects = []
    for d in districts:
        m, lo, hi, _ = paired(values(results, BASE, "readiness", district=d), values(results, LEVER, "readiness", district=d), level)
        effects.append((m, lo, hi, d))
    print("per district, largest effect first (percentage points):")
    for m, lo, hi, d in sorted(effects, reverse=True):
        print(f"  {d:<22} {100 * m:+6.2f}  [{100 * lo:+6.2f}, {100 * hi:+6.2f}]")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "akuttsim-out")
