#!/usr/bin/env bash
# Slipway's quick start, end to end on this machine: starts Slipway (H2, local executor, embedded
# gateway node), creates a Git repository with samples/order-service, pushes a commit whose webhook
# releases version 1 behind the gateway, pushes version 2, then rolls back to version 1 through the
# API, checking through the gateway after each step. Prints each step, cleans up what it started, and
# exits non-zero when any step fails.
# Usage: samples/demo.sh            (builds the jar first when it is missing)
# Ports: SLIPWAY_PORT (default 18080), SLIPWAY_GATEWAY_PROXY_PORT (18000), SLIPWAY_GATEWAY_ADMIN_PORT (18001).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

export SLIPWAY_PORT=${SLIPWAY_PORT:-18080}
export SLIPWAY_GATEWAY_PROXY_PORT=${SLIPWAY_GATEWAY_PROXY_PORT:-18000}
export SLIPWAY_GATEWAY_ADMIN_PORT=${SLIPWAY_GATEWAY_ADMIN_PORT:-18001}
API="http://127.0.0.1:$SLIPWAY_PORT"
GATEWAY="http://127.0.0.1:$SLIPWAY_GATEWAY_PROXY_PORT"
WORK=$(mktemp -d /tmp/slipway-demo.XXXXXX)
export SLIPWAY_DATA="$WORK/data"
export SLIPWAY_ADMIN_TOKEN="demo-$(head -c12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
export SLIPWAY_GATEWAY_DATA="$WORK/data/gateway"
WEBHOOK_SECRET="demo-webhook-$(head -c12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
SERVER_PID=""

step() { printf '\n==> %s\n' "$*"; }
fail() { printf '\nDEMO FAILED: %s\n' "$*" >&2; [ -f "$WORK/server.log" ] && tail -40 "$WORK/server.log" >&2; exit 1; }

