"""Readers without the view permission see a claim as published: its filters match the published
speaker, language and article, and its status is a public fact (published or retracted), never the desk's
workflow state."""

from claims.models import Article
from claims.services.workflow import claim_update, verdict_transition
from tests.publishing import sample

NEW = "[Beispiel] Staatssekretär Muster"


def _ids(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.content
    return [item["id"] for item in response.json()["results"]]


def test_claim_filters_for_readers_match_what_is_published(anon, as_checker, published, reporter):
    claim_id = published.claim_id
    claim_update(claim=published.claim, user=reporter, speaker=NEW, language="en")
    # readers: the edit is not public, so filtering on it finds nothing, and the published values still match
    assert _ids(anon, "/api/v1/claims/?q=Muster") == []
    assert _ids(anon, "/api/v1/claims/?q=Ministerin") == [claim_id]
    assert _ids(anon, "/api/v1/claims/?language=en") == []
    assert _ids(anon, "/api/v1/claims/?language=de") == [claim_id]
    # staff filter on the claim as it is
    assert _ids(as_checker, "/api/v1/claims/?q=Muster") == [claim_id]
    assert _ids(as_checker, "/api/v1/claims/?language=en") == [claim_id]


def test_verdict_filters_match_the_version_as_published(anon, published, reporter):
    claim_update(claim=published.claim, user=reporter, language="en")
    Article.objects.filter(pk=published.claim.article_id).update(publisher="[Sample] Other Wire")
    assert _ids(anon, "/api/v1/verdicts/?language=en") == []
    assert _ids(anon, "/api/v1/verdicts/?language=de") == [published.pk]
    assert _ids(anon, "/api/v1/verdicts/?publisher=%5BSample%5D%20Other%20Wire") == []
    assert _ids(anon, "/api/v1/verdicts/?publisher=sample%20wire") == [published.pk]


def test_readers_see_public_status_not_the_workflow_after_a_retraction(anon, as_checker, published, checker,
                                                                      publisher):
    claim_id = published.claim_id
    assert anon.get(f"/api/v1/claims/{claim_id}/").json()["status"] == "published"
    verdict_transition(verdict=published, user=publisher, action="retract", note="[Beispiel] Falsche Quelle.")
    redo = sample.draft(published.claim, checker, headline="[Beispiel] Neu geprüft")
    # a new verdict in the works is the desk's business: readers see the retraction
    assert anon.get(f"/api/v1/claims/{claim_id}/").json()["status"] == "retracted"
    assert _ids(anon, "/api/v1/claims/?status=verdict_drafted") == []
    assert _ids(anon, "/api/v1/claims/?status=retracted") == [claim_id]
    assert as_checker.get(f"/api/v1/claims/{claim_id}/").json()["status"] == "verdict_drafted"
    verdict_transition(verdict=redo, user=checker, action="submit")
    verdict_transition(verdict=redo, user=publisher, action="approve")
    [listed] = anon.get("/api/v1/claims/").json()["results"]
    assert listed["status"] == "retracted"
    verdict_transition(verdict=redo, user=publisher, action="publish")
    assert anon.get(f"/api/v1/claims/{claim_id}/").json()["status"] == "published"
    assert _ids(anon, "/api/v1/claims/?status=published") == [claim_id]
