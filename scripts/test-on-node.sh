#!/usr/bin/env bash
# Runs the test command on another Node major (docs/adr/0007-node-lts.md), taken from the npm registry's
# `node` package. better-sqlite3 13 loads through Node-API, so this tree's node_modules serves every
# Node ≥ 22 as it is.
#   bash scripts/test-on-node.sh 26                       # the whole suite on Node 26
#   bash scripts/test-on-node.sh 22 test/cli/cli.test.ts  # only these files
set -euo pipefail
major="${1:?usage: test-on-node.sh NODE_MAJOR [TEST FILES…]}"
shift
cd "$(dirname "$0")/.."
PATH="$(bash scripts/node-from-registry.sh "$major"):$PATH"
export PATH
echo "== 测试运行于 Node $(node -v)"
exec bash scripts/test.sh "$@"
