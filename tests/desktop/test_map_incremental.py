"""The map follows an edit by touching what it changed (issue 11).

A drag moves that card and its lines, a support change repaints that card and
runs the analysis again, an added or removed person comes and goes, and none of
these builds the whole map again; what is shown then equals a full rebuild
(positions, lines, badges, analysis), also after undo. A change of another
account costs the map nothing; a hidden map only notes it and reads when shown;
a big map's layout and analysis come from a worker whose older results are
dropped.
"""

from __future__ import annotations

import time
from concurrent.futures import Future
from typing import Any

import pytest
from helpers import show_map
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QAction, QMouseEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import desktop.pages.map as map_page
import graph
from desktop.context import WorkspaceContext
from desktop.map.data import MapAnalysis, MapData
from desktop.pages.map import MapPage
from graph import person_key
from model.services.accounts import create_account
from model.services.deals import create_deal
from model.services.people import create_person, set_influence, set_relationship, update_person
from model.services.team import create_member


def _person(ctx: WorkspaceContext, account: int, name: str, **values: Any) -> int:
    return ctx.write(create_person, account, {"name": name, **values}).created_id("person")


@pytest.fixture
def acme(ctx: WorkspaceContext) -> dict[str, int]:
    rita = ctx.write(create_member, {"name": "Rita", "role": "rep"}).created_id("member")
    account = ctx.write(create_account, {"name": "Acme", "owner_id": rita}).created_id("account")
    other = ctx.write(create_account, {"name": "Other"}).created_id("account")
    stranger = _person(ctx, other, "Stranger")
    boss = _person(ctx, account, "Boss", role="KDM", seniority="top", support=-1)
    kim = _person(ctx, account, "Kim", role="KI", manager_id=boss, seniority="senior")
    kuo = _person(ctx, account, "Kuo", role="KU", manager_id=kim, support=1)
    lee = _person(ctx, account, "Lee", manager_id=kim)
    ctx.write(set_influence, kim, boss, 0.8)
    ctx.write(set_influence, lee, kuo, 0.4)
    ctx.write(set_relationship, rita, kuo, {"strength": 0.9, "visit_level": "rep"})
    return {
        "account": account,
        "other": other,
        "stranger": stranger,
        "boss": boss,
        "kim": kim,
        "kuo": kuo,
        "lee": lee,
    }


@pytest.fixture
def page(ctx: WorkspaceContext, acme: dict[str, int], qtbot: QtBot) -> MapPage:
    widget = show_map(qtbot, ctx, acme["account"], size=(1400, 900))
    widget.view.set_scale(1.0)
    widget.view.centerOn(widget.scene.content_rect().center())
    return widget


def _shown(page: MapPage) -> dict[str, Any]:
    """What the map shows: cards (place, badges), lines of each layer, analysis."""
    scene = page.scene
    cards = {
        key: (round(item.pos().x(), 1), round(item.pos().y(), 1), scene.data.nodes[key])
        for key, item in scene.nodes.items()
    }
    lines = {
        kind: sorted(
            (b, *(round(v, 1) for v in (ln.x1(), ln.y1(), ln.x2(), ln.y2())))
            for b, bucket in enumerate(layer.buckets)
            for ln in bucket.lines
        )
        for kind, layer in scene.edge_layers.items()
    }
    labels = {
        kind: sorted((round(p.x(), 1), round(p.y(), 1), text) for p, text in layer.labels)
        for kind, layer in scene.edge_layers.items()
    }
    arrows = {kind: len(layer.arrows) for kind, layer in scene.edge_layers.items()}
    rects = {k: r.getRect() for k, r in scene.overview_layer.rects.items()}
    return {
        "cards": cards,
        "lines": lines,
        "labels": labels,
        "arrows": arrows,
        "overview": rects,
        "analysis": page.analysis,
        "tooltips": {k: item.toolTip() for k, item in scene.nodes.items()},
    }


def _rebuilt(ctx: WorkspaceContext, account: int, qtbot: QtBot) -> dict[str, Any]:
    """What a map built afresh from the workspace shows."""
    fresh = MapPage(ctx)
    qtbot.addWidget(fresh)
    fresh.select_account(account)
    fresh.settle()
    return _shown(fresh)


def _idle(page: MapPage, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: not page.pending)
    page.settle()


