#!/usr/bin/env bash
# Start-up only: N first starts of server/target/slipway.jar on an empty data folder and N restarts on the
# same folder, each to the first 200 of GET /api/health, with medians (see bench/README.md, engine section).
# Usage: bench/startup.sh [runs, default 5] [samples folder, default none; 'samples' loads the repository's]
# SLIPWAY_BENCH_JVM_FLAGS passes JVM flags to the server; BENCH_ONLINE=1 lets Maven download;
# BENCH_NO_BUILD=1 uses the jars as they are.
set -euo pipefail
cd "$(dirname "$0")/.."

offline=-o
if [[ "${BENCH_ONLINE:-}" == 1 ]]; then offline=; fi
if [[ "${BENCH_NO_BUILD:-}" != 1 ]]; then
  mvn -B -q $offline -pl server,bench -am package -DskipTests
fi

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%dT%H:%MZ)"
java -cp bench/target/benchmarks.jar io.slipway.bench.StartupBenchmark server/target/slipway.jar "$@" 2>/dev/null
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
