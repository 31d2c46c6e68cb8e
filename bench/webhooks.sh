#!/usr/bin/env bash
# The webhook benchmark: starts server/target/slipway.jar and sends GitHub-signed push deliveries over
# loopback: webhook to first step (sequential pushes of new commits), then 1,000 deliveries at once
# (a tenth of them redeliveries): every one recorded once, one merged build. See bench/README.md.
# Usage: bench/webhooks.sh [latency samples, default 50] [burst, default 1000]
set -euo pipefail
cd "$(dirname "$0")/.."

offline=-o
if [[ "${BENCH_ONLINE:-}" == 1 ]]; then offline=; fi
mvn -B -q $offline -pl server,bench -am package -DskipTests

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%dT%H:%MZ)"
java -cp bench/target/benchmarks.jar io.slipway.bench.WebhookBenchmark server/target/slipway.jar "$@" 2>/dev/null
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
