"""The Team page: our own people, their roles and who reports to whom.

These are the method's "internal key customers" (TEAM.INTERNAL): the direct
manager who confirms the five elements, presales who shape the solution, the
executives a very large deal needs. A rep must know whose resources to pull
in, so the page shows the team both as a list and as reporting lines.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QStyle,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop import labels
from desktop.collation import sort_by_name
from desktop.commands import CreateCommand, DeleteCommand, EditCommand
from desktop.context import WorkspaceContext
from desktop.models.team_model import (
    Column,
    MemberTableModel,
    ReportsTreeModel,
    reports_of,
    role_hint,
)
from desktop.pages.base import EmptyState, Page
from desktop.pages.list_editor import (
    EditorPanel,
    ListEditor,
    RowMenu,
    copy_name_action,
    fit_rows,
    put_cursor,
    row_proxy,
    row_table,
)
from desktop.tasks.selfcheck_view import SelfCheckView
from desktop.tasks.view import TasksView
from model.changes import Changes
from model.enums import TeamRole
from model.rows import MemberRow, member_rows
from model.services.team import create_member, delete_member, update_member


class MemberEditor(EditorPanel):
    """The side panel that edits the selected member, one undoable edit per field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("memberEditor", 300, parent)
        self.setMaximumWidth(420)
        layout = self.body
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Full name"))
        self.role = QComboBox()
        for value, text in labels.options(TeamRole):
            self.role.addItem(text, value)
        self.role.setToolTip(self.tr("Sales rep, presales, manager or executive"))
        self.manager = QComboBox()
        self.manager.setToolTip(
            self.tr(
                "The member's direct manager. People who report to this member are not offered, "
                "so reporting lines never go round in a circle."
            )
        )
        self.email = QLineEdit()
        self.email.setPlaceholderText(self.tr("name@example.com"))
        self.active = QCheckBox(self.tr("Active on the team"))
        self.active.setToolTip(
            self.tr("Untick for someone who left: they stay in the history of deals and visits")
        )
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Role"), self.role)
        form.addRow(self.tr("Reports &to"), self.manager)
        form.addRow(self.tr("&Email"), self.email)
        form.addRow("", self.active)
        layout.addLayout(form)
        layout.addWidget(self.error)
        self.role_hint = QLabel()
        self.role_hint.setWordWrap(True)
        self.role_hint.setObjectName("roleHint")
        layout.addWidget(self.role_hint)
        self.reports = QLabel()
        self.reports.setWordWrap(True)
        self.reports.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.reports)
        layout.addStretch(1)
        self.fields = [self.name, self.role, self.manager, self.email, self.active]


