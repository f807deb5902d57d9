"""A drop, an undo and a redo patch only the columns they touch (no lanes): the
cards leave and enter by a binary search in the shown order instead of a sort of
every card of the column, and the board then shows what a full rebuild shows."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt

import desktop.pages.board as board_module
from desktop.board.gate_dialog import GateDecision
from desktop.context import WorkspaceContext
from desktop.pages.board import BoardPage
from model.board import board_entries

MOVES = (("P1", "P2"), ("P2", "P4"), ("P4", "P3"), ("P5", "P6"), ("P6", "P2"))


def _drop_middle_card(page: BoardPage, source: str, target: str) -> int:
    """What a drag does with the middle card of ``source``: its mime data, dropped on
    ``target``'s model (the board's real drop path: gate, deciders, command)."""
    src = page.models[source]
    row = src.rowCount() // 2
    deal = src.deal_at(row)
    assert deal is not None
    mime = src.mimeData([src.index(row)])
    dst = page.models[target]
    assert dst.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, QModelIndex())
    assert page.store.column(deal) == target, f"deal {deal} did not land in {target}"
    assert src.row_of(deal) is None
    return deal


def _count_whole_sorts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Each call of :func:`model.board.board_entries` by the page (a sort of whole columns)."""
    calls: list[str] = []

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(",".join(args[0]))
        return board_entries(*args, **kwargs)

    monkeypatch.setattr(board_module, "board_entries", counted)
    return calls


def _shown(page: BoardPage) -> tuple[dict[str, list[int]], dict[str, Any]]:
    return (
        {key: model.deal_ids() for key, model in page.models.items()},
        dict(page.summaries),
    )


@pytest.mark.parametrize(
    ("sort", "owner_filter"),
    [("amount", False), ("close", False), ("days", True), ("name", True)],
)
def test_drops_undo_and_redo_show_what_a_rebuild_shows(
    sample_ctx: WorkspaceContext,
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
    sort: str,
    owner_filter: bool,
) -> None:
    page = BoardPage(sample_ctx)
    qtbot.addWidget(page)
    page.gate_decider = lambda *_: GateDecision(force=True, reason="The customer asked")
    page.reason_asker = lambda *_: "Back for a new tender"
    bar = page.filter_bar
    bar.sort.setCurrentIndex(bar.sort.findData(sort))
    if owner_filter:  # the owner of most cards: a filter that keeps many and hides some
        owners = [c.owner_id for c in page.store.cards.values() if c.owner_id]
        bar.owner.setCurrentIndex(bar.owner.findData(max(set(owners), key=owners.count)))
        page._on_filter()
        assert page._filter.active
    sorted_whole = _count_whole_sorts(monkeypatch)
    resets: list[str] = []
    for key, model in page.models.items():
        model.modelReset.connect(lambda key=key: resets.append(key))
    for source, target in MOVES:
        _drop_middle_card(page, source, target)
    after_drops = _shown(page)
    stack = sample_ctx.undo_stack
    for _ in MOVES:
        stack.undo()
    after_undo = _shown(page)
    for _ in MOVES:
        stack.redo()
    assert sorted_whole == []  # every refresh patched its columns
    assert resets == []  # rows removed and inserted: views keep scroll and selection
    assert _shown(page) == after_drops
    monkeypatch.setattr(board_module, "board_entries", board_entries)
    page.rebuild()  # every column sorted from the cards again
    assert _shown(page) == after_drops
    for _ in MOVES:
        stack.undo()
    page.rebuild()
    assert _shown(page) == after_undo


def test_a_refresh_with_lanes_still_lays_the_grid_out_again(
    sample_ctx: WorkspaceContext, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = BoardPage(sample_ctx)
    qtbot.addWidget(page)
    page.gate_decider = lambda *_: GateDecision(force=True, reason="The customer asked")
    bar = page.filter_bar
    bar.lanes.setCurrentIndex(bar.lanes.findData("owner"))
    sorted_whole = _count_whole_sorts(monkeypatch)
    _drop_middle_card(page, "P1", "P2")
    assert len(sorted_whole) == 1  # lanes line up across the funnel: the grid is laid again
    shown = {key: model.entries() for key, model in page.models.items()}
    page.rebuild()
    assert {key: model.entries() for key, model in page.models.items()} == shown
