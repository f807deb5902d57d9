"""The Tasks tab: a member's list ("My tasks" by default) beside the task's editor.

The list is :func:`model.tasks.member_tasks`: the member's live tasks and the
overdue tasks that escalated to them from the people who report to them,
overdue first. Each edit — take, assign, due day, done, a task by hand,
delete — is one undo step (desktop/tasks/commands.py).

"Add task…" asks through :data:`decide_new_task`, a module attribute tests
replace so that no modal dialog blocks them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtGui import QAction, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop import labels
from desktop.collation import sort_by_name
from desktop.commands import CreateCommand
from desktop.context import WorkspaceContext
from desktop.pages.base import EmptyState, make_action
from desktop.pages.list_editor import (
    EditorPanel,
    RowSelection,
    fit_rows,
    follow_text_size,
    list_beside,
    read_only_table,
    text_width,
)
from desktop.tasks.commands import DeleteTaskCommand, SetTaskCommand
from desktop.tasks.model import Column, TaskTableModel, state_text, task_text
from desktop.tasks.model import tr as tr_model
from model.changes import Changes
from model.rows import MemberRow, member_rows
from model.services.tasks import add_task, delete_task
from model.settings import get_setting
from model.tasks import DealChoice, TaskRow, member_tasks, open_deal_choices


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


# -- a task by hand --------------------------------------------------------------------------


@dataclass(frozen=True)
class NewTaskRequest:
    deals: Sequence[DealChoice]
    members: Sequence[MemberRow]
    deal_id: int | None  # the deal to offer first (the selected task's)
    assignee_id: int | None  # the member whose list is shown
    due: date


@dataclass(frozen=True)
class NewTaskValues:
    deal_id: int
    title: str
    assignee_id: int | None
    due_on: date


class NewTaskDialog(QDialog):
    """Deal, what to do, who and by when."""

    def __init__(self, request: NewTaskRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newTaskDialog")
        self.setWindowTitle(self.tr("Add a task"))
        self.setMinimumWidth(520)
        form = QFormLayout(self)
        self.deal = QComboBox()
        self.deal.setObjectName("newTaskDeal")
        for d in request.deals:
            self.deal.addItem(f"{d.account} · {d.name} ({d.stage})", d.id)
        self.deal.setCurrentIndex(max(0, self.deal.findData(request.deal_id)))
        self.title = QLineEdit()
        self.title.setObjectName("newTaskTitle")
        self.title.setPlaceholderText(self.tr("What is to be done, e.g. send the reference list"))
        self.assignee = QComboBox()
        self.assignee.setObjectName("newTaskAssignee")
        self.assignee.addItem(self.tr("— nobody yet —"), None)
        for m in sort_by_name([m for m in request.members if m.active], lambda m: m.name):
            self.assignee.addItem(f"{m.name} · {labels.team_role_label(m.role)}", m.id)
        self.assignee.setCurrentIndex(max(0, self.assignee.findData(request.assignee_id)))
        self.due = QDateEdit(_qdate(request.due))
        self.due.setObjectName("newTaskDue")
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        form.addRow(self.tr("&Deal"), self.deal)
        form.addRow(self.tr("&Task"), self.title)
        form.addRow(self.tr("&Assignee"), self.assignee)
        form.addRow(self.tr("D&ue"), self.due)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> NewTaskValues | None:
        title = self.title.text().strip()
        if self.deal.currentData() is None or not title:
            return None
        return NewTaskValues(
            int(self.deal.currentData()),
            title,
            self.assignee.currentData(),
            _day(self.due.date()),
        )


NewTaskDecider = Callable[[QWidget | None, NewTaskRequest], NewTaskValues | None]


def ask_new_task(parent: QWidget | None, request: NewTaskRequest) -> NewTaskValues | None:
    dialog = NewTaskDialog(request, parent)
    return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


decide_new_task: NewTaskDecider = ask_new_task
"""How "Add task…" asks; tests replace it."""


# -- the editor ------------------------------------------------------------------------------


class TaskEditor(EditorPanel):
    """The selected task: what, for which deal, who, by when, done."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("taskEditor", 300, parent)
        self.setMaximumWidth(420)
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.about.setObjectName("taskAbout")
        self.body.addWidget(self.about)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.assignee = QComboBox()
        self.assignee.setObjectName("taskAssignee")
        self.due = QDateEdit()
        self.due.setObjectName("taskDue")
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.done = QCheckBox(self.tr("Done"))
        self.done.setObjectName("taskDone")
        form.addRow(self.tr("&Assignee"), self.assignee)
        form.addRow(self.tr("D&ue"), self.due)
        form.addRow("", self.done)
        self.body.addLayout(form)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.body.addWidget(self.state)
        self.body.addWidget(self.error)
        self.body.addStretch(1)
        self.name = QLineEdit()  # EditorPanel's contract; tasks are not renamed here
        self.name.hide()
        self.fields = [self.assignee, self.due, self.done]


