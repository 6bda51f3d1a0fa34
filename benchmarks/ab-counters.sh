#!/usr/bin/env bash
# Alternates ChainCounters runs of two or more benchmark jars (A B A B ...) and prints, per jar, the
# median and range of thread CPU time, cycles, instructions and L1 data-cache misses per St. Olavs
# replication-year. On a shared machine the host's load moves cycles by ±20 % from one run to the
# next; alternating the versions and comparing medians (and instructions, which barely move) is the
# only fair comparison there. Needs Linux perf for the counters.
#
#   benchmarks/ab-counters.sh ROUNDS base.jar new.jar [more.jar ...]
#
# e.g. build the base version, copy benchmarks/target/benchmarks.jar to /tmp/base.jar, build the new
# version, then: benchmarks/ab-counters.sh 5 /tmp/base.jar benchmarks/target/benchmarks.jar
set -euo pipefail
if [ $# -lt 3 ]; then
  echo "usage: $0 ROUNDS JAR JAR [JAR ...]" >&2
  exit 2
fi
rounds=$1
shift
out=$(mktemp)
trap 'rm -f "$out"' EXIT
for ((i = 1; i <= rounds; i++)); do
  for jar in "$@"; do
    line=$(java -Xms512m -Xmx512m -Dperf.events=cycles,instructions,L1-dcache-load-misses \
      -cp "$jar" org.akuttsim.benchmarks.ChainCounters 30 40 stolav 2>&1 |
      awk '/thread CPU/ {gsub(",", "", $8); cpu = $8} /^ +cycles/ {c = $2} /^ +instructions/ {n = $2}
           /L1-dcache-load-misses/ {m = $2} END {print cpu, c, n, m}')
    echo "$jar $line" >>"$out"
  done
done
awk '
  { k = $1; cnt[k]++; cpu[k, cnt[k]] = $2; cyc[k, cnt[k]] = $3; ins[k, cnt[k]] = $4; l1[k, cnt[k]] = $5
    if (!(k in seen)) { seen[k] = 1; order[++nk] = k } }
  function med(a, k, n,   i, j, t, v) {
    for (i = 1; i <= n; i++) v[i] = a[k, i]
    for (i = 2; i <= n; i++) for (j = i; j > 1 && v[j - 1] > v[j]; j--) { t = v[j]; v[j] = v[j - 1]; v[j - 1] = t }
    return n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
  }
  END {
    printf "%-40s %10s %10s %10s %10s  (medians of %d runs; M per replication-year)\n", "jar", "cpu ms", "cycles", "instr", "L1 miss", cnt[order[1]]
    for (i = 1; i <= nk; i++) { k = order[i]; n = cnt[k]
      printf "%-40s %10.1f %10.1f %10.1f %10.2f\n", k, med(cpu, k, n), med(cyc, k, n), med(ins, k, n), med(l1, k, n) }
  }' "$out"
