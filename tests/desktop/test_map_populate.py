"""A big map is drawn over several turns of the event loop (issue 11).

Opening a map of many people adds its cards a batch per turn (each turn within a
budget of the UI thread's time), the view painting and a line at its foot saying
how far it is; edits, undo, another account and closing meanwhile leave the map
as a map built at once would show it. Here "big" is made small: the threshold is
two cards and the budget nothing, so one card comes per turn.
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import show_map
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

import desktop.map.scene as map_scene
from desktop.context import WorkspaceContext
from desktop.pages.map import MapPage
from graph import person_key
from model.services.accounts import create_account
from model.services.people import create_person, set_influence, set_relationship
from model.services.team import create_member


def _person(ctx: WorkspaceContext, account: int, name: str, **values: Any) -> int:
    return ctx.write(create_person, account, {"name": name, **values}).created_id("person")


@pytest.fixture
def big(ctx: WorkspaceContext, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """An account of nine people and a member, and a small one; one card per turn."""
    monkeypatch.setattr(map_scene, "POPULATE_FROM", 2)
    monkeypatch.setattr(map_scene, "POPULATE_BUDGET_S", 0.0)
    rita = ctx.write(create_member, {"name": "Rita", "role": "rep"}).created_id("member")
    account = ctx.write(create_account, {"name": "Acme", "owner_id": rita}).created_id("account")
    small = ctx.write(create_account, {"name": "Small"}).created_id("account")
    _person(ctx, small, "Stranger")
    boss = _person(ctx, account, "Boss", role="KDM", seniority="top", support=-1)
    people = [boss]
    for i in range(8):
        people.append(_person(ctx, account, f"Staff {i}", manager_id=people[i // 3]))
    ctx.write(set_influence, people[1], boss, 0.8)
    ctx.write(set_influence, people[5], people[2], 0.4)
    ctx.write(set_relationship, rita, people[4], {"strength": 0.9, "visit_level": "rep"})
    return {"account": account, "small": small, "people": people}


def _shown(page: MapPage) -> dict[str, Any]:
    """What the map shows: cards (place, badges, tooltip), each layer's lines, labels."""
    scene = page.scene
    return {
        "cards": {
            key: (round(item.pos().x(), 1), round(item.pos().y(), 1), item.toolTip())
            for key, item in scene.nodes.items()
        },
        "infos": dict(scene.data.nodes),
        "lines": {
            kind: sorted(
                (b, *(round(v, 1) for v in (ln.x1(), ln.y1(), ln.x2(), ln.y2())))
                for b, bucket in enumerate(layer.buckets)
                for ln in bucket.lines
            )
            for kind, layer in scene.edge_layers.items()
        },
        "labels": {
            kind: sorted((round(p.x(), 1), round(p.y(), 1), t) for p, t in layer.labels)
            for kind, layer in scene.edge_layers.items()
        },
        "overview": {k: r.getRect() for k, r in scene.overview_layer.rects.items()},
        "lane": scene.lane.band.getRect(),
    }


def _rebuilt(ctx: WorkspaceContext, account: int, qtbot: QtBot) -> dict[str, Any]:
    fresh = MapPage(ctx)
    qtbot.addWidget(fresh)
    fresh.select_account(account)
    fresh.settle()
    assert not fresh.scene.populating
    return _shown(fresh)


def _opened(
    ctx: WorkspaceContext, qtbot: QtBot, account: int
) -> tuple[MapPage, list[tuple[int, str]]]:
    """The page shown at ``account``, its populate begun; the cards shown and the
    progress line after each turn."""
    page = show_map(qtbot, ctx)
    shown: list[tuple[int, str]] = []
    page.scene.populated.connect(lambda n, _total: shown.append((n, page.view.progress)))
    page.select_account(account)
    assert page.scene.populating
    return page, shown


@pytest.fixture
def paused(monkeypatch: pytest.MonkeyPatch) -> None:
    """Turns of populating come only when a test makes one (:func:`_turn`)."""
    monkeypatch.setattr(map_scene, "POPULATE_TURN_MS", 3_600_000)


def _turn(page: MapPage) -> None:
    """One turn of populating, as the scene's timer makes it."""
    page.scene._populate_turn()


def _done(page: MapPage, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: not page.scene.populating and not page.pending, timeout=5000)


