"""Our team as a table and as a reporting tree, over cached :class:`MemberRow` rows.

Both models are read-only: edits go through the Team page's editor and its
undo commands; these models only follow what the model layer says.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from desktop import labels
from desktop.collation import ranks
from desktop.models.row_table import ID_ROLE, SORT_ROLE, Index, RowTableModel
from model.enums import TeamRole
from model.rows import MemberRow

_ROLE_ORDER = {role.value: i for i, role in enumerate(TeamRole)}


def tr(text: str) -> str:
    return QCoreApplication.translate("TeamModel", text)


def role_hint(role: str) -> str:
    """What a member of this role brings to a big deal (TEAM.INTERNAL)."""
    hints = {
        TeamRole.REP.value: tr(
            "Owns accounts and deals, and pulls the team's resources into a big deal."
        ),
        TeamRole.PRESALES.value: tr(
            "Studies the industry, guides needs and proposes a targeted solution (P2–P4)."
        ),
        TeamRole.MANAGER.value: tr(
            "Direct manager: confirms the five elements in person before a lead counts as an "
            "opportunity (P3)."
        ),
        TeamRole.EXECUTIVE.value: tr(
            "Meets the customer's top level and confirms very large deals himself or herself."
        ),
    }
    return hints.get(role, "")


class Column(IntEnum):
    NAME = 0
    ROLE = 1
    MANAGER = 2
    EMAIL = 3
    ACTIVE = 4


def column_titles() -> list[str]:
    return [tr("Name"), tr("Role"), tr("Reports to"), tr("Email"), tr("Status")]


def column_tips() -> list[str]:
    return [
        tr("The team member's name"),
        tr("Sales rep, presales, manager or executive"),
        tr("The member's direct manager on our side"),
        tr("Email address"),
        tr("Inactive members stay in the history but no longer take new work"),
    ]


def _muted() -> Any:
    app = QApplication.instance()
    palette = app.palette() if isinstance(app, QApplication) else QPalette()
    return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)


def _cell(row: MemberRow, column: int, role: int) -> Any:
    """The value of one cell for one role; shared by the table and the tree."""
    if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
        if column == Column.NAME:
            return row.name if role == Qt.ItemDataRole.DisplayRole else row.name.casefold()
        if column == Column.ROLE:
            if role == SORT_ROLE:
                return _ROLE_ORDER.get(row.role, 99)
            return labels.team_role_label(row.role)
        if column == Column.MANAGER:
            return row.manager if role == Qt.ItemDataRole.DisplayRole else row.manager.casefold()
        if column == Column.EMAIL:
            return row.email
        if column == Column.ACTIVE:
            if role == SORT_ROLE:
                return 0 if row.active else 1
            return tr("Active") if row.active else tr("Inactive")
    if role == ID_ROLE:
        return row.id
    if role == Qt.ItemDataRole.ToolTipRole:
        if column == Column.ROLE:
            return role_hint(row.role)
        if column == Column.ACTIVE and not row.active:
            return column_tips()[Column.ACTIVE]
        return None
    if role == Qt.ItemDataRole.ForegroundRole and not row.active:
        return _muted()
    if role == Qt.ItemDataRole.FontRole and not row.active:
        font = QFont()
        font.setItalic(True)
        return font
    return None


def _header(section: int, orientation: Qt.Orientation, role: int) -> Any:
    if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
        return None
    if role == Qt.ItemDataRole.DisplayRole:
        return column_titles()[section]
    if role == Qt.ItemDataRole.ToolTipRole:
        return column_tips()[section]
    return None


class MemberTableModel(RowTableModel[MemberRow]):
    """One row per team member, in the order :func:`model.rows.member_rows` gives."""

    def column_count(self) -> int:
        return len(Column)

    def cell(self, row: MemberRow, column: int, role: int) -> Any:
        return _cell(row, column, role)

    def column_titles(self) -> list[str]:
        return column_titles()

    def column_tips(self) -> list[str]:
        return column_tips()


def reports_of(rows: Iterable[MemberRow], member_id: int) -> set[int]:
    """Everyone who reports to ``member_id``, directly or not (never a loop)."""
    children: dict[int, list[int]] = {}
    for row in rows:
        if row.manager_id is not None:
            children.setdefault(row.manager_id, []).append(row.id)
    found: set[int] = set()
    todo = list(children.get(member_id, []))
    while todo:
        current = todo.pop()
        if current in found or current == member_id:
            continue
        found.add(current)
        todo.extend(children.get(current, []))
    return found


class ReportsTreeModel(QAbstractItemModel):
    """Who reports to whom: managers with their reports beneath them.

    A member whose manager is missing (or who sits in a loop some old data
    left behind) is shown at the top level, so nobody ever disappears.
    """

    COLUMNS = (Column.NAME, Column.ROLE, Column.EMAIL, Column.ACTIVE)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[MemberRow] = []
        self._parent: list[int] = []  # node -> parent node, -1 for top level
        self._children: dict[int, list[int]] = {-1: []}

    def set_rows(self, rows: Sequence[MemberRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        position = {row.id: i for i, row in enumerate(self._rows)}
        self._parent = [position.get(r.manager_id, -1) if r.manager_id else -1 for r in self._rows]
        # Break loops: walk up from each node; a node that meets itself goes top level.
        for node in range(len(self._rows)):
            seen = {node}
            up = self._parent[node]
            while up != -1:
                if up in seen:
                    self._parent[node] = -1
                    break
                seen.add(up)
                up = self._parent[up]
        self._children = {-1: []}
        for node in range(len(self._rows)):
            self._children.setdefault(self._parent[node], []).append(node)
        place = ranks(row.name for row in self._rows)  # names as the locale sorts them
        key = {
            node: (-_ROLE_ORDER.get(row.role, -1), place[row.name])
            for node, row in enumerate(self._rows)
        }
        for nodes in self._children.values():
            nodes.sort(key=key.__getitem__)
        self.endResetModel()

    def member_id(self, index: Index) -> int | None:
        node = self._node(index)
        return self._rows[node].id if node >= 0 else None

    def index_of(self, member_id: int | None) -> QModelIndex:
        for node, row in enumerate(self._rows):
            if row.id == member_id:
                siblings = self._children[self._parent[node]]
                return self.createIndex(siblings.index(node), 0, node)
        return QModelIndex()

    def _node(self, index: Index) -> int:
        if not index.isValid():
            return -1
        return int(index.internalId())

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        siblings = self._children.get(self._node(parent), [])
        if not (0 <= row < len(siblings) and 0 <= column < len(self.COLUMNS)):
            return QModelIndex()
        return self.createIndex(row, column, siblings[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        up = self._parent[self._node(index)]
        if up == -1:
            return QModelIndex()
        siblings = self._children[self._parent[up]]
        return self.createIndex(siblings.index(up), 0, up)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children.get(self._node(parent), []))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self._node(index)
        if node < 0 or node >= len(self._rows):
            return None
        return _cell(self._rows[node], self.COLUMNS[index.column()], role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not 0 <= section < len(self.COLUMNS):
            return None
        return _header(self.COLUMNS[section], orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
