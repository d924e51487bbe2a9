"""Connectors that find candidate documents for a claim: one module each, one small interface (base.py)."""
