"""The decision on one deal's protection: penalise, release, transfer, extend or claim.

:func:`decide_deal` reads the deal's protection (:func:`model.protection.deal_protection`),
offers what applies (:func:`offered`), asks through :data:`decide_protection`
— a module attribute tests replace to fill the real :class:`DecisionDialog`
without blocking — and pushes one :class:`~desktop.protection.commands.DecisionCommand`.
Who decided is the member using the app (``ctx.me``), recorded by the service.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from html import escape
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop import labels
from desktop.board import style
from desktop.context import WorkspaceContext
from desktop.method_help import item_ref
from desktop.protection.commands import DecisionCommand
from model.changes import Changes
from model.protection import (
    ProtectionRow,
    TerritoryRow,
    deal_protection,
    territory_choices,
)
from model.services import protection as services

CONTEXT = "Protection"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


Shown = TypeVar("Shown", bound=QDialog)


def show_following(
    ctx: WorkspaceContext,
    dialog: Shown,
    show: Callable[[Shown], None],
    follow: Callable[[Changes], None],
) -> Shown:
    """Show a dialog that follows the model (``follow`` is its slot on ``ctx.hub.changed``)
    through ``show`` (tests replace it), then stop it following and delete it."""
    try:
        show(dialog)
    finally:
        ctx.hub.changed.disconnect(follow)
        dialog.deleteLater()
    return dialog


def kind_label(kind: str) -> str:
    return {
        "penalise": tr("Penalise the owner"),
        "release": tr("Release to the public field"),
        "claim": tr("Claim"),
        "transfer": tr("Transfer to another member"),
        "extend": tr("Extend the protection"),
    }.get(kind, kind)


def kind_tip(kind: str) -> str:
    return {
        "penalise": tr(
            "The owner keeps the deal, without protection; the penalty is recorded "
            "against them and the deal leaves the list awaiting a decision."
        ),
        "release": tr(
            "The deal goes to the public field: no owner, no protection; any member may claim it."
        ),
        "claim": tr("The member becomes the owner and a new protection period starts today."),
        "transfer": tr(
            "Whoever else uncovered the deal takes it, with a new protection period ({rule})."
        ).format(rule=item_ref("P3.PROTECT.3")),
        "extend": tr("The deal advanced since its period began: its owner gets a new period."),
    }.get(kind, "")


def event_text(kind: str) -> str:
    """A decision as a history line's verb."""
    return {
        "penalise": tr("penalised"),
        "release": tr("released to the public field"),
        "claim": tr("claimed"),
        "transfer": tr("transferred"),
        "extend": tr("protection extended"),
    }.get(kind, kind)


def territory_text(found: tuple[TerritoryRow, ...]) -> str:
    """ "Li Lei (region domestic/Zhejiang)" or "" when the account is in no territory."""
    kinds = {"account": tr("named account"), "region": tr("region"), "industry": tr("industry")}
    return labels.join_list(
        (f"{t.member} ({kinds.get(t.kind, t.kind)} {t.value})" for t in found), complete=False
    )


def state_text(row: ProtectionRow, today: date | None = None) -> str:
    """Where the protection stands, in a sentence."""
    s = row.state
    if s.state == "public" and s.public_since is not None:
        return tr("In the public field since {day}: any member may claim it.").format(
            day=s.public_since.isoformat()
        )
    if s.state == "protected" and s.expires is not None:
        return tr("Protected until {day}: {n} days left.").format(
            day=s.expires.isoformat(), n=s.days_left
        )
    if s.state == "expired" and s.expires is not None:
        text = tr("Protection expired on {day} ({n} days ago).").format(
            day=s.expires.isoformat(), n=-(s.days_left or 0)
        )
        if row.penalised_on is not None:
            more = tr("Owner penalised on {day}.").format(day=row.penalised_on.isoformat())
        elif row.progressed:
            more = tr("It advanced a stage since its period began.")
        else:
            more = tr("No stage advance since its period began: a decision is due.")
        return labels.join_sentences((text, more))
    return tr("Not protected: protection starts when a deal becomes a valid opportunity (P3).")


def offered(row: ProtectionRow | None) -> tuple[str, ...]:
    """The decisions that apply to the deal now."""
    if row is None:
        return ()
    if row.state.state == "public":
        return ("claim",)
    if row.state.state != "expired":
        return ()
    kinds = ["release", "transfer"]
    if row.penalised_on is None:
        kinds.insert(0, "penalise")
    if row.progressed:
        kinds.append("extend")
    return tuple(kinds)


@dataclass(frozen=True)
class DecisionRequest:
    row: ProtectionRow
    offered: tuple[str, ...]
    members: tuple[tuple[int, str], ...]
    me: int | None = None


@dataclass(frozen=True)
class DecisionValues:
    kind: str
    member_id: int | None = None  # the claimer or the new owner
    note: str = ""


