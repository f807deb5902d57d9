"""The side panel that edits one customer person.

Each field commits on its own (Return, leaving the field, or a choice made),
as one undoable command; the widgets then follow the model, so undo and redo
show up here without any bookkeeping in the editor. The sensitive attributes
sit in their own section, collapsed until the user opens it, and are read from
the database only then.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPixmap, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QSpacerItem,
    QSpinBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop import labels
from desktop.collation import sort_by_name
from desktop.commands import EditCommand
from desktop.context import ServiceCommand, WorkspaceContext
from desktop.widgets import GuardedComboBox, LazyComboBox, TextBox
from model.changes import Changes
from model.enums import SUPPORT_MAX, SUPPORT_MIN
from model.queries_people import (
    Colleague,
    PersonDetail,
    colleagues,
    competitor_choices,
    department_choices,
    person_detail,
    reports_below,
)
from model.services.common import Snapshot
from model.services.people import (
    PRIVATE_FIELD_NAMES,
    create_department_for,
    get_department,
    get_private,
    remove_department_for,
    restore_department_for,
    update_department,
    update_person,
    update_private,
)

NEW_DEPARTMENT = "new department"
"""Item data of the "New department…" entry (a string: no id or level can equal it)."""

ERROR_STYLE = "color: #c62828;"
SENSITIVE_COLOUR = "#b26a00"


def lock_icon(size: int = 16, colour: str = SENSITIVE_COLOUR) -> QIcon:
    """A padlock drawn in code (no emoji font needed, crisp at any scale)."""
    pixmap = QPixmap(QSize(size * 2, size * 2))
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen_colour = QColor(colour)
    s = float(size)
    pen = painter.pen()
    pen.setColor(pen_colour)
    pen.setWidthF(s * 0.12)
    painter.setPen(pen)
    shackle = QPainterPath()
    shackle.moveTo(QPointF(s * 0.3, s * 0.48))
    shackle.lineTo(QPointF(s * 0.3, s * 0.32))
    shackle.arcTo(QRectF(s * 0.3, s * 0.1, s * 0.4, s * 0.44), 180, -180)
    shackle.lineTo(QPointF(s * 0.7, s * 0.48))
    painter.drawPath(shackle)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(pen_colour)
    painter.drawRoundedRect(QRectF(s * 0.18, s * 0.45, s * 0.64, s * 0.47), s * 0.08, s * 0.08)
    painter.end()
    return QIcon(pixmap)


def _form() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return form


def _text(choice: tuple[Any, str]) -> str:
    """The shown text of a (value, text) choice: what the user looks names up by."""
    return choice[1]


class LeftOnEdit(QWidget):
    """A date that may be empty: "has left" ticked, and on which day."""

    editingFinished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox(self.tr("Has left, on"))
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        # The minimum date shows as blank: "not left" should not show a day.
        self.date.setMinimumDate(QDate(1900, 1, 1))
        self.date.setSpecialValueText(" ")
        self.date.setDate(self.date.minimumDate())
        layout.addWidget(self.check)
        layout.addWidget(self.date, 1)
        self.check.clicked.connect(self._on_check)
        self.date.editingFinished.connect(self.editingFinished)
        # The popup sets the date after its click reaches us; look once it has.
        self.date.calendarWidget().clicked.connect(
            lambda _d: QTimer.singleShot(0, self.editingFinished.emit)
        )

    def _on_check(self, checked: bool) -> None:
        self.date.setEnabled(checked)
        self.date.setDate(QDate.currentDate() if checked else self.date.minimumDate())
        self.editingFinished.emit()

    def value(self) -> date | None:
        if not self.check.isChecked():
            return None
        day = self.date.date()
        return date(day.year(), day.month(), day.day())

    def set_value(self, value: date | None) -> None:
        self.check.setChecked(value is not None)
        self.date.setEnabled(value is not None)
        if value is None:
            self.date.setDate(self.date.minimumDate())
        else:
            self.date.setDate(QDate(value.year, value.month, value.day))


class NewDepartmentCommand(ServiceCommand):
    """Create a department and put the person in it, as one undo step.

    Each step is one write: ``create_department_for`` first, then
    ``remove_department_for`` (the person back where they were, the department
    gone) and ``restore_department_for`` (the very same department back from
    its snapshot, the person in it again).
    """

    def __init__(
        self, ctx: WorkspaceContext, text: str, account_id: int, person_id: int, name: str
    ) -> None:
        super().__init__(ctx, text)
        self.account_id, self.person_id, self.name = account_id, person_id, name
        self.department_id: int | None = None
        self.before: dict[str, Any] | None = None  # the person's fields before the move
        self.version: int | None = None  # the person's version after the last step
        self.snapshot: Snapshot | None = None

    def apply(self) -> None:
        if self.snapshot is None or self.before is None:
            changes = self.ctx.write(
                create_department_for, self.account_id, {"name": self.name}, self.person_id
            )
        else:
            changes = self.ctx.write(
                restore_department_for, self.snapshot, self.person_id, self.before, self.version
            )
        self.department_id = changes.undo["department_id"]
        old = changes.undo["old"]
        if self.before is None:
            self.before = dict(old)
        self.version = getattr(old, "version", None)

    def revert(self) -> None:
        assert self.department_id is not None and self.before is not None
        changes = self.ctx.write(
            remove_department_for, self.department_id, self.person_id, self.before, self.version
        )
        self.snapshot = changes.undo["snapshot"]
        self.version = getattr(changes.undo["old"], "version", None)


class PersonEditor(QWidget):
    """Edit one person of an account; ``set_person(None)`` shows a hint instead."""

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail: PersonDetail | None = None
        self.private: dict[str, str] | None = None  # None while the section is closed
        self._loading = False
        self._switching = False
        self._filled: dict[str, tuple[list[tuple[Any, str]], int]] = {}
        self._colleagues: tuple[Colleague, ...] | None = None
        self._colleagues_of: int | None = None
        self._sorted_colleagues: list[tuple[int, str]] = []
        self._manager_model: QStandardItemModel | None = None
        self._manager_rows: dict[int, int] = {}
        self._manager_greyed: set[int] = set()
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self._error_rows: dict[str, tuple[QFormLayout, int]] = {}
        self._build()
        self.set_person(None)
        ctx.hub.changed.connect(self._on_changed)

    # -- building ----------------------------------------------------------

    def _field_labels(self) -> dict[str, str]:
        return {
            "name": self.tr("Name"),
            "title": self.tr("Title"),
            "department_id": self.tr("Department"),
            "manager_id": self.tr("Reports to"),
            "seniority": self.tr("Seniority"),
            "role": self.tr("Role"),
            "support": self.tr("Support"),
            "backs_competitor_id": self.tr("Backs competitor"),
            "insider": self.tr("Insider"),
            "insider_sources": self.tr("Sources"),
            "coach": self.tr("Coach"),
            "product_preference": self.tr("Product preference"),
            "purchase_history": self.tr("Purchase history"),
            "kpi": self.tr("KPI"),
            "phone": self.tr("Phone"),
            "email": self.tr("Email"),
            "left_on": self.tr("Left"),
            "age": self.tr("Age"),
            "gender": self.tr("Gender"),
            "character": self.tr("Character"),
            "career_situation": self.tr("Career situation"),
            "tenure_hobbies": self.tr("Tenure, hobbies"),
            "family": self.tr("Family"),
            "education_career": self.tr("Education, career"),
        }

    def _build(self) -> None:
        self.names = self._field_labels()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack)

        self.hint = QLabel(self.tr("Select a person in the list to see and edit their details."))
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setObjectName("editorHint")
        self.stack.addWidget(self.hint)

        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        body.setObjectName("personEditorBody")
        self.body_layout = QVBoxLayout(body)
        self.body_layout.setContentsMargins(8, 4, 8, 8)
        self.scroller.setWidget(body)
        self.stack.addWidget(self.scroller)
        self.form = _form()
        self.body_layout.addLayout(self.form)

        job = self._section(self.tr("Job"))
        self._line(job, "name", self.tr("Full name"))
        self._line(job, "title", self.tr("e.g. Head of IT"))
        self._department_row(job)
        self._combo(job, "manager_id")
        self._combo(job, "seniority")

        chain = self._section(self.tr("Decision chain"))
        self._combo(chain, "role")
        self._combo(chain, "support")
        self._combo(chain, "backs_competitor_id")
        insider = QCheckBox(self.tr("Passes us internal information"))
        sources = QSpinBox()
        sources.setRange(0, 20)
        sources.setSuffix(self.tr(" confirming sources"))
        sources.setToolTip(
            self.tr("How many independent channels confirmed what this insider tells us")
        )
        insider.clicked.connect(lambda _c: self._commit("insider"))
        sources.editingFinished.connect(lambda: self._commit("insider_sources"))
        self.widgets["insider"], self.widgets["insider_sources"] = insider, sources
        pair = QWidget()
        pair_layout = QVBoxLayout(pair)
        pair_layout.setContentsMargins(0, 0, 0, 0)
        pair_layout.addWidget(insider)
        pair_layout.addWidget(sources)
        self._add_row(chain, "insider", pair)
        self._error_slot(chain, "insider_sources")
        coach = QCheckBox(self.tr("Shows us how to sell inside"))
        coach.clicked.connect(lambda _c: self._commit("coach"))
        self.widgets["coach"] = coach
        self._add_row(chain, "coach", coach)

        notes = self._section(self.tr("Needs and history"))
        for name in ("product_preference", "purchase_history", "kpi"):
            self._text(notes, name)

        contact = self._section(self.tr("Contact"))
        self._line(contact, "phone", "")
        self._line(contact, "email", "")
        left = LeftOnEdit()
        left.editingFinished.connect(lambda: self._commit("left_on"))
        self.widgets["left_on"] = left
        self._add_row(contact, "left_on", left)

        self._build_private()
        self.body_layout.addStretch(1)

    def _section(self, title: str) -> QFormLayout:
        """A bold heading inside the one form, so labels line up across sections."""
        heading = QLabel(title)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        if self.form.rowCount():
            self.form.addItem(QSpacerItem(0, 6))
        self.form.addRow(heading)
        return self.form

    def _add_row(self, form: QFormLayout, name: str, widget: QWidget) -> None:
        label = QLabel(self.names[name])
        label.setBuddy(widget)
        form.addRow(label, widget)
        self._error_slot(form, name)

    def _error_slot(self, form: QFormLayout, name: str) -> None:
        error = QLabel()
        error.setWordWrap(True)
        error.setStyleSheet(ERROR_STYLE)
        error.setObjectName(f"error_{name}")
        form.addRow("", error)
        row = form.rowCount() - 1
        form.setRowVisible(row, False)
        self.errors[name] = error
        self._error_rows[name] = (form, row)

    def _line(self, form: QFormLayout, name: str, placeholder: str) -> None:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        edit.editingFinished.connect(lambda: self._commit(name))
        self.widgets[name] = edit
        self._add_row(form, name, edit)

    def _text(self, form: QFormLayout, name: str) -> None:
        """Several lines: the label goes above, the box spans the form's width."""
        box = TextBox(3)
        box.editingFinished.connect(lambda: self._commit(name))
        self.widgets[name] = box
        label = QLabel(self.names[name])
        label.setBuddy(box)
        form.addRow(label)
        form.addRow(box)
        self._error_slot(form, name)

    def _combo(self, form: QFormLayout, name: str) -> None:
        combo = LazyComboBox() if name == "manager_id" else QComboBox()
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        combo.activated.connect(lambda _i: self._commit(name))
        self.widgets[name] = combo
        self._add_row(form, name, combo)

    def _department_row(self, form: QFormLayout) -> None:
        """The department and, on the row right under it, its kind: which side of
        the decision chain its staff are on. (Side by side, a 380-pixel editor cut
        both names short.)"""
        self._combo(form, "department_id")
        kind = GuardedComboBox()
        kind.setObjectName("departmentKind")
        kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        kind.setMinimumContentsLength(6)
        kind.setAccessibleName(self.tr("Department kind"))
        kind.setToolTip(
            self.tr(
                "Influencing, technical and user departments count as the KI/KU side "
                "for the exit criteria"
            )
        )
        kind.activated.connect(lambda _i: self._commit_department_kind())
        self.department_kind = kind
        label = QLabel(self.tr("Department kind"))
        self.department_kind_label = label
        label.setBuddy(kind)
        label.setToolTip(kind.toolTip())
        form.addRow(label, kind)
        self._error_slot(form, "department_kind")

    def _build_private(self) -> None:
        frame = QFrame()
        frame.setObjectName("sensitiveSection")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setStyleSheet(
            f"QFrame#sensitiveSection {{ border: 1px solid {SENSITIVE_COLOUR};"
            " border-radius: 4px; }"
        )
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(6, 4, 6, 6)
        self.private_toggle = QToolButton()
        self.private_toggle.setObjectName("privateToggle")
        self.private_toggle.setCheckable(True)
        self.private_toggle.setChecked(False)
        self.private_toggle.setIcon(lock_icon())
        self.private_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.private_toggle.setAutoRaise(True)
        self.private_toggle.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.private_toggle.setToolTip(
            self.tr(
                "Personal attributes of this person. They are shown only here and "
                "read from the workspace only when you open this section."
            )
        )
        font = self.private_toggle.font()
        font.setBold(True)
        self.private_toggle.setFont(font)
        self.private_toggle.setStyleSheet(f"color: {SENSITIVE_COLOUR}; text-align: left;")
        self.private_toggle.toggled.connect(self._toggle_private)
        layout.addWidget(self.private_toggle)
        note = QLabel(
            self.tr(
                "Sensitive. Kept only here: left out of lists, logs and exports "
                "unless you ask for them."
            )
        )
        note.setWordWrap(True)
        note.setObjectName("sensitiveNote")
        small = note.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        note.setFont(small)
        layout.addWidget(note)
        self.private_body = QWidget()
        form = _form()
        self.private_body.setLayout(form)
        form.setContentsMargins(0, 4, 0, 0)
        for name in PRIVATE_FIELD_NAMES:
            if name in ("age", "gender"):
                self._line(form, name, "")
            else:
                self._text(form, name)
        layout.addWidget(self.private_body)
        self.private_body.setVisible(False)
        self._set_toggle_text(False)
        self.body_layout.addSpacing(10)
        self.body_layout.addWidget(frame)

    def _set_toggle_text(self, open_: bool) -> None:
        arrow = "▾" if open_ else "▸"
        self.private_toggle.setText(self.tr("{arrow} Private attributes").format(arrow=arrow))

    # -- state -------------------------------------------------------------

    @property
    def person_id(self) -> int | None:
        return self.detail.id if self.detail is not None else None

    def set_person(self, person_id: int | None) -> None:
        """Show another person; the sensitive section closes again."""
        if self._switching or (person_id is not None and person_id == self.person_id):
            return
        self._switching = True
        try:
            self._switch(person_id)
        finally:
            self._switching = False

    def _switch(self, person_id: int | None) -> None:
        self.commit_pending()
        self.private_toggle.setChecked(False)
        self._clear_errors()
        self.detail = self.ctx.read(person_detail, person_id) if person_id is not None else None
        if self.detail is None:
            self.stack.setCurrentWidget(self.hint)
            return
        self.stack.setCurrentWidget(self.scroller)
        self.scroller.verticalScrollBar().setValue(0)
        self._load()

    def focus_name(self) -> None:
        edit = self.widgets["name"]
        assert isinstance(edit, QLineEdit)
        edit.setFocus(Qt.FocusReason.OtherFocusReason)
        edit.selectAll()

    def commit_pending(self) -> None:
        """Commit what is typed but not yet committed (before switching away)."""
        if self.detail is None or self._loading:
            return
        for name in self._editable():
            if self._differs(name):
                self._commit(name)

    def _editable(self) -> list[str]:
        names = [n for n in self.widgets if n not in PRIVATE_FIELD_NAMES]
        if self.private is not None:
            names += list(PRIVATE_FIELD_NAMES)
        return names

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("person"):
            self._colleagues_of = None  # names or lines may differ: read them again
        if self.detail is None or not changes.touches("person", "department", "competitor"):
            return
        detail = self.ctx.read(person_detail, self.detail.id)
        if detail is None:
            self.detail = None
            self.private_toggle.setChecked(False)
            self.stack.setCurrentWidget(self.hint)
            return
        self.detail = detail
        if self.private is not None:
            self.private = self.ctx.read(get_private, detail.id)
        self._load()

    # -- model → widgets ---------------------------------------------------

    def _load(self) -> None:
        detail = self.detail
        assert detail is not None
        self._loading = True
        try:
            self._fill_combos(detail)
            for name in self.widgets:
                if name in PRIVATE_FIELD_NAMES:
                    continue
                self._set_widget(name, getattr(detail, name))
            self.widgets["insider_sources"].setEnabled(detail.insider)
            self._load_department_kind(detail.department_id)
            if self.private is not None:
                for name in PRIVATE_FIELD_NAMES:
                    self._set_widget(name, self.private.get(name, ""))
        finally:
            self._loading = False

    def _fill_combos(self, detail: PersonDetail) -> None:
        none = self.tr("—")
        departments = sort_by_name(self.ctx.read(department_choices, detail.account_id), _text)
        self._fill(
            "department_id",
            [(None, none), *departments, (NEW_DEPARTMENT, self.tr("New department…"))],
        )
        self._fill_managers(detail)
        self._fill("seniority", labels.options("seniority"))
        roles = [(code, labels.role_label(code)) for code, _ in labels.options("role")]
        self._fill("role", [(None, self.tr("No role in the decision chain")), *roles])
        support = [
            (value, f"{labels.support_sign(value)}  {labels.support_label(value)}")
            for value in range(SUPPORT_MIN, SUPPORT_MAX + 1)
        ]
        self._fill("support", support)
        self._support_icons()
        self._fill(
            "backs_competitor_id",
            [
                (None, self.tr("No competitor")),
                *sort_by_name(self.ctx.read(competitor_choices), _text),
            ],
        )

    def _fill_managers(self, detail: PersonDetail) -> None:
        """Reports to: the person's manager alone until the box is opened, focused or
        typed in (:class:`~desktop.widgets.LazyComboBox`); then everyone at the
        account (:meth:`_fill_all_managers`)."""
        combo = self.widgets["manager_id"]
        assert isinstance(combo, LazyComboBox)
        if combo.loaded_for == detail.account_id and self._colleagues_of == detail.account_id:
            self._fill_all_managers(detail)  # the whole list is there and current: grey anew
            return
        short: list[tuple[Any, str]] = [(None, self.tr("Nobody here"))]
        boss = self.ctx.read(person_detail, detail.manager_id) if detail.manager_id else None
        if boss is not None:
            short.append((boss.id, boss.name))
        self._fill("manager_id", short)
        combo.loaded_for = None
        combo.loader = self._load_all_managers

    def _load_all_managers(self) -> None:
        detail = self.detail
        combo = self.widgets["manager_id"]
        if detail is None or not isinstance(combo, LazyComboBox):
            return
        self._fill_all_managers(detail)
        combo.loaded_for = detail.account_id
        self._set_widget("manager_id", detail.manager_id)

    def _fill_all_managers(self, detail: PersonDetail) -> None:
        """Everyone at the account, the person and those below them greyed (choosing
        them would make a loop). The sorted names and the combo's items are kept
        while the account's people stay the same."""
        if self._colleagues_of != detail.account_id or self._colleagues is None:
            people = self.ctx.read(colleagues, detail.account_id)
            self._colleagues_of = detail.account_id
        else:
            people = self._colleagues  # no person changed since: nothing to read
        if people != self._colleagues:
            self._colleagues = people
            self._sorted_colleagues = sort_by_name([(i, n) for i, n, _m in people], _text)
        self._fill("manager_id", [(None, self.tr("Nobody here")), *self._sorted_colleagues])
        combo = self.widgets["manager_id"]
        assert isinstance(combo, QComboBox)
        model = combo.model()
        assert isinstance(model, QStandardItemModel)
        if model is not self._manager_model or combo.count() != len(self._manager_rows) + 1:
            self._manager_model = model
            self._manager_rows = {combo.itemData(r): r for r in range(1, combo.count())}
            self._manager_greyed = set()
        greyed = reports_below(people, detail.id) | {detail.id}
        for pid in self._manager_greyed ^ greyed:
            row = self._manager_rows.get(pid)
            item = model.item(row) if row is not None else None
            if item is not None:
                item.setEnabled(pid not in greyed)
        self._manager_greyed = greyed

    def _load_department_kind(self, department_id: int | None) -> None:
        """The kind of the person's department; disabled while they have none."""
        combo = self.department_kind
        items = labels.options("department_kind")
        current = [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count())]
        combo.blockSignals(True)
        try:
            if current != items:
                combo.clear()
                for value, text in items:
                    combo.addItem(text, value)
            department = (
                self.ctx.read(get_department, department_id) if department_id is not None else None
            )
            combo.setCurrentIndex(combo.findData(department.kind) if department else -1)
            combo.setEnabled(department is not None)
            self.department_kind_label.setEnabled(department is not None)
        finally:
            combo.blockSignals(False)

    def _support_icons(self) -> None:
        from desktop.models.people_model import SUPPORT_COLOURS

        combo = self.widgets["support"]
        assert isinstance(combo, QComboBox)
        for i in range(combo.count()):
            pixmap = QPixmap(12, 12)
            pixmap.fill(QColor(SUPPORT_COLOURS.get(combo.itemData(i), "#757575")))
            combo.setItemIcon(i, QIcon(pixmap))

    def _fill(self, name: str, items: list[tuple[Any, str]]) -> None:
        combo = self.widgets[name]
        assert isinstance(combo, QComboBox)
        filled = self._filled.get(name)
        if filled is not None and filled[1] == combo.count() and filled[0] == items:
            return  # (compared in Python: reading back 2,000 items from Qt took longer)
        combo.blockSignals(True)
        combo.clear()
        for value, text in items:
            if value == NEW_DEPARTMENT:
                combo.insertSeparator(combo.count())
            combo.addItem(text, value)
        combo.blockSignals(False)
        self._filled[name] = (list(items), combo.count())

    def _set_widget(self, name: str, value: Any) -> None:
        widget = self.widgets[name]
        widget.blockSignals(True)
        try:
            if isinstance(widget, QComboBox):
                index = widget.findData(value)
                if index < 0:
                    index = widget.findData(None)
                widget.setCurrentIndex(index)
            elif isinstance(widget, QLineEdit):
                text = "" if value is None else str(value)
                if widget.text() != text:
                    widget.setText(text)
                    widget.setCursorPosition(0)
            elif isinstance(widget, TextBox):
                widget.setText("" if value is None else str(value))
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QSpinBox):
                widget.setValue(int(value or 0))
            elif isinstance(widget, LeftOnEdit):
                widget.set_value(value)
        finally:
            widget.blockSignals(False)

    # -- widgets → model ---------------------------------------------------

    def _value(self, name: str) -> Any:
        widget = self.widgets[name]
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, QLineEdit | TextBox):
            return widget.text().strip()
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QSpinBox):
            return widget.value()
        if isinstance(widget, LeftOnEdit):
            return widget.value()
        raise TypeError(name)

    def _stored(self, name: str) -> Any:
        if name in PRIVATE_FIELD_NAMES:
            return (self.private or {}).get(name, "")
        assert self.detail is not None
        value = getattr(self.detail, name)
        return value.strip() if isinstance(value, str) else value

    def _differs(self, name: str) -> bool:
        value = self._value(name)
        if name == "department_id" and value == NEW_DEPARTMENT:
            return False
        return bool(value != self._stored(name))

    def _commit(self, name: str) -> None:
        if self._loading or self.detail is None:
            return
        if name == "department_id" and self._value(name) == NEW_DEPARTMENT:
            self._new_department()
            return
        if not self._differs(name):
            self._show_error(name, None)
            self._set_widget(name, self._stored(name))  # tidy spaces away
            return
        self.commit_field(name, self._value(name))

    def commit_field(self, name: str, value: Any) -> bool:
        """Write one field as one undo step; on refusal say why beside the
        field and put the stored value back."""
        detail = self.detail
        assert detail is not None
        label = self.names.get(name, name)
        if name in PRIVATE_FIELD_NAMES:
            text = self.tr("Edit {person} (private attribute)").format(person=detail.name)
            command = EditCommand(self.ctx, text, update_private, detail.id, {name: value})
        else:
            text = self.tr("Edit {person} ({field})").format(
                person=detail.name, field=label.lower()
            )
            command = EditCommand(
                self.ctx,
                text,
                update_person,
                detail.id,
                {name: value},
                shown={name: self._stored(name)},
            )
        error = self.ctx.try_push(command)
        self._show_error(name, error)
        if error is not None and self.detail is not None:
            self._loading = True
            try:
                self._set_widget(name, self._stored(name))
            finally:
                self._loading = False
            if name == "insider":
                self.widgets["insider_sources"].setEnabled(self.detail.insider)
        return error is None

    def _new_department(self) -> None:
        detail = self.detail
        assert detail is not None
        name = self.ask_department_name()
        if not name:
            self._set_widget("department_id", detail.department_id)
            return
        command = NewDepartmentCommand(
            self.ctx,
            self.tr("New department {name}").format(name=name),
            detail.account_id,
            detail.id,
            name,
        )
        error = self.ctx.try_push(command)
        self._show_error("department_id", error)
        if error is not None and self.detail is not None:
            self._set_widget("department_id", self.detail.department_id)

    def _commit_department_kind(self) -> None:
        """The kind chosen in the combo, as one undo step (its department's, not the person's)."""
        detail = self.detail
        if self._loading or detail is None or detail.department_id is None:
            return
        kind = self.department_kind.currentData()
        department = self.ctx.read(get_department, detail.department_id)
        if department is None or kind is None or kind == department.kind:
            return
        command = EditCommand(
            self.ctx,
            self.tr("Department {name}: {kind}").format(
                name=department.name, kind=labels.department_kind_label(kind)
            ),
            update_department,
            department.id,
            {"kind": kind},
        )
        error = self.ctx.try_push(command)
        self._show_error("department_kind", error)
        if error is not None and self.detail is not None:
            self._load_department_kind(self.detail.department_id)

    def ask_department_name(self) -> str:
        """Ask for the new department's name ("" if the user cancels)."""
        name, ok = QInputDialog.getText(
            self, self.tr("New department"), self.tr("Name of the new department:")
        )
        return name.strip() if ok else ""

    # -- errors and the private section ------------------------------------

    def _show_error(self, name: str, message: str | None) -> None:
        label = self.errors.get(name)
        if label is None:
            return
        label.setText(message or "")
        form, row = self._error_rows[name]
        form.setRowVisible(row, bool(message))

    def _clear_errors(self) -> None:
        for name in self.errors:
            self._show_error(name, None)

    def _toggle_private(self, open_: bool) -> None:
        self._set_toggle_text(open_)
        if open_ and self.detail is not None:
            self.private = self.ctx.read(get_private, self.detail.id)
            self._loading = True
            try:
                for name in PRIVATE_FIELD_NAMES:
                    self._set_widget(name, self.private.get(name, ""))
            finally:
                self._loading = False
            self.private_body.setVisible(True)
            return
        if self.private is not None and self.detail is not None:
            for name in PRIVATE_FIELD_NAMES:
                if self._differs(name):
                    self._commit(name)
        self.private = None
        self.private_body.setVisible(False)
        self._loading = True
        try:
            for name in PRIVATE_FIELD_NAMES:
                self._set_widget(name, "")
        finally:
            self._loading = False
        for name in PRIVATE_FIELD_NAMES:
            self._show_error(name, None)
