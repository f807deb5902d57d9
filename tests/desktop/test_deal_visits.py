"""The deal panel's "Visits and meetings", driven as a user drives it.

"Log visit…" and the ✕ of a visit are clicked with the mouse; the dialog is the
real :class:`VisitDialog`, filled by a decider that stands in for the user
(and once opened modally, filled through its widgets and accepted with its OK
button). Each log and delete is checked in the model, in the section (the list
and the line saying which of KI/KU/KDM still miss a senior visit), on the
board's card and in the P5 → P6 gate, then undone and redone.
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
    stored_activities,
)
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QToolButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.board import visits
from desktop.board.visits import (
    KIND_ORDER,
    DealVisitsView,
    VisitDialog,
    VisitRequest,
)
from desktop.context import WorkspaceContext
from desktop.pages.board import BoardPage
from model.board import visit_choices
from model.entities import Activity
from model.enums import ActivityKind
from model.rules.visits import IN_PERSON_KINDS
from model.services.activities import log_activity
from model.services.deals import evaluate_move


@dataclass
class Acme:
    account: int
    deal: int
    rep: int  # Rita, the user ("me")
    manager: int  # Mark
    kdm: int
    ki: int
    ku: int
    buyer: int  # on the account, no role


@pytest.fixture
def acme(ctx: WorkspaceContext) -> Acme:
    rep, manager = add_member(ctx, "Rita Rep", "rep"), add_member(ctx, "Mark Manager", "manager")
    ctx.me = rep
    account = add_account(ctx, "Acme Steel")
    kdm = add_person(ctx, account, "Zhao Wei", title="CEO", role="KDM")
    ki = add_person(ctx, account, "Qian Li", title="CTO", role="KI")
    ku = add_person(ctx, account, "Sun Mei", title="Plant manager", role="KU")
    buyer = add_person(ctx, account, "Wu Buyer", title="Buyer")
    deal = add_deal_at(ctx, account, "Mill upgrade", "P5")
    return Acme(account, deal, rep, manager, kdm, ki, ku, buyer)


@pytest.fixture
def page(qtbot: QtBot, ctx: WorkspaceContext, acme: Acme) -> BoardPage:
    return show_board(qtbot, ctx, acme.deal)


Filler = Callable[[VisitDialog], None]


@pytest.fixture
def decide(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Filler]]:
    """Queue what the user does in the next dialogs; each opens the real dialog."""
    yield from queue_dialogs(monkeypatch, visits, "decide_visit", VisitDialog, VisitDialog.values)


def section(page: BoardPage) -> DealVisitsView:
    found = page.panel.findChild(DealVisitsView)
    assert isinstance(found, DealVisitsView)
    return found


def click(widget: QWidget) -> None:
    assert widget.isEnabled() and widget.isVisible()
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def log_button(page: BoardPage) -> QWidget:
    return section(page).log_button


def missing_line(page: BoardPage) -> str:
    label = section(page).findChild(QLabel, "dealVisitMissing")
    assert isinstance(label, QLabel)
    return label.text() if label.isVisibleTo(section(page)) else ""


def stored(ctx: WorkspaceContext) -> list[tuple[Any, ...]]:
    """Every activity: (id, deal, day, kind, level, summary, members, people)."""
    return stored_activities(ctx, "id", "deal_id", "on", "kind", "level", "summary")


def missing_by_gate(ctx: WorkspaceContext, deal: int) -> tuple[str, ...]:
    return ctx.read(evaluate_move, deal, "P6").missing_senior_visits


def card_risks(page: BoardPage, deal: int) -> tuple[str, ...]:
    return page.store.view(deal).badges.risks


# -- what the section says before anything is logged ---------------------------------------


def test_an_empty_deal_says_what_counts_and_links_the_method(page: BoardPage, acme: Acme) -> None:
    view = section(page)
    assert view.findChild(QWidget, "dealVisitsEmpty") is not None
    assert "in person with a manager or executive to the KI, KU and KDM" in view.empty.text()
    assert "P5 rule 1" in view.empty.text()  # the rule by its name, not its raw ID
    assert view.findChild(QToolButton, "methodHelp_P5.RULE.1") is not None
    assert view.visit_ids() == []
    line = missing_line(page)
    assert "KI (Qian Li)" in line and "KU (Sun Mei)" in line and "KDM (Zhao Wei)" in line
    assert "✗ KI" in view.status.text() and "✓" not in view.status.text()


# -- log a visit through the dialog --------------------------------------------------------------


def test_log_visit_is_one_undo_step_and_the_section_card_and_gate_follow(
    page: BoardPage, ctx: WorkspaceContext, acme: Acme, decide: list[Filler]
) -> None:
    assert missing_by_gate(ctx, acme.deal) == ("KI", "KU", "KDM")
    assert "P5.RULE.1" in card_risks(page, acme.deal)
    seen: dict[str, Any] = {}

    def fill(dialog: VisitDialog) -> None:
        seen["members"] = visits._checked(dialog.members)  # "me" comes pre-checked
        seen["ok"] = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        seen["day"] = dialog.day()
        dialog.check(dialog.members, acme.manager)
        dialog.check(dialog.people, acme.ki)
        dialog.check(dialog.people, acme.kdm)
        dialog.kind.setCurrentIndex(dialog.kind.findData("presentation"))
        dialog.summary.setPlainText("Showed the roadmap")
        dialog.next_step.setText("Pilot proposal")
        seen["verdict"] = dialog.verdict.text()

    decide.append(fill)
    click(log_button(page))
    assert seen["members"] == (acme.rep,) and seen["ok"] is False
    assert seen["day"] == date.today()
    assert "Counts as a senior visit to the KI and KDM" in seen["verdict"]
    assert "Manager level" in seen["verdict"]
    [row] = stored(ctx)
    aid = row[0]
    assert row[1:] == (
        acme.deal,
        date.today(),
        "presentation",
        "manager",
        "Showed the roadmap",
        sorted([acme.rep, acme.manager]),
        sorted([acme.ki, acme.kdm]),
    )
    # model -> widget: the section lists it and the missing line follows
    view = section(page)
    assert view.visit_ids() == [aid]
    text = view.rows[0].text.text()
    assert "Presentation" in text and "Manager level" in text
    assert "Mark Manager" in text and "Zhao Wei (KDM)" in text and "Qian Li (KI)" in text
    assert "Senior visit to the KI and KDM" in text and "Pilot proposal" in text
    line = missing_line(page)
    assert "KU (Sun Mei)" in line and "KI" not in line and "KDM" not in line
    assert "✓ KI" in view.status.text() and "✗ KU" in view.status.text()
    assert missing_by_gate(ctx, acme.deal) == ("KU",)
    assert ctx.undo_stack.count() == 1
    assert ctx.undo_stack.undoText() == "Log a visit for “Mill upgrade”"

    ctx.undo_stack.undo()
    assert stored(ctx) == []
    assert section(page).visit_ids() == []
    assert "KI (Qian Li)" in missing_line(page)
    assert missing_by_gate(ctx, acme.deal) == ("KI", "KU", "KDM")

    ctx.undo_stack.redo()
    assert [r[0] for r in stored(ctx)] == [aid]  # the very same row comes back
    assert stored(ctx)[0] == row
    assert section(page).visit_ids() == [aid]
    assert missing_by_gate(ctx, acme.deal) == ("KU",)


def test_visits_with_a_manager_to_ki_ku_and_kdm_clear_the_p5_rule(
    page: BoardPage, ctx: WorkspaceContext, acme: Acme, decide: list[Filler]
) -> None:
    def meet(*people: int, manager: bool = True) -> Filler:
        def fill(dialog: VisitDialog) -> None:
            if manager:
                dialog.check(dialog.members, acme.manager)
            for pid in people:
                dialog.check(dialog.people, pid)

        return fill

    decide.append(meet(acme.ki, acme.ku, acme.kdm, manager=False))  # Rita alone: a rep
    click(log_button(page))
    assert missing_by_gate(ctx, acme.deal) == ("KI", "KU", "KDM")
    assert "P5.RULE.1" in card_risks(page, acme.deal)
    decide.extend([meet(acme.ki, acme.kdm), meet(acme.ku)])
    click(log_button(page))
    click(log_button(page))
    gate = ctx.read(evaluate_move, acme.deal, "P6")
    assert gate.missing_senior_visits == () and "P5.RULE.1" not in gate.rules
    assert "P5.RULE.1" not in card_risks(page, acme.deal)  # the card follows
    assert "P5.RULE.1" not in (page.panel.detail.warnings if page.panel.detail else ())
    assert missing_line(page) == ""
    assert section(page).status.text().count("✓") == 3
    assert len(section(page).visit_ids()) == 3
    ctx.undo_stack.undo()  # the visit to the KU
    assert missing_by_gate(ctx, acme.deal) == ("KU",)
    assert "P5.RULE.1" in card_risks(page, acme.deal)


def test_cancel_logs_nothing(
    page: BoardPage, ctx: WorkspaceContext, acme: Acme, decide: list[Filler]
) -> None:
    decide.append(lambda dialog: dialog.check(dialog.members, acme.rep, on=False))
    click(log_button(page))
    assert stored(ctx) == [] and ctx.undo_stack.count() == 0


def test_a_visits_next_step_keeps_its_due_and_done_days(
    page: BoardPage, ctx: WorkspaceContext, acme: Acme, decide: list[Filler]
) -> None:
    """The visit dialog is the activity editor: what its next-step boxes say is stored,
    the done day too (the visit's own values once left it out)."""
    yesterday = date.today() - timedelta(days=1)

    def fill(dialog: VisitDialog) -> None:
        dialog.check(dialog.people, acme.ki)
        dialog.on.setDate(QDate(yesterday))
        dialog.next_step.setText("Send the test report")
        dialog.has_due.setChecked(True)
        dialog.due.setDate(QDate(date.today()))
        dialog.has_done.setChecked(True)
        dialog.done_on.setDate(QDate(date.today()))

    decide.append(fill)
    click(log_button(page))
    with ctx.workspace.sessions() as s:
        [activity] = s.execute(select(Activity)).scalars()
        step = (activity.deal_id, activity.next_step, activity.next_due, activity.next_done_on)
    assert step == (acme.deal, "Send the test report", date.today(), date.today())


# -- the dialog --------------------------------------------------------------------------------


def dialog_for(ctx: WorkspaceContext, acme: Acme, qtbot: QtBot, today: date) -> VisitDialog:
    choices = ctx.read(visit_choices, acme.deal)
    assert choices is not None
    dialog = VisitDialog(VisitRequest(choices, "Acme Steel", acme.rep, today))
    qtbot.addWidget(dialog)
    return dialog


def test_ok_needs_one_of_ours_and_one_of_theirs(
    ctx: WorkspaceContext, acme: Acme, qtbot: QtBot
) -> None:
    dialog = dialog_for(ctx, acme, qtbot, date.today())
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert [dialog.kind.itemData(i) for i in range(dialog.kind.count())] == list(KIND_ORDER)
    # Every kind once, the ones the rule counts as face to face first.
    assert sorted(KIND_ORDER) == sorted(k.value for k in ActivityKind)
    assert set(KIND_ORDER[: len(IN_PERSON_KINDS)]) == IN_PERSON_KINDS
    assert dialog.kind.itemText(0) == "Visit"
    assert not ok.isEnabled() and dialog.values() is None
    dialog.check(dialog.people, acme.buyer)
    assert ok.isEnabled()
    dialog.check(dialog.members, acme.rep, on=False)
    assert not ok.isEnabled()
    assert "at least one of our people" in dialog.verdict.text()
    dialog.check(dialog.members, acme.manager)
    assert ok.isEnabled()
    values = dialog.values()
    assert values is not None and values.members == (acme.manager,)
    assert values.people == (acme.buyer,)
    assert "Not a senior visit" in dialog.verdict.text()  # the buyer holds no KI/KU/KDM


def test_the_verdict_asks_the_rule(ctx: WorkspaceContext, acme: Acme, qtbot: QtBot) -> None:
    dialog = dialog_for(ctx, acme, qtbot, date.today())
    dialog.check(dialog.people, acme.ku)
    assert dialog.senior_for() == () and "Rep level" in dialog.verdict.text()
    dialog.check(dialog.members, acme.manager)
    assert dialog.senior_for() == ("KU",)
    dialog.kind.setCurrentIndex(dialog.kind.findData("call"))  # a call is no visit
    assert dialog.senior_for() == () and "Not a senior visit" in dialog.verdict.text()


def test_the_deals_people_come_first_and_search_filters_them(
    ctx: WorkspaceContext, acme: Acme, qtbot: QtBot
) -> None:
    dialog = dialog_for(ctx, acme, qtbot, date.today())
    rows = [dialog.people.item(r).text() for r in range(dialog.people.count())]
    assert rows[0] == "On this deal"
    assert rows[1].startswith("Zhao Wei (KDM)") and rows[-1].startswith("Wu Buyer")
    assert rows[-2] == "Others at Acme Steel"
    QTest.keyClicks(dialog.search, "cto")
    shown = [
        dialog.people.item(r).text()
        for r in range(dialog.people.count())
        if not dialog.people.item(r).isHidden() and dialog.people.item(r).data(visits.ID_ROLE)
    ]
    assert shown == ["Qian Li (KI) — CTO"]


def test_the_day_cannot_be_after_today_and_the_model_refuses_it_too(
    local_zone: str, ctx: WorkspaceContext, acme: Acme, qtbot: QtBot
) -> None:
    today = date.today()  # the local day in this zone
    dialog = dialog_for(ctx, acme, qtbot, today)
    tomorrow = today + timedelta(days=1)
    dialog.on.setDate(dialog.on.date().addDays(1))
    assert dialog.day() == today, local_zone  # the date edit stops at today
    problems: list[str] = []
    ctx.hub.problem.connect(lambda _title, text: problems.append(text))
    command = visits.LogVisitCommand(
        ctx, "log", acme.account, {"deal_id": acme.deal, "on": tomorrow}, (acme.rep,), (acme.ki,)
    )
    assert not ctx.push(command)  # a refusal is a message, not an undo step
    assert problems and "in the future" in problems[0] and ctx.undo_stack.count() == 0


def test_the_real_dialog_opens_modally_and_its_values_are_logged(
    page: BoardPage, ctx: WorkspaceContext, acme: Acme, qtbot: QtBot
) -> None:
    seen: list[str] = []

    def user() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, VisitDialog)
        try:
            seen.append(dialog.windowTitle())
            dialog.on.setDate(dialog.on.date().addDays(-2))
            dialog.kind.setCurrentIndex(dialog.kind.findData("hq_visit"))
            dialog.check(dialog.members, acme.manager)
            QTest.keyClicks(dialog.search, "sun")
            dialog.check(dialog.people, acme.ku)
            QTest.keyClicks(dialog.summary, "Toured our plant")
            QTest.keyClicks(dialog.next_step, "Send the quote")
            QTest.mouseClick(
                dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                Qt.MouseButton.LeftButton,
            )
        finally:
            if dialog.isVisible():  # whatever went wrong, never leave a modal dialog open
                dialog.reject()

    QTimer.singleShot(0, user)
    click(log_button(page))
    assert seen == ["Log a visit"]
    [row] = stored(ctx)
    assert row[1:] == (
        acme.deal,
        date.today() - timedelta(days=2),
        "hq_visit",
        "manager",
        "Toured our plant",
        sorted([acme.rep, acme.manager]),
        [acme.ku],
    )
    assert "KU" not in missing_line(page)


