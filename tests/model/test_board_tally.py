"""The running sums behind a board column's header, and the board's read of a few
cards: both do the work of the cards that changed only, and give what a whole
read gives."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest

import model.rows as rows_module
from model.board import ColumnTally, merge_probabilities, summarize, summary_of, tally
from model.methodology import load_methodology
from model.rows import DealCard, board_rows
from model.services.accounts import create_account
from model.services.deals import create_deal, move_deal
from model.workspace import Workspace

METHOD = load_methodology()
NOW = datetime(2026, 6, 1, 12, 0)


def card(ident: int, amount: float, days: int, hours: int = 0) -> DealCard:
    return DealCard(
        id=ident,
        name=f"Deal {ident}",
        account_id=1,
        account="Acme Steel",
        amount=amount,
        currency="CNY",
        expected_close=None,
        owner_id=None,
        owner="",
        stage="P3",
        status="open",
        stage_entered_at=NOW - timedelta(days=days, hours=hours),
        protection_expires=None,
        region="China/East",
        industry="Steel",
        elements_verified=0,
        exits_done=0,
        has_coach=False,
        kdm_support=None,
    )


def test_a_tally_adds_and_takes_out_cards_as_a_whole_count_gives() -> None:
    a, b, c = card(1, 100.0, 10), card(2, 250.5, 30, hours=23), card(3, 49.5, 2)
    sums = ColumnTally()
    for x in (a, b, c):
        sums.add(x, NOW)
    # 100 + 250.5 + 49.5; whole days 10 + 30 (23 hours do not make a day) + 2.
    assert (sums.count, sums.total, sums.days) == (3, 400.0, 42)
    assert sums == tally([a, b, c], NOW)
    sums.remove(b, NOW)
    assert (sums.count, sums.total, sums.days) == (2, 149.5, 12)
    assert sums == tally([a, c], NOW)

    probs = merge_probabilities({"P3": 0.25})
    shown = summary_of("P3", sums, probs, METHOD)
    assert (shown.count, shown.total, shown.weighted, shown.avg_days) == (2, 149.5, 37.375, 6.0)
    assert shown.usual_days == METHOD.stage("P3").usual_days
    assert shown == summarize("P3", [a, c], probs, NOW, METHOD)


def test_the_last_card_out_leaves_an_empty_column() -> None:
    sums = tally([card(1, 0.1, 3), card(2, 0.2, 4)], NOW)
    sums.remove(card(1, 0.1, 3), NOW)
    sums.remove(card(2, 0.2, 4), NOW)
    assert (sums.count, sums.total, sums.days) == (0, 0.0, 0)  # 0.1 + 0.2 - 0.1 - 0.2 ≠ 0.0
    empty = summary_of("P3", sums, merge_probabilities(None), METHOD)
    assert (empty.count, empty.total, empty.avg_days) == (0, 0.0, None)


def _deals(workspace: Workspace) -> list[int]:
    with workspace.begin() as s:
        account = create_account(s, {"name": "Acme Steel"}).created_id("account")
        values = {"account_id": account, "stage": "P1"}
        ids = [
            create_deal(s, {**values, "name": f"Deal {n}", "amount": 1000.0 * n}).created_id("deal")
            for n in range(1, 5)
        ]
        move_deal(s, ids[1], "P2")
    return ids


def test_a_few_cards_read_as_the_whole_board_reads_them(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = _deals(workspace)
    built: list[Any] = []
    select = rows_module.board_select

    def counted(*args: Any) -> Any:
        built.append(args)
        return select(*args)

    monkeypatch.setattr(rows_module, "board_select", counted)
    rows_module._board_select_some.cache_clear()
    with workspace.sessions() as s:
        whole = {c.id: c for c in board_rows(s)}
        for some in ([ids[1]], [ids[3], ids[0]], ids, [ids[2]]):
            assert sorted(board_rows(s, deal_ids=some), key=lambda c: c.id) == sorted(
                (whole[i] for i in some), key=lambda c: c.id
            )
        assert board_rows(s, deal_ids=[]) == []
        assert board_rows(s, deal_ids=[10_000]) == []
    assert whole[ids[1]].stage == "P2" and whole[ids[3]].amount == 4000.0
    # The whole read builds its statement; the reads of a few share one built once.
    assert len(built) == 2
