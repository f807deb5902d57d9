"""The map's account picker is searchable: part of a name and Enter shows that account;
the list is in the reader's order (pinyin for Chinese names)."""

from __future__ import annotations

from helpers import show_map
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop.context import WorkspaceContext
from desktop.pages.map import MapPage
from model.services.accounts import create_account
from model.services.people import create_person


def _account(ctx: WorkspaceContext, name: str, people: int = 1) -> int:
    ident = ctx.write(create_account, {"name": name}).created_id("account")
    for n in range(people):
        ctx.write(create_person, ident, {"name": f"{name} person {n}"})
    return ident


def _page(ctx: WorkspaceContext, qtbot: QtBot) -> MapPage:
    return show_map(qtbot, ctx)


def test_typing_part_of_a_name_and_enter_shows_that_account(
    ctx: WorkspaceContext, qtbot: QtBot
) -> None:
    acme = _account(ctx, "Acme Steel", people=3)
    borealis = _account(ctx, "Borealis Power")
    cobalt = _account(ctx, "Cobalt Mining")
    page = _page(ctx, qtbot)
    assert page.account_id == acme  # the most people
    combo = page.account_combo
    assert combo.isEditable()
    edit = combo.lineEdit()
    edit.setFocus()
    edit.selectAll()
    QTest.keyClicks(edit, "REALIS")  # inside the name, another case
    completer = combo.completer()
    assert completer.filterMode() == Qt.MatchFlag.MatchContains
    assert completer.completionCount() == 1
    assert completer.currentCompletion().startswith("Borealis Power")
    QTest.keyClick(edit, Qt.Key.Key_Return)
    assert page.account_id == borealis
    assert combo.currentData() == borealis
    assert [n.name for n in page.data.people()] == ["Borealis Power person 0"]

    edit.selectAll()
    QTest.keyClicks(edit, "mining")
    QTest.keyClick(edit, Qt.Key.Key_Enter)
    assert page.account_id == cobalt

    # nothing matches: the account stays and the field shows its name again
    edit.selectAll()
    QTest.keyClicks(edit, "zzz")
    QTest.keyClick(edit, Qt.Key.Key_Return)
    assert page.account_id == cobalt
    assert edit.text() == combo.itemText(combo.findData(cobalt))


def test_accounts_are_listed_in_pinyin_order(ctx: WorkspaceContext, qtbot: QtBot) -> None:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    try:
        for name in ("张家港钢铁", "北京电力", "李村水务"):  # zhang, bei, li
            _account(ctx, name)
        page = _page(ctx, qtbot)
        shown = [page.account_combo.itemText(i) for i in range(page.account_combo.count())]
        assert [t.split(" ")[0] for t in shown] == ["北京电力", "李村水务", "张家港钢铁"]
    finally:
        QLocale.setDefault(before)
