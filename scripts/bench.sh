#!/usr/bin/env bash
# npm run bench: runs every script under bench/ (or the ones named) and prints their figures.
# Record results in docs/benchmarks.md with the machine and the date.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/use-supported-node.sh
if [ "$#" -gt 0 ]; then scripts=("$@"); else mapfile -t scripts < <(find bench -name '*.ts' | sort); fi
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), node $(node --version), $(date -u +%Y-%m-%d)"
for script in "${scripts[@]}"; do
  echo "== $script"
  node --import tsx --expose-gc "$script"
done
