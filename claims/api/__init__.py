"""REST API v1: verdicts, claims, evidence, articles, collection runs and the rating scale."""