def test_a_big_map_comes_a_batch_per_turn_with_its_progress_and_ends_as_built_at_once(
    ctx: WorkspaceContext, big: dict[str, Any], qtbot: QtBot
) -> None:
    page, shown = _opened(ctx, qtbot, big["account"])
    total = len(page.data.nodes)
    assert total == 10 and len(page.scene.nodes) < total
    assert page.building  # (benches and gestures wait for it)
    # the whole map counts for the view before the cards are all there
    last = page.scene.data.positions[person_key(big["people"][-1])]
    assert person_key(big["people"][-1]) not in page.scene.nodes
    assert page.scene.content_rect().contains(*last)
    _done(page, qtbot)
    counts = [n for n, _text in shown]
    assert counts[-1] == total and len(set(counts)) >= total - 1  # one card a turn
    assert shown[-1][1] == ""
    assert [text for n, text in shown[:-1]] == [
        f"Drawing {n} of 10 people…" for n, _text in shown[:-1]
    ]
    assert page.view.progress == ""
    assert not page.building
    assert _shown(page) == _rebuilt(ctx, big["account"], qtbot)


def _support(page: MapPage, key: str, value: int) -> None:
    menu = page.person_menu(key)
    wanted = f"support_{value}"
    next(a for a in menu.findChildren(QAction) if a.objectName() == wanted).trigger()
    menu.deleteLater()


def test_edits_and_undo_during_the_populate_are_shown_in_order(
    ctx: WorkspaceContext, big: dict[str, Any], qtbot: QtBot, paused: None
) -> None:
    page, _shown_counts = _opened(ctx, qtbot, big["account"])
    _turn(page)
    _turn(page)
    coming = [p for p in big["people"] if person_key(p) not in page.scene.nodes]
    assert coming, "every card came in one turn"
    late = person_key(coming[-1])
    _support(page, late, 2)  # a card still to come: it comes with its new support
    qtbot.waitUntil(lambda: not page.pending)
    assert page.scene.populating
    added = page.add_person_at(None)  # the page's own action; its card is there at once
    assert added is not None and person_key(added) in page.scene.nodes
    _support(page, person_key(big["people"][0]), 1)
    ctx.undo_stack.undo()  # the support change of the boss
    ctx.undo_stack.undo()  # the added person
    qtbot.waitUntil(lambda: not page.pending)
    assert person_key(added) not in page.scene.nodes
    assert page.scene.populating
    while page.scene.populating:
        _turn(page)
    assert page.scene.data.nodes[late].support == 2
    assert page.scene.data.nodes[person_key(big["people"][0])].support == -1
    assert _shown(page) == _rebuilt(ctx, big["account"], qtbot)


def test_a_card_searched_for_during_the_populate_is_brought_at_once(
    ctx: WorkspaceContext, big: dict[str, Any], qtbot: QtBot, paused: None
) -> None:
    page, _counts = _opened(ctx, qtbot, big["account"])
    coming = [p for p in big["people"] if person_key(p) not in page.scene.nodes]
    key = page.find_person(page.scene.name_of(person_key(coming[-1])))
    assert key is not None and key in page.scene.nodes
    assert page.scene.selected_keys() == [key]
    assert page.scene.populating  # the rest still comes turn by turn
    while page.scene.populating:
        _turn(page)
    assert page.scene.selected_keys() == [key]


def test_another_account_or_closing_during_the_populate_drops_it(
    ctx: WorkspaceContext, big: dict[str, Any], qtbot: QtBot, paused: None
) -> None:
    page, _counts = _opened(ctx, qtbot, big["account"])
    _turn(page)
    page.select_account(big["small"])
    assert not page.scene.populating
    assert page.view.progress == ""
    _turn(page)  # a turn that would have gone on adding the big account's cards
    assert _shown(page) == _rebuilt(ctx, big["small"], qtbot)
    page.select_account(big["account"])  # and back: populated anew
    assert page.scene.populating
    while page.scene.populating:
        _turn(page)
    assert _shown(page) == _rebuilt(ctx, big["account"], qtbot)
    page.select_account(big["small"])
    map_scene.POPULATE_TURN_MS = 0  # (monkeypatch restores it) the turns go on by themselves
    page.select_account(big["account"])
    assert page.scene.populating
    page.close()  # (the page is deleted when the test ends)
    qtbot.waitUntil(lambda: not page.scene.populating)  # turns of a closed page raise nothing


def test_an_export_during_the_populate_draws_every_card(
    ctx: WorkspaceContext, big: dict[str, Any], qtbot: QtBot, tmp_path: Any, paused: None
) -> None:
    page, _counts = _opened(ctx, qtbot, big["account"])
    path = page.export_to(tmp_path / "map.svg")
    assert path is not None
    assert not page.scene.populating
    text = path.read_text(encoding="utf-8")
    assert all(page.scene.name_of(person_key(p)) in text for p in big["people"])


