#!/usr/bin/env bash
# Every check CI runs, in order. `make test` installs what is needed and calls this.
set -euo pipefail
cd "$(dirname "$0")/.."

PY=.venv/bin/python
PYTEST=(.venv/bin/pytest -q -n "${TEST_WORKERS:-2}" --dist loadfile)
step() { printf '\n=== %s\n' "$*"; }

step "the test OpenID provider (npm ci in tests/oidc_provider)"
if command -v npm >/dev/null; then
  npm ci --prefix tests/oidc_provider --no-audit --no-fund --loglevel=error
elif [[ "${CI:-}" == "true" ]]; then
  echo "npm is missing, and CI must run the single sign-on tests against a real provider." >&2
  exit 1
else
  echo "npm is not installed here: the single sign-on tests will be skipped (CI runs them)."
fi

step "ruff check"
.venv/bin/ruff check .

step "migrations match the models"
DEBUG=true $PY manage.py makemigrations --check --dry-run

step "check --deploy with production settings"
DEBUG=false SECRET_KEY="$($PY -c 'import secrets; print(secrets.token_urlsafe(64))')" \
  ALLOWED_HOSTS=intranet.example.org DATABASE_URL="sqlite:////tmp/obb-deploy-check.sqlite3" \
  $PY manage.py check --deploy --fail-level WARNING

step "make run serves the login page"
$PY scripts/smoke_run.py

step "test suite on SQLite (with the browser tests)"
env -u DATABASE_URL "${PYTEST[@]}"

step "test suite on PostgreSQL"
set +e
pg=$(scripts/postgres.sh start)
status=$?
set -e
if [[ $status -eq 3 ]]; then
  if [[ "${CI:-}" == "true" ]]; then
    echo "PostgreSQL is not installed, and CI must test against it." >&2
    exit 1
  fi
  echo "PostgreSQL is not installed here: skipping the PostgreSQL run (CI runs it)."
  exit 0
elif [[ $status -ne 0 ]]; then
  echo "Could not start PostgreSQL" >&2
  exit 1
fi
eval "export $pg"
trap 'scripts/postgres.sh stop "$PGTEST_DIR"' EXIT
# The browser tests exercise the pages, not the database: they run once, above.
"${PYTEST[@]}" -m "not browser"
