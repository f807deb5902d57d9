"""The decision chain of one deal in the deal panel, its dialog and its undo command.

The panel lists the deal's people grouped by role (KDM, KI, KU, LEAD, EVAL)
with their support for us on this deal, the competitor they back, and whether
they are our insider or coach here. "Add person…" chooses among the account's
people not yet on the deal (searchable), then their part; double-click or
"Edit…" changes a part; "Remove" takes the person off the deal. The tender
section lists the evaluators (role EVAL) the same way and names new ones.

Every change is one :class:`SetDealRoleCommand`: it calls
:func:`~model.services.deals.set_deal_role` once and keeps the part before and
after that the service returns, so undo and redo put back exactly that row
(:func:`~model.services.deals.restore_deal_role`, which refuses to overwrite
a newer edit).

Dialogs are asked for through :func:`decide_part`, a module attribute that
tests replace (they fill the real :class:`DealPartDialog` and never block).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import labels
from desktop.board import style
from desktop.collation import name_key, ranks, sort_by_name
from desktop.context import ServiceCommand, WorkspaceContext
from desktop.labels import join_list
from model.board import Candidate, DealDetail, RoleItem, competitor_choices, deal_candidates
from model.enums import SUPPORT_MAX, SUPPORT_MIN, Role
from model.services.deals import restore_deal_role, set_deal_role

ROLE_ORDER: tuple[str, ...] = tuple(r.value for r in Role)
"""Groups in the order of the method: KDM, KI, KU, LEAD, EVAL."""
CORE_ROLES: tuple[str, ...] = (Role.KDM, Role.KI, Role.KU)
"""Roles every deal needs someone in (the panel says which are missing)."""
PERSON_ROLE = Qt.ItemDataRole.UserRole


def _role_rank(role: str) -> int:
    return ROLE_ORDER.index(role) if role in ROLE_ORDER else len(ROLE_ORDER)


def tr(text: str) -> str:
    return QCoreApplication.translate("DealPeople", text)


def _name(c: Candidate) -> str:
    return c.name


# -- the command -------------------------------------------------------------------------


class SetDealRoleCommand(ServiceCommand):
    """Put a person on a deal, change their part, or take them off (``role=None``).

    ``part`` is what :func:`~model.services.deals.set_deal_role` takes beside the
    role (support, competitor_id, insider, coach); the service has the defaults.
    """

    def __init__(
        self,
        ctx: WorkspaceContext,
        text: str,
        deal_id: int,
        person_id: int,
        role: str | None,
        **part: Any,
    ) -> None:
        super().__init__(ctx, text)
        self.deal_id, self.person_id, self.role = deal_id, person_id, role
        self.part = part
        self.old: dict[str, Any] | None = None
        self.new: dict[str, Any] | None = None
        self._ran = False

    def apply(self) -> None:
        if self._ran:  # redo: exactly what the first run wrote
            self.ctx.write(
                restore_deal_role, self.deal_id, self.person_id, self.new, expect=self.old
            )
            return
        changes = self.ctx.write(
            set_deal_role, self.deal_id, self.person_id, self.role, **self.part
        )
        self.old, self.new, self._ran = changes.undo["old"], changes.undo["new"], True
        if self.old == self.new and not self._pushed:
            self.setObsolete(True)  # nothing changed: keep it off the stack

    def revert(self) -> None:
        self.ctx.write(restore_deal_role, self.deal_id, self.person_id, self.old, expect=self.new)


# -- words and colours -------------------------------------------------------------------


def dot_icon(colour: QColor) -> QIcon:
    """A small round chip in ``colour``, sharp on high-density screens."""
    pixmap = QPixmap(24, 24)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawEllipse(2, 2, 8, 8)
    painter.end()
    return QIcon(pixmap)


def support_icon(support: int) -> QIcon:
    """A round chip in the support's colour (red against us … green for us)."""
    fg, _bg = style.support_colours(support)
    return dot_icon(QColor(fg))


def support_text(support: int) -> str:
    """ "+ Supporter", "−− Strong opponent": sign and word, as the person editor shows it."""
    return f"{labels.support_sign(support)}  {labels.support_label(support)}"


def part_words(item: RoleItem) -> str:
    """The second line of a person on the deal: support, backing, insider, coach."""
    parts = [labels.support_label(item.support)]
    if item.backs:
        parts.append(tr("backs {competitor}").format(competitor=item.backs))
    if item.insider:
        parts.append(tr("insider"))
    if item.coach:
        parts.append(tr("coach"))
    return join_list(parts, complete=False)


