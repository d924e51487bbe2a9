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
