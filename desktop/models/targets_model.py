"""Item models of the Targeting page (P1): saved segments, the values a
segment can pick per dimension, and the ranked target list.

The option models hold the segment being edited, not the database: ticking a
value changes only the draft until the user saves.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)

from desktop import labels
from desktop.collation import ranks
from desktop.models.row_table import Index
from model.targeting import RankedAccount, SegmentRow, active_filters, region_parts

ID_ROLE = Qt.ItemDataRole.UserRole
"""The id of the segment or account (or the stored value of an option)."""
SCORE_ROLE = Qt.ItemDataRole.UserRole + 1
"""Fit score 0..100, or None when nothing is weighted; the score delegate paints it."""
FULL_ROLE = Qt.ItemDataRole.UserRole + 2
"""Whether the account meets the whole description."""


def tr(text: str) -> str:
    return QCoreApplication.translate("TargetsModel", text)


def dimension_label(dimension: str) -> str:
    names = {
        "nature": tr("Nature"),
        "industry": tr("Industry"),
        "region": tr("Region"),
        "scale": tr("Size"),
        "sales_channel": tr("Sales channel"),
        "development_stage": tr("Development stage"),
        "it_situation": tr("IT situation"),
        "core_needs": tr("Core needs"),
    }
    return names.get(dimension, dimension)


def dimension_hint(dimension: str) -> str:
    hints = {
        "nature": tr("Public organisation, state-owned, foreign or joint venture, private"),
        "industry": tr("The industries where your offer fits best"),
        "region": tr(
            "A region includes everything inside it: ticking a province takes in its cities "
            "and districts"
        ),
        "scale": tr("Extra-large, large, medium, small or micro"),
        "sales_channel": tr("Sold directly or through a channel partner"),
        "development_stage": tr("Start-up, growth, mature, transformation…"),
        "it_situation": tr("Keywords found in the account's IT situation"),
        "core_needs": tr("Keywords found in the account's core needs"),
    }
    return hints.get(dimension, "")


def value_label(dimension: str, value: str) -> str:
    """How a stored filter value reads: enum codes become words, regions their last level."""
    if dimension == "nature":
        return labels.nature_label(value)
    if dimension == "scale":
        return labels.scale_label(value)
    if dimension == "sales_channel":
        return labels.sales_channel_label(value)
    return value


def summary(dimension: str, values: Sequence[str]) -> str:
    """One line saying what a dimension asks for ("Any" when nothing is ticked)."""
    if not values:
        return tr("Any")
    return labels.join_list((value_label(dimension, v) for v in values), complete=False)


# -- saved segments -----------------------------------------------------------


class SegmentListModel(QAbstractListModel):
    """Saved segments by name; the tooltip says what each describes."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[SegmentRow] = []

    def set_rows(self, rows: Sequence[SegmentRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[SegmentRow]:
        return list(self._rows)

    def row_of(self, segment_id: int | None) -> int:
        for i, row in enumerate(self._rows):
            if row.id == segment_id:
                return i
        return -1

    def segment_at(self, row: int) -> SegmentRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.name
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole:
            described = active_filters(row.filters)
            if not described:
                return tr("Describes no dimension yet: every account fits.")
            return "\n".join(f"{dimension_label(d)}: {summary(d, v)}" for d, v in described.items())
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


# -- values to pick per dimension ---------------------------------------------


@dataclass
class Option:
    value: str
    label: str
    count: int
    checked: bool


def _display(label: str, count: int) -> str:
    return f"{label}  ·  {count}" if count else label


class OptionsModel(QAbstractListModel):
    """Checkable values of one dimension, with how many accounts have each.

    ``checkedChanged`` carries the ticked values whenever the user ticks one.
    """

    checkedChanged = Signal(list)

    def __init__(self, dimension: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dimension = dimension
        self._options: list[Option] = []

    def set_options(self, counts: Mapping[str, int], checked: Iterable[str]) -> None:
        """Offer ``counts`` (value → accounts), plus any ticked value no account has."""
        ticked = list(checked)
        folded = {v.casefold() for v in ticked}
        options = [
            Option(v, value_label(self.dimension, v), n, v.casefold() in folded)
            for v, n in counts.items()
        ]
        present = {o.value.casefold() for o in options}
        options += [
            Option(v, value_label(self.dimension, v), 0, True)
            for v in ticked
            if v.casefold() not in present
        ]
        self.beginResetModel()
        self._options = options
        self.endResetModel()

    def set_checked(self, values: Iterable[str]) -> None:
        """Tick exactly ``values`` (from a loaded segment); unknown ones are added."""
        wanted = list(values)
        folded = {v.casefold() for v in wanted}
        known = {o.value.casefold() for o in self._options}
        missing = [v for v in wanted if v.casefold() not in known]
        if missing:
            first = len(self._options)
            self.beginInsertRows(QModelIndex(), first, first + len(missing) - 1)
            self._options += [Option(v, value_label(self.dimension, v), 0, True) for v in missing]
            self.endInsertRows()
        for row, option in enumerate(self._options):
            now = option.value.casefold() in folded
            if option.checked != now:
                option.checked = now
                index = self.index(row)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])

    def add_value(self, value: str) -> int:
        """Offer and tick a value the user typed; return its row."""
        value = value.strip()
        if not value:
            return -1
        for row, option in enumerate(self._options):
            if option.value.casefold() == value.casefold():
                if not option.checked:
                    self.setData(
                        self.index(row), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
                    )
                return row
        row = len(self._options)
        self.beginInsertRows(QModelIndex(), row, row)
        self._options.append(Option(value, value_label(self.dimension, value), 0, True))
        self.endInsertRows()
        self.checkedChanged.emit(self.checked_values())
        return row

    def checked_values(self) -> list[str]:
        return [o.value for o in self._options if o.checked]

    def values(self) -> list[str]:
        return [o.value for o in self._options]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._options)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._options):
            return None
        option = self._options[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(option.label, option.count)
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if option.checked else Qt.CheckState.Unchecked
        if role == ID_ROLE:
            return option.value
        if role == Qt.ItemDataRole.ToolTipRole:
            if option.count:
                return tr("{n} account(s)").format(n=option.count)
            return tr("No account has this value yet")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        checked = _is_checked(value)
        option = self._options[index.row()]
        if option.checked == checked:
            return True
        option.checked = checked
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checkedChanged.emit(self.checked_values())
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )


