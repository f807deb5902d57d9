"""The deal panel's ⋯ menu: new deal, close, reopen and delete one deal.

The menu only says what the user asked for; the board page carries it out
through the same paths as the board itself — closing and reopening through
the move controller (the same close dialog as a drop on a closed column),
a new deal through the New deal form. Deleting asks first, naming the deal
and what goes with it, and is one undo step (:class:`DeleteCommand`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QToolButton, QWidget

from desktop.board.labels import tr
from desktop.commands import DeleteCommand
from desktop.context import WorkspaceContext
from desktop.labels import join_list
from model.board import DealDetail
from model.services.deals import delete_deal

Confirm = Callable[[QWidget | None, str, str], bool]
"""(parent, title, text) -> True to go ahead; tests replace it."""


def confirm_dialog(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


class DealMenu(QMenu):
    """What one can do with the deal the panel shows; each entry asks the page."""

    newDealRequested = Signal(int)  # account id: a new deal on the same account
    statusRequested = Signal(int, str)  # deal id, "won" | "lost" | "shelved" | "open"
    deleteRequested = Signal(int)  # deal id
    protectionRequested = Signal(int)  # deal id: a protection decision or a claim

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dealMenu")
        self.detail: DealDetail | None = None
        self.act_new = self._add(
            tr("New deal on this account…"),
            tr("Create another deal for the same account"),
            self._new,
            "deal_menu_new",
        )
        self.addSeparator()
        self.act_won = self._add(
            tr("Mark as won"),
            tr("Only a deal in P7 with a signed contract and its first payment can be won"),
            lambda: self._status("won"),
            "deal_menu_won",
        )
        self.act_lost = self._add(
            tr("Close as lost…"),
            tr("Close the deal as lost: why, and to which competitor"),
            lambda: self._status("lost"),
            "deal_menu_lost",
        )
        self.act_shelve = self._add(
            tr("Shelve…"),
            tr("Put the deal aside: the customer is not buying now"),
            lambda: self._status("shelved"),
            "deal_menu_shelve",
        )
        self.act_reopen = self._add(
            tr("Reopen…"),
            tr("Put the closed deal back in the funnel, in the stage it was closed in"),
            lambda: self._status("open"),
            "deal_menu_reopen",
        )
        self.addSeparator()
        self.act_decide = self._add(
            tr("Protection decision…"),
            tr("Its protection expired: penalise the owner, release it or transfer it"),
            self._decide,
            "deal_menu_protection",
        )
        self.act_claim = self._add(
            tr("Claim from the public field…"),
            tr("Take this deal from the public field: you become its owner"),
            self._decide,
            "deal_menu_claim",
        )
        self.addSeparator()
        self.act_delete = self._add(
            tr("Delete deal…"),
            tr("Delete the deal with its history and evidence (undoable)"),
            self._delete,
            "deal_menu_delete",
        )
        self.set_deal(None)

    def _add(self, text: str, tip: str, slot: Callable[[], None], name: str) -> QAction:
        action = self.addAction(text)
        action.setObjectName(name)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def set_deal(self, detail: DealDetail | None) -> None:
        self.detail = detail
        is_open = detail is not None and detail.status == "open"
        closed = detail is not None and detail.status != "open"
        self.act_new.setEnabled(detail is not None)
        for action in (self.act_won, self.act_lost, self.act_shelve):
            action.setEnabled(is_open)
        self.act_reopen.setEnabled(closed)
        self.act_delete.setEnabled(detail is not None)
        self.setToolTipsVisible(True)
        self.set_protection("none")

    def set_protection(self, state: str) -> None:
        """The deal's protection state (model.protection): which decisions apply."""
        self.act_decide.setEnabled(self.detail is not None and state == "expired")
        self.act_claim.setEnabled(self.detail is not None and state == "public")

    def _decide(self) -> None:
        if self.detail is not None:
            self.protectionRequested.emit(self.detail.id)

    def _new(self) -> None:
        if self.detail is not None:
            self.newDealRequested.emit(self.detail.account_id)

    def _status(self, status: str) -> None:
        if self.detail is not None:
            self.statusRequested.emit(self.detail.id, status)

    def _delete(self) -> None:
        if self.detail is not None:
            self.deleteRequested.emit(self.detail.id)


def menu_button(menu: DealMenu, parent: QWidget | None = None) -> QToolButton:
    """The ⋯ button of the panel's header that opens the menu."""
    button = QToolButton(parent)
    button.setObjectName("dealMenuButton")
    button.setText("⋯")
    button.setAutoRaise(True)
    button.setToolTip(tr("New deal, close, reopen or delete this deal"))
    button.setAccessibleName(tr("Deal actions"))
    button.setMenu(menu)
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0; }")
    return button


def delete_text(d: DealDetail) -> str:
    """The confirmation's words: the deal, and everything that goes with it."""
    parts = [tr("its stage history and exit-criteria ticks")]
    evidence = sum(1 for e in d.elements if e.status != "unknown")
    if evidence:
        parts.append(tr("the evidence for {n} of the five elements").format(n=evidence))
    if d.roles:
        parts.append(tr("the roles people play in it"))
    if d.instalments:
        parts.append(tr("its payment plan and the payments received"))
    text = tr("Delete the deal “{deal}” ({account})?").format(deal=d.name, account=d.account)
    text += "\n\n" + tr("Deleted with it: {parts}.").format(parts=join_list(parts))
    text += " " + tr("The account and its people stay.")
    text += "\n\n" + tr("Undo (Ctrl+Z) brings everything back.")
    return text


def delete_deal_asking(
    ctx: WorkspaceContext, parent: QWidget | None, detail: DealDetail, confirm: Confirm
) -> bool:
    """Ask, then delete the deal as one undo step; True when it was deleted."""
    if not confirm(parent, tr("Delete deal"), delete_text(detail)):
        return False
    command = DeleteCommand(
        ctx, tr("Delete deal “{deal}”").format(deal=detail.name), delete_deal, detail.id
    )
    return ctx.push(command)
