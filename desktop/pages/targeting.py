"""The Targeting page (P1): describe the best customers, see accounts ranked by fit.

A segment is a description along the P1 dimensions with a weight per
dimension. The page edits a draft of one segment and ranks every account
against it as the user ticks values or moves weights; nothing is written until
Save, which is one undoable command (as are New-then-Save and Delete).

The ranking follows the model lazily: while another page is up an edit only
waits (``Page.changes_arrived``); when the page is shown it re-reads the rows
of the accounts the edits name (``Changes.affected``) and re-ranks only if a
figure the ranking or the list uses changed (a dimension, the open pipeline
that breaks ties, the name, the owner). A stage move between open stages
changes none of them: the page reads one row and is done.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSlider,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionViewItem,
    QStylePainter,
    QTableView,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.commands import CreateCommand, DeleteCommand, EditCommand
from desktop.context import ServiceCommand, WorkspaceContext
from desktop.labels import join_list
from desktop.models.targets_model import (
    FULL_ROLE,
    ID_ROLE,
    SCORE_ROLE,
    Column,
    OptionsModel,
    RankedModel,
    RegionTreeModel,
    SegmentListModel,
    dimension_hint,
    dimension_label,
    summary,
)
from desktop.pages.base import EmptyState, Page
from desktop.pages.list_editor import RowMenu, copy_name_action, fit_rows, map_action
from model.changes import Changes
from model.dto import AccountRow
from model.enums import Nature, SalesChannel, Scale
from model.rows import account_rows
from model.services.segments import delete_segment, save_segment
from model.targeting import (
    DIMENSIONS,
    SegmentRow,
    active_filters,
    create_segment,
    rank,
    segment_rows,
    value_counts,
    weight_of,
)

Index = QModelIndex | QPersistentModelIndex
Draft = tuple[str, tuple[tuple[str, tuple[str, ...]], ...], tuple[float, ...]]

ENUM_VALUES: Mapping[str, tuple[str, ...]] = {
    "nature": tuple(n.value for n in Nature),
    "scale": tuple(s.value for s in Scale),
    "sales_channel": tuple(c.value for c in SalesChannel),
}
"""Closed dimensions offer every value, even one no account has yet."""
MAX_WEIGHT = 5
STEPS = 10
"""Slider steps per unit of weight: saved weights such as 0.3 show as they are."""


def bold(on: bool) -> QFont:
    """A font that sets only the weight, so the size still follows Larger/Smaller text."""
    font = QFont()
    font.setBold(on)
    return font


class ScoreDelegate(QStyledItemDelegate):
    """Paints the fit score as a bar: green for a full match, blue for a partial one."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        score = index.data(SCORE_ROLE)
        rect = QRectF(option.rect).adjusted(6, 0, -6, 0)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_color = option.palette.highlightedText() if selected else option.palette.text()
        if score is None:
            painter.setPen(text_color.color())
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "–")
            painter.restore()
            return
        number_width = option.fontMetrics.horizontalAdvance("100") + 6
        bar = QRectF(rect.left(), rect.center().y() - 5, rect.width() - number_width, 10)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(option.palette.mid().color().lighter(130))
        painter.drawRoundedRect(bar, 4, 4)
        fill = QColor("#2e7d32") if index.data(FULL_ROLE) else QColor("#1e6bb8")
        filled = QRectF(bar.left(), bar.top(), bar.width() * max(0.0, min(100.0, score)) / 100, 10)
        if filled.width() > 0:
            painter.setBrush(fill)
            painter.drawRoundedRect(filled, 4, 4)
        painter.setPen(text_color.color())
        number = QRectF(bar.right() + 4, rect.top(), number_width - 4, rect.height())
        painter.drawText(
            number, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{score:.0f}"
        )
        painter.restore()


class ElidedLabel(QLabel):
    """One line that ends in "…" when it does not fit; the tooltip has it all."""

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        metrics = self.fontMetrics()
        text = metrics.elidedText(self.text(), Qt.TextElideMode.ElideRight, self.width())
        painter.setPen(self.palette().windowText().color())
        painter.drawText(self.rect(), int(self.alignment()), text)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)


class DimensionButton(QPushButton):
    """A flat toggle whose text starts at the left, like the rows of a list.

    Painted rather than styled: a style sheet would freeze the font size, and
    the text must grow with Larger text for a projector.
    """

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        text, option.text = option.text, ""
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)
        role = (
            QPalette.ColorRole.HighlightedText
            if self.isChecked()
            else QPalette.ColorRole.ButtonText
        )
        if self.isChecked():
            painter.fillRect(self.rect().adjusted(1, 1, -1, -1), self.palette().highlight())
        painter.setPen(self.palette().color(role))
        painter.drawText(
            self.rect().adjusted(6, 0, -4, 0),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            text,
        )


