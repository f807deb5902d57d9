"""Second reading of model/live.py (issue 15): a defect proven before it was fixed.

Anybody who may connect may ``NOTIFY kan_changes`` with any text: a rep's
``NOTIFY kan_changes, '{"t": "deals", "a": [1]}'`` raised TypeError in the
listener's thread, which then stopped, so every teammate's window stopped
following the team without a word. A payload that is not what migration 0008's
trigger sends is now left out; the listener goes on.
"""

from __future__ import annotations

from collections.abc import Iterator

import make
import psycopg
import pytest
from sqlalchemy.engine import URL

from model.live import CHANNEL, Listener, OwnConnections, changes_from, connector
from model.services import deals
from model.workspace import Workspace, open_workspace

FORGED = [
    '{"t": "deals", "a": [1]}',
    '{"t": "stage_changes", "d": {"x": 1}}',
    '{"t": "deals", "o": "U", "id": true}',
    '{"t": "deals", "o": "U", "id": "7"}',
    '{"t": "deals", "o": "U", "id": 7, "a": "3"}',
    '{"t": "no_such_table", "o": "U", "id": 7}',
    '{"t": ["deals"], "o": "U", "id": 7}',
    '{"t": "deals", "o": "X", "id": 7}',
    '{"t": "deals", "o": "U", "id": -7}',
    "[1, 2]",
    "not json",
]


@pytest.mark.parametrize("payload", FORGED)
def test_a_payload_the_trigger_never_sends_names_nothing(payload: str) -> None:
    from model.live import _decode

    decoded = _decode(payload)
    assert decoded is None or changes_from([decoded]) == changes_from([])


@pytest.fixture
def listener(pg_url: URL, pg_workspace: Workspace) -> Iterator[Listener]:
    own = OwnConnections(pg_workspace.engine)
    heard = Listener(connector(pg_url), own=own, coalesce_s=0.2)
    assert heard.next_batch(timeout=0) is None
    yield heard
    heard.close()
    own.detach()


def test_forged_notifications_neither_stop_the_listener_nor_reach_the_window(
    listener: Listener, pg_url: URL
) -> None:
    conninfo = pg_url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(conninfo, autocommit=True) as con:
        for payload in FORGED:
            con.execute("SELECT pg_notify(%s, %s)", (CHANNEL, payload))
    assert listener.next_batch(timeout=1.0) is None  # heard, and left out
    theirs = open_workspace(pg_url)
    try:
        with theirs.begin() as s:
            account = make.account(s, "Acme")
            deal = make.deal_at(s, account, "Big deal", "P2")
        listener.next_batch(timeout=10)
        with theirs.begin() as s:
            renamed = deals.update_deal(s, deal, {"name": "Bigger deal"})
    finally:
        theirs.close()
    batch = listener.next_batch(timeout=10)
    assert batch is not None and batch.changes.updated == renamed.updated
