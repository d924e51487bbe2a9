"""Who may call what. Reads are open (each queryset shows a user only what their role may see); writes
need a login (IsAuthenticatedOrReadOnly), and the services check the role's permission, as for the admin."""


def can_view(user, model_name: str) -> bool:
    """The role's Django permission, e.g. claims.view_verdict (Reporters lack it: drafts are 404 to them)."""
    return bool(user and user.is_authenticated and user.has_perm(f"claims.view_{model_name}"))
