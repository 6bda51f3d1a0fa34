#!/usr/bin/env bash
# An akuttsim experiment as a Slurm job array: each array task runs one shard (a contiguous range of
# the replications) into its own directory; a dependent job merges the shards into the files a single
# run would have written (byte for byte). See docs/shards.md.
#
#   sbatch docs/slurm-array.sh                 # submits the array and the merge job
#
# Every task must use the same akuttsim jar, inputs and options except --shard and --out: merge refuses
# shards whose inputs digest, seed, settings or akuttsim version differ, and missing or overlapping shards.
#SBATCH --job-name=akuttsim-shard
#SBATCH --array=1-16
#SBATCH --cpus-per-task=4
#SBATCH --mem=2G
#SBATCH --time=02:00:00
#SBATCH --output=akuttsim-%A_%a.log
set -euo pipefail

JAR=${JAR:-sim-scenarios/target/akuttsim.jar}
OUT=${OUT:-results/study}                         # shards in $OUT/shards/K, merged files in $OUT/merged
SHARDS=${SLURM_ARRAY_TASK_COUNT:-16}
# The experiment: replace with any run/compare/sweep/study command line (without --shard and --out).
EXPERIMENT=(compare --region stolav -s 2021,2035 -r 400 --seed 20211)

if [[ -z "${SLURM_ARRAY_TASK_ID:-}" ]]; then
    # Not inside the array: submit it, and the merge to run after every task has succeeded.
    array=$(sbatch --parsable "$0")
    sbatch --dependency=afterok:"$array" --job-name=akuttsim-merge --cpus-per-task=1 --mem=1G --time=00:30:00 \
        --wrap "java -jar $JAR merge -o $OUT/merged $OUT/shards/*"
    echo "submitted array $array and its merge"
    exit 0
fi

K=$SLURM_ARRAY_TASK_ID
mkdir -p "$OUT/shards"
# --resume: a task that is requeued after a node failure continues from its checked replications.
java -jar "$JAR" "${EXPERIMENT[@]}" --shard "$K/$SHARDS" --threads "${SLURM_CPUS_PER_TASK:-1}" -q --resume \
    --out "$OUT/shards/$K"
