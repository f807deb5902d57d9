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
from desktop.map.items import metrics, name_lines
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


def test_larger_text_never_lowers_the_level_of_detail(qapp: object) -> None:
    from desktop import text_size

    before = {scale: st.detail_level(scale) for scale in (0.2, 0.32, 0.54, 0.7, 0.9, 1.0)}
    points = text_size.point_size()
    text_size.set_point_size(points * 1.3)
    try:
        assert text_size.scale() > 1.2
        assert {scale: st.detail_level(scale) for scale in before} == before
    finally:
        text_size.set_point_size(points)


def test_a_name_alone_is_readable_and_whole(qapp: object) -> None:
    w, h = st.NODE_W - st.STRIPE, st.NODE_H
    for lod in (0.25, 0.32, 0.45):
        px, lines = name_lines("Peter Huang", w, h, lod)
        assert " ".join(lines) == "Peter Huang"
        assert px * lod >= 0.75 * st.READABLE_PX - 0.01
    px, lines = name_lines("徐鹏飞", w, h, 0.45)
    assert lines == ["徐鹏飞"] and px * 0.45 == pytest.approx(st.READABLE_PX)
    px, lines = name_lines("徐鹏飞", w, h, 0.2)  # far out: one line, still readable
    assert lines == ["徐鹏飞"] and px * 0.2 >= 0.9 * st.READABLE_PX


def test_names_share_one_size_at_one_zoom(qapp: object) -> None:
    """Short names on one line and longer ones on two, all at the same size (the review
    saw big one-line names beside small two-line ones, 11 px against 8.8 px); only a
    single word too wide for the card is drawn a little smaller."""
    w, h = st.NODE_W - st.STRIPE, st.NODE_H
    for lod in (0.25, 0.32, 0.45):
        sizes = {}
        for name in ("Leo Ma", "Andy Xu", "Vincent Chen", "Catherine Zhou", "Daniel Zhang"):
            px, lines = name_lines(name, w, h, lod)
            assert " ".join(lines) == name
            sizes[name] = round(px)  # the font's size: whole pixels
        assert max(sizes.values()) <= 1.08 * min(sizes.values()), (lod, sizes)
        assert sizes["Leo Ma"] == sizes["Vincent Chen"] == sizes["Daniel Zhang"], (lod, sizes)


def test_members_cards_hold_their_names_like_customers(qapp: object) -> None:
    """ "Catheri…", "Daniel Z…" at Fit: our members' cards wrap a name like a customer's."""
    w, h = st.MEMBER_W - st.STRIPE, st.MEMBER_H
    for lod in (0.3, 0.32, 0.54):
        for name in ("Catherine Zhou", "Daniel Zhang", "Kevin Huang", "Steven Huang"):
            px, lines = name_lines(name, w, h, lod)
            assert " ".join(lines) == name, (lod, name)
            fm = metrics(px, True)
            assert all(fm.horizontalAdvance(line) <= w for line in lines), (lod, name)  # whole
            leo, _ = name_lines("Leo Ma", st.NODE_W - st.STRIPE, st.NODE_H, lod)
            assert round(px) >= 0.92 * round(leo)


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
    """Ctrl++ twice: the legend grows, every card is drawn again, names are larger on
    screen at the same zoom and no card shows less than before (the review saw titles
    and badges dropped at the same 54 %)."""
    from desktop import text_size

    page = _map_at(sample_app, qtbot, 1366, 768)
    window = sample_app.window
    legend_height = page.legend.height()
    fit_level = st.detail_level(page.view.scale_factor())
    page.view.set_scale(0.45)
    QApplication.processEvents()
    scale = page.view.scale_factor()
    level = st.detail_level(scale)
    name = "Peter"
    before, _ = name_lines(name, st.NODE_W - st.STRIPE, st.NODE_H, scale)
    updates: list[str] = []
    for item in page.scene.nodes.values():
        item.update = lambda k=item.key: updates.append(k)  # type: ignore[method-assign, assignment]
    try:
        window.act_bigger.trigger()  # View ▸ Larger text (Ctrl++)
        window.act_bigger.trigger()
        assert text_size.scale() > 1.0
        assert page.legend.height() > legend_height  # legend re-measured
        assert set(updates) >= set(page.scene.nodes)  # every card drawn again
        assert page.view.scale_factor() == pytest.approx(scale)
        assert st.detail_level(page.view.scale_factor()) == level
        after, _ = name_lines(name, st.NODE_W - st.STRIPE, st.NODE_H, scale)
        assert after > before * 1.1  # names drawn larger
        QTest.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)  # Fit
        qtbot.waitUntil(lambda: page.view.fitted and page.view.scale_factor() > 0)
        assert st.detail_level(page.view.scale_factor()) == fit_level
    finally:
        window.act_smaller.trigger()
        window.act_smaller.trigger()
    assert page.legend.height() == legend_height
