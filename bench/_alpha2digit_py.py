"""text2num's alpha2digit from its last pure-Python release (2.5.2), over the corpus on stdin.

Run by bench/extraction.py with the interpreter of .venv-t2n2 (`make bench` makes it): a second
baseline beside the compiled 3.x the target names. text2num 3.0 moved alpha2digit into Rust;
the issue calls alpha2digit "a floor: it does far less", which holds for the Python parser.
Reads a JSON list of [language, text] on stdin; prints one JSON object.
"""

from __future__ import annotations

import gc
import json
import sys
import time
from importlib.metadata import version

from text_to_num import alpha2digit


def main() -> None:
    docs = json.load(sys.stdin)
    mb = sum(len(t.encode("utf-8")) for _, t in docs) / 1e6
    best = float("inf")
    for _ in range(3):
        gc.collect()
        start = time.perf_counter()
        for lang, text in docs:
            alpha2digit(text, lang)
        best = min(best, time.perf_counter() - start)
    print(json.dumps({"version": version("text2num"), "mb_s": round(mb / best, 3)}))


if __name__ == "__main__":
    main()
