"""``keyaccount copy`` found unequal says the truth: the copy was not kept and the
target is left as it was (a server copy is verified before its commit, a file
before its rename), both for a file and a server target replaced with --force."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import make
import pytest
from keyrings import no_outside_keys  # noqa: F401 (autouse fixture)
from sqlalchemy import select
from sqlalchemy.engine import URL

from desktop.cli import main
from model import copying
from model.copying import CopyMismatch
from model.entities import Account
from model.workspace import open_workspace, url_for
from tests.postgres import Server


def _workspace_with(where: Path | URL, name: str) -> None:
    ws = open_workspace(where, create=True)
    try:
        with ws.begin() as s:
            make.account(s, name)
    finally:
        ws.close()


def _accounts(where: Path | URL) -> list[str]:
    ws = open_workspace(where)
    try:
        with ws.sessions() as s:
            return list(s.scalars(select(Account.name)))
    finally:
        ws.close()


@pytest.fixture
def target_db(pg_server: Server) -> Iterator[URL]:
    url = pg_server.fresh_database()
    yield url
    pg_server.drop_database(url)


def _unequal(monkeypatch: pytest.MonkeyPatch) -> None:
    def compare(source, target, progress):  # type: ignore[no-untyped-def]
        raise CopyMismatch("table {table}: row {key} differs.", table="accounts", key="1")

    monkeypatch.setattr(copying, "compare", compare)


@pytest.mark.parametrize("to", ["file", "server"])
def test_an_unequal_copy_says_the_target_is_left_as_it_was(
    to: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    request: pytest.FixtureRequest,
) -> None:
    source = tmp_path / "source.kan"
    _workspace_with(source, "New Steel")
    target: Path | URL = (
        tmp_path / "target.kan" if to == "file" else request.getfixturevalue("target_db")
    )
    _workspace_with(target, "Old Steel")
    _unequal(monkeypatch)
    shown = str(target) if to == "file" else url_for(target).render_as_string()
    assert main(["copy", "--force", str(source), shown]) == 1
    err = capsys.readouterr().err
    assert "NOT equal to its source, so it was not kept" in err
    assert "is left as it was" in err
    assert "is NOT equal" not in err
    assert _accounts(target) == ["Old Steel"]  # what the message says is so
