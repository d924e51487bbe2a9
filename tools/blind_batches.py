"""The blind-batch workflow: first runs, registration, floors, output dumps and diffs.

Run from the repository root with the project's venv:
    .venv/bin/python tools/blind_batches.py rates 134 135 [--rules] [-q]   # rates of batches (or "all")
    .venv/bin/python tools/blind_batches.py totals [--rules]               # over every batch
    .venv/bin/python tools/blind_batches.py register 134 hundred-and-thirty-fourth [--tbs PATH]
    .venv/bin/python tools/blind_batches.py raise hundred-and-thirty-fourth ...   # floors up to rates
    .venv/bin/python tools/blind_batches.py dump OUT.json                  # every labelled text's output
    .venv/bin/python tools/blind_batches.py diff A.json B.json             # what changed between dumps
    .venv/bin/python tools/blind_batches.py grep REGEX                     # labels vs engine on rows

A first run belongs on committed code before any fix (a git worktree of HEAD with the venv
linked in: `git worktree add /tmp/wt HEAD && ln -s /work/main/.venv /tmp/wt/.venv`, copy the
new batch files in, run from there). `register` takes its floors from that run: recall,
quantities and speakers at the learned model's rates, negatives rejected and precision at the
rules' alone (the model moves those with each retraining; see test_blind_set.py).
"""

from __future__ import annotations

import argparse
import glob
import importlib
import json
import math
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from claims.extraction import extract_claims  # noqa: E402
from tests.claims.extraction import metrics  # noqa: E402

TBS = ROOT / "tests" / "claims" / "extraction" / "test_blind_set.py"
RATES = (
    "recall",
    "precision",
    "negatives_rejected",
    "recall_language_detected",
    "quantity_accuracy",
    "quantity_accuracy_with_qualifier",
    "quantity_accuracy_in_claims_language_detected",
    "quantity_precision",
    "speaker_accuracy",
)
# Floors the model moves with each retraining: kept at the rules-alone rate.
RULES_ONLY = ("precision", "negatives_rejected")


def _rows(number: str) -> list:
    if number == "1":
        return importlib.import_module("tests.claims.extraction.blind_set").BLIND_SET
    return getattr(importlib.import_module(f"tests.claims.extraction.blind_set_{number}"), f"BLIND_SET_{number}")


def _numbers(args: list[str]) -> list[str]:
    if args == ["all"]:
        found = [Path(p).stem.removeprefix("blind_set_") for p in glob.glob(str(TBS.parent / "blind_set_*.py"))]
        return ["1", *sorted(found, key=int)]
    return args


def _rules_alone() -> None:
    def rules(text, language=None, min_score=None, learned=True):
        kwargs = {} if min_score is None else {"min_score": min_score}
        return extract_claims(text, language, learned=False, **kwargs)

    metrics.extract_claims = rules


def rates(args) -> None:
    if args.rules:
        _rules_alone()
    for number in _numbers(args.numbers):
        res = metrics.evaluate(_rows(number))
        misses = res.pop("misses")
        line = " ".join(f"{k}={res[k]:.3f}" for k in RATES)
        print(f"--- {number}: {line} sizes={res['sizes']}")
        if not args.quiet:
            for miss in misses:
                print("   ", miss)


def totals(args) -> None:
    if args.rules:
        _rules_alone()
    rows = [row for number in _numbers(["all"]) for row in _rows(number)]
    res = metrics.evaluate(rows)
    res.pop("misses")
    negatives = sum(1 for row in rows if not row[2])
    print(json.dumps({"batches": len(_numbers(["all"])), "negatives": negatives, **res}, indent=1))


def _floors(number: str) -> dict[str, float]:
    learned = metrics.evaluate(_rows(number))
    _rules_alone()
    try:
        rules = metrics.evaluate(_rows(number))
    finally:
        metrics.extract_claims = extract_claims
    return {k: math.floor((rules if k in RULES_ONLY else learned)[k] * 1000) / 1000 for k in RATES}


def register(args) -> None:
    """Import, SETS entry and FLOORS entry after the previous batch's."""
    path = Path(args.tbs) if args.tbs else TBS
    src = path.read_text()
    number, name, prev = args.number, args.name, str(int(args.number) - 1)
    floors = _floors(number)
    imp = f"from .blind_set_{prev} import BLIND_SET_{prev}\n"
    src = src.replace(imp, imp + f"from .blind_set_{number} import BLIND_SET_{number}\n", 1)
    entry = re.search(rf'\n    "[^"]+": BLIND_SET_{prev},\n', src)
    src = src[: entry.end()] + f'    "{name}": BLIND_SET_{number},\n' + src[entry.end() :]
    body = "".join(f'        "{k}": {v},\n' for k, v in floors.items())
    end = src.index("\n}\n", src.index("\nFLOORS = {\n"))  # the line closing FLOORS
    src = src[:end] + f'\n    "{name}": {{\n{body}    }},' + src[end:]
    path.write_text(src)
    print(name, floors)


