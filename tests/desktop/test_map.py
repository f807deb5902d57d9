"""The org map: gestures, undo/redo, persistence, routes, gaps, changes and exports.

A small account is built through the services (so positions and keys are
known); the sample workspace checks that a real account renders.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from helpers import show_map
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QGraphicsItem
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.context import WorkspaceContext
from desktop.map.data import OUR_SIDE, THE_KDM
from desktop.map.export import export_map
from desktop.map.panels import KEYS_ROLE, PanelModel, PanelRow
from desktop.pages.map import MapPage
from graph import person_key
from model.entities import Influence, Person, Relationship
from model.services.accounts import create_account
from model.services.people import create_person, set_influence, set_relationship, update_person
from model.services.team import create_member

Flag = QGraphicsItem.GraphicsItemFlag


@dataclass
class Org:
    account: int
    other: int
    rita: int  # our rep
    boss: int  # KDM
    kim: int  # KI, reports to boss
    kuo: int  # KU, reports to kim
    lee: int  # no role, reports to kim


def _person(ctx: WorkspaceContext, account: int, name: str, **values: Any) -> int:
    return ctx.write(create_person, account, {"name": name, **values}).created_id("person")


@pytest.fixture
def org(ctx: WorkspaceContext) -> Org:
    rita = ctx.write(create_member, {"name": "Rita", "role": "rep"}).created_id("member")
    account = ctx.write(create_account, {"name": "Acme", "owner_id": rita}).created_id("account")
    other = ctx.write(create_account, {"name": "Other"}).created_id("account")
    _person(ctx, other, "Stranger")
    boss = _person(ctx, account, "Boss", role="KDM", seniority="top", support=-1)
    kim = _person(ctx, account, "Kim", role="KI", manager_id=boss, seniority="senior")
    kuo = _person(ctx, account, "Kuo", role="KU", manager_id=kim, support=1, insider=True)
    lee = _person(ctx, account, "Lee", manager_id=kim)
    ctx.write(set_influence, kim, boss, 0.8)
    ctx.write(set_relationship, rita, kuo, {"strength": 0.9, "visit_level": "rep"})
    ctx.write(set_relationship, rita, lee, {"strength": 0.3, "last_contact": date(2020, 1, 1)})
    return Org(account, other, rita, boss, kim, kuo, lee)


@pytest.fixture
def page(ctx: WorkspaceContext, org: Org, qtbot: QtBot) -> MapPage:
    widget = show_map(qtbot, ctx, org.account, size=(1400, 900))
    widget.view.set_scale(1.0)
    widget.view.centerOn(widget.scene.content_rect().center())
    return widget


def person(ctx: WorkspaceContext, person_id: int) -> Person | None:
    with ctx.workspace.sessions() as s:
        row = s.get(Person, person_id)
        if row is not None:
            s.expunge(row)
        return row


def settle(page: MapPage) -> None:
    QApplication.processEvents()
    if page.pending:
        page.reload_now()


def at(page: MapPage, key: str, dx: float = 0.0, dy: float = 0.0) -> QPoint:
    """Viewport position of a card's centre (plus an offset in scene units)."""
    return page.view.mapFromScene(page.scene.pos_of(key) + QPointF(dx, dy))


