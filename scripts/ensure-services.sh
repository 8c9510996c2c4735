#!/usr/bin/env bash
# PostgreSQL and Redis for the tests and for `make run` when DATABASE_URL / REDIS_URL point at this machine.
# Installs them from Debian's packages when missing, starts them, and lets the role named in DATABASE_URL
# connect the way the URL says: with its password when it has one, by local trust on 127.0.0.1 otherwise.
# Idempotent: run it as often as you like.
#
#   DATABASE_URL=postgres://fvp:fvp@127.0.0.1:5432/fvp REDIS_URL=redis://127.0.0.1:6379/0 scripts/ensure-services.sh
set -euo pipefail

DATABASE_URL="${DATABASE_URL:-postgres://fvp:fvp@127.0.0.1:5432/fvp}"
REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379/0}"
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi

apt_updated=
apt_install() {
  if [ -z "$apt_updated" ]; then $SUDO apt-get update -qq; apt_updated=1; fi
  echo "Installing Debian packages: $*"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$@" >/dev/null
}

# --- PostgreSQL -------------------------------------------------------------------------------------------
read -r PGUSER_ PGPASS_ PGHOST_ PGPORT_ PGDB_ < <(python3 - "$DATABASE_URL" <<'PY'
import sys
from urllib.parse import urlsplit, unquote
url = urlsplit(sys.argv[1])
print(unquote(url.username or "postgres"), unquote(url.password or "") or "-", url.hostname or "127.0.0.1",
      url.port or 5432, (url.path or "/postgres").lstrip("/") or "postgres")
PY
)
[ "$PGPASS_" = "-" ] && PGPASS_=

if [ -z "$(ls /usr/lib/postgresql/*/bin/postgres 2>/dev/null)" ]; then
  apt_install postgresql postgresql-contrib
fi
if ! pg_isready -h "$PGHOST_" -p "$PGPORT_" -q 2>/dev/null; then
  version="$(ls /usr/lib/postgresql | sort -V | tail -1)"
  if ! pg_lsclusters -h 2>/dev/null | grep -q "^$version main"; then
    $SUDO pg_createcluster "$version" main >/dev/null
  fi
  $SUDO pg_ctlcluster --skip-systemctl-redirect "$version" main start
  for _ in $(seq 1 50); do pg_isready -h "$PGHOST_" -p "$PGPORT_" -q && break; sleep 0.2; done
fi
pg_isready -h "$PGHOST_" -p "$PGPORT_" -q || { echo "PostgreSQL does not answer on $PGHOST_:$PGPORT_" >&2; exit 1; }

as_postgres() {
  if [ "$(id -un)" = postgres ]; then "$@"
  elif [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"
  else sudo -u postgres "$@"; fi
}
sql() { as_postgres psql -p "$PGPORT_" -qAtX -v ON_ERROR_STOP=1 "$@"; }
quoted_pass="${PGPASS_//\'/\'\'}"
if [ "$PGUSER_" != postgres ]; then
  if [ "$(sql -c "SELECT 1 FROM pg_roles WHERE rolname = '$PGUSER_'")" != 1 ]; then
    sql -c "CREATE ROLE \"$PGUSER_\" LOGIN"
  fi
  # The tests create and drop their own database and the extensions the directory search uses.
  sql -c "ALTER ROLE \"$PGUSER_\" CREATEDB SUPERUSER"
fi
if [ -n "$PGPASS_" ]; then
  sql -c "ALTER ROLE \"$PGUSER_\" PASSWORD '$quoted_pass'"
else
  # No password in the URL: trust this role on the loopback, as a developer's machine usually does.
  hba="$(sql -c 'SHOW hba_file')"
  rule="host all $PGUSER_ 127.0.0.1/32 trust"
  if ! $SUDO grep -qxF "$rule" "$hba"; then
    $SUDO sed -i "1i $rule" "$hba"
    sql -c 'SELECT pg_reload_conf()' >/dev/null
  fi
fi
if [ "$(sql -c "SELECT 1 FROM pg_database WHERE datname = '$PGDB_'")" != 1 ]; then
  sql -c "CREATE DATABASE \"$PGDB_\" OWNER \"$PGUSER_\""
fi
echo "PostgreSQL ready: $PGUSER_@$PGHOST_:$PGPORT_/$PGDB_"

# --- Redis ------------------------------------------------------------------------------------------------
read -r RHOST_ RPORT_ < <(python3 - "$REDIS_URL" <<'PY'
import sys
from urllib.parse import urlsplit
url = urlsplit(sys.argv[1])
print(url.hostname or "127.0.0.1", url.port or 6379)
PY
)
command -v redis-server >/dev/null 2>&1 || apt_install redis-server
if ! redis-cli -h "$RHOST_" -p "$RPORT_" ping >/dev/null 2>&1; then
  redis-server --daemonize yes --bind "$RHOST_" --port "$RPORT_" --save "" --appendonly no >/dev/null
  for _ in $(seq 1 50); do redis-cli -h "$RHOST_" -p "$RPORT_" ping >/dev/null 2>&1 && break; sleep 0.1; done
fi
redis-cli -h "$RHOST_" -p "$RPORT_" ping >/dev/null || { echo "Redis does not answer on $RHOST_:$RPORT_" >&2; exit 1; }
echo "Redis ready: $RHOST_:$RPORT_"
