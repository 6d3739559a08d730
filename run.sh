#!/usr/bin/env bash
# Quick start: installs what is missing, builds, and serves the platform on the embedded SQLite default.
# Everything it writes goes to ./data (or $SHEBAO_DATA_DIR). Extra arguments go to the app, e.g. --urls http://0.0.0.0:8080
set -euo pipefail
cd "$(dirname "$0")"

if [ "$(id -u)" = 0 ]; then
  # Fonts for Chinese on printed documents and screenshots.
  missing=""
  for pkg in fonts-wqy-microhei; do dpkg -s "$pkg" >/dev/null 2>&1 || missing="$missing $pkg"; done
  if [ -n "$missing" ]; then
    echo "Installing:$missing"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
  fi
fi

command -v dotnet >/dev/null || { echo "The .NET 10 SDK is required: https://learn.microsoft.com/dotnet/core/install/linux-debian" >&2; exit 1; }

echo "Building (Release)…"
dotnet build src/Shebao.Web/Shebao.Web.csproj -c Release -o artifacts/app --nologo -v quiet -clp:ErrorsOnly
exec dotnet artifacts/app/Shebao.Web.dll "$@"
