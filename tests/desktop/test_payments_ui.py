"""The deal panel's payment plan, driven as a user drives it: the real buttons,
the real dialogs (filled and accepted through the ``run_dialog`` hook), the
model behind them, and undo/redo of every step."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from helpers import show_board
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QToolButton,
)

from desktop.board.payments import InstalmentDialog, PaymentPlan, TransferDialog
from desktop.context import WorkspaceContext
from desktop.pages.board import BoardPage
from model.entities import Instalment, Payment
from model.services import payments
from model.services.accounts import create_account
from model.services.deals import create_deal

TODAY = date.today()


@pytest.fixture
def deals(ctx: WorkspaceContext) -> dict[str, int]:
    """A signed deal whose first instalment received one transfer, and a deal with no plan."""
    with ctx.workspace.begin() as s:
        acc = create_account(s, {"name": "Acme Steel"}).created_id("account")
        signed = create_deal(
            s,
            {
                "name": "MES",
                "account_id": acc,
                "amount": 5_000_000,
                "contract_value": 5_000_000,
                "contract_signed_on": TODAY - timedelta(days=30),
            },
        ).created_id("deal")
        first = payments.add_instalment(s, signed, amount=1_500_000).created_id("instalment")
        second = payments.add_instalment(s, signed, amount=3_500_000).created_id("instalment")
        payments.record_payment(s, first, amount=1_000_000, received_on=TODAY - timedelta(days=9))
        pilot = {"name": "Pilot", "account_id": acc, "amount": 1_000_000, "stage": "P6"}
        pilot |= {"contract_value": 1_000_000, "force": True, "reason": "From the old CRM"}
        empty = create_deal(s, pilot).created_id("deal")  # in P6: the plan is due, still empty
    return {"signed": signed, "first": first, "second": second, "empty": empty}


@pytest.fixture
def page(qtbot: Any, ctx: WorkspaceContext, deals: dict[str, int]) -> Iterator[BoardPage]:
    yield show_board(qtbot, ctx, deals["signed"])


class Dialogs:
    """The run_dialog hook: each opened dialog is shown, handed to the next filler, and
    accepted by clicking its real OK button (or cancelled when the filler says so)."""

    def __init__(self, qtbot: Any) -> None:
        self.qtbot = qtbot
        self.fillers: list[Callable[[Any], bool]] = []
        self.seen: list[QDialog] = []

    def __call__(self, dialog: QDialog) -> bool:
        self.seen.append(dialog)
        dialog.show()
        self.qtbot.waitExposed(dialog)
        fill = self.fillers.pop(0)
        if not fill(dialog):
            dialog.reject()
            return False
        box = dialog.findChild(QDialogButtonBox)
        assert box is not None
        ok = box.button(QDialogButtonBox.StandardButton.Ok)
        assert ok.isEnabled()
        self.qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        return dialog.result() == QDialog.DialogCode.Accepted


@pytest.fixture
def dialogs(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    hook = Dialogs(qtbot)
    monkeypatch.setattr(PaymentPlan, "run_dialog", hook)
    return hook


def plan_of(page: BoardPage) -> PaymentPlan:
    plan = page.panel.findChild(PaymentPlan)
    assert plan is not None
    return plan


def click(qtbot: Any, page: BoardPage, name: str) -> None:
    button = plan_of(page).findChild(QAbstractButton, name)
    assert button is not None, name
    assert button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def texts(page: BoardPage) -> list[str]:
    return [label.text() for label in plan_of(page).findChildren(QLabel)]


def received(ctx: WorkspaceContext, ident: int) -> tuple[float, date | None, int]:
    def read(s: Any) -> tuple[float, date | None, int]:
        row = s.get(Instalment, ident)
        n = s.query(Payment).filter(Payment.instalment_id == ident).count()
        return row.received_amount, row.received_on, n

    return ctx.read(read)


def type_amount(qtbot: Any, spin: Any, amount: str) -> None:
    spin.selectAll()
    qtbot.keyClicks(spin.lineEdit(), amount)


# -- transfers ---------------------------------------------------------------------------


def test_two_transfers_add_up_in_the_panel_and_undo_takes_only_the_second(
    qtbot: Any, page: BoardPage, ctx: WorkspaceContext, deals: dict[str, int], dialogs: Dialogs
) -> None:
    first = deals["first"]
    assert received(ctx, first) == (1_000_000, TODAY - timedelta(days=9), 1)

    def fill(dialog: TransferDialog) -> bool:
        assert dialog.amount.value() == 500_000  # what is still due is offered
        assert dialog.amount.maximum() == 500_000
        type_amount(qtbot, dialog.amount, "200000")
        qtbot.keyClicks(dialog.how, "Acceptance bill")
        return True

    dialogs.fillers.append(fill)
    click(qtbot, page, f"pay_{first}")
    assert isinstance(dialogs.seen[-1], TransferDialog)
    assert received(ctx, first) == (1_200_000, TODAY, 2)
    shown = "\n".join(texts(page))
    assert "1,000,000.00 CNY" in shown and "200,000.00 CNY" in shown
    assert "Acceptance bill" in shown and "still due" in shown
    assert page.panel.detail is not None and page.panel.detail.paid == 1_200_000

    ids = ctx.read(lambda s: sorted(p.uuid for p in s.query(Payment)))
    ctx.undo_stack.undo()  # one step: the second transfer only
    assert received(ctx, first) == (1_000_000, TODAY - timedelta(days=9), 1)
    assert "200,000.00 CNY" not in "\n".join(texts(page))
    ctx.undo_stack.redo()
    assert received(ctx, first) == (1_200_000, TODAY, 2)
    assert ctx.read(lambda s: sorted(p.uuid for p in s.query(Payment))) == ids  # the same row
    assert "200,000.00 CNY" in "\n".join(texts(page))


def test_the_transfer_dialog_offers_no_day_after_today(
    qtbot: Any, page: BoardPage, deals: dict[str, int], dialogs: Dialogs
) -> None:
    def fill(dialog: TransferDialog) -> bool:
        dialog.on.setDate(QDate.currentDate().addDays(3))
        assert dialog.on.date() == QDate.currentDate()
        return False  # cancelled: nothing recorded

    dialogs.fillers.append(fill)
    click(qtbot, page, f"pay_{deals['second']}")
    assert page.panel.detail is not None
    assert [len(i.payments) for i in page.panel.detail.instalments] == [1, 0]


def test_a_refusal_of_the_model_shows_inline(
    qtbot: Any, page: BoardPage, ctx: WorkspaceContext, deals: dict[str, int], dialogs: Dialogs
) -> None:
    """Another user recorded the rest meanwhile: the model refuses the overpayment,
    and the panel says so in place, with no message box and nothing on the stack."""
    with ctx.workspace.begin() as s:  # not through the hub: this panel does not know yet
        payments.record_payment(s, deals["first"], amount=500_000)
    dialogs.fillers.append(lambda dialog: True)
    click(qtbot, page, f"pay_{deals['first']}")
    notice = plan_of(page).findChild(QLabel, "planNotice")
    assert notice is not None and notice.isVisible()
    assert "more than its 1,500,000.00" in notice.text()
    assert ctx.undo_stack.count() == 0


def test_deleting_a_transfer_and_undo(
    qtbot: Any, page: BoardPage, ctx: WorkspaceContext, deals: dict[str, int]
) -> None:
    first = deals["first"]
    [paid] = ctx.read(
        lambda s: [p.id for p in s.query(Payment).filter(Payment.instalment_id == first)]
    )
    click(qtbot, page, f"drop_payment_{paid}")
    assert received(ctx, first) == (0, None, 0)
    assert "open" in "\n".join(texts(page))
    ctx.undo_stack.undo()
    assert received(ctx, first) == (1_000_000, TODAY - timedelta(days=9), 1)
    assert plan_of(page).findChild(QToolButton, f"drop_payment_{paid}") is not None
    ctx.undo_stack.redo()
    assert received(ctx, first) == (0, None, 0)


# -- instalments -------------------------------------------------------------------------


def test_deleting_an_instalment_with_its_transfers_and_undo(
    qtbot: Any, page: BoardPage, ctx: WorkspaceContext, deals: dict[str, int]
) -> None:
    click(qtbot, page, f"drop_{deals['first']}")
    detail = page.panel.detail
    assert detail is not None
    assert [(i.id, i.seq) for i in detail.instalments] == [(deals["second"], 1)]
    # The plan's first instalment is now 3.5M of 5M: no warning.
    assert plan_of(page).findChild(QLabel, "planWarning") is None
    ctx.undo_stack.undo()
    detail = page.panel.detail
    assert detail is not None
    assert [(i.id, i.seq) for i in detail.instalments] == [
        (deals["first"], 1),
        (deals["second"], 2),
    ]
    assert received(ctx, deals["first"]) == (1_000_000, TODAY - timedelta(days=9), 1)


def test_a_first_instalment_of_20_percent_is_warned_inline_when_entered(
    qtbot: Any, page: BoardPage, ctx: WorkspaceContext, deals: dict[str, int], dialogs: Dialogs
) -> None:
    page.open_deal(deals["empty"])
    assert "No instalments planned yet." in texts(page)
    statuses: list[str] = []
    ctx.hub.status.connect(statuses.append)

    def fill(dialog: InstalmentDialog) -> bool:
        assert dialog.amount.value() == 300_000  # the minimum share is suggested
        assert "30% of the contract value" in dialog.share.text()
        type_amount(qtbot, dialog.amount, "200000")
        assert "20%" in dialog.share.text() and "at least 30%" in dialog.share.text()
        return True

    dialogs.fillers.append(fill)
    click(qtbot, page, "add_instalment")
    assert isinstance(dialogs.seen[-1], InstalmentDialog)
    warning = plan_of(page).findChild(QLabel, "planWarning")
    assert warning is not None and warning.isVisible()
    assert "20% of the contract value" in warning.text() and "30%" in warning.text()
    assert statuses and "20%" in statuses[-1]  # said once more where the user looks next
    detail = page.panel.detail
    assert detail is not None and [i.amount for i in detail.instalments] == [200_000]
    ctx.undo_stack.undo()
    assert plan_of(page).findChild(QLabel, "planWarning") is None
    detail = page.panel.detail
    assert detail is not None and detail.instalments == ()
    ctx.undo_stack.redo()
    assert plan_of(page).findChild(QLabel, "planWarning") is not None


def test_editing_an_instalment_is_one_undo_step(
    qtbot: Any, page: BoardPage, ctx: WorkspaceContext, deals: dict[str, int], dialogs: Dialogs
) -> None:
    due = QDate.currentDate().addDays(45)

    def fill(dialog: InstalmentDialog) -> bool:
        assert dialog.windowTitle() == "Edit an instalment"
        type_amount(qtbot, dialog.amount, "1800000")
        dialog.due.setDate(due)
        return True

    dialogs.fillers.append(fill)
    click(qtbot, page, f"edit_{deals['first']}")
    row = ctx.read(lambda s: s.get(Instalment, deals["first"]))
    assert (row.amount, row.due_on) == (1_800_000, TODAY + timedelta(days=45))
    ctx.undo_stack.undo()
    row = ctx.read(lambda s: s.get(Instalment, deals["first"]))
    assert (row.amount, row.due_on) == (1_500_000, None)


def test_the_panel_follows_a_transfer_recorded_elsewhere(
    page: BoardPage, ctx: WorkspaceContext, deals: dict[str, int]
) -> None:
    ctx.write(payments.record_payment, deals["second"], amount=700_000, how="Wire")
    shown = "\n".join(texts(page))
    assert "700,000.00 CNY" in shown and "Wire" in shown
    summary = plan_of(page).findChild(QLabel, "planSummary")
    assert summary is not None and "received ¥1.7M" in summary.text()
    assert "first instalment 30% (minimum 30%)" in summary.text()
    pay = plan_of(page).findChild(QToolButton, f"pay_{deals['first']}")
    assert pay is not None and pay.isEnabled()  # 0.5M still due on the first
    ctx.write(payments.record_payment, deals["first"], amount=500_000)
    pay = plan_of(page).findChild(QToolButton, f"pay_{deals['first']}")
    assert pay is not None and not pay.isEnabled()  # paid in full: nothing more to record
    assert "paid" in "\n".join(texts(page))
