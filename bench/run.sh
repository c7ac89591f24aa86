#!/usr/bin/env bash
# The side-by-side performance measurement of issue #8 (method and results: docs/performance.md).
#   bench/run.sh                 full run: three sizes, two flavours, five configurations, 3 interleaved runs each
#   bench/run.sh --help          options (sizes, runs, configurations, output paths)
# It packs the repository, generates the corpora under artifacts/bench, builds them, and rewrites the results
# block of docs/performance.md and docs/images/performance.svg. Run it on a quiet machine: nothing else building.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build bench/RightsAnalyzers.Harness -c Release -nologo -v:q
exec dotnet bench/RightsAnalyzers.Harness/bin/Release/net10.0/RightsAnalyzers.Harness.dll run "$@"
