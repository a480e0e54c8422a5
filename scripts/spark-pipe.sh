#!/usr/bin/env bash
# The distributed path, for real: Apache Spark in local mode (local[2]) pipes a sample
# of the bench corpus through `analyze --jsonl` with RDD.pipe and checks that every
# article comes back exactly once with the result of a direct run.
#
# Needs Java (skipped with a message otherwise) and python3; installs pyspark from PyPI
# into a venv ($ARABIC_NEWS_SPARK_VENV, default ~/.cache/arabic-news/spark-venv) on
# first use. Options are passed to scripts/spark-pipe.py (e.g. --sample 500).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v java >/dev/null 2>&1; then
  echo "spark-pipe: skipped: no java on PATH"
  exit 0
fi
if ! command -v python3 >/dev/null 2>&1; then
  echo "spark-pipe: skipped: no python3 on PATH"
  exit 0
fi

VENV=${ARABIC_NEWS_SPARK_VENV:-$HOME/.cache/arabic-news/spark-venv}
if ! "$VENV/bin/python" -c "import pyspark" >/dev/null 2>&1; then
  echo "spark-pipe: installing pyspark into $VENV"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check "pyspark>=3.5"
fi

cargo build --quiet --release --example analyze
# Local mode only: keep Spark on the loopback interface.
export SPARK_LOCAL_IP=127.0.0.1
SHARED=${ARABIC_NEWS_SHARED:-../shared}
exec "$VENV/bin/python" scripts/spark-pipe.py \
  --bin target/release/examples/analyze \
  --corpus "$SHARED/data/corpus/news-bench.txt.gz" "$@"
