"""Chinese names sort by pinyin, as a Chinese reader looks them up, wherever
names are listed: 阿 (ā) 李 (lǐ) 王 (wáng) 张 (zhāng), not by code point
(李 U+674E, 张 U+5F20, 王 U+738B, 阿 U+963F)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView
from pytestqt.qtbot import QtBot

from desktop.collation import name_key, ranks, sort_by_name
from desktop.context import WorkspaceContext
from desktop.i18n import install_language
from desktop.models.accounts_model import Column
from desktop.pages.accounts import AccountsPage
from desktop.pages.people_panel import PeoplePanel
from desktop.pages.team import TeamPage
from model.services.accounts import create_account
from model.services.people import create_person
from model.services.team import create_member

NAMES = ["张", "李", "王", "阿"]
PINYIN = ["阿", "李", "王", "张"]


@pytest.fixture
def zh(ctx: WorkspaceContext) -> Iterator[WorkspaceContext]:
    """The empty workspace with the interface in Chinese."""
    install_language("zh")
    yield ctx
    install_language("en")


def shown(view: QAbstractItemView, column: int = 0) -> list[str]:
    """The texts of ``column`` from the top of the view down, as the user reads them."""
    model = view.model()
    rows = sorted(range(model.rowCount()), key=view.verticalHeader().visualIndex)  # type: ignore[attr-defined]
    return [str(model.index(r, column).data()) for r in rows]


def click_header(header: QHeaderView, section: int) -> None:
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    QTest.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )


def test_keys_and_ranks_follow_pinyin(zh: WorkspaceContext) -> None:
    assert sorted(NAMES) != PINYIN  # code point order is not what a reader expects
    assert sort_by_name(NAMES, lambda n: n) == PINYIN
    assert sorted(NAMES, key=name_key) == PINYIN
    place = ranks([*NAMES, "Ann", "ann"])
    assert [n for n in sorted(NAMES, key=place.__getitem__)] == PINYIN
    assert place["Ann"] == place["ann"]  # the same name to a reader: one place


def test_the_accounts_table_lists_chinese_names_by_pinyin(
    zh: WorkspaceContext, qtbot: QtBot
) -> None:
    for name in NAMES:
        zh.write(create_account, {"name": f"{name}氏集团"})
    page = AccountsPage(zh)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    expected = [f"{n}氏集团" for n in PINYIN]
    assert shown(page.table, Column.NAME) == expected  # the default sort

    header = page.table.horizontalHeader()
    click_header(header, Column.NAME)
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert shown(page.table, Column.NAME) == expected[::-1]
    click_header(header, Column.OWNER)
    click_header(header, Column.NAME)
    assert shown(page.table, Column.NAME) == expected

    # A new account lands in its place, not at the end.
    zh.write(create_account, {"name": "马氏集团"})  # mǎ: between 李 and 王
    assert shown(page.table, Column.NAME) == [*expected[:2], "马氏集团", *expected[2:]]


def test_people_and_their_managers_by_pinyin(zh: WorkspaceContext, qtbot: QtBot) -> None:
    account = zh.write(create_account, {"name": "测试"}).created_id("account")
    ids = [
        zh.write(create_person, account, {"name": f"{n}先生"}).created_id("person") for n in NAMES
    ]
    panel = PeoplePanel(zh)
    qtbot.addWidget(panel)
    panel.resize(1000, 700)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_account(account)
    table = panel.findChild(QAbstractItemView)
    assert table is not None
    header = table.horizontalHeader()  # type: ignore[attr-defined]
    expected = [f"{n}先生" for n in PINYIN]
    if shown(table)[:1] != expected[:1]:
        click_header(header, 0)
    assert shown(table) == expected
    click_header(header, 0)
    assert shown(table) == expected[::-1]

    panel.editor.set_person(ids[0])  # 张: the others are the managers to choose from
    managers = panel.editor.widgets["manager_id"]
    assert isinstance(managers, QComboBox)
    managers.showPopup()  # the whole list comes when the user opens it
    managers.hidePopup()
    model = managers.model()
    assert isinstance(model, QStandardItemModel)
    listed = [managers.itemText(i) for i in range(1, managers.count())]
    assert listed == [f"{n}先生" for n in PINYIN]
    offered = [t for i, t in enumerate(listed, start=1) if model.item(i).isEnabled()]
    assert offered == [f"{n}先生" for n in PINYIN if n != "张"]  # not the person


def test_team_members_by_pinyin(zh: WorkspaceContext, qtbot: QtBot) -> None:
    for name in NAMES:
        zh.write(create_member, {"name": f"{name}经理", "role": "rep"})
    page = TeamPage(zh)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    views = [v for v in page.findChildren(QAbstractItemView) if v.model() is page.proxy]
    assert views
    table = views[0]
    header = table.horizontalHeader()  # type: ignore[attr-defined]
    click_header(header, 0)
    if header.sortIndicatorOrder() != Qt.SortOrder.AscendingOrder:
        click_header(header, 0)
    assert shown(table) == [f"{n}经理" for n in PINYIN]
    # The reporting tree: siblings of one role by pinyin too.
    tree = page.tree_model
    top = [tree.index(r, 0).data() for r in range(tree.rowCount())]
    assert top == [f"{n}经理" for n in PINYIN]
