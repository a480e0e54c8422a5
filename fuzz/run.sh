#!/usr/bin/env bash
# Runs fuzz targets one after another, each for SECONDS (default 600), on the
# stable toolchain, and prints executions and crashes per target.
# Usage: fuzz/run.sh [SECONDS] [TARGET ...]   (default: every target)
set -uo pipefail
cd "$(dirname "$0")"
SECS=${1:-600}
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -eq 0 ] && TARGETS=(tokenize normalize numbers casualties quotes analyze)
[ -d corpus ] || ./seed.sh
mkdir -p logs
for t in "${TARGETS[@]}"; do
  log=logs/$t.log
  RUSTC_BOOTSTRAP=1 cargo fuzz run -O "$t" "corpus/$t" -- \
    -dict=arabic.dict -max_len=8192 -max_total_time="$SECS" -print_final_stats=1 >"$log" 2>&1
  rc=$?
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$')
  crashes=$(ls "artifacts/$t" 2>/dev/null | wc -l)
  echo "$t: exit $rc, ${execs:-?} executions in ${SECS}s, $crashes artifacts"
done
