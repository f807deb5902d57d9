"""Pages that follow the model lazily (desktop/pages/base.py, issue 11): a page
hidden behind another does no read for an edit made elsewhere and shows the
edit once it is shown; a page in view re-reads only the deals a change names."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QStackedWidget

import desktop.pages.board as board_module
from desktop.context import WorkspaceContext
from desktop.pages.board import BoardPage
from model.board import column_of
from model.rows import DealCard, board_rows
from model.services import deals


@pytest.fixture
def shown(sample_ctx: WorkspaceContext) -> Iterator[tuple[QStackedWidget, BoardPage, QLabel]]:
    """The board and another page in a shown window, the way the main window stacks them."""
    stack = QStackedWidget()
    page = BoardPage(sample_ctx)
    other = QLabel("another page")
    stack.addWidget(page)
    stack.addWidget(other)
    stack.resize(1366, 768)
    stack.show()
    QApplication.processEvents()
    yield stack, page, other
    stack.close()
    stack.deleteLater()


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """Every board_rows read the board makes, with its arguments."""
    seen: list[dict[str, Any]] = []

    def counting(session: Any, **kwargs: Any) -> list[DealCard]:
        seen.append(kwargs)
        return board_rows(session, **kwargs)

    monkeypatch.setattr(board_module, "board_rows", counting)
    return seen


def _open_deal(page: BoardPage, stage: str) -> DealCard:
    return next(c for c in page.store.cards.values() if c.status == "open" and c.stage == stage)


def _move(ctx: WorkspaceContext, deal_id: int, stage: str) -> None:
    ctx.write(deals.move_deal, deal_id, stage, force=True, reason="test")


def test_a_hidden_board_reads_nothing_and_shows_the_move_when_shown(
    shown: tuple[QStackedWidget, BoardPage, QLabel],
    sample_ctx: WorkspaceContext,
    reads: list[dict[str, Any]],
) -> None:
    stack, page, other = shown
    card = _open_deal(page, "P2")
    stack.setCurrentWidget(other)
    assert page.isHidden()

    _move(sample_ctx, card.id, "P4")
    _move(sample_ctx, card.id, "P5")  # two edits while hidden: one refresh later
    assert reads == [], "a hidden board read cards for an edit made elsewhere"
    assert page.stale
    assert page.store.cards[card.id].stage == "P2"  # not refreshed yet

    stack.setCurrentWidget(page)  # the user goes back to the board: showEvent
    QApplication.processEvents()
    assert not page.stale
    assert len(reads) == 1, "the pending changes were not applied in one refresh"
    assert reads[0]["deal_ids"] == [card.id]
    assert page.store.cards[card.id].stage == "P5"
    assert card.id in page.models["P5"].deal_ids()
    assert card.id not in page.models["P2"].deal_ids()
    assert column_of(page.store.cards[card.id]) == "P5"


def test_a_board_in_view_re_reads_only_the_moved_card(
    shown: tuple[QStackedWidget, BoardPage, QLabel],
    sample_ctx: WorkspaceContext,
    reads: list[dict[str, Any]],
) -> None:
    _stack, page, _other = shown
    card = _open_deal(page, "P2")
    before = page.summaries["P3"].count
    _move(sample_ctx, card.id, "P3")
    assert reads == [{"deal_ids": [card.id]}], "the board read more than the moved card"
    assert not page.stale
    assert page.store.cards[card.id].stage == "P3"
    assert page.summaries["P3"].count == before + 1


def test_a_board_in_a_window_not_shown_follows_at_once(
    sample_ctx: WorkspaceContext, reads: list[dict[str, Any]]
) -> None:
    """Tests and start-up: nothing is seen, nothing waits."""
    page = BoardPage(sample_ctx)
    card = _open_deal(page, "P2")
    _move(sample_ctx, card.id, "P3")
    assert not page.stale
    assert page.store.cards[card.id].stage == "P3"


def test_show_deal_on_a_hidden_board_sees_a_deal_made_meanwhile(
    shown: tuple[QStackedWidget, BoardPage, QLabel], sample_ctx: WorkspaceContext
) -> None:
    stack, page, other = shown
    account = next(iter(page.store.cards.values())).account_id
    stack.setCurrentWidget(other)
    made = sample_ctx.write(deals.create_deal, {"name": "Made elsewhere", "account_id": account})
    deal_id = made.created_id("deal")
    assert page.stale
    assert page.show_deal(deal_id)
    assert page.store.cards[deal_id].name == "Made elsewhere"
