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

echo "› Migrating and seeding the database…"
npx tsx scripts/prepare-db.ts

echo "› Building the site (next build)…"
npx next build

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
  Database: ${DATABASE_URL:+PostgreSQL}${DATABASE_URL:-embedded PGlite in .data/pglite}

TXT
exec npx next start -p "$port"
