#!/usr/bin/env python3
"""Prove the distributed path: Apache Spark (local mode) pipes a sample of the bench
corpus through `analyze --jsonl` with RDD.pipe, and every article must come back
exactly once, with the same result as a direct run of the same binary.

Usage: spark-pipe.py --bin target/release/examples/analyze [--corpus news-bench.txt.gz]
                     [--sample 500] [--partitions 8] [--master local[2]]

Without a corpus (a fresh clone has no ../shared), the paragraphs of the included
article are the sample. Exit status 0 when every check passed.
"""
import argparse
import gzip
import json
import os
import subprocess
import sys
import time
from collections import Counter


def load_articles(corpus, readme_article, sample):
    if corpus and os.path.exists(corpus):
        opener = gzip.open if corpus.endswith(".gz") else open
        with opener(corpus, "rt", encoding="utf-8") as f:
            text = f.read()
        source = corpus
    else:
        with open(readme_article, encoding="utf-8") as f:
            text = f.read()
        source = readme_article + " (paragraphs; no corpus at %s)" % corpus
    articles = [a for a in text.split("\n\n") if a.strip()]
    # An evenly spread sample, so that it is not only the first outlet of the corpus.
    step = max(1, len(articles) // sample)
    return articles[::step][:sample], source


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--bin", required=True, help="the built analyze example")
    p.add_argument("--corpus", default=os.path.join(here, "../../shared/data/corpus/news-bench.txt.gz"))
    p.add_argument("--sample", type=int, default=500)
    p.add_argument("--partitions", type=int, default=8)
    p.add_argument("--master", default="local[2]")
    args = p.parse_args()
    binary = os.path.abspath(args.bin)

    articles, source = load_articles(
        args.corpus, os.path.join(here, "../examples/data/seed-lavrov-aleppo.txt"), args.sample
    )
    lines = [json.dumps({"id": "article-%05d" % i, "text": a}, ensure_ascii=False) for i, a in enumerate(articles)]
    print("spark-pipe: %d articles (%.1f MB) from %s" % (len(lines), sum(len(l) for l in lines) / 1e6, source))

    # The direct run: the same binary over the same lines, one process, one thread.
    t0 = time.time()
    direct = subprocess.run(
        [binary, "--jsonl", "--threads", "1", "--no-progress"],
        input="\n".join(lines) + "\n", capture_output=True, text=True, encoding="utf-8", check=True,
    ).stdout.splitlines()
    print("spark-pipe: direct run %.2fs, %d lines" % (time.time() - t0, len(direct)))
    expected = {json.loads(l)["id"]: json.loads(l) for l in direct}
    if len(expected) != len(lines):
        sys.exit("spark-pipe: FAILED: direct run gave %d ids for %d lines" % (len(expected), len(lines)))

    from pyspark import SparkConf, SparkContext

    conf = (SparkConf().setMaster(args.master).setAppName("arabic-news-pipe")
            .set("spark.ui.enabled", "false").set("spark.ui.showConsoleProgress", "false")
            .set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1")
            .set("spark.driver.memory", "1g"))
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    try:
        t0 = time.time()
        rdd = sc.parallelize(lines, args.partitions)
        # Each partition is one `analyze --jsonl` process reading its lines on stdin.
        piped = rdd.pipe("%s --jsonl --threads 1 --no-progress" % binary, checkCode=True)
        out = piped.collect()
        elapsed = time.time() - t0
        print("spark-pipe: Spark %s, %d partitions, %.2fs, %d lines back"
              % (args.master, rdd.getNumPartitions(), elapsed, len(out)))
    finally:
        sc.stop()

    got = [json.loads(l) for l in out]
    errors = [g for g in got if "error" in g]
    counts = Counter(g["id"] for g in got)
    missing = set(expected) - set(counts)
    dupes = [i for i, n in counts.items() if n > 1]
    extra = set(counts) - set(expected)
    differ = [g["id"] for g in got if g["id"] in expected and g != expected[g["id"]]]
    ok = not (errors or missing or dupes or extra or differ) and len(got) == len(lines)
    print("spark-pipe: errors %d, missing %d, duplicated %d, unknown %d, different from direct %d"
          % (len(errors), len(missing), len(dupes), len(extra), len(differ)))
    if not ok:
        sys.exit("spark-pipe: FAILED")
    print("spark-pipe: OK: every article came back exactly once, equal to the direct run")


if __name__ == "__main__":
    main()
