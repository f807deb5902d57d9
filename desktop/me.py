"""Who I am: the team member using the app, per workspace and per machine.

On the first open of a workspace on this machine the app asks which team
member the user is — one of the active members, or someone new ("I'm new"),
who is then added to the team. The answer sets :attr:`WorkspaceContext.me`,
which every write carries (stage moves, ticks, verifications and new records
name it as "by"; the audit log keeps it beside the OS login).

The choice is kept in QSettings under the workspace's location (its file path
or database URL, hashed: a URL may hold a password) and names the member by
uuid, so an id reused after a delete never turns the user into someone else.
A member deleted or deactivated since is not "me" any more: the app asks
again, and a member removed while the workspace is open stops being "me" at
once.

Adding oneself from this dialog is a first-use setup step, not an edit of the
team: it is not put on the undo stack. Undoing it would leave the app acting
as a member who no longer exists, and "who am I" is a choice of this machine,
not of the workspace. The new member is edited or removed on the Team page
like any other, undoably.

The dialog is reached through :data:`decider`, a replaceable callable, so
tests decide without a modal window (tests/desktop/conftest.py sets one).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop import labels
from desktop.collation import sort_by_name
from desktop.context import WorkspaceContext
from desktop.errors import error_text
from model.changes import Changes
from model.enums import TeamRole
from model.errors import DomainError

if TYPE_CHECKING:
    # The read and the service import SQLAlchemy and the entities; the app imports
    # this module before its first paint, which needs neither (imported when used).
    from model.rows import MemberRow

GROUP = "me"
_NO_PASSWORD = re.compile(r"(://[^:/@]*):[^@]*@")


@dataclass(frozen=True)
class MeChoice:
    """An existing member (``member_id``), or a new one to add (``name``, ``role``)."""

    member_id: int | None = None
    name: str = ""
    role: str = TeamRole.REP.value


MeDecider = Callable[[QWidget | None, "Sequence[MemberRow]", int | None, str], MeChoice | None]
"""(parent, active members, current member id, a name to suggest) -> choice, or None: later."""


# -- the stored choice ---------------------------------------------------------------


def settings_key(ctx: WorkspaceContext) -> str:
    """Where this workspace's choice lives in QSettings: one key per file or database."""
    url = ctx.workspace.url
    text = url if isinstance(url, str) else url.render_as_string(hide_password=False)
    where = _NO_PASSWORD.sub(r"\1@", text)  # a new password: still the same place
    return f"{GROUP}/{hashlib.sha256(where.encode('utf-8')).hexdigest()[:24]}"


def active_members(ctx: WorkspaceContext) -> list[MemberRow]:
    from model.rows import member_rows

    return [m for m in ctx.read(member_rows) if m.active]


def stored_member(ctx: WorkspaceContext, settings: QSettings) -> int | None:
    """The member this machine's user said they are in this workspace, if still active."""
    uuid = str(settings.value(settings_key(ctx), "") or "")
    if not uuid:
        return None
    return next((m.id for m in active_members(ctx) if m.uuid == uuid), None)


def remember(ctx: WorkspaceContext, settings: QSettings, member_id: int | None) -> None:
    from model.rows import member_rows

    uuid = next((m.uuid for m in ctx.read(member_rows) if m.id == member_id), "")
    if uuid:
        settings.setValue(settings_key(ctx), uuid)
    else:
        settings.remove(settings_key(ctx))


def me_row(ctx: WorkspaceContext) -> MemberRow | None:
    """The member the user is, as a row (name, role), or None."""
    if ctx.me is None:
        return None
    from model.rows import member_rows

    return next((m for m in ctx.read(member_rows) if m.id == ctx.me), None)


# -- asking ---------------------------------------------------------------------------


def ask_me(
    parent: QWidget | None, members: Sequence[MemberRow], current: int | None, suggested: str
) -> MeChoice | None:
    dialog = WhoAmIDialog(members, current, suggested, parent)
    return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None


decider: MeDecider = ask_me
"""The hook that asks; tests replace it (never a modal dialog in a test run)."""


def choose(ctx: WorkspaceContext, settings: QSettings, parent: QWidget | None = None) -> bool:
    """Ask who the user is, apply and remember the answer; False when put off or refused."""
    choice = decider(parent, active_members(ctx), ctx.me, ctx.who)
    if choice is None:
        return False
    member_id = choice.member_id
    if member_id is None:
        from model.services.team import create_member

        try:
            created = ctx.write(create_member, {"name": choice.name, "role": choice.role})
        except DomainError as exc:
            ctx.hub.problem.emit(
                QCoreApplication.translate("WhoAmIDialog", "Who are you?"), error_text(exc)
            )
            return False
        member_id = created.created_id("member")
    ctx.set_me(member_id)
    remember(ctx, settings, member_id)
    return True


