#!/usr/bin/env bash
# Runs the journey through a validating proxy: Prism over the committed OpenAPI document, with --errors, so that any
# request or answer that breaks the contract fails the journey. The API must already be running.
#   scripts/journey-through-prism.sh http://127.0.0.1:5080/api/marketplace
# Needs `npm ci` and `npm run build` in clients/typescript first.
set -euo pipefail
cd "$(dirname "$0")/.."
api_url=${1:?usage: journey-through-prism.sh <API base URL, e.g. http://127.0.0.1:5080/api/marketplace>}
document=../../openapi/marketplace.v1.json
port=${PRISM_PORT:-$(node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });')}
log=$(mktemp)

node_modules/.bin/prism proxy "$document" "$api_url" --errors --host 127.0.0.1 --port "$port" >"$log" 2>&1 &
prism=$!
trap 'kill "$prism" 2>/dev/null || true; wait "$prism" 2>/dev/null || true; rm -f "$log"' EXIT

for _ in $(seq 1 60); do
  grep -q "Prism is listening" "$log" && break
  kill -0 "$prism" 2>/dev/null || { cat "$log"; echo "prism exited before listening" >&2; exit 1; }
  sleep 0.5
done
grep -q "Prism is listening" "$log" || { cat "$log"; echo "prism did not start listening" >&2; exit 1; }

status=0
MARKETPLACE_API_URL="$api_url" MARKETPLACE_CLIENT_URL="http://127.0.0.1:$port" node dist/journey/journey.js || status=$?
if [ "$status" -ne 0 ]; then
  echo "--- prism's log (violations are marked with ✖)" >&2
  grep -E "✖|error|violation" "$log" >&2 || true
fi
exit "$status"
