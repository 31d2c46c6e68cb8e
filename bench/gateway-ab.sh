#!/usr/bin/env bash
# Gateway A/B: two builds of the gateway jar, both warm at once, measured in alternation.
#
# bench/gateway.sh compares the gateway with nginx; this script compares two gateway builds (or two
# sets of JVM flags) with each other, which needs finer resolution than a machine shared with other
# builds gives to throughput alone. One upstream (nginx, 100-byte body, keep-alive) and both gateways
# run on core 1, wrk -t2 -c64 on core 0, as in bench/gateway.sh. After a warm-up of each, the gateways
# are loaded in turn (A B, B A, A B, ...) for ROUNDS pairs of DURATION seconds. Besides requests per
# second it reports the CPU time that each gateway's event-loop thread spent per request (user + system,
# and user alone, from /proc/<pid>/task/<tid>/stat): work per request moves much less with the machine's
# load than throughput does. Medians over the rounds and the median of the per-pair ratios B/A are
# reported; raw lines go to bench/results/gateway-ab-<UTC time>/.
#
# Usage: bench/gateway-ab.sh JAR_A JAR_B   (the same jar twice with FLAGS_A/FLAGS_B to compare flags)
# Environment: ROUNDS (12), DURATION (8), WARMUP (20), FLAGS (JVM flags of both; bench/lib.sh's
# default), FLAGS_A, FLAGS_B (added to FLAGS for one side).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR_A=${1:?usage: bench/gateway-ab.sh JAR_A JAR_B}
JAR_B=${2:?usage: bench/gateway-ab.sh JAR_A JAR_B}
ROUNDS=${ROUNDS:-12}
DURATION=${DURATION:-8}
WARMUP=${WARMUP:-20}
OUT="$ROOT/bench/results/gateway-ab-$(date -u +%Y%m%dT%H%M%SZ)"
source "$ROOT/bench/lib.sh"
FLAGS=${FLAGS:-$BENCH_GATEWAY_JVM_FLAGS}
FLAGS_A=${FLAGS_A:-}
FLAGS_B=${FLAGS_B:-}
bench_init slipway-gwab
bench_tools
mkdir -p "$OUT"

UP=$(free_port)
start_upstream "$WORK/up" "$UP"
write_plain_config "$WORK/plain.yml" "$UP"

declare -A PORT PID TID
for side in A B; do
  jar=$JAR_A; extra=$FLAGS_A
  if [ $side = B ]; then jar=$JAR_B; extra=$FLAGS_B; fi
  PORT[$side]=$(free_port)
  SLIPWAY_GATEWAY_PROXY_LISTEN=127.0.0.1 SLIPWAY_GATEWAY_PROXY_PORT=${PORT[$side]} \
  SLIPWAY_GATEWAY_ADMIN_PORT=$(free_port) SLIPWAY_GATEWAY_DATA="$WORK/data-$side" SLIPWAY_GATEWAY_PROXY_THREADS=1 \
    taskset -c 1 java $FLAGS $extra -jar "$jar" --config "$WORK/plain.yml" > "$OUT/gateway-$side.log" 2>&1 &
  PID[$side]=$!
  PIDS+=(${PID[$side]})
done
wait_http "http://127.0.0.1:$UP/"
for side in A B; do
  wait_http "http://127.0.0.1:${PORT[$side]}/"
  TID[$side]=$(ps -L -o tid,comm -p "${PID[$side]}" | awk '/slipway-proxy/ {print $1; exit}')
done

{
  echo "date: $(date -u +%FT%TZ)  A: $JAR_A $FLAGS_A  B: $JAR_B $FLAGS_B"
  echo "flags: $FLAGS; rounds: $ROUNDS x ${DURATION}s per side, warm-up ${WARMUP}s each"
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$OUT/summary.txt"
for side in A B; do taskset -c 0 wrk -t2 -c64 -d"$WARMUP"s "http://127.0.0.1:${PORT[$side]}/" > /dev/null; done

ticks() { awk -v f="$3" '{print (f == "user") ? $14 : $14 + $15}' "/proc/$1/task/$2/stat"; }
for r in $(seq 1 "$ROUNDS"); do
  order="A B"; [ $((r % 2)) = 0 ] && order="B A"
  for side in $order; do
    c1=$(ticks "${PID[$side]}" "${TID[$side]}" all); u1=$(ticks "${PID[$side]}" "${TID[$side]}" user)
    out=$(taskset -c 0 wrk -t2 -c64 -d"$DURATION"s "http://127.0.0.1:${PORT[$side]}/")
    c2=$(ticks "${PID[$side]}" "${TID[$side]}" all); u2=$(ticks "${PID[$side]}" "${TID[$side]}" user)
    n=$(echo "$out" | awk '/requests in/ {print $1}')
    rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    # clock ticks are 10 ms: ns per request = ticks * 1e7 / requests
    echo "$side $rps $(( (c2 - c1) * 10000000 / n )) $(( (u2 - u1) * 10000000 / n ))"
  done
done > "$OUT/rounds.txt"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/summary.txt"

python3 - "$OUT/rounds.txt" <<'PY' | tee -a "$OUT/summary.txt"
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
col = lambda side, i, scale=1: [float(r[i]) / scale for r in rows if r[0] == side]
a, b = col("A", 1), col("B", 1)
pairs = [y / x for x, y in zip(a, b)]
print(f"req/s: A median {statistics.median(a):.0f}, B median {statistics.median(b):.0f}, "
      f"B/A median of pairs {statistics.median(pairs):.3f} (B ahead in {sum(p > 1 for p in pairs)} of {len(pairs)})")
for name, i in (("event-loop CPU per request", 2), ("of which user mode", 3)):
    ca, cb = col("A", i, 1000), col("B", i, 1000)
    print(f"{name}: A {statistics.median(ca):.2f} us, B {statistics.median(cb):.2f} us, "
          f"B/A {statistics.median(cb) / statistics.median(ca):.3f}")
PY
