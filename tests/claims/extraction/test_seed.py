"""The seed article (shared/seed, never copied here) end to end."""

import hashlib
from pathlib import Path

import pytest

from claims.extraction import detect_language, extract_claims

SEED_DIR = Path(__file__).resolve().parents[3] / ".." / "shared" / "seed"


def _seed_texts():
    return sorted(SEED_DIR.glob("*.txt")) if SEED_DIR.is_dir() else []


@pytest.fixture(scope="module")
def seed():
    files = _seed_texts()
    if not files:
        pytest.skip(f"no seed article under {SEED_DIR}")
    text = files[0].read_text(encoding="utf-8")
    return text, extract_claims(text)


def _claim_with(claims, fragment):
    found = [c for c in claims if fragment in c.text]
    assert found, f"no claim contains {fragment!r}"
    return found[0]


def _quantity(claims, kind, value):
    for c in claims:
        for q in c.quantities:
            if q.kind == kind and q.value == value:
                return c, q
    raise AssertionError(f"no {kind} {value} in {[(q.kind, q.value) for c in claims for q in c.quantities]}")


def test_language_is_german(seed):
    text, claims = seed
    assert detect_language(text) == "de"
    assert {c.language for c in claims} == {"de"}


def test_offsets_round_trip(seed):
    text, claims = seed
    assert len(claims) >= 15
    for c in claims:
        assert text[c.start : c.end] == c.text
        assert 0.5 <= c.score <= 1.0
        for q in c.quantities:
            assert text[q.start : q.end] == q.surface
            assert c.start <= q.start < q.end <= c.end


def test_sixth_meeting(seed):
    _, claims = seed
    c, q = _quantity(claims, "ordinal", 6)
    assert "sechste Treffen" in c.text and q.surface == "sechste"


def test_one_fifth_of_the_territory(seed):
    _, claims = seed
    c, q = _quantity(claims, "fraction", 0.2)
    assert q.surface == "ein Fünftel"
    assert "Staatsgebiet" in c.text


def test_five_hour_meeting(seed):
    _, claims = seed
    _, q = _quantity(claims, "duration", 5)
    assert q.unit == "hour" and q.surface.startswith("fünfstündig")


def test_28_point_draft(seed):
    _, claims = seed
    c, q = _quantity(claims, "count", 28)
    assert q.surface.startswith("28-Punkte")
    assert "Entwurf" in c.text


def test_100_times_said_by_putin(seed):
    _, claims = seed
    c, q = _quantity(claims, "count", 100)
    assert q.surface == "100 Mal" and q.unit == "times"
    assert c.speaker == "Putin"  # the quote closes in the next sentence with "sagte Putin"


def test_sagte_uschakow_sentences_name_uschakow(seed):
    _, claims = seed
    attributed = [c for c in claims if "sagte Uschakow" in c.text or "Laut Uschakow" in c.text]
    assert len(attributed) >= 2
    assert all(c.speaker == "Uschakow" for c in attributed)


def test_peskow_quote(seed):
    _, claims = seed
    c = _claim_with(claims, "Peskow")
    assert c.speaker == "Dmitri Peskow"
    assert "Dmitri Peskow" in c.entities
    # The next quoted sentence continues Peskow's quote.
    following = next(d for d in claims if d.start > c.end)
    assert following.speaker == "Dmitri Peskow"


def test_selenskyj_and_government_spokesman(seed):
    _, claims = seed
    assert _claim_with(claims, "so Selenskyj").speaker == "Selenskyj"
    assert _claim_with(claims, "teilte indes").speaker == "Wolodymyr Selenskyj"
    assert _claim_with(claims, "laut Kreml").speaker == "Kreml"


def test_opinion_and_rhetoric_are_not_returned(seed):
    text, claims = seed
    assert "ebenso gefährlich wie falsch" in text
    assert not [c for c in claims if "ebenso gefährlich wie falsch" in c.text]
    assert not [c for c in claims if "Wir alle wissen" in c.text]
    # Headline fragment without a verb, and the dateline.
    assert not [c for c in claims if c.text.startswith("London:")]
    assert not [c for c in claims if c.text.lstrip().startswith("date")]


def test_entities_for_search(seed):
    _, claims = seed
    every = {e for c in claims for e in c.entities}
    assert {"Witkoff", "Kreml", "Jared Kushner", "Putin", "NATO"} <= every


def test_to_dict_is_json_safe(seed):
    import json

    _, claims = seed
    payload = json.loads(json.dumps([c.to_dict() for c in claims]))
    assert payload[0]["text"] == claims[0].text
    assert set(payload[0]) == {"text", "start", "end", "speaker", "score", "language", "quantities", "entities"}


# Sentence starts in the seed article as reviewed by the lead on 2026-11-26 (offsets only: the
# wire text stays out of the repository). Valid for the file with this SHA-256.
_SEED_SHA256 = "1c1c407817cc7aab1a95fc3331c4dc4821eda1261436d47065f13180ec54dacc"
# fmt: off
_REVIEWED_CLAIMS = frozenset([
    39, 224, 341, 446, 505, 648, 764, 922, 1016, 1112, 1289, 1351, 1484, 1567, 1747, 2078, 2363, 2598, 2738,
    2823, 2903, 3121, 3218, 3360, 3452, 3512, 3728, 3922, 3984, 4133, 4198, 4408, 4595, 4916, 5133, 5298,
    5406, 5526, 5597, 5662, 5711, 5845, 5972, 6138,
])
# fmt: on
# The dateline, a verbless headline, a quoted verdict and rhetoric ("Wir alle wissen ...").
_REVIEWED_NOT_CLAIMS = frozenset([1, 2140, 2557, 3004])


def test_every_reviewed_claim_is_returned(seed):
    """A rule that drops an attributed or factual sentence of the seed fails here, not only the
    handful of quantities above (three such losses once went unnoticed)."""
    text, claims = seed
    if hashlib.sha256(text.encode("utf-8")).hexdigest() != _SEED_SHA256:
        pytest.skip("the seed article differs from the one whose sentences were reviewed")
    starts = {c.start for c in claims}
    assert sorted(_REVIEWED_CLAIMS - starts) == []
    assert sorted(_REVIEWED_NOT_CLAIMS & starts) == []
