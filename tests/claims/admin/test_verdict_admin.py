"""The verdict form and its workflow buttons: drafting, stale edits, four eyes, publish once, corrections."""

from django.urls import reverse

from claims.models import Claim, Transition, Verdict
from claims.services.workflow import verdict_transition, verdict_update
from tests.claims.admin.conftest import messages_of
from tests.claims.admin.sample import rating, verdict_in


def _change_url(verdict):
    return reverse("admin:claims_verdict_change", args=[verdict.pk])


def _form_data(verdict, **overrides):
    data = {"rating": verdict.rating_id, "headline": verdict.headline, "summary": verdict.summary,
            "body": verdict.body, "evidence": list(verdict.evidence.values_list("pk", flat=True)),
            "lock_version": verdict.lock_version}
    data.update(overrides)
    return data


def _transition(client, verdict, action, note="", lock_version=None):
    data = {"action": action, "note": note}
    if lock_version is not None:
        data["lock_version"] = lock_version
    return client.post(reverse("admin:claims_verdict_transition", args=[verdict.pk]), data)


def test_draft_from_the_claim_page_cites_evidence_and_moves_the_claim(client_for, checker, claim, evidence):
    client = client_for(checker)
    add = reverse("admin:claims_verdict_add") + f"?claim={claim.pk}"
    # given: the form offers this claim's evidence only, and the scale's ratings
    page = client.get(add)
    assert page.status_code == 200
    offered = set(page.context["adminform"].form.fields["evidence"].queryset.values_list("pk", flat=True))
    assert offered == {e.pk for e in evidence}
    assert "Größtenteils falsch (Mostly false, 3)" in page.content.decode()
    # when
    response = client.post(add, {"claim": claim.pk, "rating": rating().pk, "headline": "Es waren 9, nicht 12",
                                  "summary": "Kurz", "body": "Lang", "evidence": [evidence[1].pk]})
    # then
    verdict = Verdict.objects.get(claim=claim)
    assert response.status_code == 302 and response["Location"] == _change_url(verdict)
    assert list(verdict.evidence.all()) == [evidence[1]]
    assert verdict.created_by == checker and verdict.status == "draft"
    assert Claim.objects.get(pk=claim.pk).status == "verdict_drafted"
    assert Transition.objects.filter(claim=claim, action="draft_verdict", to_state="verdict_drafted").count() == 1


def test_draft_errors_are_shown_on_the_form(client_for, checker, claim):
    client = client_for(checker)
    add = reverse("admin:claims_verdict_add") + f"?claim={claim.pk}"
    too_long = client.post(add, {"claim": claim.pk, "rating": rating().pk, "headline": "x" * 76})
    assert too_long.status_code == 200
    assert too_long.context["adminform"].form.errors["headline"]
    Claim.objects.filter(pk=claim.pk).update(status="dismissed")
    dismissed = client.post(add, {"claim": claim.pk, "rating": rating().pk, "headline": "Titel"})
    assert dismissed.status_code == 200
    assert "Refused: a claim that is dismissed cannot get a new verdict" in str(
        dismissed.context["adminform"].form.non_field_errors())
    assert not Verdict.objects.exists()


def test_second_editor_is_told_what_changed_and_nothing_is_overwritten(client_for, checker, checker2, claim):
    # given: both editors open version 1
    verdict = verdict_in("draft", claim=claim, author=checker)
    opened = verdict.lock_version
    first, second = client_for(checker), client_for(checker2)
    # when: the first saves a new headline, the second then saves from the page they had open
    ok = first.post(_change_url(verdict), _form_data(verdict, headline="Neue Überschrift A"))
    assert ok.status_code == 302
    stale = second.post(_change_url(verdict), _form_data(verdict, headline="Überschrift B", lock_version=opened,
                                                         summary="Zusammenfassung B"))
    # then
    assert stale.status_code == 200
    form = stale.context["adminform"].form
    assert "was changed by someone else since you opened it" in str(form.non_field_errors())
    rows = {row["field"]: row for row in form.stale_changes}
    assert rows["headline"] == {"field": "headline", "yours": "Überschrift B", "current": "Neue Überschrift A"}
    assert rows["summary"]["yours"] == "Zusammenfassung B"
    html = stale.content.decode()
    assert 'id="stale-changes"' in html and "Neue Überschrift A" in html
    current = Verdict.objects.get(pk=verdict.pk)
    assert current.headline == "Neue Überschrift A" and current.summary == "Kurz."


