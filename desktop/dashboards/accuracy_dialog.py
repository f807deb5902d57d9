"""Snapshots and accuracy: what the forecast said, against what was won (GOAL.7).

Left, the forecast snapshots (taken on demand with "Take snapshot", or each
week when the setting is on), newest first; "Delete snapshot" removes one
(one undo step). Right, the accuracy of every ended month a snapshot forecast
(:func:`model.forecast.accuracy`): per month or per owner, the mean bias
(forecast − won: above zero the team promised too much) and the mean error
(|bias| / won) as a chart, and each snapshot's figures in the table below.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop import labels
from desktop.board import style
from desktop.board.approvals import local_time
from desktop.context import WorkspaceContext
from desktop.dashboards.chart import ChartView
from desktop.dashboards.commands import DeleteSnapshotCommand, TakeSnapshotCommand
from desktop.models.row_table import SORT_ROLE, RowTableModel
from desktop.pages.list_editor import RowProxy
from desktop.widgets import GuardedComboBox
from model.changes import Changes
from model.forecast import AccuracyRow, AccuracySummary, SnapshotRow, accuracy, snapshot_rows

CONTEXT = "AccuracyDialog"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def kind_label(kind: str) -> str:
    return {"manual": tr("Taken by hand"), "weekly": tr("Weekly")}.get(kind, kind)


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value:.0%}"


class SnapshotsModel(RowTableModel[SnapshotRow]):
    def column_count(self) -> int:
        return 4

    def column_titles(self) -> list[str]:
        return [tr("Taken"), tr("How"), tr("By"), tr("Lines")]

    def column_tips(self) -> list[str]:
        return [
            tr("When the snapshot was taken (your clock)"),
            "",
            "",
            tr("One line per deal and month the snapshot forecast"),
        ]

    def cell(self, row: SnapshotRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return [local_time(row.taken_at), kind_label(row.kind), row.by_name, str(row.lines)][
                column
            ]
        if role == SORT_ROLE:
            return [row.taken_at.isoformat(), row.kind, row.by_name, row.lines][column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 3:
            return RIGHT
        return None


@dataclass(frozen=True)
class AccuracyLine:
    id: int  # the row's place
    row: AccuracyRow


class AccuracyModel(RowTableModel[AccuracyLine]):
    """Each snapshot's forecast for an ended month (and owner) against what was won."""

    def column_count(self) -> int:
        return 7

    def column_titles(self) -> list[str]:
        return [
            tr("Snapshot"),
            tr("Month"),
            tr("Owner"),
            tr("Forecast"),
            tr("Won"),
            tr("Bias"),
            tr("Error"),
        ]

    def column_tips(self) -> list[str]:
        return [
            "",
            "",
            "",
            tr("The weighted amount the snapshot expected to be won in the month"),
            tr("What was won in the month"),
            tr("Forecast − won: above zero, the forecast promised too much"),
            tr("|Bias| / won (empty when nothing was won)"),
        ]

    def cell(self, line: AccuracyLine, column: int, role: int) -> Any:
        r = line.row
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                local_time(r.taken_at),
                r.period,
                r.owner_name or (tr("Team") if r.owner_id is None else ""),
                labels.amount(r.forecast),
                labels.amount(r.actual),
                labels.amount(r.bias),
                percent(r.error),
            ][column]
        if role == SORT_ROLE:
            return [
                r.taken_at.isoformat(),
                r.period,
                r.owner_name,
                r.forecast,
                r.actual,
                r.bias,
                r.error,
            ][column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 3:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and column == 5 and r.bias < 0:
            return QColor(style.RED)
        return None


def _table(model: RowTableModel[Any], parent: QObject, name: str) -> tuple[QTableView, RowProxy]:
    proxy = RowProxy(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view = QTableView()
    view.setObjectName(name)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return view, proxy


def draw_accuracy(figure: Any, summaries: list[AccuracySummary], by: str) -> None:
    """Mean bias per month or owner as bars; mean error as a line on its own axis."""
    from matplotlib.ticker import FuncFormatter, PercentFormatter

    ax = figure.add_subplot()
    names = [s.label or tr("Team") for s in summaries]
    biases = [s.mean_bias for s in summaries]
    colours = ["#c0504d" if b > 0 else "#3b6ea8" for b in biases]
    ax.bar(range(len(names)), biases, color=colours, label=tr("Mean bias"))
    ax.axhline(0, color="#555555", linewidth=0.8)
    ax.set_xticks(range(len(names)), names)
    pad = max(0.0, (5 - len(names)) / 2)  # a bar or two stay bar-wide, centred
    ax.set_xlim(-0.6 - pad, len(names) - 0.4 + pad)
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _p: labels.amount(v)))
    ax.set_ylabel(tr("Mean bias (forecast − won)"))
    errors = [s.mean_abs_error for s in summaries]
    if any(e is not None for e in errors):
        twin = ax.twinx()
        twin.plot(
            range(len(names)),
            [e if e is not None else float("nan") for e in errors],
            color="#ef6c00",
            marker="o",
            label=tr("Mean error"),
        )
        twin.yaxis.set_major_formatter(PercentFormatter(1.0))
        twin.set_ylim(bottom=0)
        twin.set_ylabel(tr("Mean error"))
        twin.spines["right"].set_visible(True)
    if len(names) > 6:
        ax.tick_params(axis="x", labelrotation=45)


