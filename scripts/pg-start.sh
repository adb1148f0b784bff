#!/usr/bin/env bash
# Start a throwaway PostgreSQL cluster on 127.0.0.1:$PGPORT for tests (installs the server with apt if absent).
# usage: eval "$(scripts/pg-start.sh)"   -> exports DATABASE_URL, PGROOT, PGBIN, PGADMIN_URL
# The cluster is throwaway: fsync and full-page writes are off, so 200 tests creating and dropping databases at
# once do not queue on the disk (a CI run on a loaded machine once failed in this step).
# As root the server runs as the 'postgres' system user created by the Debian package.
set -euo pipefail
PGPORT=${PGPORT:-54329}
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql; } >&2
fi
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PGROOT=${PGROOT:-$(mktemp -d "${TMPDIR:-/tmp}/pgtest.XXXXXX")}
mkdir -p "$PGROOT"
RUNAS=()
if [ "$(id -u)" = 0 ]; then
  chown postgres:postgres "$PGROOT"
  chmod 755 "$PGROOT"
  RUNAS=(runuser -u postgres --)
fi
"${RUNAS[@]}" "$PGBIN/initdb" -D "$PGROOT/data" -U app --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync >"$PGROOT/initdb.log"
"${RUNAS[@]}" "$PGBIN/pg_ctl" -D "$PGROOT/data" -l "$PGROOT/server.log" -w -t 30 \
  -o "-p $PGPORT -k $PGROOT -c listen_addresses=127.0.0.1 -c max_connections=1000 \
     -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >&2
"$PGBIN/createdb" -h 127.0.0.1 -p "$PGPORT" -U app openlgps_test
echo "export PGROOT='$PGROOT' PGBIN='$PGBIN'"
echo "export PGADMIN_URL='postgres://app@127.0.0.1:$PGPORT/postgres?sslmode=disable'"
echo "export DATABASE_URL='postgres://app@127.0.0.1:$PGPORT/openlgps_test?sslmode=disable'"
