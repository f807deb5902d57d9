"""Domain errors: each carries a message a user can read and act on.

The model is Qt-free and speaks English, yet the desktop shows these messages
in the user's language. So an error keeps what it was made of: a literal
English ``template`` with ``{name}`` placeholders and the ``params`` that fill
it. ``message`` is the English text (logs, command line, tests); the desktop
translates the template instead (desktop/errors.py), and with it every
parameter whose name ends in ``label`` (a field or record name such as "Deal
name", never user data).

For that to work the template must be a literal at the call site, so that
tools/update_translations.py can collect it into the "Errors" context:
``raise InvalidValue("{label} must not be empty.", label=label)``, never an
f-string (tests/model/test_error_templates.py holds every call to it). Words
chosen at run time that end up in a ``*_label`` parameter are marked with
:func:`term` so the tool finds them too.
"""

from __future__ import annotations

from typing import Any


def render(template: str, params: dict[str, Any]) -> str:
    """``template.format(**params)``, or the template itself if it does not fit.

    A broken template must never turn a refusal into a crash.
    """
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError, AttributeError, TypeError):
        return template


def term(text: str) -> str:
    """Mark a word passed as a ``*_label`` parameter, so the translation tool collects it."""
    return text


class DomainError(Exception):
    """Base of errors the UI shows as a dialog or inline message, never a traceback."""

    def __init__(self, template: str, /, *, field: str | None = None, **params: Any) -> None:
        message = render(template, params)
        super().__init__(message)
        self.template = template
        self.params = params
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


class EditConflict(InvalidValue):
    """The row changed since the edit being undone or redone; nothing was written.

    ``kind`` and ``ident`` name the row, so the desktop can show its newer state.
    """

    kind: str = ""
    ident: int = 0
