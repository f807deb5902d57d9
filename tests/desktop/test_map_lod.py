"""The map on a projector: at Fit on 1366×768 every card shows its name, the map
fills the view, the legend covers no card, and Larger text reaches the map at once."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.map import style as st
from desktop.map.items import name_lines
from desktop.pages.map import MapPage

if TYPE_CHECKING:
    from desktop.app import Application


@pytest.mark.parametrize(
    ("scale", "level"),
    [
        (1.0, "full"),
        (0.85, "full"),
        (0.7, "compact"),
        (0.5, "compact"),
        (0.45, "name"),
        (0.3, "name"),
        (0.2, "name"),
        (0.15, "box"),
        (0.01, "box"),
    ],
)
def test_level_of_detail_by_scale(scale: float, level: str) -> None:
    assert st.detail_level(scale) == level


def test_larger_text_hands_over_to_larger_names_sooner() -> None:
    assert st.detail_level(0.9, 1.0) == "full"
    assert st.detail_level(0.9, 1.3) == "compact"
    assert st.detail_level(0.6, 1.3) == "name"
    assert st.detail_level(0.2, 1.3) == "name"  # names never vanish earlier


def test_a_name_alone_is_readable_and_whole(qapp: object) -> None:
    w, h = st.NODE_W - st.STRIPE, st.NODE_H
    for lod in (0.2, 0.32, 0.45):
        px, lines = name_lines("Peter Huang", w, h, lod)
        assert " ".join(lines) == "Peter Huang"
        assert px * lod >= 0.75 * st.READABLE_PX - 0.01
    px, lines = name_lines("徐鹏飞", w, h, 0.32)
    assert lines == ["徐鹏飞"] and px * 0.32 == pytest.approx(st.READABLE_PX)


def _map_at(sample_app: Application, qtbot: QtBot, w: int, h: int) -> MapPage:
    window = sample_app.window
    window.resize(w, h)
    window.show()
    assert QTest.qWaitForWindowExposed(window)
    QTest.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    page = window.current_page()
    assert isinstance(page, MapPage)
    biggest = max(page.accounts, key=lambda a: a.people)
    page.select_account(biggest.id)
    qtbot.wait(30)
    QTest.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)  # Fit
    QApplication.processEvents()
    return page


def _card_rects(page: MapPage) -> dict[str, QRect]:
    """Every card's place on the page, as far as the view shows it."""
    view, viewport = page.view, page.view.viewport()
    shown = QRect(viewport.mapTo(page, QPoint(0, 0)), viewport.size())
    rects = {}
    for key, item in page.scene.nodes.items():
        on_view = view.mapFromScene(item.sceneBoundingRect()).boundingRect()
        rect = QRect(viewport.mapTo(page, on_view.topLeft()), on_view.size())
        rects[key] = rect.intersected(shown)
    return rects


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_at_fit_every_name_is_drawn_and_the_map_fills_the_view(
    sample_app: Application, qtbot: QtBot, size: tuple[int, int]
) -> None:
    page = _map_at(sample_app, qtbot, *size)
    view = page.view
    scale = view.scale_factor()
    assert view.fitted
    assert st.detail_level(scale) in ("full", "compact", "name")
    assert len(page.scene.nodes) >= 30
    # every customer's name whole and readable on screen
    for node in page.data.people():
        px, lines = name_lines(node.name, st.NODE_W - st.STRIPE, st.NODE_H, scale)
        assert " ".join(lines) == node.name, node.name
        assert px * scale >= 8.0, node.name
    # fit fills at least 85 % of one dimension and spills over neither
    content = view.mapFromScene(page.scene.content_rect()).boundingRect()
    viewport = view.viewport().rect()
    assert viewport.contains(content)
    assert max(content.width() / viewport.width(), content.height() / viewport.height()) >= 0.85


def test_the_legend_covers_no_card(sample_app: Application, qtbot: QtBot) -> None:
    page = _map_at(sample_app, qtbot, 1366, 768)
    legend = page.legend
    assert legend.isVisible() and legend.height() > 0
    where = QRect(legend.mapTo(page, QPoint(0, 0)), legend.size())
    for key, rect in _card_rects(page).items():
        assert not rect.intersects(where), key
    # zoomed in and panned so cards run past the bottom: still none under the legend
    page.view.set_scale(1.2)
    page.view.centerOn(page.scene.content_rect().center())
    for key, rect in _card_rects(page).items():
        assert not rect.intersects(where), key


def test_larger_text_reaches_the_map_at_once(sample_app: Application, qtbot: QtBot) -> None:
    from desktop import text_size

    page = _map_at(sample_app, qtbot, 1366, 768)
    window = sample_app.window
    legend_height = page.legend.height()
    scale = page.view.scale_factor()
    name = "Peter"
    before, _ = name_lines(name, st.NODE_W - st.STRIPE, st.NODE_H, scale)
    updates: list[str] = []
    for item in page.scene.nodes.values():
        item.update = lambda k=item.key: updates.append(k)  # type: ignore[method-assign]
    try:
        window.act_bigger.trigger()  # View ▸ Larger text (Ctrl++)
        window.act_bigger.trigger()
        assert text_size.scale() > 1.0
        assert page.legend.height() > legend_height  # legend re-measured
        assert set(updates) >= set(page.scene.nodes)  # every card drawn again
        after, _ = name_lines(name, st.NODE_W - st.STRIPE, st.NODE_H, scale)
        assert after > before  # names drawn larger
        qtbot.waitUntil(lambda: page.view.fitted and page.view.scale_factor() > 0)
    finally:
        window.act_smaller.trigger()
        window.act_smaller.trigger()
    assert page.legend.height() == legend_height
