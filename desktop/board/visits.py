"""Visits and meetings of one deal in the deal panel: the list, "Log visit…", commands.

The P5 → P6 gate asks for senior visits (P5.RULE.1): our managers meeting
the deal's KI, KU and KDM face to face. This section lets a user record them
where they look at the deal. It lists the activities logged for the deal,
newest first (day, kind, level, our people, their people with their role on
the deal), marks those the rule counts, and says which of KI/KU/KDM still
lack one — the rule's own answer, read through :func:`model.board.deal_visits`.

"Log visit…" asks through :data:`decide_visit`, a module attribute that tests
replace (they fill the real :class:`VisitDialog` and never block). That dialog
is the app's one activity editor (:class:`desktop.activities.editor.ActivityDialog`)
with the deal fixed, and logging through it keeps the relationships the map
reads exactly as the Activities page does; "Delete"
removes the selected activity. Each is one undo step
(:class:`LogVisitCommand`, :class:`DeleteVisitCommand`) over
:func:`~model.services.activities.log_activity`,
:func:`~model.services.activities.delete_activity` and
:func:`~model.services.activities.restore_activity`, whose changes name the deal
so the card, the gate and this panel follow.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop import labels
from desktop.activities import editor
from desktop.activities.commands import DeleteActivityCommand, LogActivityCommand
from desktop.activities.editor import ActivityDialog, ActivityRequest, ActivityValues
from desktop.board import style
from desktop.board.deal_people import dot_icon
from desktop.collation import name_key, sort_by_name
from desktop.context import WorkspaceContext
from desktop.labels import join_list
from desktop.method_help import item_ref, with_help
from model.activities import (
    HQ_RULE_ID,
    ActivityChoices,
    ActivityDraft,
    DealOption,
    HqVisits,
    hq_visits,
)
from model.board import DealDetail, DealVisits, VisitChoices, VisitItem
from model.board import deal_visits as read_deal_visits
from model.board import visit_choices as read_visit_choices
from model.rules.visits import RULE_ID, SENIOR_VISIT_ROLES

ID_ROLE = editor.ID_ROLE
KIND_ORDER = editor.KIND_ORDER
"""The kinds the dialog offers: the face-to-face ones first, as the rule reads them."""


def tr(text: str) -> str:
    return QCoreApplication.translate("DealVisits", text)


# -- the commands ----------------------------------------------------------------------------


class LogVisitCommand(LogActivityCommand):
    """Log an activity; undo deletes it and puts the relationships back, redo restores
    the very same row (:class:`~desktop.activities.commands.LogActivityCommand`)."""


class DeleteVisitCommand(DeleteActivityCommand):
    """Delete an activity with whom it met; undo restores it all."""


# -- words -----------------------------------------------------------------------------------


person_with_role = editor.person_with_role


def visit_heading(item: VisitItem) -> str:
    """ "2025-03-01 · Presentation · Manager level" """
    return " · ".join(
        (
            item.on.isoformat(),
            labels.activity_kind_label(item.kind),
            labels.visit_level_label(item.level),
        )
    )


def who_line(item: VisitItem) -> str:
    """Our people, then theirs: "Wang Fang, Li Lei → Zhao Wei (KDM), Qian Li (KI)"."""
    members = sorted((name for name, _ in item.members), key=name_key)
    people = sort_by_name(item.people, lambda p: p.name)
    ours = join_list(members, complete=False) or tr("none of us named")
    theirs = join_list((person_with_role(p.name, p.role) for p in people), complete=False)
    return f"{ours} → {theirs or tr('nobody named')}"


def senior_note(item: VisitItem) -> str:
    if not item.senior_for:
        return ""
    roles = join_list(labels.role_short(r) for r in item.senior_for)
    return tr("Senior visit to the {roles}").format(roles=roles)


def _muted(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {style.TEXT_2.name()};")
    return label


# -- the dialog ------------------------------------------------------------------------------


@dataclass(frozen=True)
class VisitRequest:
    """What the dialog offers: the deal's choices, who the user is, and the local day."""

    choices: VisitChoices
    account: str
    me: int | None = None
    today: date | None = None


_checked = editor.checked


