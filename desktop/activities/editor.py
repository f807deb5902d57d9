"""The activity editor: log or edit a visit, call, demo, event… with who met whom.

One dialog for every place an activity is recorded: the Activities page (new,
edit), the "Log activity…" quick capture (Ctrl+J, the org map's person menu,
the deal menu) and the deal panel's "Log visit…"
(:class:`desktop.board.visits.VisitDialog` is this dialog with the deal fixed).

It asks for the account (when not given), the deal (optional, one of that
account's), the day (a local day, never after today) and kind, our people
(their level follows their team role) and the customer's people met, a
summary, and the next step with its due day — and, for an activity already
logged, the day its next step was done. While the user fills it in it says
what the senior-visit rule (P5.RULE.1) will make of it when a deal is chosen.

The dialog only asks; :func:`quick_capture` and the page push the undo steps of
:mod:`desktop.activities.commands`. Tests replace :data:`decide_activity` (a
module attribute) to fill the real dialog without blocking.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop import labels
from desktop.board import style
from desktop.board.deal_people import ROLE_ORDER
from desktop.collation import ranks, sort_by_name
from desktop.context import WorkspaceContext
from desktop.labels import join_list
from desktop.method_help import item_ref
from desktop.widgets import TextBox
from model.activities import (
    ActivityChoices,
    ActivityDraft,
    account_options,
    activity_choices,
    activity_draft,
)
from model.board import VisitCandidate
from model.enums import ActivityKind
from model.rules.visits import RULE_ID, SENIOR_VISIT_ROLES, Visit, counts_as_senior_visit
from model.services.activities import activity_level

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
"""The kinds the editor offers: the face-to-face ones first, as the rule reads them."""

CONTEXT = "ActivityEditor"

BASE_LINE = 17
"""A text line's height in pixels at the normal text size: the dialog grows with larger text."""


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def person_with_role(name: str, role: str | None) -> str:
    """ "Zhao Wei (KDM)", or the name alone for someone without a role on the deal."""
    if not role:
        return name
    return tr("{person} ({role})").format(person=name, role=labels.role_short(role))


def checkable(text: str, ident: int, checked: bool = False) -> QListWidgetItem:
    item = QListWidgetItem(text)
    item.setData(ID_ROLE, ident)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    return item


def heading(text: str) -> QListWidgetItem:
    item = QListWidgetItem(text)
    font = item.font()
    font.setBold(True)
    item.setFont(font)
    item.setForeground(style.TEXT_2)
    item.setFlags(Qt.ItemFlag.NoItemFlags)
    return item


def checked(widget: QListWidget) -> tuple[int, ...]:
    """Ids of the ticked rows, in the list's order."""
    return tuple(
        int(widget.item(r).data(ID_ROLE))
        for r in range(widget.count())
        if widget.item(r).data(ID_ROLE) is not None
        and widget.item(r).checkState() == Qt.CheckState.Checked
    )


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


ChoicesReader = Callable[[int, int | None], ActivityChoices | None]


@dataclass(frozen=True)
class ActivityRequest:
    """What the editor starts from.

    ``draft`` pre-fills it (a stored activity when its ``id`` is set);
    ``accounts`` (id, name) are offered when the account may be chosen (an empty
    tuple: the draft's account is fixed); ``read`` re-reads the choices when
    the account or deal changes; ``fixed_deal`` keeps the deal as given (the
    deal panel).
    """

    choices: ActivityChoices
    draft: ActivityDraft
    me: int | None = None
    today: date | None = None
    accounts: tuple[tuple[int, str], ...] = ()
    read: ChoicesReader | None = None
    fixed_deal: bool = False


