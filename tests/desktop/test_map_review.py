"""The map after the screenshot review: Chinese role badges, the side panel's hint
follows Larger text, and the legend never leaves one entry alone on its last line."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest
from helpers import show_map
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.context import WorkspaceContext
from desktop.map import items
from desktop.map.legend import LegendStrip
from desktop.pages.map import MapPage

if TYPE_CHECKING:
    from desktop.app import Application

ZH = {"LEAD": "牵头", "EVAL": "评委"}


class _MapWords(QTranslator):
    """The zh words of the map's badges, as the lead's .ts will have them."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return ZH.get(source) if context == "OrgMap" else None  # None: not ours


@pytest.fixture
def map_words(qapp: object) -> Iterator[None]:
    words = _MapWords()
    QCoreApplication.installTranslator(words)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(words)


def _page(ctx: WorkspaceContext, qtbot: QtBot) -> MapPage:
    return show_map(qtbot, ctx)


def test_lead_and_eval_badges_read_as_words_on_cards_and_legend(
    sample_ctx: WorkspaceContext, qtbot: QtBot, map_words: None, monkeypatch: Any
) -> None:
    """zh: "LEAD"/"EVAL" stayed English on the cards and in the legend; they are the
    map's own words (context OrgMap), KDM/KI/KU stay codes."""
    from desktop.legend_help import map_rows

    drawn: list[str] = []
    real_pill = items.pill

    def pill(painter: Any, x: float, y: float, text: str, *args: Any, **kw: Any) -> float:
        drawn.append(text)
        return real_pill(painter, x, y, text, *args, **kw)

    monkeypatch.setattr(items, "pill", pill)
    monkeypatch.setattr("desktop.map.legend.pill", pill)
    page = _page(sample_ctx, qtbot)
    roles = {n.role for n in page.data.people()}
    assert "LEAD" in roles or "EVAL" in roles
    keys = [n.key for n in page.data.people() if n.role in ("LEAD", "EVAL")]
    page.view.set_scale(1.0)
    for key in keys:
        page.view.centerOn(page.scene.nodes[key])
        page.view.viewport().grab()
    page.legend.grab()
    shown = set(drawn)
    assert {"KDM", "KI", "KU", "牵头", "评委"} <= shown
    assert not {"LEAD", "EVAL"} & shown
    help_words = {row.title for row in map_rows()}
    assert {"牵头", "评委", "KDM"} <= help_words


def test_the_side_panels_hint_follows_larger_text(sample_app: Application, qtbot: QtBot) -> None:
    window = sample_app.window
    window.resize(1366, 768)
    window.show()
    assert QTest.qWaitForWindowExposed(window)
    QTest.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    page = window.current_page()
    assert isinstance(page, MapPage)
    hint = page.person_panel.hint
    before = hint.font().pointSizeF()
    try:
        window.act_bigger.trigger()  # View ▸ Larger text (Ctrl++)
        window.act_bigger.trigger()
        QApplication.processEvents()
        assert hint.font().pointSizeF() > before * 1.1
    finally:
        window.act_smaller.trigger()
        window.act_smaller.trigger()
    QApplication.processEvents()
    assert hint.font().pointSizeF() == pytest.approx(before)


def test_the_legend_leaves_no_entry_alone_on_its_last_line(qtbot: QtBot) -> None:
    """zh larger: "路径" wrapped alone onto a second line; lines are evened out and
    never more than the width needs."""
    strip = LegendStrip()
    qtbot.addWidget(strip)
    total = sum(strip.legend.entry_width(k, t) + 10 for k, t in strip.legend.entries())
    for width in range(300, int(total) + 60, 7):
        strip.resize(width, 40)
        strip.refresh()
        lines = strip._lines
        if len(lines) > 1:
            assert len(lines[-1]) >= 2, (width, [[e[1] for e in ln] for ln in lines])
            room = width / strip.zoom() - 20
            assert all(sum(e[2] for e in ln) <= room + 1 for ln in lines if len(ln) > 1)
        else:
            assert width / strip.zoom() - 20 >= total - 1