def test_saving_without_changes_keeps_approval(client_for, checker, publisher, claim):
    verdict = verdict_in("approved", claim=claim, author=checker, approver=publisher)
    response = client_for(publisher).post(_change_url(verdict), _form_data(verdict))
    assert response.status_code == 302
    assert messages_of(response) == ["Nothing changed, nothing saved."]
    current = Verdict.objects.get(pk=verdict.pk)
    assert current.status == "approved" and current.lock_version == verdict.lock_version


def test_editing_an_approved_verdict_needs_approval_again(client_for, checker, publisher, claim):
    verdict = verdict_in("approved", claim=claim, author=checker, approver=publisher)
    client_for(checker).post(_change_url(verdict), _form_data(verdict, body="Neuer Text"))
    current = Verdict.objects.get(pk=verdict.pk)
    assert current.status == "draft" and current.approved_by is None and current.body == "Neuer Text"


def test_buttons_follow_role_and_four_eyes(client_for, checker, publisher, publisher2, claim):
    verdict = verdict_in("submitted", claim=claim, author=publisher)
    own = client_for(publisher).get(_change_url(verdict)).content.decode()
    assert 'id="do-approve"' not in own and 'id="four-eyes"' in own
    other = client_for(publisher2).get(_change_url(verdict)).content.decode()
    assert 'id="do-approve"' in other and 'id="do-return"' in other
    checker_page = client_for(checker).get(_change_url(verdict)).content.decode()
    assert 'id="do-approve"' not in checker_page
    # posting anyway is refused with the reason
    refused = _transition(client_for(publisher), verdict, "approve")
    assert refused.status_code == 302
    assert messages_of(refused) == ["Four eyes: you wrote or edited this verdict, so someone else must approve it."]


def test_double_clicked_publish_publishes_once(client_for, checker, publisher, claim):
    verdict = verdict_in("approved", claim=claim, author=checker, approver=publisher)
    client = client_for(publisher)
    page = client.get(_change_url(verdict))
    lock = page.context["lock_version"]
    # when: the same button is posted twice
    first = _transition(client, verdict, "publish", lock_version=lock)
    assert messages_of(first) == ["Published: the verdict is public now."]
    second = _transition(client, verdict, "publish", lock_version=lock)
    # then
    assert messages_of(second) == ["Refused: a verdict that is published cannot be published. "
                                   "Allowed now: correct, retract."]
    assert Transition.objects.filter(entity="verdict", object_id=verdict.pk, action="publish").count() == 1
    assert Claim.objects.get(pk=claim.pk).status == "published"


def test_transition_with_an_outdated_page_is_refused(client_for, checker, checker2, publisher, claim):
    # the publisher opened the page, then someone edited the verdict: approving unseen text is refused
    verdict = verdict_in("submitted", claim=claim, author=checker)
    lock = client_for(publisher).get(_change_url(verdict)).context["lock_version"]
    verdict_update(verdict=verdict, user=checker2, expected_version=lock, body="geändert")
    refused = _transition(client_for(publisher), verdict, "approve", lock_version=lock)
    assert messages_of(refused)[0].startswith(f"Verdict {verdict.pk} changed since you read it")
    assert Verdict.objects.get(pk=verdict.pk).status == "draft"


def test_correction_keeps_the_old_version_readable(client_for, checker, publisher, publisher2, claim):
    # given
    verdict = verdict_in("published", claim=claim, author=checker, approver=publisher)
    client = client_for(publisher)
    # when: a correction is started without a note, then with one
    assert messages_of(_transition(client, verdict, "correct")) == [
        "A correction needs a public note saying what was wrong."]
    response = _transition(client, verdict, "correct", note="Die Zahl der Kindergärten war 9.")
    correction = Verdict.objects.get(supersedes=verdict)
    assert response["Location"].startswith(_change_url(correction))
    # the correction is edited by the publisher, approved by someone else, published
    client.post(_change_url(correction), {**_form_data(correction, headline="Es waren 9 Kindergärten"),
                                          "correction_note": "Die Zahl der Kindergärten war 9."})
    verdict_transition(verdict=correction, user=publisher2, action="approve")
    _transition(client_for(publisher2), correction, "publish")
    # then
    old, new = Verdict.objects.get(pk=verdict.pk), Verdict.objects.get(pk=correction.pk)
    assert (old.status, new.status, new.version) == ("superseded", "published", 2)
    assert new.correction_note == "Die Zahl der Kindergärten war 9." and new.slug == old.slug
    old_page = client_for(checker).get(_change_url(old))
    assert old_page.status_code == 200
    html = old_page.content.decode()
    assert "Zahl stimmt nicht" in html and "Corrected by" in html and 'name="_save"' not in html
    assert "Correction note: Die Zahl der Kindergärten war 9." in html
    assert Claim.objects.get(pk=claim.pk).status == "published"


