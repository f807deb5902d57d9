"""The deal panel in the real main window at 1366×768, English and Chinese, normal and
larger text: every label, button and field is as wide as it needs (or wraps) and
stays inside the panel's visible width; nothing is cut at the right edge."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import QPoint, QSettings
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop import text_size
from desktop.pages.board import BoardPage

if TYPE_CHECKING:
    from desktop.app import Application


@pytest.fixture(params=["en", "zh"])
def window_app(
    request: pytest.FixtureRequest, qapp: object, settings: QSettings, sample_copy: Path
) -> Iterator[Application]:
    from desktop.app import Application

    before = QApplication.font().pointSizeF()
    settings.setValue("ui/language", request.param)
    application = Application(settings)
    assert application.open(sample_copy)
    yield application
    if application.ctx is not None:
        application.ctx.close()
    application._drop_look_copy()
    application.window.close()
    text_size.set_point_size(before)
    from desktop.i18n import install_language

    install_language("en")


def _deals(page: BoardPage) -> list[int]:
    """The deal with the longest name, one in P5 (tender) and one in P7 (payments)."""
    cards = page.store.cards
    chosen = [max(cards, key=lambda i: len(cards[i].name))]
    for stage in ("P5", "P7"):
        found = [i for i, c in cards.items() if c.status == "open" and c.stage == stage]
        chosen += found[:1]
    return chosen


def _clipped(page: BoardPage) -> list[str]:
    panel = page.panel
    viewport = panel.scroller.viewport()
    right = viewport.width()
    problems = []
    kinds = (QLabel, QAbstractButton, QComboBox, QAbstractSpinBox, QLineEdit)
    for widget in panel.findChildren(QWidget):
        if not isinstance(widget, kinds) or not widget.isVisibleTo(panel):
            continue
        name = f"{type(widget).__name__} {widget.objectName()!r} {getattr(widget, 'text', str)()!r}"
        wraps = isinstance(widget, QLabel) and widget.wordWrap()
        shrinks = wraps or isinstance(widget, QLineEdit)  # a line edit scrolls its text
        if not shrinks and widget.width() < widget.minimumSizeHint().width():
            problems.append(f"{name}: {widget.width()} < {widget.minimumSizeHint().width()}")
        if viewport.isAncestorOf(widget):
            left = widget.mapTo(viewport, QPoint(0, 0)).x()
            limit = right
        else:  # the header: title, ⋯ and ✕
            left = widget.mapTo(panel, QPoint(0, 0)).x()
            limit = panel.width()
        if left < 0 or left + widget.width() > limit:
            problems.append(f"{name}: {left}..{left + widget.width()} outside 0..{limit}")
    return problems


@pytest.mark.parametrize("steps", [0, 3])
def test_deal_panel_fits_at_1366(qtbot: Any, window_app: Application, steps: int) -> None:
    window = window_app.window
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    page = window.show_page("board")
    assert isinstance(page, BoardPage)
    for _ in range(steps):
        window.act_bigger.trigger()
    for deal in _deals(page):
        page.open_deal(deal)
        QApplication.processEvents()
        assert page.panel.isVisible()
        assert page.panel.width() >= page.panel.wanted_width() or page.panel.width() >= 1366 // 3
        for squeeze in (False, True):  # as opened, and dragged as narrow as it goes
            if squeeze:
                page.splitter.setSizes([10_000, 0])
                QApplication.processEvents()
                assert page.panel.width() == page.panel.minimumWidth()
            body = page.panel.scroller.widget()
            assert body is not None
            assert body.minimumSizeHint().width() <= page.panel.scroller.viewport().width()
            assert _clipped(page) == [], f"deal {deal}, squeezed {squeeze}"
        page.close_panel()
