"""The people of one account: a filterable list beside the person editor.

Embedded in the Accounts page's "People" tab. The list shows job attributes
only (who decides, who supports us, who backs a competitor); the sensitive
attributes stay inside the editor's closed section.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QAction, QColor, QKeySequence, QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop import text_size
from desktop.commands import CreateCommand, DeleteCommand
from desktop.context import WorkspaceContext
from desktop.editors.person_editor import PersonEditor
from desktop.models.people_model import BADGE_ROLE, ID_ROLE, Column, PeopleFilter, PeopleModel
from desktop.pages.base import EmptyState
from desktop.pages.list_editor import (
    RowMenu,
    copy_name_action,
    fit_rows,
    follow_text_size,
    map_action,
    row_table,
)
from model.changes import Changes
from model.queries_people import competitor_choices
from model.rows import person_rows
from model.services.people import create_person, delete_person

ADD_SHORTCUT = "Ctrl+Shift+P"
DELETE_SHORTCUT = QKeySequence.StandardKey.Delete
EDITOR_WIDTH = 380
WIDE_ENOUGH = 760


class BadgeDelegate(QStyledItemDelegate):
    """Paints a cell's text as a rounded coloured label (role, support)."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        colour = index.data(BADGE_ROLE)
        if not isinstance(colour, QColor):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        metrics = opt.fontMetrics
        width = min(metrics.horizontalAdvance(text) + 14, opt.rect.width() - 6)
        height = min(metrics.height() + 4, opt.rect.height() - 4)
        rect = QRectF(
            opt.rect.center().x() - width / 2 + 0.5,
            opt.rect.center().y() - height / 2 + 0.5,
            width,
            height,
        )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(QColor("white") if colour.lightnessF() < 0.6 else QColor("black"))
        elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(width) - 8)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, elided)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 16, size.height())


