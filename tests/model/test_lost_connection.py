"""A server connection that goes away: a clear refusal naming the server, nothing half
saved, what was saved before kept, and the next write works once the server answers."""

from __future__ import annotations

import socket
from typing import Any

import psycopg
import pytest
from sqlalchemy.engine import URL
from sqlalchemy.exc import OperationalError

from model.entities import Deal
from model.services.accounts import create_account
from model.services.deals import create_deal, update_deal
from model.workspace import ConnectionLost, Sessions, Workspace, make_engine, open_workspace
from tests.postgres import Server


def _deal(ws: Workspace) -> int:
    def make(s: Any) -> int:
        account = create_account(s, {"name": "Acme"}).created_id("account")
        return create_deal(s, {"name": "Tower", "account_id": account}).created_id("deal")

    return ws.write(make)


def _amount(ws: Workspace, deal: int) -> float:
    with ws.sessions() as s:
        row = s.get(Deal, deal)
        assert row is not None
        return row.amount


def _cut(server: Server, url: URL) -> None:
    """The administrator ends every session of the app on this database."""
    server.admin_execute(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
        f"WHERE datname = '{url.database}' AND pid <> pg_backend_pid()"
    )


def test_an_edit_after_the_server_dropped_us_is_saved(pg_server: Server, pg_url: URL) -> None:
    ws = open_workspace(pg_url)
    try:
        deal = _deal(ws)
        ws.write(update_deal, deal, {"amount": 100})
        _cut(pg_server, pg_url)
        ws.write(update_deal, deal, {"amount": 200})  # the pooled connection is replaced
        assert _amount(ws, deal) == 200
    finally:
        ws.close()


def test_a_connection_lost_inside_a_write_names_the_server_and_keeps_saved_data(
    pg_server: Server, pg_url: URL
) -> None:
    ws = open_workspace(pg_url)
    try:
        deal = _deal(ws)
        ws.write(update_deal, deal, {"amount": 100})

        def cut_midway(s: Any) -> None:
            update_deal(s, deal, {"amount": 999})
            s.flush()
            _cut(pg_server, pg_url)
            update_deal(s, deal, {"note": "never"})
            s.flush()

        with pytest.raises(ConnectionLost) as lost:
            ws.write(cut_midway)
        assert f"127.0.0.1:{pg_url.port}/{pg_url.database}" in lost.value.message
        assert "nothing was saved" in lost.value.message
        assert not lost.value.in_doubt
        assert _amount(ws, deal) == 100  # the half-done write left nothing
        ws.write(update_deal, deal, {"amount": 300})  # tried again: saved
        assert _amount(ws, deal) == 300
    finally:
        ws.close()


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_an_unreachable_server_is_named(pg_url: URL) -> None:
    """The workspace was open; then nothing listens at its address any more."""
    url = pg_url.set(port=_closed_port())
    engine = make_engine(url)
    ws = Workspace(url=url, engine=engine, sessions=Sessions(engine))
    try:
        with pytest.raises(ConnectionLost) as lost:
            ws.write(update_deal, 1, {"amount": 1})
        assert f"127.0.0.1:{url.port}/{url.database}" in lost.value.message
        assert "Your edit is kept" in lost.value.message
    finally:
        ws.close()


def test_a_serialization_failure_runs_the_service_again(pg_url: URL) -> None:
    """The server rolled a write back to keep two users' writes serial: it runs again."""
    ws = open_workspace(pg_url)
    try:
        deal = _deal(ws)
        calls: list[int] = []

        def once_refused(s: Any) -> None:
            calls.append(1)
            update_deal(s, deal, {"amount": 50})
            if len(calls) == 1:
                raise OperationalError("UPDATE", {}, psycopg.errors.SerializationFailure())

        ws.write(once_refused)
        assert len(calls) == 2 and _amount(ws, deal) == 50
    finally:
        ws.close()


def test_sqlite_errors_are_not_taken_for_a_lost_server(tmp_path: Any) -> None:
    ws = open_workspace(tmp_path / "w.kan", create=True)
    try:

        def fails(_s: Any) -> None:
            raise OperationalError("UPDATE", {}, Exception("database is locked"))

        with pytest.raises(OperationalError):
            ws.write(fails)
    finally:
        ws.close()
