#!/usr/bin/env bash
# Post-build step: Pagefind indexes the built site in output/ (or $1) into output/pagefind/.
# Search is an enhancement: the site works without this step. Pagefind comes from npm
# (package.json / package-lock.json); its binary ships inside the npm package, nothing else is fetched.
set -euo pipefail
cd "$(dirname "$0")/.."
site="${1:-output}"
if [[ ! -f "$site/index.html" ]]; then
  echo "search-index: $site/index.html not found; build the site first" >&2
  exit 1
fi
if [[ ! -x node_modules/.bin/pagefind ]]; then
  npm install --no-audit --no-fund --loglevel=error
fi
# --glob: only pages (not the annotated .md or the API files); the theme marks what to index
# with data-pagefind-body and the filters (actor, party, issue, outlet) with data-pagefind-filter.
node_modules/.bin/pagefind --site "$site" --glob "**/*.html" --quiet
echo "search-index: indexed $site into $site/pagefind/"
