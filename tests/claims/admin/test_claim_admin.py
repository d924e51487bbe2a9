"""The claim list (filters, search, bulk actions, query count) and the claim page."""

import re
import sys
from urllib.parse import urlencode

from django.urls import reverse

from claims.models import Claim, Evidence, Transition
from tests.claims.admin.conftest import messages_of
from tests.claims.admin.sample import sample_article, sample_claims, sample_evidence

CHANGELIST = "admin:claims_claim_changelist"


def _listed(response) -> set[int]:
    return {c.pk for c in response.context["cl"].result_list}


def test_claim_page_shows_sentence_in_context_quantities_and_evidence(client_for, checker, claim, evidence):
    # when
    response = client_for(checker).get(reverse("admin:claims_claim_change", args=[claim.pk]))
    # then
    assert response.status_code == 200
    html = response.content.decode()
    assert '<mark class="fc-claim"' in html
    assert '<mark class="fc-qty" title="12 Kindergärten">12</mark>' in html
    assert "Karl Beispiel" in html
    # evidence sorted by relevance, numbers highlighted, agreement badges
    first, second = html.index(f'id="evidence-{evidence[0].pk}"'), html.index(f'id="evidence-{evidence[1].pk}"')
    assert first < second
    assert '<mark class="fc-number" title="number">12</mark>' in html
    assert "fc-badge-agrees" in html and "fc-badge-conflicts" in html
    assert 'value="pin"' in html and 'id="draft-verdict"' in html


def test_claim_list_filters(client_for, checker, publisher, claims):
    # given
    other = sample_article(text="Anderer Beispieltext. Es gab 3 Unfälle im Jahr.", title="Zweiter Text",
                           publisher="Andere Agentur", language="en")
    extra = Claim.objects.create(article=other, text="Es gab 3 Unfälle im Jahr.", start=22, end=47, language="en",
                                 score=0.1, status=Claim.Status.TRIAGED, assignee=checker)
    client = client_for(publisher)
    url = reverse(CHANGELIST)
    # then
    assert _listed(client.get(url, {"status__exact": "triaged"})) == {extra.pk}
    assert _listed(client.get(url, {"language__exact": "en"})) == {extra.pk}
    assert _listed(client.get(url, {"assignee__id__exact": checker.pk})) == {extra.pk}
    assert _listed(client.get(url, {"score": "0.8-1"})) == {claims[0].pk}
    assert _listed(client.get(url, {"score": "0.5-0.8"})) == {claims[1].pk}  # 0.8 - 0.3
    assert _listed(client.get(url, {"score": "0-0.5"})) == {claims[2].pk, extra.pk}
    assert _listed(client.get(url, {"score": "nonsense"})) == {*(c.pk for c in claims), extra.pk}
    assert _listed(client.get(url, {"article__publisher": "Andere Agentur"})) == {extra.pk}
    # the date filter's own "Today" link
    cl = client.get(url).context["cl"]
    date_filter = next(s for s in cl.filter_specs if getattr(s, "field_path", "") == "created_at")
    today = next(c["query_string"] for c in date_filter.choices(cl) if str(c["display"]) in ("Today", "Heute"))
    assert len(_listed(client.get(url + today))) == 4


def test_claim_list_search_covers_text_speaker_and_article_title(client_for, publisher, claims):
    client = client_for(publisher)
    url = reverse(CHANGELIST)
    assert _listed(client.get(url, {"q": "vergangenen Jahr"})) == {claims[0].pk}
    assert _listed(client.get(url, {"q": "Opposition"})) == {claims[2].pk}
    assert _listed(client.get(url, {"q": "Musterstadt eröffnet"})) == {c.pk for c in claims}


def test_claim_list_has_no_n_plus_one(client_for, publisher, checker, django_assert_max_num_queries):
    # given: few claims, then many
    client = client_for(publisher)
    url = reverse(CHANGELIST)
    article = sample_article()
    sample_claims(article)
    client.get(url)  # warm session and content types
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        assert client.get(url).status_code == 200
    for i in range(10):
        other = sample_article(text=f"Beispiel {i}. Es gab {i + 3} Unfälle.", title=f"T{i}", publisher=f"P{i}")
        claim = Claim.objects.create(article=other, text=f"Es gab {i + 3} Unfälle.", start=len(f"Beispiel {i}. "),
                                     end=len(other.text), assignee=checker if i % 2 else None)
        sample_evidence(claim, count=1)
    # then: the same number of queries for 13 claims as for 3
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(url)
    assert response.status_code == 200 and len(response.context["cl"].result_list) == 13


