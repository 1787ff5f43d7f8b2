#!/usr/bin/env bash
# Starts the production build for Playwright on the given port, with a fresh embedded database
# and the local Stripe-compatible server delivering webhooks to it. Stops both on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${1:-3100}
stripe_port=${STRIPE_LOCAL_PORT:-12112}
export PGLITE_DIR=.data/e2e/pglite
export APP_URL="http://localhost:${port}"
export AUTH_SECRET=${AUTH_SECRET:-e2e-secret-not-for-production-0123456789}
export STRIPE_LOCAL_URL="http://127.0.0.1:${stripe_port}"
export STRIPE_WEBHOOK_SECRET=whsec_e2e_local_secret
export SEAT_HOLD_MINUTES=1
export LOCAL_MAIL_INBOX=1
rm -rf .data/e2e
mkdir -p .data/e2e
npx tsx scripts/prepare-db.ts

trap 'kill $(jobs -p) 2>/dev/null || true' EXIT INT TERM
STRIPE_LOCAL_PORT=$stripe_port STRIPE_LOCAL_WEBHOOK_URL="${APP_URL}/api/stripe/webhook" STRIPE_LOCAL_RETRY_SCALE=0.2 STRIPE_WEBHOOK_SECRET=$STRIPE_WEBHOOK_SECRET \
  npx tsx tools/stripe-local/main.ts &
npx next start -p "$port" &
wait -n
