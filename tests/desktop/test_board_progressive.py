"""A large board paints its cards first and fills badges and warnings in when read."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

import desktop.pages.board as board_module
from desktop.context import WorkspaceContext
from desktop.pages.board import BoardPage
from model.board import card_extras
from model.services.deals import set_exit_check


def test_cards_come_first_and_badges_follow(
    sample_ctx: WorkspaceContext, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = sample_ctx.read(card_extras)
    assert expected.risks and expected.progress  # the sample has both to show
    release = threading.Event()

    def slow_extras(db: Any, deal_ids: Any = None) -> Any:
        found = card_extras(db, deal_ids)
        if deal_ids is None:  # the whole board's read is slow: it ends after an edit
            assert release.wait(30)
        return found

    monkeypatch.setattr(board_module, "card_extras", slow_extras)
    monkeypatch.setattr(board_module, "PROGRESSIVE_CARDS", 1)
    page = BoardPage(sample_ctx)
    qtbot.addWidget(page)
    page.show()
    shown = sum(model.rowCount() for model in page.models.values())
    assert shown > 0  # the cards are there before their extras
    assert page.store.risks == {} and page.store.progress == {}
    qtbot.waitUntil(lambda: page.extras_pending, timeout=5_000)  # after the first paint
    refreshed, criterion = _tickable(sample_ctx, expected.progress)
    sample_ctx.write(set_exit_check, refreshed, criterion, True)  # lands while they are read
    page.refresh_deals({refreshed})
    fresh = page.store.progress[refreshed]
    assert fresh[0] == expected.progress[refreshed][0] + 1
    with qtbot.waitSignal(page.extrasLoaded, timeout=30_000):
        release.set()
    QApplication.processEvents()
    assert page.store.risks == expected.risks
    assert {k: v for k, v in page.store.progress.items() if k != refreshed} == {
        k: v for k, v in expected.progress.items() if k != refreshed
    }
    assert page.store.progress[refreshed] == fresh
    deal = next(iter(expected.risks))
    assert page.store.view(deal).badges.risks == expected.risks[deal]  # repainted with it


def _tickable(ctx: WorkspaceContext, progress: dict[int, tuple[int, int]]) -> tuple[int, str]:
    """A deal with an unmet exit criterion that a tick answers (not the deal's data)."""
    from model.board import deal_detail
    from model.rules.chain import COMPUTED_CRITERIA

    for deal_id, (met, total) in progress.items():
        if met >= total:
            continue
        detail = ctx.read(deal_detail, deal_id)
        assert detail is not None
        for item in detail.exits:
            if not item.done and item.id not in COMPUTED_CRITERIA:
                return deal_id, item.id
    raise AssertionError("the sample has no deal with a criterion left to tick")


def test_a_small_board_shows_everything_in_its_first_paint(
    sample_ctx: WorkspaceContext, qtbot: Any
) -> None:
    page = BoardPage(sample_ctx)
    qtbot.addWidget(page)
    assert page.store.risks == sample_ctx.read(card_extras).risks


def test_a_board_left_before_its_badges_were_asked_reads_them_when_shown_again(
    sample_ctx: WorkspaceContext, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A hidden board does not read its badges: the worker would compete with the page
    the user went to."""
    reads: list[object] = []

    def counted(db: Any, deal_ids: Any = None) -> Any:
        reads.append(deal_ids)
        return card_extras(db, deal_ids)

    monkeypatch.setattr(board_module, "card_extras", counted)
    monkeypatch.setattr(board_module, "PROGRESSIVE_CARDS", 1)
    page = BoardPage(sample_ctx)
    qtbot.addWidget(page)
    page.show()
    page.hide()  # left at once, before the badges' timer fired
    qtbot.wait(board_module.AFTER_FIRST_PAINT_MS * 4)
    assert reads == [] and not page.extras_pending
    with qtbot.waitSignal(page.extrasLoaded, timeout=30_000):
        page.show()
    assert reads == [None]
    assert page.store.progress == sample_ctx.read(card_extras).progress