def test_bulk_assign_to_me(client_for, checker, claims):
    response = client_for(checker).post(reverse(CHANGELIST), {
        "action": "assign_to_me", "_selected_action": [c.pk for c in claims[:2]]})
    assert response.status_code == 302
    assert "2 claim(s) assigned to you." in messages_of(response)
    assert set(Claim.objects.filter(assignee=checker).values_list("pk", flat=True)) == {claims[0].pk, claims[1].pk}
    assert Transition.objects.filter(action="assign", actor=checker).count() == 2


def test_bulk_dismiss_asks_for_a_reason_first(client_for, checker, claims):
    client = client_for(checker)
    selected = [c.pk for c in claims[:2]]
    # when: the action is chosen → an intermediate page, nothing dismissed yet
    page = client.post(reverse(CHANGELIST), {"action": "dismiss_claims", "_selected_action": selected})
    assert page.status_code == 200 and b"Reason (required)" in page.content
    assert not Claim.objects.filter(status="dismissed").exists()
    # when: confirmed without a reason → asked again
    again = client.post(reverse(CHANGELIST), {"action": "dismiss_claims", "_selected_action": selected,
                                              "confirm": "yes", "reason": "  "})
    assert again.status_code == 200 and b"Dismissing needs a reason" in again.content
    # when: confirmed with a reason
    done = client.post(reverse(CHANGELIST), {"action": "dismiss_claims", "_selected_action": selected,
                                             "confirm": "yes", "reason": "Meinung, keine Tatsachenbehauptung"})
    # then
    assert done.status_code == 302
    assert "2 claim(s) dismissed." in messages_of(done)
    dismissed = Claim.objects.filter(status="dismissed")
    assert {c.pk for c in dismissed} == set(selected)
    assert {c.dismiss_reason for c in dismissed} == {"Meinung, keine Tatsachenbehauptung"}


def test_bulk_dismiss_reports_claims_it_cannot_dismiss(client_for, checker, publisher, claims):
    claims[0].status = Claim.Status.PUBLISHED
    claims[0].save()
    done = client_for(publisher).post(reverse(CHANGELIST), {
        "action": "dismiss_claims", "_selected_action": [claims[0].pk, claims[1].pk], "confirm": "yes",
        "reason": "kein Fakt"})
    msgs = messages_of(done)
    assert "1 claim(s) dismissed." in msgs
    assert any(f"claim {claims[0].pk}: Refused: a claim that is published cannot be dismissed" in m for m in msgs)


def _hidden_fields(html: str) -> list[tuple[str, str]]:
    """The hidden inputs of the confirmation form, as a browser would send them back."""
    form = html[html.index('<form method="post">'):]
    return re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', form[:form.index("</form>")])


def test_bulk_dismiss_of_more_claims_than_a_post_may_have_fields(client_for, checker, article, claims):
    # given: a noisy feed's 1,100 claims, all selected across the list's pages ("Select all")
    Claim.objects.bulk_create([Claim(article=article, text=f"Satz {i}.", start=1000 + i, end=1005 + i, language="de")
                               for i in range(1100)])
    client, url = client_for(checker), reverse(CHANGELIST) + "?status__exact=new"
    page = client.post(url, {"action": "dismiss_claims", "_selected_action": [claims[0].pk], "select_across": "1",
                             "index": "0"})
    assert page.status_code == 200 and "Dismiss these 1103 claim(s)?" in page.content.decode()
    # when: confirmed with a reason
    fields = _hidden_fields(page.content.decode())
    done = client.post(url, urlencode([*fields, ("reason", "Feed-Rauschen")]),
                       content_type="application/x-www-form-urlencoded")
    # then: every claim on the confirmation page is dismissed, and only those
    assert done.status_code == 302 and "1103 claim(s) dismissed." in messages_of(done)
    assert Claim.objects.filter(status="dismissed").count() == 1103


def test_bulk_dismiss_confirms_exactly_the_claims_it_listed(client_for, checker, article, claims):
    client, url = client_for(checker), reverse(CHANGELIST)
    page = client.post(url, {"action": "dismiss_claims", "_selected_action": [claims[0].pk, claims[1].pk]})
    fields = _hidden_fields(page.content.decode())
    sample_claims(sample_article(text="Andere Zeitung. " + article.text))  # arrives before the confirmation
    done = client.post(url, urlencode([*fields, ("reason", "Meinung")]),
                       content_type="application/x-www-form-urlencoded")
    assert "2 claim(s) dismissed." in messages_of(done)
    assert set(Claim.objects.filter(status="dismissed").values_list("pk", flat=True)) == {claims[0].pk, claims[1].pk}


def test_bulk_actions_are_hidden_from_roles_without_the_permission(client_for, reporter, readonly, claims):
    for user in (reporter, readonly):
        response = client_for(user).get(reverse(CHANGELIST))
        assert response.status_code == 200
        form = response.context["action_form"]  # None when the role has no bulk action at all
        choices = dict(form.fields["action"].choices) if form else {}
        assert not {"assign_to_me", "collect_sources", "dismiss_claims"} & set(choices)


