#!/usr/bin/env bash
# The one test command (npm test): every test file, on SQLite and on a private PostgreSQL cluster.
# Pass file names to run only those: npm test -- test/domain/summary.test.ts
set -euo pipefail
cd "$(dirname "$0")/.."
export TZ=UTC
if [ "$#" -gt 0 ]; then files=("$@"); else mapfile -t files < <(find test src -name '*.test.ts' -o -name '*.test.tsx' | sort); fi
exec node --import tsx scripts/with-postgres.ts node --import tsx --test --test-concurrency=2 --test-timeout=300000 "${files[@]}"
