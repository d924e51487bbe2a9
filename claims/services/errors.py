"""Domain errors; the API turns them into 4xx answers and the admin into messages."""


class DomainError(Exception):
    """A request the domain refuses. `code` is stable; `message` is for people."""

    code = "invalid"
    http_status = 400

    def __init__(self, message: str, *, code: str | None = None, **extra):
        super().__init__(message)
        self.message = message
        if code:
            self.code = code
        self.extra = extra

    def as_dict(self) -> dict:
        return {"detail": self.message, "code": self.code, **self.extra}


class IllegalTransition(DomainError):
    """The object is not in a state that allows this action; `allowed` says what is."""

    code = "illegal_transition"
    http_status = 409

    def __init__(self, message: str, *, allowed: list[str], current: str, code: str | None = None):
        super().__init__(message, code=code, allowed=allowed, current=current)
        self.allowed = allowed
        self.current = current


class NotPermitted(DomainError):
    code = "permission_denied"
    http_status = 403


class StaleVersion(DomainError):
    """Someone else changed the object since the caller read it."""

    code = "stale_version"
    http_status = 412