def _is_checked(value: Any) -> bool:
    if isinstance(value, Qt.CheckState):
        return value == Qt.CheckState.Checked
    return int(value) == Qt.CheckState.Checked.value


class RegionTreeModel(QAbstractItemModel):
    """Region paths as a checkable tree: ticking a level takes in all below it."""

    checkedChanged = Signal(list)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._paths: list[str] = []  # node -> full path
        self._counts: list[int] = []
        self._parent: list[int] = []
        self._children: dict[int, list[int]] = {-1: []}
        self._checked: list[str] = []

    # The tree is rebuilt as a whole: region lists are short and change rarely.
    def set_regions(self, counts: Mapping[str, int], checked: Iterable[str]) -> None:
        ticked = list(checked)
        paths: dict[str, int] = {}
        spelled: dict[str, str] = {}
        for path, n in [*counts.items(), *((p, 0) for p in ticked)]:
            parts = region_parts(path)
            for depth in range(1, len(parts) + 1):
                prefix = "/".join(parts[:depth])
                key = prefix.casefold()
                spelled.setdefault(key, prefix)
                if depth == len(parts):
                    paths[key] = max(paths.get(key, 0), n)
                else:
                    paths.setdefault(key, 0)
        self.beginResetModel()
        # Each level in the locale's order (Chinese place names by pinyin).
        place = ranks(part for k in paths for part in region_parts(k))
        keys = sorted(paths, key=lambda k: [place[part] for part in region_parts(k)])
        self._paths = [spelled[k] for k in keys]
        self._counts = [paths[k] for k in keys]
        node_of = {k: i for i, k in enumerate(keys)}
        self._parent = []
        self._children = {-1: []}
        for node, key in enumerate(keys):
            parts = region_parts(key)
            up = node_of.get("/".join(parts[:-1]), -1) if len(parts) > 1 else -1
            self._parent.append(up)
            self._children.setdefault(up, []).append(node)
        self._checked = [
            self._paths[node_of["/".join(region_parts(v)).casefold()]]
            for v in ticked
            if region_parts(v)
        ]
        self.endResetModel()

    def set_checked(self, values: Iterable[str]) -> None:
        wanted = list(values)
        missing = [v for v in wanted if v.strip() and self._node_of(v) < 0]
        if missing:
            counts = dict(zip(self._paths, self._counts, strict=True))
            self.set_regions(counts, wanted)
            return
        before = {p.casefold() for p in self._checked}
        self._checked = [self._paths[self._node_of(v)] for v in wanted if v.strip()]
        after = {p.casefold() for p in self._checked}
        for key in before ^ after:
            index = self._index_of_node(self._node_of(key))
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])

    def add_value(self, path: str) -> QModelIndex:
        """Offer and tick a region the user typed; return its index."""
        parts = region_parts(path)
        if not parts:
            return QModelIndex()
        path = "/".join(parts)
        if self._node_of(path) < 0:
            self.set_checked([*self._checked, path])
        else:
            index = self._index_of_node(self._node_of(path))
            self.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
        self.checkedChanged.emit(self.checked_values())
        return self._index_of_node(self._node_of(path))

    def checked_values(self) -> list[str]:
        return list(self._checked)

    def path(self, index: Index) -> str:
        node = self._node(index)
        return self._paths[node] if node >= 0 else ""

    def index_of(self, path: str) -> QModelIndex:
        return self._index_of_node(self._node_of(path))

    def _node_of(self, path: str) -> int:
        key = "/".join(region_parts(path)).casefold()
        for node, known in enumerate(self._paths):
            if known.casefold() == key:
                return node
        return -1

    def _index_of_node(self, node: int) -> QModelIndex:
        if node < 0:
            return QModelIndex()
        siblings = self._children[self._parent[node]]
        return self.createIndex(siblings.index(node), 0, node)

    def _node(self, index: Index) -> int:
        return int(index.internalId()) if index.isValid() else -1

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        siblings = self._children.get(self._node(parent), [])
        if column != 0 or not 0 <= row < len(siblings):
            return QModelIndex()
        return self.createIndex(row, 0, siblings[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        return self._index_of_node(self._parent[self._node(index)])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children.get(self._node(parent), []))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self._node(index)
        if node < 0 or node >= len(self._paths):
            return None
        path = self._paths[node]
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(region_parts(path)[-1], self._counts[node])
        if role == Qt.ItemDataRole.CheckStateRole:
            ticked = {p.casefold() for p in self._checked}
            return Qt.CheckState.Checked if path.casefold() in ticked else Qt.CheckState.Unchecked
        if role == ID_ROLE:
            return path
        if role == Qt.ItemDataRole.ToolTipRole:
            return tr("{path}: {n} account(s), everything inside included").format(
                path=path, n=self._counts[node]
            )
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        node = self._node(index)
        if role != Qt.ItemDataRole.CheckStateRole or node < 0:
            return False
        path = self._paths[node]
        ticked = [p for p in self._checked if p.casefold() != path.casefold()]
        if _is_checked(value):
            ticked.append(path)
        if ticked == self._checked:
            return True
        self._checked = ticked
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checkedChanged.emit(self.checked_values())
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )


