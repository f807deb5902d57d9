"""Chinese names listed by pinyin in the dialogs and pickers a user opens, not
by code point: 阿 (ā) 李 (lǐ) 王 (wáng) 张 (zhāng), where code point order
reads 张 (U+5F20) 李 (U+674E) 王 (U+738B) 阿 (U+963F). English keeps its
order: case-insensitive, numbers as numbers ("Plant 9" before "Plant 10").

Each test opens the real widget the way a user does (the column's "+", Log
visit…, Add person…, Mark as lost, the "I am…" question, the map's route
panel) and reads the order it shows.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from helpers import show_board
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QDialog, QListWidget
from pytestqt.qtbot import QtBot

from desktop import me
from desktop.board import deal_people, visits
from desktop.board.deal_people import DealPartDialog, DealPeople, PartRequest
from desktop.board.dialogs import CloseDialog
from desktop.board.new_deal import NewDealDialog
from desktop.board.visits import DealVisitsView, VisitDialog, VisitRequest
from desktop.context import WorkspaceContext
from desktop.i18n import install_language
from desktop.me import WhoAmIDialog
from desktop.pages.board import BoardPage
from desktop.pages.map import MapPage
from model.rows import MemberRow
from model.services.accounts import create_account
from model.services.competitors import create_competitor
from model.services.deals import create_deal
from model.services.people import create_person, set_relationship
from model.services.team import create_member

SURNAMES = ["张", "李", "王", "阿"]  # as created: code point order would be 张 李 王 阿
PINYIN = ["阿", "李", "王", "张"]

MEMBERS = {"张": "张伟", "李": "李娜", "王": "王芳", "阿": "阿里"}
ACCOUNTS = {s: f"{s}氏集团" for s in SURNAMES}
PEOPLE = {"张": "张总", "李": "李工", "王": "王经理", "阿": "阿明"}
RIVALS = {s: f"{s}记科技" for s in SURNAMES}


def in_pinyin(names: dict[str, str]) -> list[str]:
    return [names[s] for s in PINYIN]


@dataclass
class Workspace:
    ctx: WorkspaceContext
    deal: int  # at 阿氏集团, whose people are PEOPLE
    account: int
    members: dict[str, int]
    people: dict[str, int]


@pytest.fixture
def zh(ctx: WorkspaceContext) -> Iterator[WorkspaceContext]:
    """An empty workspace with the interface in Chinese."""
    install_language("zh")
    yield ctx
    install_language("en")


@pytest.fixture
def ws(zh: WorkspaceContext) -> Workspace:
    ctx = zh
    assert sorted(MEMBERS.values()) != in_pinyin(MEMBERS)  # code point order differs
    members = {
        s: ctx.write(create_member, {"name": n, "role": "rep"}).created_id("member")
        for s, n in MEMBERS.items()
    }
    accounts = {
        s: ctx.write(create_account, {"name": n}).created_id("account") for s, n in ACCOUNTS.items()
    }
    for name in RIVALS.values():
        ctx.write(create_competitor, {"name": name})
    for s in SURNAMES:  # every account and owner on the board
        values = {"name": f"{s}项目", "account_id": accounts[s], "stage": "P2"}
        ctx.write(create_deal, {**values, "owner_id": members[s]})
    account = accounts["阿"]
    people = {
        s: ctx.write(create_person, account, {"name": n}).created_id("person")
        for s, n in PEOPLE.items()
    }
    deal = ctx.write(
        create_deal, {"name": "MES 升级", "account_id": account, "stage": "P2"}
    ).created_id("deal")
    ctx.me = members["王"]
    return Workspace(ctx, deal, account, members, people)


def items(widget: QComboBox | QListWidget, first: int = 0) -> list[str]:
    """What a combo or list shows from row ``first`` down, up to any " — " detail."""
    if isinstance(widget, QComboBox):
        texts = [widget.itemText(n) for n in range(widget.count())]
    else:
        texts = [widget.item(n).text() for n in range(widget.count())]
    return [t.split(" — ")[0].strip() for t in texts[first:]]


# -- the board --------------------------------------------------------------------------------


def test_new_deal_lists_accounts_and_owners_by_pinyin(ws: Workspace, qtbot: QtBot) -> None:
    page: BoardPage = show_board(qtbot, ws.ctx)
    seen: list[tuple[list[str], list[str]]] = []

    def run(dialog: NewDealDialog) -> int:
        seen.append((items(dialog.account), items(dialog.owner, first=1)))
        return QDialog.DialogCode.Rejected

    page.new_deal_runner = run
    button = page.columns["P1"].header.add_button
    assert button is not None
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert seen == [(in_pinyin(ACCOUNTS), in_pinyin(MEMBERS))]


def test_the_filter_bar_lists_owners_and_accounts_by_pinyin(ws: Workspace, qtbot: QtBot) -> None:
    page = show_board(qtbot, ws.ctx)
    bar = page.filter_bar
    assert items(bar.owner, first=1)[:4] == in_pinyin(MEMBERS)
    assert items(bar.account, first=1) == in_pinyin(ACCOUNTS)


def test_log_visit_lists_our_people_and_theirs_by_pinyin(
    ws: Workspace, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = show_board(qtbot, ws.ctx, ws.deal)
    seen: list[tuple[list[str], list[str]]] = []

    def decide(parent: Any, request: VisitRequest) -> None:
        dialog = VisitDialog(request, parent)
        qtbot.addWidget(dialog)
        people = dialog.people
        theirs = [
            people.item(n).text().split(" — ")[0]
            for n in range(people.count())
            if people.item(n).data(visits.ID_ROLE) is not None  # not a heading
        ]
        seen.append((items(dialog.members), theirs))
        return None

    monkeypatch.setattr(visits, "decide_visit", decide)
    section = page.panel.findChild(DealVisitsView)
    assert section is not None
    QTest.mouseClick(section.log_button, Qt.MouseButton.LeftButton)
    assert seen == [(in_pinyin(MEMBERS), in_pinyin(PEOPLE))]


def test_add_person_lists_the_account_people_and_competitors_by_pinyin(
    ws: Workspace, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = show_board(qtbot, ws.ctx, ws.deal)
    seen: list[tuple[list[str], list[str]]] = []

    def decide(parent: Any, request: PartRequest) -> None:
        dialog = DealPartDialog(request, parent)
        qtbot.addWidget(dialog)
        assert dialog.people is not None
        seen.append((items(dialog.people), items(dialog.backs, first=1)))
        return None

    monkeypatch.setattr(deal_people, "decide_part", decide)
    chain = page.panel.findChild(DealPeople)
    assert chain is not None
    QTest.mouseClick(chain.add_button, Qt.MouseButton.LeftButton)
    assert seen == [(in_pinyin(PEOPLE), in_pinyin(RIVALS))]


def test_mark_as_lost_lists_competitors_by_pinyin(ws: Workspace, qtbot: QtBot) -> None:
    page = show_board(qtbot, ws.ctx, ws.deal)
    seen: list[list[str]] = []

    def decide(parent: Any, cards: Any, status: str, rivals: Any, reasons: Any) -> None:
        dialog = CloseDialog(cards, status, reasons, rivals if status == "lost" else None, parent)
        qtbot.addWidget(dialog)
        assert dialog.competitor is not None
        seen.append(items(dialog.competitor, first=1))
        return None

    page.close_decider = decide
    page.panel.menu.act_lost.trigger()
    assert seen == [in_pinyin(RIVALS)]


# -- who am I, the map -----------------------------------------------------------------------------


def test_i_am_lists_the_team_by_pinyin(
    ws: Workspace, qtbot: QtBot, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[list[str]] = []

    def decide(parent: Any, members: list[MemberRow], current: int | None, who: str) -> None:
        dialog = WhoAmIDialog(members, current, who, parent)
        qtbot.addWidget(dialog)
        seen.append(items(dialog.members))
        assert dialog.members.currentItem().text().startswith("王芳")  # me stays chosen
        return None

    monkeypatch.setattr(me, "decider", decide)
    assert not me.choose(ws.ctx, settings)
    assert seen == [in_pinyin(MEMBERS)]


def test_the_route_panel_lists_team_and_people_by_pinyin(ws: Workspace, qtbot: QtBot) -> None:
    ctx = ws.ctx
    for s in SURNAMES:  # our team on the map: each knows someone there
        ctx.write(set_relationship, ws.members[s], ws.people[s], {"strength": 0.5})
    page = MapPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    page.select_account(ws.account)
    source, target = page.route_panel.source, page.route_panel.target
    ours = [source.itemText(n) for n in range(1, 1 + len(MEMBERS))]
    assert [t.split(" ")[0].split("（")[0].split("(")[0] for t in ours] == in_pinyin(MEMBERS)
    assert items(source, first=1 + len(MEMBERS)) == in_pinyin(PEOPLE)
    assert items(target, first=1) == in_pinyin(PEOPLE)


# -- English as before ---------------------------------------------------------------------------


def test_english_names_ignore_case_and_read_numbers(ctx: WorkspaceContext, qtbot: QtBot) -> None:
    install_language("en")
    names = ["Plant 10", "acme", "plant 9", "Beta"]
    for name in names:
        ctx.write(create_account, {"name": name})
        ctx.write(create_member, {"name": f"{name} rep", "role": "rep"})
    dialog = NewDealDialog(ctx)
    qtbot.addWidget(dialog)
    assert items(dialog.account) == ["acme", "Beta", "plant 9", "Plant 10"]
    assert items(dialog.owner, first=1) == [
        f"{n} rep" for n in ["acme", "Beta", "plant 9", "Plant 10"]
    ]
