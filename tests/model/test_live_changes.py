"""Others' edits heard on PostgreSQL (model/live.py over migration 0008's triggers).

Two workspaces open on one database stand for two people's apps: "ours", whose
listener is under test, and "theirs", whose edits it must hear as the Changes its
own services would have returned — and nothing of ours.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from typing import Any

import make
import psycopg
import pytest
from sqlalchemy.engine import URL

from model import live
from model.changes import Changes
from model.entities import PRIVATE_FIELDS
from model.live import CHANNEL, Batch, Listener, OwnConnections, changes_from, connector
from model.services import deals, people
from model.workspace import Workspace, open_workspace
from tests.postgres import Server


@pytest.fixture
def theirs(pg_url: URL) -> Iterator[Workspace]:
    """Another app's workspace on the same database."""
    ws = open_workspace(pg_url)
    yield ws
    ws.close()


@pytest.fixture
def listener(pg_url: URL, pg_workspace: Workspace) -> Iterator[Listener]:
    """Our app's listener: our workspace's own connections are left out."""
    own = OwnConnections(pg_workspace.engine)
    heard = Listener(connector(pg_url), own=own, coalesce_s=0.2)
    assert heard.next_batch(timeout=0) is None  # connected and listening, nothing yet
    assert heard.state == "live"
    yield heard
    heard.close()
    own.detach()


def _deal(ws: Workspace) -> tuple[int, int]:
    with ws.begin() as s:
        account = make.account(s, "Acme")
        return account, make.deal_at(s, account, "Big deal", "P2")


def _wait(listener: Listener, seconds: float = 10) -> Batch:
    batch = listener.next_batch(timeout=seconds)
    assert batch is not None, "nothing was heard"
    return batch


def test_a_move_made_by_another_app_arrives_as_the_changes_of_that_move(
    listener: Listener, theirs: Workspace
) -> None:
    account, deal = _deal(theirs)
    _wait(listener)  # their creation of the account and the deal
    with theirs.begin() as s:
        local = deals.move_deal(s, deal, "P1", reason="back to the start", force=True)
    batch = _wait(listener)
    assert not batch.everything
    heard = batch.changes
    # What the service told its own window, the listener tells ours.
    assert heard.ids("deal") == local.ids("deal") == {deal}
    assert heard.ids("stage_change") == local.ids("stage_change")
    assert heard.created == local.created
    assert account in heard.affected("account")
    assert heard.ids("account") == frozenset()  # the account row was not written
    with theirs.begin() as s:
        renamed = deals.update_deal(s, deal, {"name": "Bigger deal"})
    assert _wait(listener).changes.updated == renamed.updated == {("deal", deal)}


def test_our_own_edits_are_not_heard_again(
    listener: Listener, pg_workspace: Workspace, theirs: Workspace
) -> None:
    account, deal = _deal(pg_workspace)  # ours: our command spread these Changes already
    with pg_workspace.begin() as s:
        deals.move_deal(s, deal, "P1", reason="ours", force=True)
    assert listener.next_batch(timeout=0.6) is None
    with theirs.begin() as s:
        deals.move_deal(s, deal, "P2", reason="theirs", force=True)
    heard = _wait(listener).changes
    assert heard.ids("deal") == {deal}
    assert heard.affected("account") == {account}


def test_a_burst_of_edits_arrives_as_one_batch(listener: Listener, theirs: Workspace) -> None:
    account, _deal_id = _deal(theirs)
    _wait(listener)
    with theirs.begin() as s:
        a = make.person(s, account, "Ann", "KDM")
    with theirs.begin() as s:
        b = make.person(s, account, "Bob", "KI")
    with theirs.begin() as s:
        people.update_person(s, a, {"title": "CIO"})
        people.delete_person(s, b)
    heard = _wait(listener).changes
    assert heard.created == {("person", a)}  # made, then edited: created, not "updated"
    assert heard.deleted == {("person", b)}  # made and removed again: only removed
    assert heard.affected("account") == {account}
    assert listener.next_batch(timeout=0.4) is None  # nothing left over for a second batch