def _count_rebuilds(page: MapPage, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every full rebuild of ``page`` (its own, not the fresh pages compared with)."""
    calls: list[str] = []
    original = page.reload_now

    def counted() -> None:
        calls.append("reload")
        original()

    monkeypatch.setattr(page, "reload_now", counted)
    return calls


def _mouse(page: MapPage, kind: QEvent.Type, pos: QPoint, buttons: Qt.MouseButton) -> None:
    viewport = page.view.viewport()
    button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else Qt.MouseButton.LeftButton
    event = QMouseEvent(
        kind,
        QPointF(pos),
        QPointF(viewport.mapToGlobal(pos)),
        button,
        buttons,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, event)


def _drag_card(page: MapPage, key: str, dx: float, dy: float) -> None:
    """Press on the card, move in steps, release: the user's drag."""
    start = page.view.mapFromScene(page.scene.pos_of(key))
    end = page.view.mapFromScene(page.scene.pos_of(key) + QPointF(dx, dy))
    left = Qt.MouseButton.LeftButton
    _mouse(page, QEvent.Type.MouseButtonPress, start, left)
    for i in range(1, 6):
        _mouse(page, QEvent.Type.MouseMove, start + (end - start) * (i / 5), left)
    _mouse(page, QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)


# -- edits patch the map --------------------------------------------------------------


def test_a_drag_moves_the_card_and_its_lines_without_a_rebuild(
    page: MapPage,
    ctx: WorkspaceContext,
    acme: dict[str, int],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls = _count_rebuilds(page, monkeypatch)
    # Lee is a never-placed leaf stacked under Kim: placing it lays the stack out anew
    for name, (dx, dy) in (("lee", (240.0, 160.0)), ("boss", (-300.0, 40.0))):
        key = person_key(acme[name])
        before = page.scene.pos_of(key)
        _drag_card(page, key, dx, dy)
        _idle(page, qtbot)
        assert page.scene.pos_of(key) != before
        assert calls == [], "a drag built the whole map again"
        assert _shown(page) == _rebuilt(ctx, acme["account"], qtbot)
    for _ in range(2):
        ctx.undo_stack.undo()
        _idle(page, qtbot)
        assert calls == []
        assert _shown(page) == _rebuilt(ctx, acme["account"], qtbot)
    ctx.undo_stack.redo()
    _idle(page, qtbot)
    assert calls == []
    assert _shown(page) == _rebuilt(ctx, acme["account"], qtbot)


def test_a_support_change_from_the_card_menu_repaints_that_card_and_reanalyses(
    page: MapPage,
    ctx: WorkspaceContext,
    acme: dict[str, int],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls = _count_rebuilds(page, monkeypatch)
    analysed: list[MapData] = []
    original = map_page.analyse
    monkeypatch.setattr(map_page, "analyse", lambda d, t: analysed.append(d) or original(d, t))
    key = person_key(acme["boss"])
    menu = page.person_menu(key)
    action = next(a for a in menu.findChildren(QAction) if a.objectName() == "support_2")
    repainted: list[str] = []
    item = page.scene.nodes[key]
    monkeypatch.setattr(type(item), "update", lambda self, *a: repainted.append(self.key))
    action.trigger()
    _idle(page, qtbot)
    assert page.scene.data.nodes[key].support == 2
    assert calls == [] and len(analysed) == 1
    assert repainted == [key], "only the edited card is repainted"
    assert _shown(page) == _rebuilt(ctx, acme["account"], qtbot)
    analysed.clear()
    ctx.undo_stack.undo()
    _idle(page, qtbot)
    assert page.scene.data.nodes[key].support == -1
    assert calls == [] and len(analysed) == 1
    assert _shown(page) == _rebuilt(ctx, acme["account"], qtbot)


def test_adding_a_person_adds_a_card_and_undo_takes_it_away(
    page: MapPage,
    ctx: WorkspaceContext,
    acme: dict[str, int],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls = _count_rebuilds(page, monkeypatch)
    shown = len(page.scene.nodes)
    page.act_add.trigger()
    _idle(page, qtbot)
    assert len(page.scene.nodes) == shown + 1
    assert calls == []
    assert _shown(page) == _rebuilt(ctx, acme["account"], qtbot)
    ctx.undo_stack.undo()
    _idle(page, qtbot)
    assert len(page.scene.nodes) == shown
    assert calls == []
    assert _shown(page) == _rebuilt(ctx, acme["account"], qtbot)
    ctx.undo_stack.redo()
    _idle(page, qtbot)
    assert len(page.scene.nodes) == shown + 1
    assert _shown(page) == _rebuilt(ctx, acme["account"], qtbot)


def _threads_of(module: Any, name: str, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A big map from one card on (work goes to the worker); the threads ``name`` runs on."""
    import threading

    monkeypatch.setattr(module, "APART_FROM", 1)
    threads: list[str] = []
    original = getattr(module, name)

    def recorded(*args: Any) -> Any:
        threads.append(threading.current_thread().name)
        return original(*args)

    monkeypatch.setattr(module, name, recorded)
    return threads


def test_cards_a_layout_moves_follow_a_few_per_turn_nearest_first(
    page: MapPage,
    ctx: WorkspaceContext,
    acme: dict[str, int],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A layout that moves many cards of a big map moves them over several turns of
    the event loop (the window is never frozen), those nearest the view first."""
    monkeypatch.setattr(map_page, "MOVE_CHUNK", 1)
    moved_per_patch: list[int] = []
    original = page.scene.apply_patch
    monkeypatch.setattr(
        page.scene,
        "apply_patch",
        lambda patch: moved_per_patch.append(len(patch.moved)) or original(patch),
    )
    keys = list(page.data.positions)
    far = {k: (x + 5000.0, y + 5000.0) for k, (x, y) in page.data.positions.items()}
    page.view.centerOn(QPointF(*page.data.positions[keys[-1]]))
    page._show_patch(map_page.relaid(map_page.Patch(page.data), far))
    assert moved_per_patch == [1] and page.building
    nearest = min(
        keys,
        key=lambda k: (
            abs(page.data.positions[k][0] - far[keys[-1]][0])
            + abs(page.data.positions[k][1] - far[keys[-1]][1])
        ),
    )
    assert page.scene.pos_of(nearest) == QPointF(*far[nearest])
    qtbot.waitUntil(lambda: not page.building)
    assert moved_per_patch == [1] * len(keys)
    assert all(page.scene.pos_of(k) == QPointF(*far[k]) for k in keys)


def test_the_workers_jobs_wait_for_moving_cards_and_run_one_at_a_time(
    page: MapPage,
    ctx: WorkspaceContext,
    acme: dict[str, int],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A job never shares Python's lock with the cards a layout is moving, nor with
    another job: each starts when the cards are placed and the job before is shown."""
    monkeypatch.setattr(map_page, "APART_FROM", 1)
    monkeypatch.setattr(map_page, "MOVE_CHUNK", 1)
    started: list[tuple[int, int]] = []  # (cards still to move, jobs on the worker)
    running: list[object] = []
    submit = map_page._WORKERS.submit

    def slow(fn: Any, *args: Any) -> Any:
        time.sleep(0.05)  # long enough for a second job to overlap if it could
        return fn(*args)

    def recorded(fn: Any, *args: Any) -> Any:
        started.append((len(page._moves_later), len(running)))
        future = submit(slow, fn, *args)
        running.append(future)
        future.add_done_callback(running.remove)
        return future

    monkeypatch.setattr(map_page._WORKERS, "submit", recorded)
    page._start_timer.setInterval(0)  # (jobs would wait 30 ms anyway; not for cards)
    far = {k: (x + 5000.0, y + 5000.0) for k, (x, y) in page.data.positions.items()}
    page._show_patch(map_page.relaid(map_page.Patch(page.data), far))
    page.act_route.trigger()  # asks for routes ...
    ctx.write(update_person, acme["kuo"], {"support": -2})  # ... and an analysis
    qtbot.waitUntil(lambda: not page.pending)
    assert page._moves_later and not started  # cards on their way: nothing runs yet
    qtbot.waitUntil(lambda: not page.building, timeout=10000)
    assert started and all(moving == 0 and busy == 0 for moving, busy in started)
    assert page.scene.data.nodes[person_key(acme["kuo"])].support == -2
    assert all(page.scene.pos_of(k) == QPointF(*far[k]) for k in far)
    assert len(started) >= 2  # routes and analysis, one after the other
    page.act_route.trigger()


def test_a_big_maps_routes_are_found_on_the_worker(
    page: MapPage,
    ctx: WorkspaceContext,
    acme: dict[str, int],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    threads = _threads_of(map_page, "find_routes", monkeypatch)
    page.act_route.trigger()
    qtbot.waitUntil(lambda: not page.building)
    assert threads and all(name.startswith("map") for name in threads)
    assert page.answer.routes and page.scene.lit  # lit when the worker was done
    page.act_route.trigger()
    # Route mode off: a role change that would change routes sends nobody looking.
    threads.clear()
    ctx.write(update_person, acme["kuo"], {"role": "KDM"})
    qtbot.waitUntil(lambda: not page.pending)
    qtbot.waitUntil(lambda: not page.building)
    assert threads == []
    page.act_route.trigger()  # looked at again: found for the map as it is now
    qtbot.waitUntil(lambda: not page.building)
    assert len(threads) == 1 and page.answer.routes
    source, target, k = page.route_panel.query()
    fresh = graph.build_org_graph(page.data.org)
    assert page.answer == map_page.find_routes(fresh, source, target, k)


def test_a_new_manager_builds_the_map_again(
    page: MapPage, ctx: WorkspaceContext, acme: dict[str, int], qtbot: QtBot
) -> None:
    """What a patch cannot express (a reports-to line) is still shown right."""
    before = page.full_reloads
    ctx.write(update_person, acme["lee"], {"manager_id": acme["boss"]})
    _idle(page, qtbot)
    assert page.full_reloads == before + 1
    assert _shown(page) == _rebuilt(ctx, acme["account"], qtbot)


# -- changes elsewhere ----------------------------------------------------------------


def test_another_accounts_change_costs_the_map_nothing(
    page: MapPage,
    ctx: WorkspaceContext,
    acme: dict[str, int],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls = _count_rebuilds(page, monkeypatch)
    reads: list[str] = []
    for name in ("org_data", "person_nodes"):
        original = getattr(map_page, name)
        monkeypatch.setattr(
            map_page,
            name,
            lambda *a, _o=original, _n=name, **k: reads.append(_n) or _o(*a, **k),
        )
    ctx.write(update_person, acme["stranger"], {"support": 2, "map_x": 10.0, "map_y": 20.0})
    ctx.write(create_deal, {"name": "Elsewhere", "account_id": acme["other"]})
    _idle(page, qtbot)
    assert calls == [] and reads == []
    # a deal of the account shown does reach it (its stage weighs in the analysis)
    ctx.write(create_deal, {"name": "Here", "account_id": acme["account"]})
    _idle(page, qtbot)
    assert calls == ["reload"]


def test_a_hidden_map_only_notes_a_change_and_reads_when_shown(
    page: MapPage,
    ctx: WorkspaceContext,
    acme: dict[str, int],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls = _count_rebuilds(page, monkeypatch)
    page.hide()
    ctx.write(update_person, acme["lee"], {"manager_id": acme["boss"]})
    ctx.write(update_person, acme["kuo"], {"support": -2})
    QApplication.processEvents()
    assert calls == [] and not page.pending
    assert page.scene.data.nodes[person_key(acme["kuo"])].support == 1  # not read yet
    page.show()
    _idle(page, qtbot)
    assert calls == ["reload"]  # once, for both
    assert _shown(page) == _rebuilt(ctx, acme["account"], qtbot)


# -- the worker -----------------------------------------------------------------------


def test_a_workers_older_result_is_dropped(
    page: MapPage, acme: dict[str, int], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    monkeypatch.setattr(map_page, "APART_FROM", 1)  # every map is "big"
    gate = threading.Event()
    real = map_page.build_apart
    monkeypatch.setattr(map_page, "build_apart", lambda *a: (gate.wait(10), real(*a))[1])
    shown = page.data
    page.reload_now()
    assert page.building and page.data is shown  # the window goes on; the map follows
    first = page._generation["build"]
    page.reload_now()  # a newer request before the first is shown
    stale = Future[Any]()
    stale.set_result((MapData(), MapAnalysis()))
    page._worker_done("build", first, stale)  # the older result arrives
    assert page.data is shown, "an older result was shown"
    assert page.building
    gate.set()
    qtbot.waitUntil(lambda: not page.building)
    assert page.data is not shown
    assert person_key(acme["boss"]) in page.scene.nodes
    assert page.analysis.coverage  # the analysis came with the map


def test_a_big_maps_analysis_runs_on_the_worker(
    page: MapPage,
    ctx: WorkspaceContext,
    acme: dict[str, int],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    threads = _threads_of(map_page, "analyse", monkeypatch)
    ctx.write(update_person, acme["kuo"], {"support": -2})
    qtbot.waitUntil(lambda: not page.pending)
    qtbot.waitUntil(lambda: not page.building)
    assert threads and all(name.startswith("map") for name in threads)
    assert page.scene.data.nodes[person_key(acme["kuo"])].support == -2
    assert _shown(page) == _rebuilt(ctx, acme["account"], qtbot)


def test_a_big_maps_hidden_gaps_tab_is_filled_when_picked(
    page: MapPage,
    ctx: WorkspaceContext,
    acme: dict[str, int],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(map_page, "APART_FROM", 1)
    filled: list[MapAnalysis] = []
    original = page.gaps_panel.show_analysis
    monkeypatch.setattr(
        page.gaps_panel, "show_analysis", lambda a, n: filled.append(a) or original(a, n)
    )
    page.tabs.setCurrentWidget(page.person_panel)
    ctx.write(update_person, acme["kuo"], {"role": "KDM"})
    qtbot.waitUntil(lambda: not page.pending)
    qtbot.waitUntil(lambda: not page.building)
    assert filled == []  # the gaps tab is hidden: nothing drawn there
    page.tabs.setCurrentWidget(page.gaps_panel)
    assert len(filled) == 1 and filled[0] is page.analysis
    kdm = page.gaps_panel.coverage_model.row(0)
    assert kdm.cells[0] == "KDM" and "Kuo" in kdm.cells[1]


def test_in_the_window_a_hidden_map_waits_for_its_view_key(
    sample_app: Any, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Main window: with the board shown, an edit of the map's account does no map
    work; Ctrl+4 shows the map, which reads once and shows the edit."""
    from PySide6.QtTest import QTest

    window = sample_app.window
    window.resize(1366, 768)
    window.show()
    assert QTest.qWaitForWindowExposed(window)
    QTest.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    page = window.current_page()
    assert isinstance(page, MapPage)
    person = next(n for n in page.data.people())
    QTest.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is not page and page.isHidden()
    calls = _count_rebuilds(page, monkeypatch)
    ctx = page.ctx
    ctx.write(update_person, person.id, {"manager_id": None, "department_id": None})
    QApplication.processEvents()
    assert calls == [] and not page.pending
    QTest.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is page
    _idle(page, qtbot)
    assert calls == ["reload"]
    assert page.data.org.people and all(
        p.manager_id is None for p in page.data.org.people if p.id == person.id
    )


# -- a big map: long lines, moves spread over turns, names, the collector -------------


def test_lines_longer_than_a_tile_follow_a_card_moved_far_and_back(
    page: MapPage, ctx: WorkspaceContext, acme: dict[str, int], qtbot: QtBot
) -> None:
    """Lines running further than a tile are kept one edge at a time (not in tiles):
    a card placed far away has long lines (with arrow heads and labels), moved near
    they are short, moved far again long; each time the map shows what a fresh
    build shows, and a frame with them in view paints."""
    far = _person(ctx, acme["account"], "Far", map_x=8000.0, map_y=0.0)
    ctx.write(set_influence, far, acme["boss"], 0.7)
    rita = next(n.id for n in page.data.members() if n.name == "Rita")
    ctx.write(set_relationship, rita, far, {"strength": 0.5, "visit_level": "rep"})
    _idle(page, qtbot)
    layers = page.scene.edge_layers

    def long() -> set[str]:
        return {kind for kind, layer in layers.items() if layer.long.count}

    assert long() == {"influence", "relationship"}
    assert layers["influence"].long.labels and layers["influence"].long.arrows
    assert _shown(page) == _rebuilt(ctx, acme["account"], qtbot)
    calls: list[str] = []
    original = page.reload_now
    page.reload_now = lambda: calls.append("reload") or original()  # type: ignore[method-assign]
    for x, lines in ((300.0, set()), (9000.0, {"influence", "relationship"})):
        ctx.write(update_person, far, {"map_x": x, "map_y": 400.0})
        _idle(page, qtbot)
        assert long() == lines and calls == []
        assert _shown(page) == _rebuilt(ctx, acme["account"], qtbot)
        page.view.centerOn(page.scene.pos_of(person_key(far)) / 2)  # the lines' middle
        assert not page.view.grab().isNull()
    assert not layers["reports_to"].long.arrows


def test_an_undo_while_a_layout_moves_cards_ends_as_a_fresh_build(
    page: MapPage,
    ctx: WorkspaceContext,
    acme: dict[str, int],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A big map's new layout moves its cards over several turns; an undo that comes
    in between (and lays the map out again) is shown in order: once all is settled
    the map is what a fresh build shows, and it was not built again."""
    monkeypatch.setattr(map_page, "APART_FROM", 1)
    monkeypatch.setattr(map_page, "MOVE_CHUNK", 1)
    calls = _count_rebuilds(page, monkeypatch)
    moving: list[int] = []
    original = page._move_more

    def undo_between() -> None:
        if not moving:
            moving.append(len(page._moves_later))
            ctx.undo_stack.undo()  # the user's Ctrl+Z, while cards are on their way
        original()

    # every card shown far from its place (as if a layout had put it there) ...
    far = {k: (x + 5000.0, y + 5000.0) for k, (x, y) in page.data.positions.items()}
    page._show_patch(map_page.relaid(map_page.Patch(page.data), far))
    _idle(page, qtbot)
    monkeypatch.setattr(page, "_move_more", undo_between)
    # ... then Lee placed by hand: the new layout takes every other card home
    lee = person_key(acme["lee"])
    page.view.centerOn(page.scene.pos_of(lee))
    _drag_card(page, lee, 240.0, 160.0)
    qtbot.waitUntil(lambda: bool(moving), timeout=10000)
    _idle(page, qtbot)
    assert moving[0] >= 1 and calls == []
    assert _shown(page) == _rebuilt(ctx, acme["account"], qtbot)


def test_the_names_to_find_follow_an_added_renamed_and_removed_person(
    page: MapPage, ctx: WorkspaceContext, acme: dict[str, int], qtbot: QtBot
) -> None:
    """The search box's names change by the names an edit adds and removes (never
    sorted whole again); the list and the people read equal a fresh page's."""

    def same_as_fresh() -> None:
        fresh = MapPage(ctx)
        qtbot.addWidget(fresh)
        fresh.select_account(acme["account"])
        fresh.settle()
        names = page.completer.model().stringList()  # type: ignore[attr-defined]
        assert names == fresh.completer.model().stringList()  # type: ignore[attr-defined]
        assert page.data.org == fresh.data.org

    page.act_add.trigger()
    _idle(page, qtbot)
    assert "New person" in page.completer.model().stringList()  # type: ignore[attr-defined]
    same_as_fresh()
    ctx.write(update_person, acme["kuo"], {"name": "Aaron"})
    _idle(page, qtbot)
    assert "Kuo" not in page.completer.model().stringList()  # type: ignore[attr-defined]
    same_as_fresh()
    ctx.undo_stack.undo()  # (the rename was not a command: this takes the add back)
    _idle(page, qtbot)
    assert "New person" not in page.completer.model().stringList()  # type: ignore[attr-defined]
    same_as_fresh()


def test_a_workers_job_runs_with_the_collector_paused_and_its_result_frozen() -> None:
    """While a job of a big map runs, no full collection walks what it makes (it
    froze the window at 20,000 people); what it keeps is frozen, and the collector
    runs again after it (unless it was off before)."""
    import gc

    seen: list[bool] = []
    frozen = gc.get_freeze_count()
    kept = [object() for _ in range(3)]
    assert gc.isenabled()
    try:
        result = map_page._uncollected(lambda: seen.append(gc.isenabled()) or kept)
        assert result is kept and seen == [False]
        assert gc.isenabled()
        assert gc.get_freeze_count() > frozen
        gc.disable()
        map_page._uncollected(lambda: None)
        assert not gc.isenabled()
        with pytest.raises(ValueError):
            map_page._uncollected(lambda: int("x"))
        assert not gc.isenabled()
    finally:
        gc.enable()
    assert gc.isenabled()


def test_a_big_maps_panel_reads_the_selected_person_on_the_next_turn(
    page: MapPage,
    ctx: WorkspaceContext,
    acme: dict[str, int],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """On a big map a selection is painted first and the side panel reads the person
    on the next turn (their editor and links cost 45–70 ms at 20,000 people); an
    added card is then edited with its name selected."""
    monkeypatch.setattr(map_page, "APART_FROM", 1)
    kuo = acme["kuo"]
    _drag_card(page, person_key(kuo), 0.0, 0.0)  # a click on Kuo's card
    assert page.pending and page.person_panel.person_id != kuo
    assert page.act_delete.isEnabled()  # (the actions follow at once)
    qtbot.waitUntil(lambda: not page.pending)
    assert page.person_panel.person_id == kuo
    page.act_add.trigger()
    _idle(page, qtbot)
    (added,) = page.scene.selected_keys()
    assert page.person_panel.person_id == int(added[2:]) != kuo
    name = page.person_panel.editor.widgets["name"]
    assert name.text() == "New person" and name.selectedText() == "New person"
