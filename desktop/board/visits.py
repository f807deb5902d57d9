"""Visits and meetings of one deal in the deal panel: the list, the Log visit dialog, commands.

The P5 → P6 gate asks for senior visits (P5.RULE.1): our managers meeting
the deal's KI, KU and KDM face to face. This section lets a user record them
where they look at the deal. It lists the activities logged for the deal,
newest first (day, kind, level, our people, their people with their role on
the deal), marks those the rule counts, and says which of KI/KU/KDM still
lack one — the rule's own answer, read through :func:`model.board.deal_visits`.

"Log visit…" asks through :data:`decide_visit`, a module attribute that tests
replace (they fill the real :class:`VisitDialog` and never block); "Delete"
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
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop import labels
from desktop.board import style
from desktop.board.deal_people import ROLE_ORDER, dot_icon
from desktop.collation import name_key, ranks, sort_by_name
from desktop.commands import CreateCommand, DeleteCommand
from desktop.context import WorkspaceContext
from desktop.labels import join_list
from desktop.method_help import item_ref, with_help
from desktop.widgets import TextBox
from model.board import DealDetail, DealVisits, VisitCandidate, VisitChoices, VisitItem
from model.board import deal_visits as read_deal_visits
from model.board import visit_choices as read_visit_choices
from model.enums import ActivityKind
from model.rules.visits import RULE_ID, SENIOR_VISIT_ROLES, Visit, counts_as_senior_visit
from model.services.activities import (
    activity_level,
    delete_activity,
    log_activity,
    restore_activity,
)

ID_ROLE = Qt.ItemDataRole.UserRole

KIND_ORDER: tuple[str, ...] = tuple(
    k.value
    for k in (
        ActivityKind.VISIT,
        ActivityKind.PRESENTATION,
        ActivityKind.DEMO,
        ActivityKind.EVENT,
        ActivityKind.REFERENCE_VISIT,
        ActivityKind.HQ_VISIT,
        ActivityKind.TENDER,
        ActivityKind.CALL,
        ActivityKind.MAIL,
        ActivityKind.OTHER,
    )
)
"""The kinds the dialog offers: the face-to-face ones first, as the rule reads them."""


def tr(text: str) -> str:
    return QCoreApplication.translate("DealVisits", text)


# -- the commands ----------------------------------------------------------------------------


class LogVisitCommand(CreateCommand):
    """Log an activity; undo deletes it, redo restores the very same row."""

    def __init__(
        self,
        ctx: WorkspaceContext,
        text: str,
        account_id: int,
        values: dict[str, Any],
        members: tuple[int, ...],
        people: tuple[int, ...],
    ) -> None:
        super().__init__(
            ctx,
            text,
            "activity",
            log_activity,
            delete_activity,
            account_id,
            dict(values),
            members=members,
            people=people,
            restorer=restore_activity,
        )


class DeleteVisitCommand(DeleteCommand):
    """Delete an activity with whom it met; undo restores it all."""

    def __init__(self, ctx: WorkspaceContext, text: str, activity_id: int) -> None:
        super().__init__(ctx, text, delete_activity, activity_id, restorer=restore_activity)


# -- words -----------------------------------------------------------------------------------


def person_with_role(name: str, role: str | None) -> str:
    """ "Zhao Wei (KDM)", or the name alone for someone without a role on the deal."""
    if not role:
        return name
    return tr("{person} ({role})").format(person=name, role=labels.role_short(role))


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


@dataclass(frozen=True)
class VisitValues:
    """A visit as the user filled it in, ready for :func:`log_activity`."""

    on: date
    kind: str
    members: tuple[int, ...]
    people: tuple[int, ...]
    summary: str = ""
    next_step: str = ""

    def activity(self, deal_id: int) -> dict[str, Any]:
        """The activity's fields (the level follows the members, in the service)."""
        return {
            "deal_id": deal_id,
            "on": self.on,
            "kind": self.kind,
            "summary": self.summary,
            "next_step": self.next_step,
        }


def _checkable(text: str, ident: int, checked: bool = False) -> QListWidgetItem:
    item = QListWidgetItem(text)
    item.setData(ID_ROLE, ident)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    return item


def _heading(text: str) -> QListWidgetItem:
    item = QListWidgetItem(text)
    font = item.font()
    font.setBold(True)
    item.setFont(font)
    item.setForeground(style.TEXT_2)
    item.setFlags(Qt.ItemFlag.NoItemFlags)
    return item


