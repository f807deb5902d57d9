"""A commit whose answer never came back (the connection dropped during COMMIT): the
server is asked what became of the transaction before the edit runs again, so a
retried create is never made twice and a commit that really failed runs once more."""

from __future__ import annotations

from typing import Any

import psycopg
import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import URL
from sqlalchemy.exc import OperationalError

from model.changes import Changes
from model.entities import Account
from model.services.accounts import create_account
from model.workspace import ConnectionLost, Workspace, open_workspace


def _accounts(ws: Workspace, name: str) -> int:
    with ws.sessions() as s:
        return int(s.scalar(select(func.count()).where(Account.name == name)) or 0)


def _lose_the_commits_answer(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch, *, committed: bool
) -> None:
    """The next COMMIT reaches the server (kept when ``committed``, else rolled back),
    then the connection drops before its answer arrives."""
    dialect = ws.engine.dialect
    real = dialect.do_commit
    left = [1]

    def do_commit(dbapi_connection: Any) -> None:
        if not left[0]:
            return real(dbapi_connection)
        left[0] = 0
        if committed:
            real(dbapi_connection)
        else:
            dbapi_connection.rollback()
        dbapi_connection.dbapi_connection.close()  # the driver's own connection
        raise psycopg.OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(dialect, "do_commit", do_commit)


@pytest.fixture
def ws(pg_url: URL) -> Any:
    workspace = open_workspace(pg_url)
    yield workspace
    workspace.close()


def _create(runs: list[int], name: str) -> Any:
    def create(s: Any) -> Changes:
        runs.append(1)
        return create_account(s, {"name": name})

    return create


def test_a_create_whose_commit_answer_was_lost_is_made_once(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    runs: list[int] = []
    create = _create(runs, "Acme")
    _lose_the_commits_answer(ws, monkeypatch, committed=True)
    with pytest.raises(ConnectionLost) as lost:
        ws.write(create)
    assert lost.value.in_doubt and lost.value.xid
    assert "never saved twice" in lost.value.message
    first = lost.value.result
    assert isinstance(first, Changes)
    with ws.retrying(lost.value):
        again = ws.write(create)
    assert runs == [1], "a committed edit must not run again"
    assert again is first and again.created_id("account")
    assert _accounts(ws, "Acme") == 1
    ws.write(create)  # a later write is no retry: it runs
    assert _accounts(ws, "Acme") == 2 and len(runs) == 2


def test_only_the_write_that_went_in_doubt_is_settled(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An edit of two writes whose second went in doubt: on retry the first runs as
    it is (a write of its own), the second is found committed and not run again."""
    firsts: list[int] = []
    seconds: list[int] = []
    first, second = _create(firsts, "One"), _create(seconds, "Two")
    ws.write(first)
    _lose_the_commits_answer(ws, monkeypatch, committed=True)
    with pytest.raises(ConnectionLost) as lost:
        ws.write(second)
    with ws.retrying(lost.value):
        ws.write(first)
        ws.write(second)
    assert len(firsts) == 2 and seconds == [1]
    assert _accounts(ws, "One") == 2 and _accounts(ws, "Two") == 1


def test_a_commit_that_really_failed_runs_once_more(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    runs: list[int] = []
    create = _create(runs, "Beta")
    _lose_the_commits_answer(ws, monkeypatch, committed=False)
    with pytest.raises(ConnectionLost) as lost:
        ws.write(create)
    assert lost.value.in_doubt and _accounts(ws, "Beta") == 0
    with ws.retrying(lost.value):
        changes = ws.write(create)
    assert len(runs) == 2 and changes.created_id("account")
    assert _accounts(ws, "Beta") == 1


def test_a_transaction_still_in_progress_stays_in_doubt(ws: Workspace, pg_url: URL) -> None:
    """The server has not finished the commit yet: nothing runs, the doubt is kept."""
    runs: list[int] = []
    dsn = pg_url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(dsn) as other:
        row = other.execute("SELECT pg_current_xact_id()::text").fetchone()
        assert row is not None
        lost = ws._lost(OSError("gone"), True)
        lost.xid, lost.write = row[0], _create(runs, "Gamma")
        with pytest.raises(ConnectionLost) as again, ws.retrying(lost):
            ws.write(_create(runs, "Gamma"))  # the same write made again
        assert again.value is lost and again.value.xid == row[0] and not runs
        other.commit()
    with ws.retrying(lost):  # now committed: the kept result, nothing run
        assert ws.write(_create(runs, "Gamma")) is None
    assert not runs and _accounts(ws, "Gamma") == 0


def test_an_unreachable_server_keeps_the_doubt(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Asking the server what became of the commit fails too: still in doubt, not run."""
    runs: list[int] = []
    create = _create(runs, "Delta")
    _lose_the_commits_answer(ws, monkeypatch, committed=True)
    with pytest.raises(ConnectionLost) as lost:
        ws.write(create)
    real_connect = ws.engine.connect

    def connect() -> Any:
        raise OperationalError("connect", {}, psycopg.OperationalError("connection refused"))

    monkeypatch.setattr(ws.engine, "connect", connect)
    with pytest.raises(ConnectionLost) as again, ws.retrying(lost.value):
        ws.write(create)
    assert again.value is lost.value and again.value.in_doubt and runs == [1]
    monkeypatch.setattr(ws.engine, "connect", real_connect)
    with ws.retrying(again.value):
        ws.write(create)
    assert runs == [1] and _accounts(ws, "Delta") == 1
