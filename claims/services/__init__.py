"""Domain services: every write and state change goes through here (admin, API and tasks alike)."""
