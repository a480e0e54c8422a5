#!/usr/bin/env bash
# Fills fuzz/corpus/<target>/ with seeds: the included article and its paragraphs,
# the hostile units of tests/common/hostile.rs, and (when ../shared is there) the
# first 4 KB of each dev article. Corpus directories are not committed.
set -euo pipefail
cd "$(dirname "$0")"
SHARED=${ARABIC_NEWS_SHARED:-../../shared}
python3 - "$SHARED" <<'PY'
import os, re, sys, glob
shared = sys.argv[1]
seeds = {}
article = open("../examples/data/seed-lavrov-aleppo.txt", encoding="utf-8").read()
seeds["article"] = article
for i, para in enumerate(p for p in article.split("\n\n") if p.strip()):
    seeds[f"para-{i:03}"] = para
src = open("../tests/common/hostile.rs", encoding="utf-8").read()
def unescape(s):
    s = re.sub(r"\\u\{([0-9A-Fa-f]+)\}", lambda m: chr(int(m.group(1), 16)), s)
    return s.replace('\\"', '"').replace("\\n", "\n").replace("\\\\", "\\")
for name, unit in re.findall(r'\(\s*"([a-z_]+)",\s*"((?:[^"\\]|\\.)*)",?\s*\)', src):
    seeds[f"hostile-{name}"] = unescape(unit) * 8
for f in sorted(glob.glob(os.path.join(shared, "data/dev/*.txt"))):
    seeds["dev-" + os.path.basename(f)[:-4]] = open(f, encoding="utf-8").read()[:4096]
for t in ["tokenize", "normalize", "numbers", "casualties", "quotes", "analyze"]:
    d = f"corpus/{t}"
    os.makedirs(d, exist_ok=True)
    for k, v in seeds.items():
        with open(f"{d}/seed-{k}", "w", encoding="utf-8") as fh:
            fh.write(v)
print(f"seeded {len(seeds)} files per target")
PY