@dataclass(frozen=True)
class ActivityValues:
    """An activity as the user filled it in, ready for the services."""

    account_id: int
    deal_id: int | None
    on: date
    kind: str
    members: tuple[int, ...]
    people: tuple[int, ...]
    summary: str = ""
    next_step: str = ""
    next_due: date | None = None
    next_done_on: date | None = None

    def fields(self) -> dict[str, Any]:
        """The activity's fields (the level follows the members, in the service)."""
        return {
            "deal_id": self.deal_id,
            "on": self.on,
            "kind": self.kind,
            "summary": self.summary,
            "next_step": self.next_step,
            "next_due": self.next_due,
            "next_done_on": self.next_done_on,
        }


class ActivityDialog(QDialog):
    """Log or edit one activity: account, deal, day and kind, who met whom, notes, next step."""

    def __init__(self, request: ActivityRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activityEditor")
        self.request = request
        self.choices = request.choices
        self.today = request.today or date.today()
        draft = request.draft
        editing = draft.id is not None
        self.setWindowTitle(tr("Edit activity") if editing else tr("Log an activity"))
        self._fit_size()
        outer = QVBoxLayout(self)
        self.intro = QLabel(self._intro_text())
        self.intro.setWordWrap(True)
        outer.addWidget(self.intro)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.account: QComboBox | None = None
        if request.accounts and not editing:
            self.account = QComboBox()
            self.account.setObjectName("activityAccount")
            self.account.setEditable(True)
            self.account.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            for ident, name in sort_by_name(request.accounts, lambda a: a[1]):
                self.account.addItem(name, ident)
            completer = self.account.completer()
            if completer is not None:
                completer.setFilterMode(Qt.MatchFlag.MatchContains)
                completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            self.account.setCurrentIndex(self.account.findData(self.choices.account_id))
            form.addRow(tr("Account"), self.account)
        self.deal = QComboBox()
        self.deal.setObjectName("activityDeal")
        self.deal.setToolTip(
            tr("The deal this activity was for; a visit for a deal counts for its gates")
        )
        form.addRow(tr("Deal"), self.deal)
        self.on = QDateEdit()
        self.on.setObjectName("visitOn")
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("yyyy-MM-dd")
        self.on.setMaximumDate(_qdate(self.today))  # an activity is logged once it happened
        self.on.setDate(_qdate(draft.on or self.today))
        self.kind = QComboBox()
        self.kind.setObjectName("visitKind")
        for kind in KIND_ORDER:
            self.kind.addItem(labels.activity_kind_label(kind), kind)
        self.kind.setCurrentIndex(max(0, self.kind.findData(draft.kind)))
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
        wanted = set(draft.members) or ({request.me} if request.me is not None else set())
        for m in sort_by_name(self.choices.members, lambda m: m.name):
            text = f"{m.name} — {labels.team_role_label(m.role)}"
            self.members.addItem(checkable(text, m.id, m.id in wanted))
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
        theirs.addWidget(self.people, 1)
        self.nobody = QLabel()
        self.nobody.setObjectName("visitNobody")
        self.nobody.setWordWrap(True)
        self.nobody.setStyleSheet(f"color: {style.TEXT_2.name()};")
        theirs.addWidget(self.nobody)
        lists.addLayout(theirs, 3)
        outer.addLayout(lists, 1)

        notes = QFormLayout()
        notes.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.summary = TextBox(3)
        self.summary.setObjectName("visitSummary")
        self.summary.setPlaceholderText(tr("What was discussed, what we learnt"))
        self.summary.setPlainText(draft.summary)
        self.next_step = QLineEdit(draft.next_step)
        self.next_step.setObjectName("visitNextStep")
        self.next_step.setPlaceholderText(tr("Who does what by when"))
        notes.addRow(tr("Summary"), self.summary)
        notes.addRow(tr("Next step"), self.next_step)
        step = QHBoxLayout()
        self.has_due = QCheckBox(tr("Due by"))
        self.has_due.setObjectName("activityHasDue")
        self.due = QDateEdit()
        self.due.setObjectName("activityDue")
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.has_due.setChecked(draft.next_due is not None)
        self.due.setDate(_qdate(draft.next_due or self.today))
        self.has_done = QCheckBox(tr("Done on"))
        self.has_done.setObjectName("activityHasDone")
        self.done_on = QDateEdit()
        self.done_on.setObjectName("activityDoneOn")
        self.done_on.setCalendarPopup(True)
        self.done_on.setDisplayFormat("yyyy-MM-dd")
        self.done_on.setMaximumDate(_qdate(self.today))
        self.has_done.setChecked(draft.next_done_on is not None)
        self.done_on.setDate(_qdate(draft.next_done_on or self.today))
        for widget in (self.has_due, self.due, self.has_done, self.done_on):
            step.addWidget(widget)
        step.addStretch(1)
        notes.addRow(tr("Next step's day"), step)
        outer.addLayout(notes)

        self.verdict = QLabel()
        self.verdict.setObjectName("visitVerdict")
        self.verdict.setWordWrap(True)
        outer.addWidget(self.verdict)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok_text = tr("Save") if editing else tr("Log activity")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)

        self._fill_deals()
        self._fill_people(set(draft.people))
        self.members.itemChanged.connect(lambda _i: self._refresh())
        self.people.itemChanged.connect(lambda _i: self._refresh())
        self.kind.currentIndexChanged.connect(lambda _n: self._refresh())
        self.on.dateChanged.connect(lambda _d: self._refresh())
        self.has_due.toggled.connect(lambda _b: self._refresh())
        self.has_done.toggled.connect(lambda _b: self._refresh())
        self.due.dateChanged.connect(lambda _d: self._refresh())
        self.deal.currentIndexChanged.connect(lambda _n: self._deal_changed())
        if self.account is not None:
            self.account.currentIndexChanged.connect(lambda _n: self._account_changed())
        self._refresh()
        self.search.setFocus()

    def _fit_size(self) -> None:
        """680 x 560 at the normal text size, more with larger text, within the screen."""
        scale = max(1.0, self.fontMetrics().height() / BASE_LINE)
        width, height = int(680 * scale), int(560 * scale)
        screen = self.screen()
        if screen is not None:
            room = screen.availableGeometry()
            width, height = min(width, room.width() - 40), min(height, room.height() - 40)
        self.setMinimumSize(width, height)

    # -- filling ------------------------------------------------------------------------------

    def _intro_text(self) -> str:
        c = self.choices
        if self.request.fixed_deal and c.deal_id is not None:
            return tr("A visit or meeting for “{deal}” at {account}").format(
                deal=c.deal, account=c.account
            )
        return tr("A visit, call or event with people of {account}").format(account=c.account)

    def _fill_deals(self) -> None:
        c = self.choices
        self.deal.blockSignals(True)
        self.deal.clear()
        if not self.request.fixed_deal:
            self.deal.addItem(tr("No deal: upkeep of the account"), None)
        for d in c.deals:
            if d.status == "open":
                text = f"{d.name} · {d.stage}" if d.stage else d.name
            else:
                text = f"{d.name} ({labels.deal_status_label(d.status)})"
            if self.request.fixed_deal and d.id != c.deal_id:
                continue
            self.deal.addItem(text, d.id)
        index = self.deal.findData(c.deal_id) if c.deal_id is not None else 0
        self.deal.setCurrentIndex(max(0, index))
        self.deal.setEnabled(not self.request.fixed_deal and self.deal.count() > 1)
        self.deal.blockSignals(False)

    def _fill_people(self, wanted: set[int]) -> None:
        c = self.choices
        self.people.blockSignals(True)
        self.people.clear()
        people = self._in_order(c.people)
        on_deal = [p for p in people if p.on_deal]
        others = [p for p in people if not p.on_deal]
        groups = (
            (
                (tr("On this deal"), on_deal),
                (tr("Others at {account}").format(account=c.account), others),
            )
            if c.deal_id is not None
            else ((tr("People at {account}").format(account=c.account), others),)
        )
        for title, group in groups:
            if not group:
                continue
            self.people.addItem(heading(title))
            for p in group:
                text = person_with_role(p.name, p.role)
                if p.title:
                    text += f" — {p.title}"
                left = p.left_on
                gone = left is not None and left <= self.today
                if left is not None and gone:
                    text += "  " + tr("(left on {day})").format(day=left.isoformat())
                item = checkable(text, p.id, p.id in wanted)
                item.setToolTip(text)
                if gone:
                    item.setForeground(style.TEXT_3)
                self.people.addItem(item)
        self.people.blockSignals(False)
        self.nobody.setText(
            tr(
                "Nobody of {account} is recorded yet: add the people you met on the org map "
                "first, then log the activity."
            ).format(account=c.account)
        )
        self.nobody.setVisible(not c.people)
        self._filter(self.search.text())

    def _in_order(self, people: tuple[VisitCandidate, ...]) -> tuple[VisitCandidate, ...]:
        """The deal's people first by role, those gone last, names by pinyin in Chinese."""
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

    def _reread(self, account_id: int, deal_id: int | None) -> None:
        read = self.request.read
        if read is None:
            return
        found = read(account_id, deal_id)
        if found is None:
            return
        keep = set(checked(self.people)) if account_id == self.choices.account_id else set()
        self.choices = found
        self.intro.setText(self._intro_text())
        self._fill_deals()
        self._fill_people(keep)
        self._refresh()

    def _account_changed(self) -> None:
        assert self.account is not None
        ident = self.account.currentData()
        if ident is not None and int(ident) != self.choices.account_id:
            self._reread(int(ident), None)

    def _deal_changed(self) -> None:
        deal = self.deal.currentData()
        self._reread(self.choices.account_id, None if deal is None else int(deal))

    # -- what the rule will make of it -------------------------------------------------------

    def _roles(self) -> list[str]:
        chosen = set(checked(self.members))
        return [m.role for m in self.choices.members if m.id in chosen]

    def senior_for(self) -> tuple[str, ...]:
        """Roles among KI/KU/KDM this activity will count for (the rule's own test)."""
        c = self.choices
        if c.deal_id is None:
            return ()
        fact = Visit(
            c.deal_id,
            str(self.kind.currentData()),
            self.day(),
            frozenset(self._roles()),
            frozenset(checked(self.people)),
        )
        found = {
            role
            for pid, role in c.holders.items()
            if counts_as_senior_visit(fact, c.deal_id, pid, c.left_on.get(pid), self.today)
        }
        return tuple(r for r in SENIOR_VISIT_ROLES if r in found)

    def problem(self) -> str:
        """Why OK is disabled, or ""."""
        if not checked(self.members) or not checked(self.people):
            return tr("Check at least one of our people and one of theirs.")
        if self.has_due.isChecked() and _day(self.due) < self.day():
            return tr("The next step cannot be due before the activity's day.")
        return ""

    def valid(self) -> bool:
        return not self.problem()

    def _refresh(self) -> None:
        self.due.setEnabled(self.has_due.isChecked())
        self.done_on.setEnabled(self.has_done.isChecked())
        problem = self.problem()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)
        if problem:
            self.verdict.setText(problem)
            self.verdict.setStyleSheet(f"color: {style.TEXT_2.name()};")
            return
        level = labels.visit_level_label(activity_level(self._roles()))
        roles = self.senior_for()
        colour = style.TEXT_2
        if self.choices.deal_id is None:
            text = tr(
                "{level}. For no deal: it keeps the relationships, no gate counts it."
            ).format(level=level)
        elif roles:
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
        self.verdict.setText(text)
        self.verdict.setStyleSheet(f"color: {colour.name()};")

    # -- the answer ---------------------------------------------------------------------------

    def day(self) -> date:
        return _day(self.on)

    def activity_values(self) -> ActivityValues | None:
        if not self.valid():
            return None
        deal = self.deal.currentData()
        return ActivityValues(
            self.choices.account_id,
            None if deal is None else int(deal),
            self.day(),
            str(self.kind.currentData()),
            checked(self.members),
            checked(self.people),
            self.summary.toPlainText().strip(),
            self.next_step.text().strip(),
            _day(self.due) if self.has_due.isChecked() else None,
            _day(self.done_on) if self.has_done.isChecked() else None,
        )

    def values(self) -> ActivityValues | None:
        return self.activity_values()

    # -- for tests and keyboard users ---------------------------------------------------------

    def check(self, widget: QListWidget, ident: int, on: bool = True) -> None:
        """Tick or untick the row of ``ident`` in ``widget`` (members or people)."""
        for row in range(widget.count()):
            item = widget.item(row)
            if item.data(ID_ROLE) == ident:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                return
        raise KeyError(ident)