def test_a_page_deleted_during_the_populate_leaves_no_turn_behind(
    ctx: WorkspaceContext, big: dict[str, Any], qtbot: QtBot
) -> None:
    page = MapPage(ctx)
    page.resize(900, 600)
    page.show()
    page.select_account(big["account"])
    assert page.scene.populating
    page.close()
    page.deleteLater()
    qtbot.waitUntil(lambda: not _alive(page))
    qtbot.wait(30)  # (a turn of a deleted scene would raise here)


def _alive(page: MapPage) -> bool:
    from shiboken6 import isValid

    return bool(isValid(page))


def test_a_big_account_is_read_on_the_worker_and_opens_as_built_at_once(
    ctx: WorkspaceContext, big: dict[str, Any], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reading 20,000 people took 0.8 s of the UI thread (twice as the map opened): an
    account the list says is big is read by the worker, the page's own thread only
    shows it."""
    import threading

    import desktop.pages.map as map_page

    monkeypatch.setattr(map_page, "APART_FROM", 5)  # Acme (9 people) is big, Small is not
    threads: list[tuple[int, str]] = []
    original = map_page.org_data

    def recorded(session: Any, account: int, *args: Any) -> Any:
        threads.append((account, threading.current_thread().name))
        return original(session, account, *args)

    monkeypatch.setattr(map_page, "org_data", recorded)
    page = show_map(qtbot, ctx, big["small"])
    assert threads and all(t == (big["small"], "MainThread") for t in threads)
    threads.clear()
    page.select_account(big["account"])
    qtbot.waitUntil(lambda: not page.building and not page.pending, timeout=5000)
    assert threads and all(a == big["account"] and t.startswith("map") for a, t in threads)
    assert len(page.scene.nodes) == 10
    assert _shown(page) == _rebuilt(ctx, big["account"], qtbot)
    # the search's names, read once every card is drawn, then following edits
    names = page.completer.model().stringList()  # type: ignore[attr-defined]
    assert sorted(names) == sorted(n.name for n in page.data.nodes.values())
    page.add_person_at(None)
    qtbot.waitUntil(lambda: not page.building and not page.pending, timeout=5000)
    names = page.completer.model().stringList()  # type: ignore[attr-defined]
    assert "New person" in names and len(names) == len({n.name for n in page.data.nodes.values()})


def test_a_map_with_long_lines_gives_way_to_another_and_comes_back_the_same(
    qtbot: QtBot,
) -> None:
    """The lines longer than a tile go at once when another map replaces them (one by
    one took 0.3 s at 20,000 people) and come back as they were."""
    from desktop.map.data import MapData, build_map_data
    from desktop.map.scene import MapScene
    from graph import InfluenceEdge, OrgData, PersonNode

    people = [
        PersonNode(1, "Far west", manager_id=None, x=-5000.0, y=0.0),
        PersonNode(2, "Far east", manager_id=1, x=5000.0, y=900.0),
        PersonNode(3, "Near", manager_id=1, x=-4800.0, y=300.0),
    ]
    org = OrgData(people, [], [InfluenceEdge(2, 1, 0.8), InfluenceEdge(3, 2, 0.4)], [])
    data = build_map_data(org, account_id=1)
    scene = MapScene()

    def lines() -> dict[str, list[tuple[float, ...]]]:
        return {
            kind: sorted(
                (b, ln.x1(), ln.y1(), ln.x2(), ln.y2())
                for b, bucket in enumerate(layer.buckets)
                for ln in bucket.lines
            )
            for kind, layer in scene.edge_layers.items()
        }

    scene.sync(data)
    drawn = lines()
    longs = {kind: layer.long.count for kind, layer in scene.edge_layers.items()}
    assert sum(longs.values()) >= 2 and drawn[map_scene.INFLUENCE]
    scene.sync(MapData())
    assert all(layer.long.count == 0 == layer.count for layer in scene.edge_layers.values())
    assert all(not found for found in lines().values())
    assert all(not layer.long.labels for layer in scene.edge_layers.values())
    scene.sync(data)
    assert lines() == drawn
    assert {kind: layer.long.count for kind, layer in scene.edge_layers.items()} == longs


def test_cards_that_come_after_full_detail_was_asked_for_are_drawn_in_full(
    ctx: WorkspaceContext, big: dict[str, Any], qtbot: QtBot, paused: None
) -> None:
    """The presentation asks for every card in full right after showing a map; the
    cards of a big map that come later are drawn so too."""
    from PySide6.QtWidgets import QGraphicsItem

    page, _counts = _opened(ctx, qtbot, big["account"])
    page.scene.set_overview(True)
    page.scene.set_full_detail(True)
    while page.scene.populating:
        _turn(page)
    flag = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
    assert len(page.scene.nodes) == 10
    for item in page.scene.nodes.values():
        assert item.cacheMode() == QGraphicsItem.CacheMode.NoCache
        assert not item.flags() & flag
