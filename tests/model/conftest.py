"""The model suite runs on both backends: every test that takes ``workspace`` runs
once on a SQLite file and once on a PostgreSQL database of the run's server
(tests/postgres.py). Tests of files as such (backups, encryption, atomic
replacement) open SQLite paths themselves and run once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from model.workspace import Workspace, open_workspace


@pytest.fixture(params=["sqlite", "postgresql"])
def workspace(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Workspace]:
    if request.param == "sqlite":
        ws = open_workspace(tmp_path / "test.kan", create=True)
    else:
        ws = open_workspace(request.getfixturevalue("pg_url"))
    yield ws
    ws.close()