class VisitDialog(ActivityDialog):
    """The activity editor with the deal fixed: a visit or meeting for this deal."""

    def __init__(self, request: VisitRequest, parent: QWidget | None = None) -> None:
        c = request.choices
        choices = ActivityChoices(
            c.account_id,
            request.account,
            c.deal_id,
            c.deal,
            (DealOption(c.deal_id, c.deal, "", "open"),),
            c.members,
            c.people,
            dict(c.holders),
            dict(c.left_on),
        )
        draft = ActivityDraft(c.account_id, c.deal_id)
        super().__init__(
            ActivityRequest(choices, draft, request.me, request.today, fixed_deal=True), parent
        )
        self.setWindowTitle(tr("Log a visit"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Log visit"))


VisitDecider = Callable[[QWidget | None, VisitRequest], ActivityValues | None]


def ask_visit(parent: QWidget | None, request: VisitRequest) -> ActivityValues | None:
    """Open the dialog and wait; None when the user cancels."""
    dialog = VisitDialog(request, parent)
    return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


decide_visit: VisitDecider = ask_visit
"""How the panel asks for a visit; tests replace it and never block on a dialog."""


# -- the section -----------------------------------------------------------------------------

HQ_STAGES: frozenset[str] = frozenset({"P4", "P5", "P6"})
"""Stages whose panel says what P5.RULE.2 asks (a headquarters visit of the buying group):
from the stage that prepares it to the one that negotiates."""

SHOWN: int = 5
"""Visits listed before "Show all": the newest, which the rule and the user care about most."""
NAMES_SHOWN: int = 3
"""Holders of a role named in the "still needs" line before "+n"."""


class VisitRow(QWidget):
    """One logged visit: day, kind and level; who met whom; what it counts for; the note."""

    def __init__(self, item: VisitItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.setObjectName(f"visit_{item.id}")
        line = QHBoxLayout(self)
        line.setContentsMargins(0, 2, 0, 2)
        line.setSpacing(6)
        dot = QLabel()
        colour = style.GREEN if item.senior_for else style.TEXT_3
        dot.setPixmap(dot_icon(colour).pixmap(12, 12))
        dot.setToolTip(
            senior_note(item) or tr("Not a senior visit for {rule}").format(rule=item_ref(RULE_ID))
        )
        line.addWidget(dot, 0, Qt.AlignmentFlag.AlignTop)
        muted = style.TEXT_2.name()
        lines = [
            f"<b>{escape(visit_heading(item))}</b>",
            escape(who_line(item)),
        ]
        note = senior_note(item)
        if note:
            lines.append(f"<span style='color:{style.GREEN.name()}'>✓ {escape(note)}</span>")
        if item.summary:
            lines.append(f"<span style='color:{muted}'>{escape(item.summary)}</span>")
        if item.next_step:
            step = tr("Next step: {step}").format(step=item.next_step)
            lines.append(f"<span style='color:{muted}'>{escape(step)}</span>")
        self.text = QLabel("<br>".join(lines))
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        line.addWidget(self.text, 1)
        self.delete_button = QToolButton()
        self.delete_button.setText("✕")
        self.delete_button.setAutoRaise(True)
        self.delete_button.setObjectName(f"deleteVisit_{item.id}")
        self.delete_button.setToolTip(tr("Delete this visit; undo brings it back"))
        line.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignTop)


class DealVisitsView(QWidget):
    """The deal panel's "Visits and meetings": what P5.RULE.1 still needs, the list, edits."""

    def __init__(
        self, ctx: WorkspaceContext, detail: DealDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dealVisits")
        self.ctx, self.detail = ctx, detail
        found = ctx.read(read_deal_visits, detail.id)
        self.visits = found or DealVisits(detail.id, detail.account_id, (), (), (), frozenset(), {})
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.status = QLabel(self._status_text())
        self.status.setObjectName("dealVisitStatus")
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.setWordWrap(True)
        layout.addWidget(with_help(self.status, RULE_ID))
        self.missing = _muted(self._missing_text())
        self.missing.setObjectName("dealVisitMissing")
        self.missing.setVisible(bool(self.visits.missing))
        layout.addWidget(self.missing)
        self.hq: QLabel | None = None
        if detail.stage in HQ_STAGES and detail.status == "open":
            self.hq = _muted(self._hq_text(ctx.read(hq_visits, detail.id)))
            self.hq.setObjectName("dealHqVisit")
            self.hq.setTextFormat(Qt.TextFormat.RichText)
            layout.addWidget(with_help(self.hq, HQ_RULE_ID))
        self.rows: list[VisitRow] = []
        if not self.visits.visits:
            self.empty = _muted(
                tr(
                    "No visits logged for this deal yet. For {rule}, log a visit "
                    "in person with a manager or executive to the KI, KU and KDM."
                ).format(rule=item_ref(RULE_ID))
            )
            self.empty.setObjectName("dealVisitsEmpty")
            layout.addWidget(self.empty)
        for n, item in enumerate(self.visits.visits):
            row = VisitRow(item)
            row.delete_button.clicked.connect(lambda _c=False, i=item.id: self.delete_visit(i))
            row.setVisible(n < SHOWN)
            self.rows.append(row)
            layout.addWidget(row)
        buttons = QWidget()
        line = QHBoxLayout(buttons)
        line.setContentsMargins(0, 2, 0, 0)
        self.log_button = QPushButton(tr("Log visit…"))
        self.log_button.setObjectName("logVisit")
        self.log_button.setToolTip(tr("Record a visit or meeting for this deal: who met whom"))
        self.log_button.clicked.connect(lambda _c=False: self.log_visit())
        line.addWidget(self.log_button)
        hidden = len(self.rows) - SHOWN
        self.more_button = QPushButton(tr("Show all {n} visits").format(n=len(self.rows)))
        self.more_button.setObjectName("moreVisits")
        self.more_button.setFlat(True)
        self.more_button.setVisible(hidden > 0)
        self.more_button.clicked.connect(lambda _c=False: self.show_all())
        line.addWidget(self.more_button)
        line.addStretch(1)
        layout.addWidget(buttons)

    def show_all(self) -> None:
        for row in self.rows:
            row.setVisible(True)
        self.more_button.setVisible(False)

    def visit_ids(self) -> list[int]:
        """The activities listed, newest first (shown or behind "Show all")."""
        return [row.item.id for row in self.rows]

    # -- words ----------------------------------------------------------------------------

    def _status_text(self) -> str:
        marks = []
        for role in SENIOR_VISIT_ROLES:
            done = role in self.visits.visited
            colour = style.GREEN if done else style.RED
            mark = "✓" if done else "✗"
            marks.append(
                f"<span style='color:{colour.name()}'>{mark} {labels.role_short(role)}</span>"
            )
        return tr("Senior visits: {marks}").format(marks="&nbsp;&nbsp;".join(marks))

    def _missing_text(self) -> str:
        parts = []
        for role in self.visits.missing:
            names = sorted((n for n in self.visits.holders.get(role, ()) if n), key=name_key)
            short = labels.role_short(role)
            if not names:
                part = tr("{role} (nobody holds this role on the deal)").format(role=short)
            elif len(names) == 1:
                part = tr("{role} ({person})").format(role=short, person=names[0])
            else:  # a visit to one of them is enough
                shown = join_list(names[:NAMES_SHOWN], complete=False)
                if len(names) > NAMES_SHOWN:
                    shown += f" +{len(names) - NAMES_SHOWN}"
                part = tr("{role} (one of {names})").format(role=short, names=shown)
            parts.append(part)
        return tr("Still needs a senior visit: {roles}.").format(roles=join_list(parts))

    def _hq_text(self, found: HqVisits) -> str:
        """P5.RULE.2: who visited our headquarters for the deal; the KDM above all."""
        if found.kdm_visited:
            mark = f"<span style='color:{style.GREEN.name()}'>✓</span>"
        else:
            mark = f"<span style='color:{style.TEXT_2.name()}'>○</span>"
        if found.visitors:
            who = join_list(
                escape(person_with_role(name, role)) for _, name, role, _ in found.visitors
            )
            text = tr("Headquarters visit: {who}.").format(who=who)
            if not found.kdm_visited:
                text += " " + tr("Invite the KDM too.")
        else:
            text = tr(
                "Headquarters visit: nobody yet. Invite the buying group, above all the KDM, "
                "and log it as a visit to our headquarters."
            )
        return f"{mark} {text}"

    # -- edits ----------------------------------------------------------------------------

    def log_visit(self) -> bool:
        choices = self.ctx.read(read_visit_choices, self.detail.id)
        if choices is None:
            return False
        request = VisitRequest(choices, self.detail.account, self.ctx.me, date.today())
        values = decide_visit(self, request)
        if values is None:
            return False
        text = tr("Log a visit for “{deal}”").format(deal=self.detail.name)
        return self.ctx.push(
            LogVisitCommand(
                self.ctx,
                text,
                self.detail.account_id,
                values.fields(),
                values.members,
                values.people,
            )
        )

    def delete_visit(self, activity_id: int) -> bool:
        item = next((v for v in self.visits.visits if v.id == activity_id), None)
        if item is None:
            return False
        text = tr("Delete the visit of {day} from “{deal}”").format(
            day=item.on.isoformat(), deal=self.detail.name
        )
        return self.ctx.push(DeleteVisitCommand(self.ctx, text, activity_id))
