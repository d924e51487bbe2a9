"""Hand-typed or hand-crafted input the database cannot store: a message naming the problem, nothing changed."""

import pytest
from django.urls import reverse

from claims.models import Article, Claim, Transition, Verdict
from tests.claims.admin.conftest import messages_of
from tests.claims.admin.sample import verdict_in

NUL_REFUSED = "contains a NUL character"


def test_claim_note_with_a_nul_character_is_refused_with_a_message(client_for, checker, claim):
    act = reverse("admin:claims_claim_act", args=[claim.pk])
    response = client_for(checker).post(act, {"action": "dismiss", "note": "Meinung\x00"})
    assert response.status_code == 302
    assert any(NUL_REFUSED in m for m in messages_of(response))
    assert Claim.objects.get(pk=claim.pk).status == "new"
    assert not Transition.objects.filter(claim=claim).exists()


def test_bulk_dismiss_reason_with_a_nul_character_is_asked_again(client_for, checker, claims):
    response = client_for(checker).post(reverse("admin:claims_claim_changelist"), {
        "action": "dismiss_claims", "_selected_action": [c.pk for c in claims], "confirm": "yes",
        "reason": "kein\x00Fakt"})
    assert response.status_code == 200 and NUL_REFUSED in response.content.decode()
    assert not Claim.objects.filter(status="dismissed").exists()


@pytest.mark.parametrize("action", ["correct", "retract"])
def test_verdict_note_with_a_nul_character_is_refused_with_a_message(client_for, checker, publisher, publisher2,
                                                                    claim, action):
    verdict = verdict_in("published", claim=claim, author=checker, approver=publisher)
    url = reverse("admin:claims_verdict_transition", args=[verdict.pk])
    response = client_for(publisher2).post(url, {"action": action, "note": "falsch\x00"})
    assert response.status_code == 302
    assert any(NUL_REFUSED in m for m in messages_of(response))
    assert Verdict.objects.get(pk=verdict.pk).status == "published"
    assert Verdict.objects.filter(claim=claim).count() == 1


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser("boss", "boss@example.org", "x")


@pytest.mark.parametrize(("model", "query"), [
    ("claim", "status=%00"), ("claim", "language=new%00"), ("claim", "article__publisher=%00"),
    ("verdict", "status=%00"), ("article", "language=%00"), ("transition", "entity=%00"),
    ("webhookdelivery", "event=%00"), ("claim", "status%00=new"),
])
def test_changelist_filter_with_a_nul_character_is_dropped_with_a_message(client_for, superuser, claims, model,
                                                                         query):
    url = reverse(f"admin:claims_{model}_changelist")
    response = client_for(superuser).get(f"{url}?{query}")
    assert response.status_code == 302 and response["Location"] == url
    assert any(NUL_REFUSED in m for m in messages_of(response))


@pytest.mark.parametrize("selected", [["abc"], ["\x00"], ["99999999999999999999999"]])
def test_bulk_action_with_ids_that_are_not_ids_says_so(client_for, checker, claims, selected):
    url = reverse("admin:claims_claim_changelist")
    response = client_for(checker).post(url, {"action": "assign_to_me", "_selected_action": selected})
    assert response.status_code == 302
    assert messages_of(response)
    assert not Claim.objects.filter(assignee=checker).exists()


def test_bulk_dismiss_with_a_garbled_claim_list_dismisses_nothing(client_for, checker, claims):
    response = client_for(checker).post(reverse("admin:claims_claim_changelist"), {
        "action": "dismiss_claims", "_selected_action": [claims[0].pk], "select_across": "1",
        "claim_ids": f"{claims[0].pk},abc", "confirm": "yes", "reason": "Meinung"})
    assert response.status_code == 302
    assert messages_of(response) == ["The list of claims to dismiss is garbled: nothing was dismissed."]
    assert not Claim.objects.filter(status="dismissed").exists()


def test_a_publication_date_in_year_one_is_refused_on_the_article_form(client_for, publisher, reporter, article):
    # 00:30 on 1 January of year 1 in Vienna is a date BC in UTC: stored, it would break every list showing it.
    url = reverse("admin:claims_article_change", args=[article.pk])
    response = client_for(publisher).post(url, {
        "title": "Titel", "publisher": "Agentur", "byline": "", "language": "de",
        "published_at_0": "0001-01-01", "published_at_1": "00:30"})
    assert response.status_code == 200
    assert "cannot be stored" in str(response.context["adminform"].form.errors["published_at"])
    assert client_for(publisher).get(reverse("admin:claims_article_changelist")).status_code == 200
    ingest = client_for(reporter).post(reverse("admin:claims_article_ingest"), {
        "text": "Die Stadt eröffnete 12 Kindergärten.", "published_at": "0001-01-01 00:30"})
    assert ingest.status_code == 200 and "cannot be stored" in ingest.content.decode()
    assert list(Article.objects.all()) == [article]


@pytest.mark.parametrize(("model", "query"), [
    ("claim", "created_at__year=0"), ("verdict", "published_at__year=99999999999"), ("article", "nonsense=1"),
    ("claim", "created_at__gte=2024-13-45"),
])
def test_a_filter_the_list_cannot_apply_is_named_in_a_message(client_for, superuser, claims, model, query):
    url = reverse(f"admin:claims_{model}_changelist")
    client = client_for(superuser)
    response = client.get(f"{url}?{query}", follow=True)
    assert response.status_code == 200 and response.redirect_chain[-1][0] == url
    assert messages_of(response) == [
        "This list cannot be filtered that way (an address edited by hand?): showing it without its filters."]
