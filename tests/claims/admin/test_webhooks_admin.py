"""Webhook subscriptions in the admin: publishers manage them; private addresses are refused on save."""

from claims.models.webhooks import WebhookSubscription


def test_publisher_adds_a_subscription(client, publisher):
    client.force_login(publisher)
    response = client.post("/admin/claims/webhooksubscription/add/", {
        "name": "Partner", "url": "https://partner.example.org/hooks", "events": ["verdict.published"],
        "active": "on",
    })
    assert response.status_code == 302, response.content[:2000]
    subscription = WebhookSubscription.objects.get()
    assert subscription.created_by == publisher and len(subscription.secret) >= 32


def test_private_address_is_refused_with_a_message(client, publisher):
    client.force_login(publisher)
    response = client.post("/admin/claims/webhooksubscription/add/", {
        "name": "Metadata", "url": "http://169.254.169.254/latest/", "events": ["verdict.published"],
    })
    assert response.status_code == 200
    assert "169.254.169.254" in response.content.decode()
    assert not WebhookSubscription.objects.exists()


def test_fact_checker_cannot_see_subscriptions(client, checker):
    client.force_login(checker)
    assert client.get("/admin/claims/webhooksubscription/").status_code == 403


def test_the_signing_secret_is_shown_once_and_can_be_rotated(client, publisher):
    from tests.claims.admin.conftest import messages_of

    client.force_login(publisher)
    created = client.post("/admin/claims/webhooksubscription/add/", {
        "name": "Partner", "url": "https://partner.example.org/hooks", "events": ["verdict.published"],
        "active": "on",
    })
    subscription = WebhookSubscription.objects.get()
    # shown once, right after it is made
    assert any(subscription.secret in m for m in messages_of(created))
    page = client.get(f"/admin/claims/webhooksubscription/{subscription.pk}/change/").content.decode()
    assert subscription.secret not in page and subscription.secret[-4:] in page
    # a rotation issues a new one, shown once too
    old = subscription.secret
    rotated = client.post("/admin/claims/webhooksubscription/", {
        "action": "rotate_secret", "_selected_action": [subscription.pk]})
    subscription.refresh_from_db()
    assert subscription.secret != old and len(subscription.secret) >= 32
    assert any(subscription.secret in m for m in messages_of(rotated))
    assert subscription.secret not in client.get("/admin/claims/webhooksubscription/").content.decode()