ActivityDecider = Callable[[QWidget | None, ActivityRequest], ActivityValues | None]


def ask_activity(parent: QWidget | None, request: ActivityRequest) -> ActivityValues | None:
    """Open the editor and wait; None when the user cancels."""
    dialog = ActivityDialog(request, parent)
    return dialog.activity_values() if dialog.exec() == QDialog.DialogCode.Accepted else None


decide_activity: ActivityDecider = ask_activity
"""How the app asks for an activity; tests replace it and never block on a dialog."""


# -- quick capture ---------------------------------------------------------------------------


def _reader(ctx: WorkspaceContext, today: date, keep: tuple[int, ...] = ()) -> ChoicesReader:
    def read(account_id: int, deal_id: int | None) -> ActivityChoices | None:
        return ctx.read(activity_choices, account_id, deal_id, today, keep)

    return read


def request_for(
    ctx: WorkspaceContext,
    *,
    account_id: int | None = None,
    deal_id: int | None = None,
    person_id: int | None = None,
    activity_id: int | None = None,
) -> ActivityRequest | None:
    """The editor's request, pre-filled with what is selected; None when there is
    nothing to log at (no account in the workspace, or the activity is gone)."""
    today = date.today()
    if activity_id is not None:
        draft = ctx.read(activity_draft, activity_id)
        if draft is None:
            return None
        read = _reader(ctx, today, draft.members)
        choices = read(draft.account_id, draft.deal_id)
        if choices is None:
            return None
        return ActivityRequest(choices, draft, ctx.me, today, (), read)
    accounts = tuple(ctx.read(account_options))
    if account_id is None:
        account_id = accounts[0][0] if accounts else None
    if account_id is None:
        return None
    read = _reader(ctx, today)
    choices = read(account_id, deal_id)
    if choices is None:
        return None
    people = (person_id,) if person_id is not None else ()
    draft = ActivityDraft(account_id, choices.deal_id, people=people)
    return ActivityRequest(choices, draft, ctx.me, today, accounts, read)


