"""A keyring held in memory, so that no test reads or writes the system's keyring.

Imported by test modules of this folder as ``keyrings`` (pytest puts the
folder of a test module without ``__init__.py`` on ``sys.path``).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from model import encryption


class MemoryKeyring(KeyringBackend):
    """Passwords in a dict; ``priority`` above zero, so it counts as a real keyring."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.saved: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.saved.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.saved[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.saved.pop((service, username), None)


@contextmanager
def using(backend: KeyringBackend | None) -> Iterator[None]:
    """Use ``backend`` (None: no keyring at all, keyring's "fail" one) meanwhile."""
    before = keyring.get_keyring()
    keyring.set_keyring(backend if backend is not None else fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(before)


@pytest.fixture(autouse=True)
def no_outside_keys(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No passphrase from the environment, no system keyring, no key held between tests.

    Autouse in each test module that imports it.
    """
    monkeypatch.delenv(encryption.ENV_VAR, raising=False)
    encryption.forget_all()
    with using(None):
        yield
    encryption.forget_all()
