"""The board's filter bar: search, owner, account, region, industry, close
quarter and amount range, plus swimlanes and sort.

It only produces a :class:`~model.board.BoardFilter` and the view choices;
filtering itself is Qt-free (:func:`model.board.filter_cards`).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from desktop.board.labels import lane_label, sort_label
from desktop.collation import ranks
from model.board import LANE_MODES, SORT_KEYS, BoardFilter, FilterOptions, parse_amount


class _WholeCombo(QComboBox):
    """A combo no layout squeezes below its longest item (its size hint)."""

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


def _combo(tip: str, width: int = 10) -> QComboBox:
    """A filter combo ``width`` characters wide (0: as wide as its longest item).

    Combos of a few fixed items (close date, lanes, sort) size to their texts,
    so "Largest amount" is whole in either language and at any text size (a
    combo measures again when its font changes); the combos of long names
    (owners, accounts…) keep a width in characters and elide.
    """
    combo = QComboBox() if width else _WholeCombo()
    combo.setToolTip(tip)
    if width:
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(width)
    else:
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    return combo


class FilterBar(QWidget):
    filterChanged = Signal()
    viewChanged = Signal()  # lanes or sort

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardFilterBar")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        self.search = QLineEdit()
        self.search.setObjectName("boardSearch")
        self.search.setPlaceholderText(self.tr("Search deals, accounts, owners…"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(
            self.tr(
                "Every word must appear in the deal, account, owner, region or industry (Ctrl+F)"
            )
        )
        self.search.setMinimumWidth(150)
        self.owner = _combo(self.tr("Only the deals of this owner"), 8)
        self.account = _combo(self.tr("Only the deals of this account"), 10)
        self.account.setEditable(True)
        self.account.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.account.completer()
        if completer is not None:
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.region = _combo(self.tr("Only accounts in this region (and the regions inside it)"), 8)
        self.industry = _combo(self.tr("Only accounts of this industry"))
        self.quarter = _combo(self.tr("Only deals expected to close in this quarter"), 0)
        self.amount_min = QLineEdit()
        self.amount_max = QLineEdit()
        for edit, text in ((self.amount_min, self.tr("Min")), (self.amount_max, self.tr("Max"))):
            edit.setPlaceholderText(text)
            edit.setMaximumWidth(78)
            edit.setToolTip(self.tr("Amount range; 300k, 1.5M, 120万 and 2亿 are understood"))
        self.clear = QToolButton()
        self.clear.setText(self.tr("Clear"))
        self.clear.setToolTip(self.tr("Show every deal again"))
        self.clear.clicked.connect(self.reset)
        row.addWidget(self.search, 2)
        for w in (self.owner, self.account, self.region, self.industry, self.quarter):
            row.addWidget(w, 1)
        row.addWidget(self.amount_min)
        dash = QLabel("–")
        row.addWidget(dash)
        row.addWidget(self.amount_max)
        row.addWidget(self.clear)

        self.lanes = _combo(self.tr("Split each column into swimlanes"), 0)
        for mode in LANE_MODES:
            self.lanes.addItem(lane_label(mode), mode)
        self.sort = _combo(self.tr("Order of the cards within a column"), 0)
        for key in SORT_KEYS:
            self.sort.addItem(sort_label(key), key)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(220)
        self._timer.timeout.connect(self._emit)
        self.search.textChanged.connect(self._timer.start)
        self.amount_min.textChanged.connect(self._timer.start)
        self.amount_max.textChanged.connect(self._timer.start)
        for combo in (self.owner, self.region, self.industry, self.quarter):
            combo.currentIndexChanged.connect(self._emit)
        self.account.currentIndexChanged.connect(self._emit)
        self.lanes.currentIndexChanged.connect(self.viewChanged)
        self.sort.currentIndexChanged.connect(self.viewChanged)
        self._options = FilterOptions((), (), (), (), ())
        self._filling = False
        self.set_options(self._options)

    # -- options ------------------------------------------------------------------------

    def set_options(self, options: FilterOptions) -> None:
        """Fill the combos, keeping what the user chose where it still exists.

        Names are listed as the user reads them (Chinese by pinyin, see
        :mod:`desktop.collation`); regions stay a tree, each level in that order.
        """
        place = ranks(
            [
                *(name for _, name in options.owners),
                *(name for _, name in options.accounts),
                *options.industries,
                *(part for r in options.regions for part in r.split("/")),
            ]
        )
        owners = sorted(options.owners, key=lambda o: (o[0] == 0, place[o[1] or ""]))
        accounts: list[tuple[object, str]] = sorted(
            options.accounts, key=lambda a: place[a[1] or ""]
        )
        regions = sorted(options.regions, key=lambda r: [place[part] for part in r.split("/")])
        self._filling = True
        try:
            self._fill(
                self.owner,
                self.tr("All owners"),
                [(ident, name or self.tr("No owner")) for ident, name in owners],
            )
            self._fill(self.account, self.tr("All accounts"), accounts)
            self._fill(
                self.region,
                self.tr("All regions"),
                [(r, "    " * r.count("/") + r.rsplit("/", 1)[-1]) for r in regions],
            )
            self._fill(
                self.industry,
                self.tr("All industries"),
                [(i, i) for i in sorted(options.industries, key=place.__getitem__)],
            )
            self._fill(
                self.quarter,
                self.tr("Any close date"),
                [(q, q or self.tr("No close date")) for q in options.quarters],
            )
        finally:
            self._filling = False
        self._options = options

    @staticmethod
    def _fill(combo: QComboBox, everything: str, items: list[tuple[object, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for value, label in items:
            combo.addItem(label, value)
        n = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(0, n))
        combo.blockSignals(False)

    # -- state ------------------------------------------------------------------------------

    def board_filter(self) -> BoardFilter:
        def ids(combo: QComboBox) -> frozenset[int]:
            value = combo.currentData()
            return frozenset() if value is None else frozenset({int(value)})

        def texts(combo: QComboBox) -> frozenset[str]:
            value = combo.currentData()
            return frozenset() if value is None else frozenset({str(value)})

        return BoardFilter(
            owners=ids(self.owner),
            accounts=ids(self.account),
            regions=texts(self.region),
            industries=texts(self.industry),
            quarters=texts(self.quarter),
            amount_min=self._amount(self.amount_min),
            amount_max=self._amount(self.amount_max),
            text=self.search.text(),
        )

    def _amount(self, edit: QLineEdit) -> float | None:
        try:
            value = parse_amount(edit.text())
        except ValueError:
            value = None
            edit.setToolTip(self.tr("Not an amount: try 300k, 1.5M, 120万 or 2亿"))
        else:
            edit.setToolTip(self.tr("Amount range; 300k, 1.5M, 120万 and 2亿 are understood"))
        palette = edit.palette()
        palette.setColor(
            QPalette.ColorRole.Text,
            QColor("#B42318")
            if value is None and edit.text().strip()
            else self.palette().color(QPalette.ColorRole.Text),
        )
        edit.setPalette(palette)
        return value

    def lane_mode(self) -> str:
        return str(self.lanes.currentData())

    def sort_key(self) -> str:
        return str(self.sort.currentData())

    def reset(self) -> None:
        self._filling = True
        for combo in (self.owner, self.account, self.region, self.industry, self.quarter):
            combo.setCurrentIndex(0)
        for edit in (self.search, self.amount_min, self.amount_max):
            edit.clear()
        self._filling = False
        self._timer.stop()
        self._emit()

    def _emit(self) -> None:
        if not self._filling:
            self.clear.setEnabled(self.board_filter().active)
            self.filterChanged.emit()
