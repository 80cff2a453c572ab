#!/usr/bin/env bash
# Builds the benchmarks and runs them all in one JMH run, then prints the Signet-vs-lower-bound table.
# Usage: benchmarks/run.sh [extra JMH args]   (from the repository root; about 5 minutes on 2 cores)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -Pbenchmarks -pl benchmarks -am package -DskipTests
java -jar benchmarks/target/benchmarks.jar \
  -prof gc -prof dev.signet.bench.UserCpuProfiler \
  -rf json -rff benchmarks/target/results.json "$@"
java -cp benchmarks/target/benchmarks.jar dev.signet.bench.Report benchmarks/target/results.json
