#!/usr/bin/env bash
# Spark local[2] vs the thread runner, and local[1] -> local[2], on one Latin-hypercube study of 10
# St. Olavs parameters, in one JVM (sim-spark/src/test/java/org/akuttsim/spark/SparkRatios.java).
# Usage: benchmarks/spark-ratios.sh [points] [replications] [days] [block]   (default 40 5 365 5)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl sim-core,sim-scenarios,sim-spark -am test-compile -DskipTests
mvn -B -q -pl sim-spark dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/sim-spark/target/spark-ratios.cp" >/dev/null
CP="sim-spark/target/test-classes:sim-spark/target/classes:sim-scenarios/target/classes:sim-core/target/classes:$(cat sim-spark/target/spark-ratios.cp)"
FLAGS=$(mvn -B -q -pl sim-spark help:evaluate -Dexpression=spark.test.jvm.flags -DforceStdout 2>/dev/null | tr '\n' ' ')
# shellcheck disable=SC2086
exec java $FLAGS -Dlog4j2.configurationFile=sim-spark/src/test/resources/log4j2.properties -cp "$CP" \
    org.akuttsim.spark.SparkRatios "${1:-40}" "${2:-5}" "${3:-365}" "${4:-5}"
