#!/usr/bin/env bash
# Installs npm packages when node_modules is missing or package-lock.json changed since the last install.
set -euo pipefail
cd "$(dirname "$0")/.."
stamp=node_modules/.install-stamp
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "› Installing npm packages (npm ci)…"
  npm ci --no-audit --no-fund
  echo "$want" > "$stamp"
fi