cleanup() {
    local code=$?
    step "Cleaning up"
    if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
    for pidfile in /tmp/slipway-order-service/*/httpd.pid; do
        [ -f "$pidfile" ] && kill "$(cat "$pidfile")" 2>/dev/null || true
    done
    rm -rf "$WORK" /tmp/slipway-order-service
    [ "$code" -eq 0 ] && printf '\nDEMO PASSED\n'
    exit "$code"
}
trap cleanup EXIT

api() {  # api METHOD PATH [JSON]: prints the body, fails on HTTP >= 400
    local method=$1 path=$2 body=${3:-}
    if [ -n "$body" ]; then
        curl -fsS -X "$method" -H "Authorization: Bearer $SLIPWAY_ADMIN_TOKEN" -H 'Content-Type: application/json' \
            --data "$body" "$API$path"
    else
        curl -fsS -X "$method" -H "Authorization: Bearer $SLIPWAY_ADMIN_TOKEN" "$API$path"
    fi
}
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1], {}, {'d': d}))" "$1"; }

wait_for_build() {  # wait_for_build NUMBER: waits (bounded) until it ends; fails unless SUCCESS
    local number=$1 status=""
    for _ in $(seq 1 600); do
        status=$(api GET "/api/jobs/order-service/builds/$number" 2>/dev/null | json "d['status']" || true)
        case "$status" in SUCCESS) echo "build #$number: SUCCESS"; return 0 ;;
            FAILURE|ABORTED|UNSTABLE|NOT_BUILT)
                api GET "/api/jobs/order-service/builds/$number/log" | tail -30
                fail "build #$number ended $status" ;;
        esac
        sleep 0.2
    done
    fail "build #$number did not end within 120 s (last status: ${status:-none})"
}

expect_version() {  # expect_version N: the gateway answers with version N
    local answer
    answer=$(curl -fsS "$GATEWAY/dev/orders/" || true)
    echo "GET $GATEWAY/dev/orders/ -> $answer"
    [ "$answer" = "order-service version $1" ] || fail "expected version $1 through the gateway"
}

push_version() {  # push_version N: commits VERSION=N and pushes; the repository's hook sends the webhook
    echo "$1" > "$WORK/order-service/VERSION"
    git -C "$WORK/order-service" commit -qam "order-service version $1"
    git -C "$WORK/order-service" push -q origin main 2>&1
}

step "Building Slipway (skipped when server/target/slipway.jar exists)"
[ -f server/target/slipway.jar ] || mvn -B -q package -DskipTests

step "Starting Slipway on $API (gateway proxy $GATEWAY)"
java -jar server/target/slipway.jar > "$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 300); do
    curl -fsS "$API/api/health" >/dev/null 2>&1 && break
    kill -0 "$SERVER_PID" 2>/dev/null || fail "the server exited"
    sleep 0.2
done
curl -fsS "$API/api/health" >/dev/null || fail "the server did not become ready"
echo "ready"

step "Creating a Git repository with order-service (a bare 'remote' and a working copy)"
git init -q --bare -b main "$WORK/order-service.git"
cp -r samples/order-service "$WORK/order-service"
git -C "$WORK/order-service" init -q -b main
git -C "$WORK/order-service" -c user.name=Demo -c user.email=demo@example.com add -A
git -C "$WORK/order-service" -c user.name=Demo -c user.email=demo@example.com commit -qm "order-service version 1"
git -C "$WORK/order-service" config user.name Demo
git -C "$WORK/order-service" config user.email demo@example.com
git -C "$WORK/order-service" remote add origin "$WORK/order-service.git"

step "Installing the repository's post-receive hook: it sends a GitHub-format push webhook, signed"
cat > "$WORK/order-service.git/hooks/post-receive" <<HOOK
#!/usr/bin/env bash
# Sends what GitHub sends on a push: the event, a delivery id and the HMAC-SHA256 signature of the body.
while read -r before after ref; do
    body=\$(printf '{"ref":"%s","before":"%s","after":"%s","repository":{"clone_url":"%s","full_name":"demo/order-service"},"pusher":{"name":"Demo"},"head_commit":{"id":"%s"}}' \\
        "\$ref" "\$before" "\$after" "$WORK/order-service.git" "\$after")
    signature=\$(printf '%s' "\$body" | openssl dgst -sha256 -hmac "$WEBHOOK_SECRET" | sed 's/^.* //')
    curl -fsS -X POST "$API/webhooks/github" -H 'Content-Type: application/json' \\
        -H 'X-GitHub-Event: push' -H "X-GitHub-Delivery: \$(cat /proc/sys/kernel/random/uuid)" \\
        -H "X-Hub-Signature-256: sha256=\$signature" --data "\$body" && echo
done
HOOK
chmod +x "$WORK/order-service.git/hooks/post-receive"

step "Creating the job 'order-service' for that repository, with the webhook secret"
api POST /api/jobs "{\"name\": \"order-service\", \"repository\": {\"url\": \"$WORK/order-service.git\", \"branch\": \"main\"}, \"webhook\": {\"secret\": \"$WEBHOOK_SECRET\"}}" >/dev/null
echo "created"

step "Pushing version 1: the webhook starts the release"
git -C "$WORK/order-service" push -q -u origin main 2>&1
wait_for_build 1
expect_version 1

step "Pushing version 2"
push_version 2
wait_for_build 2
expect_version 2

step "Deployments of order-service to dev"
api GET "/api/jobs/order-service/deployments?environment=dev" \
    | json "'\n'.join('deployment %s: build #%s at %s (%s)' % (x['id'], x['build'], x['at'], x['cause']) for x in d)"
recorded=$(api GET "/api/jobs/order-service/deployments?environment=dev" | json "sorted(x['build'] for x in d)")
[ "$recorded" = "[1, 2]" ] || fail "expected deployments of builds 1 and 2 to dev, found builds $recorded"
first=$(api GET "/api/jobs/order-service/deployments?environment=dev" | json "[x['id'] for x in d if x['build'] == 1][0]")

step "Rolling back to deployment $first (build #1) through the API"
rollback=$(api POST "/api/jobs/order-service/deployments/$first/rollback" '{}' | json "d['number']")
echo "rollback build #$rollback"
wait_for_build "$rollback"
expect_version 1