def raise_floors(args) -> None:
    """Raise the explicit floors of the named batches to today's rates (never lower them;
    negatives rejected and precision stay at the rules' rates)."""
    src = TBS.read_text()
    module = importlib.import_module("tests.claims.extraction.test_blind_set")
    for name in args.names:
        got = metrics.evaluate(module.SETS[name])
        block = re.search(rf'\n    "{re.escape(name)}": \{{\n(.*?)\n    \}},', src, re.S)
        if not block:
            print(name, "has no explicit floors (shared ones); left alone")
            continue
        body = block.group(1)
        for key in RATES:
            if key in RULES_ONLY:
                continue
            m = re.search(rf'"{key}": ([0-9.]+)', body)
            new = math.floor(got[key] * 1000) / 1000
            if m and new > float(m.group(1)):
                body = body.replace(m.group(0), f'"{key}": {new}')
                print(name, key, m.group(1), "->", new)
        src = src[: block.start(1)] + body + src[block.end(1) :]
    TBS.write_text(src)


def _labelled_texts() -> list[tuple[str, str]]:
    out = []
    for path in sorted(glob.glob(str(TBS.parent / "*_set*.py"))):
        module = importlib.import_module(f"tests.claims.extraction.{Path(path).stem}")
        for value in vars(module).values():
            if isinstance(value, list) and value and isinstance(value[0], tuple) and len(value[0]) >= 3:
                out += [(row[0], row[1]) for row in value if isinstance(row[1], str)]
    return out


def dump(args) -> None:
    """Every labelled text, with its language and without, and the bench's corpus: what the
    engine returns (min_score 0), so a change can be read text by text."""
    from bench.extraction import corpus

    items = [(lang, text) for lang, text in _labelled_texts() for lang in (lang, None)]
    items += [(None, text) for _, text in corpus(1_000_000, seed=7)]
    out = {}
    for lang, text in items:
        claims = extract_claims(text, lang, min_score=0)
        out[f"{lang}|{text}"] = [
            [c.start, c.end, c.speaker, round(c.score, 3), [q.to_dict() for q in c.quantities]] for c in claims
        ]
    Path(args.out).write_text(json.dumps(out, ensure_ascii=False))
    print(len(out), "texts")


def diff(args) -> None:
    a, b = (json.loads(Path(p).read_text()) for p in (args.a, args.b))
    changed = [k for k in a if k in b and a[k] != b[k]]
    for key in changed[: args.limit]:
        print("===", key[:300])
        print("  before:", json.dumps(a[key], ensure_ascii=False)[:600])
        print("  after: ", json.dumps(b[key], ensure_ascii=False)[:600])
    print(f"{len(changed)} of {len(set(a) & set(b))} texts differ")


def grep(args) -> None:
    pattern = re.compile(args.regex)
    for number in _numbers(["all"]):
        for lang, text, worthy, quantities, speaker in _rows(number):
            if not pattern.search(text):
                continue
            claims = extract_claims(text, lang)
            found = metrics.extract_quantities(text, lang)
            print(f"[{number}] {text}")
            print(f"    label: worthy={worthy} q={quantities} speaker={speaker!r}")
            got = [(q.kind, q.value, q.unit, q.qualifier) for q in found]
            print(f"    engine: worthy={bool(claims)} q={got} speaker={claims[0].speaker if claims else None!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(required=True)
    p = sub.add_parser("rates")
    p.add_argument("numbers", nargs="+")
    p.add_argument("--rules", action="store_true")
    p.add_argument("-q", "--quiet", action="store_true")
    p.set_defaults(fn=rates)
    p = sub.add_parser("totals")
    p.add_argument("--rules", action="store_true")
    p.set_defaults(fn=totals)
    p = sub.add_parser("register")
    p.add_argument("number")
    p.add_argument("name")
    p.add_argument("--tbs")
    p.set_defaults(fn=register)
    p = sub.add_parser("raise")
    p.add_argument("names", nargs="+")
    p.set_defaults(fn=raise_floors)
    p = sub.add_parser("dump")
    p.add_argument("out")
    p.set_defaults(fn=dump)
    p = sub.add_parser("diff")
    p.add_argument("a")
    p.add_argument("b")
    p.add_argument("--limit", type=int, default=200)
    p.set_defaults(fn=diff)
    p = sub.add_parser("grep")
    p.add_argument("regex")
    p.set_defaults(fn=grep)
    args = parser.parse_args()
    args.fn(args)


if __name__ == "__main__":
    main()
