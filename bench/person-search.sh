#!/usr/bin/env bash
# Person search at scale: starts the app (demo mode) on a data folder holding N extra generated persons
# (seeded on first use), then drives POST /api/v1/persons/search with wrk and prints a table.
# Usage: bench/person-search.sh [N] [DATA_DIR]   (default 1000000, /tmp/shebao-bench-N). SQLite.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000000}
DIR=${2:-/tmp/shebao-bench-$N}
PORT=5077
command -v wrk >/dev/null || { [ "$(id -u)" = 0 ] && apt-get install -y -qq wrk >/dev/null; }
dotnet build src/Shebao.Web/Shebao.Web.csproj -c Release -o artifacts/app --nologo -v quiet -clp:ErrorsOnly >/dev/null
if [ ! -f "$DIR/shebao.db" ]; then
  SHEBAO_DATA_DIR="$DIR" dotnet artifacts/app/Shebao.Web.dll seed --persons "$N" --seed 7 | tail -1
fi
SHEBAO_DATA_DIR="$DIR" dotnet artifacts/app/Shebao.Web.dll --urls "http://127.0.0.1:$PORT" >/dev/null 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null && break; sleep 1; done

token() { curl -s -X POST "http://127.0.0.1:$PORT/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d "{\"username\":\"$1\",\"password\":\"Yeji@2026\"}" | sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p'; }
total=$(sqlite3 "$DIR/shebao.db" 'SELECT COUNT(*) FROM Persons' 2>/dev/null || echo "?")

rows=()
bench() { # label user body
  local out
  out=$(TOKEN=$(token "$2") BODY=$3 wrk -t2 -c16 -d10s --latency -s bench/search.lua "http://127.0.0.1:$PORT/api/v1/persons/search")
  local rps p50 p99
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1=="50%" {print $2}')
  p99=$(echo "$out" | awk '$1=="99%" {print $2}')
  rows+=("| $1 | $2 | $rps | $p50 | $p99 |")
}
bench "exact ID number (blind index)" shunhe.clerk '{"idNumber":"341504196503150027"}'
bench "exact ID number (blind index)" jb.review '{"idNumber":"341504196503150027"}'
bench "name prefix, one village" shunhe.clerk '{"name":"王","pageSize":20}'
bench "name prefix, one township" shihe.clerk '{"name":"王","pageSize":20}'
bench "name prefix, whole district" jb.review '{"name":"王秀","pageSize":20}'

echo
echo "Persons in the database: $total (SQLite, wrk -t2 -c16 -d10s, each request also writes its audit row)"
echo
echo "| search | as | requests/s | p50 | p99 |"
echo "|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
