#!/usr/bin/env bash
# Spark local[2] vs the thread runner, and local[1] -> local[2], on one Latin-hypercube study of 10
# St. Olavs parameters, in one JVM (sim-spark/src/test/java/org/akuttsim/spark/SparkRatios.java).
# Usage: benchmarks/spark-ratios.sh [points] [replications] [days] [block]   (default 40 5 365 5); 3 rounds of the three runs, medians compared
set -euo pipefail
cd "$(dirname "$0")/.."
# One invocation, so that sim-core and sim-scenarios resolve to the reactor's classes (the last module written, sim-spark, wins).
mvn -B -q -pl sim-spark -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$PWD/sim-spark/target/spark-ratios.cp" >/dev/null
CP="sim-spark/target/test-classes:sim-spark/target/classes:$(cat sim-spark/target/spark-ratios.cp)"
# The --add-opens flags Spark needs on Java 17, as the module's tests get them (property spark.test.jvm.flags).
FLAGS=$(sed -n '/<spark.test.jvm.flags>/,/<\/spark.test.jvm.flags>/p' sim-spark/pom.xml | sed 's/<[^>]*>//g' | tr '\n' ' ')
# shellcheck disable=SC2086
exec java $FLAGS -Dlog4j2.configurationFile=sim-spark/src/test/resources/log4j2.properties -cp "$CP" \
    org.akuttsim.spark.SparkRatios "${1:-40}" "${2:-5}" "${3:-365}" "${4:-5}"
