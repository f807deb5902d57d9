"""File → Restore from backup…: the backups beside a workspace, to look at or restore.

The dialog only lists and asks; :class:`~desktop.app.Application` opens a
copy to look at or restores (``lookRequested`` / ``restoreRequested``).
The questions asked before a restore and after a damaged file was set aside
are plain functions (``confirm_restore``, ``offer_backup``) that the
application holds as attributes, so tests replace them and never wait on a
modal dialog.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.pages.list_editor import read_only_table
from model.backups import (
    KIND_DAILY,
    KIND_REPLACED,
    KIND_UPGRADE,
    BackupInfo,
    Rescue,
    Restored,
    format_size,
)

Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    return QCoreApplication.translate("Backups", text)


def kind_label(info: BackupInfo) -> str:
    if info.kind == KIND_DAILY:
        return tr("Daily")
    if info.kind == KIND_UPGRADE:
        return tr("Before upgrade")
    if info.kind == KIND_REPLACED:
        return tr("Replaced by a restore")
    return info.kind


def when_label(info: BackupInfo) -> str:
    return info.taken_at.strftime("%Y-%m-%d %H:%M")


class BackupsModel(QAbstractTableModel):
    """The backups as rows: when, kind, size, schema (newest first)."""

    COLUMNS = ("when", "kind", "size", "schema")

    def __init__(self, rows: Sequence[BackupInfo] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[BackupInfo] = list(rows)

    def set_rows(self, rows: Sequence[BackupInfo]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def backup(self, row: int) -> BackupInfo:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return (tr("Taken"), tr("Kind"), tr("Size"), tr("Schema"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        info = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "when":
                return when_label(info)
            if column == "kind":
                return kind_label(info)
            if column == "size":
                return format_size(info.size)
            return info.revision or "?"
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(info.path) + (f"\n{info.problem}" if info.problem else "")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "size":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return str(info.path)
        return None


class BackupsDialog(QDialog):
    """Lists the backups of one workspace; asks to look at one or restore it."""

    lookRequested = Signal(str)
    restoreRequested = Signal(str)

    def __init__(
        self, workspace: Path, backups: Sequence[BackupInfo], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setObjectName("backupsDialog")
        self.setWindowTitle(self.tr("Restore from backup"))
        self.setMinimumSize(560, 360)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Backups of {name}: one on the first open of each day (kept for 7 days, "
                "4 weeks and 12 months) and one before every upgrade. Restoring keeps the "
                "current file beside it; nothing is deleted."
            ).format(name=workspace.name)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = BackupsModel(backups, self)
        self.table = read_only_table("backupsTable", self.model, alternate=False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self._look())
        layout.addWidget(self.table)
        self.empty = QLabel(
            self.tr("No backups yet. One is made the first time the workspace is opened each day.")
        )
        self.empty.setWordWrap(True)
        self.empty.setVisible(not backups)
        layout.addWidget(self.empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.look_button = QPushButton(self.tr("Open to look"))
        self.look_button.setToolTip(
            self.tr("Open a copy of the backup read-only; the workspace is not changed")
        )
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.setToolTip(
            self.tr("Put the backup in place of the workspace (the current file is kept)")
        )
        buttons.addButton(self.look_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.look_button.clicked.connect(self._look)
        self.restore_button.clicked.connect(self._restore)
        layout.addWidget(buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        if backups:
            self.table.selectRow(0)
        self._enable()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.backup(rows[0].row()) if rows else None

    def _enable(self) -> None:
        chosen = self.selected() is not None
        self.look_button.setEnabled(chosen)
        self.restore_button.setEnabled(chosen)

    def _look(self) -> None:
        info = self.selected()
        if info is not None:
            self.accept()
            self.lookRequested.emit(str(info.path))

    def _restore(self) -> None:
        info = self.selected()
        if info is not None:
            self.accept()
            self.restoreRequested.emit(str(info.path))


# --- questions ---------------------------------------------------------------------

RestoreConfirmer = Callable[[QWidget | None, Path, BackupInfo], bool]
"""(parent, workspace, backup) -> restore it?"""
BackupOfferer = Callable[[QWidget | None, Rescue], bool]
"""(parent, what happened to a damaged file) -> restore the newest good backup?"""


def _ask(parent: QWidget | None, title: str, text: str, yes: str) -> bool:
    box = QMessageBox(parent)
    box.setObjectName("backupQuestion")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    restore = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore


def confirm_restore(parent: QWidget | None, workspace: Path, backup: BackupInfo) -> bool:
    return _ask(
        parent,
        tr("Restore from backup"),
        tr(
            "Replace {name} with the backup taken {when} ({size})? Changes made since then "
            "are no longer in the workspace, but the current file is kept beside it "
            "as {name}.replaced-…; nothing is deleted."
        ).format(name=workspace.name, when=when_label(backup), size=format_size(backup.size)),
        tr("Restore"),
    )


def offer_backup(parent: QWidget | None, rescue: Rescue) -> bool:
    assert rescue.backup is not None and rescue.damaged is not None
    return _ask(
        parent,
        tr("Workspace damaged"),
        tr(
            "{name} failed its integrity check ({problem}).\n\nIt was moved to {damaged}; "
            "nothing was deleted.\n\nRestore the newest good backup, taken {when} ({size})?"
        ).format(
            name=rescue.path.name,
            problem=rescue.problem,
            damaged=rescue.damaged.name,
            when=when_label(rescue.backup),
            size=format_size(rescue.backup.size),
        ),
        tr("Restore"),
    )


# --- telling -------------------------------------------------------------------------


def tell_no_good_backup(parent: QWidget | None, rescue: Rescue) -> None:
    QMessageBox.warning(
        parent,
        tr("Workspace damaged"),
        tr(
            "{name} failed its integrity check ({problem}). No good backup of it was found, "
            "so it opens read-only: copy out what you can read. `keyaccount check` lists "
            "what is wrong."
        ).format(name=rescue.path.name, problem=rescue.problem),
    )


def tell_restored(parent: QWidget | None, restored: Restored) -> None:
    if restored.kept is not None:
        text = tr("{name} was restored from {backup}. The file it replaced is kept at {kept}.")
    else:
        text = tr("{name} was restored from {backup}.")
    QMessageBox.information(
        parent,
        tr("Restored"),
        text.format(
            name=restored.path.name,
            backup=restored.backup.name,
            kept=restored.kept.name if restored.kept else "",
        ),
    )


def tell_backup_failed(parent: QWidget | None, reason: str) -> None:
    QMessageBox.warning(
        parent,
        tr("Today's backup was not made"),
        tr("The workspace is open, but today's backup could not be written: {reason}").format(
            reason=reason
        ),
    )