def test_a_burst_too_big_to_name_asks_for_everything(
    listener: Listener, theirs: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(live, "EVERYTHING_FROM", 3)
    with theirs.begin() as s:
        account = make.account(s, "Acme")
        for n in range(4):
            make.person(s, account, f"P{n}")
    assert _wait(listener) == Batch(everything=True)


def test_a_lost_connection_is_made_again_and_asks_for_everything_once(
    listener: Listener, theirs: Workspace, pg_server: Server
) -> None:
    _account, deal = _deal(theirs)
    _wait(listener)
    states: list[str] = []
    listener.on_state = states.append
    first = listener.backend_pid
    pg_server.admin_execute(f"SELECT pg_terminate_backend({first})")
    batch = _wait(listener)
    assert batch.everything  # what was committed meanwhile was told to nobody
    assert listener.state == "live"
    assert listener.backend_pid not in (None, first)
    assert states == ["reconnecting", "live"]
    assert listener.reconnects == 1
    with theirs.begin() as s:
        deals.move_deal(s, deal, "P1", reason="after the break", force=True)
    again = _wait(listener)
    assert not again.everything
    assert again.changes.ids("deal") == {deal}


def test_a_server_away_for_a_while_is_waited_for(pg_url: URL, theirs: Workspace) -> None:
    """Connections refused at first (the server restarting): tried again until it answers."""
    real = connector(pg_url)
    refusals = [psycopg.OperationalError("the server is starting up")] * 3

    def connect() -> psycopg.Connection[Any]:
        if refusals:
            raise refusals.pop()
        return real()

    heard = Listener(connect, retry_s=(0.05,), coalesce_s=0.1)
    try:
        batch = _wait(heard)
        assert batch.everything and heard.state == "live" and not refusals
    finally:
        heard.close()


def test_notifications_name_rows_never_their_values(pg_url: URL, pg_workspace: Workspace) -> None:
    with pg_workspace.begin() as s:
        account = make.account(s, "Acme")
        person = make.person(s, account, "Ann", "KDM")
    secret = "zq-secret"  # (age is 20 characters at most)
    libpq = pg_url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(libpq, autocommit=True) as raw:
        raw.execute(f"LISTEN {CHANNEL}")
        with pg_workspace.begin() as s:
            people.update_private(s, person, dict.fromkeys(PRIVATE_FIELDS, secret))
        notes = list(raw.notifies(timeout=5, stop_after=2))
    private = [n.payload for n in notes if '"people_private"' in n.payload]
    assert private, [n.payload for n in notes]
    for payload in private:
        assert secret not in payload
        assert len(payload) < 8000
    decoded = changes_from([json.loads(p) for p in private])
    assert decoded == Changes.of(updated=[("person", person)], affects=[("account", account)])
    assert all('"r"' not in n.payload for n in notes)  # no writer's login: ids only


def test_run_ends_when_stopped_from_another_thread(pg_url: URL, theirs: Workspace) -> None:
    heard = Listener(connector(pg_url), coalesce_s=0.05)
    batches: list[Batch] = []
    got = threading.Event()

    def deliver(batch: Batch) -> None:
        batches.append(batch)
        got.set()

    thread = threading.Thread(target=heard.run, args=(deliver,))
    thread.start()
    try:
        for _ in range(100):
            if heard.state == "live":
                break
            got.wait(0.05)
        _deal(theirs)
        assert got.wait(10)
        assert batches[0].changes.touches("deal", "account")
    finally:
        heard.stop()
        thread.join(5)
    assert not thread.is_alive()
    assert heard.state == "stopped" and heard.backend_pid is None


def test_the_triggers_are_on_postgresql_only(tmp_path: Any) -> None:
    """SQLite gets nothing from migration 0008 (no triggers, nothing to listen to)."""
    ws = open_workspace(tmp_path / "solo.kan", create=True)
    try:
        with ws.engine.connect() as conn:
            names = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='trigger'")
            assert [n for (n,) in names if "notify" in n] == []
    finally:
        ws.close()


def _notifying_tables(url: URL) -> int:
    libpq = url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(libpq) as raw:
        row = raw.execute("SELECT count(*) FROM pg_trigger WHERE tgname = 'kan_notify'").fetchone()
    assert row is not None
    return int(row[0])


def test_the_migration_goes_down_and_up_again(pg_url: URL) -> None:
    from alembic import command
    from alembic.config import Config

    from model.workspace import MIGRATIONS

    cfg = Config()
    cfg.set_main_option("script_location", MIGRATIONS)
    cfg.set_main_option("sqlalchemy.url", pg_url.render_as_string(hide_password=False))
    tables = _notifying_tables(pg_url)
    assert tables >= 25  # every table a view shows
    command.downgrade(cfg, "0007")
    assert _notifying_tables(pg_url) == 0
    command.upgrade(cfg, "head")
    assert _notifying_tables(pg_url) == tables


def test_own_connections_are_the_engines_server_processes_while_open(
    pg_workspace: Workspace,
) -> None:
    own = OwnConnections(pg_workspace.engine)
    try:
        assert own() == frozenset()
        with pg_workspace.engine.connect() as conn:
            pid = conn.exec_driver_sql("SELECT pg_backend_pid()").scalar_one()
        assert own() == {pid}
        pg_workspace.engine.dispose()  # closed: the server may give the number to another
        assert own() == frozenset()
    finally:
        own.detach()