# -- delete ------------------------------------------------------------------------------------


def test_delete_is_one_undo_step_that_restores_the_same_visit(
    qtbot: QtBot, ctx: WorkspaceContext, acme: Acme
) -> None:
    for day, who in ((10, (acme.ki,)), (3, (acme.kdm, acme.ku))):
        ctx.write(
            log_activity,
            acme.account,
            {"deal_id": acme.deal, "kind": "visit", "on": date.today() - timedelta(days=day)},
            members=[acme.manager],
            people=list(who),
        )
    page = show_board(qtbot, ctx, acme.deal)
    before = stored(ctx)
    older, newer = before[0][0], before[1][0]
    assert section(page).visit_ids() == [newer, older]  # newest first
    assert missing_line(page) == "" and missing_by_gate(ctx, acme.deal) == ()

    view = section(page)
    click(view.rows[0].delete_button)
    assert [r[0] for r in stored(ctx)] == [older]
    assert section(page).visit_ids() == [older]
    assert "KU (Sun Mei)" in missing_line(page) and "KDM (Zhao Wei)" in missing_line(page)
    assert missing_by_gate(ctx, acme.deal) == ("KU", "KDM")
    assert ctx.undo_stack.undoText() == (
        f"Delete the visit of {date.today() - timedelta(days=3)} from “Mill upgrade”"
    )

    ctx.undo_stack.undo()
    assert stored(ctx) == before  # the same row, members and people
    assert section(page).visit_ids() == [newer, older]
    assert missing_line(page) == ""
    ctx.undo_stack.redo()
    assert [r[0] for r in stored(ctx)] == [older]
    assert section(page).visit_ids() == [older]


def test_many_visits_show_the_newest_and_a_show_all_button(
    qtbot: QtBot, ctx: WorkspaceContext, acme: Acme, page: BoardPage
) -> None:
    for n in range(visits.SHOWN + 2):
        ctx.write(
            log_activity,
            acme.account,
            {"deal_id": acme.deal, "on": date.today() - timedelta(days=n)},
            members=[acme.rep],
            people=[acme.buyer],
        )
    view = section(page)
    assert len(view.visit_ids()) == visits.SHOWN + 2
    assert [r.isVisibleTo(view) for r in view.rows].count(True) == visits.SHOWN
    assert view.more_button.text() == f"Show all {visits.SHOWN + 2} visits"
    click(view.more_button)
    assert all(r.isVisibleTo(view) for r in view.rows)
    assert not view.more_button.isVisibleTo(view)
