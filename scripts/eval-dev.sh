#!/usr/bin/env bash
# Runs the main job over the dev articles and scores it with the shared scorer.
# Usage: scripts/eval-dev.sh [SHARED_DIR]   (default ../shared)
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${1:-../shared}
tmp=${TMPDIR:-/tmp}/arabic-news-dev.$$
mkdir -p "$tmp"
trap 'rm -rf "$tmp"' EXIT
python3 - "$SHARED/data/dev" > "$tmp/dev.jsonl" <<'PY'
import json, os, sys
d = sys.argv[1]
for n in sorted(os.listdir(d)):
    if n.endswith(".gold.json"):
        g = json.load(open(os.path.join(d, n), encoding="utf-8"))
        text = open(os.path.join(d, g["file"]), encoding="utf-8").read()
        print(json.dumps({"id": g["id"], "text": text}, ensure_ascii=False))
PY
cargo run --quiet --release --example analyze -- --jsonl --no-progress < "$tmp/dev.jsonl" > "$tmp/dev.pred.jsonl"
python3 "$SHARED/tools/score.py" "$SHARED/data/dev" "$tmp/dev.pred.jsonl" "${@:2}"
