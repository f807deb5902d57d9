"""The Activities page and the activity editor, driven as a user would (issue 12).

The real :class:`ActivityDialog` is filled by fillers queued through
:data:`desktop.activities.editor.decide_activity`; edits are checked model ->
widget, widget -> model and through undo/redo, including the relationship
rows a log raises, which its undo must put back exactly. Quick capture is
driven through the main window's real QAction and shortcut, the org map's
person menu and the deal panel's menu.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pytest
from helpers import (
    add_account,
    add_deal_at,
    add_member,
    add_person,
    queue_dialogs,
    show_board,
    show_map,
    stored_activities,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.activities import editor
from desktop.activities.editor import ActivityDialog
from desktop.activities.table import Column
from desktop.context import WorkspaceContext
from desktop.pages.activities import ActivitiesPage
from graph.build import person_key
from model.entities import Relationship
from model.gates import deal_facts, gate_for
from model.services.activities import log_activity
from model.services.people import set_relationship


@dataclass
class Acme:
    rep: int
    manager: int
    account: int
    other: int
    deal: int
    kdm: int
    ki: int
    ku: int
    buyer: int
    stranger: int  # at the other account


@pytest.fixture
def acme(ctx: WorkspaceContext) -> Acme:
    rep, manager = add_member(ctx, "Li Lei", "rep"), add_member(ctx, "Wang Fang", "manager")
    ctx.me = rep
    account, other = add_account(ctx, "Acme Steel"), add_account(ctx, "Beta Grid")
    world = Acme(
        rep,
        manager,
        account,
        other,
        add_deal_at(ctx, account, "Mill upgrade", "P5"),
        kdm=add_person(ctx, account, "Zhao Wei", role="KDM", title="CEO"),
        ki=add_person(ctx, account, "Qian Li", role="KI", title="CTO"),
        ku=add_person(ctx, account, "Sun Mei", role="KU"),
        buyer=add_person(ctx, account, "Wu Buyer"),
        stranger=add_person(ctx, other, "Ma Yun"),
    )
    old = {"strength": 0.7, "last_contact": date.today() - timedelta(days=200)}
    ctx.write(set_relationship, manager, world.kdm, old)
    return world


Filler = Callable[[ActivityDialog], None]


@pytest.fixture
def decide(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Filler]]:
    """Queue what the user does in the next editors; each opens the real dialog."""
    yield from queue_dialogs(
        monkeypatch, editor, "decide_activity", ActivityDialog, ActivityDialog.activity_values
    )


@pytest.fixture
def page(qtbot: QtBot, ctx: WorkspaceContext, acme: Acme) -> ActivitiesPage:
    shown = ActivitiesPage(ctx)
    qtbot.addWidget(shown)
    shown.resize(1180, 700)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def stored(ctx: WorkspaceContext) -> list[tuple[Any, ...]]:
    """Every activity: (id, deal, day, kind, level, summary, step, due, done, members, people)."""
    return stored_activities(
        ctx,
        "id",
        "deal_id",
        "on",
        "kind",
        "level",
        "summary",
        "next_step",
        "next_due",
        "next_done_on",
    )


def rels(ctx: WorkspaceContext) -> dict[tuple[int, int], dict[str, Any]]:
    """Every relationship row but its version (an undo moves it forward, never back)."""
    table = Relationship.__table__
    with ctx.workspace.sessions() as s:
        return {
            (r["member_id"], r["person_id"]): {k: v for k, v in dict(r).items() if k != "version"}
            for r in s.execute(select(table)).mappings()  # type: ignore[call-overload]
        }


def shown_ids(page: ActivitiesPage) -> list[int]:
    return [page.model.row_at(r).id for r in range(page.model.rowCount())]  # type: ignore[union-attr]


def cell(page: ActivitiesPage, row: int, column: Column) -> str:
    return str(page.model.index(row, column).data())


def select_row(page: ActivitiesPage, activity_id: int) -> None:
    assert page.select(activity_id)


def ok(dialog: ActivityDialog) -> bool:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def missing_visits(ctx: WorkspaceContext, deal: int) -> tuple[str, ...]:
    with ctx.workspace.sessions() as s:
        return gate_for(deal_facts(s, deal), "P6").missing_senior_visits


# -- log, through the real editor -----------------------------------------------------------


def test_empty_state_says_what_to_do(page: ActivitiesPage, decide: list[Filler]) -> None:
    assert page.stack.currentWidget() is page.empty
    assert "Ctrl+J" in page.empty.findChild(type(page.status), "emptyText").text()  # type: ignore[union-attr]
    assert page.empty.button is not None and page.empty.button.text() == "Log activity…"
    opened: list[ActivityDialog] = []
    decide.append(opened.append)  # its button opens the editor
    page.empty.button.click()
    assert len(opened) == 1


def test_log_a_senior_visit_through_the_editor_with_undo_and_redo(
    page: ActivitiesPage, ctx: WorkspaceContext, acme: Acme, decide: list[Filler]
) -> None:
    before_rels = rels(ctx)
    assert missing_visits(ctx, acme.deal) == ("KI", "KU", "KDM")
    day = date.today() - timedelta(days=2)
    seen: dict[str, Any] = {}

    def fill(dialog: ActivityDialog) -> None:
        seen["title"] = dialog.windowTitle()
        seen["members"] = editor.checked(dialog.members)  # "me" comes pre-checked
        seen["ok"] = ok(dialog)
        assert dialog.account is not None and dialog.account.currentData() == acme.account
        dialog.deal.setCurrentIndex(dialog.deal.findData(acme.deal))  # re-reads the deal's roles
        dialog.on.setDate(dialog.on.date().addDays(-2))
        dialog.kind.setCurrentIndex(dialog.kind.findData("presentation"))
        dialog.check(dialog.members, acme.manager)
        for pid in (acme.ki, acme.ku, acme.kdm):
            dialog.check(dialog.people, pid)
        QTest.keyClicks(dialog.summary, "Showed the roadmap")
        QTest.keyClicks(dialog.next_step, "Pilot proposal")
        dialog.has_due.setChecked(True)
        dialog.due.setDate(dialog.due.date().addDays(7))
        seen["verdict"] = dialog.verdict.text()
        seen["senior"] = dialog.senior_for()

    decide.append(fill)
    page.act_log.trigger()
    assert seen["title"] == "Log an activity" and seen["members"] == (acme.rep,)
    assert seen["ok"] is False  # nobody of theirs yet
    assert seen["senior"] == ("KI", "KU", "KDM") and "Counts as a senior visit" in seen["verdict"]
    [row] = stored(ctx)
    aid = row[0]
    assert row[1:] == (
        acme.deal,
        day,
        "presentation",
        "manager",
        "Showed the roadmap",
        "Pilot proposal",
        date.today() + timedelta(days=7),
        None,
        sorted([acme.rep, acme.manager]),
        sorted([acme.ki, acme.ku, acme.kdm]),
    )
    # model -> widget: the page follows, the gate counts it, relationships follow
    assert shown_ids(page) == [aid] and page.stack.currentWidget() is page.table
    assert cell(page, 0, Column.DEAL) == "Mill upgrade"
    assert cell(page, 0, Column.OURS) == "Li Lei, Wang Fang"
    assert missing_visits(ctx, acme.deal) == ()
    after_rels = rels(ctx)
    assert after_rels[(acme.manager, acme.kdm)]["last_contact"] == day
    assert after_rels[(acme.manager, acme.kdm)]["visit_level"] == "manager"
    assert after_rels[(acme.rep, acme.ki)]["strength"] == pytest.approx(0.2)
    assert ctx.undo_stack.undoText() == "Log an activity at Acme Steel (Presentation)"

    ctx.undo_stack.undo()
    assert stored(ctx) == [] and rels(ctx) == before_rels  # exactly, every column
    assert shown_ids(page) == [] and missing_visits(ctx, acme.deal) == ("KI", "KU", "KDM")
    ctx.undo_stack.redo()
    assert [r[0] for r in stored(ctx)] == [aid] and rels(ctx) == after_rels
    assert shown_ids(page) == [aid] and missing_visits(ctx, acme.deal) == ()


def test_the_editor_refuses_a_due_day_before_the_activity(
    page: ActivitiesPage, ctx: WorkspaceContext, acme: Acme, decide: list[Filler]
) -> None:
    seen: list[str] = []

    def fill(dialog: ActivityDialog) -> None:
        dialog.check(dialog.people, acme.buyer)
        assert ok(dialog)
        dialog.has_due.setChecked(True)
        dialog.due.setDate(dialog.on.date().addDays(-1))
        seen.append(dialog.verdict.text())

    decide.append(fill)
    assert not page.act_log.trigger() and stored(ctx) == []
    assert seen and "cannot be due before" in seen[0]


# -- edit, mark done, delete ------------------------------------------------------------------


def logged(ctx: WorkspaceContext, acme: Acme, **values: Any) -> int:
    base = {"on": date.today() - timedelta(days=5), "kind": "call"}
    members, met = values.pop("members", [acme.rep]), values.pop("people", [acme.ku])
    changes = ctx.write(log_activity, acme.account, {**base, **values}, members=members, people=met)
    return changes.created_id("activity")


def test_edit_through_the_editor_with_undo(
    page: ActivitiesPage, ctx: WorkspaceContext, acme: Acme, decide: list[Filler]
) -> None:
    aid = logged(ctx, acme, summary="First call", people=[acme.ku, acme.buyer])
    before, before_rels = stored(ctx), rels(ctx)
    select_row(page, aid)
    seen: dict[str, Any] = {}

    def fill(dialog: ActivityDialog) -> None:
        seen["title"] = dialog.windowTitle()
        seen["account"] = dialog.account
        seen["people"] = editor.checked(dialog.people)
        seen["summary"] = dialog.summary.toPlainText()
        dialog.check(dialog.people, acme.buyer, on=False)
        dialog.check(dialog.people, acme.kdm)
        dialog.check(dialog.members, acme.manager)
        dialog.kind.setCurrentIndex(dialog.kind.findData("visit"))
        dialog.summary.setPlainText("A visit after all")

    decide.append(fill)
    page.act_edit.trigger()
    assert seen["title"] == "Edit activity" and seen["account"] is None  # account fixed
    assert sorted(seen["people"]) == sorted([acme.ku, acme.buyer])
    assert seen["summary"] == "First call"
    [row] = stored(ctx)
    assert row[3:6] == ("visit", "manager", "A visit after all")
    assert row[9:] == (sorted([acme.rep, acme.manager]), sorted([acme.ku, acme.kdm]))
    assert cell(page, 0, Column.KIND) == "Visit"
    assert rels(ctx)[(acme.manager, acme.kdm)]["visit_level"] == "manager"
    ctx.undo_stack.undo()
    assert stored(ctx) == before and rels(ctx) == before_rels
    assert cell(page, 0, Column.SUMMARY) == "First call"
    ctx.undo_stack.redo()
    assert stored(ctx)[0][3:6] == ("visit", "manager", "A visit after all")


def test_overdue_next_steps_come_first_and_mark_done_is_undoable(
    local_zone: str, page: ActivitiesPage, ctx: WorkspaceContext, acme: Acme
) -> None:
    today = date.today()
    recent = logged(ctx, acme, on=today - timedelta(days=1))
    late = logged(
        ctx,
        acme,
        on=today - timedelta(days=9),
        next_step="Send the quote",
        next_due=today - timedelta(days=3),
    )
    assert shown_ids(page) == [late, recent], local_zone
    assert cell(page, 0, Column.NEXT) == (
        f"Send the quote · due {(today - timedelta(days=3)).isoformat()} (3 days late)"
    )
    assert page.status.text() == "2 activities · next steps overdue: 1, listed first"
    select_row(page, recent)
    assert not page.act_done.isEnabled()  # no next step
    select_row(page, late)
    assert page.act_done.isEnabled()
    page.act_done.trigger()
    assert stored(ctx)[1][8] == today
    assert shown_ids(page) == [recent, late]  # done: back in its place by day
    assert cell(page, 1, Column.NEXT) == f"Send the quote · done {today.isoformat()}"
    assert ctx.undo_stack.undoText() == "Mark “Send the quote” done"
    ctx.undo_stack.undo()
    assert stored(ctx)[1][8] is None and shown_ids(page) == [late, recent]
    ctx.undo_stack.redo()
    assert stored(ctx)[1][8] == today


def test_delete_with_undo_and_redo(page: ActivitiesPage, ctx: WorkspaceContext, acme: Acme) -> None:
    keep = logged(ctx, acme, on=date.today() - timedelta(days=8))
    gone = logged(ctx, acme, people=[acme.kdm, acme.ki], members=[acme.manager])
    before, before_rels = stored(ctx), rels(ctx)
    select_row(page, gone)
    page.act_delete.trigger()
    assert [r[0] for r in stored(ctx)] == [keep] and shown_ids(page) == [keep]
    assert rels(ctx) == before_rels  # a plain delete leaves the relationships
    ctx.undo_stack.undo()
    assert stored(ctx) == before and shown_ids(page) == [gone, keep]
    ctx.undo_stack.redo()
    assert shown_ids(page) == [keep]


# -- filters ---------------------------------------------------------------------------------


def test_filters_and_the_person_and_deal_timelines(
    page: ActivitiesPage, ctx: WorkspaceContext, acme: Acme
) -> None:
    t = date.today()
    boss = {"members": [acme.manager], "deal_id": acme.deal}
    a = logged(ctx, acme, on=t - timedelta(days=1), kind="visit", people=[acme.kdm], **boss)
    b = logged(ctx, acme, on=t - timedelta(days=20), kind="call", people=[acme.ku])
    both = [acme.kdm, acme.ku]
    c = logged(ctx, acme, on=t - timedelta(days=60), kind="hq_visit", people=both, **boss)
    d = ctx.write(
        log_activity,
        acme.other,
        {"on": t - timedelta(days=2), "kind": "event"},
        members=[acme.rep],
        people=[acme.stranger],
    ).created_id("activity")
    page._fill_options()  # accounts with activities (a change names them; here: by hand)
    assert shown_ids(page) == [a, d, b, c]
    page.member.setCurrentIndex(page.member.findData(acme.manager))
    assert shown_ids(page) == [a, c]
    page.kind.setCurrentIndex(page.kind.findData("hq_visit"))
    assert shown_ids(page) == [c]
    page.member.setCurrentIndex(0)
    page.kind.setCurrentIndex(0)
    page.period.setCurrentIndex(page.period.findData(30))
    assert shown_ids(page) == [a, d, b]
    page.period.setCurrentIndex(0)
    page.account.setCurrentIndex(page.account.findData(acme.other))
    assert shown_ids(page) == [d]
    page.account.setCurrentIndex(page.account.findData(acme.account))
    assert shown_ids(page) == [a, b, c]
    page.kind.setCurrentIndex(page.kind.findData("demo"))
    assert shown_ids(page) == [] and page.stack.currentWidget() is page.empty_filtered
    page.kind.setCurrentIndex(0)

    assert page.show_person(acme.account, acme.ku)
    assert shown_ids(page) == [b, c]
    assert page.person_chip.isVisible() and "Sun Mei" in page.person_chip.text()
    QTest.mouseClick(page.person_chip, Qt.MouseButton.LeftButton)
    assert not page.person_chip.isVisible() and shown_ids(page) == [a, b, c]

    assert page.show_deal(acme.deal)
    assert shown_ids(page) == [a, c] and "Mill upgrade" in page.deal_chip.text()
    assert page.hq.isVisible() and "Zhao Wei (KDM)" in page.hq.text()
    state = page.view_state()
    assert state == {"account": acme.account, "deal": acme.deal}
    page.clear_deal()
    assert shown_ids(page) == [a, b, c] and not page.hq.isVisible()
    page.restore_view_state(state)
    assert shown_ids(page) == [a, c]


# -- quick capture from elsewhere ----------------------------------------------------------------


def test_the_map_person_menu_logs_with_the_person(
    qtbot: QtBot, ctx: WorkspaceContext, acme: Acme, decide: list[Filler]
) -> None:
    page = show_map(qtbot, ctx, acme.account)
    menu = page.person_menu(person_key(acme.ki))
    action = next(a for a in menu.findChildren(QAction) if a.objectName() == "log_activity")
    seen: dict[str, Any] = {}

    def fill(dialog: ActivityDialog) -> None:
        seen["people"] = editor.checked(dialog.people)
        seen["account"] = dialog.choices.account_id
        dialog.check(dialog.members, acme.manager)

    decide.append(fill)
    action.trigger()
    assert seen == {"people": (acme.ki,), "account": acme.account}
    [row] = stored(ctx)
    assert row[9:] == (sorted([acme.rep, acme.manager]), [acme.ki])
    assert rels(ctx)[(acme.manager, acme.ki)]["last_contact"] == date.today()
    ctx.undo_stack.undo()
    assert stored(ctx) == []


def test_the_deal_menu_logs_for_the_deal(
    qtbot: QtBot, ctx: WorkspaceContext, acme: Acme, decide: list[Filler]
) -> None:
    board = show_board(qtbot, ctx, acme.deal)
    action = next(
        a for a in board.panel.menu.actions() if a.objectName() == "deal_menu_log_activity"
    )
    seen: list[Any] = []

    def fill(dialog: ActivityDialog) -> None:
        seen.append(dialog.deal.currentData())
        dialog.check(dialog.people, acme.kdm)

    decide.append(fill)
    action.trigger()
    assert seen == [acme.deal]
    assert [(r[1], r[10]) for r in stored(ctx)] == [(acme.deal, [acme.kdm])]


def test_ctrl_j_in_the_main_window_logs_with_what_the_map_has_selected(
    sample_app: Any, qtbot: QtBot, decide: list[Filler]
) -> None:
    window = sample_app.window
    ctx = sample_app.ctx
    action = window.act_log_activity
    assert action.shortcut() == QKeySequence("Ctrl+J")
    clashes = [
        a.text()
        for a in window.findChildren(QAction)
        if a is not action and a.shortcut() == QKeySequence("Ctrl+J")
    ]
    assert clashes == []
    assert action in window.edit_menu.actions()
    window.show()
    qtbot.waitExposed(window)
    page: Any = window.show_page("map")
    account, person = page.account_id, None
    keys = [k for k in page.scene.nodes if k.startswith("p:")]
    person = int(keys[0].split(":")[1])
    page.select_cards([keys[0]])
    seen: dict[str, Any] = {}

    def fill(dialog: ActivityDialog) -> None:
        seen["account"] = dialog.choices.account_id
        seen["people"] = editor.checked(dialog.people)
        seen["members"] = editor.checked(dialog.members)
        if not seen["members"]:  # nobody is "me" in the sample: name one of ours
            dialog.members.item(0).setCheckState(Qt.CheckState.Checked)

    decide.append(fill)
    count = len(stored(ctx))
    window.activateWindow()  # window shortcuts go to the active window only
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    QTest.keyClick(window, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert not decide, "Ctrl+J opened the editor"
    assert seen["account"] == account and seen["people"] == (person,)
    assert len(stored(ctx)) == count + 1
    # ... and the person's timeline from the map's menu
    menu = page.person_menu(person_key(person))
    timeline = next(a for a in menu.findChildren(QAction) if a.objectName() == "person_activities")
    timeline.trigger()
    shown: Any = window.current_page()
    assert isinstance(shown, ActivitiesPage) and shown.person_id == person
    assert shown.person_chip.isVisible()
    ids = shown_ids(shown)
    rows = {r[0]: r for r in stored(ctx)}
    # (id, deal, day, kind, level, summary, step, due, done, members, people)
    late = [
        i for i in ids if rows[i][7] is not None and rows[i][7] < date.today() and not rows[i][8]
    ]
    assert ids[: len(late)] == late  # the person's overdue next steps come first
    assert ids[len(late)] == max(rows)  # then the newest: the one just logged


def test_the_deal_panel_says_what_p5_rule_2_asks(
    qtbot: QtBot, ctx: WorkspaceContext, acme: Acme
) -> None:
    from PySide6.QtWidgets import QLabel

    board = show_board(qtbot, ctx, acme.deal)

    def hq_line() -> str:
        label = board.panel.findChild(QLabel, "dealHqVisit")
        assert isinstance(label, QLabel)
        return label.text()

    assert "nobody yet" in hq_line()
    values = {"on": date.today(), "kind": "hq_visit", "deal_id": acme.deal}
    ctx.write(log_activity, acme.account, values, members=[acme.manager], people=[acme.ku])
    assert "Sun Mei (KU)" in hq_line() and "Invite the KDM too" in hq_line()
    assert "✓" not in hq_line()
    ctx.write(log_activity, acme.account, values, members=[acme.manager], people=[acme.kdm])
    assert "Zhao Wei (KDM)" in hq_line() and "✓" in hq_line()
