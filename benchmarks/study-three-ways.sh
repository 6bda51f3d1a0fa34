#!/usr/bin/env bash
# The issue's done-when at full size: a Latin-hypercube study of 10 St. Olavs factors run three ways
# (the command line's study on 2 threads; 4 shards one after the other + merge; SparkStudyMain on
# local[2]) and the output files compared byte for byte. Default 200 points x 10 replications of one
# year: 2,010 replication-years per way.
# Usage: benchmarks/study-three-ways.sh [points] [replications] [days] [out-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
POINTS=${1:-200}; REPS=${2:-10}; DAYS=${3:-365}; OUT=${4:-$(mktemp -d /tmp/akuttsim-study-XXXX)}
# One invocation: the assembled jars, and Spark's class path (the "provided" scope, as a cluster would supply it).
mvn -B -q -pl sim-spark -am package dependency:build-classpath -DskipTests -Dmdep.includeScope=provided \
    -Dmdep.outputFile="$PWD/sim-spark/target/study-three-ways.cp" >/dev/null
A=(java -jar sim-scenarios/target/akuttsim.jar)
COMMON=(-r "$REPS" --length-days "$DAYS" -q -t 2)
"${A[@]}" design --lhs "$POINTS" --seed 2026 -o "$OUT/design.csv" \
  --range triage.red_overtriaged=0.65:0.75 --range triage.yellow_overtriaged=0.1:0.3 \
  --range triage.green_no_ambulance_need=0.1:0.5 --range triage.undertriage=0:0.1 \
  --range amk.call_to_dispatch_mean=1.5:4 --range activation.red=0.5:2 --range activation.yellow=1:4 \
  --range on_scene.red=15:30 --range on_scene.cv=0.3:0.8 --range less_overtriage=0:0.5
t0=$(date +%s.%N)
"${A[@]}" study --design "$OUT/design.csv" "${COMMON[@]}" -o "$OUT/local" > "$OUT/local.log"
t1=$(date +%s.%N)
for k in 1 2 3 4; do
  "${A[@]}" study --design "$OUT/design.csv" "${COMMON[@]}" --shard "$k/4" -o "$OUT/shard-$k" > "$OUT/shard-$k.log"
done
"${A[@]}" merge -o "$OUT/merged" "$OUT"/shard-? > "$OUT/merge.log"
"${A[@]}" sensitivity --design "$OUT/design.csv" "$OUT/merged" > /dev/null
t2=$(date +%s.%N)
FLAGS=$(sed -n '/<spark.test.jvm.flags>/,/<\/spark.test.jvm.flags>/p' sim-spark/pom.xml | sed 's/<[^>]*>//g' | tr '\n' ' ')
# shellcheck disable=SC2086
java $FLAGS -Dlog4j2.configurationFile=sim-spark/src/test/resources/log4j2.properties \
  -cp "sim-spark/target/akuttsim-spark.jar:$(cat sim-spark/target/study-three-ways.cp)" org.akuttsim.spark.SparkStudyMain \
  --master 'local[2]' --design "$OUT/design.csv" --replications "$REPS" --length-days "$DAYS" --out "$OUT/spark" > "$OUT/spark.log"
t3=$(date +%s.%N)
printf 'local study %.0f s; 4 shards + merge + sensitivity %.0f s; Spark local[2] (with start-up) %.0f s\n' \
  "$(echo "$t1 - $t0" | bc)" "$(echo "$t2 - $t1" | bc)" "$(echo "$t3 - $t2" | bc)"
for f in experiment.properties replications.csv summary.csv comparison.csv sensitivity.csv; do
  cmp "$OUT/local/$f" "$OUT/merged/$f" && cmp "$OUT/local/$f" "$OUT/spark/$f" && echo "$f: identical in all three ($(wc -l < "$OUT/local/$f") lines)"
done
echo "output in $OUT"
