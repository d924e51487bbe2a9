"""Rates of a labelled sentence set: check-worthy recall and precision, exactly normalised quantities.

Rows are (language, sentence, check_worthy, quantities, speaker). A quantity is (kind,
value, unit) or (kind, value, unit, qualifier); unit None is "not checked" for counts and
"no unit" for other kinds; a given qualifier is checked exactly (None: no hedge).
"""

from collections import Counter

from claims.extraction import extract_claims, extract_quantities


def quantity_rows(text: str, lang: str) -> list[tuple]:
    """Every quantity of ``text`` as (kind, value, unit, qualifier), for the fix tests to look up."""
    return [(q.kind, q.value, q.unit, q.qualifier) for q in extract_quantities(text, lang)]


def _same_value(found, value) -> bool:
    if isinstance(value, str) or isinstance(found.value, str):
        return found.value == value
    return abs(float(found.value) - float(value)) <= 1e-4 * max(1.0, abs(float(value)))


def matches(found, kind, value, unit) -> bool:
    if found.kind != kind or not _same_value(found, value):
        return False
    return kind == "count" or unit is None or found.unit == unit


def _match_all(found, expected) -> tuple[list[int | None], int]:
    """For each expected quantity the index of the found one it matches (or None), greedily
    in order, and how many found ones matched nothing."""
    used: set[int] = set()
    hits: list[int | None] = []
    for kind, value, unit, *_ in expected:
        hit = next((i for i, f in enumerate(found) if i not in used and matches(f, kind, value, unit)), None)
        if hit is not None:
            used.add(hit)
        hits.append(hit)
    return hits, len(found) - len(used)


def _rate(n: int, d: int) -> float:
    return n / d if d else 1.0


def evaluate(rows) -> dict:
    """Rates over ``rows``; ``misses`` lists what went wrong, row by row."""
    tp = fn = fp = tn = 0
    detected_tp = 0
    q_expected = q_exact = q_strict = q_found = q_spurious = 0
    in_claims_expected = in_claims_exact = 0
    sp_expected = sp_right = 0
    per_kind_expected: Counter = Counter()
    per_kind_exact: Counter = Counter()
    misses = []
    for lang, text, worthy, quantities, speaker in rows:
        claims = extract_claims(text, language=lang)
        if worthy and claims:
            tp += 1
        elif worthy:
            fn += 1
            misses.append(("missed claim", text))
        elif claims:
            fp += 1
            misses.append(("opinion returned", text, claims[0].score))
        else:
            tn += 1

        found = extract_quantities(text, lang)
        q_found += len(found)
        hits, spurious = _match_all(found, quantities)
        q_spurious += spurious
        for expected, hit in zip(quantities, hits, strict=True):
            kind = expected[0]
            q_expected += 1
            per_kind_expected[kind] += 1
            if hit is None:
                misses.append(("quantity", text, expected, [(f.kind, f.value, f.unit, f.qualifier) for f in found]))
                continue
            q_exact += 1
            per_kind_exact[kind] += 1
            if len(expected) < 4 or found[hit].qualifier == expected[3]:
                q_strict += 1
            else:
                misses.append(("qualifier", text, expected, found[hit].qualifier))
        if spurious:
            misses.append(("spurious", text, [(f.kind, f.value, f.unit) for f in found]))

        if worthy:
            # As a caller without a language sees it: detected language, quantities of the claims.
            detected = extract_claims(text)
            detected_tp += bool(detected)
            claimed = [q for c in detected for q in c.quantities]
            in_claims_expected += len(quantities)
            in_claims_exact += sum(h is not None for h in _match_all(claimed, quantities)[0])

        if isinstance(speaker, str):
            sp_expected += 1
            got = claims[0].speaker if claims else None
            if got == speaker:
                sp_right += 1
            else:
                misses.append(("speaker", text, speaker, got))
    return {
        "recall": _rate(tp, tp + fn),
        "precision": _rate(tp, tp + fp),
        "negatives_rejected": _rate(tn, tn + fp),
        "recall_language_detected": _rate(detected_tp, tp + fn),
        "quantity_accuracy": _rate(q_exact, q_expected),
        "quantity_accuracy_with_qualifier": _rate(q_strict, q_expected),
        "quantity_accuracy_in_claims_language_detected": _rate(in_claims_exact, in_claims_expected),
        "quantity_precision": _rate(q_found - q_spurious, q_found),
        "speaker_accuracy": _rate(sp_right, sp_expected),
        "per_kind": {k: round(per_kind_exact[k] / n, 3) for k, n in sorted(per_kind_expected.items())},
        "sizes": {"sentences": len(rows), "check_worthy": tp + fn, "quantities": q_expected},
        "misses": misses,
    }


def report(rows) -> None:
    res = evaluate(rows)
    for m in res.pop("misses"):
        print("MISS", m)
    for key, value in res.items():
        print(f"{key}: {round(value, 4) if isinstance(value, float) else value}")
