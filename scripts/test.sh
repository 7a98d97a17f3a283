#!/usr/bin/env bash
# Installs what Verify needs (idempotent), builds, runs the default (fast) test categories, and ends
# with a plain summary line "N passed, N failed".
#   scripts/test.sh [extra dotnet test arguments]     e.g. --filter "TestCategory=Slow" for the long runs
set -uo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh || { echo "0 passed, 1 failed"; exit 1; }

if ! dotnet build Verify.sln -c Release --nologo -v quiet; then
    echo "build failed"
    echo "0 passed, 1 failed"
    exit 1
fi

log=$(mktemp)
filter=(--filter "TestCategory!=Slow")
if [[ "$*" == *--filter* ]]; then filter=(); fi
dotnet test Verify.sln -c Release --no-build --nologo "${filter[@]}" "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# Each test assembly prints e.g. "Passed!  - Failed:     0, Passed:    49, Skipped:     0, Total:    49".
summaries=$(grep -E '^(Passed|Failed)! +- ' "$log" || true)
passed=$(grep -oE 'Passed: +[0-9]+' <<<"$summaries" | grep -oE '[0-9]+' | awk '{s+=$1} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' <<<"$summaries" | grep -oE '[0-9]+' | awk '{s+=$1} END {print s+0}')
skipped=$(grep -oE 'Skipped: +[0-9]+' <<<"$summaries" | grep -oE '[0-9]+' | awk '{s+=$1} END {print s+0}')
rm -f "$log"
passed=${passed:-0}; failed=${failed:-0}; skipped=${skipped:-0}
if [[ $status != 0 && $failed == 0 ]]; then failed=1; fi   # a crash of the test host counts as a failure
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
exit "$status"
