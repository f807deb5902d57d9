"""Settings: the user's language here; the team's rules in the workspace.

Language is per machine (QSettings). Currency, protection period, stage
probabilities and the list of close reasons belong to the workspace because a
whole team must share them; saving them is one undoable edit like any other.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.context import ServiceCommand, WorkspaceContext
from desktop.labels import close_reason_label
from desktop.widgets import InlineError
from model.methodology import load_methodology
from model.settings import CLOSE_REASON_KEYS, get_setting, set_setting

MAX_REASON = 40
"""The longest close reason the workspace keeps (model.settings checks it too)."""


class SettingCommand(ServiceCommand):
    def __init__(self, ctx: WorkspaceContext, text: str, key: str, value: Any) -> None:
        super().__init__(ctx, text)
        self.key, self.value = key, value
        self.old: Any = None

    def apply(self) -> None:
        changes = self.ctx.write(set_setting, self.key, self.value)
        if not self._pushed:
            self.old = changes.undo.get("old")

    def revert(self) -> None:
        self.ctx.write(set_setting, self.key, self.old)


KEY_ROLE = Qt.ItemDataRole.UserRole
"""The reason as stored: a built-in key ("price") or a team's own text."""


class CloseReasonsEditor(QWidget):
    """The workspace's list of close reasons: add, rename, remove, reorder.

    Built-in keys show their translated label; renaming one stores the new
    text instead, and typing a built-in reason's label brings its key back.
    Deals closed already keep the reason they were given.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filling = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(
            self.tr(
                "A deal closed as lost or shelved gets one of these. Deals closed already "
                "keep the reason they were given."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.list = QListWidget()
        self.list.setObjectName("closeReasons")
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.list.itemChanged.connect(self._renamed)
        self.list.currentRowChanged.connect(self._update_buttons)
        self.list.model().rowsMoved.connect(self._update_buttons)
        layout.addWidget(self.list, 1)
        add_row = QHBoxLayout()
        self.new_reason = QLineEdit()
        self.new_reason.setObjectName("newCloseReason")
        self.new_reason.setMaxLength(MAX_REASON)
        self.new_reason.setPlaceholderText(self.tr("A reason of your own"))
        self.new_reason.returnPressed.connect(self.add)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add)
        add_row.addWidget(self.new_reason, 1)
        add_row.addWidget(self.add_button)
        layout.addLayout(add_row)
        grid = QGridLayout()
        self.rename_button = QPushButton(self.tr("Rename"))
        self.rename_button.setToolTip(self.tr("Change the selected reason's text (F2)"))
        self.rename_button.clicked.connect(self.rename)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove)
        self.up_button = QPushButton(self.tr("Move up"))
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button = QPushButton(self.tr("Move down"))
        self.down_button.clicked.connect(lambda: self.move(1))
        self.reset_button = QPushButton(self.tr("Restore the built-in list"))
        self.reset_button.setToolTip(self.tr("Go back to the reasons the app comes with"))
        self.reset_button.clicked.connect(lambda: self.set_keys(list(CLOSE_REASON_KEYS)))
        buttons = (
            self.rename_button,
            self.remove_button,
            self.up_button,
            self.down_button,
            self.reset_button,
        )
        for n, button in enumerate(buttons):
            button.setAutoDefault(False)  # Return in the name field must not press them
            grid.addWidget(button, n // 2, n % 2)
        layout.addLayout(grid)
        self.error = InlineError()
        layout.addWidget(self.error)

    # -- the list -------------------------------------------------------------

    def set_keys(self, keys: list[str]) -> None:
        self._filling = True
        try:
            self.list.clear()
            for key in keys:
                self._append(key)
        finally:
            self._filling = False
        self.list.setCurrentRow(0)
        self.show_error("")
        self._update_buttons()

    def reasons(self) -> list[str]:
        """The list as stored: built-in keys and a team's own texts, in order."""
        return [str(self.list.item(n).data(KEY_ROLE)) for n in range(self.list.count())]

    def labels(self) -> list[str]:
        return [self.list.item(n).text() for n in range(self.list.count())]

    def _append(self, key: str) -> QListWidgetItem:
        item = QListWidgetItem(close_reason_label(key))
        item.setData(KEY_ROLE, key)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemIsDragEnabled
        )
        if key in CLOSE_REASON_KEYS:
            item.setToolTip(self.tr("Built in; shown in each user's language"))
        self.list.addItem(item)
        return item

    def show_error(self, message: str) -> None:
        self.error.say(message)

    def _update_buttons(self) -> None:
        row, count = self.list.currentRow(), self.list.count()
        self.rename_button.setEnabled(row >= 0)
        self.remove_button.setEnabled(row >= 0 and count > 1)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)

    @staticmethod
    def _key_for(text: str) -> str:
        """A built-in reason typed by its label (or key) is stored by its key."""
        folded = text.casefold()
        for key in CLOSE_REASON_KEYS:
            if folded in (key.casefold(), close_reason_label(key).casefold()):
                return key
        return text

    def _problem(self, text: str, skip: QListWidgetItem | None = None) -> str:
        """Why ``text`` cannot be a reason of the list, or ""."""
        if not text:
            return self.tr("A close reason needs some text.")
        if len(text) > MAX_REASON:
            return self.tr("A close reason has at most {n} characters.").format(n=MAX_REASON)
        key = self._key_for(text)
        for n in range(self.list.count()):
            item = self.list.item(n)
            if item is not skip and (
                item.data(KEY_ROLE) == key or item.text().casefold() == text.casefold()
            ):
                return self.tr("“{reason}” is in the list already.").format(reason=item.text())
        return ""

    # -- edits ----------------------------------------------------------------

    def add(self) -> None:
        text = self.new_reason.text().strip()
        if not text:
            return
        problem = self._problem(text)
        self.show_error(problem)
        if problem:
            return
        item = self._append(self._key_for(text))
        self.list.setCurrentItem(item)
        self.new_reason.clear()
        self._update_buttons()

    def rename(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.list.editItem(item)

    def _renamed(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        key = str(item.data(KEY_ROLE))
        text = item.text().strip()
        if text == close_reason_label(key):
            return
        problem = self._problem(text, skip=item)
        self.show_error(problem)
        self._filling = True
        try:
            if problem:
                item.setText(close_reason_label(key))
                return
            new_key = self._key_for(text)
            item.setData(KEY_ROLE, new_key)
            item.setText(close_reason_label(new_key))
            item.setToolTip(
                self.tr("Built in; shown in each user's language")
                if new_key in CLOSE_REASON_KEYS
                else ""
            )
        finally:
            self._filling = False

    def remove(self) -> None:
        row = self.list.currentRow()
        if row < 0 or self.list.count() <= 1:
            return
        self.list.takeItem(row)
        self.list.setCurrentRow(min(row, self.list.count() - 1))
        self.show_error("")
        self._update_buttons()

    def move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        self._filling = True
        try:
            item = self.list.takeItem(row)
            self.list.insertItem(target, item)
        finally:
            self._filling = False
        self.list.setCurrentRow(target)
        self._update_buttons()


class SettingsDialog(QDialog):
    def __init__(
        self, settings: QSettings, ctx: WorkspaceContext | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(760)
        self.settings, self.ctx = settings, ctx
        layout = QVBoxLayout(self)
        personal = QGroupBox(self.tr("On this computer"))
        form = QFormLayout(personal)
        self.language_box = QComboBox()
        self.language_box.addItem(self.tr("Follow the system"), "")
        self.language_box.addItem("中文", "zh")
        self.language_box.addItem("English", "en")
        current = str(settings.value("ui/language", "") or "")
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(current)))
        self._initial_language = current
        form.addRow(self.tr("Language"), self.language_box)
        layout.addWidget(personal)

        self.team = QGroupBox(self.tr("For the whole team (saved in the workspace)"))
        team_row = QHBoxLayout(self.team)
        team_form = QFormLayout()
        team_row.addLayout(team_form, 1)
        reasons = QGroupBox(self.tr("Close reasons"))
        reasons_layout = QVBoxLayout(reasons)
        self.close_reasons = CloseReasonsEditor()
        reasons_layout.addWidget(self.close_reasons)
        team_row.addWidget(reasons, 1)
        self.currency = QLineEdit()
        self.currency.setMaxLength(3)
        self.currency.setInputMask(">AAA")
        self.protection = QSpinBox()
        self.protection.setRange(3, 6)  # the method's range (P3.PROTECT.2)
        self.protection.setSuffix(self.tr(" months"))
        self.protection.setToolTip(
            self.tr("How long a valid opportunity stays with its owner (P3.PROTECT.2)")
        )
        team_form.addRow(self.tr("Default currency"), self.currency)
        team_form.addRow(self.tr("Protection period"), self.protection)
        self.probabilities: dict[str, QDoubleSpinBox] = {}
        method = load_methodology()
        for stage in method.stages:
            spin = QDoubleSpinBox()
            spin.setRange(0, 100)
            spin.setDecimals(0)
            spin.setSuffix(" %")
            self.probabilities[stage.id] = spin
            team_form.addRow(self.tr("Win probability in {stage}").format(stage=stage.id), spin)
        layout.addWidget(self.team)
        self.team.setEnabled(ctx is not None)
        if ctx is not None:
            self._load_team(ctx)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _load_team(self, ctx: WorkspaceContext) -> None:
        self._team_values = {
            key: ctx.read(get_setting, key)
            for key in (
                "default_currency",
                "protection_months",
                "stage_probabilities",
                "close_reasons",
            )
        }
        self.close_reasons.set_keys(list(self._team_values["close_reasons"]))
        self.currency.setText(str(self._team_values["default_currency"]))
        self.protection.setValue(int(self._team_values["protection_months"]))
        probs = self._team_values["stage_probabilities"] or {}
        for stage in load_methodology().stages:
            value = probs.get(stage.id, stage.default_probability)
            self.probabilities[stage.id].setValue(round(float(value) * 100))

    def language(self) -> str:
        return str(self.language_box.currentData() or "")

    @property
    def language_changed(self) -> bool:
        return self.language() != self._initial_language

    def accept(self) -> None:
        if self.ctx is not None:
            probs = {k: spin.value() / 100 for k, spin in self.probabilities.items()}
            wanted = {
                "default_currency": self.currency.text().strip().upper() or "CNY",
                "protection_months": self.protection.value(),
                "stage_probabilities": probs,
                "close_reasons": self.close_reasons.reasons(),
            }
            defaults = {s.id: s.default_probability for s in load_methodology().stages}
            if self._team_values["stage_probabilities"] is None and probs == defaults:
                wanted["stage_probabilities"] = None
            changed = {k: v for k, v in wanted.items() if v != self._team_values[k]}
            if changed:
                stack = self.ctx.undo_stack
                stack.beginMacro(self.tr("Change team settings"))
                for key, value in changed.items():
                    command = SettingCommand(self.ctx, self.tr("Change team settings"), key, value)
                    self.ctx.push(command)
                stack.endMacro()
        super().accept()
