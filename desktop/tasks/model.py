"""The task table: one row per :class:`~model.tasks.TaskRow`, overdue first."""

from __future__ import annotations

from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont

from desktop import labels
from desktop.i18n import lang
from desktop.models.row_table import ID_ROLE, SORT_ROLE, RowTableModel
from model.methodology import load_methodology
from model.tasks import TaskRow

CONTEXT = "TaskTableModel"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def task_text(row: TaskRow) -> str:
    """What the task says: its own title, else the key action's text in the user's language."""
    if row.title or not row.action:
        return row.title
    method = load_methodology()
    return method.text(row.action, lang()) if row.action in method else row.action


def day_text(day: date | None) -> str:
    return day.isoformat() if day is not None else ""


def state_text(row: TaskRow, today: date | None = None) -> str:
    """Done, dormant, overdue (and escalated), or when it is due."""
    today = today or date.today()
    if row.done_on is not None:
        return tr("Done {day}").format(day=row.done_on.isoformat())
    if not row.live:
        return tr("Dormant: the deal is closed or back before this stage")
    if row.overdue(today):
        late = row.days_late(today)
        text = tr("1 day late") if late == 1 else tr("{n} days late").format(n=late)
        if row.escalated:
            who = row.assignee or tr("nobody took it")
            return tr("Escalated: {late} ({who})").format(late=text, who=who)
        return text
    if row.due_on == today:
        return tr("Due today")
    return ""


def state_short(row: TaskRow, today: date | None = None) -> str:
    """The state in a few words for the table (the full sentence is its tooltip): the
    assignee of an escalated task is in the Assignee column, a dormant task's why in
    the tooltip."""
    today = today or date.today()
    if row.done_on is None and not row.live:
        return tr("Dormant")
    if row.escalated and row.overdue(today):
        return tr("Escalated, {n} d late").format(n=row.days_late(today))
    return state_text(row, today)


class Column(IntEnum):
    TASK = 0
    DEAL = 1
    STAGE = 2
    ROLE = 3
    ASSIGNEE = 4
    DUE = 5
    STATE = 6


class TaskTableModel(RowTableModel[TaskRow]):
    """Read-only: edits go through the Tasks tab's editor and its undo commands."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.today = date.today()

    def column_count(self) -> int:
        return len(Column)

    def column_titles(self) -> list[str]:
        return [
            tr("Task"),
            tr("Deal"),
            tr("Stage"),
            tr("For"),
            tr("Assignee"),
            tr("Due"),
            tr("State"),
        ]

    def column_tips(self) -> list[str]:
        return [
            tr("A key action of the stage (the method's text) or a task written by hand"),
            tr("The deal and its account"),
            tr("The stage whose key action this is"),
            tr("The team role the action is for"),
            tr("Who does it; presales tasks wait for someone to take them"),
            tr("The local day it is due"),
            tr("Overdue tasks escalate to the assignee's manager"),
        ]

    def cell(self, row: TaskRow, column: int, role: int) -> Any:
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.overdue(self.today):
                return QColor("#b3261e")
            if row.done or not row.live:
                return QColor("#777777")
            return None
        if role == Qt.ItemDataRole.FontRole and row.escalated and column == Column.STATE:
            font = QFont()
            font.setBold(True)
            return font
        if role == SORT_ROLE:
            if column == Column.DUE:
                return (row.due_on or date.max).toordinal()
            if column == Column.STATE:
                return -row.days_late(self.today) if not row.done else 1
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.TASK:
            return f"{row.action}\n{task_text(row)}" if row.action else task_text(row)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.STATE:
            return state_text(row, self.today) or None
        if role == Qt.ItemDataRole.ToolTipRole and column in (Column.DEAL, Column.ASSIGNEE):
            return self.cell(row, column, Qt.ItemDataRole.DisplayRole)
        if role not in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return None
        if column == Column.TASK:
            return task_text(row)
        if column == Column.DEAL:
            return f"{row.deal} · {row.account}"
        if column == Column.STAGE:
            return row.stage
        if column == Column.ROLE:
            return labels.team_role_label(row.team_role)
        if column == Column.ASSIGNEE:
            return row.assignee or tr("— to take —")
        if column == Column.DUE:
            return day_text(row.due_on)
        if column == Column.STATE:
            return state_short(row, self.today)
        return None