def attach(
    ctx: WorkspaceContext, settings: QSettings, parent: QWidget | None, *, ask: bool = True
) -> None:
    """On open: who the user is, from this machine's settings, asking when unknown.

    ``ask`` is False where nobody can answer (snapshots). While the workspace
    is open, a change to the team that removes or deactivates "me" clears it.
    On a team database the signed-in role names the member: nobody is asked.
    """
    signed_in = getattr(ctx.workspace, "member_id", None)
    if signed_in is not None:
        ctx.set_me(signed_in)
        return
    ctx.set_me(stored_member(ctx, settings))
    if ctx.me is None and ask:
        choose(ctx, settings, parent)

    def follow(changes: Changes) -> None:
        me = ctx.me
        if me is None or me not in changes.ids("member"):
            return
        if all(m.id != me for m in active_members(ctx)):
            ctx.set_me(None)

    ctx.hub.changed.connect(follow)


# -- the dialog -----------------------------------------------------------------------


class WhoAmIDialog(QDialog):
    """Which team member are you? One of the active members, or someone new."""

    def __init__(
        self,
        members: Sequence[MemberRow],
        current: int | None = None,
        suggested: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("whoAmIDialog")
        self.setWindowTitle(self.tr("Who are you?"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        intro = QLabel(
            self.tr(
                "Stage moves, ticks, verifications and new records carry the name of the team "
                "member who made them. Which one are you? This computer remembers the answer "
                "for this workspace; change it any time with File → I am…"
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.pick = QRadioButton(self.tr("I am one of the team:"))
        self.pick.setObjectName("meExisting")
        self.members = QListWidget()
        self.members.setObjectName("meMembers")
        for m in sort_by_name(members, lambda m: m.name):  # Chinese by pinyin
            text = f"{m.name} — {labels.team_role_label(m.role)}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, m.id)
            self.members.addItem(item)
            if m.id == current:
                self.members.setCurrentItem(item)
        if self.members.currentRow() < 0 and members:
            self.members.setCurrentRow(0)
        self.members.setMaximumHeight(min(260, 28 * max(3, len(members)) + 8))
        self.members.itemDoubleClicked.connect(lambda _i: self.accept())

        self.new = QRadioButton(self.tr("I'm new: add me to the team"))
        self.new.setObjectName("meNew")
        self.name = QLineEdit(suggested)
        self.name.setObjectName("meName")
        self.name.setPlaceholderText(self.tr("Your name as colleagues know it"))
        self.role = QComboBox()
        self.role.setObjectName("meRole")
        for value, text in labels.options(TeamRole):
            self.role.addItem(text, value)
        form_host = QWidget()
        form = QFormLayout(form_host)
        form.setContentsMargins(24, 0, 0, 0)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Role"), self.role)
        self.form_host = form_host

        group = QButtonGroup(self)
        group.addButton(self.pick)
        group.addButton(self.new)
        if members:
            layout.addWidget(self.pick)
            layout.addWidget(self.members)
            layout.addWidget(self.new)
            self.pick.setChecked(True)
        else:
            empty = QLabel(self.tr("This workspace has no team members yet. Add yourself:"))
            empty.setObjectName("meEmpty")
            empty.setWordWrap(True)
            layout.addWidget(empty)
            self.pick.hide()
            self.members.hide()
            self.new.hide()
            self.new.setChecked(True)
        layout.addWidget(form_host)

        self.buttons = QDialogButtonBox()
        self.ok = self.buttons.addButton(
            self.tr("This is me"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok.setObjectName("meOk")
        later = self.buttons.addButton(self.tr("Later"), QDialogButtonBox.ButtonRole.RejectRole)
        later.setObjectName("meLater")
        later.setToolTip(self.tr("Records made until you choose carry no member"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        for signal in (self.pick.toggled, self.new.toggled):
            signal.connect(self._refresh)
        self.name.textChanged.connect(self._refresh)
        self.members.currentRowChanged.connect(self._refresh)
        # Typing a name means "I'm new"; clicking a member means "one of the team".
        self.name.textEdited.connect(lambda _t: self.new.setChecked(True))
        self.members.itemPressed.connect(lambda _i: self.pick.setChecked(True))
        self._refresh()

    def _refresh(self) -> None:
        adding = self.new.isChecked()
        chosen = self.members.currentItem() is not None
        self.ok.setEnabled(bool(self.name.text().strip()) if adding else chosen)

    def choice(self) -> MeChoice:
        if self.new.isChecked():
            return MeChoice(None, self.name.text().strip(), str(self.role.currentData()))
        item = self.members.currentItem()
        return MeChoice(int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None)
