#!/usr/bin/env bash
# Seeds N generated persons into a fresh SQLite data folder and (if reachable) a fresh PostgreSQL database,
# and prints a table: provider, persons, seconds, persons/s, peak RSS.
# Usage: bench/seed-persons.sh [N]   (default 1000000). PostgreSQL: SHEBAO_BENCH_PG (admin connection string).
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000000}
PG=${SHEBAO_BENCH_PG:-Host=127.0.0.1;Port=5432;Username=shebao;Password=shebao;Database=postgres}
dotnet build src/Shebao.Web/Shebao.Web.csproj -c Release -o artifacts/app --nologo -v quiet -clp:ErrorsOnly >/dev/null
command -v /usr/bin/time >/dev/null || { [ "$(id -u)" = 0 ] && apt-get install -y -qq time >/dev/null; }

rows=()
measure() { # provider, extra env…
  local provider=$1; shift
  local dir; dir=$(mktemp -d)
  local log="$dir/seed.log"
  # Production mode: only the official tree, so the count is exactly N generated persons.
  env SHEBAO_DATA_DIR="$dir" Shebao__Mode=Production Crypto__Keys__k1=AAECAwQFBgcICQoLDA0ODw== Crypto__ActiveKeyId=k1 \
      Crypto__IndexKey=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8= "$@" \
      /usr/bin/time -f "%e %M" -o "$dir/time" dotnet artifacts/app/Shebao.Web.dll seed --persons "$N" --seed 7 > "$log"
  read -r secs rss < "$dir/time"
  rows+=("| $provider | $N | $secs | $(awk -v n="$N" -v s="$secs" 'BEGIN{printf "%d", n/s}') | $((rss / 1024)) MB |")
  rm -rf "$dir"
}

measure SQLite
if command -v psql >/dev/null && pg_isready -q -h 127.0.0.1; then
  db="shebao_bench_$$"
  psql "$(echo "$PG" | sed 's/;/ /g; s/Host=/host=/; s/Port=/port=/; s/Username=/user=/; s/Password=/password=/; s/Database=/dbname=/')" -qc "CREATE DATABASE $db" >/dev/null
  measure PostgreSQL Database__Provider=Postgres "Database__ConnectionString=${PG/Database=postgres/Database=$db}"
  psql "$(echo "$PG" | sed 's/;/ /g; s/Host=/host=/; s/Port=/port=/; s/Username=/user=/; s/Password=/password=/; s/Database=/dbname=/')" -qc "DROP DATABASE $db WITH (FORCE)" >/dev/null
fi

echo
echo "| provider | persons | seconds (whole command, incl. start-up and migration) | persons/s | peak RSS |"
echo "|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
