"""Tests of publishing: ClaimReview, public pages, webhooks."""
