"""Two processes moving one deal: every history entry follows from the one before."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

from model.check import check_workspace
from model.entities import Deal, StageChange
from model.services import accounts, deals
from model.workspace import open_workspace

MOVES = 40


def _mover(path: str, deal_id: int) -> None:
    ws = open_workspace(path)
    try:
        for _ in range(MOVES):
            with ws.begin() as s:
                deal = s.get(Deal, deal_id)
                assert deal is not None
                target = "P1" if deal.stage == "P2" else "P2"
                deals.move_deal(s, deal_id, target, force=True, reason="ping-pong")
    finally:
        ws.close()


def test_two_writers_never_decide_on_a_stale_stage(tmp_path: Path) -> None:
    path = tmp_path / "shared.kan"
    ws = open_workspace(path, create=True)
    with ws.begin() as s:
        account = accounts.create_account(s, {"name": "Acme"}).created_id("account")
        deal_id = deals.create_deal(s, {"name": "D", "account_id": account}).created_id("deal")
    ws.close()
    spawn = multiprocessing.get_context("spawn")
    workers = [spawn.Process(target=_mover, args=(str(path), deal_id)) for _ in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(timeout=240)
    assert [w.exitcode for w in workers] == [0, 0]
    report = check_workspace(path)
    assert [f for f in report.findings if f.code.startswith("deal.history")] == []
    ws = open_workspace(path)
    with ws.sessions() as s:
        assert s.query(StageChange).filter_by(deal_id=deal_id).count() == 1 + 2 * MOVES
    ws.close()
