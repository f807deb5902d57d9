"""Settings ▸ Currencies and Stage probabilities, driven through the real dialog:
the base currency and its rates, learning stage probabilities from the closed
deals (with the minimum and the manual override) and the table of the
probabilities in force; every save one undo step; the board's column totals
follow the rates."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from helpers import add_account
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox
from pytestqt.qtbot import QtBot

from desktop.context import WorkspaceContext
from desktop.pages.board import BoardPage
from desktop.settings_dialog import DEALS_COLUMN, FORCE_COLUMN, SOURCE_COLUMN, SettingsDialog
from model.board import default_probabilities
from model.entities import Deal, StageChange
from model.services.deals import create_deal
from model.settings import get_setting, set_setting

METHOD = default_probabilities()
T0 = datetime(2026, 3, 2, 9, 0)


def _closed_deals(ctx: WorkspaceContext) -> None:
    """Three closed deals through P2 and P3 (two won) and one through P2 only (lost):
    P2 rests on 4 closed deals, 2 won (50%); P3 on 3, 2 won (67%)."""
    account = add_account(ctx, "Acme")
    with ctx.workspace.begin() as s:
        for n, (status, top) in enumerate(
            [("won", "P3"), ("won", "P3"), ("lost", "P3"), ("lost", "P2")]
        ):
            deal = Deal(account_id=account, name=f"D{n}", stage=top, status=status)
            s.add(deal)
            s.flush()
            s.add(StageChange(deal_id=deal.id, to_stage="P2", at=T0))
            if top == "P3":
                s.add(StageChange(deal_id=deal.id, to_stage="P3", at=T0 + timedelta(days=3)))
            s.add(
                StageChange(
                    deal_id=deal.id, to_stage=top, to_status=status, at=T0 + timedelta(days=9)
                )
            )


@pytest.fixture
def open_dialog(ctx: WorkspaceContext, settings: QSettings, qtbot: QtBot) -> Any:
    def make() -> SettingsDialog:
        dialog = SettingsDialog(settings, ctx)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return make


def _cells(dialog: SettingsDialog, stage: str) -> tuple[str, str, str]:
    table = dialog.probability_table
    row = list(table.manual).index(stage)
    return tuple(  # type: ignore[return-value]
        table.item(row, column).text() for column in (FORCE_COLUMN, DEALS_COLUMN, SOURCE_COLUMN)
    )


def tick(box: QCheckBox) -> None:
    """Space on a check box, as a keyboard user toggles it."""
    QTest.keyClick(box, Qt.Key.Key_Space)


def _ok(qtbot: QtBot, dialog: SettingsDialog) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    box = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_settings_show_in_the_dialog(ctx: WorkspaceContext, open_dialog: Any) -> None:
    _closed_deals(ctx)
    ctx.write(set_setting, "currency_rates", {"USD": 7.2, "EUR": 7.8})
    ctx.write(set_setting, "learn_min_deals", 3)
    ctx.write(set_setting, "stage_probabilities", {"P3": 0.3})
    dialog = open_dialog()
    assert dialog.base_currency.text() == "CNY"
    assert dialog.rates.rows() == [("EUR", 7.8), ("USD", 7.2)]
    assert dialog.learn.isChecked() and dialog.min_deals.value() == 3
    table = dialog.probability_table
    assert table.manual["P3"].isChecked() and dialog.probabilities["P3"].value() == 30
    assert not table.manual["P2"].isChecked() and not dialog.probabilities["P2"].isEnabled()
    assert _cells(dialog, "P2") == ("50%", "4", "learned from our closed deals")
    assert _cells(dialog, "P3") == ("30%", "3", "set by hand")
    assert _cells(dialog, "P4") == (f"{METHOD['P4']:.0%}", "0", "the method's default")


def test_the_in_force_table_follows_the_fields_before_saving(
    ctx: WorkspaceContext, open_dialog: Any, qtbot: QtBot
) -> None:
    _closed_deals(ctx)
    dialog = open_dialog()  # the minimum is 10 by default: nothing learned yet
    assert _cells(dialog, "P2") == (f"{METHOD['P2']:.0%}", "4", "the method's default")
    dialog.min_deals.setValue(3)
    assert _cells(dialog, "P2") == ("50%", "4", "learned from our closed deals")
    assert _cells(dialog, "P3") == ("67%", "3", "learned from our closed deals")
    dialog.min_deals.setValue(4)  # P3 rests on 3 closed deals only
    assert _cells(dialog, "P3")[2] == "the method's default"
    dialog.tabs.setCurrentIndex(2)
    tick(dialog.learn)  # learning off
    assert not dialog.learn.isChecked()
    assert _cells(dialog, "P2") == (f"{METHOD['P2']:.0%}", "4", "the method's default")
    tick(dialog.probability_table.manual["P2"])
    spin = dialog.probabilities["P2"]
    assert spin.isEnabled()
    spin.setValue(40)
    assert _cells(dialog, "P2") == ("40%", "4", "set by hand")
    assert ctx.read(get_setting, "learn_probabilities") is True  # nothing saved yet


def test_saving_is_one_undo_step_and_undo_redo_round_trip(
    ctx: WorkspaceContext, open_dialog: Any, qtbot: QtBot
) -> None:
    ctx.write(set_setting, "currency_rates", {"USD": 7.2})
    ctx.write(set_setting, "stage_probabilities", {"P3": 0.3})
    dialog = open_dialog()
    dialog.tabs.setCurrentIndex(1)
    base = dialog.base_currency
    base.selectAll()
    QTest.keyClicks(base, "usd")
    rates = dialog.rates
    rates.table.setCurrentCell(0, 0)
    qtbot.mouseClick(rates.remove_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(rates.add_button, Qt.MouseButton.LeftButton)
    QTest.keyClicks(rates.code_edit(0), "cny")
    rates.rate_spin(0).setValue(0.14)
    dialog.tabs.setCurrentIndex(2)
    tick(dialog.learn)
    dialog.min_deals.setValue(25)
    table = dialog.probability_table
    tick(table.manual["P3"])  # back to learned
    tick(table.manual["P5"])
    dialog.probabilities["P5"].setValue(60)
    _ok(qtbot, dialog)
    assert not dialog.isVisible()
    new = {
        "base_currency": "USD",
        "currency_rates": {"CNY": 0.14},
        "learn_probabilities": False,
        "learn_min_deals": 25,
        "stage_probabilities": {"P5": 0.6},
    }
    old = {
        "base_currency": "CNY",
        "currency_rates": {"USD": 7.2},
        "learn_probabilities": True,
        "learn_min_deals": 10,
        "stage_probabilities": {"P3": 0.3},
    }

    def saved() -> dict[str, Any]:
        return {key: ctx.read(get_setting, key) for key in new}

    assert saved() == new
    assert ctx.undo_stack.count() == 1
    assert ctx.undo_stack.undoText() == "Change team settings"
    ctx.undo_stack.undo()
    assert saved() == old
    ctx.undo_stack.redo()
    assert saved() == new
    again = open_dialog()  # the dialog shows what was saved
    assert again.base_currency.text() == "USD"
    assert again.rates.rows() == [("CNY", 0.14)]
    assert not again.learn.isChecked() and again.min_deals.value() == 25
    assert again.probability_table.manual["P5"].isChecked()
    assert not again.probability_table.manual["P3"].isChecked()


def test_no_manual_value_left_saves_none_and_unchanged_saves_nothing(
    ctx: WorkspaceContext, open_dialog: Any, qtbot: QtBot
) -> None:
    dialog = open_dialog()
    _ok(qtbot, dialog)
    assert ctx.undo_stack.count() == 0  # nothing changed, nothing written
    ctx.write(set_setting, "stage_probabilities", {"P1": 0.1})
    dialog = open_dialog()
    tick(dialog.probability_table.manual["P1"])
    _ok(qtbot, dialog)
    assert ctx.read(get_setting, "stage_probabilities") is None


@pytest.mark.parametrize(
    ("base", "code", "message"),
    [
        ("CNY", "XYZ", "“XYZ” is not a currency code"),
        ("CNY", "CNY", "CNY is the base currency"),
        ("CNY", "USD", "USD has two rates"),
        ("ZZZ", "", "“ZZZ” is not a currency code"),
    ],
)
def test_a_wrong_rate_is_refused_inline_and_nothing_saved(
    ctx: WorkspaceContext, open_dialog: Any, qtbot: QtBot, base: str, code: str, message: str
) -> None:
    ctx.write(set_setting, "currency_rates", {"USD": 7.2})
    dialog = open_dialog()
    dialog.base_currency.setText(base)
    if code:
        qtbot.mouseClick(dialog.rates.add_button, Qt.MouseButton.LeftButton)
        QTest.keyClicks(dialog.rates.code_edit(1), code)
    _ok(qtbot, dialog)
    assert dialog.isVisible()  # still open, on the Currencies tab, saying why
    assert dialog.tabs.currentIndex() == 1
    assert message in dialog.money_error.text() and dialog.money_error.isVisible()
    assert ctx.undo_stack.count() == 0
    assert ctx.read(get_setting, "currency_rates") == {"USD": 7.2}


def test_board_totals_follow_the_rates_saved_in_the_dialog(
    ctx: WorkspaceContext, open_dialog: Any, qtbot: QtBot
) -> None:
    account = add_account(ctx, "Acme")
    for name, amount, currency in (("Yuan", 1000.0, "CNY"), ("Dollar", 100.0, "USD")):
        values = {"name": name, "account_id": account, "stage": "P3", "force": True}
        values |= {"reason": "taken over", "amount": amount, "currency": currency}
        ctx.write(create_deal, values)
    page = BoardPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.reload()
    p3 = page.summaries["P3"]
    # no rate for USD: the total is the yuan deal's, and the header says USD is left out
    assert (p3.count, p3.total, p3.base, p3.missing) == (2, 1000.0, "CNY", frozenset({"USD"}))
    tip = page.columns["P3"].header.toolTip()
    assert "USD" in tip and "left out" in tip
    assert "USD" in page.totals.toolTip()

    dialog = open_dialog()
    qtbot.mouseClick(dialog.rates.add_button, Qt.MouseButton.LeftButton)
    QTest.keyClicks(dialog.rates.code_edit(0), "USD")
    dialog.rates.rate_spin(0).setValue(7)
    _ok(qtbot, dialog)
    p3 = page.summaries["P3"]
    assert (p3.total, p3.missing, p3.converted) == (1700.0, frozenset(), True)  # 1000 + 100 * 7
    assert "left out" not in page.columns["P3"].header.toolTip()
    assert page.totals.toolTip() == ""
    ctx.undo_stack.undo()
    assert (page.summaries["P3"].total, page.summaries["P3"].missing) == (
        1000.0,
        frozenset({"USD"}),
    )