def mouse(
    page: MapPage,
    kind: QEvent.Type,
    pos: QPoint,
    *,
    button: Qt.MouseButton = Qt.MouseButton.LeftButton,
    buttons: Qt.MouseButton | None = None,
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    viewport = page.view.viewport()
    if buttons is None:
        buttons = button if kind != QEvent.Type.MouseButtonRelease else Qt.MouseButton.NoButton
    event = QMouseEvent(
        kind,
        QPointF(pos),
        QPointF(viewport.mapToGlobal(pos)),
        button if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton,
        buttons,
        modifiers,
    )
    QApplication.sendEvent(viewport, event)


def drag(
    page: MapPage,
    start: QPoint,
    end: QPoint,
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
    *,
    release: bool = True,
) -> None:
    mouse(page, QEvent.Type.MouseButtonPress, start, modifiers=modifiers)
    for i in range(1, 6):
        step = start + (end - start) * (i / 5)
        mouse(
            page,
            QEvent.Type.MouseMove,
            step,
            buttons=Qt.MouseButton.LeftButton,
            modifiers=modifiers,
        )
    if release:
        mouse(page, QEvent.Type.MouseButtonRelease, end, modifiers=modifiers)


# -- model -> map ---------------------------------------------------------------------


def test_map_shows_people_members_and_edges(page: MapPage, org: Org) -> None:
    keys = set(page.scene.nodes)
    people = {person_key(i) for i in (org.boss, org.kim, org.kuo, org.lee)}
    assert people | {f"m:{org.rita}"} == keys
    kinds = {e.kind for e in page.data.edges}
    assert kinds == {"reports_to", "influence", "relationship"}
    # items hold keys only; what they show comes from the scene's data
    item = page.scene.nodes[person_key(org.kim)]
    assert item.key == person_key(org.kim)
    assert "Kim" in item.toolTip() and "Key influencer" in item.toolTip()
    assert page.account_combo.currentData() == org.account


def test_default_account_has_the_most_people(ctx: WorkspaceContext, org: Org, qtbot: QtBot) -> None:
    widget = MapPage(ctx)
    qtbot.addWidget(widget)
    assert widget.account_id == org.account
    widget.select_account(org.other)
    assert {n.name for n in widget.data.people()} == {"Stranger"}
    widget.select_account(None)  # keeps what is shown
    assert widget.account_id == org.other


def test_empty_workspace_explains_itself(ctx: WorkspaceContext, qtbot: QtBot) -> None:
    widget = MapPage(ctx)
    qtbot.addWidget(widget)
    assert widget.account_id is None
    assert widget.stack.currentWidget() is widget.no_accounts
    assert not widget.act_add.isEnabled()


def test_edits_elsewhere_show_up(ctx: WorkspaceContext, page: MapPage, org: Org) -> None:
    ctx.write(update_person, org.lee, {"name": "Lee Renamed", "role": "EVAL"})
    settle(page)
    info = page.scene.node_info(person_key(org.lee))
    assert info is not None and (info.name, info.role) == ("Lee Renamed", "EVAL")


def test_a_deal_shows_its_own_roles(ctx: WorkspaceContext, page: MapPage, org: Org) -> None:
    from model.services.deals import create_deal, set_deal_role

    deal = ctx.write(
        create_deal,
        {
            "name": "Big deal",
            "account_id": org.account,
            "stage": "P5",
            "force": True,
            "reason": "taken over mid-funnel",
        },
    ).created_id("deal")
    ctx.write(set_deal_role, deal, org.lee, "KDM", support=2, coach=True)
    settle(page)
    index = page.deal_combo.findData(deal)
    assert index > 0 and page.deal_combo.itemText(index) == "P5 · Big deal"
    page.deal_combo.setCurrentIndex(index)
    page.deal_combo.activated.emit(index)
    info = page.scene.node_info(person_key(org.lee))
    assert info is not None and (info.role, info.support, info.coach) == ("KDM", 2, True)
    assert page.data.stage == "P5"
    codes = {r.code for r in page.analysis.risks}
    assert "no_senior_visit" in codes  # judged at the deal's stage
    assert "Big deal" in page.title()


# -- gestures -----------------------------------------------------------------------------


def test_double_click_adds_a_person_there_undo_redo(
    ctx: WorkspaceContext, page: MapPage, org: Org
) -> None:
    empty = page.view.mapFromScene(page.scene.content_rect().bottomRight() + QPointF(300, 200))
    target = page.view.mapToScene(empty)
    before = ctx.undo_stack.count()
    mouse(page, QEvent.Type.MouseButtonDblClick, empty)
    settle(page)
    assert ctx.undo_stack.count() == before + 1
    new = [k for k in page.scene.nodes if k.startswith("p:")]
    added = max(int(k[2:]) for k in new)
    row = person(ctx, added)
    assert row is not None and row.name == "New person"
    assert row.map_x == pytest.approx(target.x(), abs=1) and row.map_y == pytest.approx(
        target.y(), abs=1
    )
    assert page.scene.selected_keys() == [person_key(added)]
    assert page.person_panel.editor.person_id == added
    ctx.undo_stack.undo()
    settle(page)
    assert person(ctx, added) is None and person_key(added) not in page.scene.nodes
    ctx.undo_stack.redo()
    settle(page)
    assert person(ctx, added) is not None and person_key(added) in page.scene.nodes


def test_shift_drag_links_two_people_as_influence(
    ctx: WorkspaceContext, page: MapPage, org: Org, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[str, str]] = []

    def choose(source: str, target: str, _at: QPoint) -> tuple[str, float]:
        asked.append((source, target))
        return ("influence", 0.8)

    monkeypatch.setattr(page, "choose_link", choose)
    drag(
        page,
        at(page, person_key(org.lee)),
        at(page, person_key(org.boss)),
        Qt.KeyboardModifier.ShiftModifier,
    )
    settle(page)
    assert asked == [(person_key(org.lee), person_key(org.boss))]

    def influences() -> set[tuple[int, int, float]]:
        with ctx.workspace.sessions() as s:
            rows = s.execute(select(Influence.source_id, Influence.target_id, Influence.strength))
            return {(a, b, c) for a, b, c in rows}

    assert (org.lee, org.boss, 0.8) in influences()
    assert any(e.kind == "influence" and e.source == person_key(org.lee) for e in page.data.edges)
    ctx.undo_stack.undo()
    settle(page)
    assert (org.lee, org.boss, 0.8) not in influences()
    ctx.undo_stack.redo()
    assert (org.lee, org.boss, 0.8) in influences()


def test_link_mode_drag_sets_reports_to(
    ctx: WorkspaceContext, page: MapPage, org: Org, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(page, "choose_link", lambda *_: ("reports_to", None))
    page.act_link.setChecked(True)
    drag(page, at(page, person_key(org.lee)), at(page, person_key(org.boss)))
    settle(page)
    row = person(ctx, org.lee)
    assert row is not None and row.manager_id == org.boss
    ctx.undo_stack.undo()
    row = person(ctx, org.lee)
    assert row is not None and row.manager_id == org.kim


def test_drag_from_our_member_records_a_relationship(
    ctx: WorkspaceContext, page: MapPage, org: Org, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(page, "choose_link", lambda *_: ("relationship", 0.5))
    drag(page, at(page, f"m:{org.rita}"), at(page, person_key(org.boss)))
    settle(page)

    def held() -> set[tuple[int, int]]:
        with ctx.workspace.sessions() as s:
            return {
                (a, b) for a, b in s.execute(select(Relationship.member_id, Relationship.person_id))
            }

    assert (org.rita, org.boss) in held()
    ctx.undo_stack.undo()
    assert (org.rita, org.boss) not in held()
    ctx.undo_stack.redo()
    assert (org.rita, org.boss) in held()


def test_a_drag_released_on_nothing_links_nothing(
    ctx: WorkspaceContext, page: MapPage, org: Org, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(page, "choose_link", lambda *_: pytest.fail("nothing to ask"))
    count = ctx.undo_stack.count()
    far = page.view.mapFromScene(page.scene.content_rect().topLeft() - QPointF(200, 200))
    drag(page, at(page, person_key(org.lee)), far, Qt.KeyboardModifier.ShiftModifier)
    assert ctx.undo_stack.count() == count
    assert not page.scene.ghost.isVisible()


def test_esc_cancels_a_link_gesture(
    ctx: WorkspaceContext, page: MapPage, org: Org, qtbot: QtBot
) -> None:
    page.act_link.setChecked(True)
    drag(page, at(page, person_key(org.lee)), at(page, person_key(org.boss)), release=False)
    assert page.view.linking and page.scene.ghost.isVisible()
    qtbot.keyClick(page.view, Qt.Key.Key_Escape)
    assert not page.view.linking and not page.scene.ghost.isVisible()
    assert not page.act_link.isChecked()
    mouse(page, QEvent.Type.MouseButtonRelease, at(page, person_key(org.boss)))
    assert (
        ctx.undo_stack.count() == 0
        or ctx.undo_stack.command(ctx.undo_stack.count() - 1).text() != "Lee reports to Boss"
    )


def test_moving_a_selection_is_one_undo_step_and_persists(
    ctx: WorkspaceContext, page: MapPage, org: Org
) -> None:
    kuo, lee = person_key(org.kuo), person_key(org.lee)
    page.scene.select_keys([kuo, lee])
    start = {k: QPointF(page.scene.pos_of(k)) for k in (kuo, lee)}
    count = ctx.undo_stack.count()
    drag(page, at(page, kuo), at(page, kuo, 120, 80))
    settle(page)
    assert ctx.undo_stack.count() == count + 1
    for key, pid in ((kuo, org.kuo), (lee, org.lee)):
        row = person(ctx, pid)
        assert row is not None and row.map_x is not None and row.map_y is not None
        assert row.map_x == pytest.approx(start[key].x() + 120, abs=2)
        assert row.map_y == pytest.approx(start[key].y() + 80, abs=2)
        assert page.scene.pos_of(key).x() == pytest.approx(row.map_x, abs=0.2)
    # others stayed unplaced
    boss = person(ctx, org.boss)
    assert boss is not None and boss.map_x is None
    ctx.undo_stack.undo()
    settle(page)
    for key, pid in ((kuo, org.kuo), (lee, org.lee)):
        row = person(ctx, pid)
        assert row is not None and row.map_x is None and row.map_y is None
        assert page.scene.pos_of(key) == start[key]
    ctx.undo_stack.redo()
    settle(page)
    row = person(ctx, org.kuo)
    assert row is not None and row.map_x == pytest.approx(start[kuo].x() + 120, abs=2)


def test_esc_during_a_move_puts_the_cards_back(
    ctx: WorkspaceContext, page: MapPage, org: Org, qtbot: QtBot
) -> None:
    kuo = person_key(org.kuo)
    page.scene.select_keys([kuo])
    start = QPointF(page.scene.pos_of(kuo))
    drag(page, at(page, kuo), at(page, kuo, 150, 0), release=False)
    assert page.scene.moving
    assert page.scene.pos_of(kuo) != start
    qtbot.keyClick(page.view, Qt.Key.Key_Escape)
    assert page.scene.pos_of(kuo) == start
    mouse(page, QEvent.Type.MouseButtonRelease, at(page, kuo, 150, 0))
    assert ctx.undo_stack.count() == 0
    row = person(ctx, org.kuo)
    assert row is not None and row.map_x is None


def test_delete_key_deletes_the_selected_people(
    ctx: WorkspaceContext, page: MapPage, org: Org, qtbot: QtBot
) -> None:
    page.scene.select_keys([person_key(org.kuo), person_key(org.lee), f"m:{org.rita}"])
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    settle(page)
    assert person(ctx, org.kuo) is None and person(ctx, org.lee) is None
    assert ctx.undo_stack.count() == 1  # one macro
    assert f"m:{org.rita}" in page.scene.nodes  # our members are not deleted from the map
    ctx.undo_stack.undo()
    settle(page)
    assert person(ctx, org.kuo) is not None and person(ctx, org.lee) is not None
    assert person_key(org.kuo) in page.scene.nodes
    ctx.undo_stack.redo()
    settle(page)
    assert person(ctx, org.kuo) is None


def test_auto_layout_is_one_step_and_keeps_placed_cards(
    ctx: WorkspaceContext, page: MapPage, org: Org
) -> None:
    ctx.write(update_person, org.boss, {"map_x": 900.0, "map_y": -500.0})
    settle(page)
    count = ctx.undo_stack.count()
    assert page.auto_layout(everyone=False)
    assert ctx.undo_stack.count() == count + 1
    settle(page)
    boss = person(ctx, org.boss)
    assert boss is not None and (boss.map_x, boss.map_y) == (900.0, -500.0)
    for pid in (org.kim, org.kuo, org.lee):
        row = person(ctx, pid)
        assert row is not None and row.map_x is not None
        assert row.map_y is not None and row.map_y > -500.0  # below their boss
    assert not page.auto_layout(everyone=False)  # nothing left to place
    assert page.auto_layout(everyone=True)
    boss = person(ctx, org.boss)
    assert boss is not None and (boss.map_x, boss.map_y) != (900.0, -500.0)
    ctx.undo_stack.undo()
    boss = person(ctx, org.boss)
    assert boss is not None and (boss.map_x, boss.map_y) == (900.0, -500.0)
    ctx.undo_stack.undo()
    settle(page)
    kim = person(ctx, org.kim)
    assert kim is not None and kim.map_x is None


# -- zoom, find -----------------------------------------------------------------------------


def test_zoom_fit_and_level_of_detail(page: MapPage, org: Org, qtbot: QtBot) -> None:
    page.view.set_scale(0.1)
    assert page.scene.overview
    assert page.scene.nodes[person_key(org.boss)].flags() & Flag.ItemHasNoContents
    assert page.scene.overview_layer.isVisible()
    qtbot.keyClick(page, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert page.view.scale_factor() <= 1.0
    assert page.view.scale_factor() >= 0.3 and not page.scene.overview
    assert page.zoom_label.text().endswith("%")
    page.view.zoom_by(2.0)
    assert page.view.scale_factor() > 1.0


def test_clicking_the_legend_folds_it(page: MapPage, qtbot: QtBot) -> None:
    strip = page.legend
    assert strip.isVisible() and not strip.folded
    unfolded = strip.height()
    view_height = page.view.height()
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton)
    assert strip.folded
    assert strip.height() < unfolded
    qtbot.waitUntil(lambda: page.view.height() > view_height)  # the map gets the room
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton)
    assert not strip.folded and strip.height() == unfolded


def test_find_centres_and_selects(page: MapPage, org: Org, qtbot: QtBot) -> None:
    qtbot.keyClick(page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    page.focus_search()
    assert page.search.hasFocus()
    qtbot.keyClicks(page.search, "ku")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.scene.selected_keys() == [person_key(org.kuo)]
    assert page.find_person("nobody here") is None


# -- route, gaps, changes ----------------------------------------------------------------------


def test_route_mode_lights_the_strongest_route(page: MapPage, org: Org) -> None:
    page.act_route.setChecked(True)
    assert page.tabs.currentWidget() is page.route_panel
    assert page.route_panel.query()[:2] == (OUR_SIDE, THE_KDM)
    best = page.answer.routes[0]
    # Rita knows Kuo (0.9); Kuo is our insider: Kuo -> Kim (0.5 up) -> Boss (0.8 influence)
    assert best.nodes == (person_key(org.kuo), person_key(org.kim), person_key(org.boss))
    assert best.strength == pytest.approx(0.4)
    assert page.scene.lit[person_key(org.kuo)] == 0
    assert page.scene.lit[person_key(org.boss)] == 0
    assert page.scene.is_faded(f"m:{org.rita}") is (f"m:{org.rita}" not in page.scene.lit)
    assert page.route_panel.model.rowCount() == len(page.answer.routes)
    assert page.route_panel.model.row(0).cells[1] == "40%"
    # from our member, to Kim
    page.route_panel.pick(source=f"m:{org.rita}", target=person_key(org.kim))
    assert page.answer.routes[0].nodes == (
        f"m:{org.rita}",
        person_key(org.kuo),
        person_key(org.kim),
    )
    page.act_route.setChecked(False)
    assert not page.scene.lit and not page.scene.route_layer.paths


def test_no_route_is_said_plainly(ctx: WorkspaceContext, page: MapPage, org: Org) -> None:
    ctx.write(update_person, org.kuo, {"insider": False})
    ctx.write(update_person, org.boss, {"manager_id": None})
    ctx.write(update_person, org.kim, {"manager_id": None})
    from model.services.people import delete_link

    with ctx.workspace.sessions() as s:
        influence = s.execute(select(Influence.id)).scalar_one()
    ctx.write(delete_link, "influence", influence)
    settle(page)
    page.act_route.setChecked(True)
    assert page.answer.reason == "no_route"
    assert "No route reaches Boss" in page.route_panel.message.text()


def test_clicking_a_risk_selects_its_people(page: MapPage, org: Org, qtbot: QtBot) -> None:
    page.tabs.setCurrentWidget(page.gaps_panel)
    model = page.gaps_panel.risk_model
    codes = [model.row(r).data.code for r in range(model.rowCount())]
    assert "kdm_opposed" in codes and "no_coach" in codes
    row = codes.index("kdm_opposed")
    rule, text = model.row(row).cells
    assert rule == "P5 exit criterion 5" and "Boss" in text  # named, never the raw ID
    assert model.row(row).data.rule_id == "P5.EXIT.5"
    assert "key decision maker" in (model.row(row).tip or "").lower()
    table = page.gaps_panel.risks
    rect = table.visualRect(model.index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.scene.selected_keys() == [person_key(org.boss)]
    # stale relationship names the person and our member
    stale = next(
        r
        for r in range(model.rowCount())
        if codes[r] == "stale_relationship" and person_key(org.lee) in model.row(r).keys
    )
    keys = model.index(stale, 0).data(KEYS_ROLE)
    page.gaps_panel.risks.picked.emit(keys)
    assert set(page.scene.selected_keys()) == {person_key(org.lee), f"m:{org.rita}"}


def test_coverage_and_next_visits(page: MapPage, org: Org) -> None:
    coverage = page.gaps_panel.coverage_model
    assert [coverage.row(r).cells[0] for r in range(coverage.rowCount())] == [
        "KDM",
        "KI",
        "KU",
        "LEAD",
        "EVAL",
    ]
    assert coverage.row(0).keys == (person_key(org.boss),)
    visits = page.gaps_panel.visit_model
    assert visits.rowCount() > 0
    assert visits.row(0).keys[0] in page.scene.nodes
    assert visits.row(0).cells[1]  # a worded reason


def test_changes_between_two_days(ctx: WorkspaceContext, page: MapPage, org: Org) -> None:
    from model.base import utcnow
    from model.entities import AuditEntry

    # the log says the change happened two days ago
    ctx.write(update_person, org.kim, {"support": 2})
    newcomer = _person(ctx, org.account, "Nina")
    with ctx.workspace.begin() as s:
        from sqlalchemy import update

        s.execute(update(AuditEntry).values(at=utcnow() - timedelta(days=30)))
        s.execute(update(Person).values(created_at=utcnow() - timedelta(days=30)))
        recent = (AuditEntry.entity == "person") & (
            ((AuditEntry.entity_id == org.kim) & (AuditEntry.field == "support"))
            | (AuditEntry.entity_id == newcomer)
        )
        s.execute(update(AuditEntry).where(recent).values(at=utcnow() - timedelta(days=2)))
        s.execute(
            update(Person)
            .where(Person.id == newcomer)
            .values(created_at=utcnow() - timedelta(days=2))
        )
    settle(page)
    page.tabs.setCurrentWidget(page.changes_panel)
    page.changes_panel.since.setDate(date.today() - timedelta(days=5))
    page.changes_panel.until.setDate(date.today())
    rows = [r.cells[0] for r in page.changes_panel.model.rows()]
    assert "Nina joined" in rows
    assert any(r.startswith("Kim: support") for r in rows)
    assert page.scene.marks[person_key(newcomer)] == "joined"
    assert page.scene.marks[person_key(org.kim)] == "changed"
    page.tabs.setCurrentWidget(page.person_panel)
    assert page.scene.marks == {}


def test_person_tab_lists_links_and_edits_strength(
    ctx: WorkspaceContext, page: MapPage, org: Org
) -> None:
    page.select_cards([person_key(org.kim)])
    assert page.person_panel.editor.person_id == org.kim
    links = page.person_panel.links_model
    texts = [links.row(r).cells[0] for r in range(links.rowCount())]
    assert "Reports to Boss" in texts and "Influences Boss" in texts
    influence = next(
        links.row(r).data
        for r in range(links.rowCount())
        if links.row(r).cells[0] == "Influences Boss"
    )
    assert page.person_panel.set_link_strength(influence, 0.3)
    with ctx.workspace.sessions() as s:
        assert s.execute(select(Influence.strength)).scalar_one() == pytest.approx(0.3)
    ctx.undo_stack.undo()
    with ctx.workspace.sessions() as s:
        assert s.execute(select(Influence.strength)).scalar_one() == pytest.approx(0.8)
    assert page.person_panel.remove_this_link(influence)
    with ctx.workspace.sessions() as s:
        assert s.execute(select(Influence.id)).first() is None
    ctx.undo_stack.undo()
    with ctx.workspace.sessions() as s:
        assert s.execute(select(Influence.id)).first() is not None


# -- export, sample -----------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", ["png", "svg", "pdf"])
def test_export_writes_a_file(page: MapPage, tmp_path: Path, suffix: str) -> None:
    page.act_route.setChecked(True)
    path = page.export_to(tmp_path / f"map.{suffix}")
    assert path is not None and path.stat().st_size > 1000
    head = path.read_bytes()[:400]
    if suffix == "svg":
        assert b"<svg" in head
    elif suffix == "pdf":
        assert head.startswith(b"%PDF")
    else:
        assert head.startswith(b"\x89PNG")
    # the export leaves the view as it was
    assert not page.scene.full_detail


def test_export_refuses_an_unknown_format(page: MapPage, tmp_path: Path) -> None:
    from desktop.map.export import ExportError

    with pytest.raises(ExportError):
        export_map(page.scene, tmp_path / "map.bmp", "x")


def test_sample_account_renders(sample_ctx: WorkspaceContext, qtbot: QtBot) -> None:
    widget = MapPage(sample_ctx)
    qtbot.addWidget(widget)
    widget.resize(1600, 1000)
    widget.show()
    qtbot.waitExposed(widget)
    biggest = max(widget.accounts, key=lambda a: a.people)
    assert widget.account_id == biggest.id
    assert len(widget.data.people()) == biggest.people
    widget.act_route.setChecked(True)
    assert widget.answer.found
    image = widget.grab().toImage()
    assert not image.isNull() and image.width() == 1600
    colours = {image.pixel(x, y) for x in range(0, 1600, 37) for y in range(60, 1000, 41)}
    assert len(colours) > 8  # a drawn map, not a blank pane


def test_panel_model_passes_the_model_tester(qtmodeltester: Any) -> None:
    model = PanelModel(["A", "B"])
    model.set_rows([PanelRow(("x", "y"), ("p:1",), "tip", "#ff0000"), PanelRow(("z", ""))])
    qtmodeltester.check(model)


# -- the deal view: one rule for what the card shows and the editor writes ---------------------


def _deal_view(ctx: WorkspaceContext, page: MapPage, org: Org, name: str = "Big deal") -> int:
    from model.services.deals import create_deal

    deal = ctx.write(
        create_deal, {"name": name, "account_id": org.account, "stage": "P2"}
    ).created_id("deal")
    settle(page)
    index = page.deal_combo.findData(deal)
    page.deal_combo.setCurrentIndex(index)
    page.deal_combo.activated.emit(index)
    assert page.deal_id == deal
    return deal


def _deal_part(ctx: WorkspaceContext, deal: int, pid: int) -> tuple[Any, ...] | None:
    from model.entities import DealRole

    with ctx.workspace.sessions() as s:
        row = s.execute(
            select(DealRole.role, DealRole.support, DealRole.insider, DealRole.coach).where(
                DealRole.deal_id == deal, DealRole.person_id == pid
            )
        ).first()
        return None if row is None else tuple(row)


def _card_support(page: MapPage, pid: int) -> int:
    info = page.scene.node_info(person_key(pid))
    assert info is not None
    return info.support


def _pick(combo: Any, value: Any) -> None:
    """Choose an entry of a combo box as a user does (the box emits ``activated``)."""
    index = combo.findData(value)
    assert index >= 0, f"{value!r} is not offered"
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_deal_view_editor_writes_the_support_the_card_shows(
    ctx: WorkspaceContext, page: MapPage, org: Org
) -> None:
    """The card shows the deal's −2; setting +2 in the side panel must change the card.

    Before the one rule the editor showed and wrote the person's standing support:
    the card kept −2 while the editor wrote +2 to the person.
    """
    from model.services.deals import set_deal_role

    deal = _deal_view(ctx, page, org)
    ctx.write(set_deal_role, deal, org.boss, "KDM", support=-2)
    settle(page)
    page.select_cards([person_key(org.boss)])
    panel = page.person_panel
    assert _card_support(page, org.boss) == -2
    assert panel.chain.isVisibleTo(panel)
    assert panel.chain.values() == {
        "role": "KDM", "support": -2, "backs_competitor_id": None, "insider": False,
        "coach": False,
    }  # fmt: skip
    # the standing fields, which the card does not show here, are out of sight
    assert not panel.editor.widgets["support"].isVisibleTo(panel.editor)

    _pick(panel.chain.support, 2)
    settle(page)
    assert _card_support(page, org.boss) == 2  # the card shows what was written
    assert _deal_part(ctx, deal, org.boss) == ("KDM", 2, False, False)
    boss = person(ctx, org.boss)
    assert boss is not None and boss.support == -1  # the standing support is untouched
    assert panel.chain.values()["support"] == 2
    ctx.undo_stack.undo()
    settle(page)
    assert _card_support(page, org.boss) == -2 and panel.chain.values()["support"] == -2
    assert _deal_part(ctx, deal, org.boss) == ("KDM", -2, False, False)
    ctx.undo_stack.redo()
    settle(page)
    assert _card_support(page, org.boss) == 2


def test_whole_account_view_edits_the_standing_support(
    ctx: WorkspaceContext, page: MapPage, org: Org
) -> None:
    from model.services.deals import set_deal_role

    deal = _deal_view(ctx, page, org)
    ctx.write(set_deal_role, deal, org.boss, "KDM", support=-2)
    page.deal_combo.setCurrentIndex(0)
    page.deal_combo.activated.emit(0)
    settle(page)
    page.select_cards([person_key(org.boss)])
    panel = page.person_panel
    assert not panel.chain.isVisibleTo(panel)
    support = panel.editor.widgets["support"]
    assert support.isVisibleTo(panel.editor)
    assert _card_support(page, org.boss) == -1 == support.currentData()  # type: ignore[attr-defined]
    _pick(support, 1)
    settle(page)
    assert _card_support(page, org.boss) == 1
    boss = person(ctx, org.boss)
    assert boss is not None and boss.support == 1
    assert _deal_part(ctx, deal, org.boss) == ("KDM", -2, False, False)  # the deal keeps its own


def test_setting_support_in_the_deal_view_puts_the_person_on_the_deal(
    ctx: WorkspaceContext, page: MapPage, org: Org, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.map import deal_roles

    asked: list[tuple[str, str | None]] = []

    def ask(_parent: Any, name: str, default: str | None) -> str | None:
        asked.append((name, default))
        return default

    monkeypatch.setattr(deal_roles, "ask_role", ask)
    deal = _deal_view(ctx, page, org)
    page.select_cards([person_key(org.kuo)])
    chain = page.person_panel.chain
    # not on the deal: the box shows what the card shows, the standing part
    assert _card_support(page, org.kuo) == 1 == chain.values()["support"]
    assert chain.values()["role"] is None and "not on this deal" in chain.status.text()
    _pick(chain.support, -1)
    settle(page)
    assert asked == [("Kuo", "KU")]  # the standing role is offered
    assert _deal_part(ctx, deal, org.kuo) == ("KU", -1, True, False)
    assert _card_support(page, org.kuo) == -1 == chain.values()["support"]
    assert chain.values()["role"] == "KU"
    ctx.undo_stack.undo()
    settle(page)
    assert _deal_part(ctx, deal, org.kuo) is None and _card_support(page, org.kuo) == 1
    # cancelling the role question changes nothing
    monkeypatch.setattr(deal_roles, "ask_role", lambda *_: None)
    count = ctx.undo_stack.count()
    _pick(chain.support, 2)
    assert ctx.undo_stack.count() == count and _deal_part(ctx, deal, org.kuo) is None
    assert chain.values()["support"] == 1
    # choosing a role puts them on without a question
    _pick(chain.role, "EVAL")
    assert _deal_part(ctx, deal, org.kuo) == ("EVAL", 1, True, False)
    _pick(chain.role, None)  # "Not on this deal"
    assert _deal_part(ctx, deal, org.kuo) is None


def _trigger(menu: Any, name: str) -> None:
    """Trigger the menu's action called ``name`` (in the menu or a submenu)."""
    from PySide6.QtGui import QAction

    found = menu.findChild(QAction, name)
    assert found is not None, f"no menu action {name!r}"
    found.trigger()


def _right_click(page: MapPage, key: str) -> None:
    from PySide6.QtGui import QContextMenuEvent

    pos = at(page, key)
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, pos, page.view.viewport().mapToGlobal(pos)
    )
    QApplication.sendEvent(page.view.viewport(), event)


def test_context_menu_edits_the_deals_part_in_the_deal_view(
    ctx: WorkspaceContext, page: MapPage, org: Org, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.map import deal_roles

    monkeypatch.setattr(deal_roles, "ask_role", lambda _p, _n, default: default)
    deal = _deal_view(ctx, page, org)
    shown: list[list[str]] = []

    def run(menu: Any, _at: QPoint) -> None:
        shown.append([a.text() for a in menu.actions()])
        _trigger(menu, "support_2")

    page.run_menu = run
    _right_click(page, person_key(org.kim))
    settle(page)
    assert shown and shown[0][0] == "Kim is not on “Big deal” yet"
    assert page.scene.selected_keys() == [person_key(org.kim)]
    assert _deal_part(ctx, deal, org.kim) == ("KI", 2, False, False)
    assert _card_support(page, org.kim) == 2
    kim = person(ctx, org.kim)
    assert kim is not None and kim.support == 0

    page.run_menu = lambda menu, _at: _trigger(menu, "coach")
    _right_click(page, person_key(org.kim))
    assert _deal_part(ctx, deal, org.kim) == ("KI", 2, False, True)
    page.run_menu = lambda menu, _at: _trigger(menu, "role_none")  # "Take off this deal"
    _right_click(page, person_key(org.kim))
    assert _deal_part(ctx, deal, org.kim) is None
    ctx.undo_stack.undo()
    assert _deal_part(ctx, deal, org.kim) == ("KI", 2, False, True)
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    assert _deal_part(ctx, deal, org.kim) is None


def test_context_menu_in_the_account_view_edits_the_person(
    ctx: WorkspaceContext, page: MapPage, org: Org
) -> None:
    page.run_menu = lambda menu, _at: _trigger(menu, "support_-2")
    _right_click(page, person_key(org.lee))
    settle(page)
    lee = person(ctx, org.lee)
    assert lee is not None and lee.support == -2 and _card_support(page, org.lee) == -2
    page.run_menu = lambda menu, _at: _trigger(menu, "role_LEAD")
    _right_click(page, person_key(org.lee))
    lee = person(ctx, org.lee)
    assert lee is not None and lee.role == "LEAD"
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    lee = person(ctx, org.lee)
    assert lee is not None and (lee.role, lee.support) == (None, 0)
    # a right-click on our member offers the canvas's menu, not a person's part
    shown: list[str] = []
    page.run_menu = lambda menu, _at: shown.append(menu.objectName())
    _right_click(page, f"m:{org.rita}")
    assert shown == ["canvasMenu"]


def _texts(menu: Any) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def test_right_click_on_the_canvas_offers_the_maps_actions(
    ctx: WorkspaceContext, page: MapPage, org: Org
) -> None:
    from PySide6.QtGui import QContextMenuEvent

    boss = page.scene.nodes[person_key(org.boss)].sceneBoundingRect()
    empty = page.view.mapFromScene(QPointF(boss.center().x(), boss.top() - 150))
    assert page.scene.key_at(page.view.mapToScene(empty)) is None
    shown: list[list[str]] = []

    def run(menu: Any, _at: QPoint) -> None:
        shown.append(_texts(menu))
        _trigger(menu, "add_here")

    page.run_menu = run
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, empty, page.view.viewport().mapToGlobal(empty)
    )
    QApplication.sendEvent(page.view.viewport(), event)
    assert shown == [
        [
            "Add person here",
            "Fit",
            "Zoom in",
            "Zoom out",
            "Tidy up",
            "Re-layout everyone",
            "Routes",
            "Link mode",
            "Export…",
        ]
    ]
    settle(page)
    added = [n for n in page.data.people() if n.name == "New person"]
    assert len(added) == 1
    where = page.scene.pos_of(added[0].key)
    clicked = page.view.mapToScene(empty)
    assert abs(where.x() - clicked.x()) < 1 and abs(where.y() - clicked.y()) < 1
    # the canvas's Fit is the real action
    page.view.set_scale(2.0)
    page.view.centerOn(boss.center() - QPointF(0, 250))
    empty = page.view.mapFromScene(QPointF(boss.center().x(), boss.top() - 300))
    assert page.scene.key_at(page.view.mapToScene(empty)) is None
    page.run_menu = lambda menu, _at: next(a for a in menu.actions() if a.text() == "Fit").trigger()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, empty, page.view.viewport().mapToGlobal(empty)
    )
    QApplication.sendEvent(page.view.viewport(), event)
    assert page.view.scale_factor() < 2.0


def test_right_click_on_a_person_edits_routes_and_deletes(
    ctx: WorkspaceContext, page: MapPage, org: Org
) -> None:
    shown: list[list[str]] = []

    def run(menu: Any, _at: QPoint) -> None:
        shown.append(_texts(menu))
        _trigger(menu, "edit_person")

    page.run_menu = run
    _right_click(page, person_key(org.kuo))
    assert shown[0][:4] == ["Role", "Support", "Backs competitor", "Insider"]
    assert shown[0][-7:] == [
        "Edit person",
        "Routes to this person",
        "Log activity…",
        "Activities of this person",
        "Export this person's data…",
        "Erase this person…",
        "Delete",
    ]
    assert page.tabs.currentWidget() is page.person_panel
    assert page.scene.selected_keys() == [person_key(org.kuo)]

    page.run_menu = lambda menu, _at: _trigger(menu, "route_to")
    _right_click(page, person_key(org.kuo))
    assert page.act_route.isChecked()
    assert page.route_panel.query()[1] == person_key(org.kuo)
    assert page.answer.routes and page.answer.routes[0].nodes[-1] == person_key(org.kuo)

    page.run_menu = lambda menu, _at: _trigger(menu, "delete")
    _right_click(page, person_key(org.lee))
    settle(page)
    assert person(ctx, org.lee) is None
    assert person_key(org.lee) not in page.scene.nodes
    ctx.undo_stack.undo()
    assert person(ctx, org.lee) is not None


def test_the_role_question_is_a_real_dialog(qtbot: QtBot) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QInputDialog

    from desktop.map.deal_roles import ask_deal_role, role_dialog, role_from

    dialog = role_dialog(None, "Kuo", "KU")
    assert dialog.textValue() == "Key user (KU)" and role_from(dialog) == "KU"
    assert len(dialog.comboBoxItems()) == 5

    def answer() -> None:
        modal = QApplication.activeModalWidget()
        assert isinstance(modal, QInputDialog)
        try:
            modal.setTextValue("Tender evaluator (EVAL)")
            modal.accept()
        finally:
            if modal.isVisible():
                modal.reject()

    QTimer.singleShot(0, answer)
    assert ask_deal_role(None, "Kuo", "KU") == "EVAL"


# -- relationships: last contact and visit level ---------------------------------------------


def _select_relationship(page: MapPage, qtbot: QtBot) -> Any:
    links = page.person_panel.links
    model = page.person_panel.links_model
    row = next(r for r in range(model.rowCount()) if model.row(r).data.kind == "relationship")
    rect = links.visualRect(model.index(row, 0))
    qtbot.mouseClick(links.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    link = page.person_panel.current_link()
    assert link is not None and link.kind == "relationship"
    return link


def _relationship(ctx: WorkspaceContext, org: Org) -> tuple[Any, str]:
    with ctx.workspace.sessions() as s:
        row = s.execute(
            select(Relationship.last_contact, Relationship.visit_level).where(
                Relationship.member_id == org.rita, Relationship.person_id == org.lee
            )
        ).one()
        return row[0], row[1]


def test_last_contact_and_visit_level_are_edited_and_undone(
    ctx: WorkspaceContext, page: MapPage, org: Org, qtbot: QtBot
) -> None:
    from PySide6.QtCore import QDate

    page.select_cards([person_key(org.lee)])
    panel = page.person_panel
    assert not panel.last_contact.isEnabled()  # nothing selected yet
    _select_relationship(page, qtbot)
    assert panel.last_contact.isEnabled() and panel.visit_level.isEnabled()
    assert panel.last_contact.date() == QDate(2020, 1, 1)  # model -> widget
    assert panel.last_contact.maximumDate() == QDate.currentDate()  # never in the future
    yesterday = date.today() - timedelta(days=1)
    panel.last_contact.setDate(QDate(yesterday.year, yesterday.month, yesterday.day))
    panel.last_contact.editingFinished.emit()
    assert _relationship(ctx, org) == (yesterday, "rep")
    _select_relationship(page, qtbot)
    _pick(panel.visit_level, "executive")
    assert _relationship(ctx, org) == (yesterday, "executive")
    ctx.undo_stack.undo()
    assert _relationship(ctx, org) == (yesterday, "rep")
    ctx.undo_stack.undo()
    assert _relationship(ctx, org) == (date(2020, 1, 1), "rep")
    ctx.undo_stack.redo()
    assert _relationship(ctx, org) == (yesterday, "rep")
    # "not recorded" clears it
    link = _select_relationship(page, qtbot)
    assert panel.set_relationship(link, {"last_contact": None})
    assert _relationship(ctx, org) == (None, "rep")


def test_a_future_last_contact_is_refused_and_said(
    ctx: WorkspaceContext, page: MapPage, org: Org, qtbot: QtBot
) -> None:
    problems: list[str] = []
    ctx.hub.problem.connect(lambda _t, text: problems.append(text))
    page.select_cards([person_key(org.lee)])
    link = _select_relationship(page, qtbot)
    tomorrow = date.today() + timedelta(days=1)
    assert not page.person_panel.set_relationship(link, {"last_contact": tomorrow})
    assert problems and "in the future" in problems[0]
    assert _relationship(ctx, org) == (date(2020, 1, 1), "rep")


@pytest.mark.parametrize("suffix", ["svg", "pdf"])
def test_export_on_a_full_disk_reports_failure_and_writes_nothing(
    page: MapPage, tmp_path: Path, suffix: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    import model.files
    from desktop.map.export import ExportError

    def full(*_a: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(model.files.os, "fsync", full)
    with pytest.raises(ExportError, match="No space left"):
        export_map(page.scene, tmp_path / f"map.{suffix}", "x")
    assert list(tmp_path.iterdir()) == [] or all(
        not p.name.startswith("map") and "partial" not in p.name for p in tmp_path.iterdir()
    )
