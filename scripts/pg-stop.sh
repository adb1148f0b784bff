#!/usr/bin/env bash
# Stop the cluster started by pg-start.sh (needs PGROOT and PGBIN) and remove its files.
set -euo pipefail
RUNAS=(); [ "$(id -u)" = 0 ] && RUNAS=(runuser -u postgres --)
"${RUNAS[@]}" "$PGBIN/pg_ctl" -D "$PGROOT/data" -m fast -w stop >&2 || true
rm -rf "$PGROOT"
