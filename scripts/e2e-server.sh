#!/usr/bin/env bash
# Starts the production build for Playwright on the given port, with a fresh embedded database.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${1:-3100}
export PGLITE_DIR=.data/e2e/pglite
export APP_URL="http://localhost:${port}"
export AUTH_SECRET=${AUTH_SECRET:-e2e-secret-not-for-production-0123456789}
rm -rf .data/e2e
mkdir -p .data/e2e
npx tsx scripts/prepare-db.ts
exec npx next start -p "$port"