class PeoplePanel(QWidget):
    """People of the account given to :meth:`set_account`; edits go through commands."""

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.account_id: int | None = None
        self._restoring = False
        self.model = PeopleModel(self)
        self.proxy = PeopleFilter(self)
        self.proxy.setSourceModel(self.model)
        self._build_actions()
        self._build()
        ctx.hub.changed.connect(self._on_changed)
        self.set_account(None)

    # -- building ----------------------------------------------------------

    def _build_actions(self) -> None:
        self.act_add = QAction(self.tr("Add person"), self)
        self.act_add.setShortcut(QKeySequence(ADD_SHORTCUT))
        self.act_add.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.act_add.setToolTip(
            self.tr("Add a person of this customer ({keys})").format(
                keys=self.act_add.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.act_add.triggered.connect(self.add_person)
        self.addAction(self.act_add)
        self.act_delete = QAction(self.tr("Delete person"), self)
        self.act_delete.setShortcut(QKeySequence(DELETE_SHORTCUT))
        self.act_delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.act_delete.setToolTip(
            self.tr(
                "Delete the selected person ({keys} in the list); undo brings them back"
            ).format(
                keys=self.act_delete.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.act_delete.triggered.connect(self.delete_person)
        self.act_edit = QAction(self.tr("&Edit person"), self)
        self.act_edit.setObjectName("act_edit_person")
        self.act_edit.setStatusTip(self.tr("Edit the person's details beside the list"))
        self.act_edit.triggered.connect(self.editor_focus)
        self.act_map = map_action(
            self, lambda: (self.account_id, self.current_person_id()), person=True
        )
        self.act_copy = copy_name_action(self, self._current_name)

    def row_actions(self) -> list[QAction | None]:
        """The right-click menu of a person's row (None: a separator)."""
        return [self.act_edit, self.act_map, self.act_copy, None, self.act_add, self.act_delete]

    def editor_focus(self) -> None:
        self.editor.focus_name()

    def _current_name(self) -> str | None:
        person = self.current_person_id()
        source = self.model.row_of(person) if person is not None else None
        return self.model.person(source).name if source is not None else None

    def actions_for_page(self) -> list[QAction]:
        """Actions a hosting page may show in its toolbar while this tab is up."""
        return [self.act_add, self.act_delete]

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack)

        self.no_account = EmptyState(
            self.tr("No account selected"), self.tr("Choose an account to see its people.")
        )
        self.no_people = EmptyState(
            self.tr("No people yet"),
            self.tr("Add the people of this customer: who decides, who influences, who uses."),
            self.tr("Add person"),
        )
        assert self.no_people.button is not None
        self.no_people.button.setToolTip(self.act_add.toolTip())
        self.no_people.button.clicked.connect(self.add_person)
        self.stack.addWidget(self.no_account)
        self.stack.addWidget(self.no_people)

        main = QWidget()
        main_layout = QVBoxLayout(main)
        main_layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter people by name, title, role…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setToolTip(self.tr("Show only the people whose row contains this text"))
        self.filter.textChanged.connect(self._on_filter)
        self.count = QLabel()
        self.add_button = QToolButton()
        self.add_button.setDefaultAction(self.act_add)
        self.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.delete_button = QToolButton()
        self.delete_button.setDefaultAction(self.act_delete)
        self.delete_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.count)
        bar.addWidget(self.add_button)
        bar.addWidget(self.delete_button)
        main_layout.addLayout(bar)

        self.table = row_table("peopleTable", self.proxy, Column.NAME)
        self.table.setWordWrap(False)
        fit_rows(self.table, padding=12)
        follow_text_size(self.table, self._refit)
        self.row_menu = RowMenu(self.table, lambda _index: self.row_actions())
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        delegate = BadgeDelegate(self.table)
        self.table.setItemDelegateForColumn(Column.ROLE, delegate)
        self.table.setItemDelegateForColumn(Column.SUPPORT, delegate)
        self.table.addAction(self.act_delete)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)

        self.editor = PersonEditor(self.ctx)
        self.editor.setMinimumWidth(300)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("peopleSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([800, EDITOR_WIDTH])
        self.splitter.setCollapsible(0, False)
        self.splitter.setCollapsible(1, False)
        main_layout.addWidget(self.splitter, 1)
        self.main = main
        self.stack.addWidget(main)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Side by side when there is room, list above editor when narrow (the
        Accounts page gives its tabs well under half of a 1366 px screen)."""
        super().resizeEvent(event)
        wide = event.size().width() >= WIDE_ENOUGH
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.splitter.orientation() != orientation:
            self.splitter.setOrientation(orientation)
            self.editor.setMinimumWidth(300 if wide else 0)
            if wide:
                self.splitter.setSizes([event.size().width() - EDITOR_WIDTH, EDITOR_WIDTH])
            else:
                half = max(event.size().height() // 2, 1)
                self.splitter.setSizes([half - 40, half + 40])

    # -- account and rows --------------------------------------------------

    def set_account(self, account_id: int | None) -> None:
        """Show the people of another account (None: nothing chosen)."""
        self.editor.commit_pending()
        changed = account_id != self.account_id
        self.account_id = account_id
        if changed:
            self.filter.blockSignals(True)
            self.filter.clear()
            self.filter.blockSignals(False)
            self.proxy.setFilterFixedString("")
        self._reload(select_first=changed)

    def _reload(self, select_first: bool = False) -> None:
        keep = None if select_first else self.current_person_id()
        if self.account_id is None:
            rows = []
            competitors: dict[int, str] = {}
        else:
            rows = self.ctx.read(person_rows, self.account_id)
            competitors = dict(self.ctx.read(competitor_choices))
        self._restoring = True
        try:
            self.model.set_rows(rows, competitors)
        finally:
            self._restoring = False
        self._update_count()
        if self.account_id is None:
            self.stack.setCurrentWidget(self.no_account)
        elif not rows:
            self.stack.setCurrentWidget(self.no_people)
        else:
            self.stack.setCurrentWidget(self.main)
            self._fit_columns()
        target = keep
        if target is None and select_first and self.proxy.rowCount() > 0:
            target = self.proxy.index(0, 0).data(ID_ROLE)
        self.select_person(target)
        self.act_delete.setEnabled(self.current_person_id() is not None)
        self.act_add.setEnabled(self.account_id is not None)

    def _fit_columns(self) -> None:
        """Size columns to their contents once, within reason, so nothing hides."""
        header = self.table.horizontalHeader()
        limits = {
            Column.NAME: 170,
            Column.TITLE: 160,
            Column.DEPARTMENT: 150,
            Column.MANAGER: 150,
            Column.COMPETITOR: 120,
        }
        for column in Column:
            self.table.resizeColumnToContents(column)
            limit = limits.get(column)
            if limit is not None:
                limit = round(limit * text_size.scale())  # the limits grow with the text
            if limit is not None and header.sectionSize(column) > limit:
                header.resizeSection(column, limit)

    def _refit(self) -> None:
        """After Larger/Smaller text: rows and columns measured in the new font."""
        fit_rows(self.table, padding=12)
        if self.stack.currentWidget() is self.main:
            self._fit_columns()

    def _update_count(self) -> None:
        """Counts people still at the customer, as the accounts list does;
        those who left are named apart so the two numbers agree."""
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        left = sum(1 for r in range(total) if self.model.person(r).left_on is not None)
        if shown == total:
            text = self.tr("{n} people").format(n=total - left)
        else:
            text = self.tr("{shown} of {n} shown").format(shown=shown, n=total)
        if left and shown == total:
            text += " · " + self.tr("{n} left").format(n=left)
        self.count.setText(text)
        self.count.setToolTip(
            self.tr("People at this customer; those who have left are greyed in the list")
        )

    def _on_changed(self, changes: Changes) -> None:
        if self.account_id is None:
            return
        if ("account", self.account_id) in changes.deleted:
            self.set_account(None)
            return
        if changes.touches("person", "department", "competitor") or (
            self.account_id in changes.ids("account")
        ):
            self._reload()

    def _on_filter(self, text: str) -> None:
        keep = self.current_person_id()
        self.proxy.setFilterFixedString(text)
        self._update_count()
        if keep is None or self._proxy_row(keep) is None:
            # The person shown went out of view: show the first match instead.
            first = self.proxy.index(0, 0).data(ID_ROLE) if self.proxy.rowCount() else None
            self.select_person(first)

    # -- selection ---------------------------------------------------------

    def current_person_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        value = rows[0].data(ID_ROLE)
        return int(value) if value is not None else None

    def _proxy_row(self, person_id: int) -> int | None:
        source = self.model.row_of(person_id)
        if source is None:
            return None
        index = self.proxy.mapFromSource(self.model.index(source, 0))
        return index.row() if index.isValid() else None

    def select_person(self, person_id: int | None) -> None:
        selection = self.table.selectionModel()
        row = self._proxy_row(person_id) if person_id is not None else None
        if row is None:
            selection.clearSelection()
            self.editor.set_person(None)
        else:
            index = self.proxy.index(row, 0)
            selection.setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)
            self.editor.set_person(person_id)
        self.act_delete.setEnabled(row is not None)

    def _on_selection(self) -> None:
        if self._restoring:
            return
        person = self.current_person_id()
        self.act_delete.setEnabled(person is not None)
        self.editor.set_person(person)

    def focus_filter(self) -> None:
        """For the hosting page's Ctrl+F while the People tab is shown."""
        if self.stack.currentWidget() is self.main:
            self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.filter.selectAll()

    # -- actions -----------------------------------------------------------

    def add_person(self) -> None:
        if self.account_id is None:
            return
        self.editor.commit_pending()
        command = CreateCommand(
            self.ctx,
            self.tr("Add person"),
            "person",
            create_person,
            delete_person,
            self.account_id,
            {"name": self.tr("New person")},
        )
        if not self.ctx.push(command) or command.ident is None:
            return
        if self._proxy_row(command.ident) is None:
            self.filter.clear()
        self.select_person(command.ident)
        self.editor.focus_name()

    def delete_person(self) -> None:
        person_id = self.current_person_id()
        source = self.model.row_of(person_id) if person_id is not None else None
        if person_id is None or source is None:
            return
        self.editor.commit_pending()
        person = self.model.person(source)
        reports = sum(
            1 for r in range(self.model.rowCount()) if self.model.person(r).manager_id == person_id
        )
        if not self.confirm_delete(person.name, reports):
            return
        row = self._proxy_row(person_id) or 0
        command = DeleteCommand(
            self.ctx, self.tr("Delete {name}").format(name=person.name), delete_person, person_id
        )
        if self.ctx.push(command) and self.proxy.rowCount() > 0:
            row = min(row, self.proxy.rowCount() - 1)
            self.select_person(self.proxy.index(row, 0).data(ID_ROLE))
            self.table.setFocus()

    def confirm_delete(self, name: str, reports: int) -> bool:
        text = self.tr("Delete {name} with their links and notes?").format(name=name)
        if reports:
            text += "\n" + self.tr(
                "{n} people report to them and will report to nobody; undo puts all back."
            ).format(n=reports)
        else:
            text += "\n" + self.tr("Undo puts everything back.")
        answer = QMessageBox.question(
            self,
            self.tr("Delete person"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes
