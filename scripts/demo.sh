#!/usr/bin/env bash
# The README's first command: install, prepare the embedded database with demo data, build and
# start the whole site. Everything runs locally; no accounts, no Docker, no internet beyond npm.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-3000}

bash scripts/ensure-deps.sh

mkdir -p .data
if [ -z "${AUTH_SECRET:-}" ]; then
  [ -f .data/auth-secret ] || node -e "process.stdout.write(require('crypto').randomBytes(32).toString('base64url'))" > .data/auth-secret
  AUTH_SECRET=$(cat .data/auth-secret)
  export AUTH_SECRET
fi
export APP_URL=${APP_URL:-http://localhost:${port}}
# The demo shows its mail at /dev/mail (never set this on a public server).
export LOCAL_MAIL_INBOX=${LOCAL_MAIL_INBOX:-1}

echo "› Migrating and seeding the database…"
npx tsx scripts/prepare-db.ts

echo "› Checking content and building the site (npm run build)…"
npm run build --silent

stripe_port=${STRIPE_LOCAL_PORT:-12111}
if [ -z "${STRIPE_SECRET_KEY:-}" ]; then
  export STRIPE_LOCAL_URL="http://127.0.0.1:${stripe_port}"
  # The stand-in and the site share this signing secret (a real Stripe endpoint has its own).
  export STRIPE_WEBHOOK_SECRET=${STRIPE_WEBHOOK_SECRET:-whsec_local_dev_secret}
  echo "› Starting the local Stripe-compatible server on ${STRIPE_LOCAL_URL}…"
  STRIPE_LOCAL_PORT=$stripe_port STRIPE_LOCAL_WEBHOOK_URL="${APP_URL}/api/stripe/webhook" \
    STRIPE_LOCAL_STATE=.data/stripe-local.json npx tsx tools/stripe-local/main.ts &
  trap 'kill $(jobs -p) 2>/dev/null || true' EXIT INT TERM
fi

cat <<TXT

  AI 训练师学院 is starting at ${APP_URL}

  Demo logins (password for all: demo1234)
    learner     learner@demo.school      (李明)
    learner     learner2@demo.school     (张悦)
    instructor  instructor@demo.school   (王老师)
    staff       staff@demo.school        (陈教务)
    coach       coach@demo.school        (赵教练)
    admin       admin@demo.school        (管理员)

  Local inbox (magic links, password resets): ${APP_URL}/dev/mail
  Payments: ${STRIPE_SECRET_KEY:+Stripe (your key)}${STRIPE_SECRET_KEY:-local Stripe stand-in — pick card / Alipay / WeChat Pay and an outcome on its page}
  Promotion codes on the local checkout page: WELCOME500 (¥500 off), EARLYBIRD10 (10% off)
  Database: ${DATABASE_URL:+PostgreSQL}${DATABASE_URL:-embedded PGlite in .data/pglite}

TXT
npx next start -p "$port" &
wait -n
