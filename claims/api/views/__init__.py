"""Views of API v1: thin viewsets that pick a queryset, validate input and call the services."""