# -- the tab ---------------------------------------------------------------------------------


class TasksView(QWidget, RowSelection[TaskRow]):
    """A member's task list with the editor of the selected task."""

    editor: TaskEditor

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tasksView")
        self.ctx = ctx
        self.member_id: int | None = ctx.me
        self._members: list[MemberRow] = []
        self._selected: int | None = None
        self._loading = False
        self.stale = True
        self.model = TaskTableModel(self)
        self._build_actions()
        self._build_ui()
        ctx.meChanged.connect(self._me_changed)

    # -- building -------------------------------------------------------------------------

    def _action(self, text: str, tip: str, slot: Callable[[], object], key: str) -> QAction:
        """An action of the tab (its shortcut works while the tab has the focus)."""
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        action = make_action(self, text, tip, slot, key, context=context)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.act_done = self._action(
            self.tr("Mark done"),
            self.tr("Mark the selected task done today, or not done again"),
            self.toggle_done,
            "Ctrl+D",
        )
        self.act_done.setObjectName("act_task_done")
        self.act_take = self._action(
            self.tr("Take it"),
            self.tr("Make the selected task yours (the member this list is for)"),
            self.take,
            "Ctrl+Shift+T",
        )
        self.act_take.setObjectName("act_task_take")
        self.act_add = self._action(
            self.tr("Add task…"),
            self.tr("Write a task by hand for an open deal"),
            self.add,
            "Ctrl+Shift+K",
        )
        self.act_add.setObjectName("act_task_add")
        self.act_delete = self._action(
            self.tr("Delete task"),
            self.tr("Delete the selected task (undo brings it back)"),
            self.delete,
            "Ctrl+Shift+Del",
        )
        self.act_delete.setObjectName("act_task_delete")

    def actions_shown(self) -> list[QAction]:
        return [self.act_done, self.act_take, self.act_add, self.act_delete]

    def _build_ui(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 4, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Tasks of")))
        self.member = QComboBox()
        self.member.setObjectName("tasksMember")
        self.member.setMinimumContentsLength(18)
        self.member.activated.connect(lambda _i: self.show_member(self.member.currentData()))
        bar.addWidget(self.member)
        self.show_done = QCheckBox(self.tr("Show done"))
        self.show_done.setObjectName("tasksShowDone")
        self.show_done.toggled.connect(lambda _on: self.refresh())
        bar.addWidget(self.show_done)
        for action in self.actions_shown():
            button = QToolButton()
            button.setDefaultAction(action)
            bar.addWidget(button)
        bar.addStretch(1)
        self.count = QLabel()
        bar.addWidget(self.count)
        outer.addLayout(bar)

        self.stack = QStackedWidget()
        self.empty = EmptyState(self.tr("No tasks"), "")
        self.empty_text = self.empty.findChild(QLabel, "emptyText")
        self.stack.addWidget(self.empty)
        self.table = read_only_table("tasksTable", self.model)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.TASK, QHeaderView.ResizeMode.Stretch)
        fit_rows(self.table)
        self._size_columns()
        follow_text_size(self, self._size_columns)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.table.doubleClicked.connect(lambda _i: self.toggle_done())
        self.editor = TaskEditor()
        self.stack.addWidget(list_beside("tasksSplitter", self.table, self.editor, [900, 320]))
        outer.addWidget(self.stack, 1)

        ed = self.editor
        ed.assignee.activated.connect(
            lambda _i: self._edit("assignee_id", ed.assignee.currentData())
        )
        ed.due.editingFinished.connect(lambda: self._edit("due_on", _day(ed.due.date())))
        ed.done.toggled.connect(lambda on: self._edit("done_on", date.today() if on else None))

    def _size_columns(self) -> None:
        """Widths from the font now (headers and the widest texts), so larger text fits."""
        table = self.table
        fit_rows(table)
        em = table.fontMetrics().horizontalAdvance("M")
        table.setColumnWidth(Column.DEAL, 9 * em)
        names = [m.name for m in getattr(self, "_members", ()) if m.active]
        assignees = [*names, tr_model("— to take —")]
        table.setColumnWidth(
            Column.ASSIGNEE, min(text_width(table, Column.ASSIGNEE, assignees), 8 * em)
        )
        # escalated states are bold: measured in bold, at their longest likely length
        bold = QFont(table.font())
        bold.setBold(True)
        states = [tr_model("Escalated, {n} d late").format(n=99), tr_model("Dormant")]
        states.append(tr_model("Done {day}").format(day="2026-12-31"))
        widest = max(QFontMetrics(bold).horizontalAdvance(t) for t in states)
        table.setColumnWidth(
            Column.STATE,
            max(
                text_width(table, Column.STATE),
                widest + 2 * table.fontMetrics().averageCharWidth() + 8,
            ),
        )
        for column, texts in (
            (Column.STAGE, ["P7"]),
            (Column.ROLE, [labels.team_role_label(r) for r in ("rep", "presales", "manager")]),
            (Column.DUE, ["2026-12-31"]),
        ):
            table.setColumnWidth(column, text_width(table, column, texts))

    # -- reading --------------------------------------------------------------------------

    def rows(self) -> list[TaskRow]:
        return self.model.rows()

    def selected_task(self) -> TaskRow | None:
        return self.model.row_at(self.model.row_of(self._selected))

    def refresh(self) -> None:
        self.stale = False
        self._members = self.ctx.read(member_rows)
        self._fill_members()
        self._size_columns()  # the Assignee column follows the members' names
        rows: list[TaskRow] = []
        if self.member_id is not None:
            rows = self.ctx.read(
                member_tasks, self.member_id, include_done=self.show_done.isChecked()
            )
        self._loading = True
        try:
            self.model.today = date.today()
            self.model.set_rows(rows)
        finally:
            self._loading = False
        self._say_empty()
        self.stack.setCurrentIndex(1 if rows else 0)
        if self.model.row_of(self._selected) < 0:
            self._selected = rows[0].id if rows else None
        self._show_selected()
        overdue = sum(1 for r in rows if r.overdue(self.model.today))
        self.count.setText(
            self.tr("{n} tasks, {late} overdue").format(n=len(rows), late=overdue)
            if overdue
            else self.tr("{n} tasks").format(n=len(rows))
        )

    def _fill_members(self) -> None:
        combo = self.member
        combo.blockSignals(True)
        combo.clear()
        for m in sort_by_name([m for m in self._members if m.active], lambda m: m.name):
            text = m.name
            if m.id == self.ctx.me:
                text = self.tr("{name} (me)").format(name=m.name)
            combo.addItem(text, m.id)
        if self.member_id is not None and combo.findData(self.member_id) < 0:
            self.member_id = None
        if self.member_id is None:
            combo.insertItem(0, self.tr("— choose a member —"), None)
        combo.setCurrentIndex(max(0, combo.findData(self.member_id)))
        combo.blockSignals(False)

    def _say_empty(self) -> None:
        if not self._members:
            text = self.tr(
                "Add your team on the Members tab first. Tasks are made from each stage's key "
                "actions when a deal enters the stage."
            )
        elif self.member_id is None:
            text = self.tr(
                "Say who you are with File ▸ I am… to see your own tasks here, or choose a "
                "member above."
            )
        else:
            text = self.tr(
                "Nothing to do here. When a deal enters a stage, its key actions become tasks: "
                "the rep's for the deal's owner, the manager's for the owner's manager, and "
                "presales tasks wait to be taken. Add a task by hand with Add task…."
            )
        if self.empty_text is not None:
            self.empty_text.setText(text)

    def show_member(self, member_id: int | None) -> None:
        self.member_id = member_id
        self._selected = None
        self.refresh()

    def _me_changed(self, member_id: object) -> None:
        if isinstance(member_id, int) or member_id is None:
            self.show_member(member_id if isinstance(member_id, int) else None)

    def apply_changes(self, changes: Changes) -> None:
        if changes.touches("task", "deal", "member", "stage_change"):
            self.refresh()

    # -- selection ------------------------------------------------------------------------

    def select_task(self, task_id: int | None) -> None:
        self.select(task_id)

    def _index_of(self, ident: int | None) -> QModelIndex:
        return self.model.index(self.model.row_of(ident), 0)

    def _load_editor(self) -> None:
        task = self.selected_task()
        ed = self.editor
        for action in (self.act_done, self.act_take, self.act_delete):
            action.setEnabled(task is not None)
        with ed.filling(task is not None):
            ed.assignee.clear()
            if task is None:
                ed.heading.setText(self.tr("No task selected"))
                ed.about.clear()
                ed.state.clear()
                ed.done.setChecked(False)
                return
            ed.heading.setText(task_text(task))
            ed.about.setText(
                self.tr("{deal} at {account} · {stage} · for the {role}").format(
                    deal=task.deal,
                    account=task.account,
                    stage=labels.stage_label(task.stage),
                    role=labels.team_role_label(task.team_role),
                )
            )
            ed.assignee.addItem(self.tr("— nobody yet —"), None)
            for m in sort_by_name(self._members, lambda m: m.name):
                if m.active or m.id == task.assignee_id:
                    ed.assignee.addItem(f"{m.name} · {labels.team_role_label(m.role)}", m.id)
            ed.assignee.setCurrentIndex(max(0, ed.assignee.findData(task.assignee_id)))
            ed.due.setDate(_qdate(task.due_on or date.today()))
            ed.done.setChecked(task.done)
            ed.state.setText(state_text(task))
        self.act_done.setText(self.tr("Mark not done") if task.done else self.tr("Mark done"))
        self.act_take.setEnabled(self.member_id is not None and task.assignee_id != self.member_id)

    # -- writing --------------------------------------------------------------------------

    def _edit(self, field: str, value: object) -> None:
        task = self.selected_task()
        if task is None or self._loading:
            return
        current = {"assignee_id": task.assignee_id, "due_on": task.due_on, "done_on": task.done_on}
        if current.get(field) == value:
            return
        name = task_text(task)
        texts = {
            "assignee_id": self.tr("Assign “{task}”"),
            "due_on": self.tr("Set the due day of “{task}”"),
            "done_on": self.tr("Mark “{task}” done")
            if value is not None
            else self.tr("Mark “{task}” not done"),
        }
        if not self._push(
            SetTaskCommand(self.ctx, texts[field].format(task=name), task.uuid, {field: value})
        ):
            self._load_editor()

    def toggle_done(self) -> None:
        task = self.selected_task()
        if task is not None:
            self._edit("done_on", None if task.done else date.today())

    def take(self) -> None:
        task = self.selected_task()
        if task is not None and self.member_id is not None:
            name = task_text(task)
            command = SetTaskCommand(
                self.ctx,
                self.tr("Take “{task}”").format(task=name),
                task.uuid,
                {"assignee_id": self.member_id},
            )
            self._push(command)

    def add(self) -> None:
        deals = self.ctx.read(open_deal_choices)
        if not deals:
            self.editor.show_error(self.tr("A task is for an open deal; there is none yet."))
            return
        task = self.selected_task()
        days = int(self.ctx.read(get_setting, "task_due_days"))
        request = NewTaskRequest(
            deals,
            self._members,
            task.deal_id if task is not None else None,
            self.member_id,
            date.fromordinal(date.today().toordinal() + days),
        )
        values = decide_new_task(self, request)
        if values is None:
            return
        command = CreateCommand(
            self.ctx,
            self.tr("Add the task “{task}”").format(task=values.title),
            "task",
            add_task,
            delete_task,
            values.deal_id,
            {"title": values.title, "assignee_id": values.assignee_id, "due_on": values.due_on},
        )
        if self._push(command) and command.ident is not None:
            self.select_task(command.ident)

    def delete(self) -> None:
        task = self.selected_task()
        if task is None:
            return
        name = task_text(task)
        row = self.model.row_of(task.id)
        command = DeleteTaskCommand(
            self.ctx, self.tr("Delete “{task}”").format(task=name), task.uuid
        )
        if self._push(command):
            neighbour = self.model.row_at(min(row, self.model.rowCount() - 1))
            self.select_task(neighbour.id if neighbour is not None else None)
            self.ctx.hub.status.emit(
                self.tr("Deleted “{task}”. Undo brings it back.").format(task=name)
            )
