"""View ▸ Larger text (Ctrl++) on the board, through the real action of the main window:
cards, column headers and the deal panel measure again at once, without a restart,
and no text line is clipped or runs into the next."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from desktop import text_size
from desktop.board.column import MIN_WIDTH, CardList
from desktop.board.column_model import VIEW_ROLE
from desktop.board.delegate import MARGIN_Y, PAD
from desktop.pages.board import BoardPage

if TYPE_CHECKING:
    from desktop.app import Application


@pytest.fixture
def board(qtbot: Any, sample_app: Application) -> Iterator[BoardPage]:
    """The real main window's board at 1366×768; the text size is put back afterwards."""
    before = QApplication.font().pointSizeF()
    window = sample_app.window
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    page = window.show_page("board")
    assert isinstance(page, BoardPage)
    yield page
    text_size.set_point_size(before)


def _option(view: CardList, row: int) -> QStyleOptionViewItem:
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = view.visualRect(view.model().index(row, 0))
    return option


def _no_overlap(rects: list[QRect]) -> None:
    ordered = sorted(rects, key=lambda r: r.top())
    for upper, lower in itertools.pairwise(ordered):
        assert upper.bottom() < lower.top(), f"{upper} runs into {lower}"


def _check_cards(page: BoardPage) -> None:
    delegate = page.delegate
    for key in ("P1", "P2", "P3"):
        view = page.columns[key].view
        for row in view.card_rows()[:4]:
            option = _option(view, row)
            f = delegate.fonts(option.font)
            plan = delegate.card_plan(view.model().index(row, 0).data(VIEW_ROLE), option)
            lines = [plan.name_rect, plan.name2_rect, plan.account_rect, plan.amount_rect]
            lines.append(plan.owner_rect)
            badges = [r for r, _b, _t in plan.badges]
            _no_overlap([*lines, badges[0]])
            for rect in lines:
                assert rect.height() >= f.fm_title.height()
            bottom = max(r.bottom() for r in badges) + PAD + 2 * MARGIN_Y
            assert bottom <= option.rect.height(), "the badges are cut off at the bottom"
            for text, fm in ((plan.name, f.fm_title), (plan.name2, f.fm_title)):
                assert fm.horizontalAdvance(text) <= plan.name_rect.width()
            assert f.fm_body.horizontalAdvance(plan.account) <= plan.account_rect.width()


def _check_headers(page: BoardPage) -> None:
    for key in ("P1", "P2", "P3", "P4"):
        header = page.columns[key].header
        rects = header.line_rects()
        _no_overlap(rects)
        _title, _small, fm_title, fm_small = header._fonts()
        assert rects[0].height() >= fm_title.height()
        assert all(r.height() >= fm_small.height() for r in rects[1:])
        assert rects[-1].bottom() < header.height(), "the header's last line is clipped"
        button = header.add_button
        assert button is not None
        assert header.rect().contains(button.geometry())
        assert button.height() >= QFontMetrics(header.font()).height()


def test_larger_text_grows_cards_headers_and_panel_at_once(qtbot: Any, board: BoardPage) -> None:
    window = board.window()
    view = board.columns["P2"].view
    row = view.card_rows()[0]
    board.open_deal(view.model().deal_at(row))  # type: ignore[attr-defined]
    _check_cards(board)
    _check_headers(board)
    card_before = view.visualRect(view.model().index(row, 0)).height()
    header_before = board.columns["P2"].header.height()
    title_before = board.panel.title.font().pointSizeF()
    points_before = QApplication.font().pointSizeF()

    for _ in range(3):
        window.act_bigger.trigger()  # type: ignore[attr-defined]
    points = QApplication.font().pointSizeF()
    assert points == points_before + 3
    grow = points / points_before

    # Cards: the size hint and the laid out rows follow at once.
    option = _option(view, row)
    hint = board.delegate.sizeHint(option, view.model().index(row, 0)).height()
    assert hint >= card_before * grow * 0.85
    qtbot.waitUntil(lambda: view.visualRect(view.model().index(row, 0)).height() == hint)
    _check_cards(board)
    # Headers: taller, and their lines still fit; columns wider.
    assert board.columns["P2"].header.height() > header_before
    _check_headers(board)
    assert board.columns["P2"].minimumWidth() >= int(MIN_WIDTH * grow * 0.95)
    # The panel's own (bold) fonts follow too.
    assert board.panel.title.font().pointSizeF() >= title_before * grow * 0.95

    window.act_smaller.trigger()  # type: ignore[attr-defined]
    _check_headers(board)
    qtbot.waitUntil(
        lambda: (
            view.visualRect(view.model().index(row, 0)).height()
            == board.delegate.sizeHint(_option(view, row), view.model().index(row, 0)).height()
        )
    )
    _check_cards(board)


def test_swimlane_titles_grow_with_the_text(qtbot: Any, board: BoardPage) -> None:
    bar = board.filter_bar
    bar.lanes.setCurrentIndex(bar.lanes.findData("owner"))
    board.window().act_bigger.trigger()  # type: ignore[attr-defined]
    view = board.columns["P2"].view
    option = _option(view, 0)
    f = board.delegate.fonts(option.font)
    # Two title lines and the figures fit in the lane row.
    assert option.rect.height() >= 3 * f.line + 8 + PAD + 2 * MARGIN_Y
