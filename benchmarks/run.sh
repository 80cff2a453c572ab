#!/usr/bin/env bash
# Builds both benchmark jars and runs them back to back (Signet and its OkHttp 5 + Jackson 3 lower
# bounds; then binance-connector-java and XChange with their OkHttp 4 + Jackson 2 lower bound), then
# prints one table, each row's ratios taken against the lower bound of its own jar.
# Usage: benchmarks/run.sh [JMH args for both, e.g. -wi 2 -i 3]   (from the repository root; about 17 minutes on 2 cores)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -Pbenchmarks -pl benchmarks,benchmarks-anchors -am package -DskipTests
PROF=(-prof gc -prof dev.signet.bench.UserCpuProfiler)
java -jar benchmarks/target/benchmarks.jar "${PROF[@]}" -rf json -rff benchmarks/target/results.json "$@"
java -jar benchmarks-anchors/target/benchmarks-anchors.jar "${PROF[@]}" -rf json -rff benchmarks/target/anchors.json "$@"
java -cp benchmarks/target/benchmarks.jar dev.signet.bench.Report benchmarks/target/results.json benchmarks/target/anchors.json