def _checked(widget: QListWidget) -> tuple[int, ...]:
    return tuple(
        int(widget.item(r).data(ID_ROLE))
        for r in range(widget.count())
        if widget.item(r).data(ID_ROLE) is not None
        and widget.item(r).checkState() == Qt.CheckState.Checked
    )


class VisitDialog(QDialog):
    """Log a visit or meeting for a deal: day, kind, our people, their people, notes."""

    def __init__(self, request: VisitRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.request = request
        c = request.choices
        self.today = request.today or date.today()
        self.setWindowTitle(tr("Log a visit"))
        self.setMinimumSize(660, 540)
        outer = QVBoxLayout(self)
        intro = QLabel(tr("A visit or meeting for “{deal}” at {account}").format(
            deal=c.deal, account=request.account
        ))  # fmt: skip
        intro.setWordWrap(True)
        outer.addWidget(intro)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.on = QDateEdit()
        self.on.setObjectName("visitOn")
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("yyyy-MM-dd")
        today = QDate(self.today.year, self.today.month, self.today.day)
        self.on.setMaximumDate(today)  # a visit is logged once it happened
        self.on.setDate(today)
        self.kind = QComboBox()
        self.kind.setObjectName("visitKind")
        for kind in KIND_ORDER:
            self.kind.addItem(labels.activity_kind_label(kind), kind)
        when = QHBoxLayout()
        when.addWidget(self.on)
        when.addWidget(self.kind, 1)
        form.addRow(tr("Day and kind"), when)
        outer.addLayout(form)

        lists = QHBoxLayout()
        ours = QVBoxLayout()
        ours.addWidget(QLabel(tr("Our people")))
        self.members = QListWidget()
        self.members.setObjectName("visitMembers")
        for m in sort_by_name(c.members, lambda m: m.name):
            text = f"{m.name} — {labels.team_role_label(m.role)}"
            self.members.addItem(_checkable(text, m.id, m.id == request.me))
        ours.addWidget(self.members, 1)
        lists.addLayout(ours, 2)
        theirs = QVBoxLayout()
        theirs.addWidget(QLabel(tr("Their people")))
        self.search = QLineEdit()
        self.search.setObjectName("visitSearch")
        self.search.setPlaceholderText(tr("Type to find a person"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        theirs.addWidget(self.search)
        self.people = QListWidget()
        self.people.setObjectName("visitPeople")
        self.people.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.people.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._fill_people(c.people, request.account)
        theirs.addWidget(self.people, 1)
        lists.addLayout(theirs, 3)
        outer.addLayout(lists, 1)
        if not c.members or not c.people:
            missing = _muted(
                tr("Add your team on the Team page first.")
                if not c.members
                else tr("Add the customer's people on the Org map first.")
            )
            missing.setObjectName("visitNobody")
            outer.addWidget(missing)

        notes = QFormLayout()
        notes.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.summary = TextBox(3)
        self.summary.setObjectName("visitSummary")
        self.summary.setPlaceholderText(tr("What was discussed, what we learnt"))
        self.next_step = QLineEdit()
        self.next_step.setObjectName("visitNextStep")
        self.next_step.setPlaceholderText(tr("Who does what by when"))
        notes.addRow(tr("Summary"), self.summary)
        notes.addRow(tr("Next step"), self.next_step)
        outer.addLayout(notes)

        self.verdict = QLabel()
        self.verdict.setObjectName("visitVerdict")
        self.verdict.setWordWrap(True)
        outer.addWidget(self.verdict)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Log visit"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self.members.itemChanged.connect(lambda _i: self._refresh())
        self.people.itemChanged.connect(lambda _i: self._refresh())
        self.kind.currentIndexChanged.connect(lambda _n: self._refresh())
        self.on.dateChanged.connect(lambda _d: self._refresh())
        self._refresh()
        self.search.setFocus()

    def _fill_people(self, people: tuple[VisitCandidate, ...], account: str) -> None:
        people = self._in_order(people)
        on_deal = [p for p in people if p.on_deal]
        others = [p for p in people if not p.on_deal]
        for title, group in (
            (tr("On this deal"), on_deal),
            (tr("Others at {account}").format(account=account), others),
        ):
            if not group:
                continue
            self.people.addItem(_heading(title))
            for p in group:
                text = person_with_role(p.name, p.role)
                if p.title:
                    text += f" — {p.title}"
                if p.left_on is not None and p.left_on <= self.today:
                    text += "  " + tr("(left on {day})").format(day=p.left_on.isoformat())
                item = _checkable(text, p.id)
                item.setToolTip(text)
                if p.left_on is not None and p.left_on <= self.today:
                    item.setForeground(style.TEXT_3)
                self.people.addItem(item)

    def _in_order(self, people: tuple[VisitCandidate, ...]) -> tuple[VisitCandidate, ...]:
        """The deal's people first by role, those gone last, names by pinyin in Chinese.

        The model's order with the name compared as the user's locale does
        (the model cannot: it sorts by code point).
        """
        rank = {code: n for n, code in enumerate(ROLE_ORDER)}
        place = ranks(p.name for p in people)

        def key(p: VisitCandidate) -> tuple[bool, bool, int, int, int]:
            gone = p.left_on is not None and p.left_on <= self.today
            role = rank.get(p.role or "", len(rank)) if p.on_deal else 0
            return (not p.on_deal, gone, role, place[p.name or ""], p.id)

        return tuple(sorted(people, key=key))

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.people.count()):
            item = self.people.item(row)
            if item.data(ID_ROLE) is None:
                continue  # headings stay
            found = all(w in item.text().casefold() for w in needle.split())
            item.setHidden(bool(needle) and not found)

    # -- what the rule will make of it ------------------------------------------------------

    def _roles(self) -> list[str]:
        chosen = set(_checked(self.members))
        return [m.role for m in self.request.choices.members if m.id in chosen]

    def senior_for(self) -> tuple[str, ...]:
        """Roles among KI/KU/KDM this visit will count for (the rule's own test)."""
        c = self.request.choices
        fact = Visit(
            c.deal_id,
            str(self.kind.currentData()),
            self.day(),
            frozenset(self._roles()),
            frozenset(_checked(self.people)),
        )
        found = {
            role
            for pid, role in c.holders.items()
            if counts_as_senior_visit(fact, c.deal_id, pid, c.left_on.get(pid), self.today)
        }
        return tuple(r for r in SENIOR_VISIT_ROLES if r in found)

    def valid(self) -> bool:
        return bool(_checked(self.members)) and bool(_checked(self.people))

    def _refresh(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.valid())
        if not self.valid():
            self.verdict.setText(tr("Check at least one of our people and one of theirs."))
            self.verdict.setStyleSheet(f"color: {style.TEXT_2.name()};")
            return
        level = labels.visit_level_label(activity_level(self._roles()))
        roles = self.senior_for()
        if roles:
            text = tr("{level}. Counts as a senior visit to the {roles} ({rule}).").format(
                level=level,
                roles=join_list(labels.role_short(r) for r in roles),
                rule=item_ref(RULE_ID),
            )
            colour = style.GREEN
        else:
            text = tr(
                "{level}. Not a senior visit: {rule} counts meetings in person with "
                "a manager or executive of ours and the deal's KI, KU or KDM."
            ).format(level=level, rule=item_ref(RULE_ID))
            colour = style.TEXT_2
        self.verdict.setText(text)
        self.verdict.setStyleSheet(f"color: {colour.name()};")

    # -- the answer ------------------------------------------------------------------------

    def day(self) -> date:
        value = self.on.date()
        return date(value.year(), value.month(), value.day())

    def values(self) -> VisitValues | None:
        if not self.valid():
            return None
        return VisitValues(
            self.day(),
            str(self.kind.currentData()),
            _checked(self.members),
            _checked(self.people),
            self.summary.toPlainText().strip(),
            self.next_step.text().strip(),
        )

    # -- for tests and keyboard users --------------------------------------------------------

    def check(self, widget: QListWidget, ident: int, on: bool = True) -> None:
        """Tick or untick the row of ``ident`` in ``widget`` (members or people)."""
        for row in range(widget.count()):
            item = widget.item(row)
            if item.data(ID_ROLE) == ident:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                return
        raise KeyError(ident)


VisitDecider = Callable[[QWidget | None, VisitRequest], VisitValues | None]


def ask_visit(parent: QWidget | None, request: VisitRequest) -> VisitValues | None:
    """Open the dialog and wait; None when the user cancels."""
    dialog = VisitDialog(request, parent)
    return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


decide_visit: VisitDecider = ask_visit
"""How the panel asks for a visit; tests replace it and never block on a dialog."""


# -- the section -----------------------------------------------------------------------------

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
                values.activity(self.detail.id),
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
