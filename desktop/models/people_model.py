"""The people of one account as a table, over cached :class:`PersonRow` rows.

Only job attributes reach this model: :class:`PersonRow` carries no private
fields, so no role of any cell (display, tooltip, sort) can leak them.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from desktop import labels
from desktop.collation import ranks
from desktop.models.row_table import ID_ROLE as ID_ROLE  # the person's id
from desktop.models.row_table import SORT_ROLE, Index
from model.enums import Role, Seniority
from model.rows import PersonRow

BADGE_ROLE = Qt.ItemDataRole.UserRole + 2
"""Fill colour of a badge cell; the delegate paints it as a rounded label."""


def tr(text: str) -> str:
    return QCoreApplication.translate("PeopleModel", text)


class Column(IntEnum):
    """Decision-chain columns come early: they are what a narrow pane must show."""

    NAME = 0
    TITLE = 1
    ROLE = 2
    SUPPORT = 3
    COMPETITOR = 4
    MARKS = 5
    DEPARTMENT = 6
    MANAGER = 7
    SENIORITY = 8


def column_titles() -> list[str]:
    titles = {
        Column.NAME: tr("Name"),
        Column.TITLE: tr("Title"),
        Column.ROLE: tr("Role"),
        Column.SUPPORT: tr("Support"),
        Column.COMPETITOR: tr("Backs"),
        Column.MARKS: tr("Marks"),
        Column.DEPARTMENT: tr("Department"),
        Column.MANAGER: tr("Reports to"),
        Column.SENIORITY: tr("Seniority"),
    }
    return [titles[c] for c in Column]


def column_tips() -> list[str]:
    tips = {
        Column.NAME: tr("The person's name"),
        Column.TITLE: tr("Job title or function"),
        Column.ROLE: tr("Place in the decision chain: KDM, KI, KU, LEAD or EVAL"),
        Column.SUPPORT: tr("Support toward us, from strong opponent to strong supporter"),
        Column.COMPETITOR: tr("The competitor this person backs, if any"),
        Column.MARKS: tr(
            "Insider (passes us information), coach (shows us how to sell), "
            "left (no longer at the customer)"
        ),
        Column.DEPARTMENT: tr("Department at the customer"),
        Column.MANAGER: tr("Whom the person reports to"),
        Column.SENIORITY: tr("Level in the customer's hierarchy"),
    }
    return [tips[c] for c in Column]


ROLE_COLOURS: dict[str, str] = {
    Role.KDM: "#6a1b9a",
    Role.KI: "#1565c0",
    Role.KU: "#00796b",
    Role.LEAD: "#6d4c41",
    Role.EVAL: "#546e7a",
}
SUPPORT_COLOURS: dict[int, str] = {
    -2: "#b71c1c",
    -1: "#e65100",
    0: "#757575",
    1: "#43a047",
    2: "#1b5e20",
}
_ROLE_RANK = {r.value: i for i, r in enumerate(Role)}
_SENIORITY_RANK = {s.value: s.rank for s in Seniority}


def marks_text(row: PersonRow) -> str:
    parts = []
    if row.insider:
        parts.append(tr("Insider"))
    if row.coach:
        parts.append(tr("Coach"))
    if row.left_on is not None:
        parts.append(tr("Left"))
    return " · ".join(parts)


class PeopleModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PersonRow] = []
        self._competitors: dict[int, str] = {}
        self._places: dict[Column, dict[str, int]] = {}  # text column -> text -> place
        self._titles = column_titles()
        self._tips = column_tips()

    # -- contents ----------------------------------------------------------

    def set_rows(self, rows: list[PersonRow], competitors: dict[int, str]) -> None:
        """Replace everything; views keep selection by id through :data:`ID_ROLE`."""
        self.beginResetModel()
        self._rows = list(rows)
        self._competitors = dict(competitors)
        self._places.clear()
        self.endResetModel()

    def person(self, row: int) -> PersonRow:
        return self._rows[row]

    def row_of(self, person_id: int) -> int | None:
        for i, person in enumerate(self._rows):
            if person.id == person_id:
                return i
        return None

    # -- QAbstractTableModel -----------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tips[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == ID_ROLE:
            return row.id
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == BADGE_ROLE:
            if column == Column.ROLE and row.role:
                return QColor(ROLE_COLOURS.get(row.role, "#546e7a"))
            if column == Column.SUPPORT:
                return QColor(SUPPORT_COLOURS.get(row.support, "#757575"))
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.ROLE, Column.SUPPORT):
            return int(Qt.AlignmentFlag.AlignCenter)
        if row.left_on is not None:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor("#8a8a8a")
            if role == Qt.ItemDataRole.FontRole and column == Column.NAME:
                font = QFont()
                font.setItalic(True)
                return font
        return None

    def _display(self, row: PersonRow, column: Column) -> str:
        if column == Column.NAME:
            return row.name
        if column == Column.TITLE:
            return row.title
        if column == Column.DEPARTMENT:
            return row.department
        if column == Column.MANAGER:
            return row.manager
        if column == Column.SENIORITY:
            return labels.seniority_label(row.seniority)
        if column == Column.ROLE:
            return labels.role_short(row.role)
        if column == Column.SUPPORT:
            return labels.support_label(row.support)
        if column == Column.COMPETITOR:
            if row.backs_competitor_id is None:
                return ""
            return self._competitors.get(row.backs_competitor_id, "")
        return marks_text(row)

    def _sort_key(self, row: PersonRow, column: Column) -> Any:
        if column == Column.SENIORITY:
            return _SENIORITY_RANK.get(row.seniority, -1)
        if column == Column.ROLE:
            return _ROLE_RANK.get(row.role or "", len(_ROLE_RANK))
        if column == Column.SUPPORT:
            return row.support
        if column == Column.MARKS:
            return int(row.insider) + 2 * int(row.coach) - 4 * int(row.left_on is not None)
        # Text: its place in the locale's order (names by pinyin in Chinese),
        # worked out once per column per refresh; the proxy compares ints.
        places = self._places.get(column)
        if places is None:
            places = ranks(self._display(r, column) for r in self._rows)
            self._places[column] = places
        return places[self._display(row, column)]

    def _tooltip(self, row: PersonRow, column: Column) -> str | None:
        if column == Column.NAME and row.left_on is not None:
            return tr("{name} left on {day}").format(name=row.name, day=row.left_on.isoformat())
        if column == Column.ROLE and row.role:
            return labels.role_label(row.role)
        if column == Column.SUPPORT:
            return tr("Support toward us: {level} ({value:+d})").format(
                level=labels.support_label(row.support), value=row.support
            )
        if column == Column.MARKS and (row.insider or row.coach or row.left_on):
            tips = []
            if row.insider:
                tips.append(tr("Insider: passes us internal and competitor information"))
            if row.coach:
                tips.append(tr("Coach: shows us how to sell inside the customer"))
            if row.left_on is not None:
                tips.append(tr("Left on {day}").format(day=row.left_on.isoformat()))
            return "\n".join(tips)
        if column == Column.COMPETITOR and row.backs_competitor_id is not None:
            return tr("Backs {competitor}").format(
                competitor=self._competitors.get(row.backs_competitor_id, "")
            )
        return None


class PeopleFilter(QSortFilterProxyModel):
    """Filter on any shown text; sort by :data:`SORT_ROLE`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
