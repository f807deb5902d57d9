"""bench/server.py runs end to end on a small sample: its JSON line has the issue's keys
and its writers lose no update (figures are the bench's business, never asserted here)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.postgres import Server

ROOT = Path(__file__).resolve().parents[1]


def test_the_server_bench_runs_and_loses_no_update(pg_server: Server) -> None:
    env = {**os.environ, "KAN_TEST_PG_URL": pg_server.url.render_as_string(hide_password=False)}
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "server.py"),
            "--quick",
            "--seconds",
            "3",
            "--writers",
            "4",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    assert {"pg_load_s", "sqlite_load_s", "moves", "lost_updates"} <= figures.keys()
    assert figures["moves"] > 0
    assert figures["lost_updates"] == 0


def test_the_bench_counts_a_lost_update(pg_url: object) -> None:
    """The bench's count is not 0 by construction: a move that another overwrote
    (two entries starting from the same stage) and a committed move missing from
    the history are both counted."""
    from sqlalchemy import update

    sys.path.insert(0, str(ROOT / "bench"))
    import server as bench  # bench/server.py

    from model.entities import StageChange
    from model.services import accounts, deals
    from model.workspace import open_workspace

    ws = open_workspace(pg_url)  # type: ignore[arg-type]
    try:
        with ws.begin() as s:
            account = accounts.create_account(s, {"name": "Acme"}).created_id("account")
            deal = deals.create_deal(
                s, {"name": "Line 2", "account_id": account, "amount": 1, "stage": "P1"}
            ).created_id("deal")
        with ws.begin() as s:
            first = deals.move_deal(s, deal, "P2").created_id("stage_change")
        with ws.begin() as s:
            second = deals.move_deal(s, deal, "P3", reason="r", force=True)
            second_id = second.created_id("stage_change")
        writer = bench.Writer(0, pg_url, [deal], 0.0)
        writer.committed = [(deal, first, "P2"), (deal, second_id, "P3")]
        assert bench.lost_updates(pg_url, [writer]) == 0
        with ws.begin() as s:  # the second move as if made from P1 by someone who saw P1
            s.execute(
                update(StageChange).where(StageChange.id == second_id).values(from_stage="P1")
            )
        assert bench.lost_updates(pg_url, [writer]) == 1
        writer.committed.append((deal, 10_000, "P4"))  # "committed" but not in the history
        assert bench.lost_updates(pg_url, [writer]) == 2
    finally:
        ws.close()
