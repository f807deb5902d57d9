"""The board and deal panel after the screenshot review of issue 10, driven through the
real main window: View ▸ Larger text is the window's own action, the panel opens the
way a double-click opens it."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFrame, QLineEdit, QStyleOptionViewItem, QToolButton

from desktop import text_size
from desktop.board.column import CardList
from desktop.board.column_model import VIEW_ROLE
from desktop.board.delegate import two_lines
from desktop.board.store import CardView
from desktop.layout_check import clipped_widgets
from desktop.pages.board import BoardPage
from model.board import STAGE_KEYS

if TYPE_CHECKING:
    from desktop.app import Application


@pytest.fixture
def board(qtbot: Any, sample_app: Application) -> Iterator[BoardPage]:
    before = QApplication.font().pointSizeF()
    window = sample_app.window
    window.show()
    qtbot.waitExposed(window)
    window.resize(1366, 768)
    page = window.show_page("board")
    assert isinstance(page, BoardPage)
    QTest.qWait(30)
    yield page
    text_size.set_point_size(before)


def _larger(page: BoardPage) -> None:
    for _ in range(2):
        page.window().act_bigger.trigger()  # type: ignore[attr-defined]
    QTest.qWait(40)


def _open_p5(page: BoardPage) -> int:
    cards = [c for c in page.store.cards.values() if c.status == "open"]
    deal = min(c.id for c in cards if c.stage == "P5")
    page.open_deal(deal)
    QTest.qWait(40)
    return deal


def _views(page: BoardPage) -> Iterator[tuple[CardList, int, CardView]]:
    for key in STAGE_KEYS:
        view = page.columns[key].view
        for row in view.card_rows():
            v = view.model().index(row, 0).data(VIEW_ROLE)
            assert isinstance(v, CardView)
            yield view, row, v


def _option(view: CardList, row: int) -> QStyleOptionViewItem:
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = view.visualRect(view.model().index(row, 0))
    return option


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_filter_combos_stay_whole_at_larger_text(board: BoardPage, size: tuple[int, int]) -> None:
    board.window().resize(*size)
    _open_p5(board)
    _larger(board)
    bar = board.filter_bar
    combos = [bar.quarter, bar.lanes, bar.sort]
    problems = [p for p in clipped_widgets(board.window()) if "QComboBox" in p]
    assert not problems, problems
    for combo in combos:
        assert combo.width() >= combo.sizeHint().width(), combo.currentText()


@pytest.mark.parametrize("larger", [False, True])
def test_badges_read_the_same_in_every_column(board: BoardPage, larger: bool) -> None:
    """P1 cards (no exits) drew "Coach"/"KDM ?" while P2+ drew "C"/"K?": one form now."""
    if larger:
        _larger(board)
    coach_texts: set[str] = set()
    kdm_long: set[bool] = set()
    for view, row, v in _views(board):
        plan = board.delegate.card_plan(v, _option(view, row))
        for _rect, badge, text in plan.badges:
            if badge.kind == "coach":
                coach_texts.add(text)
            if badge.kind == "kdm":
                kdm_long.add(text.startswith("KDM"))
    assert len(coach_texts) == 1, coach_texts
    assert len(kdm_long) == 1


def test_headers_wrap_instead_of_eliding_with_the_panel_open(board: BoardPage) -> None:
    window = board.window()
    window.resize(1920, 1080)
    _open_p5(board)
    heights = set()
    for key in STAGE_KEYS:
        header = board.columns[key].header
        _title, _small, fm_title, _fm_small = header._fonts()
        heights.add(header.height())
        for rect, text in header.title_lines(header.width() // 2):
            assert "…" not in text, f"{key}: {text!r}"
            assert fm_title.horizontalAdvance(text) <= rect.width()
            assert rect.bottom() < header.line_rects()[-2].top()
        assert key in header.toolTip()
    assert len(heights) == 1, "the card lists of the columns start at different heights"
    # The board's scroller ends where the panel starts: a column is scrolled to, not hidden.
    scroller, panel = board.scroller, board.panel
    right = scroller.mapTo(window, QPoint(scroller.width(), 0)).x()
    assert right <= panel.mapTo(window, QPoint(0, 0)).x()
    p7 = board.columns["P7"]
    scroller.ensureWidgetVisible(p7, 0, 0)
    QTest.qWait(20)
    left = p7.mapTo(scroller.viewport(), QPoint(0, 0)).x()
    assert left >= 0 and left + p7.width() <= scroller.viewport().width()


def test_wide_amount_keeps_the_close_date_whole(board: BoardPage) -> None:
    _view, _row, real = next(_views(board))
    v = dataclasses.replace(
        real, amount="¥11570000万", close="2027年2月", close_short="27年2月", elided={}
    )
    f = board.delegate.fonts(QApplication.font())
    w = f.fm_title.horizontalAdvance(v.amount) + 8 + f.fm_body.horizontalAdvance("27年2月") + 2
    assert f.fm_body.horizontalAdvance(v.close) > w - f.fm_title.horizontalAdvance(v.amount) - 8
    plan = board.delegate._plan(v, w, f)
    assert plan.close == "27年2月"


def test_chinese_title_leaves_no_orphan_character() -> None:
    text = "变电站资产管理系统扩容"
    font = QFont(QApplication.font())
    font.setBold(True)
    width = QFontMetrics(font).horizontalAdvance(text[:-1]) + 1
    first, second = two_lines(text, font, width)
    assert first + second == text
    assert len(second) >= 2, (first, second)
    # English still breaks at a word.
    first, second = two_lines(
        "Grid GIS upgrade", font, QFontMetrics(font).horizontalAdvance("Grid GIS u")
    )
    assert (first, second) == ("Grid GIS", "upgrade")


def test_name_field_shows_the_beginning_of_a_long_name(board: BoardPage) -> None:
    _open_p5(board)
    name = board.panel.findChild(QLineEdit, "field_name")
    assert name is not None and name.text()
    assert name.cursorPosition() == 0


def test_rule_help_button_sits_top_right_of_the_warnings_box(board: BoardPage) -> None:
    _open_p5(board)
    box = board.panel.findChild(QFrame, "panelWarnings")
    assert box is not None and box.isVisible()
    buttons = [b for b in box.findChildren(QToolButton) if b.objectName().startswith("methodHelp_")]
    assert buttons
    for button in buttons:
        row = button.parentWidget()
        assert row is not None
        assert button.y() == 0, "the ? is not level with the rule's first line"
        right = button.mapTo(box, QPoint(button.width(), 0)).x()
        assert box.width() - right <= 6, f"the ? is {box.width() - right} px from the box's edge"
