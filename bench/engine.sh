#!/usr/bin/env bash
# The engine benchmark: starts server/target/slipway.jar (H2, temp data folder, no gateway) and measures
# over real HTTP: start to ready, heap after start and after a GC, trigger to first step (median, p90),
# and a burst of builds triggered at once (none lost, builds per second). See bench/README.md.
# Usage: bench/engine.sh [latency samples, default 100] [burst, default 200] [executors, default 4]
# SLIPWAY_BENCH_JVM_FLAGS passes JVM flags to the server; BENCH_ONLINE=1 lets Maven download;
# BENCH_DB_URL, BENCH_DB_USER, BENCH_DB_PASSWORD run the server on that (empty) PostgreSQL schema instead of H2.
set -euo pipefail
cd "$(dirname "$0")/.."

offline=-o
if [[ "${BENCH_ONLINE:-}" == 1 ]]; then offline=; fi
mvn -B -q $offline -pl server,bench -am package -DskipTests

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%dT%H:%MZ)"
java -cp bench/target/benchmarks.jar io.slipway.bench.EngineBenchmark server/target/slipway.jar "$@" 2>/dev/null
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
