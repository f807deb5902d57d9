"""The export's dialogs: what to export where (File ▸ Export…), and the confirmation
of a person's erasure.

Both are asked through module attributes (:data:`decide_export`,
:data:`decide_erase`) that tests replace: they fill the real dialog and never
block on it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from model.exporting.person import ErasurePlan

SUFFIX = {"json": ".json", "xlsx": ".xlsx", "csv": ""}


@dataclass(frozen=True, slots=True)
class ExportRequest:
    """What the dialog starts from: the folder to offer and the workspace's name."""

    folder: str
    stem: str


@dataclass(frozen=True, slots=True)
class ExportChoice:
    kind: str  # json, xlsx or csv
    path: Path  # a file, or for csv a folder
    private: bool


def path_for(kind: str, path: Path) -> Path:
    """``path`` with the suffix ``kind`` wants (none for a CSV folder)."""
    if path.suffix.lower() in (".json", ".xlsx", ".csv"):
        path = path.with_suffix("")
    return path.with_name(path.name + SUFFIX[kind]) if SUFFIX[kind] else path


class ExportDialog(QDialog):
    def __init__(self, request: ExportRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export the workspace"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "JSON keeps everything and loads back into an empty workspace. Excel and "
                "CSV give one sheet or file per table, for reading in a spreadsheet."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        kinds = QHBoxLayout()
        self.kinds = QButtonGroup(self)
        self.kind_buttons: dict[str, QRadioButton] = {}
        for kind, label in (
            ("json", self.tr("JSON (lossless)")),
            ("xlsx", self.tr("Excel workbook")),
            ("csv", self.tr("CSV folder")),
        ):
            button = QRadioButton(label)
            button.setObjectName(f"exportKind_{kind}")
            self.kinds.addButton(button)
            self.kind_buttons[kind] = button
            kinds.addWidget(button)
        kinds.addStretch(1)
        self.kind_buttons["json"].setChecked(True)
        form.addRow(self.tr("Format:"), kinds)
        self.path = QLineEdit(str(Path(request.folder) / f"{request.stem}.json"))
        self.path.setObjectName("exportPath")
        browse = QPushButton(self.tr("Browse…"))
        browse.setObjectName("exportBrowse")
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        form.addRow(self.tr("Save as:"), where)
        layout.addLayout(form)
        self.private = QCheckBox(self.tr("Include personal attributes of customer people"))
        self.private.setObjectName("exportPrivate")
        self.private.setToolTip(
            self.tr(
                "Age, gender, character, career, hobbies, family, education: left out "
                "unless you tick this, as the file may travel further than the team."
            )
        )
        layout.addWidget(self.private)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.path.textChanged.connect(self._check)
        self.kinds.buttonToggled.connect(self._follow_kind)
        self._check()
        self.resize(600, self.sizeHint().height())

    def kind(self) -> str:
        return next(k for k, b in self.kind_buttons.items() if b.isChecked())

    def _follow_kind(self, _button: object, checked: bool) -> None:
        if checked and self.path.text().strip():
            self.path.setText(str(path_for(self.kind(), Path(self.path.text().strip()))))

    def _check(self) -> None:
        ok = bool(self.path.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def _browse(self) -> None:
        if self.kind() == "csv":
            name = QFileDialog.getExistingDirectory(
                self, self.tr("Folder for the CSV files"), str(Path(self.path.text()).parent)
            )
        else:
            filters = {
                "json": self.tr("Workspace export (*.json)"),
                "xlsx": self.tr("Excel workbook (*.xlsx)"),
            }
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export the workspace"), self.path.text(), filters[self.kind()]
            )
        if name:
            self.path.setText(str(path_for(self.kind(), Path(name))))

    def values(self) -> ExportChoice:
        path = path_for(self.kind(), Path(self.path.text().strip()).expanduser())
        return ExportChoice(self.kind(), path, self.private.isChecked())


ExportDecider = Callable[[QWidget | None, ExportRequest], ExportChoice | None]


def ask_export(parent: QWidget | None, request: ExportRequest) -> ExportChoice | None:
    """Open the dialog and wait; None when the user cancels."""
    dialog = ExportDialog(request, parent)
    try:
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


decide_export: ExportDecider = ask_export
"""How the app asks what to export; tests replace it and never block on a dialog."""


class EraseDialog(QDialog):
    """Names the person and what goes with them, says it cannot be undone."""

    def __init__(self, plan: ErasurePlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eraseDialog")
        self.setWindowTitle(self.tr("Erase this person"))
        layout = QVBoxLayout(self)
        head = QLabel(
            self.tr("Erase {person} ({account}) and everything held about them?").format(
                person=plan.name, account=plan.account
            )
        )
        head.setWordWrap(True)
        head.setObjectName("eraseHead")
        layout.addWidget(head)
        items = [self.tr("The person, with their phone, mail, notes and map place")]
        if plan.private:
            items.append(self.tr("Their personal attributes"))
        for count, text in (
            (plan.deal_roles, self.tr("Roles in deals: {count}")),
            (plan.influences, self.tr("Influence links, with their notes: {count}")),
            (plan.relationships, self.tr("Relationships with our team: {count}")),
            (plan.activities, self.tr("Activities that name them: {count} (the activities stay)")),
            (plan.mentions, self.tr("Mentions in notes, replaced by “(erased)”: {count}")),
            (plan.leads, self.tr("Leads whose contact details are theirs: {count}")),
            (plan.audit_entries, self.tr("Audit-log entries whose values go: {count}")),
        ):
            if count:
                items.append(text.format(count=count))
        listing = QLabel("\n".join(f"• {item}" for item in items))
        listing.setObjectName("eraseList")
        listing.setWordWrap(True)
        layout.addWidget(listing)
        warning = QLabel(
            self.tr(
                "This cannot be undone. The undo history of this workspace is cleared, "
                "because earlier steps may hold their data. Backups made before keep it."
            )
        )
        warning.setObjectName("eraseWarning")
        warning.setWordWrap(True)
        layout.addWidget(warning)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        erase = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        erase.setText(self.tr("Erase for good"))
        erase.setAutoDefault(False)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)  # Enter does not erase
        cancel.setFocus()
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())


EraseDecider = Callable[[QWidget | None, "ErasurePlan"], bool | None]


def ask_erase(parent: QWidget | None, plan: ErasurePlan) -> bool | None:
    dialog = EraseDialog(plan, parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


decide_erase: EraseDecider = ask_erase
"""How the app confirms an erasure; tests replace it and never block on a dialog."""
