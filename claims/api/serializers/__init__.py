"""Serializers of API v1: brief nested shapes, public and staff representations, and write inputs."""
