"""Settings: the user's language here; the team's rules in the workspace.

Language is per machine (QSettings). Currency, protection period and stage
probabilities belong to the workspace because a whole team must share them;
changing them is an undoable edit like any other.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.context import ServiceCommand, WorkspaceContext
from model.methodology import load_methodology
from model.settings import get_setting, set_setting


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


class SettingsDialog(QDialog):
    def __init__(
        self, settings: QSettings, ctx: WorkspaceContext | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
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
        team_form = QFormLayout(self.team)
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
            for key in ("default_currency", "protection_months", "stage_probabilities")
        }
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
