# Shared set-up of the gateway benchmarks (bench/gateway.sh, bench/gateway-ab.sh); sourced, not run.
#
# It gives each script the same pieces, so that both measure against the same upstream and start
# and stop their processes the same way:
#   bench_init PREFIX          a scratch folder WORK=/tmp/PREFIX.XXXXXX, the PIDS array, and an EXIT
#                              trap that kills and reaps exactly those PIDs, then removes WORK
#   bench_tools                installs Debian's nginx and wrk when either is missing
#   free_port                  a free TCP port on 127.0.0.1
#   wait_http URL [HEADER]     waits up to 30 s (300 tries) for URL to answer 2xx; fails otherwise
#   start_upstream DIR PORT    the upstream: nginx on core 1, 1 worker, keep-alive, 100-byte body
#   start_nginx_proxy DIR PORT UPSTREAM_PORT
#                              nginx as the reference reverse proxy (1 worker, keep-alive pool of 64)
#   write_plain_config FILE UPSTREAM_PORT
#                              the gateway's Kong declarative file: one service and one route "/"
# and BENCH_GATEWAY_JVM_FLAGS, the JVM flags the recorded figures were taken with.

BENCH_GATEWAY_JVM_FLAGS="-Xms64m -Xmx64m -XX:+UseSerialGC -XX:MaxDirectMemorySize=64m -Xss512k -Xshare:auto -Dio.netty.leakDetection.level=disabled"
BENCH_BODY=$(head -c 100 /dev/zero | tr '\0' 'x')

bench_init() { # prefix
  WORK=$(mktemp -d "/tmp/$1.XXXXXX")
  PIDS=()
  trap bench_cleanup EXIT
}

bench_cleanup() {
  for pid in "${PIDS[@]:-}"; do
    [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
  done
  for pid in "${PIDS[@]:-}"; do
    [ -n "$pid" ] && wait "$pid" 2>/dev/null || true
  done
  rm -rf "$WORK"
}

bench_tools() {
  if ! command -v nginx >/dev/null 2>&1 || ! command -v wrk >/dev/null 2>&1; then
    apt-get install -y nginx wrk >/dev/null
  fi
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

wait_http() { # url [header]
  for _ in $(seq 1 300); do
    if curl -fsS -o /dev/null ${2:+-H "$2"} "$1" 2>/dev/null; then return 0; fi
    sleep 0.1
  done
  echo "not answering: $1" >&2; return 1
}

# nginx with its own config and -p prefix in DIR (never the system service), pinned to core 1.
start_nginx() { # dir
  mkdir -p "$1/logs"
  taskset -c 1 "$(command -v nginx)" -p "$1" -c "$1/nginx.conf" & PIDS+=($!)
}

start_upstream() { # dir port
  mkdir -p "$1"
  cat > "$1/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $1/nginx.pid;
error_log $1/logs/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  keepalive_requests 10000000;
  keepalive_timeout 120s;
  server {
    listen 127.0.0.1:$2 backlog=4096;
    location / { default_type text/plain; return 200 "$BENCH_BODY"; }
  }
}
CONF
  start_nginx "$1"
}

start_nginx_proxy() { # dir port upstream-port
  mkdir -p "$1"
  cat > "$1/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $1/nginx.pid;
error_log $1/logs/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  keepalive_requests 10000000;
  upstream up { server 127.0.0.1:$3; keepalive 64; }
  server {
    listen 127.0.0.1:$2 backlog=4096;
    location / {
      proxy_pass http://up;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
    }
  }
}
CONF
  start_nginx "$1"
}

write_plain_config() { # file upstream-port
  cat > "$1" <<CONF
_format_version: "3.0"
services:
  - name: bench
    url: http://127.0.0.1:$2
    routes:
      - name: bench
        paths: ["/"]
CONF
}
