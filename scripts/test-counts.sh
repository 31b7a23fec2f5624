#!/usr/bin/env bash
# Prints "PASS FAIL SKIPPED" from the closing lines of node's test runner in a log:
# "# pass 12" (TAP reporter, Node 20/22 without a terminal) or "ℹ pass 12" (spec reporter).
set -euo pipefail
log="${1:?usage: test-counts.sh LOG}"
count() { { grep -aE "^(# |ℹ )$1 [0-9]+$" "$log" || true; } | tail -1 | grep -oE '[0-9]+$' || echo 0; }
echo "$(count pass) $(count fail) $(count skipped)"
