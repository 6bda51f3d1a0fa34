#!/usr/bin/env bash
# Alternates ChainCounters runs of two or more benchmark jars (A B A B ...) and prints, per jar, the
# median of thread CPU time (best replication of each run) and of each hardware counter per St. Olavs
# replication-year. On a shared machine the host's load moves cycles by ±20 % from one run to the
# next; alternating the versions and comparing medians (and instructions, which barely move) is the
# only fair comparison there. Needs Linux perf for the counters.
#
#   benchmarks/ab-counters.sh ROUNDS base.jar new.jar [more.jar ...]
#
# e.g. build the base version, copy benchmarks/target/benchmarks.jar to /tmp/base.jar, build the new
# version, then: benchmarks/ab-counters.sh 5 /tmp/base.jar benchmarks/target/benchmarks.jar
#
# EVENTS overrides the counters (default cycles,instructions,L1-dcache-load-misses; at most ~5 at once,
# or perf multiplexes and scales them). On AMD Zen, instruction-cache fills are ic_cache_fill_l2:
#   EVENTS=cycles,instructions,ic_cache_fill_l2,L1-dcache-load-misses benchmarks/ab-counters.sh 4 a.jar b.jar
set -euo pipefail
if [ $# -lt 3 ]; then
  echo "usage: $0 ROUNDS JAR JAR [JAR ...]" >&2
  exit 2
fi
rounds=$1
shift
events=${EVENTS:-cycles,instructions,L1-dcache-load-misses}
out=$(mktemp)
trap 'rm -f "$out"' EXIT
for ((i = 1; i <= rounds; i++)); do
  for jar in "$@"; do
    # One line per measurement: jar, name, value (M per replication-year; "cpu" in ms).
    java -Xms512m -Xmx512m -Dperf.events="$events" \
      -cp "$jar" org.akuttsim.benchmarks.ChainCounters 30 40 stolav 2>&1 |
      awk -v jar="$jar" '/thread CPU/ {v = $10; gsub(/[,;]/, "", v); print jar, "cpu_ms", v}
                         /M per replication-year/ {print jar, $1, $2}' >>"$out"
  done
done
awk '
  { k = $1; m = $2; n = ++cnt[k, m]; val[k, m, n] = $3
    if (!(k in seen)) { seen[k] = 1; order[++nk] = k }
    if (!(m in mseen)) { mseen[m] = 1; morder[++nm] = m } }
  function med(k, m, n,   i, j, t, v) {
    for (i = 1; i <= n; i++) v[i] = val[k, m, i]
    for (i = 2; i <= n; i++) for (j = i; j > 1 && v[j - 1] > v[j]; j--) { t = v[j]; v[j] = v[j - 1]; v[j - 1] = t }
    return n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
  }
  END {
    printf "%-40s", "jar (medians; M per replication-year)"
    for (j = 1; j <= nm; j++) printf " %22.22s", morder[j]
    printf "\n"
    for (i = 1; i <= nk; i++) {
      k = order[i]; printf "%-40s", k
      for (j = 1; j <= nm; j++) printf " %22.2f", med(k, morder[j], cnt[k, morder[j]])
      printf "\n"
    }
  }' "$out"