class DecisionDialog(QDialog):
    """One deal's protection decision; the choices the deal allows, a member when needed."""

    def __init__(self, request: DecisionRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.request = request
        row = request.row
        claim = request.offered == ("claim",)
        self.setWindowTitle(tr("Claim a deal") if claim else tr("Protection decision"))
        self.setMinimumWidth(520)
        outer = QVBoxLayout(self)
        head = QLabel(
            f"<b>{escape(row.name)}</b> — {escape(row.account)}<br>"
            + escape(tr("Owner: {owner}").format(owner=row.owner or tr("nobody")))
        )
        head.setTextFormat(Qt.TextFormat.RichText)
        head.setWordWrap(True)
        outer.addWidget(head)
        self.state = QLabel(state_text(row))
        self.state.setObjectName("protectionState")
        self.state.setWordWrap(True)
        outer.addWidget(self.state)
        where = territory_text(row.territory)
        self.territory = QLabel(
            tr("Territory: {who}").format(who=where)
            if where
            else tr("The account is in nobody's territory (Team → Territories…).")
        )
        self.territory.setWordWrap(True)
        outer.addWidget(self.territory)
        self.group = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        for kind in request.offered:
            radio = QRadioButton(kind_label(kind))
            radio.setObjectName(f"decide_{kind}")
            radio.setToolTip(kind_tip(kind))
            self.group.addButton(radio)
            self.radios[kind] = radio
            outer.addWidget(radio)
            tip = QLabel(kind_tip(kind))
            tip.setWordWrap(True)
            tip.setContentsMargins(24, 0, 0, 4)
            tip.setStyleSheet(f"color: {style.TEXT_2.name()};")
            outer.addWidget(tip)
        form = QFormLayout()
        self.member = QComboBox()
        self.member.setObjectName("decideMember")
        for ident, name in request.members:
            if claim or ident != row.owner_id:
                self.member.addItem(name, ident)
        preferred = request.me if claim else row.suggested_owner
        if preferred is None or self.member.findData(preferred) < 0:
            preferred = row.suggested_owner
        at = self.member.findData(preferred) if preferred is not None else -1
        self.member.setCurrentIndex(max(at, 0))
        self.member_label = QLabel(tr("Claimed by") if claim else tr("New owner"))
        form.addRow(self.member_label, self.member)
        self.note = QLineEdit()
        self.note.setObjectName("decideNote")
        self.note.setPlaceholderText(tr("Why (kept with the decision)"))
        form.addRow(tr("Note"), self.note)
        outer.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("Claim") if claim else tr("Record decision"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self.group.buttonToggled.connect(lambda _b, _on: self._refresh())
        if len(self.radios) == 1 or (claim and self.radios):
            next(iter(self.radios.values())).setChecked(True)
        self._refresh()

    def choose(self, kind: str) -> None:
        self.radios[kind].setChecked(True)

    def set_member(self, member_id: int) -> None:
        self.member.setCurrentIndex(self.member.findData(member_id))

    def kind(self) -> str | None:
        return next((k for k, r in self.radios.items() if r.isChecked()), None)

    def _refresh(self) -> None:
        kind = self.kind()
        needs_member = kind in ("claim", "transfer")
        self.member.setEnabled(needs_member)
        self.member_label.setEnabled(needs_member)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(kind is not None and (not needs_member or self.member.currentIndex() >= 0))

    def values(self) -> DecisionValues | None:
        kind = self.kind()
        if kind is None:
            return None
        member = self.member.currentData() if kind in ("claim", "transfer") else None
        return DecisionValues(kind, member, self.note.text().strip())


Decider = Callable[[QWidget | None, DecisionRequest], DecisionValues | None]


def ask_protection(parent: QWidget | None, request: DecisionRequest) -> DecisionValues | None:
    dialog = DecisionDialog(request, parent)
    return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


decide_protection: Decider = ask_protection
"""How a decision is asked for; tests replace it and fill the real dialog."""


def request_for(ctx: WorkspaceContext, deal_id: int) -> DecisionRequest | None:
    row = ctx.read(deal_protection, deal_id)
    kinds = offered(row)
    if row is None or not kinds:
        return None
    return DecisionRequest(row, kinds, ctx.read(territory_choices).members, ctx.me)


def decide_deal(ctx: WorkspaceContext, parent: QWidget | None, deal_id: int) -> bool:
    """Ask for and record a decision on the deal's protection (or a claim); True when done."""
    request = request_for(ctx, deal_id)
    if request is None:
        ctx.hub.problem.emit(
            tr("Protection decision"), tr("Nothing to decide: the deal's protection still runs.")
        )
        return False
    values = decide_protection(parent, request)
    if values is None:
        return False
    return push_decision(ctx, request.row, values)


def push_decision(ctx: WorkspaceContext, row: ProtectionRow, values: DecisionValues) -> bool:
    text = tr("{decision}: “{deal}”").format(decision=kind_label(values.kind), deal=row.name)
    kind, note = values.kind, values.note
    if kind == "claim":
        command = DecisionCommand(
            ctx, text, services.claim, row.deal_id, member_id=values.member_id, note=note
        )
    elif kind == "transfer":
        assert values.member_id is not None
        command = DecisionCommand(
            ctx, text, services.transfer, row.deal_id, values.member_id, note=note
        )
    else:
        service = {
            "penalise": services.penalise,
            "release": services.release,
            "extend": services.extend,
        }[kind]
        command = DecisionCommand(ctx, text, service, row.deal_id, note=note)
    return ctx.push(command)
