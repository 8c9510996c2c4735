#!/usr/bin/env bash
# `make audit`: Lighthouse scores of the main page types (mobile), on the site served by gunicorn with
# production settings. Installs Lighthouse from npm into var/tools/lighthouse (not committed) on first use.
# Lighthouse 12.2.3: the last release that runs on Debian's Node 20 (13 wants Node 22).
set -euo pipefail
cd "$(dirname "$0")/.."
LIGHTHOUSE_VERSION=12.2.3
TOOLS=var/tools/lighthouse

if ! command -v npm >/dev/null 2>&1 || [ ! -x /usr/bin/chromium ]; then
  echo "Installing Debian packages: nodejs npm chromium"
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends nodejs npm chromium
fi
if [ "$("$TOOLS/node_modules/.bin/lighthouse" --version 2>/dev/null)" != "$LIGHTHOUSE_VERSION" ]; then
  echo "Installing lighthouse@$LIGHTHOUSE_VERSION into $TOOLS"
  mkdir -p "$TOOLS"
  npm install --prefix "$TOOLS" --no-audit --no-fund --silent -E "lighthouse@$LIGHTHOUSE_VERSION"
fi
exec .venv/bin/python scripts/audit.py "$@"
