"""The Accounts page's People tab reads an account's people only while it is up.

Behind the Profile tab (as at start-up) a change of account leaves the panel
as it was; showing the tab (a click on it, Show people, a search result) brings
it to the selected account at once, and the view state never reports a person
of another account.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop.context import WorkspaceContext
from desktop.pages.accounts import AccountsPage
from model.rows import account_rows, person_rows


def _page(ctx: WorkspaceContext, qtbot: QtBot) -> AccountsPage:
    page = AccountsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_people_tab_reads_only_when_shown(sample_ctx: WorkspaceContext, qtbot: QtBot) -> None:
    with_people = [a for a in sample_ctx.read(account_rows) if a.people >= 1]
    first, second = with_people[0], with_people[1]
    page = _page(sample_ctx, qtbot)
    assert page.tabs.currentWidget() is page.editor
    page.select_account(first.id)
    assert page.current_account() == first.id
    assert page._people is None  # not even built behind the Profile tab
    assert page.view_state()["person"] is None

    bar = page.tabs.tabBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    assert page.tabs.currentIndex() == 1 and page._people is not None
    assert page.tabs.currentWidget() is page.people and page.people.isVisible()
    assert page.tabs.tabText(1) == "People" and page.tabs.tabToolTip(1)
    assert page.people.actions_for_page()[0] in page.page_actions()
    assert page.people.account_id == first.id
    expected = {p.id for p in sample_ctx.read(person_rows, first.id)}
    shown = {page.people.model.person(r).id for r in range(page.people.model.rowCount())}
    assert shown == expected
    person = page.people.current_person_id()
    assert person in expected
    assert page.view_state()["person"] == person

    page.tabs.setCurrentWidget(page.editor)
    page.select_account(second.id)
    assert page.people.account_id == first.id  # waits behind the Profile tab
    assert page.view_state()["person"] is None  # never a person of the other account
    page.act_people.trigger()  # Show people: the tab comes up with this account's people
    assert page.tabs.currentWidget() is page.people
    assert page.people.account_id == second.id
    assert page.people.current_person_id() in {
        p.id for p in sample_ctx.read(person_rows, second.id)
    }

    page.select_account(first.id)  # while the tab is up it follows at once
    assert page.people.account_id == first.id
