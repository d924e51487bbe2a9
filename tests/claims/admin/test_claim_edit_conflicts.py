"""Two editors correcting one claim's speaker or language: neither silently undoes the other."""

from django.urls import reverse

from claims.models import Claim, Transition
from tests.claims.admin.conftest import messages_of
from tests.claims.admin.sample import verdict_in


def _read(client, claim) -> dict:
    """What the editor's browser sends back unchanged: the fields and the values they were shown."""
    page = client.get(reverse("admin:claims_claim_change", args=[claim.pk]))
    form = page.context["adminform"].form
    values = {name: form.initial[name] for name in ("speaker", "language")}
    return {**values, **{f"initial-{name}": value for name, value in values.items()}}


def test_saving_one_field_keeps_what_another_editor_saved_in_the_other(client_for, reporter, checker, claim):
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    alice, bob = client_for(reporter), client_for(checker)
    seen_by_alice, seen_by_bob = _read(alice, claim), _read(bob, claim)
    assert alice.post(url, {**seen_by_alice, "speaker": "Bürgermeister Karl Beispiel"}).status_code == 302
    # when: Bob, whose page still shows the old speaker, changes the language only
    response = bob.post(url, {**seen_by_bob, "language": "en"})
    # then
    assert response.status_code == 302
    claim.refresh_from_db()
    assert (claim.speaker, claim.language) == ("Bürgermeister Karl Beispiel", "en")
    page = bob.get(url).content.decode()  # the page carries what it showed, so the save knows what was read
    assert 'name="initial-speaker"' in page and 'name="initial-language"' in page


def test_changing_a_field_someone_else_changed_meanwhile_is_refused_with_the_current_value(
        client_for, reporter, checker, claim):
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    alice, bob = client_for(reporter), client_for(checker)
    seen_by_alice, seen_by_bob = _read(alice, claim), _read(bob, claim)
    alice.post(url, {**seen_by_alice, "speaker": "Bürgermeister Karl Beispiel"})
    # when
    response = bob.post(url, {**seen_by_bob, "speaker": "Stadtrat", "language": "en"})
    # then: the form comes back with the conflict named; nothing of Bob's is saved
    assert response.status_code == 200
    errors = " ".join(response.context["adminform"].form.non_field_errors())
    assert "changed by someone else" in errors and "Bürgermeister Karl Beispiel" in errors
    claim.refresh_from_db()
    assert (claim.speaker, claim.language) == ("Bürgermeister Karl Beispiel", "de")
    assert Transition.objects.filter(claim=claim, action="edit").count() == 1
    assert Claim.objects.get(pk=claim.pk).status == "new"


def test_an_edit_behind_an_approved_verdict_says_readers_see_it_only_after_a_correction(
        client_for, reporter, checker, publisher, claim):
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    editor = client_for(reporter)
    # an edit while no verdict is approved says nothing more
    response = editor.post(url, {**_read(editor, claim), "language": "en"})
    assert response.status_code == 302
    assert not [m for m in messages_of(response) if "correction" in m]
    verdict_in("published", claim=claim, author=checker, approver=publisher)
    # when
    response = editor.post(url, {**_read(editor, claim), "speaker": "Bürgermeister Karl Beispiel"})
    # then: saved for the desk, and the editor is told readers keep the approved version
    assert response.status_code == 302
    assert any("speaker changed here" in m and "until a correction" in m for m in messages_of(response))
    claim.refresh_from_db()
    assert claim.speaker == "Bürgermeister Karl Beispiel"


def test_an_article_edit_behind_an_approved_verdict_warns_the_same_way(client_for, checker, publisher, claim):
    url = reverse("admin:claims_article_change", args=[claim.article_id])
    data = {"title": "Neuer Titel", "publisher": "Agentur", "byline": "", "language": "de",
            "published_at_0": "", "published_at_1": ""}
    editor = client_for(publisher)
    response = editor.post(url, data)
    assert response.status_code == 302 and not [m for m in messages_of(response) if "correction" in m]
    verdict_in("published", claim=claim, author=checker, approver=publisher)
    # when
    response = editor.post(url, {**data, "title": "Noch ein Titel"})
    # then
    assert response.status_code == 302
    assert any("title changed here" in m and "until a correction" in m for m in messages_of(response))
