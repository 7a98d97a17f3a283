#!/usr/bin/env bash
# Installs what Verify needs (idempotent), builds in Release, runs every theorem in quick mode and
# prints the path of the HTML report.
#   scripts/run.sh [extra verify run arguments]      e.g. --seed 7 --instances 5
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh
dotnet build src/Verify.Cli -c Release --nologo -v quiet
status=0
# The report goes to reports/all-<UTC time>/ and reports/latest points to it (unless "$@" has --out).
dotnet src/Verify.Cli/bin/Release/net10.0/verify.dll run all --quick "$@" || status=$?
if [[ -f reports/latest/index.html ]]; then
    echo "$(pwd)/reports/latest/index.html"
fi
exit "$status"
