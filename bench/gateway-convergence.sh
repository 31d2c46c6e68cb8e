#!/usr/bin/env bash
# Two gateway nodes on one PostgreSQL: time from a change answered by node A's Admin API to node B
# serving the same configuration_hash (goal: under 1 s). Starts PostgreSQL like CI does.
# Usage: bench/gateway-convergence.sh [changes, default 200]
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/services.sh
start_postgres >/dev/null

offline=-o
if [[ "${BENCH_ONLINE:-}" == 1 ]]; then offline=; fi
mvn -B -q $offline -pl bench -am package -DskipTests

java -cp bench/target/benchmarks.jar io.slipway.bench.GatewayConvergence "$@" 2>/dev/null
