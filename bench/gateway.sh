#!/usr/bin/env bash
# Gateway proxy benchmark: nginx (reverse proxy) vs the Slipway gateway, same upstream, same load.
#
# One run on loopback: a fast upstream (nginx answering a 100-byte body, keep-alive), nginx as a
# reverse proxy (1 worker, keep-alive pool to the upstream) and the gateway jar (DB-less --config,
# one service/route to the same upstream; then a second configuration with key-auth and
# rate-limiting on the route). wrk -t2 -c64 on core 0, everything else on core 1. The JVM is warmed
# up first (its first 25 s measure the JIT), then nginx and the gateway are measured in interleaved
# rounds and medians are reported. Raw wrk outputs go to bench/results/gateway-<time>/.
#
# Environment: ROUNDS (3), DURATION seconds per load run (10), WARMUP seconds (30),
# GATEWAY_JVM_FLAGS (default: BENCH_GATEWAY_JVM_FLAGS in bench/lib.sh), GATEWAY_THREADS (1, event loops), AUTH (1 = also run
# the key-auth + rate-limiting configuration), GATEWAY_JAR (another build of the jar, for A/B runs).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-10}
WARMUP=${WARMUP:-30}
AUTH=${AUTH:-1}
GATEWAY_THREADS=${GATEWAY_THREADS:-1}
JAR=${GATEWAY_JAR:-"$ROOT/gateway/target/slipway-gateway.jar"}
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
OUT="$ROOT/bench/results/gateway-$STAMP"
source "$ROOT/bench/lib.sh"
GATEWAY_JVM_FLAGS=${GATEWAY_JVM_FLAGS:-$BENCH_GATEWAY_JVM_FLAGS}
bench_init slipway-gwbench
bench_tools
if [ ! -f "$JAR" ]; then
  (cd "$ROOT" && mvn -B -q -o -pl gateway -am package -DskipTests)
fi
mkdir -p "$OUT"

UP_PORT=$(free_port); NGX_PORT=$(free_port); GW_PORT=$(free_port); GW_ADMIN=$(free_port)

# --- the upstream (nginx answering 100 bytes with keep-alive) and nginx as the reference proxy -------
start_upstream "$WORK/up" "$UP_PORT"
start_nginx_proxy "$WORK/proxy" "$NGX_PORT" "$UP_PORT"
wait_http "http://127.0.0.1:$UP_PORT/"
wait_http "http://127.0.0.1:$NGX_PORT/"

# --- gateway configurations (Kong declarative format) ------------------------------------------------
write_plain_config "$WORK/plain.yml" "$UP_PORT"
cat > "$WORK/auth.yml" <<CONF
_format_version: "3.0"
services:
  - name: bench
    url: http://127.0.0.1:$UP_PORT
    routes:
      - name: bench
        paths: ["/"]
        plugins:
          - name: key-auth
          - name: rate-limiting
            config: { second: 100000000, policy: local }
consumers:
  - username: bench
    keyauth_credentials:
      - key: bench-key
CONF

GW_PID=""
start_gateway() { # config-file
  SLIPWAY_GATEWAY_PROXY_LISTEN=127.0.0.1 SLIPWAY_GATEWAY_PROXY_PORT=$GW_PORT \
  SLIPWAY_GATEWAY_ADMIN_PORT=$GW_ADMIN SLIPWAY_GATEWAY_DATA="$WORK/data" \
  SLIPWAY_GATEWAY_PROXY_THREADS=$GATEWAY_THREADS \
    taskset -c 1 java $GATEWAY_JVM_FLAGS -jar "$JAR" --config "$1" > "$OUT/gateway-$(basename "$1" .yml).log" 2>&1 &
  GW_PID=$!
  PIDS+=($GW_PID)
}
stop_gateway() {
  kill "$GW_PID" 2>/dev/null || true
  wait "$GW_PID" 2>/dev/null || true
}
rss_mib() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$1/status"; }

# wrk's "Requests/sec" and its 99% latency in ms
rps_of() { awk '/Requests\/sec/ {print $2}' "$1"; }
p99_of() {
  awk '$1=="99%" { v=$2; if (v ~ /us$/) {sub(/us/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v*=1000}; print v }' "$1"
}
load() { # name url seconds [header]
  local file="$OUT/$1.txt"
  taskset -c 0 wrk -t2 -c64 -d"$3"s --latency ${4:+-H "$4"} "$2" > "$file"
  echo "$file"
}
median() { sort -g | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

# --- runs ---------------------------------------------------------------------------------------------
echo "results: $OUT"
load upstream-direct "http://127.0.0.1:$UP_PORT/" "$DURATION" >/dev/null

measure() { # label config-file header
  local label=$1 config=$2 header=${3:-}
  start_gateway "$config"
  wait_http "http://127.0.0.1:$GW_PORT/" "$header"
  if [ -n "$header" ]; then
    local unauth; unauth=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$GW_PORT/")
    [ "$unauth" = 401 ] || echo "WARNING: without a key the $label gateway answered $unauth, not 401: plugins are not active" | tee -a "$OUT/summary.txt"
  fi
  echo "warming the $label gateway for ${WARMUP}s"
  load "$label-warmup" "http://127.0.0.1:$GW_PORT/" "$WARMUP" "$header" >/dev/null
  for r in $(seq 1 "$ROUNDS"); do
    load "$label-round$r-nginx" "http://127.0.0.1:$NGX_PORT/" "$DURATION" >/dev/null
    load "$label-round$r-gateway" "http://127.0.0.1:$GW_PORT/" "$DURATION" "$header" >/dev/null
  done
  local rss; rss=$(rss_mib "$GW_PID")
  stop_gateway
  local n_rps g_rps n_p99 g_p99
  n_rps=$(for r in $(seq 1 "$ROUNDS"); do rps_of "$OUT/$label-round$r-nginx.txt"; done | median)
  g_rps=$(for r in $(seq 1 "$ROUNDS"); do rps_of "$OUT/$label-round$r-gateway.txt"; done | median)
  n_p99=$(for r in $(seq 1 "$ROUNDS"); do p99_of "$OUT/$label-round$r-nginx.txt"; done | median)
  g_p99=$(for r in $(seq 1 "$ROUNDS"); do p99_of "$OUT/$label-round$r-gateway.txt"; done | median)
  awk -v l="$label" -v nr="$n_rps" -v gr="$g_rps" -v np="$n_p99" -v gp="$g_p99" -v rss="$rss" 'BEGIN {
    printf "%-6s nginx %8.0f req/s p99 %6.2f ms | gateway %8.0f req/s p99 %6.2f ms | throughput ratio %.2f, p99 ratio %.2f, gateway RSS %s MiB\n",
      l, nr, np, gr, gp, gr/nr, gp/np, rss }' | tee -a "$OUT/summary.txt"
}

{
  echo "date: $(date -u +%FT%TZ)  host: $(nproc) cores, $(uname -r)"
  echo "rounds: $ROUNDS x ${DURATION}s, warm-up ${WARMUP}s, wrk -t2 -c64 on core 0, servers on core 1"
  echo "gateway JVM: $GATEWAY_JVM_FLAGS, event loops: $GATEWAY_THREADS, jar: $JAR"
  echo "upstream direct: $(rps_of "$OUT/upstream-direct.txt") req/s"
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$OUT/summary.txt"
measure plain "$WORK/plain.yml"
if [ "$AUTH" = 1 ]; then
  measure auth "$WORK/auth.yml" "apikey: bench-key"
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/summary.txt"
