"""The deal panel's decision chain and the tender's evaluators, driven as a user drives them.

Buttons are clicked with the mouse, people double-clicked in the list; the
dialog is the real :class:`DealPartDialog`, filled by a decider that stands in
for the user (and once opened modally and accepted). Each edit is checked in
the model and in the panel, then undone and redone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pytest
from helpers import queue_dialogs, show_board
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.board import deal_people
from desktop.board.deal_people import (
    DealPartDialog,
    DealPeople,
    Evaluators,
    PeopleList,
)
from desktop.context import WorkspaceContext
from desktop.pages.board import BoardPage
from model.entities import DealRole
from model.services.accounts import create_account
from model.services.deals import create_deal, set_deal_role
from model.services.people import create_person
from model.services.team import create_competitor, create_member


@dataclass
class Acme:
    deal: int
    kdm: int  # Zhao, standing KDM, opposes us
    ki: int  # Qian, standing KI
    ku: int  # Sun, no standing role
    gone: int  # left last month
    rival: int


@pytest.fixture
def acme(ctx: WorkspaceContext) -> Acme:
    rep = ctx.write(create_member, {"name": "Rita Rep", "role": "rep"}).created_id("member")
    ctx.me = rep
    account = ctx.write(create_account, {"name": "Acme Steel"}).created_id("account")

    def person(name: str, **values: Any) -> int:
        return ctx.write(create_person, account, {"name": name, **values}).created_id("person")

    kdm = person("Zhao Wei", title="CEO", role="KDM", support=-1)
    ki = person("Qian Li", title="CTO", role="KI", support=1, insider=True)
    ku = person("Sun Mei", title="Plant manager")
    gone = person("Zhou Gone", title="Buyer", left_on=date.today() - timedelta(days=30))
    rival = ctx.write(create_competitor, {"name": "Rival Ltd"}).created_id("competitor")
    deal = ctx.write(
        create_deal, {"name": "Mill upgrade", "account_id": account, "stage": "P2"}
    ).created_id("deal")
    return Acme(deal, kdm, ki, ku, gone, rival)


@pytest.fixture
def page(qtbot: QtBot, ctx: WorkspaceContext, acme: Acme) -> BoardPage:
    return show_board(qtbot, ctx, acme.deal)


Filler = Callable[[DealPartDialog], None]


@pytest.fixture
def decide(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Filler]]:
    """Queue what the user does in the next dialogs; each opens the real dialog."""
    yield from queue_dialogs(
        monkeypatch, deal_people, "decide_part", DealPartDialog, DealPartDialog.choice
    )


def part(ctx: WorkspaceContext, deal: int, person: int) -> tuple[Any, ...] | None:
    with ctx.workspace.sessions() as s:
        row = s.execute(
            select(
                DealRole.role,
                DealRole.support,
                DealRole.backs_competitor_id,
                DealRole.insider,
                DealRole.coach,
            ).where(DealRole.deal_id == deal, DealRole.person_id == person)
        ).first()
        return None if row is None else tuple(row)


def chain(page: BoardPage) -> DealPeople:
    found = page.panel.findChild(DealPeople)
    assert isinstance(found, DealPeople)
    return found


def button(widget: QWidget, text: str) -> QPushButton:
    for b in widget.findChildren(QPushButton):
        if b.text() == text:
            return b
    raise AssertionError(f"no button {text!r}")


def click(widget: QWidget, text: str) -> None:
    """Click the button called ``text`` with the mouse, as a user does."""
    b = button(widget, text)
    assert b.isEnabled(), f"{text!r} is disabled"
    QTest.mouseClick(b, Qt.MouseButton.LeftButton)


def row_point(people: PeopleList, person_id: int) -> QPoint:
    row = people.row_of(person_id)
    assert row >= 0, f"person {person_id} is not listed"
    return people.visualItemRect(people.item(row)).center()


def texts(people: PeopleList) -> list[str]:
    return [people.item(r).text() for r in range(people.count())]


# -- empty state, add, edit, remove ----------------------------------------------------------


def test_an_empty_deal_says_whom_to_add(page: BoardPage) -> None:
    section = chain(page)
    assert section.findChild(QWidget, "dealPeopleEmpty") is not None
    assert "Nobody is on this deal yet: add the KDM" in section.empty.text()
    assert not button(section, "Edit…").isEnabled()
    assert not button(section, "Remove").isEnabled()


def test_add_person_searches_the_account_and_is_one_undo_step(
    page: BoardPage, ctx: WorkspaceContext, acme: Acme, decide: list[Filler]
) -> None:
    def fill(dialog: DealPartDialog) -> None:
        assert dialog.people is not None and dialog.search is not None
        listed = [dialog.people.item(r).text() for r in range(dialog.people.count())]
        # the account's people not on the deal; not the one who left
        assert [t.split(" — ")[0] for t in listed] == ["Qian Li", "Sun Mei", "Zhao Wei"]
        dialog.search.setText("ceo")  # by title
        shown = [
            dialog.people.item(r).text()
            for r in range(dialog.people.count())
            if not dialog.people.item(r).isHidden()
        ]
        assert shown == ["Zhao Wei — CEO"]
        # the standing part is offered: KDM, opposes us
        assert (dialog.role.currentData(), dialog.support.currentData()) == ("KDM", -1)
        dialog.support.setCurrentIndex(dialog.support.findData(-2))
        dialog.backs.setCurrentIndex(dialog.backs.findData(acme.rival))

    decide.append(fill)
    before = ctx.undo_stack.count()
    click(chain(page), "Add person…")
    assert ctx.undo_stack.count() == before + 1
    assert part(ctx, acme.deal, acme.kdm) == ("KDM", -2, acme.rival, False, False)
    people = chain(page).list
    assert texts(people)[0] == "Key decision maker (KDM)"
    assert texts(people)[1] == "Zhao Wei · CEO\nStrong opponent, backs Rival Ltd"
    missing = chain(page).findChild(QWidget, "dealPeopleMissing")
    assert missing is not None and "KI and KU" in missing.text()  # type: ignore[attr-defined]

    ctx.undo_stack.undo()
    assert part(ctx, acme.deal, acme.kdm) is None
    assert chain(page).findChild(QWidget, "dealPeopleEmpty") is not None
    ctx.undo_stack.redo()
    assert part(ctx, acme.deal, acme.kdm) == ("KDM", -2, acme.rival, False, False)
    assert acme.kdm in chain(page).list.person_ids()


def test_a_person_without_a_standing_role_needs_one_chosen(
    page: BoardPage, ctx: WorkspaceContext, acme: Acme, decide: list[Filler]
) -> None:
    def fill(dialog: DealPartDialog) -> None:
        assert dialog.people is not None and dialog.search is not None
        dialog.search.setText("sun")
        assert dialog.chosen() is not None and dialog.role.currentData() is None
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled()  # no role yet
        dialog.role.setCurrentIndex(dialog.role.findData("KU"))
        assert ok.isEnabled()
        dialog.coach.setChecked(True)

    decide.append(fill)
    click(chain(page), "Add person…")
    assert part(ctx, acme.deal, acme.ku) == ("KU", 0, None, False, True)


def test_double_click_edits_a_part_and_undo_restores_the_row_exactly(
    page: BoardPage, ctx: WorkspaceContext, acme: Acme, decide: list[Filler], qtbot: QtBot
) -> None:
    ctx.write(set_deal_role, acme.deal, acme.ki, "KI", support=1, insider=True)
    page.panel.reload()
    people = chain(page).list

    def fill(dialog: DealPartDialog) -> None:
        assert dialog.people is None  # the person is given, not chosen
        assert (dialog.role.currentData(), dialog.support.currentData()) == ("KI", 1)
        assert dialog.insider.isChecked()
        dialog.role.setCurrentIndex(dialog.role.findData("KDM"))
        dialog.support.setCurrentIndex(dialog.support.findData(2))
        dialog.insider.setChecked(False)
        dialog.coach.setChecked(True)

    decide.append(fill)
    at = row_point(people, acme.ki)
    qtbot.mouseClick(people.viewport(), Qt.MouseButton.LeftButton, pos=at)  # a double-click's
    qtbot.mouseDClick(people.viewport(), Qt.MouseButton.LeftButton, pos=at)  # two presses
    assert part(ctx, acme.deal, acme.ki) == ("KDM", 2, None, False, True)
    assert "Strong supporter, coach" in texts(chain(page).list)[1]
    ctx.undo_stack.undo()
    assert part(ctx, acme.deal, acme.ki) == ("KI", 1, None, True, False)
    assert "Supporter, insider" in texts(chain(page).list)[1]
    ctx.undo_stack.redo()
    assert part(ctx, acme.deal, acme.ki) == ("KDM", 2, None, False, True)


def test_edit_button_and_a_cancelled_dialog_change_nothing(
    page: BoardPage, ctx: WorkspaceContext, acme: Acme, decide: list[Filler], qtbot: QtBot
) -> None:
    ctx.write(set_deal_role, acme.deal, acme.ki, "KI", support=1)
    page.panel.reload()
    people = chain(page).list
    qtbot.mouseClick(people.viewport(), Qt.MouseButton.LeftButton, pos=row_point(people, acme.ki))
    assert button(chain(page), "Edit…").isEnabled()

    def cancel(dialog: DealPartDialog) -> None:
        dialog.role.setCurrentIndex(0)  # "Choose a role": OK is off, as if cancelled

    decide.append(cancel)
    count = ctx.undo_stack.count()
    click(chain(page), "Edit…")
    assert ctx.undo_stack.count() == count
    assert part(ctx, acme.deal, acme.ki) == ("KI", 1, None, False, False)


def test_remove_takes_the_person_off_and_undo_puts_back_the_same_part(
    page: BoardPage, ctx: WorkspaceContext, acme: Acme, qtbot: QtBot
) -> None:
    ctx.write(set_deal_role, acme.deal, acme.kdm, "KDM", support=-2, competitor_id=acme.rival)
    page.panel.reload()
    people = chain(page).list
    qtbot.mouseClick(people.viewport(), Qt.MouseButton.LeftButton, pos=row_point(people, acme.kdm))
    click(chain(page), "Remove")
    assert part(ctx, acme.deal, acme.kdm) is None
    assert chain(page).findChild(QWidget, "dealPeopleEmpty") is not None
    ctx.undo_stack.undo()
    assert part(ctx, acme.deal, acme.kdm) == ("KDM", -2, acme.rival, False, False)
    assert chain(page).list.person_ids() == [acme.kdm]
    ctx.undo_stack.redo()
    assert part(ctx, acme.deal, acme.kdm) is None


def test_someone_who_left_stays_on_the_deal_shown_as_gone(
    page: BoardPage, ctx: WorkspaceContext, acme: Acme
) -> None:
    ctx.write(set_deal_role, acme.deal, acme.gone, "LEAD", support=1)
    page.panel.reload()
    line = texts(chain(page).list)[1]
    left = (date.today() - timedelta(days=30)).isoformat()
    assert line.startswith(f"Zhou Gone · Buyer  (left on {left})")


def test_an_edit_elsewhere_shows_in_the_panel(
    page: BoardPage, ctx: WorkspaceContext, acme: Acme
) -> None:
    ctx.write(set_deal_role, acme.deal, acme.ki, "KU", support=2)
    QApplication.processEvents()
    assert page.panel.detail is not None and [r.person_id for r in page.panel.detail.roles] == [
        acme.ki
    ]
    assert chain(page).list.person_ids() == [acme.ki]


# -- the real dialog, modal -------------------------------------------------------------------


def test_the_real_dialog_opens_modally_and_its_choice_is_applied(
    page: BoardPage, ctx: WorkspaceContext, acme: Acme, qtbot: QtBot
) -> None:
    seen: list[str] = []

    def user() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, DealPartDialog)
        try:
            seen.append(dialog.windowTitle())
            assert dialog.search is not None
            qtbot.keyClicks(dialog.search, "qian")
            dialog.support.setCurrentIndex(dialog.support.findData(2))
            ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
            qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        finally:
            if dialog.isVisible():  # whatever went wrong, never leave a modal dialog open
                dialog.reject()

    QTimer.singleShot(0, user)
    click(chain(page), "Add person…")
    assert seen == ["Add a person to the deal"]
    assert part(ctx, acme.deal, acme.ki) == ("KI", 2, None, True, False)


# -- tender: evaluators -----------------------------------------------------------------------


def test_evaluators_are_named_from_the_account_or_the_deal(
    page: BoardPage, ctx: WorkspaceContext, acme: Acme, decide: list[Filler]
) -> None:
    from model.services.deals import update_deal

    ctx.write(update_deal, acme.deal, {"tendered": True})
    ctx.write(set_deal_role, acme.deal, acme.ki, "KI", support=1)
    QApplication.processEvents()
    page.panel.reload()
    tender = page.panel.findChild(Evaluators)
    assert isinstance(tender, Evaluators)
    assert tender.summary.text() == "0 evaluators, 0 support us"

    def from_deal(dialog: DealPartDialog) -> None:
        assert dialog.people is not None and not dialog.role.isEnabled()
        assert dialog.role.currentData() == "EVAL"
        listed = [dialog.people.item(r).text() for r in range(dialog.people.count())]
        assert "Qian Li — CTO  (now KI on this deal)" in listed
        assert dialog.search is not None
        dialog.search.setText("qian")
        assert dialog.role.currentData() == "EVAL"  # fixed, whatever their part now
        dialog.support.setCurrentIndex(dialog.support.findData(2))

    def from_account(dialog: DealPartDialog) -> None:
        assert dialog.search is not None
        dialog.search.setText("zhao")
        dialog.support.setCurrentIndex(dialog.support.findData(-1))

    decide.extend([from_deal, from_account])
    click(tender, "Add evaluator…")
    tender = page.panel.findChild(Evaluators)
    assert isinstance(tender, Evaluators)
    click(tender, "Add evaluator…")
    assert part(ctx, acme.deal, acme.ki) == ("EVAL", 2, None, False, False)
    assert part(ctx, acme.deal, acme.kdm) == ("EVAL", -1, None, False, False)
    tender = page.panel.findChild(Evaluators)
    assert isinstance(tender, Evaluators)
    assert tender.summary.text() == "2 evaluators, 1 support us"
    assert tender.list.person_ids() == [acme.ki, acme.kdm]  # supporters first
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    assert part(ctx, acme.deal, acme.ki) == ("KI", 1, None, False, False)  # back to KI
    assert part(ctx, acme.deal, acme.kdm) is None
    tender = page.panel.findChild(Evaluators)
    assert isinstance(tender, Evaluators)
    assert tender.summary.text() == "0 evaluators, 0 support us"


def test_the_tender_keeps_scoring_criteria_and_shaped_flag_editable(
    page: BoardPage, ctx: WorkspaceContext, acme: Acme
) -> None:
    from model.entities import Deal
    from model.services.deals import update_deal

    ctx.write(update_deal, acme.deal, {"tendered": True})
    QApplication.processEvents()
    page.panel.reload()
    shaped = page.panel.findChild(QWidget, "field_scoring_shaped")
    assert shaped is not None
    shaped.click()  # type: ignore[attr-defined]
    assert ctx.read(lambda s: s.get(Deal, acme.deal).scoring_shaped) is True
    ctx.undo_stack.undo()
    assert ctx.read(lambda s: s.get(Deal, acme.deal).scoring_shaped) is False


# -- the command on its own ------------------------------------------------------------------


def test_an_undo_over_a_newer_edit_is_refused_and_said(ctx: WorkspaceContext, acme: Acme) -> None:
    problems: list[str] = []
    ctx.hub.problem.connect(lambda _title, text: problems.append(text))
    command = deal_people.SetDealRoleCommand(ctx, "x", acme.deal, acme.ki, "KI", support=1)
    assert ctx.push(command)
    ctx.write(set_deal_role, acme.deal, acme.ki, "KI", support=-1)  # someone else, since
    ctx.undo_stack.undo()
    assert part(ctx, acme.deal, acme.ki) == ("KI", -1, None, False, False)
    assert problems and "changed since" in problems[0]
