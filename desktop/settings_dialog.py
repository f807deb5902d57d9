"""Settings: the user's language here; the team's rules in the workspace.

Language is per machine (QSettings). Currency, protection period, the base
currency and its rates, stage probabilities (learned or set by hand) and the
list of close reasons belong to the workspace because a whole team must share
them; saving them is one undoable edit like any other.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
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
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.context import ServiceCommand, WorkspaceContext
from desktop.i18n import lang
from desktop.labels import close_reason_label
from desktop.widgets import InlineError
from model.currencies import is_currency
from model.funnel import StageProbability, closed_counts, resolve_probabilities
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


class RatesEditor(QWidget):
    """The workspace's currency rates: one row per currency, how many units of the
    base currency one unit of it is worth. Totals leave out a currency without one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("currencyRates")
        self.table.setHorizontalHeaderLabels([self.tr("Currency"), self.tr("Rate")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add a currency"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.add_row("", 1.0))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_row)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def set_rates(self, rates: dict[str, float]) -> None:
        self.table.setRowCount(0)
        for code in sorted(rates):
            self.add_row(code, float(rates[code]))
        self._update_buttons()

    def add_row(self, code: str, rate: float) -> None:
        n = self.table.rowCount()
        self.table.insertRow(n)
        edit = QLineEdit(code)
        edit.setObjectName("rateCode")
        edit.setInputMask(">AAA")
        edit.setText(code)
        edit.setCursorPosition(len(code))  # a mask puts it after the blanks
        edit.setToolTip(self.tr("Three letters, such as USD or EUR"))
        spin = QDoubleSpinBox()
        spin.setObjectName("rateValue")
        spin.setDecimals(6)
        spin.setRange(0.000001, 1e9)
        spin.setValue(rate)
        self.table.setCellWidget(n, 0, edit)
        self.table.setCellWidget(n, 1, spin)
        self.table.setCurrentCell(n, 0)
        if not code:
            edit.setFocus()
        self._update_buttons()

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
        self._update_buttons()

    def code_edit(self, row: int) -> QLineEdit:
        widget = self.table.cellWidget(row, 0)
        assert isinstance(widget, QLineEdit)
        return widget

    def rate_spin(self, row: int) -> QDoubleSpinBox:
        widget = self.table.cellWidget(row, 1)
        assert isinstance(widget, QDoubleSpinBox)
        return widget

    def rows(self) -> list[tuple[str, float]]:
        """(code, rate) per row, blank codes skipped."""
        found = []
        for n in range(self.table.rowCount()):
            code = self.code_edit(n).text().strip().upper()
            if code:
                found.append((code, self.rate_spin(n).value()))
        return found

    def problem(self, base: str) -> str:
        """Why the rows cannot be saved, or ""."""
        seen: set[str] = set()
        for code, _rate in self.rows():
            if not is_currency(code):
                return self.tr("“{code}” is not a currency code such as USD or EUR.").format(
                    code=code
                )
            if code == base:
                return self.tr("{code} is the base currency: it needs no rate.").format(code=code)
            if code in seen:
                return self.tr("{code} has two rates.").format(code=code)
            seen.add(code)
        return ""

    def rates(self) -> dict[str, float]:
        return dict(self.rows())

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.table.currentRow() >= 0)


SOURCE_COLUMN, DEALS_COLUMN, FORCE_COLUMN = 4, 3, 2


class ProbabilityTable(QTableWidget):
    """Per stage: the manual override (a tick and a value), the probability in force,
    where it comes from and how many closed deals it rests on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self.setObjectName("stageProbabilities")
        self.setHorizontalHeaderLabels(
            [
                self.tr("Set by hand"),
                self.tr("Our value"),
                self.tr("In force"),
                self.tr("Closed deals"),
                self.tr("From"),
            ]
        )
        self.horizontalHeader().setStretchLastSection(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.manual: dict[str, QCheckBox] = {}
        self.spins: dict[str, QDoubleSpinBox] = {}
        method = load_methodology()
        stages = method.stages
        language = lang()
        self.setRowCount(len(stages))
        self.setVerticalHeaderLabels([f"{s.id} · {s.short(language)}" for s in stages])
        for n, stage in enumerate(stages):
            self.verticalHeaderItem(n).setToolTip(method.text(stage.id, language))
            box = QCheckBox()
            box.setObjectName(f"manual_{stage.id}")
            box.setToolTip(self.tr("Use our own value for {stage}").format(stage=stage.id))
            box.setAccessibleName(box.toolTip())
            spin = QDoubleSpinBox()
            spin.setObjectName(f"probability_{stage.id}")
            spin.setRange(0, 100)
            spin.setDecimals(0)
            spin.setSuffix(" %")
            spin.setEnabled(False)
            box.toggled.connect(spin.setEnabled)
            self.manual[stage.id], self.spins[stage.id] = box, spin
            self.setCellWidget(n, 0, box)
            self.setCellWidget(n, 1, spin)
            for column in (FORCE_COLUMN, DEALS_COLUMN, SOURCE_COLUMN):
                self.setItem(n, column, QTableWidgetItem(""))
        self.resizeColumnsToContents()

    def overrides(self) -> dict[str, float]:
        return {k: self.spins[k].value() / 100 for k, box in self.manual.items() if box.isChecked()}

    def show_in_force(self, force: dict[str, StageProbability]) -> None:
        sources = {
            "learned": self.tr("learned from our closed deals"),
            "method": self.tr("the method's default"),
            "manual": self.tr("set by hand"),
        }
        for n, key in enumerate(self.manual):
            p = force[key]
            self.item(n, FORCE_COLUMN).setText(f"{p.probability:.0%}")
            self.item(n, DEALS_COLUMN).setText(str(p.deals))
            self.item(n, SOURCE_COLUMN).setText(sources[p.source])
        # Sized again now that the cells have text: a header shorter than "100%"
        # (生效值 in a CJK font) would otherwise cut the figures.
        for column in (FORCE_COLUMN, DEALS_COLUMN):
            self.resizeColumnToContents(column)


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
        team_box = QVBoxLayout(self.team)
        self.tabs = QTabWidget()
        team_box.addWidget(self.tabs)
        general = QWidget()
        team_row = QHBoxLayout(general)
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
        self.currency.setToolTip(self.tr("The currency a new deal starts with"))
        team_form.addRow(self.tr("Default currency"), self.currency)
        team_form.addRow(self.tr("Protection period"), self.protection)
        self.tabs.addTab(general, self.tr("General"))

        money = QWidget()
        money.setObjectName("moneyTab")
        money_layout = QVBoxLayout(money)
        money_form = QFormLayout()
        self.base_currency = QLineEdit()
        self.base_currency.setObjectName("baseCurrency")
        self.base_currency.setMaxLength(3)
        self.base_currency.setInputMask(">AAA")
        self.base_currency.setMaximumWidth(
            self.base_currency.fontMetrics().horizontalAdvance("M") * 8
        )
        self.base_currency.setToolTip(
            self.tr("Totals, forecasts and targets add amounts up in this currency")
        )
        money_form.addRow(self.tr("Base currency"), self.base_currency)
        money_layout.addLayout(money_form)
        rates_hint = QLabel(
            self.tr(
                "Rate: how many units of the base currency one unit of the currency is worth "
                "(for example USD 7.2 with the base CNY). A total leaves out deals in a "
                "currency without a rate and says so."
            )
        )
        rates_hint.setWordWrap(True)
        money_layout.addWidget(rates_hint)
        self.rates = RatesEditor()
        money_layout.addWidget(self.rates, 1)
        self.money_error = InlineError()
        money_layout.addWidget(self.money_error)
        self.tabs.addTab(money, self.tr("Currencies"))

        chances = QWidget()
        chances_layout = QVBoxLayout(chances)
        self.learn = QCheckBox(self.tr("Learn stage probabilities from our closed deals"))
        self.learn.setObjectName("learnProbabilities")
        self.learn.setToolTip(
            self.tr(
                "For each stage: of our won, lost and shelved deals that reached it, "
                "the share we won"
            )
        )
        chances_layout.addWidget(self.learn)
        min_row = QFormLayout()
        self.min_deals = QSpinBox()
        self.min_deals.setObjectName("learnMinDeals")
        self.min_deals.setRange(1, 1000)
        self.min_deals.setMaximumWidth(self.min_deals.fontMetrics().horizontalAdvance("0") * 12)
        self.min_deals.setToolTip(
            self.tr("With fewer closed deals through a stage, the method's default stays")
        )
        min_row.addRow(self.tr("Closed deals needed per stage"), self.min_deals)
        chances_layout.addLayout(min_row)
        self.probability_table = ProbabilityTable()
        self.probabilities = self.probability_table.spins
        chances_layout.addWidget(self.probability_table, 1)
        chances_hint = QLabel(
            self.tr(
                "A value set by hand wins over the learned one for its stage. Weighted "
                "amounts on the board and in forecasts use the probabilities in force."
            )
        )
        chances_hint.setWordWrap(True)
        chances_layout.addWidget(chances_hint)
        self.tabs.addTab(chances, self.tr("Stage probabilities"))
        self._counts: dict[str, tuple[int, int]] = {}
        self.learn.toggled.connect(self._show_in_force)
        self.min_deals.valueChanged.connect(self._show_in_force)
        for key, box in self.probability_table.manual.items():
            box.toggled.connect(self._show_in_force)
            self.probabilities[key].valueChanged.connect(self._show_in_force)
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
                "base_currency",
                "currency_rates",
                "learn_probabilities",
                "learn_min_deals",
            )
        }
        self._counts = ctx.read(closed_counts)
        self.close_reasons.set_keys(list(self._team_values["close_reasons"]))
        self.currency.setText(str(self._team_values["default_currency"]))
        self.protection.setValue(int(self._team_values["protection_months"]))
        self.base_currency.setText(str(self._team_values["base_currency"]))
        self.rates.set_rates(dict(self._team_values["currency_rates"] or {}))
        self.learn.setChecked(bool(self._team_values["learn_probabilities"]))
        self.min_deals.setValue(int(self._team_values["learn_min_deals"]))
        probs = self._team_values["stage_probabilities"] or {}
        for stage in load_methodology().stages:
            value = probs.get(stage.id, stage.default_probability)
            self.probabilities[stage.id].setValue(round(float(value) * 100))
            self.probability_table.manual[stage.id].setChecked(stage.id in probs)
        self._show_in_force()

    def _show_in_force(self) -> None:
        """What the fields would put in force, before they are saved."""
        force = resolve_probabilities(
            self._counts,
            self.probability_table.overrides(),
            self.learn.isChecked(),
            self.min_deals.value(),
        )
        self.probability_table.show_in_force(force)

    def language(self) -> str:
        return str(self.language_box.currentData() or "")

    @property
    def language_changed(self) -> bool:
        return self.language() != self._initial_language

    def accept(self) -> None:
        if self.ctx is not None:
            base = self.base_currency.text().strip().upper() or "CNY"
            problem = (
                ""
                if is_currency(base)
                else self.tr("“{code}” is not a currency code such as CNY or USD.").format(
                    code=base
                )
            ) or self.rates.problem(base)
            self.money_error.say(problem)
            if problem:
                self.tabs.setCurrentIndex(1)
                return
            probs = self.probability_table.overrides()
            wanted = {
                "default_currency": self.currency.text().strip().upper() or "CNY",
                "protection_months": self.protection.value(),
                "stage_probabilities": probs or None,
                "close_reasons": self.close_reasons.reasons(),
                "base_currency": base,
                "currency_rates": self.rates.rates(),
                "learn_probabilities": self.learn.isChecked(),
                "learn_min_deals": self.min_deals.value(),
            }
            changed = {k: v for k, v in wanted.items() if v != self._team_values[k]}
            if changed:
                stack = self.ctx.undo_stack
                stack.beginMacro(self.tr("Change team settings"))
                for key, value in changed.items():
                    command = SettingCommand(self.ctx, self.tr("Change team settings"), key, value)
                    self.ctx.push(command)
                stack.endMacro()
        super().accept()
