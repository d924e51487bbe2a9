"""Dev-set metrics: recall and precision of check-worthy claims, exactly normalised quantities."""

import pytest

from claims.extraction import extract_claims, extract_quantities

from .dev_set import DEV_SET

TARGET = 0.95


def _matches(found, kind, value, unit):
    if found.kind != kind:
        return False
    if isinstance(value, str) or isinstance(found.value, str):
        same = found.value == value
    else:
        same = abs(float(found.value) - float(value)) <= 1e-4 * max(1.0, abs(float(value)))
    if not same:
        return False
    return kind == "count" or unit is None or found.unit == unit


def evaluate():
    tp = fn = fp = tn = 0
    q_expected = q_exact = q_found = q_spurious = 0
    sp_expected = sp_right = 0
    misses = []
    for lang, text, worthy, quantities, speaker in DEV_SET:
        claims = extract_claims(text, language=lang)
        returned = bool(claims)
        if worthy and returned:
            tp += 1
        elif worthy:
            fn += 1
            misses.append(("missed claim", text))
        elif returned:
            fp += 1
            misses.append(("opinion returned", text))
        else:
            tn += 1
        found = extract_quantities(text, lang)
        q_found += len(found)
        used = set()
        for kind, value, unit in quantities:
            q_expected += 1
            hit = next((i for i, f in enumerate(found) if i not in used and _matches(f, kind, value, unit)), None)
            if hit is None:
                misses.append(("quantity", text, (kind, value, unit), [(f.kind, f.value, f.unit) for f in found]))
            else:
                used.add(hit)
                q_exact += 1
        q_spurious += len(found) - len(used)
        if isinstance(speaker, str):
            sp_expected += 1
            got = claims[0].speaker if claims else None
            if got == speaker:
                sp_right += 1
            else:
                misses.append(("speaker", text, speaker, got))
    return {
        "recall": tp / (tp + fn),
        "precision": tp / (tp + fp) if tp + fp else 1.0,
        "quantity_accuracy": q_exact / q_expected,
        "quantity_precision": (q_found - q_spurious) / q_found if q_found else 1.0,
        "speaker_accuracy": sp_right / sp_expected if sp_expected else 1.0,
        "sizes": {"sentences": len(DEV_SET), "check_worthy": tp + fn, "quantities": q_expected},
        "misses": misses,
    }


@pytest.fixture(scope="module")
def metrics():
    result = evaluate()
    for miss in result["misses"]:
        print("MISS", miss)
    return result


def test_dev_set_is_substantial():
    assert len(DEV_SET) >= 100
    assert {row[0] for row in DEV_SET} == {"de", "en"}
    assert sum(1 for row in DEV_SET if not row[2]) >= 20


def test_check_worthy_recall(metrics):
    assert metrics["recall"] >= TARGET, metrics["misses"]


def test_check_worthy_precision(metrics):
    assert metrics["precision"] >= TARGET, metrics["misses"]


def test_quantities_exactly_normalised(metrics):
    assert metrics["quantity_accuracy"] >= TARGET, metrics["misses"]


def test_few_spurious_quantities(metrics):
    assert metrics["quantity_precision"] >= TARGET, metrics["misses"]


def test_speakers(metrics):
    assert metrics["speaker_accuracy"] >= 0.9, metrics["misses"]


if __name__ == "__main__":  # python -m tests.claims.extraction.test_dev_set
    res = evaluate()
    for m in res.pop("misses"):
        print("MISS", m)
    print(res)
