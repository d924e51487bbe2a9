"""Webhook delivery tasks: one attempt per run, retried by Celery with the service's backoff."""

from celery import shared_task

from workers.dbretry import CountedDataTask
from workers.recovery import recoverer


@shared_task(name="webhooks.deliver", bind=True, acks_late=True, max_retries=None, ignore_result=True,
             base=CountedDataTask)
def deliver_webhook(self, delivery_id: int, db_retries: int = 0) -> str:
    # The attempt count lives in the database, so the bound holds even if this task is redelivered.
    from claims.publishing.webhooks import webhook_deliver

    outcome = webhook_deliver(delivery_id=delivery_id)
    if outcome.retry_in is not None:
        raise self.retry(countdown=outcome.retry_in)
    return outcome.status


@recoverer
def webhook_deliveries_recover(cutoff) -> int:
    """Deliveries whose retry never ran (broker lost it, worker killed) go round again."""
    from claims.publishing.webhooks import deliveries_overdue

    overdue = deliveries_overdue(cutoff)
    for delivery_id in overdue:
        deliver_webhook.delay(delivery_id)
    return len(overdue)
