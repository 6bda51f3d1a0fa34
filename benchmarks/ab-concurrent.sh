#!/usr/bin/env bash
# Runs two ChainCounters measurements AT THE SAME TIME, one on each of two CPUs, and swaps the CPUs
# every round: A on CPU 0 and B on CPU 1, then A on CPU 1 and B on CPU 0, ... Each side is a JVM of
# its own, so, unlike ChainPaired (one JVM, both builds' compiled code in one instruction cache and
# both builds' tables in one L2), each side has the caches to itself, and both sides see the same
# minutes of the host's load. Prints every run (thread CPU ms per replication-year, mean and best,
# and the counters, M per replication-year), then B ÷ A round by round: the median ratio with a
# distribution-free 95 % interval, of the first counter and of the thread CPU time.
#
#   benchmarks/ab-concurrent.sh ROUNDS A.jar B.jar ["A's JVM flags" ["B's JVM flags"]]
#
# e.g. two builds:      benchmarks/ab-concurrent.sh 24 /tmp/base.jar benchmarks/target/benchmarks.jar
#      two flag sets:   benchmarks/ab-concurrent.sh 24 x.jar x.jar -XX:+UseG1GC -XX:+UseParallelGC
#
# EVENTS overrides the counters (default cycles,instructions,L1-dcache-load-misses; on AMD Zen,
# l2_cache_req_stat.ls_rd_blk_c counts data reads that miss the L2). Needs taskset and two CPUs
# that nothing else uses; Linux perf for the counters.
set -euo pipefail
if [ $# -lt 3 ]; then
  echo "usage: $0 ROUNDS A.jar B.jar [A-flags [B-flags]]" >&2
  exit 2
fi
rounds=$1
jar_a=$2
jar_b=$3
flags_a=${4:-}
flags_b=${5:-}
events=${EVENTS:-cycles,instructions,L1-dcache-load-misses}
reps=${REPS:-40}

measure() { # cpu jar flags
  # shellcheck disable=SC2086 # the flags are a list of words
  taskset -c "$1" java -Xms512m -Xmx512m $3 -Dperf.events="$events" \
    -cp "$2" org.akuttsim.benchmarks.ChainCounters 30 "$reps" stolav 2>&1 |
    awk '/thread CPU/ {m = $8; b = $10; gsub(/[,;]/, "", m); gsub(/[,;]/, "", b); printf "cpu_ms mean %s best %s", m, b}
         /M per replication-year/ {printf "  %s %s", $1, $2}'
}

out_a=$(mktemp)
out_b=$(mktemp)
log=$(mktemp)
trap 'rm -f "$out_a" "$out_b" "$log"' EXIT
for ((i = 1; i <= rounds; i++)); do
  if ((i % 2)); then cpu_a=0; cpu_b=1; else cpu_a=1; cpu_b=0; fi
  measure "$cpu_a" "$jar_a" "$flags_a" >"$out_a" &
  measure "$cpu_b" "$jar_b" "$flags_b" >"$out_b" &
  wait
  echo "round $i A (cpu $cpu_a): $(cat "$out_a")" | tee -a "$log"
  echo "round $i B (cpu $cpu_b): $(cat "$out_b")" | tee -a "$log"
done

# B ÷ A per round, of the first counter (cycles by default) and of the mean thread CPU time: the median
# with a distribution-free 95 % interval (order statistics k and n + 1 - k, k the largest with
# P(Binomial(n, 1/2) < k) <= 0.025). Single rounds on a shared host range over ±30 %: decide nothing
# on fewer than ~24 rounds.
awk -v first="${events%%,*}" '
  { side = $3; r = $2
    for (f = 1; f <= NF; f++) {
      if ($f == "mean") cpu[side, r] = $(f + 1)
      if ($f == first) cnt[side, r] = $(f + 1)
    }
    n = r > n ? r : n }
  function summary(name, arr,   i, m, v, t, j, k, p, c, lo, hi, faster, med, note) {
    m = 0
    for (i = 1; i <= n; i++) if (arr["A", i] > 0 && arr["B", i] != "") { v[++m] = arr["B", i] / arr["A", i]; faster += (v[m] < 1) }
    if (m == 0) return
    for (i = 2; i <= m; i++) for (j = i; j > 1 && v[j - 1] > v[j]; j--) { t = v[j]; v[j] = v[j - 1]; v[j - 1] = t }
    # k: P(X < k) <= 0.025 for X ~ Binomial(m, 1/2)
    p = 0.5 ^ m; c = 0; k = 0
    for (i = 0; i <= m; i++) { if (c + p > 0.025) break; c += p; k = i + 1; p = p * (m - i) / (i + 1) }
    lo = (k >= 1) ? v[k] : v[1]; hi = (k >= 1) ? v[m + 1 - k] : v[m]
    med = (m % 2) ? v[(m + 1) / 2] : (v[m / 2] + v[m / 2 + 1]) / 2
    note = (k >= 1) ? "" : " (too few rounds: the range)"
    printf "B / A %-14s median %.3f, 95 %% interval [%.3f, %.3f]%s, B lower in %d of %d rounds\n", name, med, lo, hi, note, faster, m
  }
  END { summary(first, cnt); summary("thread CPU", cpu) }' "$log"
