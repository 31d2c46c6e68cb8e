#!/usr/bin/env bash
# Installs and starts the real services Slipway's tests talk to (see shared SERVICES.md).
# Sourced by .ci/run; developers may source it too. Idempotent: what runs already is left alone.

SLIPWAY_SERVICE_PIDS=()

apt_install() {
  local missing=()
  for pkg in "$@"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    if [ -z "${SLIPWAY_APT_UPDATED:-}" ]; then
      apt-get update -qq
      SLIPWAY_APT_UPDATED=1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

start_postgres() {
  apt_install postgresql
  local version
  version=$(ls /etc/postgresql | sort -n | tail -1)
  if ! pg_lsclusters -h | awk '{print $4}' | grep -q online; then
    pg_ctlcluster "$version" main start
  fi
  su postgres -c "psql -tAc \"SELECT 1 FROM pg_roles WHERE rolname='slipway'\"" | grep -q 1 \
    || su postgres -c "psql -q -c \"CREATE USER slipway PASSWORD 'slipway' SUPERUSER\""
  export SLIPWAY_TEST_PG_URL="jdbc:postgresql://127.0.0.1:5432/postgres"
  export SLIPWAY_TEST_PG_USER=slipway
  export SLIPWAY_TEST_PG_PASSWORD=slipway
}

# Chromium and its driver for the browser tests (nothing to start: each test starts its own headless browser).
start_chromium() {
  apt_install chromium chromium-driver
}

# Docker engine without a bridge network (containers use --network host) and a registry on
# 127.0.0.1:5000 with its own storage folder, as shared SERVICES.md describes. Docker Hub is out of
# reach: test images start FROM scratch with the static busybox (/bin/busybox from busybox-static).
start_docker() {
  apt_install docker.io docker-registry busybox-static
  local dir="${SLIPWAY_SERVICES_DIR:-/tmp/slipway-services}"
  mkdir -p "$dir"
  if ! docker -H unix:///var/run/docker.sock version >/dev/null 2>&1; then
    dockerd --host=unix:///var/run/docker.sock --bridge=none --iptables=false --ip6tables=false \
      >"$dir/dockerd.log" 2>&1 &
    SLIPWAY_SERVICE_PIDS+=("$!")
  fi
  if ! curl -fsS http://127.0.0.1:5000/v2/ >/dev/null 2>&1; then
    mkdir -p "$dir/registry-storage"
    cat >"$dir/registry.yml" <<YAML
version: 0.1
storage:
  filesystem:
    rootdirectory: $dir/registry-storage
http:
  addr: 127.0.0.1:5000
YAML
    docker-registry serve "$dir/registry.yml" >"$dir/registry.log" 2>&1 &
    SLIPWAY_SERVICE_PIDS+=("$!")
  fi
  local i
  for i in $(seq 1 60); do
    docker -H unix:///var/run/docker.sock version >/dev/null 2>&1 && break
    sleep 1
  done
  docker -H unix:///var/run/docker.sock version >/dev/null 2>&1 \
    || { echo "dockerd did not answer within 60 s; see $dir/dockerd.log" >&2; return 1; }
  for i in $(seq 1 30); do
    curl -fsS http://127.0.0.1:5000/v2/ >/dev/null 2>&1 && break
    sleep 1
  done
  curl -fsS http://127.0.0.1:5000/v2/ >/dev/null 2>&1 \
    || { echo "the registry did not answer on 127.0.0.1:5000 within 30 s; see $dir/registry.log" >&2; return 1; }
  export DOCKER_HOST=unix:///var/run/docker.sock
  export SLIPWAY_TEST_DOCKER=1
  export SLIPWAY_TEST_REGISTRY=127.0.0.1:5000
}

# Tools that check the deploy/ files (nothing to start): docker-compose validates the compose file,
# kubectl dry-runs the Kubernetes manifests (against a discovery stand-in the test starts). The machine
# image ships a kubectl; where it does not, Debian's kubernetes-client provides one.
install_deploy_tools() {
  apt_install docker-compose
  command -v kubectl >/dev/null 2>&1 || apt_install kubernetes-client
}

start_services() {
  start_postgres
  start_chromium
  start_docker
  install_deploy_tools
}

stop_services() {
  for pid in "${SLIPWAY_SERVICE_PIDS[@]:-}"; do
    [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
  done
}