class DimensionRow:
    """One dimension in the editor: its button, what is chosen, its weight."""

    def __init__(self, page: TargetingPage, dimension: str) -> None:
        self.dimension = dimension
        self.button = DimensionButton(dimension_label(dimension))
        self.button.setCheckable(True)
        self.button.setFlat(True)
        self.button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.button.setToolTip(
            page.tr("Choose the {dimension} values that describe your best customers").format(
                dimension=dimension_label(dimension).lower()
            )
        )
        self.chosen = ElidedLabel()
        self.chosen.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, MAX_WEIGHT * STEPS)
        self.slider.setSingleStep(1)
        self.slider.setPageStep(STEPS)
        self.slider.setTickInterval(STEPS)
        self.slider.setFixedWidth(84)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setToolTip(
            page.tr(
                "How much {dimension} counts in the fit score; 0 leaves it out of the score "
                "(it still decides who meets the whole description)"
            ).format(dimension=dimension_label(dimension).lower())
        )
        self.weight = QLabel()
        self.fit_weight(page)

    @staticmethod
    def weight_text(page: TargetingPage, weight: float) -> str:
        return f"×{weight:g}" if weight > 0 else page.tr("off")

    def fit_weight(self, page: TargetingPage) -> None:
        """As wide as the widest weight the slider can show, in the label's font now."""
        metrics = self.weight.fontMetrics()
        texts = [self.weight_text(page, step / STEPS) for step in range(MAX_WEIGHT * STEPS + 1)]
        self.weight.setMinimumWidth(max(metrics.horizontalAdvance(t) for t in texts) + 2)

    def show_weight(self, page: TargetingPage, weight: float) -> None:
        self.weight.setText(self.weight_text(page, weight))


