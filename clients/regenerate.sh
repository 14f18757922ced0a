#!/usr/bin/env bash
# Regenerates the contract and both typed clients from the code: the committed OpenAPI document first, then the
# TypeScript types from it; the C# client is generated from the same document on every build that sees it change.
set -euo pipefail
cd "$(dirname "$0")/.."
UPDATE_OPENAPI=1 dotnet test tests/Marketplace.FunctionalTests --filter OpenApiContractTests
(cd clients/typescript && npm ci --no-audit --no-fund --loglevel=error && npm run generate && npm run build)
dotnet build clients/dotnet/Marketplace.Client
