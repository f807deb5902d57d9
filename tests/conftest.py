"""Shared fixtures: a fresh workspace per test, Qt offscreen, no real settings."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy.engine import URL

from model.workspace import Workspace, open_workspace
from tests import postgres
from tests.postgres import Server


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


@pytest.fixture(scope="session")
def pg_server() -> Iterator[Server]:
    """The run's PostgreSQL server (tests/postgres.py), started at its first use."""
    server = postgres.start()
    if server is None:
        pytest.skip(postgres.MISSING)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def pg_template(pg_server: Server) -> str:
    """A database migrated once; each test's database is a copy of it (fast)."""
    url = pg_server.fresh_database()
    open_workspace(url, create=True).close()
    return str(url.database)


@pytest.fixture
def pg_url(pg_server: Server, pg_template: str) -> Iterator[URL]:
    """A fresh, migrated PostgreSQL database for one test, dropped after it."""
    url = pg_server.fresh_database(template=pg_template)
    yield url
    pg_server.drop_database(url)


@pytest.fixture
def pg_workspace(pg_url: URL) -> Iterator[Workspace]:
    ws = open_workspace(pg_url)
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
