#!/usr/bin/env bash
# Runs every test: unit, use-case, API and page tests on SQLite, the database tests again on PostgreSQL,
# and the browser tests in Debian's Chromium. Ends with the line "N passed, N failed".
# As root it installs what the tests need (chromium, CJK fonts, PostgreSQL 15) and starts PostgreSQL.
# Elsewhere, point SHEBAO_TEST_PG at a PostgreSQL role that may CREATE DATABASE.
set -uo pipefail
cd "$(dirname "$0")"

PG_ROLE=shebao
PG_PASSWORD=shebao
export SHEBAO_TEST_PG="${SHEBAO_TEST_PG:-Host=127.0.0.1;Port=5432;Username=$PG_ROLE;Password=$PG_PASSWORD;Database=postgres}"

if [ "$(id -u)" = 0 ]; then
  missing=""
  for pkg in chromium fonts-noto-cjk fonts-wqy-microhei postgresql poppler-utils; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing="$missing $pkg"
  done
  if [ -n "$missing" ]; then
    echo "Installing:$missing"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null || { echo "apt-get install failed"; echo "0 passed, 1 failed"; exit 1; }
  fi
  version=$(ls /usr/lib/postgresql 2>/dev/null | sort -n | tail -1)
  if [ -n "$version" ]; then
    pg_lsclusters -h 2>/dev/null | grep -q "^$version main" || pg_createcluster "$version" main >/dev/null
    pg_lsclusters -h | grep -q "^$version main .* online" || pg_ctlcluster "$version" main start
    for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 && break; sleep 0.5; done
    su postgres -c "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='$PG_ROLE'\"" | grep -q 1 \
      || su postgres -c "psql -qc \"CREATE ROLE $PG_ROLE LOGIN CREATEDB PASSWORD '$PG_PASSWORD'\""
  fi
fi

results=TestResults
rm -rf "$results"
mkdir -p "$results"
passed=0
failed=0

echo "Building…"
if ! dotnet build Shebao.slnx -c Debug --nologo -v quiet -clp:ErrorsOnly; then
  echo "Build failed."
  echo "0 passed, 1 failed"
  exit 1
fi

# run NAME PROJECT [extra dotnet test args…] — adds the TRX counters to the totals; a crashed run counts as a failure.
run() {
  local name=$1 project=$2
  shift 2
  echo "== $name"
  dotnet test "$project" --no-build --nologo --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" --results-directory "$results" "$@"
  local trx="$results/$name.trx"
  if [ ! -f "$trx" ]; then
    echo "!! $name produced no results"
    failed=$((failed + 1))
    return
  fi
  local counters p f
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  p=$(echo "$counters" | sed -n 's/.* passed="\([0-9]*\)".*/\1/p')
  f=$(echo "$counters" | sed -n 's/.* failed="\([0-9]*\)".*/\1/p')
  e=$(echo "$counters" | sed -n 's/.* error="\([0-9]*\)".*/\1/p')
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0} + ${e:-0}))
}

run sqlite tests/Shebao.Tests/Shebao.Tests.csproj
SHEBAO_TEST_PROVIDER=Postgres run postgres tests/Shebao.Tests/Shebao.Tests.csproj --filter "Category=Db"
run browser tests/Shebao.EndToEnd/Shebao.EndToEnd.csproj

echo "Screenshots: tests/Shebao.EndToEnd/bin/Debug/net10.0/screenshots"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