def person_line(item: RoleItem) -> str:
    head = f"{item.name} · {item.title}" if item.title else item.name
    if item.left_on is not None:
        head += "  " + tr("(left on {day})").format(day=item.left_on.isoformat())
    return head


# -- the dialog ----------------------------------------------------------------------------


@dataclass(frozen=True)
class PartRequest:
    """What the dialog asks: a person to choose (``candidates``) or one to edit (``person``)."""

    title: str
    deal: str
    candidates: tuple[Candidate, ...] = ()
    person: RoleItem | None = None
    role: str | None = None  # the role offered first; with fixed_role the only one
    fixed_role: bool = False
    competitors: tuple[tuple[int, str], ...] = ()
    now_on_deal: dict[int, str] = field(default_factory=dict)  # person id -> their role now


@dataclass(frozen=True)
class PartChoice:
    """The person and their part on the deal, as :func:`set_deal_role` takes it."""

    person_id: int
    role: str
    support: int
    competitor_id: int | None
    insider: bool
    coach: bool


class DealPartDialog(QDialog):
    """Choose a person (searchable) and set their part in the deal: role, support, backs…"""

    def __init__(self, request: PartRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.request = request
        self.setWindowTitle(request.title)
        self.setMinimumWidth(460)
        outer = QVBoxLayout(self)
        self.search: QLineEdit | None = None
        self.people: QListWidget | None = None
        self._candidates = {c.id: c for c in request.candidates}
        if request.person is None:
            intro = QLabel(tr("Whom do you put on “{deal}”?").format(deal=request.deal))
            intro.setWordWrap(True)
            outer.addWidget(intro)
            self.search = QLineEdit()
            self.search.setObjectName("partSearch")
            self.search.setPlaceholderText(tr("Type to find a person by name, title or department"))
            self.search.setClearButtonEnabled(True)
            self.search.textChanged.connect(self._filter)
            outer.addWidget(self.search)
            self.people = QListWidget()
            self.people.setObjectName("partPeople")
            self.people.setMinimumHeight(150)
            for c in request.candidates:
                item = QListWidgetItem(self._candidate_text(c))
                item.setData(PERSON_ROLE, c.id)
                item.setToolTip(self._candidate_text(c))
                self.people.addItem(item)
            self.people.currentItemChanged.connect(lambda *_: self._picked())
            outer.addWidget(self.people, 1)
            if not request.candidates:
                empty = QLabel(
                    tr(
                        "Everyone at this account is on the deal already. Add people to the "
                        "account on the Org map, then put them on the deal here."
                    )
                )
                empty.setObjectName("partNobody")
                empty.setWordWrap(True)
                empty.setStyleSheet(f"color: {style.TEXT_2.name()};")
                outer.addWidget(empty)
        else:
            who = QLabel(f"<b>{person_line(request.person)}</b>")
            who.setWordWrap(True)
            outer.addWidget(who)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.role = QComboBox()
        self.role.setObjectName("partRole")
        self.role.addItem(tr("Choose a role"), None)
        for code in ROLE_ORDER:
            self.role.addItem(labels.role_label(code), code)
        self.role.setEnabled(not request.fixed_role)
        self.support = QComboBox()
        self.support.setObjectName("partSupport")
        for value in range(SUPPORT_MAX, SUPPORT_MIN - 1, -1):
            self.support.addItem(support_icon(value), support_text(value), value)
        self.backs = QComboBox()
        self.backs.setObjectName("partBacks")
        self.backs.addItem(tr("No competitor"), None)
        for ident, name in request.competitors:
            self.backs.addItem(name, ident)
        self.insider = QCheckBox(tr("Insider: passes us internal information"))
        self.insider.setObjectName("partInsider")
        self.coach = QCheckBox(tr("Coach: shows us how to sell inside"))
        self.coach.setObjectName("partCoach")
        form.addRow(tr("Role on this deal"), self.role)
        form.addRow(tr("Support for us"), self.support)
        form.addRow(tr("Backs competitor"), self.backs)
        form.addRow("", self.insider)
        form.addRow("", self.coach)
        outer.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self.role.currentIndexChanged.connect(self._refresh)
        if request.person is not None:
            p = request.person
            self._show_part(p.role, p.support, p.backs_id, p.insider, p.coach)
        else:
            self._show_part(request.role, 0, None, False, False)
            if self.people is not None and self.people.count() == 1:
                self.people.setCurrentRow(0)
        self._refresh()
        if self.search is not None:
            self.search.setFocus()

    def _candidate_text(self, c: Candidate) -> str:
        where = join_list((c.title, c.department), complete=False)
        text = f"{c.name} — {where}" if where else c.name
        now = self.request.now_on_deal.get(c.id)
        if now:
            text += "  " + tr("(now {role} on this deal)").format(role=labels.role_short(now))
        return text

    def _filter(self, text: str) -> None:
        assert self.people is not None
        needle = text.strip().casefold()
        first_shown = None
        for row in range(self.people.count()):
            item = self.people.item(row)
            hidden = bool(needle) and not all(w in item.text().casefold() for w in needle.split())
            item.setHidden(hidden)
            if not hidden and first_shown is None:
                first_shown = item
        current = self.people.currentItem()
        if current is None or current.isHidden():  # -1 clears the choice
            self.people.setCurrentRow(-1 if first_shown is None else self.people.row(first_shown))
        self._refresh()

    def _picked(self) -> None:
        person = self.chosen()
        if person is not None:  # offer the person's standing part, for the user to adjust
            role = self.request.role if self.request.fixed_role else person.role
            self._show_part(
                role or self.request.role,
                person.support,
                person.backs_id,
                person.insider,
                person.coach,
            )
        self._refresh()

    def _show_part(
        self, role: str | None, support: int, backs: int | None, insider: bool, coach: bool
    ) -> None:
        self.role.setCurrentIndex(max(0, self.role.findData(role)))
        self.support.setCurrentIndex(max(0, self.support.findData(support)))
        self.backs.setCurrentIndex(max(0, self.backs.findData(backs)))
        self.insider.setChecked(insider)
        self.coach.setChecked(coach)

    def chosen(self) -> Candidate | None:
        if self.people is None:
            return None
        item = self.people.currentItem()
        if item is None or item.isHidden():
            return None
        return self._candidates.get(int(item.data(PERSON_ROLE)))

    def person_id(self) -> int | None:
        if self.request.person is not None:
            return self.request.person.person_id
        chosen = self.chosen()
        return chosen.id if chosen is not None else None

    def valid(self) -> bool:
        return self.person_id() is not None and self.role.currentData() is not None

    def _refresh(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.valid())

    def choice(self) -> PartChoice | None:
        person = self.person_id()
        role = self.role.currentData()
        if person is None or role is None:
            return None
        return PartChoice(
            person,
            str(role),
            int(self.support.currentData()),
            self.backs.currentData(),
            self.insider.isChecked(),
            self.coach.isChecked(),
        )


PartDecider = Callable[[QWidget | None, PartRequest], PartChoice | None]


def ask_part(parent: QWidget | None, request: PartRequest) -> PartChoice | None:
    """Open the dialog and wait; None when the user cancels."""
    dialog = DealPartDialog(request, parent)
    return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None


decide_part: PartDecider = ask_part
"""How the panel asks for a person's part; tests replace it and never block on a dialog."""


# -- the list of people ------------------------------------------------------------------


class PeopleList(QListWidget):
    """People of a deal under role headings, as tall as its rows (the panel scrolls)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setFrameShape(QListWidget.Shape.NoFrame)
        self.setStyleSheet(
            "QListWidget { background: transparent; }"
            f"QListWidget::item:selected {{ background: {style.SELECTED_BG.name()};"
            f" color: {style.TEXT.name()}; }}"
        )

    def add_heading(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        font = QFont(self.font())
        font.setBold(True)
        item.setFont(font)
        item.setForeground(style.TEXT_2)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.addItem(item)
        return item

    def add_person(self, item: RoleItem) -> QListWidgetItem:
        row = QListWidgetItem(
            support_icon(item.support), f"{person_line(item)}\n{part_words(item)}"
        )
        row.setData(PERSON_ROLE, item.person_id)
        row.setToolTip(f"{person_line(item)}\n{labels.role_label(item.role)}\n{part_words(item)}")
        if item.left_on is not None:
            row.setForeground(style.TEXT_3)
        self.addItem(row)
        return row

    def fit(self) -> None:
        height = sum(max(self.sizeHintForRow(r), 18) for r in range(self.count()))
        self.setFixedHeight(height + 2 * self.frameWidth() + 4)

    def person_ids(self) -> list[int]:
        out = []
        for r in range(self.count()):
            value = self.item(r).data(PERSON_ROLE)
            if value is not None:
                out.append(int(value))
        return out

    def row_of(self, person_id: int) -> int:
        for r in range(self.count()):
            if self.item(r).data(PERSON_ROLE) == person_id:
                return r
        return -1

    def selected_person(self) -> int | None:
        item = self.currentItem()
        if item is None or not item.isSelected():
            return None
        value = item.data(PERSON_ROLE)
        return int(value) if value is not None else None


def _muted(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {style.TEXT_2.name()};")
    return label


class _PartEditor(QWidget):
    """What the chain and the evaluator list share: the deal, the list, the edits."""

    def __init__(self, ctx: WorkspaceContext, detail: DealDetail, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx, self.detail = ctx, detail
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(4)
        self.list = PeopleList()
        self.list.itemDoubleClicked.connect(self._double_clicked)
        self.list.itemSelectionChanged.connect(self._selection)

    def item(self, person_id: int) -> RoleItem | None:
        return next((r for r in self.detail.roles if r.person_id == person_id), None)

    def _buttons(self, add_text: str, add_tip: str, add_slot: Callable[[], object]) -> QWidget:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 2, 0, 0)
        self.add_button = QPushButton(add_text)
        self.add_button.setToolTip(add_tip)
        self.add_button.clicked.connect(lambda _c=False: add_slot())
        self.edit_button = QPushButton(tr("Edit…"))
        self.edit_button.setToolTip(tr("Change the selected person's part (or double-click them)"))
        self.edit_button.clicked.connect(lambda _c=False: self._edit_selected())
        self.remove_button = QPushButton(tr("Remove"))
        self.remove_button.setToolTip(
            tr("Take the selected person off this deal; undo brings them back")
        )
        self.remove_button.clicked.connect(lambda _c=False: self._remove_selected())
        line.addWidget(self.add_button)
        line.addWidget(self.edit_button)
        line.addWidget(self.remove_button)
        line.addStretch(1)
        self._selection()
        return row

    def _selection(self) -> None:
        has = self.list.selected_person() is not None
        if hasattr(self, "edit_button"):
            self.edit_button.setEnabled(has)
            self.remove_button.setEnabled(has)

    def _double_clicked(self, item: QListWidgetItem) -> None:
        value = item.data(PERSON_ROLE)
        if value is not None:
            self.edit_person(int(value))

    def _edit_selected(self) -> None:
        person = self.list.selected_person()
        if person is not None:
            self.edit_person(person)

    def _remove_selected(self) -> None:
        person = self.list.selected_person()
        if person is not None:
            self.remove_person(person)

    def _competitors(self) -> tuple[tuple[int, str], ...]:
        return tuple(sort_by_name(self.ctx.read(competitor_choices), lambda c: c[1]))

    # -- edits -----------------------------------------------------------------------

    def push(self, text: str, choice: PartChoice) -> bool:
        return self.ctx.push(
            SetDealRoleCommand(
                self.ctx,
                text,
                self.detail.id,
                choice.person_id,
                choice.role,
                support=choice.support,
                competitor_id=choice.competitor_id,
                insider=choice.insider,
                coach=choice.coach,
            )
        )

    def edit_person(self, person_id: int) -> bool:
        item = self.item(person_id)
        if item is None:
            return False
        request = PartRequest(
            tr("{person} on this deal").format(person=item.name),
            self.detail.name,
            person=item,
            competitors=self._competitors(),
        )
        choice = decide_part(self, request)
        if choice is None:
            return False
        text = tr("Change {person}'s part in “{deal}”").format(
            person=item.name, deal=self.detail.name
        )
        return self.push(text, choice)

    def remove_person(self, person_id: int) -> bool:
        item = self.item(person_id)
        if item is None:
            return False
        text = tr("Take {person} off “{deal}”").format(person=item.name, deal=self.detail.name)
        return self.ctx.push(SetDealRoleCommand(self.ctx, text, self.detail.id, person_id, None))


class DealPeople(_PartEditor):
    """The deal panel's "Decision chain" section: the deal's people by role, and edits."""

    def __init__(
        self, ctx: WorkspaceContext, detail: DealDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, detail, parent)
        self.setObjectName("dealPeople")
        self.list.setObjectName("dealPeopleList")
        by_role: dict[str, list[RoleItem]] = {}
        for item in detail.roles:
            by_role.setdefault(item.role, []).append(item)
        if not detail.roles:
            self.empty = _muted(
                tr(
                    "Nobody is on this deal yet: add the KDM, key influencers and users, "
                    "the purchase lead and the evaluators from the account's people."
                )
            )
            self.empty.setObjectName("dealPeopleEmpty")
            self.layout_.addWidget(self.empty)
        else:
            for role in sorted(by_role, key=_role_rank):
                self.list.add_heading(labels.role_label(role))
                for item in sorted(by_role[role], key=lambda i: name_key(i.name)):
                    self.list.add_person(item)
            self.list.fit()
            self.layout_.addWidget(self.list)
            missing = [labels.role_short(r) for r in CORE_ROLES if r not in by_role]
            if missing:
                note = _muted(
                    tr("Nobody on this deal as {roles} yet.").format(
                        roles=join_list(missing, complete=True)
                    )
                )
                note.setObjectName("dealPeopleMissing")
                self.layout_.addWidget(note)
        self.layout_.addWidget(
            self._buttons(
                tr("Add person…"),
                tr("Put someone of the account on this deal, with their role and support"),
                self.add_person,
            )
        )

    def add_person(self) -> bool:
        candidates = tuple(sort_by_name(self.ctx.read(deal_candidates, self.detail.id), _name))
        request = PartRequest(
            tr("Add a person to the deal"),
            self.detail.name,
            candidates=candidates,
            competitors=self._competitors(),
        )
        choice = decide_part(self, request)
        if choice is None:
            return False
        name = next((c.name for c in candidates if c.id == choice.person_id), "")
        text = tr("Put {person} on “{deal}”").format(person=name, deal=self.detail.name)
        return self.push(text, choice)


class Evaluators(_PartEditor):
    """The tender section's evaluators: "n evaluators, m support us", the list, and edits."""

    def __init__(
        self, ctx: WorkspaceContext, detail: DealDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, detail, parent)
        self.setObjectName("evaluators")
        self.list.setObjectName("evaluatorList")
        evaluators = detail.evaluators
        supportive = sum(1 for e in evaluators if e.support > 0)
        self.summary = QLabel(
            tr("{n} evaluators, {m} support us").format(n=len(evaluators), m=supportive)
        )
        self.summary.setObjectName("evaluatorSummary")
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.layout_.addWidget(self.summary)
        if not evaluators:
            self.layout_.addWidget(_muted(tr("No evaluators named for this deal yet.")))
        else:
            place = ranks(e.name for e in evaluators)
            for item in sorted(evaluators, key=lambda i: (-i.support, place[i.name or ""])):
                self.list.add_person(item)
            self.list.fit()
            self.layout_.addWidget(self.list)
        self.layout_.addWidget(
            self._buttons(
                tr("Add evaluator…"),
                tr("Name an evaluator of the tender among the account's or the deal's people"),
                self.add_evaluator,
            )
        )

    def add_evaluator(self) -> bool:
        outside = list(self.ctx.read(deal_candidates, self.detail.id))
        inside = [
            Candidate(r.person_id, r.name, r.title, "", r.role, r.support, r.backs_id,
                      r.insider, r.coach)
            for r in self.detail.roles
            if r.role != Role.EVAL and r.left_on is None
        ]  # fmt: skip
        place = ranks(c.name for c in inside + outside)
        candidates = tuple(sorted(inside + outside, key=lambda c: (place[c.name or ""], c.id)))
        request = PartRequest(
            tr("Add an evaluator"),
            self.detail.name,
            candidates=candidates,
            role=Role.EVAL.value,
            fixed_role=True,
            competitors=self._competitors(),
            now_on_deal={r.person_id: r.role for r in self.detail.roles},
        )
        choice = decide_part(self, request)
        if choice is None:
            return False
        name = next((c.name for c in candidates if c.id == choice.person_id), "")
        text = tr("Name {person} an evaluator of “{deal}”").format(
            person=name, deal=self.detail.name
        )
        return self.push(text, choice)


def people_of(widget: QWidget) -> Sequence[int]:
    """The person ids a :class:`DealPeople` or :class:`Evaluators` lists, in order (tests)."""
    found = widget.findChild(PeopleList)
    return found.person_ids() if isinstance(found, PeopleList) else []
