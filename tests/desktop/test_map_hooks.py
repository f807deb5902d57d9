"""The map page's hooks: the global search shows a person on it, F1 names a topic,
Ctrl+P prints the whole map, and what the user chose survives a rebuild."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from helpers import show_map
from PySide6.QtCore import QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.context import WorkspaceContext
from desktop.pages.map import MapPage
from graph import person_key
from graph.from_model import account_choices
from model.methodology import REQUIRED_IDS

if TYPE_CHECKING:
    from desktop.app import Application


def _page(ctx: WorkspaceContext, qtbot: QtBot) -> MapPage:
    return show_map(qtbot, ctx)


def _people(ctx: WorkspaceContext, page: MapPage) -> tuple[int, int]:
    """An account other than the one shown and one of its people."""
    other = next(a for a in ctx.read(account_choices) if a.id != page.account_id and a.people)
    page.select_account(other.id)
    person = next(n for n in page.data.people())
    page.select_account(next(a.id for a in ctx.read(account_choices) if a.id != other.id))
    return other.id, int(person.key.split(":")[1])


def test_show_person_switches_account_selects_and_centres(
    sample_ctx: WorkspaceContext, qtbot: QtBot
) -> None:
    page = _page(sample_ctx, qtbot)
    account, person_id = _people(sample_ctx, page)
    assert page.account_id != account
    assert page.show_person(account, person_id)
    key = person_key(person_id)
    assert page.account_id == account
    assert page.scene.selected_keys() == [key]
    card = page.view.mapFromScene(page.scene.nodes[key].sceneBoundingRect()).boundingRect()
    assert page.view.viewport().rect().contains(card.center())
    assert page.tabs.currentWidget() is page.person_panel
    assert not page.show_person(account, 999_999)


def test_help_topic_follows_what_is_shown(sample_ctx: WorkspaceContext, qtbot: QtBot) -> None:
    page = _page(sample_ctx, qtbot)
    assert page.help_topic() is None  # the registry's: the decision maker
    kdm = next(n for n in page.data.people() if n.role == "KDM")
    ki = next(n for n in page.data.people() if n.role == "KI")
    page.select_cards([ki.key])
    assert page.help_topic() == "ROLE.KI"
    page.select_cards([kdm.key])
    assert page.help_topic() == "ROLE.KDM"
    page.act_route.setChecked(True)
    assert page.help_topic() == "REL.COACH"
    for topic in ("ROLE.KI", "ROLE.KDM", "REL.COACH"):
        assert topic in REQUIRED_IDS


def _ink(image: QImage, rect: QRectF) -> int:
    """Pixels that are not white nor the canvas's grey in ``rect``."""
    count = 0
    for y in range(int(rect.top()), int(rect.bottom()), 3):
        for x in range(int(rect.left()), int(rect.right()), 3):
            c = image.pixelColor(x, y)
            if c != QColor("white") and c.lightness() < 200:
                count += 1
    return count


def test_print_widget_draws_the_whole_map_not_the_view(
    sample_ctx: WorkspaceContext, qtbot: QtBot
) -> None:
    page = _page(sample_ctx, qtbot)
    page.view.set_scale(2.0)  # the view shows a few cards only
    widget = page.print_widget()
    assert isinstance(widget, QWidget) and widget is not page.view
    assert page.print_scene() is page.scene
    content = page.scene.content_rect()
    hint = widget.sizeHint()
    assert hint.width() >= content.width() and hint.height() >= content.height()
    # as desktop/printing.py does: render the hidden widget at its size hint
    widget.resize(widget.size().expandedTo(hint))
    image = QImage(widget.size(), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    widget.render(painter, QPoint(0, 0))
    painter.end()
    # every card of the map is drawn: ink at each card's place in the document
    size = QSize(widget.size())
    left = (size.width() - content.width()) / 2
    assert left >= 0
    missing = 0
    for key, item in page.scene.nodes.items():
        if not key.startswith("p:"):
            continue
        r = item.sceneBoundingRect()
        x = r.left() - content.left() + 30 + 24
        y = r.top() - content.top() + 30 + 58 + 24
        if _ink(image, QRectF(x + 10, y + 10, r.width() - 20, r.height() - 20)) == 0:
            missing += 1
    assert missing == 0
    assert page.print_title().startswith(
        next(a.name for a in page.accounts if a.id == page.account_id)
    )


def test_map_account_deal_and_zoom_survive_a_rebuild(sample_app: Application, qtbot: QtBot) -> None:
    window = sample_app.window
    window.resize(1366, 768)
    window.show()
    page = window.show_page("map")
    assert isinstance(page, MapPage)
    account, _ = _people(sample_app.ctx, page)  # type: ignore[arg-type]
    page.select_account(account)
    deal = next(iter(page._deal_names), None)
    if deal is not None:
        page.deal_combo.setCurrentIndex(page.deal_combo.findData(deal))
        page.deal_combo.activated.emit(page.deal_combo.currentIndex())
    page.view.set_scale(0.77)
    state = json.loads(json.dumps(page.view_state()))  # what the settings keep
    assert state["account"] == account and state["deal"] == deal and state["zoom"] == 0.77

    fresh = MapPage(page.ctx)
    qtbot.addWidget(fresh)
    fresh.resize(1366, 700)
    fresh.show()
    qtbot.waitExposed(fresh)
    fresh.restore_view_state(state)
    qtbot.wait(20)
    assert fresh.account_id == account and fresh.deal_id == deal
    assert fresh.view.scale_factor() == 0.77
    assert fresh.account_combo.currentData() == account
    # what no longer exists is passed over
    fresh.restore_view_state({"account": 999_999, "deal": 999_999})
    assert fresh.account_id == account
    _ = Qt
