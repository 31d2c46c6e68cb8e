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

start_services() {
  start_postgres
  start_chromium
}

stop_services() {
  for pid in "${SLIPWAY_SERVICE_PIDS[@]:-}"; do
    [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
  done
}
