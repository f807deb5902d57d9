"""A drop's work on the board does not grow with the workspace: the column headers
follow running sums adjusted by the moved cards, the columns patch the moved rows
without indexing every row again, and a forward drop reads the gate's facts once.
What the board shows afterwards is what a board read afresh shows."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt

import desktop.board.store as store_module
import desktop.pages.board as board_module
import model.services.deals as deals_module
from desktop.board.column_model import ColumnModel
from desktop.board.gate_dialog import GateDecision
from desktop.context import WorkspaceContext
from desktop.pages.board import BoardPage
from model.board import tally as whole_tally
from model.gates import deal_facts
from model.rows import DealCard
from model.services.deals import evaluate_move

MOVES = (("P1", "P2"), ("P2", "P4"), ("P4", "P3"), ("P5", "P6"), ("P6", "P2"), ("P3", "P5"))
NOW = datetime(2026, 12, 5, 3, 0)  # one instant for the days in stage of every board


@pytest.fixture(autouse=True)
def _fixed_now(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each board counts days in stage against the instant it loaded; fixed here, so a
    board read afresh and one patched by drops count against the same instant."""
    monkeypatch.setattr(store_module, "utcnow", lambda: NOW)


def _page(ctx: WorkspaceContext, qtbot: Any, owner: int | None, lanes: str) -> BoardPage:
    page = BoardPage(ctx)
    qtbot.addWidget(page)
    page.gate_decider = lambda *_: GateDecision(force=True, reason="The customer asked")
    page.reason_asker = lambda *_: "Back for a new tender"
    bar = page.filter_bar
    if owner is not None:
        bar.owner.setCurrentIndex(bar.owner.findData(owner))
        page._on_filter()
        assert page._filter.active
    bar.lanes.setCurrentIndex(bar.lanes.findData(lanes))
    return page


def _figures(page: BoardPage) -> dict[str, Any]:
    """What the headers and the totals line show, and the figures behind them."""
    return {
        "summaries": dict(page.summaries),
        "headers": {k: (c.header.summary, c.header.toolTip()) for k, c in page.columns.items()},
        "totals": page.totals.text(),
        "cards": {k: m.deal_ids() for k, m in page.models.items()},
    }


def _drop(page: BoardPage, source: str, target: str) -> int:
    src = page.models[source]
    rows = [r for r in range(src.rowCount()) if src.deal_at(r) is not None]  # no lane titles
    assert rows, f"no card in {source}"
    row = rows[len(rows) // 2]
    deal = src.deal_at(row)
    assert deal is not None
    mime = src.mimeData([src.index(row)])
    assert page.models[target].dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, QModelIndex())
    assert page.store.column(deal) == target
    return deal


def _most_cards_owner(page: BoardPage) -> int:
    owners = [c.owner_id for c in page.store.cards.values() if c.owner_id]
    return max(set(owners), key=owners.count)


@pytest.mark.parametrize(("filtered", "lanes"), [(False, "none"), (True, "none"), (True, "owner")])
def test_headers_after_drops_undo_and_redo_show_what_a_fresh_board_shows(
    sample_ctx: WorkspaceContext,
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
    filtered: bool,
    lanes: str,
) -> None:
    owner = _most_cards_owner(_page(sample_ctx, qtbot, None, "none")) if filtered else None
    page = _page(sample_ctx, qtbot, owner, lanes)
    whole_sums: list[str] = []

    def counted(cards: list[DealCard], now: datetime, rates: Any = None) -> Any:
        whole_sums.append(cards[0].stage if cards else "")
        return whole_tally(cards, now, rates)

    monkeypatch.setattr(board_module, "tally", counted)
    stack = sample_ctx.undo_stack
    for source, target in MOVES:
        _drop(page, source, target)
    after_drops = _figures(page)
    for _ in MOVES:
        stack.undo()
    after_undo = _figures(page)
    for _ in MOVES:
        stack.redo()
    after_redo = _figures(page)
    # The drops, undos and redos adjusted the sums by the moved cards only.
    assert whole_sums == []
    assert after_undo != after_drops  # the drops did change what the headers say
    assert after_redo == after_drops == _figures(_page(sample_ctx, qtbot, owner, lanes))
    assert whole_sums  # the fresh board summed its columns
    for _ in MOVES:
        stack.undo()
    assert _figures(page) == after_undo == _figures(_page(sample_ctx, qtbot, owner, lanes))


