"""Requests refused before any view runs: the answer names the limit, in the admin as in the API."""

from django.urls import reverse

from claims.models import Verdict
from tests.claims.admin.sample import sample_article, sample_claims, verdict_in


def test_a_verdict_body_over_the_request_limit_gets_413_naming_the_limit(client, checker, settings):
    claim = sample_claims(sample_article())[0]
    verdict = verdict_in("draft", claim=claim, author=checker)
    client.force_login(checker)
    response = client.post(reverse("admin:claims_verdict_change", args=[verdict.pk]), {
        "rating": verdict.rating_id, "headline": "H", "body": "x" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 1),
        "lock_version": verdict.lock_version})
    assert response.status_code == 413
    assert f"larger than the {settings.DATA_UPLOAD_MAX_MEMORY_SIZE:,} bytes" in response.content.decode()
    assert Verdict.objects.get(pk=verdict.pk).body == "Lang."


def test_too_many_fields_get_400_naming_the_limit(client, checker, settings):
    client.force_login(checker)
    fields = "&".join(f"f{i}=1" for i in range(settings.DATA_UPLOAD_MAX_NUMBER_FIELDS + 1))
    response = client.post(reverse("admin:claims_claim_changelist"), fields,
                           content_type="application/x-www-form-urlencoded")
    assert response.status_code == 400
    assert f"more than {settings.DATA_UPLOAD_MAX_NUMBER_FIELDS:,} fields" in response.content.decode()