class AccuracyDialog(QDialog):
    """The snapshots, and how accurate the forecasts they kept turned out."""

    def __init__(
        self, ctx: WorkspaceContext, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today
        self.setObjectName("accuracyDialog")
        self.setWindowTitle(tr("Forecast snapshots and accuracy"))
        self.summaries: list[AccuracySummary] = []
        self.rows: list[AccuracyRow] = []
        layout = QVBoxLayout(self)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)

        left = QWidget()
        side = QVBoxLayout(left)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(QLabel(tr("Snapshots")))
        self.snapshots = SnapshotsModel(self)
        self.snapshots_view, _proxy = _table(self.snapshots, self, "snapshotList")
        self.snapshots_view.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        side.addWidget(self.snapshots_view, 1)
        line = QHBoxLayout()
        self.take_button = QPushButton(tr("Take snapshot"))
        self.take_button.setObjectName("takeSnapshot")
        self.take_button.setToolTip(tr("Keep what the forecast says now"))
        self.take_button.clicked.connect(lambda _c=False: self.take_snapshot())
        line.addWidget(self.take_button)
        self.delete_button = QPushButton(tr("Delete snapshot"))
        self.delete_button.setObjectName("deleteSnapshot")
        self.delete_button.setToolTip(tr("Remove the selected snapshot; undo brings it back"))
        self.delete_button.clicked.connect(lambda _c=False: self.delete_selected())
        line.addWidget(self.delete_button)
        side.addLayout(line)
        split.addWidget(left)

        right = QWidget()
        main = QVBoxLayout(right)
        main.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("Accuracy per")))
        self.by = GuardedComboBox()
        self.by.setObjectName("accuracyBy")
        self.by.addItem(tr("Month"), "period")
        self.by.addItem(tr("Owner"), "owner")
        bar.addWidget(self.by)
        self.summary = QLabel()
        self.summary.setObjectName("accuracySummary")
        self.summary.setWordWrap(True)
        bar.addWidget(self.summary, 1)
        main.addLayout(bar)
        self.chart = ChartView(
            "forecast-accuracy",
            tr(
                "No ended month to measure yet. Take a snapshot now (or turn on weekly "
                "snapshots in Settings); once its months have ended, this shows how far "
                "the forecast was from what was won."
            ),
        )
        self.chart.setObjectName("accuracyChart")
        main.addWidget(self.chart, 3)
        self.accuracy = AccuracyModel(self)
        self.accuracy_view, _proxy2 = _table(self.accuracy, self, "accuracyRows")
        main.addWidget(self.accuracy_view, 2)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setSizes([300, 780])
        layout.addWidget(split, 1)
        self.snapshots_view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.accuracy_view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.by.currentIndexChanged.connect(lambda _i: self.refresh())
        ctx.hub.changed.connect(self._changed)
        self.refresh()
        self.resize(1080, 620)

    def by_key(self) -> str:
        return str(self.by.currentData())

    def _changed(self, changes: Changes) -> None:
        if changes.touches("forecast_snapshot", "deal", "setting", "member"):
            self.refresh()

    def refresh(self) -> None:
        self.snapshots.set_rows(self.ctx.read(snapshot_rows))
        self.snapshots_view.resizeColumnsToContents()
        by = self.by_key()
        rows, summaries = self.ctx.read(accuracy, by, self.today)
        self.rows, self.summaries = rows, summaries
        self.accuracy.set_rows([AccuracyLine(n, r) for n, r in enumerate(rows)])
        self.accuracy_view.resizeColumnsToContents()
        if summaries:
            self.chart.set_title(
                tr("Mean bias and error per month")
                if by == "period"
                else tr("Mean bias and error per owner")
            )
            self.chart.plot(lambda figure: draw_accuracy(figure, summaries, by))
            bias = sum(r.bias for r in rows) / len(rows)
            errors = [r.error for r in rows if r.error is not None]
            self.summary.setText(
                tr("Over {n} snapshot months: mean bias {bias}, mean error {error}.").format(
                    n=len(rows),
                    bias=labels.amount(bias),
                    error=percent(sum(errors) / len(errors) if errors else None),
                )
            )
        else:
            self.chart.show_empty()
            self.chart.set_title("")
            self.summary.setText("")
        self._enable()

    def selected_snapshot(self) -> SnapshotRow | None:
        rows = self.snapshots_view.selectionModel().selectedRows()
        if not rows:
            return None
        proxy = self.snapshots_view.model()
        assert isinstance(proxy, RowProxy)
        return self.snapshots.row_at(proxy.mapToSource(rows[0]).row())

    def _enable(self) -> None:
        self.delete_button.setEnabled(self.selected_snapshot() is not None)

    def take_snapshot(self) -> bool:
        return self.ctx.push(TakeSnapshotCommand(self.ctx, tr("Take a forecast snapshot")))

    def delete_selected(self) -> bool:
        snap = self.selected_snapshot()
        if snap is None:
            return False
        text = tr("Delete the forecast snapshot of {when}").format(when=local_time(snap.taken_at))
        return self.ctx.push(DeleteSnapshotCommand(self.ctx, text, snap.id))


def open_accuracy_dialog(ctx: WorkspaceContext, parent: QWidget | None = None) -> AccuracyDialog:
    """Show the dialog (an open one comes to the front)."""
    window = parent.window() if parent is not None else None
    if window is not None:
        for found in window.findChildren(AccuracyDialog):
            if found.isVisible() and found.ctx is ctx:
                found.raise_()
                found.activateWindow()
                return found
    dialog = AccuracyDialog(ctx, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
