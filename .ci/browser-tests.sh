#!/usr/bin/env bash
# Browser tests: build the site, index it with Pagefind, then drive Debian's Chromium with
# Playwright over output/ (axe-core, reader journeys, keyboard, page weight, screenshots).
# Installs what it needs: chromium from Debian (no browser download), npm packages from the lock file.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

if ! command -v chromium >/dev/null 2>&1; then
  echo "browser-tests: installing chromium (Debian package)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
export CHROMIUM_PATH="${CHROMIUM_PATH:-$(command -v chromium)}"

# npm install, not npm ci: the registry mirror here lacks the other platforms' optional Pagefind binaries,
# which npm ci insists on finding in the lock file. Versions are pinned in package.json and the lock.
npm install --no-audit --no-fund --loglevel=error

rm -rf output
dotnet run --project src/StaticBriefing -c Release -- build
bash scripts/search-index.sh output

dotnet test tests/StaticBriefing.BrowserTests -c Release
echo "browser-tests: screenshots in tests/StaticBriefing.BrowserTests/screenshots/"
