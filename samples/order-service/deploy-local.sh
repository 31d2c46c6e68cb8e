#!/bin/sh
# Single-machine deploy target without Kubernetes: runs the site as a local busybox httpd process on
# 127.0.0.1:$PORT, replacing the previous one (its PID is kept in $RUN_DIR). The gateway routes to it.
set -eu
: "${PORT:?PORT is required}" "${RUN_DIR:?RUN_DIR is required}"
mkdir -p "$RUN_DIR/site"
if [ -f "$RUN_DIR/httpd.pid" ]; then
    kill "$(cat "$RUN_DIR/httpd.pid")" 2>/dev/null || true
    for i in $(seq 1 50); do kill -0 "$(cat "$RUN_DIR/httpd.pid")" 2>/dev/null || break; sleep 0.1; done
fi
rm -rf "$RUN_DIR/site" && cp -r site "$RUN_DIR/site"
httpd_cmd="busybox httpd"
command -v busybox >/dev/null 2>&1 || httpd_cmd=""
if [ -n "$httpd_cmd" ]; then
    nohup busybox httpd -f -p "127.0.0.1:$PORT" -h "$RUN_DIR/site" > "$RUN_DIR/httpd.log" 2>&1 &
else
    nohup python3 -m http.server "$PORT" --bind 127.0.0.1 --directory "$RUN_DIR/site" > "$RUN_DIR/httpd.log" 2>&1 &
fi
echo $! > "$RUN_DIR/httpd.pid"
for i in $(seq 1 100); do
    if curl -fsS "http://127.0.0.1:$PORT/" >/dev/null 2>&1; then
        echo "deployed: $(curl -fsS "http://127.0.0.1:$PORT/") on 127.0.0.1:$PORT (pid $(cat "$RUN_DIR/httpd.pid"))"
        exit 0
    fi
    sleep 0.1
done
echo "the service did not answer on 127.0.0.1:$PORT" >&2
exit 1
