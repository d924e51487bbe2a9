"""Publish buttons pressed at the same moment in two browsers: one publish, one clear refusal."""

import threading

from django.db import connection
from django.test import Client
from django.urls import reverse

from claims.models import Transition, Verdict
from tests.claims.admin.conftest import messages_of
from tests.claims.admin.sample import sample_article, sample_claims, verdict_in


def test_publish_posted_twice_at_once_publishes_once(desk_roles, checker, publisher, publisher2):
    # given: an approved verdict (committed), two publishers with the page open at the same version
    claim = sample_claims(sample_article())[0]
    verdict = verdict_in("approved", claim=claim, author=checker, approver=publisher2)
    url = reverse("admin:claims_verdict_transition", args=[verdict.pk])
    clients = []
    for user in (publisher, publisher2, publisher):  # the same publisher double-clicks, a colleague clicks too
        client = Client()
        client.force_login(user)
        clients.append(client)
    barrier = threading.Barrier(len(clients))
    notes, codes = [], []

    def press(client):
        try:
            barrier.wait(timeout=10)
            response = client.post(url, {"action": "publish", "lock_version": verdict.lock_version})
            codes.append(response.status_code)
            notes.extend(messages_of(response))
        finally:
            connection.close()

    # when
    threads = [threading.Thread(target=press, args=(c,)) for c in clients]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    # then
    assert codes == [302, 302, 302]
    assert sorted(notes) == ["Published: the verdict is public now."] + [
        "Refused: a verdict that is published cannot be published. Allowed now: correct, retract."] * 2
    assert Transition.objects.filter(entity="verdict", object_id=verdict.pk, action="publish").count() == 1
    assert Verdict.objects.get(pk=verdict.pk).status == "published"
