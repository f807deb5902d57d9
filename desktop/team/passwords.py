"""Opening a team database: its password from this process, the keyring or the user.

A team database is remembered (recent workspaces, the last one opened) by its
URL without a password (:func:`model.server_login.public_url`). Its password is
held for the life of the process once it has been given, and saved in the
system's keyring (never in the settings) when the user ticks "remember the
password". Opening a URL tries what is known (held, then the keyring, then no
password at all, for servers that need none); when the server wants a password
or refuses the one given, :data:`decider` (the Open team database dialog, its
fields filled in) asks the user, who may correct it or cancel.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.encryption.opening import Cancelled
from model.errors import WorkspaceError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from model.server_login import ServerParts
    from model.workspace import Workspace

KEYRING_SERVICE = "Key Account Navigator team database"
"""The keyring's service name of team database passwords; the user is the URL without one."""


@dataclass(frozen=True)
class LoginRequest:
    """What the dialog shows: the parts to fill in (None: last used), why it asks again,
    and whether a keyring can remember the password."""

    parts: ServerParts | None = None
    problem: str = ""
    keyring: bool = False


@dataclass(frozen=True)
class LoginAnswer:
    """The user's answer: the database's URL without a password, the password, and
    whether to save it in the keyring."""

    url: str
    password: str
    save: bool = False


def ask(parent: QWidget | None, request: LoginRequest) -> LoginAnswer | None:
    """The Open team database dialog (imported when first needed)."""
    from desktop.team.open_dialog import ask_login

    return ask_login(parent, request)


decider: Callable[[QWidget | None, LoginRequest], LoginAnswer | None] = ask
"""Who answers a sign-in: the dialog; tests put their own answer here."""


# -- passwords held and saved --------------------------------------------------------------

_lock = threading.Lock()
_held: dict[str, str] = {}
_to_save: set[str] = set()


def hold(url: str, password: str, *, save: bool = False) -> None:
    """Hold ``password`` for the database ``url`` (no password in it) for this process;
    ``save``: into the keyring as well, once it has opened the database."""
    with _lock:
        _held[url] = password
        if save:
            _to_save.add(url)
        else:
            _to_save.discard(url)


def forget_all() -> None:
    """Drop every password this process holds (tests)."""
    with _lock:
        _held.clear()
        _to_save.clear()


def keyring_available() -> bool:
    from model.encryption import keyring_available as available

    return available()


def saved_password(url: str) -> str | None:
    """The password saved in the system's keyring for ``url``, or None."""
    if not keyring_available():
        return None
    import keyring

    try:
        return keyring.get_password(KEYRING_SERVICE, url) or None
    except Exception:  # a keyring that fails to answer is no keyring
        return None


def save_password(url: str, password: str) -> bool:
    """Save ``password`` for ``url`` in the system's keyring; False when there is none."""
    if not keyring_available():
        return False
    import keyring

    try:
        keyring.set_password(KEYRING_SERVICE, url, password)
    except Exception:
        return False
    return True


def delete_saved_password(url: str) -> None:
    if not keyring_available():
        return
    import keyring

    with suppress(Exception):
        keyring.delete_password(KEYRING_SERVICE, url)


def known_password(url: str) -> str | None:
    """The password of ``url``: held by this process, else saved in the keyring."""
    with _lock:
        found = _held.get(url)
    return found if found is not None else saved_password(url)


# -- opening -------------------------------------------------------------------------------


def open_server(parent: QWidget | None, given: str) -> Workspace:
    """Open the team database ``given`` (a URL, with or without a password).

    Raises :class:`Cancelled` when the user closes the dialog, and the problem
    that is not the password's (unreachable, no such database, newer) as it is.
    """
    from model.server_login import (
        PasswordProblem,
        explain,
        parts_of,
        password_in,
        public_url,
        with_password,
    )
    from model.workspace import open_workspace

    url = public_url(given)
    typed = password_in(given)
    if typed is not None:
        hold(url, typed)
    password = known_password(url)
    while True:
        try:
            workspace = open_workspace(with_password(url, password))
        except WorkspaceError as exc:
            problem = explain(exc, url)
            if not isinstance(problem, PasswordProblem):
                raise problem from exc
            from desktop.errors import error_text

            request = LoginRequest(
                parts_of(url),
                problem=error_text(problem) if password is not None else "",
                keyring=keyring_available(),
            )
            answer = decider(parent, request)
            if answer is None:
                raise Cancelled(
                    "Opening {path} was cancelled; nothing was changed.", path=url
                ) from None
            url, password = answer.url, answer.password or None
            if password is not None:
                hold(url, password, save=answer.save)
            continue
        if password is not None:
            _keep(url, password)
        return workspace


def _keep(url: str, password: str) -> None:
    """A password that opened ``url``: held, and saved when the user asked."""
    with _lock:
        _held[url] = password
        save = url in _to_save
        _to_save.discard(url)
    if save:
        save_password(url, password)