def log_text(values: ActivityValues, account: str) -> str:
    return tr("Log an activity at {account} ({kind})").format(
        kind=labels.activity_kind_label(values.kind), account=account
    )


def quick_capture(
    ctx: WorkspaceContext,
    parent: QWidget | None = None,
    *,
    account_id: int | None = None,
    deal_id: int | None = None,
    person_id: int | None = None,
) -> bool:
    """Ask for a new activity pre-filled with what is selected and log it (one undo step)."""
    from desktop.activities.commands import LogActivityCommand

    request = request_for(ctx, account_id=account_id, deal_id=deal_id, person_id=person_id)
    if request is None:
        ctx.hub.problem.emit(
            tr("Log activity"), tr("Add an account and its people first, then log activities.")
        )
        return False
    values = decide_activity(parent, request)
    if values is None:
        return False
    account = dict(request.accounts).get(values.account_id, request.choices.account)
    return ctx.push(
        LogActivityCommand(
            ctx,
            log_text(values, account),
            values.account_id,
            values.fields(),
            values.members,
            values.people,
        )
    )


def edit_activity(ctx: WorkspaceContext, parent: QWidget | None, activity_id: int) -> bool:
    """Ask for the changes of a stored activity and write them (one undo step)."""
    from desktop.activities.commands import EditActivityCommand

    request = request_for(ctx, activity_id=activity_id)
    if request is None:
        return False
    values = decide_activity(parent, request)
    if values is None:
        return False
    text = tr("Edit the activity of {day} at {account}").format(
        day=values.on.isoformat(), account=request.choices.account
    )
    return ctx.push(
        EditActivityCommand(ctx, text, activity_id, values.fields(), values.members, values.people)
    )


