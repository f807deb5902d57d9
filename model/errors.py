"""Domain errors: each carries a message a user can read and act on."""

from __future__ import annotations


class DomainError(Exception):
    """Base of errors the UI shows as a dialog or inline message, never a traceback."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class NotFound(DomainError):
    pass


class InvalidValue(DomainError):
    pass


class WorkspaceError(DomainError):
    """A workspace cannot be opened: broken, locked, or written by a newer version."""


class WorkspaceTooNew(WorkspaceError):
    pass
