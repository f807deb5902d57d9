"""Issue 10 on the Accounts page, driven as a user does: View ▸ Larger text
through the main window's action, amounts in 万/亿 in Chinese, the rows'
right-click menu, and the page's hooks (state, print, show a person)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from desktop import labels, text_size
from desktop.context import WorkspaceContext
from desktop.i18n import install_language
from desktop.models.accounts_model import Column
from desktop.pages.accounts import AccountsPage
from desktop.pages.accounts_table import FIGURES
from model.services.accounts import create_account
from model.services.deals import create_deal

if TYPE_CHECKING:
    from desktop.app import Application


@pytest.fixture
def keep_text_size(qapp: object) -> Iterator[None]:
    """Larger text changes the whole application's font: put it back afterwards."""
    size = text_size.point_size()
    yield
    text_size.set_point_size(size)
    QCoreApplication.processEvents()


def settle() -> None:
    """Let Qt deliver the new font to every widget (it posts it), then the re-measure."""
    for _ in range(3):
        QCoreApplication.processEvents()


def needed_width(table: QTableView, text: str) -> int:
    """What a cell needs to show ``text`` whole: the text plus the style's margins."""
    return table.fontMetrics().horizontalAdvance(text) + 8


def assert_fits(table: QTableView) -> None:
    model = table.model()
    header = table.horizontalHeader()
    for column in FIGURES:
        texts = [str(model.index(r, column).data() or "") for r in range(model.rowCount())]
        widest = max(texts, key=table.fontMetrics().horizontalAdvance)
        title = str(model.headerData(column, Qt.Orientation.Horizontal))
        assert header.sectionSize(column) >= needed_width(table, widest), (column, widest)
        assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(title) + 8
    assert table.verticalHeader().defaultSectionSize() >= table.fontMetrics().lineSpacing()
    assert header.height() >= header.fontMetrics().lineSpacing()


def test_larger_text_refits_the_accounts_table_at_once(
    sample_app: Application, qtbot: QtBot, keep_text_size: None
) -> None:
    window = sample_app.window
    window.resize(1366, 768)
    window.show()
    page = window.show_page("accounts")
    assert isinstance(page, AccountsPage)
    table = page.table
    settle()
    assert_fits(table)
    before = {c: table.horizontalHeader().sectionSize(c) for c in FIGURES}
    row_before = table.verticalHeader().defaultSectionSize()
    for _ in range(6):
        window.act_bigger.trigger()
    settle()
    assert table.font().pointSizeF() > 0 and text_size.scale() > 1.4
    assert_fits(table)
    assert table.verticalHeader().defaultSectionSize() > row_before
    assert table.horizontalHeader().sectionSize(Column.PIPELINE) > before[Column.PIPELINE]
    # and back: Smaller text narrows the figures again
    for _ in range(6):
        window.act_smaller.trigger()
    settle()
    assert_fits(table)
    assert table.verticalHeader().defaultSectionSize() == row_before


@pytest.fixture
def chinese(qapp: object) -> Iterator[None]:
    install_language("zh")
    yield
    install_language("en")


def test_amounts_in_wan_and_yi_and_sorted_as_numbers(
    ctx: WorkspaceContext, qtbot: QtBot, chinese: None
) -> None:
    amounts = {"甲": 3_500_000, "乙": 120_000_000, "丙": 8_000, "丁": 95_000_000}
    for name, value in amounts.items():
        account = ctx.write(create_account, {"name": name}).created_id("account")
        ctx.write(create_deal, {"name": f"{name}项目", "account_id": account, "amount": value})
    page = AccountsPage(ctx)
    qtbot.addWidget(page)
    shown = {
        page.proxy.index(r, Column.NAME).data(): page.proxy.index(r, Column.PIPELINE).data()
        for r in range(page.proxy.rowCount())
    }
    assert shown == {"甲": "350万", "乙": "1.2亿", "丙": "8,000", "丁": "9500万"}
    page.table.sortByColumn(Column.PIPELINE, Qt.SortOrder.DescendingOrder)
    order = [page.proxy.index(r, Column.NAME).data() for r in range(page.proxy.rowCount())]
    assert order == ["乙", "丁", "甲", "丙"]  # by the number, not by the text "9500万" > "1.2亿"
    assert labels.amount(3_500_000) == "350万"


def test_amount_formatter_in_english(ctx: WorkspaceContext) -> None:
    assert labels.amount(3_500_000) == "3.5M"
    assert labels.amount(350_000) == "350K"
    assert labels.amount(950) == "950"
    assert labels.amount(1_234_000, "CNY") == "¥1.23M"
    assert labels.amount(None, empty="–") == "–"
    assert QApplication.instance() is not None
