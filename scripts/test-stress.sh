#!/usr/bin/env bash
# npm run test:stress: the test command three times in a row while one busy loop per core keeps the
# CPUs saturated, to catch tests that only pass on an idle machine. Prints each run's counts and
# duration; exits non-zero when any run fails. File names narrow every run:
#   npm run test:stress -- test/importers/pdf.test.ts
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${GONGKAI_STRESS_RUNS:-3}"
cores="$(nproc)"
logs="$(mktemp -d "${TMPDIR:-/tmp}/gongkai-stress-XXXXXX")"

load_pids=()
stop_load() {
  for pid in "${load_pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait "${load_pids[@]}" 2>/dev/null || true
  load_pids=()
}
trap stop_load EXIT INT TERM
for _ in $(seq "$cores"); do
  node -e 'for (;;) {}' &
  load_pids+=("$!")
done
echo "== stress: ${runs} runs of the test command, ${cores} busy loops (one per core) alongside; logs in ${logs}"

failed_runs=0 total_pass=0 total_fail=0
for run in $(seq "$runs"); do
  log="$logs/run-$run.log"
  start=$(date +%s)
  status=0
  bash scripts/test.sh "$@" >"$log" 2>&1 || status=$?
  seconds=$(($(date +%s) - start))
  read -r pass fail skipped < <(bash scripts/test-counts.sh "$log")
  total_pass=$((total_pass + pass)) total_fail=$((total_fail + fail))
  verdict=ok
  if [ "$status" -ne 0 ] || [ "$fail" -ne 0 ]; then verdict="FAILED (exit ${status}, see ${log})"; failed_runs=$((failed_runs + 1)); fi
  echo "run ${run}/${runs}: ${pass} passed, ${fail} failed, ${skipped} skipped, ${seconds} s — ${verdict}"
done
stop_load

echo "stress: ${total_pass} passed, ${total_fail} failed"
if [ "$failed_runs" -gt 0 ]; then
  echo "== ${failed_runs} of ${runs} runs failed under load" >&2
  exit 1
fi
