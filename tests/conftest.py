"""Shared fixtures: a fresh workspace per test, Qt offscreen, no real settings."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from model.workspace import Workspace, open_workspace


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
