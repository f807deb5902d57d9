"""The board as a keyboard and mouse user meets it in the real main window: arrow keys
between cards and columns, Enter, the right-click menu on a card, the page hooks
(search's show_deal, F1's help topic, print, view state) and the undo texts."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu

from desktop.board.column import CardList
from desktop.board.column_model import ColumnModel
from desktop.board.gate_dialog import GateDecision
from desktop.pages.board import BoardPage
from model.board import STAGE_KEYS

if TYPE_CHECKING:
    from desktop.app import Application


@pytest.fixture
def board(qtbot: Any, sample_app: Application) -> BoardPage:
    """The board page of the real main window at 1366×768, shown and active."""
    window = sample_app.window
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page = window.show_page("board")
    assert isinstance(page, BoardPage)
    return page


def _focus(qtbot: Any, view: CardList, row: int) -> None:
    view.select_row(row)
    view.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(view.hasFocus)


def _current_deal(view: CardList) -> int | None:
    model = view.model()
    assert isinstance(model, ColumnModel)
    return model.deal_at(view.currentIndex().row())


def test_arrow_keys_walk_cards_and_columns_and_enter_opens_the_deal(
    qtbot: Any, board: BoardPage
) -> None:
    p2, p3 = board.columns["P2"].view, board.columns["P3"].view
    assert len(p2.card_rows()) >= 3 and len(p3.card_rows()) >= 3
    _focus(qtbot, p2, p2.card_rows()[0])

    qtbot.keyClick(p2, Qt.Key.Key_Down)
    second = p2.card_rows()[1]
    assert p2.currentIndex().row() == second
    assert p2.selected_ids() == [_current_deal(p2)]  # the focus shows as the selected card

    qtbot.keyClick(p2, Qt.Key.Key_Right)
    assert p3.hasFocus() and QApplication.focusWidget() is p3
    assert p3.currentIndex().row() == second  # the same height in the next column
    assert p3.selected_ids() == [_current_deal(p3)]
    assert not p2.hasFocus() and p2.selected_ids() == []

    qtbot.keyClick(p3, Qt.Key.Key_Left)
    assert p2.hasFocus() and p2.currentIndex().row() == second

    qtbot.keyClick(p2, Qt.Key.Key_End)
    assert p2.currentIndex().row() == p2.card_rows()[-1]
    qtbot.keyClick(p2, Qt.Key.Key_Home)
    assert p2.currentIndex().row() == p2.card_rows()[0]
    qtbot.keyClick(p2, Qt.Key.Key_Up)  # already at the top: stays
    assert p2.currentIndex().row() == p2.card_rows()[0]

    deal = _current_deal(p2)
    qtbot.keyClick(p2, Qt.Key.Key_Return)
    assert board.panel.isVisible() and board.panel.deal_id == deal


def test_left_and_right_pass_over_empty_and_collapsed_columns(qtbot: Any, board: BoardPage) -> None:
    last = board.columns["P7"].view
    assert last.card_rows(), "the sample needs a deal in P7 for this test to mean anything"
    _focus(qtbot, last, last.card_rows()[0])
    qtbot.keyClick(last, Qt.Key.Key_Right)  # won, lost, shelved are collapsed: nowhere to go
    assert last.hasFocus()
    board.act_closed.trigger()  # show the closed columns
    qtbot.keyClick(last, Qt.Key.Key_Right)
    shown = [k for k in ("won", "lost", "shelved") if board.columns[k].view.card_rows()]
    assert board.columns[shown[0]].view.hasFocus()


def test_arrow_keys_skip_lane_titles_and_fillers(qtbot: Any, board: BoardPage) -> None:
    bar = board.filter_bar
    bar.lanes.setCurrentIndex(bar.lanes.findData("owner"))
    view = board.columns["P2"].view
    rows = view.card_rows()
    assert rows[0] > 0  # a lane title comes first
    _focus(qtbot, view, rows[0])
    for expected in rows[1:]:
        qtbot.keyClick(view, Qt.Key.Key_Down)
        assert view.currentIndex().row() == expected
        assert _current_deal(view) is not None


def _card_center(view: CardList, row: int) -> QPoint:
    return view.visualRect(view.model().index(row, 0)).center()


def _context_menu(board: BoardPage, view: CardList, row: int) -> QMenu:
    """Send a real right-click (context menu event) to a card; the menu is kept, not run."""
    opened: list[QMenu] = []
    board.menu_runner = lambda menu, _pos: opened.append(menu)
    pos = _card_center(view, row)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(view.viewport(), event)
    assert len(opened) == 1, "a right-click on a card opens one menu"
    return opened[0]


def _actions(menu: QMenu) -> dict[str, Any]:
    return {a.objectName(): a for a in menu.actions() if a.objectName()}


def test_right_click_on_a_card_offers_what_applies_and_runs_it(
    qtbot: Any, board: BoardPage
) -> None:
    view = board.columns["P2"].view
    first = view.card_rows()[1]
    deal = board.models["P2"].deal_at(first)
    assert deal is not None
    menu = _context_menu(board, view, first)
    actions = _actions(menu)
    for name in ("card_open", "card_next", "card_won", "card_lost", "card_shelved"):
        assert actions[name].isEnabled(), name
    for name in ("card_visit", "card_delete"):
        assert name in actions
    assert "P3" in actions["card_next"].text()
    assert view.selected_ids() == [deal]  # the card right-clicked is the one acted on

    actions["card_open"].trigger()
    assert board.panel.isVisible() and board.panel.deal_id == deal

    board.gate_decider = lambda *_: GateDecision(force=True, reason="Customer asked")
    again = board.models["P2"].row_of(deal)
    assert again is not None
    menu = _context_menu(board, view, again)
    _actions(menu)["card_next"].trigger()
    assert board.store.cards[deal].stage == "P3"
    text = board.ctx.undo_stack.text(board.ctx.undo_stack.index() - 1)
    assert text.startswith(f"Move “{board.store.cards[deal].name}” to P3")

    p3 = board.columns["P3"].view
    moved = board.models["P3"].row_of(deal)
    assert moved is not None
    menu = _context_menu(board, p3, moved)
    board.confirm = lambda *_: True
    _actions(menu)["card_delete"].trigger()
    assert deal not in board.store.cards


def test_show_deal_clears_a_hiding_filter_selects_and_opens(qtbot: Any, board: BoardPage) -> None:
    cards = board.store.cards
    deal = next(i for i, c in cards.items() if c.status == "open" and c.stage == "P3")
    other = next(c.account_id for c in cards.values() if c.account_id != cards[deal].account_id)
    bar = board.filter_bar
    bar.account.setCurrentIndex(bar.account.findData(other))
    assert board.models["P3"].row_of(deal) is None  # filtered away

    assert board.show_deal(deal)
    view = board.columns["P3"].view
    assert view.selected_ids() == [deal]
    assert board.panel.isVisible() and board.panel.deal_id == deal
    assert board.help_topic() == "P3"
    assert board.print_widget() is board.board
    assert not board.show_deal(10**9)


def test_view_state_comes_back_in_a_new_board(qtbot: Any, board: BoardPage) -> None:
    bar = board.filter_bar
    bar.lanes.setCurrentIndex(bar.lanes.findData("owner"))
    bar.sort.setCurrentIndex(bar.sort.findData("name"))
    owner = bar.owner.itemData(1)
    bar.owner.setCurrentIndex(1)
    deal = board.models["P2"].deal_ids()[0]
    board.show_deal(deal)
    state = board.view_state()
    assert state["deal"] == deal and state["lanes"] == "owner" and state["owner"] == owner

    again = BoardPage(board.ctx)
    qtbot.addWidget(again)
    again.restore_view_state(state)
    assert again.filter_bar.lane_mode() == "owner" and again.filter_bar.sort_key() == "name"
    assert again.filter_bar.owner.currentData() == owner
    assert again.columns["P2"].view.selected_ids() == [deal]
    assert again.help_topic() in STAGE_KEYS
    again.restore_view_state({"deal": 10**9, "owner": -5})  # gone: ignored
    assert again.filter_bar.owner.currentIndex() == 0
