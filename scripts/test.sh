#!/usr/bin/env bash
# The one test command (npm test): every test file, on SQLite and on a private PostgreSQL cluster,
# with real Chromium, poppler and LibreOffice. Nothing is ever skipped: the system packages the tests
# need are installed here first (as root, only those missing), or the run stops before any test
# with the one command to run (docs/testing.md).
# Pass file names to run only those: npm test -- test/domain/summary.test.ts
set -euo pipefail
cd "$(dirname "$0")/.."
export TZ=UTC
# Chinese file names (uploads in the browser tests, fixtures) need a UTF-8 locale; a bare environment has none.
export LC_ALL=C.UTF-8

# Node 22, 24 or 26+: on an older Node the tests run on Node 24 from the npm registry.
source scripts/use-supported-node.sh

# Debian packages the suite uses: the PostgreSQL leg (initdb/pg_ctl), browser tests (Chromium, and
# Noto CJK so pages render Chinese), PDF checks (pdftotext/pdftoppm/pdffonts), docx rendering
# (soffice), the load-balancer test (nginx).
REQUIRED_PACKAGES=(postgresql chromium fonts-noto-cjk poppler-utils libreoffice-writer-nogui nginx-light)

missing=()
for package in "${REQUIRED_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then missing+=("$package"); fi
done
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "== 安装测试所需的系统软件包：${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get -o DPkg::Lock::Timeout=600 update -qq
    apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "请先安装测试所需的系统软件包：sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
  fi
fi

if [ "$#" -gt 0 ]; then files=("$@"); else mapfile -t files < <(find test src -name '*.test.ts' -o -name '*.test.tsx' | sort); fi
exec node --import tsx scripts/with-postgres.ts node --import tsx --test --test-concurrency=2 --test-timeout=300000 "${files[@]}"
