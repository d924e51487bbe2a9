"""App config of the domain app."""

from django.apps import AppConfig


class ClaimsConfig(AppConfig):
    name = "claims"
    verbose_name = "Fact-check desk"

    def ready(self):
        # Published, corrected and retracted verdicts refresh cached API lists and become webhook deliveries.
        from claims.api.caching import stamp_forget
        from claims.publishing.webhooks import on_verdict_event
        from claims.services import events

        events.subscribe(stamp_forget)
        events.subscribe(on_verdict_event)
