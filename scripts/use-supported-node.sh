# Sourced by npm start and npm test. Gongkai supports Node 22, 24 and 26+ (docs/adr/0007-node-lts.md):
# better-sqlite3 13 crashes older Node with a segmentation fault. On an older Node (Debian's own
# nodejs is 18 or 20) this puts Node 24 from the npm registry first on PATH instead of failing.
if [ "$(node -p 'process.versions.node.split(".")[0]')" -lt 22 ]; then
  echo "== 本机 Node $(node -v) 已不受支持（需要 22、24 或 26 及以上），改用 npm 仓库的 Node 24" >&2
  PATH="$(bash "$(dirname "${BASH_SOURCE[0]}")/node-from-registry.sh" 24):$PATH"
  export PATH
fi
