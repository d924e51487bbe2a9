"""Tests of API v1."""
