#!/usr/bin/env bash
# Prints the bin folder of Node MAJOR installed from the npm registry's `node` package (no other
# download), installing it on first use under ${GONGKAI_NODE_DIR:-~/.cache/gongkai-node}/node-MAJOR.
#   PATH="$(bash scripts/node-from-registry.sh 26):$PATH" npm test
set -euo pipefail
major="${1:?usage: node-from-registry.sh NODE_MAJOR}"
prefix="${GONGKAI_NODE_DIR:-${HOME:-/tmp}/.cache/gongkai-node}/node-$major"
bin="$prefix/node_modules/node/bin"
if [ ! -x "$bin/node" ]; then
  echo "== 从 npm 仓库安装 Node $major（npm 包 node@$major）→ $prefix" >&2
  mkdir -p "$prefix"
  npm install --prefix "$prefix" --no-save --no-audit --no-fund --loglevel=error "node@$major" >&2
fi
echo "$bin"
