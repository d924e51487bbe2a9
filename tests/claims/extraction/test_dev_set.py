"""Dev-set metrics: recall and precision of check-worthy claims, exactly normalised quantities."""

import pytest

from .dev_set import DEV_SET
from .metrics import evaluate, report

TARGET = 0.95


@pytest.fixture(scope="module")
def metrics():
    result = evaluate(DEV_SET)
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
    report(DEV_SET)