class TeamPage(Page, ListEditor[MemberRow]):
    """Team members as a table (or reporting tree) with an editor beside it."""

    editor: MemberEditor

    key = "team"

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._selected: int | None = None
        self._loading = False
        self.table_model = MemberTableModel(self)
        self.proxy = row_proxy(self.table_model, self, -1)
        self.tree_model = ReportsTreeModel(self)
        self._build_actions()
        self._build_ui()
        self.follow_model()

    # -- building -----------------------------------------------------------

    def _build_actions(self) -> None:
        sp = QStyle.StandardPixmap
        self.act_add = self.make_action(
            self.tr("Add member"),
            self.tr("Add someone to our team: a rep, presales, a manager or an executive"),
            self.add_member,
            "Ctrl+Shift+N",
            sp.SP_FileDialogNewFolder,
        )
        self.act_delete = self.make_action(
            self.tr("Delete member"),
            self.tr("Remove the selected member (undo brings them back with their links)"),
            self.delete_member,
            QKeySequence(QKeySequence.StandardKey.Delete),
            sp.SP_TrashIcon,
        )
        # Delete must not fire while the user deletes text in the editor's fields.
        self.act_delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.act_tree = self.make_action(
            self.tr("Reporting lines"),
            self.tr("Show the team as a tree of who reports to whom"),
            self.set_tree_mode,
            "Ctrl+T",
        )
        self.act_tree.setCheckable(True)
        self.act_territories = self.make_action(
            self.tr("Territories…"),
            self.tr("Who answers for which regions, industries and named accounts (责任区)"),
            self.open_territories,
            "Ctrl+Shift+R",  # every page action has a shortcut (test_team_page)
        )
        self.act_territories.setObjectName("act_territories")
        self.act_targets = self.make_action(
            self.tr("Targets…"),
            self.tr("What each member and the whole team are to win or collect per period"),
            self.open_targets,
            "Ctrl+Shift+G",
        )
        self.act_targets.setObjectName("act_targets")

    def page_actions(self) -> list[QAction]:
        if self.tabs.currentWidget() is self.tasks:
            return self.tasks.actions_shown()
        if self.tabs.currentWidget() is self.selfcheck:
            return []
        return [
            self.act_add,
            self.act_delete,
            self.act_tree,
            self.act_territories,
            self.act_targets,
        ]

    def open_territories(self) -> None:
        from desktop.protection.territories import open_territories

        open_territories(self.ctx, self)

    def open_targets(self) -> None:
        from desktop.dashboards.targets_dialog import open_targets_dialog

        open_targets_dialog(self.ctx, self)

    def _build_ui(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        # Members (the team as it was) | Tasks (My tasks, escalations) | Self-check.
        self.tabs = QTabWidget()
        self.tabs.setObjectName("teamTabs")
        outer.addWidget(self.tabs)
        members = QWidget()
        members_layout = QVBoxLayout(members)
        members_layout.setContentsMargins(0, 4, 0, 0)
        self.stack = QStackedWidget()
        members_layout.addWidget(self.stack)
        self.tasks = TasksView(self.ctx)
        self.selfcheck = SelfCheckView(self.ctx)
        self.tabs.addTab(members, self.tr("Members"))
        self.tabs.addTab(self.tasks, self.tr("Tasks"))
        self.tabs.addTab(self.selfcheck, self.tr("Self-check"))
        self.tabs.setTabToolTip(0, self.tr("Our people, their roles and who reports to whom"))
        self.tabs.setTabToolTip(
            1, self.tr("My tasks from the stages' key actions, and what escalated to me")
        )
        self.tabs.setTabToolTip(
            2, self.tr("Each member's last two weeks: activities against opportunities")
        )
        self.tabs.currentChanged.connect(self._tab_changed)

        self.empty = EmptyState(
            self.tr("Your team"),
            self.tr(
                "List the people on our side: reps, presales experts, direct managers and "
                "executives. The method calls them internal key customers: a rep has to win "
                "their time and pull their resources into a big deal — the manager who confirms "
                "the five elements, presales who shape the solution, the executive who meets the "
                "customer's top level."
            ),
            self.tr("Add the first team member"),
            then=self.add_member,
        )
        self.stack.addWidget(self.empty)

        self.views = QStackedWidget()
        self.table = row_table("teamTable", self.proxy, Column.NAME)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.EMAIL, QHeaderView.ResizeMode.Stretch)
        self.tree = QTreeView()
        self.tree.setObjectName("teamTree")
        self.tree.setModel(self.tree_model)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for view in (self.table, self.tree):
            view.addAction(self.act_delete)
        self.act_edit = QAction(self.tr("&Edit member"), self)
        self.act_edit.setObjectName("act_edit_member")
        self.act_edit.setStatusTip(self.tr("Edit the member's name, role and manager"))
        self.act_edit.triggered.connect(self._edit_selected)
        self.act_copy = copy_name_action(
            self, lambda: getattr(self.selected_member(), "name", None)
        )
        self.row_menus = [
            RowMenu(view, lambda _index: self.row_actions()) for view in (self.table, self.tree)
        ]
        self.views.addWidget(self.table)
        self.views.addWidget(self.tree)
        self._size_columns()
        self.editor = MemberEditor()
        placeholder = self.tr("Filter by name, role, manager or email (Ctrl+F)")
        self.stack.addWidget(self._list_and_editor(placeholder, self.views, [700, 340]))
        self.splitter.setObjectName("teamSplitter")

        self._follow_list()
        self.tree.selectionModel().currentChanged.connect(self._on_tree_current)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)

        ed = self.editor
        ed.name.editingFinished.connect(lambda: self._edit("name", ed.name.text().strip()))
        ed.email.editingFinished.connect(lambda: self._edit("email", ed.email.text().strip()))
        ed.role.activated.connect(lambda _i: self._edit("role", ed.role.currentData()))
        ed.manager.activated.connect(lambda _i: self._edit("manager_id", ed.manager.currentData()))
        ed.active.toggled.connect(lambda on: self._edit("active", on))

    def row_actions(self) -> list[QAction | None]:
        """The right-click menu of a member's row (None: a separator)."""
        return [self.act_edit, self.act_copy, None, self.act_add, self.act_delete]

    def _edit_selected(self) -> None:
        self.editor.name.setFocus(Qt.FocusReason.OtherFocusReason)
        self.editor.name.selectAll()

    def _size_columns(self) -> None:
        """Column widths from the font, so larger text for a projector still fits."""
        fit_rows(self.table)
        em = self.table.fontMetrics().horizontalAdvance("M")
        for column, ems in ((Column.NAME, 12), (Column.ROLE, 8), (Column.MANAGER, 11)):
            self.table.setColumnWidth(column, ems * em)
        self.table.setColumnWidth(Column.ACTIVE, 6 * em)
        for section, ems in enumerate((16, 8, 16)):
            self.tree.setColumnWidth(section, ems * em)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "table"):
            self._size_columns()

    # -- reading ------------------------------------------------------------

    def refresh(self) -> None:
        self._show_rows(self.ctx.read(member_rows))

    def _fill(self, rows: Sequence[MemberRow]) -> None:
        self.table_model.set_rows(rows)
        self.tree_model.set_rows(rows)
        self.tree.expandAll()

    def apply_changes(self, changes: Changes) -> None:
        """Only a member's edit changes the members shown (at once while shown,
        else once when shown: Page.changes_arrived); the Tasks and Self-check tabs
        read what they follow when they are the tab shown, else once shown."""
        if changes.touches("member"):
            self.refresh()
        for view in (self.tasks, self.selfcheck):
            if self.tabs.currentWidget() is view:
                view.apply_changes(changes)
            elif changes:
                view.stale = True

    def _tab_changed(self, _index: int) -> None:
        view = self.tabs.currentWidget()
        if isinstance(view, TasksView | SelfCheckView) and view.stale:
            view.refresh()
        self.actionsChanged.emit()

    def show_tab(self, name: str) -> None:
        """Show the "members", "tasks" or "selfcheck" tab."""
        widget = {"tasks": self.tasks, "selfcheck": self.selfcheck}.get(name)
        self.tabs.setCurrentIndex(0 if widget is None else self.tabs.indexOf(widget))

    def rows(self) -> list[MemberRow]:
        return self.table_model.rows()

    def selected_member(self) -> MemberRow | None:
        return self.selected()

    def _count_text(self, shown: int, total: int) -> str:
        if shown == total:
            if total == 1:
                return self.tr("1 member")
            return self.tr("{n} members").format(n=total)
        return self.tr("{shown} of {n} shown").format(shown=shown, n=total)

    # -- selection ----------------------------------------------------------

    def select_member(self, member_id: int | None) -> None:
        self.flush_pending()
        self.select(member_id)

    def _on_tree_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._loading or not current.isValid():
            return
        self._selected = self.tree_model.member_id(current)
        self._load_editor()

    def _show_selected_elsewhere(self) -> None:
        put_cursor(self.tree, self.tree_model.index_of(self._selected))

    def set_tree_mode(self, on: bool) -> None:
        self.act_tree.setChecked(on)
        self.views.setCurrentIndex(1 if on else 0)
        self._show_selected()

    # -- the editor ---------------------------------------------------------

    def _load_editor(self) -> None:
        member = self.selected_member()
        ed = self.editor
        ed.show_error("")
        with ed.filling(member is not None):
            self.act_delete.setEnabled(member is not None)
            if member is None:
                ed.heading.setText(self.tr("No member selected"))
                ed.name.clear()
                ed.email.clear()
                ed.manager.clear()
                ed.role_hint.clear()
                ed.reports.clear()
                return
            ed.heading.setText(member.name)
            if ed.name.text() != member.name:
                ed.name.setText(member.name)
            if ed.email.text() != member.email:
                ed.email.setText(member.email)
            for field in (ed.name, ed.email):
                if not field.hasFocus():
                    field.setCursorPosition(0)  # a long address shows its start
            ed.role.setCurrentIndex(max(0, ed.role.findData(member.role)))
            ed.active.setChecked(member.active)
            self._fill_managers(member)
            ed.role_hint.setText(role_hint(member.role))
            direct = sort_by_name(
                (r.name for r in self.rows() if r.manager_id == member.id), lambda n: n
            )
            ed.reports.setText(
                self.tr("Direct reports: {names}").format(names=labels.join_list(direct))
                if direct
                else self.tr("No one reports to {name}.").format(name=member.name)
            )

    def _fill_managers(self, member: MemberRow) -> None:
        """Offer everyone except the member and the people under them (no loops)."""
        combo = self.editor.manager
        combo.clear()
        combo.addItem(self.tr("— nobody —"), None)
        below = reports_of(self.rows(), member.id)
        for row in sort_by_name(self.rows(), lambda r: r.name):
            if row.id == member.id or row.id in below:
                continue
            text = f"{row.name} · {labels.team_role_label(row.role)}"
            if not row.active:
                text = self.tr("{name} (inactive)").format(name=text)
            combo.addItem(text, row.id)
        combo.setCurrentIndex(max(0, combo.findData(member.manager_id)))

    def _check(self, member: MemberRow, field: str, value: Any) -> str:
        """The reason an edit cannot be made, found before asking the model."""
        if field == "name" and not value:
            return self.tr("A team member needs a name.")
        if field == "manager_id" and value is not None:
            if value == member.id:
                return self.tr("Nobody can be their own manager.")
            if value in reports_of(self.rows(), member.id):
                return self.tr(
                    "That would make a loop: the chosen manager already reports to {name}."
                ).format(name=member.name)
        return ""

    def _edit(self, field: str, value: Any) -> None:
        member = self.selected_member()
        if member is None or self._loading:
            return
        if getattr(member, field) == value:
            return
        problem = self._check(member, field, value)
        if problem:
            self.editor.show_error(problem)
            self._load_editor()
            self.editor.show_error(problem)
            return
        texts = {
            "name": self.tr("Rename {name} to {value}"),
            "role": self.tr("Change the role of {name}"),
            "manager_id": self.tr("Change the manager of {name}"),
            "email": self.tr("Change the email of {name}"),
            "active": self.tr("Mark {name} active") if value else self.tr("Mark {name} inactive"),
        }
        text = texts[field].format(name=member.name, value=value)
        shown = {field: getattr(member, field, None)}
        command = EditCommand(self.ctx, text, update_member, member.id, {field: value}, shown=shown)
        if not self._push(command):
            # The model knows better than our cached rows: re-read, keep the reason in view.
            reason = self.editor.error.text()
            self.refresh()
            self.editor.show_error(reason)

    # -- add and delete -----------------------------------------------------

    def add_member(self) -> None:
        values = {"name": self.tr("New team member"), "role": TeamRole.REP.value}
        text = self.tr("Add a team member")
        self._add(CreateCommand(self.ctx, text, "member", create_member, delete_member, values))

    def delete_member(self) -> None:
        member = self.selected_member()
        if member is None:
            return
        command = DeleteCommand(
            self.ctx, self.tr("Delete {name}").format(name=member.name), delete_member, member.id
        )
        done = self.tr("Deleted {name}. Undo brings them back.").format(name=member.name)
        self._delete(member.id, command, done)

    # -- Page ---------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def print_widget(self) -> QWidget | None:
        """The team as it is shown: the table, or the reporting tree (or the tab's table)."""
        if self.tabs.currentWidget() is self.tasks:
            return self.tasks.table if self.tasks.rows() else None
        if self.tabs.currentWidget() is self.selfcheck:
            return self.selfcheck.table if self.selfcheck.checks() else None
        return self.views.currentWidget() if self.rows() else None

    def view_state(self) -> dict[str, Any]:
        tab = {1: "tasks", 2: "selfcheck"}.get(self.tabs.currentIndex(), "members")
        return {"member": self._selected, "tree": self.act_tree.isChecked(), "tab": tab}

    def restore_view_state(self, state: dict[str, Any]) -> None:
        self.flush_pending()  # a member added while hidden can be selected
        if isinstance(state.get("tab"), str):
            self.show_tab(state["tab"])
        if isinstance(state.get("tree"), bool):
            self.set_tree_mode(state["tree"])
        member = state.get("member")
        if isinstance(member, int) and self.table_model.row_of(member) >= 0:
            self.select_member(member)
