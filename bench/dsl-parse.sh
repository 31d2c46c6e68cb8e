#!/usr/bin/env bash
# Builds the benchmarks jar and measures parsing a generated 2,000-line declarative Jenkinsfile
# (1 fork, 5 warm-up and 5 measured iterations of 1 s; about 15 s on two cores).
# Usage: bench/dsl-parse.sh [extra JMH options, e.g. -p lines=500]
set -euo pipefail
cd "$(dirname "$0")/.."

offline=-o
if [[ "${BENCH_ONLINE:-}" == 1 ]]; then offline=; fi
mvn -B -q $offline -pl bench -am package -DskipTests

java -jar bench/target/benchmarks.jar 'io.slipway.bench.DslParseBenchmark' -rf text -rff bench/target/dsl-parse.txt "$@"
