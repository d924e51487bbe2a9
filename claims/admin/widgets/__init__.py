"""Display helpers for the admin that build HTML from offsets, never from the source's own markup."""
