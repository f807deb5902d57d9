"""The deal panel's "Protection" section: the countdown, the territory, the decisions.

It reads :func:`model.protection.deal_protection` once per panel build and
offers "Decide…" on an expired deal and "Claim…" on one of the public field
(:func:`desktop.protection.decide.decide_deal`).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.board import style
from desktop.context import WorkspaceContext
from desktop.method_help import with_help
from desktop.protection.decide import (
    decide_deal,
    event_text,
    offered,
    state_text,
    territory_text,
    tr,
)
from model.protection import ProtectionRow, deal_protection

URGENT_DAYS = 14
"""Days left from which the countdown shows in red (as on the card)."""
EVENTS_SHOWN = 3


def countdown_colour(row: ProtectionRow) -> str:
    s = row.state
    if s.state == "expired":
        return style.RED.name()
    if s.state == "public":
        return style.AMBER.name()
    if s.state == "protected" and (s.days_left or 0) <= URGENT_DAYS:
        return style.RED.name()
    return style.TEXT.name()


class ProtectionView(QWidget):
    def __init__(self, ctx: WorkspaceContext, deal_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dealProtection")
        self.ctx, self.deal_id = ctx, deal_id
        self.row = ctx.read(deal_protection, deal_id)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        row = self.row
        self.countdown = QLabel(state_text(row) if row is not None else "")
        self.countdown.setObjectName("protectionCountdown")
        self.countdown.setWordWrap(True)
        if row is not None:
            self.countdown.setStyleSheet(f"color: {countdown_colour(row)};")
        layout.addWidget(with_help(self.countdown, "P3.PROTECT.2"))
        where = territory_text(row.territory) if row is not None else ""
        self.territory = QLabel(
            tr("Territory: {who}").format(who=where)
            if where
            else tr("In nobody's territory (Team → Territories…).")
        )
        self.territory.setObjectName("protectionTerritory")
        self.territory.setWordWrap(True)
        self.territory.setStyleSheet(f"color: {style.TEXT_2.name()};")
        layout.addWidget(self.territory)
        for event in (row.events if row is not None else ())[:EVENTS_SHOWN]:
            who = event.decided_by or tr("someone")
            line = tr("{day}: {what} by {who}").format(
                day=event.on.isoformat(), what=event_text(event.kind), who=who
            )
            if event.kind in ("transfer", "claim") and event.to_member:
                line += " → " + event.to_member
            if event.note:
                line += f" — {event.note}"
            label = QLabel(escape(line))
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setStyleSheet(f"color: {style.TEXT_2.name()};")
            layout.addWidget(label)
        kinds = offered(row)
        self.button: QPushButton | None = None
        if kinds:
            claim = kinds == ("claim",)
            self.button = QPushButton(tr("Claim…") if claim else tr("Decide…"))
            self.button.setObjectName("protectionClaim" if claim else "protectionDecide")
            self.button.setToolTip(
                tr("Take this deal from the public field: you become its owner")
                if claim
                else tr("Penalise the owner, release the deal to the public field or transfer it")
            )
            self.button.clicked.connect(lambda _c=False: self.decide())
            line_box = QHBoxLayout()
            line_box.addWidget(self.button)
            line_box.addStretch(1)
            layout.addLayout(line_box)

    def state(self) -> str:
        return self.row.state.state if self.row is not None else "none"

    def decide(self) -> bool:
        return decide_deal(self.ctx, self.window(), self.deal_id)