class TargetingPage(Page):
    """Saved segments, the segment editor and the ranked target list."""

    key = "targets"

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._accounts: list[AccountRow] = []
        self._segment_id: int | None = None
        self._loaded: SegmentRow | None = None  # the stored segment the draft started from
        self._filters: dict[str, list[str]] = {}
        self._weights: dict[str, float] = {}
        self._loading = False
        self.segment_model = SegmentListModel(self)
        self.ranked_model = RankedModel(self)
        self.ranked_proxy = QSortFilterProxyModel(self)
        self.ranked_proxy.setSourceModel(self.ranked_model)
        self.ranked_proxy.setFilterKeyColumn(Column.ACCOUNT)
        self.ranked_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.option_models: dict[str, OptionsModel | RegionTreeModel] = {
            d: RegionTreeModel(self) if d == "region" else OptionsModel(d, self) for d in DIMENSIONS
        }
        self.rows: dict[str, DimensionRow] = {}
        self._build_actions()
        self._build_ui()
        ctx.hub.changed.connect(self.changes_arrived)  # lazy while hidden (Page)
        self._reload_accounts()
        self._reload_segments()
        first = self.segment_model.segment_at(0)
        if first is not None:
            self.load_segment(first.id)
        else:
            self.new_segment(confirm=False)

    # -- building -----------------------------------------------------------

    def _build_actions(self) -> None:
        sp = QStyle.StandardPixmap
        self.act_new = self.make_action(
            self.tr("New segment"),
            self.tr("Start describing another group of target customers"),
            lambda: self.new_segment(),
            "Ctrl+Shift+N",
            sp.SP_FileIcon,
        )
        self.act_save = self.make_action(
            self.tr("Save segment"),
            self.tr("Keep this description and its weights (undo takes it back)"),
            self.save_segment,
            QKeySequence(QKeySequence.StandardKey.Save),
            sp.SP_DialogSaveButton,
        )
        self.act_delete = self.make_action(
            self.tr("Delete segment"),
            self.tr("Delete the selected saved segment; the accounts stay as they are"),
            self.delete_segment,
            QKeySequence(QKeySequence.StandardKey.Delete),
            sp.SP_TrashIcon,
        )
        # Delete must not fire while the user deletes text in a field.
        self.act_delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def page_actions(self) -> list[QAction]:
        return [self.act_new, self.act_save, self.act_delete]

    def _build_ui(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        splitter = QSplitter()
        splitter.setObjectName("targetingSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_segments())
        splitter.addWidget(self._build_editor())
        splitter.addWidget(self._build_ranking())
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 0)
        splitter.setStretchFactor(2, 1)
        splitter.setSizes([150, 370, 620])
        outer.addWidget(splitter)

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setFont(bold(True))
        label.setWordWrap(True)
        return label

    def _build_segments(self) -> QWidget:
        pane = QWidget()
        pane.setMinimumWidth(130)
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.addWidget(self._heading(self.tr("Saved segments")))
        self.segment_stack = QStackedWidget()
        self.segment_list = QListView()
        self.segment_list.setObjectName("segmentList")
        self.segment_list.setModel(self.segment_model)
        self.segment_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.segment_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.segment_list.addAction(self.act_delete)
        self.segment_list.setWordWrap(True)
        self.segment_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.segment_list.setSpacing(2)
        self.segment_list.selectionModel().currentChanged.connect(self._on_segment_current)
        self.segment_stack.addWidget(self.segment_list)
        self.no_segments = QLabel(
            self.tr(
                "No saved segments yet.\n\nDescribe your best customers: choose the natures, "
                "industries, regions and sizes that fit, then weight what matters most. "
                "Save to keep the description."
            )
        )
        self.no_segments.setObjectName("noSegments")
        self.no_segments.setWordWrap(True)
        self.no_segments.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.no_segments.setFrameShape(QFrame.Shape.StyledPanel)
        self.no_segments.setMargin(8)
        self.segment_stack.addWidget(self.no_segments)
        layout.addWidget(self.segment_stack, 1)
        buttons = QHBoxLayout()
        for action in (self.act_new, self.act_save, self.act_delete):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return pane

    def _build_editor(self) -> QWidget:
        pane = QWidget()  # no fixed minimum: the layout's grows with the font
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self._heading(self.tr("Describe your best customers")))
        name_row = QHBoxLayout()
        name_label = QLabel(self.tr("&Name"))
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("segmentName")
        self.name_edit.setPlaceholderText(
            self.tr("Name this segment, e.g. East China state groups")
        )
        name_label.setBuddy(self.name_edit)
        self.name_edit.textEdited.connect(lambda _t: self._draft_changed())
        self.name_edit.returnPressed.connect(self.save_segment)
        name_row.addWidget(name_label)
        name_row.addWidget(self.name_edit, 1)
        layout.addLayout(name_row)
        state_row = QHBoxLayout()
        self.state_label = QLabel()
        self.state_label.setObjectName("segmentState")
        self.state_label.setWordWrap(True)
        state_row.addWidget(self.state_label, 1)
        self.revert_button = QToolButton()
        self.revert_button.setText(self.tr("Drop changes"))
        self.revert_button.setToolTip(self.tr("Go back to the segment as it was saved"))
        self.revert_button.clicked.connect(self.revert)
        state_row.addWidget(self.revert_button)
        layout.addLayout(state_row)

        grid = QGridLayout()
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(0)
        for column, text in enumerate(
            (self.tr("Dimension"), self.tr("Chosen values"), self.tr("Weight"))
        ):
            header = QLabel(text)
            palette = header.palette()
            palette.setColor(
                QPalette.ColorRole.WindowText,
                palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText),
            )
            header.setPalette(palette)
            grid.addWidget(header, 0, column, 1, 2 if column == 2 else 1)
        self.dimension_buttons = QButtonGroup(self)
        self.dimension_buttons.setExclusive(True)
        for i, dim in enumerate(DIMENSIONS, start=1):
            row = DimensionRow(self, dim)
            self.rows[dim] = row
            self.dimension_buttons.addButton(row.button, i - 1)
            row.button.toggled.connect(lambda on, d=dim: self._dimension_toggled(d, on))
            row.slider.valueChanged.connect(lambda v, d=dim: self._weight_moved(d, v))
            grid.addWidget(row.button, i, 0)
            grid.addWidget(row.chosen, i, 1)
            grid.addWidget(row.slider, i, 2)
            grid.addWidget(row.weight, i, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnMinimumWidth(1, 90)
        self.grid = grid
        layout.addLayout(grid)

        picker = QFrame()
        picker.setFrameShape(QFrame.Shape.StyledPanel)
        picker_layout = QVBoxLayout(picker)
        picker_layout.setContentsMargins(6, 6, 6, 6)
        top = QHBoxLayout()
        self.picker_title = QLabel()
        self.picker_title.setWordWrap(True)
        top.addWidget(self.picker_title, 1)
        self.clear_button = QToolButton()
        self.clear_button.setText(self.tr("Any"))
        self.clear_button.setToolTip(self.tr("Untick every value: this dimension no longer counts"))
        self.clear_button.clicked.connect(self._clear_dimension)
        top.addWidget(self.clear_button)
        picker_layout.addLayout(top)
        self.picker_stack = QStackedWidget()
        self.pickers: dict[str, QAbstractItemView] = {}
        for dim in DIMENSIONS:
            model = self.option_models[dim]
            view: QAbstractItemView
            if isinstance(model, RegionTreeModel):
                tree = QTreeView()
                tree.setHeaderHidden(True)
                tree.setUniformRowHeights(True)
                view = tree
            else:
                view = QListView()
                view.setUniformItemSizes(True)
            view.setObjectName(f"picker_{dim}")
            view.setModel(model)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            self.pickers[dim] = view
            self.picker_stack.addWidget(view)
            model.checkedChanged.connect(lambda values, d=dim: self._checked(d, values))
        picker_layout.addWidget(self.picker_stack, 1)
        self.add_edit = QLineEdit()
        self.add_edit.setObjectName("addValue")
        self.add_edit.setClearButtonEnabled(True)
        self.add_edit.returnPressed.connect(self._add_value)
        picker_layout.addWidget(self.add_edit)
        layout.addWidget(picker, 1)
        self.rows[DIMENSIONS[0]].button.setChecked(True)
        return pane

    def _build_ranking(self) -> QWidget:
        pane = QWidget()
        pane.setMinimumWidth(420)
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(4, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self._heading(self.tr("Target list")))
        self.rank_count = QLabel()
        self.rank_count.setObjectName("rankCount")
        top.addWidget(self.rank_count, 1)
        layout.addLayout(top)
        self.search_bar = QWidget()
        bar = QHBoxLayout(self.search_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find an account in the list (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.ranked_proxy.setFilterFixedString)
        bar.addWidget(self.search, 1)
        self.only_full = QCheckBox(self.tr("Only full matches"))
        self.only_full.setToolTip(self.tr("Hide accounts that meet only part of the description"))
        self.only_full.toggled.connect(lambda _on: self._rerank())
        bar.addWidget(self.only_full)
        layout.addWidget(self.search_bar)
        self.rank_stack = QStackedWidget()
        self.ranked = QTableView()
        self.ranked.setObjectName("rankedTable")
        self.ranked.setModel(self.ranked_proxy)
        self.ranked.setItemDelegateForColumn(Column.FIT, ScoreDelegate(self.ranked))
        self.ranked.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ranked.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.ranked.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ranked.setAlternatingRowColors(True)
        self.ranked.verticalHeader().hide()
        self.ranked.setWordWrap(False)
        header = self.ranked.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The account's name takes the width left (see _fit_ranked); the viewport's
        # resizes re-fit it, as does a column the user drags.
        self._fitting_ranked = False
        self._wanted_meets = 0
        self.ranked.viewport().installEventFilter(self)
        header.sectionResized.connect(lambda column, *_a: self._column_dragged(column))
        self._size_columns()
        self.ranked.activated.connect(self._activate)
        self.act_open = QAction(self.tr("&Open account"), self)
        self.act_open.setObjectName("act_open_account")
        self.act_open.setStatusTip(self.tr("Show the account on the Accounts page (double-click)"))
        self.act_open.triggered.connect(lambda: self._activate(self.ranked.currentIndex()))
        self.act_map = map_action(self, lambda: (self._ranked_account(), None))
        self.act_copy = copy_name_action(self, self._ranked_name)
        self.row_menu = RowMenu(
            self.ranked, lambda _index: [self.act_open, self.act_map, None, self.act_copy]
        )
        self.rank_stack.addWidget(self.ranked)
        self.no_accounts = EmptyState(
            self.tr("No accounts to rank yet"),
            self.tr(
                "Describe your best customers: choose the natures, industries, regions and "
                "sizes that fit, then weight what matters most. Add accounts on the Accounts "
                "page and they are ranked here against your description."
            ),
        )
        self.rank_stack.addWidget(self.no_accounts)
        self.no_fit = EmptyState(
            self.tr("No account fits"),
            self.tr(
                "None of your accounts meets this description. Untick a value, choose a wider "
                "region, or clear “Only full matches”."
            ),
        )
        self.rank_stack.addWidget(self.no_fit)
        layout.addWidget(self.rank_stack, 1)
        legend = QLabel(
            self.tr(
                "Fit: green bar = meets the whole description, blue = part of it. "
                "Double-click an account to open it."
            )
        )
        legend.setWordWrap(True)
        legend.setObjectName("rankLegend")
        layout.addWidget(legend)
        self.legend = legend
        return pane

    def _size_columns(self) -> None:
        """Column widths from the font, so larger text for a projector still fits."""
        metrics = self.ranked.fontMetrics()
        header = self.ranked.horizontalHeader().fontMetrics()

        def width(sample: str, column: Column) -> int:
            title = self.ranked_model.headerData(column, Qt.Orientation.Horizontal) or ""
            return max(metrics.horizontalAdvance(sample), header.horizontalAdvance(title)) + 18

        fit_rows(self.ranked, minimum=28)
        self._fitting_ranked = True
        try:
            self.ranked.setColumnWidth(Column.RANK, width("999", Column.RANK))
            self.ranked.setColumnWidth(Column.FIT, width("100", Column.FIT) + 50)
            self.ranked.setColumnWidth(Column.MATCHED, width("Industry, Size", Column.MATCHED))
            self.ranked.setColumnWidth(
                Column.PIPELINE,
                max(width("999.9M", Column.PIPELINE), width("9999.9万", Column.PIPELINE)),
            )
            self.ranked.setColumnWidth(Column.OWNER, width("Zhang Wei", Column.OWNER))
        finally:
            self._fitting_ranked = False
        self._wanted_meets = self.ranked.columnWidth(Column.MATCHED)
        self._fit_ranked()
        self.grid.setColumnMinimumWidth(
            0, max(row.button.sizeHint().width() for row in self.rows.values())
        )
        for row in self.rows.values():
            row.fit_weight(self)

    def _title_width(self, column: Column) -> int:
        header = self.ranked.horizontalHeader()
        title = self.ranked_model.headerData(column, Qt.Orientation.Horizontal) or ""
        return header.fontMetrics().horizontalAdvance(str(title)) + 18

    def _fit_ranked(self) -> None:
        """Every column inside the table: the account's name takes what is left; when
        that is little, "Meets" (its words elide, the tooltip has them) gives way first."""
        if self._fitting_ranked:
            return
        self._fitting_ranked = True
        try:
            header = self.ranked.horizontalHeader()
            room = self.ranked.viewport().width()
            least = max(
                self._title_width(Column.ACCOUNT),
                self.ranked.fontMetrics().horizontalAdvance("Shanghai Metro") + 18,
            )
            fixed = (Column.RANK, Column.FIT, Column.PIPELINE, Column.OWNER)
            others = sum(header.sectionSize(c) for c in fixed)
            meets = max(
                self._title_width(Column.MATCHED), min(self._wanted_meets, room - others - least)
            )
            header.resizeSection(Column.MATCHED, meets)
            header.resizeSection(Column.ACCOUNT, max(least, room - others - meets))
        finally:
            self._fitting_ranked = False

    def _column_dragged(self, column: int) -> None:
        if self._fitting_ranked or column == Column.ACCOUNT:
            return
        if column == Column.MATCHED:
            self._wanted_meets = self.ranked.columnWidth(Column.MATCHED)
        self._fit_ranked()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.ranked.viewport():
            self._fit_ranked()
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "ranked"):
            # The children learn the new font after the page does: measure them afterwards.
            QTimer.singleShot(0, self._size_columns)

    # -- reading ------------------------------------------------------------

    def apply_changes(self, changes: Changes) -> None:
        """Follow ``changes`` (at once while shown, else when shown: Page)."""
        ids = changes.affected("account")
        if changes.touches("member") or (
            changes.touches("account", "deal") and (not ids or len(ids) > PARTIAL_LIMIT)
        ):
            self._reload_accounts()  # owners' names, or more than a few accounts
        elif ids:
            self._refresh_accounts(ids)
        if changes.touches("segment"):
            self._reload_segments()
            self._follow_stored_segment()

    def refresh(self) -> None:
        """Read every account and segment again (others' edits on a team database,
        after the connection came back: nothing says which rows changed meanwhile)."""
        self._reload_accounts()
        self._reload_segments()
        self._follow_stored_segment()

    def _reload_accounts(self) -> None:
        self._accounts = self.ctx.read(account_rows)
        self._fill_options()
        self._rerank()

    def _refresh_accounts(self, ids: frozenset[int]) -> None:
        """Re-read the rows of ``ids``; re-count the options and re-rank only if
        what they use changed."""
        fresh = {r.id: r for r in self.ctx.read(account_rows, account_ids=sorted(ids))}
        old = {r.id: r for r in self._accounts if r.id in ids}
        if {i: _ranked_by(r) for i, r in fresh.items()} == {
            i: _ranked_by(r) for i, r in old.items()
        }:
            return  # e.g. a stage move: nothing the ranking shows
        kept = [fresh.get(r.id, r) for r in self._accounts if r.id not in old or r.id in fresh]
        kept += [r for i, r in fresh.items() if i not in old]
        self._accounts = kept
        if {i: _options_of(r) for i, r in fresh.items()} != {
            i: _options_of(r) for i, r in old.items()
        }:
            self._fill_options()
        self._rerank()

    def _reload_segments(self) -> None:
        self._loading = True
        try:
            self.segment_model.set_rows(self.ctx.read(segment_rows))
            self._select_in_list(self._segment_id)
        finally:
            self._loading = False
        self.segment_stack.setCurrentIndex(0 if self.segment_model.rowCount() else 1)

    def _follow_stored_segment(self) -> None:
        """After a save, undo or redo: show what is stored now for the open segment."""
        if self._segment_id is None:
            return
        row = self.segment_model.segment_at(self.segment_model.row_of(self._segment_id))
        if row is None:  # deleted (or its creation undone)
            first = self.segment_model.segment_at(0)
            if first is not None:
                self.load_segment(first.id)
            else:
                self.new_segment(confirm=False)
        elif row != self._loaded:
            self.load_segment(row.id)

    def _fill_options(self) -> None:
        for dim, model in self.option_models.items():
            counts = value_counts(self._accounts, dim)
            if dim in ENUM_VALUES:
                counts = {v: counts.get(v, 0) for v in ENUM_VALUES[dim]}
            if isinstance(model, RegionTreeModel):
                model.set_regions(counts, self._filters.get(dim, []))
                self._expand_regions()
            else:
                model.set_options(counts, self._filters.get(dim, []))

    def _expand_regions(self) -> None:
        tree = self.pickers.get("region")
        if not isinstance(tree, QTreeView):
            return
        tree.expandToDepth(0)
        model = self.option_models["region"]
        assert isinstance(model, RegionTreeModel)
        for path in model.checked_values():
            parent = model.index_of(path).parent()
            while parent.isValid():
                tree.expand(parent)
                parent = parent.parent()

    # -- the draft ----------------------------------------------------------

    def draft_values(self) -> dict[str, Any]:
        """What Save would store."""
        return {
            "name": self.name_edit.text().strip(),
            "filters": active_filters(self._filters),
            "weights": {d: weight_of(self._weights, d) for d in DIMENSIONS},
        }

    @staticmethod
    def _normal(
        name: str, filters: Mapping[str, Sequence[str]], weights: Mapping[str, float]
    ) -> Draft:
        described = active_filters(filters)
        return (
            name.strip(),
            tuple((d, tuple(v.casefold() for v in described[d])) for d in described),
            tuple(weight_of(weights, d) for d in DIMENSIONS),
        )

    def is_dirty(self) -> bool:
        values = self.draft_values()
        now = self._normal(values["name"], values["filters"], values["weights"])
        if self._loaded is None:
            return now != self._normal("", {}, {})
        stored = self._normal(self._loaded.name, self._loaded.filters, self._loaded.weights)
        return now != stored

    def _draft_changed(self) -> None:
        if self._loading:
            return
        self._update_state()

    def _update_state(self) -> None:
        dirty = self.is_dirty()
        if self._segment_id is None:
            text = self.tr("New segment — not saved yet.")
        elif dirty:
            text = self.tr("Changed — not saved yet.")
        else:
            text = self.tr("Saved.")
        unusable = sorted(set(self._loaded.filters) - set(DIMENSIONS)) if self._loaded else []
        if unusable:
            text += " " + self.tr(
                "It also asks for {what}, which ranking cannot use; saving leaves that out."
            ).format(what=join_list(dimension_label(d).lower() for d in unusable))
        self.state_label.setText(text)
        self.act_save.setEnabled(self._segment_id is None or dirty)
        self.revert_button.setVisible(self._segment_id is not None and dirty)
        self.act_delete.setEnabled(self._segment_id is not None)

    def _checked(self, dimension: str, values: list[str]) -> None:
        if self._loading:
            return
        self._filters[dimension] = list(values)
        self._show_chosen(dimension)
        self._rerank()
        self._update_state()

    def _weight_moved(self, dimension: str, value: int) -> None:
        weight = value / STEPS
        self.rows[dimension].show_weight(self, weight)
        if self._loading:
            return
        self._weights[dimension] = weight
        self._rerank()
        self._update_state()

    def _show_chosen(self, dimension: str) -> None:
        values = self._filters.get(dimension, [])
        row = self.rows[dimension]
        row.chosen.setText(summary(dimension, values))
        row.button.setFont(bold(bool(values)))

    def _dimension_toggled(self, dimension: str, on: bool) -> None:
        if on:
            self.show_dimension(dimension)

    def show_dimension(self, dimension: str) -> None:
        """Open the value picker of one dimension below the list of dimensions."""
        self.rows[dimension].button.setChecked(True)
        self.picker_stack.setCurrentWidget(self.pickers[dimension])
        self.picker_title.setText(
            self.tr("<b>{dimension}</b> — {hint}").format(
                dimension=dimension_label(dimension), hint=dimension_hint(dimension)
            )
        )
        free = dimension not in ENUM_VALUES
        self.add_edit.setVisible(free)
        if dimension == "region":
            self.add_edit.setPlaceholderText(
                self.tr("Add a region path, e.g. China/East/Shanghai, and press Enter")
            )
        elif dimension in ("it_situation", "core_needs"):
            self.add_edit.setPlaceholderText(self.tr("Add a keyword and press Enter"))
        else:
            self.add_edit.setPlaceholderText(self.tr("Add a value and press Enter"))

    def current_dimension(self) -> str:
        return DIMENSIONS[max(0, self.dimension_buttons.checkedId())]

    def _add_value(self) -> None:
        text = self.add_edit.text().strip()
        if not text:
            return
        model = self.option_models[self.current_dimension()]
        model.add_value(text)
        self.add_edit.clear()
        if isinstance(model, RegionTreeModel):
            self._expand_regions()

    def _clear_dimension(self) -> None:
        dim = self.current_dimension()
        self.option_models[dim].set_checked([])
        self._checked(dim, [])

    def set_filter(self, dimension: str, values: Sequence[str]) -> None:
        """Tick exactly ``values`` in one dimension, as the user would."""
        self.option_models[dimension].set_checked(values)
        self._checked(dimension, list(values))
        if dimension == "region":
            self._expand_regions()

    def set_weight(self, dimension: str, weight: float) -> None:
        """Move a dimension's weight slider, as the user would."""
        self.rows[dimension].slider.setValue(round(weight * STEPS))

    def _apply_draft(
        self, name: str, filters: Mapping[str, Sequence[str]], weights: Mapping[str, float]
    ) -> None:
        self._loading = True
        try:
            self._filters = {d: list(v) for d, v in active_filters(filters).items()}
            self._weights = {d: weight_of(weights, d) for d in DIMENSIONS}
            self.name_edit.setText(name)
            for dim in DIMENSIONS:
                self.option_models[dim].set_checked(self._filters.get(dim, []))
                row = self.rows[dim]
                row.slider.setValue(round(min(MAX_WEIGHT, self._weights[dim]) * STEPS))
                row.show_weight(self, self._weights[dim])
                self._show_chosen(dim)
            self._expand_regions()
        finally:
            self._loading = False
        self._rerank()
        self._update_state()

    # -- segments -----------------------------------------------------------

    def load_segment(self, segment_id: int) -> None:
        row = self.segment_model.segment_at(self.segment_model.row_of(segment_id))
        if row is None:
            return
        self._segment_id, self._loaded = row.id, row
        self._apply_draft(row.name, row.filters, row.weights)
        self._loading = True
        try:
            self._select_in_list(row.id)
        finally:
            self._loading = False

    def _select_in_list(self, segment_id: int | None) -> None:
        row = self.segment_model.row_of(segment_id)
        selection = self.segment_list.selectionModel()
        if row < 0:
            selection.clear()
            return
        selection.setCurrentIndex(
            self.segment_model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    def _on_segment_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._loading or not current.isValid():
            return
        ident = current.data(ID_ROLE)
        if ident == self._segment_id and not self.is_dirty():
            return
        if not self.confirm_discard():
            self._loading = True
            try:
                self._select_in_list(self._segment_id)
            finally:
                self._loading = False
            return
        self.load_segment(ident)

    def confirm_discard(self) -> bool:
        """Whether the user may leave the draft: it has no unsaved changes, or the
        user saved them (Save), or chose to drop them (Discard). Cancel stays."""
        if not self.is_dirty():
            return True
        button = QMessageBox.StandardButton
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unsaved segment"),
            self.tr("The segment you are editing has changes that are not saved."),
            button.Save | button.Discard | button.Cancel,
            self,
        )
        box.setInformativeText(self.tr("Save them before you go on?"))
        box.setDefaultButton(button.Save)
        box.setEscapeButton(button.Cancel)
        answer = self.ask(box)
        if answer == button.Save:
            self.save_segment()
            return self._segment_id is not None and not self.is_dirty()
        return answer == button.Discard

    def ask(self, box: QMessageBox) -> QMessageBox.StandardButton:
        """Show a question and return the button chosen (tests answer instead)."""
        box.exec()
        return box.standardButton(box.clickedButton())

    def revert(self) -> None:
        """Drop the unsaved changes: back to the segment as stored."""
        if self._segment_id is not None:
            self.load_segment(self._segment_id)

    def new_segment(self, *, confirm: bool = True) -> None:
        if confirm and not self.confirm_discard():
            return
        self._segment_id, self._loaded = None, None
        self._apply_draft("", {}, {})
        self._loading = True
        try:
            self.segment_list.selectionModel().clear()
        finally:
            self._loading = False
        if confirm:
            self.name_edit.setFocus()

    def save_segment(self) -> None:
        values = self.draft_values()
        if not values["name"]:
            self.state_label.setText(self.tr("Give the segment a name before saving it."))
            self.name_edit.setFocus()
            return
        name = values["name"]
        if self._segment_id is None:
            create = CreateCommand(
                self.ctx,
                self.tr("Save segment {name}").format(name=name),
                "segment",
                create_segment,
                delete_segment,
                values,
            )
            if not self._push(create):
                return
            assert create.ident is not None
            self._reload_segments()
            self.load_segment(create.ident)
        elif self.is_dirty():
            edit = EditCommand(
                self.ctx,
                self.tr("Change segment {name}").format(name=name),
                save_segment,
                self._segment_id,
                values,
            )
            self._push(edit)
        self.ctx.hub.status.emit(self.tr("Segment {name} saved.").format(name=name))

    def delete_segment(self) -> None:
        if self._segment_id is None or self._loaded is None:
            return
        command = DeleteCommand(
            self.ctx,
            self.tr("Delete segment {name}").format(name=self._loaded.name),
            delete_segment,
            self._segment_id,
        )
        self._push(command)

    def _push(self, command: ServiceCommand) -> bool:
        """Push a command; a refusal from the model also shows under the name, not in a dialog."""
        refusal = self.ctx.try_push(command)
        if refusal is not None:
            self.state_label.setText(refusal)
        return refusal is None

    # -- the ranking --------------------------------------------------------

    def _rerank(self) -> None:
        only_full = self.only_full.isChecked()
        ranked = rank(self._accounts, self._filters, self._weights, only_matching=only_full)
        shown = [r for r in ranked if r.worth_showing]
        shown = [replace(r, position=i) for i, r in enumerate(shown, start=1)]
        scored = any(weight_of(self._weights, d) > 0 for d in active_filters(self._filters))
        self.ranked_model.set_ranking(shown, scored=scored)
        total = len(self._accounts)
        self.search_bar.setVisible(bool(total))
        self.legend.setVisible(bool(total))
        if not total:
            self.rank_stack.setCurrentWidget(self.no_accounts)
            self.rank_count.setText("")
            return
        self.rank_stack.setCurrentWidget(self.ranked if shown else self.no_fit)
        if not active_filters(self._filters):
            self.rank_count.setText(
                self.tr("all {n} accounts, biggest open pipeline first").format(n=total)
            )
        else:
            full = sum(1 for r in shown if r.full_match)
            self.rank_count.setText(
                self.tr("{shown} of {n} accounts fit, {full} fully").format(
                    shown=len(shown), n=total, full=full
                )
            )

    def _activate(self, index: QModelIndex) -> None:
        ident = index.data(ID_ROLE)
        if ident is not None:
            self.accountActivated.emit(int(ident))

    def _ranked_account(self) -> int | None:
        ident = self.ranked.currentIndex().data(ID_ROLE)
        return int(ident) if ident is not None else None

    def _ranked_name(self) -> str | None:
        index = self.ranked.currentIndex()
        return index.siblingAtColumn(Column.ACCOUNT).data() if index.isValid() else None

    # -- Page ---------------------------------------------------------------

    def help_topic(self) -> str | None:
        return "P1"  # targeting is the method's first stage

    def print_widget(self) -> QWidget | None:
        """The ranked target list (the description is in the page's title)."""
        return self.ranked if self.rank_stack.currentWidget() is self.ranked else None

    def view_state(self) -> dict[str, Any]:
        return {"segment": self._segment_id, "account": self._ranked_account()}

    def restore_view_state(self, state: dict[str, Any]) -> None:
        self.flush_pending()  # segments or accounts changed while hidden
        segment = state.get("segment")
        if not isinstance(segment, int) or self.segment_model.row_of(segment) < 0:
            segment = None  # gone since: keep what the page shows
        if segment is not None and segment != self._segment_id and self.confirm_discard():
            self.load_segment(segment)
        account = state.get("account")
        if isinstance(account, int):
            self.select_account(account)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def select_account(self, account_id: int | None) -> None:
        self.flush_pending()
        row = self.ranked_model.row_of(account_id)
        if row < 0:
            return
        index = self.ranked_proxy.mapFromSource(self.ranked_model.index(row, 0))
        if index.isValid():
            self.ranked.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.ranked.scrollTo(index)


PARTIAL_LIMIT = 50
"""Up to this many named accounts, re-read their rows; beyond it, all of them."""


def _options_of(row: AccountRow) -> tuple[str, ...]:
    """What the dimension pickers count of an account."""
    return tuple(str(getattr(row, d) or "") for d in DIMENSIONS)


def _ranked_by(row: AccountRow) -> tuple[Any, ...]:
    """What the ranking and the ranked list use of an account: its dimensions, the
    open pipeline (ties, and a column), its name and owner."""
    return (*_options_of(row), row.pipeline, row.name, row.owner_id, row.owner)