# -- the ranked target list ---------------------------------------------------


class Column(IntEnum):
    RANK = 0
    ACCOUNT = 1
    FIT = 2
    MATCHED = 3
    PIPELINE = 4
    OWNER = 5


def column_titles() -> list[str]:
    return [tr("#"), tr("Account"), tr("Fit"), tr("Meets"), tr("Open pipeline"), tr("Owner")]


def column_tips() -> list[str]:
    return [
        tr("Place in the target list: best fit first"),
        tr("The account; double-click to open it"),
        tr("Fit score 0–100: the weighted share of the described dimensions the account meets"),
        tr("The dimensions of the description the account meets"),
        tr("Value of the account's open deals"),
        tr("The rep who owns the account"),
    ]


class RankedModel(QAbstractTableModel):
    """The accounts ranked against the segment being edited."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RankedAccount] = []
        self._scored = False  # whether any described dimension carries weight

    def set_ranking(self, rows: Sequence[RankedAccount], *, scored: bool) -> None:
        """Show a new ranking; the same accounts in a new order keep their selection."""
        new = list(rows)
        same = sorted(r.account.id for r in new) == sorted(r.account.id for r in self._rows)
        if not same:
            self.beginResetModel()
            self._rows, self._scored = new, scored
            self.endResetModel()
            return
        self.layoutAboutToBeChanged.emit()
        old_rows = {r.account.id: i for i, r in enumerate(self._rows)}
        new_rows = {r.account.id: i for i, r in enumerate(new)}
        moves = {old_rows[k]: new_rows[k] for k in old_rows}
        persistent = self.persistentIndexList()
        self._rows, self._scored = new, scored
        for index in persistent:
            target = moves.get(index.row(), -1)
            self.changePersistentIndex(index, self.index(target, index.column()))
        self.layoutChanged.emit()
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(Column) - 1)
            )

    def rows(self) -> list[RankedAccount]:
        return list(self._rows)

    def account_id(self, row: int) -> int | None:
        return self._rows[row].account.id if 0 <= row < len(self._rows) else None

    def row_of(self, account_id: int | None) -> int:
        for i, ranked in enumerate(self._rows):
            if ranked.account.id == account_id:
                return i
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        ranked = self._rows[index.row()]
        row, fit, column = ranked.account, ranked.fit, index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == Column.RANK:
                return str(ranked.position)
            if column == Column.ACCOUNT:
                return row.name
            if column == Column.FIT:
                return f"{fit.score:.0f}" if self._scored else "–"
            if column == Column.MATCHED:
                return labels.join_list(dimension_label(d) for d in fit.matched) or "–"
            if column == Column.PIPELINE:
                return labels.amount(row.pipeline) if row.pipeline else "–"
            if column == Column.OWNER:
                return row.owner or tr("Unassigned")
        if role == ID_ROLE:
            return row.id
        if role == SCORE_ROLE:
            return fit.score if self._scored else None
        if role == FULL_ROLE:
            return ranked.full_match
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.RANK, Column.PIPELINE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column in (Column.FIT, Column.MATCHED):
            return self._fit_tip(ranked)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.ACCOUNT:
            details = " · ".join(p for p in (row.industry, row.region) if p)
            return f"{row.name}\n{details}" if details else row.name
        return None

    def _fit_tip(self, ranked: RankedAccount) -> str:
        fit = ranked.fit
        lines = [
            tr("{dimension}: +{points:.0f}").format(dimension=dimension_label(d), points=p)
            if p
            else tr("{dimension}: missed").format(dimension=dimension_label(d))
            for d, p in fit.contributions.items()
        ]
        unweighted = [d for d in fit.matched if d not in fit.contributions]
        lines += [
            tr("{dimension}: met (weight 0)").format(dimension=dimension_label(d))
            for d in unweighted
        ]
        if ranked.full_match:
            lines.append(tr("Meets the whole description."))
        return "\n".join(lines) or tr("No dimension described yet.")

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column_titles()[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return column_tips()[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