def test_a_drop_indexes_no_column_again(
    sample_ctx: WorkspaceContext, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(sample_ctx, qtbot, None, "none")
    reindexed: list[str] = []
    reindex = ColumnModel._reindex

    def counted(self: ColumnModel) -> None:
        reindexed.append(self.key)
        reindex(self)

    monkeypatch.setattr(ColumnModel, "_reindex", counted)
    selection = page.columns["P2"].view.selectionModel()
    kept = page.models["P2"].deal_ids()[-1]
    page.select_deals([kept])
    for source, target in MOVES:
        _drop(page, source, target)
    sample_ctx.undo_stack.undo()
    sample_ctx.undo_stack.redo()
    assert reindexed == []
    for model in page.models.values():  # rows found by searching the list instead
        ids = model.deal_ids()
        assert [model.row_of(d) for d in ids] == list(range(len(ids)))
        assert model.rows_of([*ids[:3], -1]) == {d: r for r, d in enumerate(ids[:3])}
        assert model.row_of(-1) is None
    # The card selected before the drops is still selected where it now stands.
    assert [page.models["P2"].deal_at(i.row()) for i in selection.selectedRows()] == [kept]


def _count_gate_reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    reads: list[int] = []

    def counted(session: Any, deal_id: int) -> Any:
        reads.append(deal_id)
        return deal_facts(session, deal_id)

    monkeypatch.setattr(deals_module, "deal_facts", counted)
    return reads


def test_a_forward_drop_reads_the_gate_once(
    sample_ctx: WorkspaceContext, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(sample_ctx, qtbot, None, "none")
    asked: list[int] = []
    page.gate_decider = lambda _w, card, _gate: asked.append(card.id)
    reads = _count_gate_reads(monkeypatch)
    deal = _drop(page, "P1", "P2")  # P1 has no exit criteria: the gate is met
    assert reads == [deal] and asked == []
    assert sample_ctx.undo_stack.count() == 1
    sample_ctx.undo_stack.undo()
    assert page.store.column(deal) == "P1"
    sample_ctx.undo_stack.redo()
    assert page.store.column(deal) == "P2"


def test_a_drop_past_an_unmet_gate_asks_with_the_gate_the_move_refused(
    sample_ctx: WorkspaceContext, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(sample_ctx, qtbot, None, "none")
    src = page.models["P2"]
    deal = next(d for d in src.deal_ids() if not sample_ctx.read(evaluate_move, d, "P3").met)
    expected = sample_ctx.read(evaluate_move, deal, "P3")
    decisions: list[GateDecision | None] = [None, GateDecision(force=True, reason="Asked")]
    seen: list[Any] = []

    def decide(_widget: Any, card: DealCard, gate: Any) -> GateDecision | None:
        seen.append((card.id, gate))
        return decisions.pop(0)

    page.gate_decider = decide
    reads = _count_gate_reads(monkeypatch)
    mime = src.mimeData([src.index(src.row_of(deal) or 0)])
    target = page.models["P3"]
    # Declined: nothing was written, nothing is on the undo stack.
    assert not target.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, QModelIndex())
    assert seen == [(deal, expected)] and reads == [deal]
    assert page.store.column(deal) == "P2" and sample_ctx.undo_stack.count() == 0
    # Forced: the refused try and the forced move each judge the gate.
    assert target.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, QModelIndex())
    assert seen[1] == (deal, expected) and reads == [deal, deal, deal]
    assert page.store.column(deal) == "P3" and sample_ctx.undo_stack.count() == 1
    assert page.store.cards[deal].awaiting_approval or page.store.cards[deal].stage == "P3"
    sample_ctx.undo_stack.undo()
    assert page.store.column(deal) == "P2"
