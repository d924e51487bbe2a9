"""The desk's Django admin: one module per area; importing them registers the model admins."""

from claims.admin import articles, claims, evidence, reference, tokens, verdicts, webhooks

__all__ = ["articles", "claims", "evidence", "reference", "tokens", "verdicts", "webhooks"]
