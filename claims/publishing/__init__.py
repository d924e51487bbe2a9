"""Publishing verdicts to the world: public pages, ClaimReview markup and partner webhooks."""
