"""Helpers of the safe fetcher; the public entry point is :mod:`workers.fetch`."""