def test_collect_without_the_collection_service_says_not_available(client_for, checker, claims, monkeypatch):
    # given: a server where the collection module is missing (None in sys.modules makes its import fail)
    monkeypatch.setitem(sys.modules, "claims.services.collection", None)
    client = client_for(checker)
    # when / then: the bulk action and the claim page's button both say so, nothing breaks
    bulk = client.post(reverse(CHANGELIST), {"action": "collect_sources", "_selected_action": [claims[0].pk]})
    assert bulk.status_code == 302
    assert messages_of(bulk) == ["Source collection is not available yet on this server (its service is still "
                                 "being built)."]
    button = client.post(reverse("admin:claims_claim_act", args=[claims[0].pk]), {"action": "add_source",
                                                                                   "url": "https://example.org/"})
    assert button.status_code == 302 and "not available yet" in messages_of(button)[0]


def test_claim_page_actions_change_state_and_are_recorded(client_for, checker, claim):
    client = client_for(checker)
    act = reverse("admin:claims_claim_act", args=[claim.pk])
    assert client.post(act, {"action": "triage"}).status_code == 302
    assert client.post(act, {"action": "research"}).status_code == 302
    claim.refresh_from_db()
    assert claim.status == "researching"
    page = client.get(reverse("admin:claims_claim_change", args=[claim.pk])).content.decode()
    assert "new → triaged" in page and "triaged → researching" in page


def test_claim_page_refuses_illegal_moves_with_a_message(client_for, checker, claim):
    client = client_for(checker)
    act = reverse("admin:claims_claim_act", args=[claim.pk])
    response = client.post(act, {"action": "review"})
    assert response.status_code == 302
    assert messages_of(response) == [
        "Refused: a claim that is new cannot be put in review. Allowed now: triage, dismiss, research."]
    response = client.post(act, {"action": "dismiss", "note": ""})
    assert messages_of(response) == ["Dismissing a claim needs a reason."]
    response = client.post(act, {"action": "fly"})
    assert messages_of(response) == ["Unknown action “fly”."]
    assert client.get(act).status_code == 405
    assert client.post(reverse("admin:claims_claim_act", args=[999999]), {"action": "triage"}).status_code == 404


def test_pin_unpin_and_stance_from_the_claim_page(client_for, checker, claim, evidence):
    client = client_for(checker)
    url = reverse("admin:claims_claim_evidence", args=[claim.pk, evidence[1].pk])
    assert messages_of(client.post(url, {"op": "pin", "stance": "refutes"})) == ["Evidence pinned."]
    ev = Evidence.objects.get(pk=evidence[1].pk)
    assert ev.pinned and ev.pinned_by == checker and ev.editor_stance == "refutes"
    assert messages_of(client.post(url, {"op": "stance", "stance": "bogus"}))[0].startswith("Unknown stance “bogus”")
    assert messages_of(client.post(url, {"op": "unpin"})) == ["Evidence unpinned."]
    assert not Evidence.objects.get(pk=evidence[1].pk).pinned
    actions = list(Transition.objects.filter(entity="evidence").values_list("action", flat=True))
    assert actions == ["pin", "set_stance", "unpin"]
    # evidence of another claim is not reachable through this claim's URL
    other = reverse("admin:claims_claim_evidence", args=[claim.pk + 1, evidence[1].pk])
    assert client.post(other, {"op": "pin"}).status_code == 404


def test_add_source_by_url_needs_a_url(client_for, reporter, claim):
    response = client_for(reporter).post(reverse("admin:claims_claim_act", args=[claim.pk]),
                                         {"action": "add_source", "url": ""})
    assert messages_of(response) == ["Give the URL of the source to add."]


def test_anonymous_users_see_nothing(client, claim):
    for url in (reverse(CHANGELIST), reverse("admin:claims_claim_change", args=[claim.pk]),
                reverse("admin:claims_claim_act", args=[claim.pk])):
        response = client.get(url)
        assert response.status_code == 302 and "/admin/login/" in response["Location"]
    response = client.post(reverse("admin:claims_claim_act", args=[claim.pk]), {"action": "triage"})
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    claim.refresh_from_db()
    assert claim.status == "new"


def test_reporter_corrects_the_speaker_through_the_service(client_for, reporter, readonly, claim):
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    response = client_for(reporter).post(url, {"speaker": "Bürgermeister Karl Beispiel", "language": "de"})
    assert response.status_code == 302
    claim.refresh_from_db()
    assert claim.speaker == "Bürgermeister Karl Beispiel" and claim.status == "new"
    edit = Transition.objects.get(claim=claim, action="edit")
    assert edit.actor == reporter and edit.note == "speaker: “Karl Beispiel” → “Bürgermeister Karl Beispiel”"
    assert client_for(readonly).post(url, {"speaker": "x", "language": "de"}).status_code == 403
