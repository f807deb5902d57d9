"""The Activities page's timeline as a table over :class:`~model.activities.ActivityRow` rows.

Read-only: the rows come in the model's order (next steps overdue first, then
newest first) and stay in it; edits go through the page and its undo steps.
A next step overdue shows in red with how many days it is late.
"""

from __future__ import annotations

from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QFont

from desktop import labels
from desktop.board import style
from desktop.collation import sort_by_name
from desktop.labels import join_list
from desktop.models.row_table import ID_ROLE, RowTableModel
from model.activities import ActivityRow

CONTEXT = "ActivityTable"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class Column(IntEnum):
    DAY = 0
    KIND = 1
    ACCOUNT = 2
    DEAL = 3
    OURS = 4
    THEIRS = 5
    SUMMARY = 6
    NEXT = 7


def names(pairs: tuple[tuple[int, str], ...]) -> str:
    return join_list((n for _, n in sort_by_name(pairs, lambda p: p[1])), complete=False)


def next_step_text(row: ActivityRow, today: date) -> str:
    """ "Send the quote · due 2025-03-01 (4 days late)", "… · done 2025-03-02"."""
    parts = [row.next_step] if row.next_step else []
    if row.next_done_on is not None:
        parts.append(tr("done {day}").format(day=row.next_done_on.isoformat()))
    elif row.next_due is not None:
        due = tr("due {day}").format(day=row.next_due.isoformat())
        late = (today - row.next_due).days
        if late > 0:
            due += " " + tr("({n} days late)").format(n=late)
        parts.append(due)
    return " · ".join(parts)


class ActivityTableModel(RowTableModel[ActivityRow]):
    """The timeline: day, kind, account, deal, who met whom, summary, next step."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.today = date.today()

    def set_today(self, today: date) -> None:
        self.today = today

    def column_count(self) -> int:
        return len(Column)

    def column_titles(self) -> list[str]:
        return [
            tr("Day"),
            tr("Kind"),
            tr("Account"),
            tr("Deal"),
            tr("Our people"),
            tr("Their people"),
            tr("Summary"),
            tr("Next step"),
        ]

    def column_tips(self) -> list[str]:
        return [
            tr("The day it happened (a local day)"),
            tr("Visit, call, demo, presentation, event, reference or headquarters visit, tender"),
            tr("The customer"),
            tr("The deal it was for; empty: upkeep of the account"),
            tr("Our members who took part; their team role gives the activity's level"),
            tr("The customer's people met"),
            tr("What was discussed, what we learnt"),
            tr("The next step agreed, its due day, and whether it was done"),
        ]

    def cell(self, row: ActivityRow, column: int, role: int) -> Any:
        if role == ID_ROLE:
            return row.id
        late = row.overdue(self.today)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._text(row, column)
            if role == Qt.ItemDataRole.ToolTipRole:
                if column == Column.KIND:
                    return f"{text} · {labels.visit_level_label(row.level)}"
                return text or None
            return text.replace("\n", " ")
        if role == Qt.ItemDataRole.ForegroundRole and late and column in (Column.NEXT, Column.DAY):
            return QBrush(style.RED)
        if role == Qt.ItemDataRole.FontRole and late and column == Column.NEXT:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, row: ActivityRow, column: int) -> str:
        if column == Column.DAY:
            return row.on.isoformat()
        if column == Column.KIND:
            return labels.activity_kind_label(row.kind)
        if column == Column.ACCOUNT:
            return row.account
        if column == Column.DEAL:
            return row.deal
        if column == Column.OURS:
            return names(row.members)
        if column == Column.THEIRS:
            return names(row.people)
        if column == Column.SUMMARY:
            return row.summary
        if column == Column.NEXT:
            return next_step_text(row, self.today)
        return ""
