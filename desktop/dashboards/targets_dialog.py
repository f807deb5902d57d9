"""The targets dialog: what each member, and the team, is to win or collect (GOAL.4).

A period (a quarter by default; a month or a year when the team plans so)
and a kind (won: contract amounts signed; collected: payments received); one
row for the team's own target, then one per active member (and any former
member who still has a target in the period). Type an amount in the Target
column and press Enter: one undo step
(:class:`~desktop.dashboards.commands.SetTargetCommand`); "Remove target"
removes the selected row's target (:class:`~desktop.dashboards.commands.DeleteTargetCommand`).
The dialog follows the model, so Undo and Redo show in it at once.

Attainment, coverage and the reverse funnel on the Dashboards' Team tab start
from these targets. Open it with :func:`open_targets_dialog`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop import labels
from desktop.context import WorkspaceContext
from desktop.dashboards.commands import DeleteTargetCommand, SetTargetCommand
from desktop.widgets import GuardedComboBox, InlineError
from model.board import member_choices
from model.changes import Changes
from model.money import month_key, period_bounds, quarter_key, workspace_rates, year_key
from model.targets import TargetRow, target_rows

CONTEXT = "TargetsDialog"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


Index = QModelIndex | QPersistentModelIndex

PERIODS_AROUND = {"quarter": (2, 4), "month": (3, 12), "year": (1, 2)}
"""Periods offered before and after the current one, per grain."""


def periods_around(grain: str, today: date) -> list[str]:
    """The keys offered for ``grain``: a few periods back, the current one, more ahead."""
    back, ahead = PERIODS_AROUND[grain]
    if grain == "year":
        return [str(today.year + n) for n in range(-back, ahead + 1)]
    step = 3 if grain == "quarter" else 1
    key = quarter_key if grain == "quarter" else month_key
    start = period_bounds(key(today))[0]
    base = start.year * 12 + start.month - 1
    out = []
    for n in range(-back, ahead + 1):
        index = base + n * step
        out.append(key(date(index // 12, index % 12 + 1, 1)))
    return out


def current_key(grain: str, today: date) -> str:
    return {"quarter": quarter_key, "month": month_key, "year": year_key}[grain](today)


def full_amount(value: float) -> str:
    """A target in full, digits grouped ("1,200,000"): what was typed, not rounded to 1.2M."""
    return f"{value:,.0f}" if value == round(value) else f"{value:,.2f}"


# -- the table -------------------------------------------------------------------------------


@dataclass(frozen=True)
class TargetLine:
    """One row: the team (``member_id`` None) or a member, and their target if set."""

    member_id: int | None
    name: str
    target_id: int | None
    amount: float | None


NAME, TARGET = 0, 1


class TargetsModel(QAbstractTableModel):
    """Team and members with their target; the Target column is edited in place and
    each edit goes to :attr:`on_set` (which pushes the undo step)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lines: list[TargetLine] = []
        self.base = ""
        self.on_set: Any = None  # (line, amount) -> bool

    def set_lines(self, lines: list[TargetLine]) -> None:
        if [(x.member_id, x.name) for x in lines] == [(x.member_id, x.name) for x in self.lines]:
            self.lines = lines
            if lines:
                self.dataChanged.emit(self.index(0, 0), self.index(len(lines) - 1, 1))
            return
        self.beginResetModel()
        self.lines = lines
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == NAME:
                return tr("Who")
            return tr("Target ({base})").format(base=self.base) if self.base else tr("Target")
        if role == Qt.ItemDataRole.ToolTipRole and section == TARGET:
            return tr("Type an amount in the base currency and press Enter")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.lines):
            return None
        line = self.lines[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME:
                return line.name
            return "" if line.amount is None else full_amount(line.amount)
        if role == Qt.ItemDataRole.EditRole and column == TARGET:
            return line.amount or 0.0
        if role == Qt.ItemDataRole.TextAlignmentRole and column == TARGET:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and line.member_id is None:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if line.member_id is None:
                return tr("The team's own target, not the sum of its members'")
            if column == TARGET and line.amount is None:
                return tr("No target yet: double-click to type one")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == TARGET:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != TARGET or self.on_set is None:
            return False
        line = self.lines[index.row()]
        amount = float(value)
        if amount == (line.amount or 0.0):
            return False  # unchanged, or an empty cell left at zero: no target made
        return bool(self.on_set(line, amount))


class AmountDelegate(QStyledItemDelegate):
    """Targets are typed in a spin box wide enough for hundreds of millions."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QDoubleSpinBox(parent)
        editor.setObjectName("targetEditor")
        editor.setRange(0, 1e13)
        editor.setDecimals(0)
        editor.setGroupSeparatorShown(True)
        editor.setButtonSymbols(QDoubleSpinBox.ButtonSymbols.NoButtons)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        return editor


# -- the dialog ------------------------------------------------------------------------------


class TargetsDialog(QDialog):
    """Period, kind, and the team's and members' targets, each edit one undo step."""

    def __init__(
        self, ctx: WorkspaceContext, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today or date.today()
        self.setObjectName("targetsDialog")
        self.setWindowTitle(tr("Targets"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "What each member, and the team as a whole, is to win (contracts signed) "
                "or collect (payments received) in a period. Attainment, pipeline coverage "
                "and the reverse funnel on the Team tab start from here."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("Per")))
        self.grain = GuardedComboBox()
        self.grain.setObjectName("targetsGrain")
        self.grain.addItem(tr("Quarter"), "quarter")
        self.grain.addItem(tr("Month"), "month")
        self.grain.addItem(tr("Year"), "year")
        bar.addWidget(self.grain)
        bar.addWidget(QLabel(tr("Period")))
        self.period = GuardedComboBox()
        self.period.setObjectName("targetsPeriod")
        self.period.setMinimumContentsLength(8)
        bar.addWidget(self.period)
        bar.addSpacing(12)
        bar.addWidget(QLabel(tr("Kind")))
        self.kind = GuardedComboBox()
        self.kind.setObjectName("targetsKind")
        self.kind.addItem(tr("Won"), "won")
        self.kind.addItem(tr("Collected"), "collected")
        self.kind.setItemData(
            0, tr("Contract values of deals won in the period"), Qt.ItemDataRole.ToolTipRole
        )
        self.kind.setItemData(1, tr("Payments received in the period"), Qt.ItemDataRole.ToolTipRole)
        bar.addWidget(self.kind)
        bar.addStretch(1)
        layout.addLayout(bar)

        self.model = TargetsModel(self)
        self.model.on_set = self.set_amount
        self.table = QTableView()
        self.table.setObjectName("targetsTable")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(TARGET, AmountDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TARGET, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(TARGET, 180)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        layout.addWidget(self.table, 1)
        self.sums = QLabel()
        self.sums.setObjectName("targetsSums")
        self.sums.setWordWrap(True)
        layout.addWidget(self.sums)
        self.error = InlineError()
        layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.remove_button = QPushButton(tr("Remove target"))
        self.remove_button.setObjectName("removeTarget")
        self.remove_button.setToolTip(tr("Remove the selected row's target for this period"))
        self.remove_button.clicked.connect(lambda _c=False: self.remove_selected())
        self.buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self._fill_periods()
        self.grain.currentIndexChanged.connect(lambda _i: self._grain_changed())
        self.period.currentIndexChanged.connect(lambda _i: self.refresh())
        self.kind.currentIndexChanged.connect(lambda _i: self.refresh())
        ctx.hub.changed.connect(self._changed)
        self.refresh()
        self.resize(560, 520)

    # -- periods ---------------------------------------------------------------------------

    def _fill_periods(self) -> None:
        grain = str(self.grain.currentData())
        self.period.blockSignals(True)
        self.period.clear()
        for key in periods_around(grain, self.today):
            self.period.addItem(key.replace("Q", " Q"), key)
        self.period.setCurrentIndex(max(0, self.period.findData(current_key(grain, self.today))))
        self.period.blockSignals(False)

    def _grain_changed(self) -> None:
        self._fill_periods()
        self.refresh()

    def period_key(self) -> str:
        return str(self.period.currentData())

    def kind_key(self) -> str:
        return str(self.kind.currentData())

    def select_period(self, key: str) -> None:
        """Show ``key`` ("2027Q1", "2027-01", "2027"), switching the grain as needed."""
        grain = "quarter" if "Q" in key else "month" if "-" in key else "year"
        self.grain.setCurrentIndex(self.grain.findData(grain))
        if self.period.findData(key) < 0:
            self.period.addItem(key.replace("Q", " Q"), key)
        self.period.setCurrentIndex(self.period.findData(key))

    # -- reading ---------------------------------------------------------------------------

    def _changed(self, changes: Changes) -> None:
        if changes.touches("target", "member"):
            self.refresh()

    def refresh(self) -> None:
        period, kind = self.period_key(), self.kind_key()
        stored = [t for t in self.ctx.read(target_rows, period) if t.kind == kind]
        self.lines = lines_of(stored, self.ctx.read(member_choices))
        self.model.base = self.ctx.read(workspace_rates).base
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 1)
        selected = self.selected_line()
        self.model.set_lines(self.lines)
        if selected is not None:
            for row, line in enumerate(self.lines):
                if line.member_id == selected.member_id:
                    self.table.selectRow(row)
        self.sums.setText(self._sums_text())
        self._enable()

    def _sums_text(self) -> str:
        team = next((x.amount for x in self.lines if x.member_id is None), None)
        members = [x.amount for x in self.lines if x.member_id is not None and x.amount is not None]
        if team is None and not members:
            return tr("No targets for this period yet: double-click a row's Target to type one.")
        parts = []
        if members:
            parts.append(
                tr("The members' targets add up to {sum}.").format(sum=full_amount(sum(members)))
            )
        if team is not None:
            parts.append(tr("The team's target is {team}.").format(team=full_amount(team)))
        return labels.join_sentences(parts)

    def selected_line(self) -> TargetLine | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or not 0 <= rows[0].row() < len(self.model.lines):
            return None
        return self.model.lines[rows[0].row()]

    def _enable(self) -> None:
        line = self.selected_line()
        self.remove_button.setEnabled(line is not None and line.target_id is not None)

    # -- edits -----------------------------------------------------------------------------

    def set_amount(self, line: TargetLine, amount: float) -> bool:
        period = self.period_key()
        who = line.name if line.member_id is not None else tr("the team")
        text = tr("Set the {period} target of {who} to {amount}").format(
            period=period, who=who, amount=full_amount(amount)
        )
        command = SetTargetCommand(self.ctx, text, line.member_id, period, amount, self.kind_key())
        refused = self.ctx.try_push(command)
        self.error.say(refused or "")
        return refused is None

    def remove_selected(self) -> bool:
        line = self.selected_line()
        if line is None or line.target_id is None:
            return False
        who = line.name if line.member_id is not None else tr("the team")
        text = tr("Remove the {period} target of {who}").format(period=self.period_key(), who=who)
        refused = self.ctx.try_push(DeleteTargetCommand(self.ctx, text, line.target_id))
        self.error.say(refused or "")
        return refused is None


def lines_of(stored: list[TargetRow], members: list[tuple[int, str]]) -> list[TargetLine]:
    """The team first, then the active members by name, then former members who still
    have a target here."""
    by_member = {t.member_id: t for t in stored}
    team = by_member.get(None)
    lines = [TargetLine(None, tr("Team"), team.id if team else None, team.amount if team else None)]
    seen = set()
    for ident, name in members:
        seen.add(ident)
        t = by_member.get(ident)
        lines.append(TargetLine(ident, name, t.id if t else None, t.amount if t else None))
    for t in stored:
        if t.member_id is not None and t.member_id not in seen:
            lines.append(TargetLine(t.member_id, t.member_name, t.id, t.amount))
    return lines


def open_targets_dialog(
    ctx: WorkspaceContext, parent: QWidget | None = None, period: str | None = None
) -> TargetsDialog:
    """Show the targets dialog (one per window: an open one comes to the front)."""
    window = parent.window() if parent is not None else None
    if window is not None:
        for found in window.findChildren(TargetsDialog):
            if found.isVisible() and found.ctx is ctx:
                if period:
                    found.select_period(period)
                found.raise_()
                found.activateWindow()
                return found
    dialog = TargetsDialog(ctx, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if period:
        dialog.select_period(period)
    dialog.show()
    return dialog
