"""A correction still in progress when its verdict is retracted was never published: it stays private."""

from claims.services.workflow import verdict_transition, verdict_update
from tests.publishing import sample

SECRET = "[Beispiel] Unfertige Korrektur"


def _retract_with_open_correction(published, publisher, publisher2):
    correction = verdict_transition(verdict=published, user=publisher, action="correct", note="[Beispiel] Zahl prüfen")
    extra = sample.make_evidence(published.claim, 9, passage="[Beispiel] Nur im Entwurf zitiert.")
    verdict_update(verdict=correction, user=publisher, expected_version=None, headline=SECRET,
                   body="[Beispiel] Entwurfstext", evidence=[extra.pk])
    verdict_transition(verdict=published, user=publisher2, action="retract", note="[Beispiel] Zurückgezogen")
    correction.refresh_from_db()
    return correction, extra


def test_retracted_correction_draft_is_not_readable_by_the_public(anon, client, published, publisher, publisher2):
    # given
    correction, extra = _retract_with_open_correction(published, publisher, publisher2)
    assert correction.status == "retracted" and correction.published_at is None
    # then: the API shows the retracted published version, never the unreviewed draft
    assert anon.get(f"/api/v1/verdicts/{correction.pk}/").status_code == 404
    assert anon.get(f"/api/v1/verdicts/{published.pk}/").json()["status"] == "retracted"
    assert anon.get(f"/api/v1/evidence/{extra.pk}/").status_code == 404
    assert extra.pk not in [e["id"] for e in anon.get("/api/v1/evidence/").json()["results"]]
    # and the public page shows the retraction of what was published
    page = client.get(f"/verdicts/{published.slug}/")
    assert page.status_code == 200
    html = page.content.decode()
    assert SECRET not in html and "Entwurfstext" not in html
    assert published.headline in html


def test_staff_see_the_retracted_draft_without_a_public_url(as_checker, published, publisher, publisher2):
    correction, _extra = _retract_with_open_correction(published, publisher, publisher2)
    data = as_checker.get(f"/api/v1/verdicts/{correction.pk}/").json()
    assert data["status"] == "retracted" and data["headline"] == SECRET
    assert data["public_url"] is None