# -- entry points elsewhere: the main window, the org map, the deal panel ---------------------


def selection_of(page: Any) -> dict[str, int]:
    """What the page shows selected: account, deal, person (ids; missing when none).

    Read from the page's :meth:`~desktop.pages.base.Page.view_state` ("account",
    "deal", "person") and, on the org map, the one person card selected.
    """
    found: dict[str, int] = {}
    state = page.view_state() if page is not None else {}
    for key in ("account", "deal", "person"):
        value = state.get(key)
        if isinstance(value, int) and not isinstance(value, bool):
            found[key] = value
    scene = getattr(page, "scene", None)
    keys = scene.selected_keys() if scene is not None and hasattr(scene, "selected_keys") else []
    people = [k for k in keys if isinstance(k, str) and k.startswith("p:")]
    if len(people) == 1:
        found["person"] = int(people[0].split(":")[1])
    return found


def capture_from_window(window: Any) -> bool:
    """Log activity… (Ctrl+J) in the main window: the editor pre-filled with what the
    current view has selected (an account, a deal, a person)."""
    ctx = getattr(window, "ctx", None)
    if not isinstance(ctx, WorkspaceContext):
        return False
    chosen = selection_of(window.current_page())
    account, deal = chosen.get("account"), chosen.get("deal")
    if deal is not None:
        from model.activities import deal_account

        account = ctx.read(deal_account, deal) or account
    return quick_capture(
        ctx, window, account_id=account, deal_id=deal, person_id=chosen.get("person")
    )


