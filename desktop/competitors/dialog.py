"""The Competitors dialog: the workspace's list with win/loss, and an editor.

Opened from Edit → Competitors… and from the deal panel. It is window-modal
but does not block (``open()``, not ``exec()``), and carries its own Undo and
Redo because the main window's shortcuts do not reach through a modal dialog.
Every edit is a command on the workspace's undo stack.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop import labels
from desktop.competitors.commands import DeleteCompetitorCommand, create_command, edit_command
from desktop.competitors.table_model import Column, CompetitorTableModel, win_rate_text
from desktop.context import WorkspaceContext
from desktop.pages.base import EmptyState
from desktop.pages.list_editor import (
    EditorPanel,
    ListEditor,
    RowMenu,
    copy_name_action,
    fit_rows,
    follow_text_size,
    row_proxy,
    row_table,
)
from desktop.widgets import GuardedComboBox, TextBox
from model.changes import Changes
from model.competitors import CompetitorRow, competitor_rows
from model.enums import PricePosition

DeleteDecider = Callable[[QWidget, CompetitorRow], bool]
"""Asked before a delete: (parent, the competitor) -> go ahead? Tests replace it."""

TEXT_FIELDS = ("strengths", "weaknesses", "note")


def tr(text: str) -> str:
    return QCoreApplication.translate("CompetitorsDialog", text)


def delete_question(row: CompetitorRow) -> str:
    """What the confirmation says: the links a delete takes away, counted."""
    if not row.linked:
        return tr("Delete the competitor “{name}”? Undo brings it back.").format(name=row.name)
    return tr(
        "Delete the competitor “{name}”? It is named in {deals} deal(s), {lost} of them lost "
        "to it, and {backers} customer people back it. Deleting removes it from all of them; "
        "undo brings it back with every link."
    ).format(name=row.name, deals=row.deals, lost=row.lost_to, backers=row.backers)


def ask_delete(parent: QWidget, row: CompetitorRow) -> bool:
    answer = QMessageBox.question(
        parent,
        tr("Delete competitor"),
        delete_question(row),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


class CompetitorEditor(EditorPanel):
    """The selected competitor's profile; each field commits when editing finishes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("competitorEditor", 320, parent)
        layout = self.body
        self.record = QLabel()
        self.record.setObjectName("competitorRecord")
        self.record.setWordWrap(True)
        layout.addWidget(self.record)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name = QLineEdit()
        self.name.setObjectName("competitorName")
        self.name.setMaxLength(200)
        self.price = GuardedComboBox()
        self.price.setObjectName("competitorPrice")
        self.price.addItem(self.tr("Unknown"), "")
        for value, text in labels.options(PricePosition):
            self.price.addItem(text, value)
        self.price.setToolTip(self.tr("Where its prices usually sit against ours"))
        self.strengths = TextBox(3)
        self.strengths.setPlaceholderText(self.tr("What it does well, where customers like it"))
        self.weaknesses = TextBox(3)
        self.weaknesses.setPlaceholderText(self.tr("Where it is weak: our openings against it"))
        self.note = TextBox(2)
        self.note.setPlaceholderText(self.tr("Anything else the team should know"))
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Price"), self.price)
        form.addRow(self.tr("&Strengths"), self.strengths)
        form.addRow(self.tr("&Weaknesses"), self.weaknesses)
        form.addRow(self.tr("N&ote"), self.note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.fields = [self.name, self.price, self.strengths, self.weaknesses, self.note]

    def record_text(self, row: CompetitorRow) -> str:
        if not row.deals:
            return self.tr(
                "Not named in any deal yet. Name it on a deal (deal panel → Competitors) "
                "to see how we fare against it."
            )
        text = self.tr(
            "In {deals} deal(s): {open} open, {won} won by us, {lost} lost to it, "
            "{other} lost to others, {shelved} shelved."
        ).format(
            deals=row.deals,
            open=row.open,
            won=row.won,
            lost=row.lost_to,
            other=row.lost_other,
            shelved=row.shelved,
        )
        sentences = [text]
        if row.decided:
            sentences.append(
                self.tr("Win rate against it: {rate} ({won} of {decided}).").format(
                    rate=win_rate_text(row), won=row.won, decided=row.decided
                )
            )
        if row.backers:
            sentences.append(self.tr("{n} customer people back it.").format(n=row.backers))
        return labels.join_sentences(sentences)


class CompetitorsDialog(QDialog, ListEditor[CompetitorRow]):
    """The competitors of the workspace: a table with win/loss beside an editor."""

    editor: CompetitorEditor

    def __init__(
        self, ctx: WorkspaceContext, parent: QWidget | None = None, select: int | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("competitorsDialog")
        self.setWindowTitle(self.tr("Competitors"))
        self.ctx = ctx
        self.confirm_delete: DeleteDecider = ask_delete
        self._selected: int | None = select
        self._loading = False
        self.table_model = CompetitorTableModel(self)
        self.proxy = row_proxy(self.table_model, self, Column.NAME)
        self._build_actions()
        self._build_ui()
        ctx.hub.changed.connect(self._on_changed)
        self.resize(1060, 600)
        self.refresh()

    # -- building -----------------------------------------------------------

    def _build_actions(self) -> None:
        self.act_new = QAction(self.tr("&New competitor"), self)
        self.act_new.setShortcut(QKeySequence("Ctrl+N"))
        self.act_new.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.act_new.triggered.connect(self.add_competitor)
        self.act_delete = QAction(self.tr("&Delete competitor…"), self)
        self.act_delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        # Delete in the list only, never while the user deletes text in a field.
        self.act_delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.act_delete.triggered.connect(self.delete_competitor)
        stack = self.ctx.undo_stack
        self.act_undo = QAction(self.tr("&Undo"), self)
        self.act_undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.act_undo.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.act_undo.triggered.connect(stack.undo)
        self.act_redo = QAction(self.tr("&Redo"), self)
        self.act_redo.setShortcuts(
            [QKeySequence("Ctrl+Shift+Z"), QKeySequence(QKeySequence.StandardKey.Redo)]
        )
        self.act_redo.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.act_redo.triggered.connect(stack.redo)
        # Bound methods, not lambdas: Qt drops the connections with the dialog.
        stack.canUndoChanged.connect(self.act_undo.setEnabled)
        stack.canRedoChanged.connect(self.act_redo.setEnabled)
        stack.undoTextChanged.connect(self._undo_tip)
        stack.redoTextChanged.connect(self._redo_tip)
        self.act_undo.setEnabled(stack.canUndo())
        self.act_redo.setEnabled(stack.canRedo())
        self._undo_tip(stack.undoText())
        self._redo_tip(stack.redoText())
        self.addActions([self.act_new, self.act_undo, self.act_redo])

    def _undo_tip(self, what: str) -> None:
        self.act_undo.setToolTip(self.tr("Undo {what}").format(what=what) if what else "")

    def _redo_tip(self, what: str) -> None:
        self.act_redo.setToolTip(self.tr("Redo {what}").format(what=what) if what else "")

    def _build_ui(self) -> None:
        outer = QVBoxLayout(self)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack, 1)

        self.empty = EmptyState(
            self.tr("No competitors yet"),
            self.tr(
                "List the companies you meet in deals: what they do well, where they are weak, "
                "where their prices usually sit. Then name them on a deal (deal panel → "
                "Competitors) and this list shows how often we win against each."
            ),
            self.tr("Add the first competitor"),
        )
        assert self.empty.button is not None
        self.empty.button.clicked.connect(self.add_competitor)
        self.stack.addWidget(self.empty)

        self.table = row_table("competitorTable", self.proxy, Column.NAME)
        self.table.setWordWrap(False)
        self.table.addAction(self.act_delete)
        self.act_edit = QAction(self.tr("&Edit competitor"), self)
        self.act_edit.setObjectName("act_edit_competitor")
        self.act_edit.triggered.connect(lambda: self.editor.name.setFocus())
        self.act_copy = copy_name_action(self, lambda: getattr(self.selected(), "name", None))
        self.row_menu = RowMenu(
            self.table,
            lambda _index: [self.act_edit, self.act_copy, None, self.act_new, self.act_delete],
        )
        fit_rows(self.table)
        follow_text_size(self.table, lambda: fit_rows(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        self.editor = CompetitorEditor()
        self.stack.addWidget(
            self._list_and_editor(self.tr("Filter by name"), self.table, [680, 360])
        )

        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New…"))
        self.new_button.setObjectName("newCompetitor")
        self.new_button.setToolTip(self.tr("Add a competitor (Ctrl+N)"))
        self.new_button.clicked.connect(self.act_new.trigger)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setObjectName("deleteCompetitor")
        self.delete_button.setToolTip(
            self.tr("Delete the selected competitor; undo brings it back with its links")
        )
        self.delete_button.clicked.connect(self.act_delete.trigger)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        for action in (self.act_undo, self.act_redo):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            buttons.addWidget(button)
        close = QPushButton(self.tr("Close"))
        close.setObjectName("closeCompetitors")
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        outer.addLayout(buttons)
        for push in (self.new_button, self.delete_button):
            push.setAutoDefault(False)  # Return in a field must not press them

        self._follow_list()

        ed = self.editor
        ed.name.editingFinished.connect(lambda: self._edit("name", ed.name.text().strip()))
        ed.price.activated.connect(lambda _i: self._edit("price_position", ed.price.currentData()))
        for field in TEXT_FIELDS:
            box: TextBox = getattr(ed, field)
            box.editingFinished.connect(lambda f=field, b=box: self._edit(f, b.text().strip()))

    # -- reading ------------------------------------------------------------

    def refresh(self) -> None:
        rows = self.ctx.read(competitor_rows)
        self.delete_button.setVisible(bool(rows))
        self._show_rows(rows)

    def _on_changed(self, changes: Changes) -> None:
        # Win/loss follows the deals and backers follow people; the list is short.
        if changes.touches("competitor", "deal", "person"):
            self.refresh()

    def rows(self) -> list[CompetitorRow]:
        return self.table_model.rows()

    def _count_text(self, shown: int, total: int) -> str:
        if shown == total:
            return self.tr("{n} competitor(s)").format(n=total)
        return self.tr("{shown} of {n} shown").format(shown=shown, n=total)

    # -- the editor ---------------------------------------------------------

    def _load_editor(self) -> None:
        row = self.selected()
        ed = self.editor
        self.act_delete.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None)
        with ed.filling(row is not None):
            if row is None:
                ed.heading.setText(self.tr("No competitor selected"))
                ed.record.clear()
                ed.name.clear()
                for field in TEXT_FIELDS:
                    getattr(ed, field).setText("")
                ed.price.setCurrentIndex(0)
                return
            ed.heading.setText(row.name)
            ed.record.setText(ed.record_text(row))
            if ed.name.text() != row.name:
                ed.name.setText(row.name)
            ed.price.setCurrentIndex(max(0, ed.price.findData(row.price_position)))
            for field in TEXT_FIELDS:
                getattr(ed, field).setText(getattr(row, field))

    def _edit(self, field: str, value: Any) -> None:
        row = self.selected()
        if row is None or self._loading or getattr(row, field) == value:
            return
        if field == "name" and not value:
            self.editor.show_error(self.tr("A competitor needs a name."))
            self._load_editor()
            return
        texts = {
            "name": self.tr("Rename competitor {name} to {value}"),
            "price_position": self.tr("Change the price position of {name}"),
            "strengths": self.tr("Change the strengths of {name}"),
            "weaknesses": self.tr("Change the weaknesses of {name}"),
            "note": self.tr("Change the note on {name}"),
        }
        text = texts[field].format(name=row.name, value=value)
        shown = {field: getattr(row, field)}
        if self._push(edit_command(self.ctx, text, row.id, {field: value}, shown)):
            self.editor.show_error("")
        else:
            self._load_editor()  # back to what is stored; the reason stays in view

    # -- add and delete -----------------------------------------------------

    def _free_name(self) -> str:
        taken = {r.name.casefold() for r in self.rows()}
        base = self.tr("New competitor")
        name, n = base, 1
        while name.casefold() in taken:
            n += 1
            name = f"{base} {n}"
        return name

    def add_competitor(self) -> None:
        self._add(create_command(self.ctx, {"name": self._free_name()}))

    def delete_competitor(self) -> None:
        row = self.selected()
        if row is None or not self.confirm_delete(self, row):
            return
        text = self.tr("Delete competitor {name}").format(name=row.name)
        done = self.tr("Deleted {name}. Undo brings it back.").format(name=row.name)
        self._delete(row.id, DeleteCompetitorCommand(self.ctx, text, row.id), done)


def open_competitors(
    ctx: WorkspaceContext, parent: QWidget | None, select: int | None = None
) -> CompetitorsDialog:
    """Show the Competitors dialog over ``parent`` without blocking; it deletes itself on close."""
    dialog = CompetitorsDialog(ctx, parent, select)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    return dialog
