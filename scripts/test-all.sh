#!/usr/bin/env bash
# The README's second command: install what the tests need, then run every test —
# type check, lint and format, unit, integration (embedded database; PostgreSQL too when TEST_DATABASE_URL is set)
# and end-to-end (Playwright on Debian's Chromium against a production build).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-deps.sh
bash scripts/ensure-chromium.sh

echo "› Type check"
npx tsc --noEmit

echo "› Lint and format (ESLint, Prettier)"
npm run lint --silent

echo "› Unit and integration tests"
npx vitest run

echo "› Content check and production build"
npm run build --silent

echo "› End-to-end tests"
npx playwright test