def add_person_actions(menu: Any, page: Any, person_id: int) -> None:
    """The org map's person menu: "Log activity…" with this person (and the map's
    deal), and "Activities of this person" (the Activities page filtered)."""
    ctx, account, deal = page.ctx, page.account_id, page.deal_id
    log = menu.addAction(tr("Log activity…"))
    log.setObjectName("log_activity")
    log.setToolTip(tr("Log a visit, call or event with this person"))
    log.triggered.connect(
        lambda _c=False: quick_capture(
            ctx, page, account_id=account, deal_id=deal, person_id=person_id
        )
    )
    timeline = menu.addAction(tr("Activities of this person"))
    timeline.setObjectName("person_activities")
    timeline.triggered.connect(lambda _c=False: show_activities(page, account, person_id))


def show_activities(widget: QWidget, account_id: int | None, person_id: int | None) -> bool:
    """Open the Activities page filtered to a person (or an account) in ``widget``'s window."""
    show_page = getattr(widget.window(), "show_page", None)
    page = show_page("activities") if show_page is not None else None
    if page is None or account_id is None:
        return False
    if person_id is not None:
        return bool(page.show_person(account_id, person_id))
    page.select_account(account_id)
    return True


def add_deal_action(menu: Any, ctx: WorkspaceContext, deal: Callable[[], Any]) -> Any:
    """The deal panel's ⋯ menu: "Log activity…" for the deal shown (``deal()``:
    its :class:`~model.board.DealDetail` or None)."""

    def log() -> None:
        detail = deal()
        if detail is not None:
            quick_capture(ctx, menu.parentWidget(), account_id=detail.account_id, deal_id=detail.id)

    menu.addSeparator()
    action = menu.addAction(tr("Log activity…"))
    action.setObjectName("deal_menu_log_activity")
    action.setToolTip(tr("Log a visit, call or event for this deal"))
    action.triggered.connect(lambda _c=False: log())
    return action
