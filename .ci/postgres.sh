#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server on 127.0.0.1 for the tests and prints its URL.
# Installs the server from Debian's packages when it is missing. Usage:
#   eval "$(bash .ci/postgres.sh)"   # exports GOALBOT_TEST_POSTGRES_URL
set -euo pipefail

port="${GOALBOT_TEST_PG_PORT:-54329}"
root="${GOALBOT_TEST_PG_DIR:-/tmp/goalbot-pg}"

find_bin() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
  done
  return 1
}

bin=$(find_bin || true)
if [ -z "$bin" ]; then
  echo "installing PostgreSQL server ..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
  bin=$(find_bin)
fi

run_as_postgres() {
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    su postgres -s /bin/bash -c "$*"
  else
    bash -c "$*"
  fi
}

if ! "$bin/pg_isready" -q -h 127.0.0.1 -p "$port"; then
  rm -rf "$root"
  mkdir -p "$root"
  [ "$(id -u)" = 0 ] && chown postgres "$root"
  run_as_postgres "'$bin/initdb' -D '$root/data' -U goalbot --auth=trust -E UTF8 --locale=C.UTF-8" >/dev/null
  run_as_postgres "'$bin/pg_ctl' -D '$root/data' -l '$root/log' -w -o '-h 127.0.0.1 -p $port -k $root' start" >/dev/null
  run_as_postgres "'$bin/createdb' -h 127.0.0.1 -p $port -U goalbot goalbot_test"
fi
echo "export GOALBOT_TEST_POSTGRES_URL=postgresql://goalbot@127.0.0.1:$port/goalbot_test"
