"""Shared fixtures: a fresh workspace per test, Qt offscreen, no real settings."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from model.workspace import Workspace, open_workspace


def pytest_configure(config: pytest.Config) -> None:
    """A crash inside Qt prints the Python stack that led to it.

    pytest's faulthandler plugin does this (and ``faulthandler_timeout`` in
    pyproject.toml dumps the stacks of a hung test); should the plugin be turned
    off, it is switched on here all the same.
    """
    import faulthandler
    import sys

    if not faulthandler.is_enabled():
        faulthandler.enable(file=sys.__stderr__ or sys.stderr, all_threads=True)


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    ws = open_workspace(tmp_path / "test.kan", create=True)
    yield ws
    ws.close()


USER_ZONES = ("Asia/Shanghai", "America/Los_Angeles")
"""Our users live at UTC+8; a zone behind UTC catches code that assumes either."""


@pytest.fixture(params=USER_ZONES)
def local_zone(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Run a date-sensitive test once in each zone (TZ set, C library told)."""
    import time

    monkeypatch.setenv("TZ", request.param)
    time.tzset()
    yield request.param
    monkeypatch.undo()
    time.tzset()
