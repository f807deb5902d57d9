# ruff: noqa: F811  (the fixture acme, imported, is named by the tests that use it)
"""A big map's layout, analysis and routes come from the helper process (issue 11).

The window's thread never shares Python's lock with them: the child reads the account
itself and sends back positions, an analysis or routes. What it sends is shown as a
full rebuild would show it; an answer the page no longer wants is dropped; a job that
fails, or a child that dies, is said in words and the map stays as it was; the child
is gone once the last map page is.
"""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Iterator
from concurrent.futures import Future
from datetime import date
from functools import partial
from typing import Any

import pytest
from helpers import show_map
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, Qt
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot
from test_map_incremental import acme  # noqa: F401  (the account of the map tests, a fixture)

import desktop.pages.map as map_page
from desktop.context import WorkspaceContext
from desktop.map import worker as map_process
from desktop.map.data import analyse, build_map_data
from desktop.map.panels import GapsPanel
from desktop.pages.map import MapPage
from graph import person_key
from graph.from_model import account_stage, org_data
from model.services.people import set_relationship, update_person
from model.services.team import create_member


@pytest.fixture
def in_process(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every map is big and its jobs go to the helper process; the jobs the page sent
    there are listed, and a job run on the thread instead fails the test."""
    monkeypatch.setattr(map_page, "APART_FROM", 1)
    monkeypatch.setattr(map_page, "PROCESS_FROM", 1)
    monkeypatch.setattr(map_process, "_PAGES", set())  # (pages other tests left count not)
    sent: list[str] = []
    real = map_process.submit

    def recorded(job: str, *args: Any) -> Future[Any]:
        sent.append(job)
        return real(job, *args)

    monkeypatch.setattr(map_process, "submit", recorded)

    def on_the_thread(*_args: Any) -> Any:
        raise AssertionError("a big map's job ran on the thread")

    for name in ("layout_apart", "analyse_apart", "routes_apart"):
        monkeypatch.setattr(map_page, name, on_the_thread)
    yield sent
    map_process.shutdown()


@pytest.fixture
def page(
    ctx: WorkspaceContext, acme: dict[str, int], in_process: list[str], qtbot: QtBot
) -> MapPage:
    widget = show_map(qtbot, ctx, acme["account"], size=(1400, 900))
    qtbot.waitUntil(lambda: not widget.building, timeout=20000)
    widget.view.set_scale(1.0)
    return widget


def _rebuilt(ctx: WorkspaceContext, account: int) -> tuple[Any, Any]:
    """Positions and analysis as a full rebuild of the account makes them now."""
    org = ctx.read(org_data, account, None)
    data = build_map_data(org, account_id=account, stage=ctx.read(account_stage, account, None))
    return data.positions, analyse(data, date.today())


def _support_action(page: MapPage, key: str, value: int) -> QAction:
    """The card menu's support entry, as the user picks it."""
    menu = page.person_menu(key)
    return next(a for a in menu.findChildren(QAction) if a.objectName() == f"support_{value}")


def test_a_support_change_is_analysed_in_the_helper_process(
    page: MapPage, ctx: WorkspaceContext, acme: dict[str, int], in_process: list[str], qtbot: QtBot
) -> None:
    kuo = person_key(acme["kuo"])
    _support_action(page, kuo, -2).trigger()
    qtbot.waitUntil(lambda: not page.pending and not page.building, timeout=20000)
    assert in_process == ["analysis"]
    pid = map_process.process_id()
    assert pid is not None and pid != os.getpid()
    assert page.data.nodes[kuo].support == -2
    rebuilt = _rebuilt(ctx, acme["account"])[1]
    assert page.analysis == rebuilt
    page.tabs.setCurrentWidget(page.gaps_panel)  # the gaps tab shows what came back
    expected = GapsPanel()
    expected.show_analysis(rebuilt, page.scene.name_of)
    for table in ("coverage_model", "risk_model", "visit_model"):
        assert getattr(page.gaps_panel, table).rows() == getattr(expected, table).rows()
    expected.deleteLater()


def test_an_added_persons_layout_comes_from_the_helper_process(
    page: MapPage,
    ctx: WorkspaceContext,
    acme: dict[str, int],
    in_process: list[str],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page.act_add.trigger()  # the page's own action: a new card, placed; the layout runs again
    qtbot.waitUntil(lambda: not page.pending and not page.building, timeout=20000)
    assert "layout" in in_process and "analysis" in in_process
    positions, analysis = _rebuilt(ctx, acme["account"])
    assert page.data.positions == positions
    for key, (x, y) in positions.items():
        assert page.scene.pos_of(key) == QPointF(x, y)
    assert page.analysis == analysis
    added = max(n.id for n in page.data.people())
    edits: list[Any] = []
    real = map_process.edit_of
    monkeypatch.setattr(map_process, "edit_of", lambda *a: edits.append(real(*a)) or edits[-1])
    ctx.undo_stack.undo()  # reaches the child as the edit, not a new read of the account
    qtbot.waitUntil(lambda: not page.pending and not page.building, timeout=20000)
    assert [(changed, gone) for _base, changed, gone in edits] == [((), (added,))]
    positions, analysis = _rebuilt(ctx, acme["account"])
    assert page.data.positions == positions and page.analysis == analysis


def test_routes_of_a_big_map_come_from_the_helper_process(
    page: MapPage, ctx: WorkspaceContext, acme: dict[str, int], in_process: list[str], qtbot: QtBot
) -> None:
    from desktop.map.data import find_routes

    ravi = ctx.write(create_member, {"name": "Ravi", "role": "rep"}).created_id("member")
    ctx.write(set_relationship, ravi, acme["kim"], {"strength": 0.9, "visit_level": "rep"})
    qtbot.waitUntil(lambda: not page.pending and not page.building, timeout=20000)
    page.act_route.trigger()
    qtbot.waitUntil(lambda: not page.building, timeout=20000)
    assert set(in_process) == {"routes"}
    assert page.answer == find_routes(page.data.graph, *page.route_panel.query())
    assert page.answer.routes  # Ravi knows Kim, who influences the boss: a route is lit
    page.act_route.trigger()


def _gated(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Future[Any], Future[Any]]]:
    """The helper's answers are held until the test hands them on (child's, page's)."""
    held: list[tuple[Future[Any], Future[Any]]] = []
    real = map_process.submit

    def gated(*args: Any) -> Future[Any]:
        outer: Future[Any] = Future()
        outer.set_running_or_notify_cancel()
        held.append((real(*args), outer))
        return outer

    monkeypatch.setattr(map_process, "submit", gated)
    return held


def _hand_on(pair: tuple[Future[Any], Future[Any]]) -> None:
    inner, outer = pair
    error = inner.exception(timeout=20)
    if error is not None:
        outer.set_exception(error)
    else:
        outer.set_result(inner.result())


def test_an_answer_the_page_no_longer_wants_is_dropped(
    page: MapPage,
    ctx: WorkspaceContext,
    acme: dict[str, int],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    held = _gated(monkeypatch)
    shown: list[Any] = []
    original = page._show_analysis

    def show(analysis: Any) -> None:
        shown.append(analysis)
        original(analysis)

    monkeypatch.setattr(page, "_show_analysis", show)
    kuo, lee = person_key(acme["kuo"]), person_key(acme["lee"])
    _support_action(page, kuo, -2).trigger()
    qtbot.waitUntil(lambda: len(held) == 1)  # the first analysis is with the child
    _support_action(page, lee, 2).trigger()  # a newer one is asked for meanwhile
    qtbot.waitUntil(lambda: len(held) == 2)
    _hand_on(held[0])  # the older answer arrives first
    qtbot.waitUntil(lambda: held[0][1].done())
    QCoreApplication.processEvents()
    assert shown == [], "an older answer was shown"
    assert page.building
    _hand_on(held[1])
    qtbot.waitUntil(lambda: not page.building, timeout=20000)
    assert len(shown) == 1
    assert page.analysis == _rebuilt(ctx, acme["account"])[1]
    assert page.data.nodes[kuo].support == -2 and page.data.nodes[lee].support == 2


def _problems(ctx: WorkspaceContext) -> list[tuple[str, str]]:
    said: list[tuple[str, str]] = []
    ctx.hub.problem.connect(lambda title, text: said.append((title, text)))
    return said


def test_a_job_that_fails_in_the_child_is_said_in_words(
    page: MapPage,
    ctx: WorkspaceContext,
    acme: dict[str, int],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Any,
) -> None:
    said = _problems(ctx)
    before = page.analysis
    elsewhere = map_process.Source(ctx.workspace.engine.url.set(database=str(tmp_path / "x.kan")))
    monkeypatch.setattr(page, "_source", lambda: elsewhere)  # a file without the account
    _support_action(page, person_key(acme["kuo"]), -2).trigger()
    qtbot.waitUntil(lambda: not page.pending and not page.building, timeout=20000)
    assert len(said) == 1
    title, text = said[0]
    assert title == "Org map"
    assert "could not be brought up to date" in text and "Error" in text
    assert "Kuo" not in text and "Traceback" not in text
    assert page.analysis is before  # what was shown stays
    assert page.data.nodes[person_key(acme["kuo"])].support == -2  # the edit itself shows


def test_a_child_that_dies_is_said_and_the_next_job_starts_another(
    page: MapPage,
    ctx: WorkspaceContext,
    acme: dict[str, int],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    said = _problems(ctx)
    started = threading.Event()
    real = map_process.submit

    def killed(*args: Any) -> Future[Any]:
        if started.is_set():
            return real(*args)
        started.set()
        pid = map_process.process_id()
        assert pid is not None
        os.kill(pid, signal.SIGSTOP)  # (it cannot answer before it dies)
        future = real(*args)
        os.kill(pid, signal.SIGKILL)
        return future

    monkeypatch.setattr(map_process, "submit", killed)
    first = map_process.process_id()
    _support_action(page, person_key(acme["kuo"]), -2).trigger()
    qtbot.waitUntil(lambda: bool(said), timeout=20000)
    assert said[0][0] == "Org map" and "stopped unexpectedly" in said[0][1]
    qtbot.waitUntil(lambda: not page.building, timeout=20000)
    _support_action(page, person_key(acme["kuo"]), 2).trigger()  # works again
    qtbot.waitUntil(lambda: not page.pending and not page.building, timeout=20000)
    assert len(said) == 1
    assert map_process.process_id() not in (None, first)
    assert page.analysis == _rebuilt(ctx, acme["account"])[1]


def _idle(page: MapPage) -> bool:
    return not page.pending and not page.building


def test_the_process_is_gone_when_the_last_map_page_is(
    ctx: WorkspaceContext, acme: dict[str, int], in_process: list[str], qtbot: QtBot
) -> None:
    pages = [MapPage(ctx) for _ in range(2)]
    for page in pages:
        page.resize(1200, 800)
        page.show()
        qtbot.waitUntil(partial(_idle, page), timeout=20000)
    ctx.write(update_person, acme["kuo"], {"support": -2})
    for page in pages:
        qtbot.waitUntil(partial(_idle, page), timeout=20000)
    assert in_process == ["analysis", "analysis"]
    pid = map_process.process_id()
    assert pid is not None
    for at, page in enumerate(pages):
        page.close()
        page.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if at == 0:
            assert map_process.process_id() == pid  # another map page still uses it
    assert map_process.process_id() is None
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)  # ended and reaped, not left behind


def test_an_encrypted_workspaces_key_goes_to_the_child_over_the_pipe_only(
    ctx: WorkspaceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The source of an encrypted file carries its passphrase, never shown by ``repr``;
    a file whose passphrase the app does not hold stays on the thread."""
    import model.encryption as encryption

    page = MapPage(ctx)
    try:
        monkeypatch.setattr(encryption, "is_encrypted", lambda _path: True)
        monkeypatch.setattr(encryption, "known", lambda _path: "s3cret words")
        source = page._source()
        assert source is not None and source.passphrase == "s3cret words"
        assert "s3cret" not in repr(source)
        monkeypatch.setattr(encryption, "known", lambda _path: None)
        assert page._source() is None
    finally:
        page.deleteLater()


def test_a_helper_that_cannot_start_is_said_in_words(
    page: MapPage,
    ctx: WorkspaceContext,
    acme: dict[str, int],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    said = _problems(ctx)
    map_process.shutdown()

    def refused(_self: Any) -> None:
        raise OSError("Resource temporarily unavailable")

    monkeypatch.setattr(map_process._Process, "_start", refused)
    _support_action(page, person_key(acme["kuo"]), -2).trigger()
    qtbot.waitUntil(lambda: not page.pending and not page.building, timeout=20000)
    assert len(said) == 1 and "stopped unexpectedly" in said[0][1]
    assert page.data.nodes[person_key(acme["kuo"])].support == -2  # the edit itself shows


def test_an_encrypted_workspace_is_read_by_the_child_with_its_key(
    ctx: WorkspaceContext,
    acme: dict[str, int],
    in_process: list[str],
    qtbot: QtBot,
    tmp_path: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import shutil

    import model.encryption as encryption
    from model.workspace import open_workspace

    monkeypatch.delenv(encryption.ENV_VAR, raising=False)
    ctx.workspace.checkpoint()
    secret = tmp_path / "secret.kan"
    shutil.copy(ctx.workspace.path, secret)  # (the acme account, then encrypted)
    encryption.encrypt_workspace(secret, "open sesame")
    encryption.forget_all()
    encryption.remember(secret, "open sesame")  # as the passphrase dialog leaves it
    locked = WorkspaceContext(open_workspace(secret))
    try:
        page = show_map(qtbot, locked, acme["account"])
        qtbot.waitUntil(partial(_idle, page), timeout=20000)
        _support_action(page, person_key(acme["kuo"]), -2).trigger()
        qtbot.waitUntil(partial(_idle, page), timeout=20000)
        assert in_process == ["analysis"]
        assert page.analysis == _rebuilt(locked, acme["account"])[1]
        assert page.analysis != _rebuilt(ctx, acme["account"])[1]  # (the edit is the file's)
        page.close()
    finally:
        locked.close()
        encryption.forget_all()


QUITTING = """
import os, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from desktop.map import worker
app = QApplication([])
worker.warm_up()
pid = worker.process_id()
QTimer.singleShot(0, app.quit)
app.exec()
print(pid, worker.process_id())
try:
    os.kill(pid, 0)
    print("alive")
except ProcessLookupError:
    print("gone")
"""


def test_the_process_ends_when_the_application_quits(tmp_path: Any) -> None:
    """An application that quits ends its helper (no map page closed first: the window
    is simply gone), without waiting for it."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(root)}
    done = subprocess.run(
        [sys.executable, "-c", QUITTING],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        env=env,
        check=True,
    )
    pid, after, state = done.stdout.split()
    assert pid.isdigit() and after == "None" and state == "gone"


def test_a_big_maps_search_names_are_keyed_a_chunk_per_turn(
    ctx: WorkspaceContext, acme: dict[str, int], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The names to find are sorted by keys made a few per turn of the event loop; the
    search box offers them all, in order, once the last chunk is done."""
    monkeypatch.setattr(map_page, "APART_FROM", 1)
    monkeypatch.setattr(map_page, "NAMES_CHUNK", 1)
    turns: list[int] = []
    original = MapPage._names_changed

    def counted(self: MapPage, *, every: bool = False) -> None:
        turns.append(len(self._name_keys))
        original(self, every=every)

    monkeypatch.setattr(MapPage, "_names_changed", counted)
    page = show_map(qtbot, ctx, acme["account"])
    qtbot.waitUntil(partial(_idle, page), timeout=20000)
    names = sorted({n.name for n in page.data.nodes.values()}, key=map_page.name_key)
    assert page.completer.model().stringList() == names  # type: ignore[attr-defined]
    assert len(turns) >= len(names) and turns == sorted(turns)  # one more key each turn
    page.search.setText("Kuo")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.scene.selected_keys() == [person_key(acme["kuo"])]
