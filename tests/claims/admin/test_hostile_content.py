"""Hostile text in every stored field (pages, feeds, connectors, editors): no admin page for any role, and
not the public page or its JSON-LD, lets it out as markup."""

from datetime import UTC, datetime

import pytest
from django.contrib import admin
from django.urls import reverse

from claims.models import CollectionRun, Feed, FeedItem, Transition
from claims.models.webhooks import WebhookAttempt, WebhookDelivery, WebhookSubscription
from claims.services.workflow import verdict_transition
from tests.publishing import sample

H = "\"'><x-xss a=1></textarea></title></script><!--"


def _hostile_world(checker):
    article = sample.make_article(title="T" + H, publisher="P" + H, byline="B" + H,
                                  text=sample.CLAIM_TEXT + " " + H + " end.")
    claim = sample.make_claim(article, speaker="S" + H, entities=[H],
                              quantities=[{"text": "2,9", "value": H, "unit": H, "start": 60, "end": 63}])
    ev = sample.make_evidence(claim, passage="[B] " + H + " 2,9 Prozent", quantities=[{"text": H, "unit": H}])
    source = ev.source
    source.title, source.publisher, source.text, source.url = "ST" + H, "SP" + H, H, "https://s.example/" + H
    source.save()
    verdict = sample.draft(claim, checker, headline="V" + H[:40], evidence=[ev])
    verdict.summary = verdict.body = verdict.correction_note = H
    verdict.save()
    Transition.objects.filter(object_id=claim.pk).update(note=H)
    CollectionRun.objects.create(claim=claim, connectors={H: {"status": H, "error": H}}, errors=[{"message": H}, H])
    sub = WebhookSubscription.objects.create(name=H, url="https://hook.example/" + H, events=["verdict.published"])
    delivery = WebhookDelivery.objects.create(subscription=sub, event="verdict.published", verdict=verdict,
                                              payload={H: H}, last_error=H)
    WebhookAttempt.objects.create(delivery=delivery, number=1, started_at=datetime.now(UTC), error=H,
                                  response_excerpt=H)
    feed = Feed.objects.create(url="https://feed.example/" + H, title=H, publisher=H)
    FeedItem.objects.create(feed=feed, url="https://feed.example/i/" + H, title=H, summary=H)
    return claim, verdict


def _admin_urls():
    for model in admin.site._registry:
        info = f"admin:{model._meta.app_label}_{model._meta.model_name}"
        yield reverse(f"{info}_changelist")
        for obj in model.objects.all()[:5]:
            yield reverse(f"{info}_change", args=[obj.pk])


@pytest.mark.django_db
def test_no_admin_page_for_any_role_nor_the_public_page_renders_hostile_markup(
        client, django_user_model, reporter, checker, publisher, publisher2, readonly):
    claim, verdict = _hostile_world(checker)
    root = django_user_model.objects.create_superuser("root", "", "pw-root-123456")
    drafting = [reverse("admin:claims_verdict_add") + f"?claim={claim.pk}"]
    leaks = []
    for user in (root, reporter, checker, publisher, readonly):
        client.force_login(user)
        for url in [*_admin_urls(), *drafting]:
            if "<x-xss" in client.get(url).content.decode():
                leaks.append((user.username, url))
        if user is root:  # then the published, read-only shapes of the same rows
            verdict_transition(verdict=verdict, user=checker, action="submit")
            verdict_transition(verdict=verdict, user=publisher, action="approve")
            verdict_transition(verdict=verdict, user=publisher, action="publish")
            verdict_transition(verdict=verdict, user=publisher2, action="correct", note=H)
    assert not leaks
    client.logout()
    verdict.refresh_from_db()
    page = client.get(f"/verdicts/{verdict.slug}/")
    html = page.content.decode()
    assert page.status_code == 200 and "<x-xss" not in html
    jsonld = html.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0]
    assert "<" not in jsonld and "\\u003Cx-xss" in jsonld
