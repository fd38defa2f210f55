"""The naive extractor of issue 20 in Python, as data teams write it: every
number followed by a unit or %, its subject the text since the last
punctuation. `python3 examples/naive.py FILE > rows.jsonl`; time it beside
`zhibiao -f jsonl FILE` with /usr/bin/time (whole process, peak memory)."""

import json
import re
import sys

PATTERN = re.compile(
    r"([^，。；：、！？,;:!?\n]*?)(\d+(?:\.\d+)?)\s*"
    r"(%|‰|个百分点|万亿元|亿元|万元|元|万人次|万人|人次|人|万吨|吨|万千瓦|千瓦|万平方米|平方米|公里|万户|户|万个|个|家|项|亿|万)"
)


def main(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    out = sys.stdout
    for m in PATTERN.finditer(text):
        row = {"indicator": m.group(1).strip(), "value": float(m.group(2)), "unit": m.group(3)}
        out.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