def test_retract_needs_a_note(client_for, checker, publisher, claim):
    verdict = verdict_in("published", claim=claim, author=checker, approver=publisher)
    client = client_for(publisher)
    assert messages_of(_transition(client, verdict, "retract")) == ["A retraction needs a public note saying why."]
    assert messages_of(_transition(client, verdict, "retract", note="Quelle war gefälscht.")) == [
        "Retracted: the public page now says so."]
    assert Claim.objects.get(pk=claim.pk).status == "retracted"


def test_published_verdict_is_read_only_in_the_form(client_for, checker, publisher, claim):
    verdict = verdict_in("published", claim=claim, author=checker, approver=publisher)
    page = client_for(publisher).get(_change_url(verdict))
    assert page.status_code == 200 and 'name="_save"' not in page.content.decode()
    saved = client_for(publisher).post(_change_url(verdict), _form_data(verdict, headline="x"))
    assert saved.status_code == 302 and saved["Location"] == _change_url(verdict)
    assert Verdict.objects.get(pk=verdict.pk).headline == "Zahl stimmt nicht"


def test_saving_a_verdict_published_meanwhile_says_why_nothing_was_saved(client_for, checker, publisher,
                                                                         publisher2, readonly, claim):
    verdict = verdict_in("approved", claim=claim, author=checker, approver=publisher)
    client = client_for(checker)
    assert client.get(_change_url(verdict)).status_code == 200  # the author has the form open ...
    verdict_transition(verdict=verdict, user=publisher2, action="publish")  # ... when it is published
    # when
    response = client.post(_change_url(verdict), _form_data(verdict, headline="Neu"))
    # then: no bare 403, a message naming the state and what to do instead
    assert response.status_code == 302 and response["Location"] == _change_url(verdict)
    assert messages_of(response) == [
        f"Verdict {verdict.pk} was published meanwhile and can no longer be edited: nothing was saved. "
        "Start a correction to change it."]
    assert Verdict.objects.get(pk=verdict.pk).headline == "Zahl stimmt nicht"
    # roles that may not edit verdicts at all are still refused outright
    assert client_for(readonly).post(_change_url(verdict), _form_data(verdict, headline="x")).status_code == 403


def test_transition_view_rejects_bad_requests_without_a_500(client_for, checker, claim):
    verdict = verdict_in("draft", claim=claim, author=checker)
    client = client_for(checker)
    url = reverse("admin:claims_verdict_transition", args=[verdict.pk])
    assert client.get(url).status_code == 405
    assert messages_of(client.post(url, {"action": "explode"})) == [
        "Unknown verdict action “explode”. Known: submit, return, approve, publish, correct, retract."]
    assert client.post(url, {"action": "submit", "lock_version": "abc"}).status_code == 302
    assert client.post(reverse("admin:claims_verdict_transition", args=[999999]), {"action": "submit"}
                       ).status_code == 404


def test_draft_page_with_a_bad_claim_parameter_still_renders(client_for, checker):
    for value in ("abc", "999999", ""):
        response = client_for(checker).get(reverse("admin:claims_verdict_add") + f"?claim={value}")
        assert response.status_code == 200, value


def test_anonymous_users_see_no_verdict_page(client, checker, claim):
    verdict = verdict_in("draft", claim=claim, author=checker)
    for url in (reverse("admin:claims_verdict_changelist"), _change_url(verdict),
                reverse("admin:claims_verdict_transition", args=[verdict.pk])):
        response = client.post(url, {"action": "submit"}) if url.endswith("transition/") else client.get(url)
        assert response.status_code == 302 and "/admin/login/" in response["Location"]
    assert Verdict.objects.get(pk=verdict.pk).status == "draft"
