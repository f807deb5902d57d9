"""A matplotlib chart inside Qt whose bars know the deals behind them, and what
every chart of the dashboards shares (frame, deal lists, figure tables).

:class:`ChartView` holds one Figure on a Qt canvas (the forecast accuracy dialog's
chart; the tabs draw with QPainter, desktop/dashboards/bar_chart.py). One draws with
:meth:`ChartView.plot` (a function of the Figure, kept so the chart is drawn
again when the text size changes) and makes its bars with :meth:`ChartView.bars`,
which remembers the deal ids each bar stands for: a click on a bar emits
``dealsClicked(ids, label)``. :class:`DealList` lists those deals beside the
chart; a double-click opens one on the board (:func:`open_on_board`).

Every chart exports as PNG or SVG (the "Export…" button and the context menu);
the path comes from :data:`decide_export_path`, which tests replace.

Fonts follow the application's text size (desktop/text_size.py), a little
larger than the interface's text so a chart reads on a projector, and fall
back per glyph to the first installed Chinese family.

Importing matplotlib costs about half a second, so this module does not: a
:class:`ChartView` imports it when it is first made. The tables and deal lists
here, and :class:`ChartFrame` (the title, export button and empty state every
chart has), need none of it; desktop/dashboards/bar_chart.py draws the tabs'
bar charts with QPainter on that frame, so the page's first view imports none.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSettings,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop import text_size
from desktop.models.row_table import SORT_ROLE, RowTableModel
from model.rows import DealCard, board_rows

if TYPE_CHECKING:
    from matplotlib.artist import Artist
    from matplotlib.axes import Axes
    from matplotlib.backend_bases import MouseEvent
    from matplotlib.container import BarContainer
    from matplotlib.figure import Figure

CJK_FAMILIES = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei",
    "Microsoft YaHei",
    "PingFang SC",
    "Heiti SC",
    "SimHei",
)
"""Chinese families tried in order; the first installed ones are matplotlib's
fallbacks after the Latin family (a glyph missing in one comes from the next)."""

LATIN_FAMILY = "DejaVu Sans"  # ships with matplotlib: always there

PALETTE = ("#3b6ea8", "#e08a2e", "#4e9a5b", "#c0504d", "#8064a2", "#4bacc6", "#9b9b9b")
"""Colours that stay apart on a projector and in grey print (blue first)."""

CHART_SCALE = 1.1
"""Chart text against the interface's text: a little larger, for a projector."""


DealIds = Sequence[int] | Callable[[], Sequence[int]]
"""The deals a bar stands for, or a function that reads them when it is clicked."""


def _ids(ids: DealIds) -> tuple[int, ...]:
    return tuple(ids() if callable(ids) else ids)


def tr(text: str) -> str:
    return QCoreApplication.translate("ChartView", text)


def font_families() -> list[str]:
    """The families matplotlib draws with: the Latin one, then the installed Chinese ones
    (only installed ones, so matplotlib never warns of a missing family)."""
    from matplotlib import font_manager

    installed = {f.name for f in font_manager.fontManager.ttflist}
    return [LATIN_FAMILY, *(f for f in CJK_FAMILIES if f in installed)]


def chart_points() -> float:
    """The size of a chart's text in points: a little larger than the interface's."""
    return max(9.0, text_size.point_size() * CHART_SCALE)


def apply_fonts() -> float:
    """Set matplotlib's fonts from the application's text size; the size in points."""
    import matplotlib

    size = chart_points()
    matplotlib.rcParams.update(
        {
            "font.family": font_families(),
            "font.size": size,
            "axes.titlesize": size * 1.1,
            "axes.labelsize": size,
            "xtick.labelsize": size * 0.95,
            "ytick.labelsize": size * 0.95,
            "legend.fontsize": size * 0.9,
            "axes.unicode_minus": False,  # CJK fonts have no U+2212
            "axes.spines.top": False,
            "axes.spines.right": False,
            "svg.fonttype": "none",  # text stays text in an SVG
        }
    )
    return size


def _ask_export_path(parent: QWidget, name: str) -> str | None:
    """Ask where to save a chart (PNG or SVG by the filter chosen)."""
    from desktop.file_dialogs import remember_dir, start_dir

    settings = getattr(parent.window(), "settings", None)
    if not isinstance(settings, QSettings):
        settings = QSettings()
    path, chosen = QFileDialog.getSaveFileName(
        parent,
        tr("Export the chart"),
        start_dir(settings, "export", f"{name}.png"),
        tr("PNG image (*.png);;SVG drawing (*.svg)"),
    )
    if not path:
        return None
    remember_dir(settings, "export", path)
    if not Path(path).suffix:
        path += ".svg" if "svg" in chosen.lower() else ".png"
    return path


decide_export_path: Callable[[QWidget, str], str | None] = _ask_export_path
"""``(chart, suggested file stem) -> path or None``: where to export (tests replace it)."""


class ChartFrame(QWidget):
    """What every chart has around its drawing: a title, an "Export…" button (and
    context-menu entry), and an empty state that says how to get data.

    A subclass gives its drawing widget to :meth:`set_canvas` and writes the
    picture in :meth:`export_to`; a click on a bar emits ``dealsClicked``."""

    dealsClicked = Signal(list, str)  # deal ids behind the clicked bar, its label

    def __init__(
        self,
        name: str = "chart",
        empty_text: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``name``: the suggested file name of an export; ``empty_text``: what the
        chart says when it has no data (and how to get some)."""
        super().__init__(parent)
        self.name = name
        self.empty_text = empty_text or tr("Close some deals to see this chart.")
        self.empty = QLabel(self.empty_text)
        self.empty.setObjectName("chartEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.export_button = QPushButton(tr("Export…"))
        self.export_button.setToolTip(tr("Save this chart as a PNG image or an SVG drawing"))
        self.export_button.clicked.connect(lambda _checked=False: self.export())
        self.export_action = QAction(tr("Export…"), self)
        self.export_action.triggered.connect(lambda _checked=False: self.export())
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setObjectName("chartTitle")
        self.title.setMinimumWidth(40)  # a long title gives way to the chart's width
        top.addWidget(self.title, 1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        self.canvas: QWidget = self.empty

    def set_canvas(self, canvas: QWidget) -> None:
        """The widget the chart draws on (shown in front while there is data)."""
        self.canvas = canvas
        canvas.setMinimumHeight(160)
        canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        canvas.customContextMenuRequested.connect(self._menu)
        self.stack.insertWidget(0, canvas)
        self.stack.setCurrentWidget(canvas)

    def _show_canvas(self) -> None:
        self.stack.setCurrentWidget(self.canvas)
        self.export_button.setEnabled(True)
        self.export_action.setEnabled(True)

    def show_empty(self, text: str | None = None) -> None:
        """No data: say so (and what to do) in place of the chart."""
        self.empty.setText(text or self.empty_text)
        self.stack.setCurrentWidget(self.empty)
        self.export_button.setEnabled(False)
        self.export_action.setEnabled(False)

    @property
    def is_empty(self) -> bool:
        return self.stack.currentWidget() is self.empty

    def set_title(self, text: str) -> None:
        self.title.setText(text)

    # -- export ---------------------------------------------------------------

    def _menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(self.export_action)
        menu.exec(self.canvas.mapToGlobal(pos))

    def export(self) -> Path | None:
        """Ask where (:data:`decide_export_path`) and save the chart there."""
        if self.is_empty:
            return None
        path = decide_export_path(self, self.name)
        return self.export_to(Path(path)) if path else None

    def export_to(self, path: Path) -> Path | None:
        """Save as PNG or SVG (by the suffix; PNG when it is neither)."""
        raise NotImplementedError

    def _export_failed(self, exc: OSError) -> None:
        """Report through the hub when the chart sits in a page (it has a context)."""
        parent: Any = self.parentWidget()
        while parent is not None and not hasattr(parent, "ctx"):
            parent = parent.parentWidget()
        if parent is not None:
            parent.ctx.hub.problem.emit(tr("Export the chart"), str(exc))


class ChartView(ChartFrame):
    """One matplotlib chart: a Figure, clickable bars, an empty state and an export
    button. Made, it imports matplotlib (about half a second the first time)."""

    def __init__(
        self,
        name: str = "chart",
        empty_text: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        super().__init__(name, empty_text, parent)
        apply_fonts()
        self.figure = Figure(layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)  # type: ignore[no-untyped-call]
        self.set_canvas(self.canvas)
        self.canvas.mpl_connect("button_press_event", self._pressed)
        self.canvas.mpl_connect("motion_notify_event", self._moved)
        self._draw: Callable[[Figure], None] | None = None
        self._targets: list[tuple[Artist, DealIds, str]] = []
        self._hand = False
        text_size.notifier().changed.connect(self._text_size_changed)

    # -- drawing ------------------------------------------------------------------

    def plot(self, draw: Callable[[Figure], None]) -> None:
        """Clear the figure and draw it with ``draw`` (kept for later redraws)."""
        self._draw = draw
        self._redraw()

    def _redraw(self) -> None:
        if self._draw is None:
            return
        apply_fonts()
        self.figure.clear()
        self._targets.clear()
        self._draw(self.figure)
        self._show_canvas()
        self.canvas.draw_idle()  # type: ignore[no-untyped-call]

    def show_empty(self, text: str | None = None) -> None:
        """No data: say so (and what to do) in place of the chart."""
        self._draw = None
        self._targets.clear()
        self.figure.clear()
        super().show_empty(text)

    def _text_size_changed(self, _size: float) -> None:
        self._redraw()

    # -- bars that know their deals -------------------------------------------

    def bars(
        self,
        ax: Axes,
        labels: Sequence[str],
        values: Sequence[float],
        deal_ids: Sequence[DealIds] | None = None,
        *,
        horizontal: bool = False,
        color: str | Sequence[str] | None = None,
        bottom: Sequence[float] | None = None,
        label: str | None = None,
        names: Sequence[str] | None = None,
        width: float = 0.7,
        offset: float = 0.0,
    ) -> BarContainer:
        """Draw one bar per label; the bar at ``i`` stands for ``deal_ids[i]``.

        ``deal_ids[i]`` may be a function that reads them when the bar is clicked
        (what is costly to read for every bar drawn);
        ``names`` (default: ``labels``) names a bar when it is clicked;
        ``offset`` shifts bars of a second series beside the first.
        """
        positions = [i + offset for i in range(len(labels))]
        kwargs: dict[str, Any] = {"color": color or PALETTE[0], "label": label}
        if horizontal:
            container = ax.barh(positions, values, height=width, left=bottom, **kwargs)
            ax.set_yticks(range(len(labels)), labels)
        else:
            container = ax.bar(positions, values, width=width, bottom=bottom, **kwargs)
            ax.set_xticks(range(len(labels)), labels)
        if deal_ids is not None:
            shown = names if names is not None else labels
            for patch, ids, name in zip(container.patches, deal_ids, shown, strict=True):
                self.register(patch, ids, name)
        return container

    def register(self, artist: Artist, deal_ids: DealIds, label: str) -> None:
        """Make ``artist`` clickable: a click emits ``deal_ids`` with ``label``."""
        self._targets.append((artist, deal_ids if callable(deal_ids) else tuple(deal_ids), label))

    def targets(self) -> list[tuple[Artist, tuple[int, ...], str]]:
        """The clickable artists with their deals and labels (in drawing order)."""
        return [(a, _ids(ids), label) for a, ids, label in self._targets]

    def target_at(self, event: MouseEvent) -> tuple[tuple[int, ...], str] | None:
        for artist, ids, label in reversed(self._targets):  # the last drawn is on top
            if artist.contains(event)[0]:
                return _ids(ids), label
        return None

    def point_of(self, artist: Artist) -> QPoint:
        """The centre of ``artist`` in the canvas's widget coordinates (for tests)."""
        self.canvas.draw()  # type: ignore[no-untyped-call]
        box = artist.get_window_extent()
        ratio = self.canvas.device_pixel_ratio or 1.0
        x = (box.x0 + box.x1) / 2 / ratio
        y = self.canvas.height() - (box.y0 + box.y1) / 2 / ratio
        return QPoint(round(x), round(y))

    def _pressed(self, event: MouseEvent) -> None:
        if event.button != 1:
            return
        found = self.target_at(event)
        if found is not None and found[0]:
            self.dealsClicked.emit(list(found[0]), found[1])

    def _moved(self, event: MouseEvent) -> None:
        over = bool(self._targets) and self.target_at(event) is not None
        if over != self._hand:
            self._hand = over
            if over:
                self.canvas.setCursor(Qt.CursorShape.PointingHandCursor)
            else:
                self.canvas.unsetCursor()

    # -- export ---------------------------------------------------------------

    def export_to(self, path: Path) -> Path | None:
        """Save as PNG or SVG (by the suffix; PNG when it is neither)."""
        if path.suffix.lower() not in (".png", ".svg"):
            path = path.with_suffix(".png")
        # The exported picture names itself (on screen the title is the label above).
        title = self.figure.suptitle(self.title.text()) if self.title.text() else None
        try:
            self.figure.savefig(path, dpi=150, facecolor="white")
        except OSError as exc:
            self._export_failed(exc)
            return None
        finally:
            if title is not None:
                title.remove()
                self.canvas.draw_idle()  # type: ignore[no-untyped-call]
        return path


# -- the deals behind a bar ------------------------------------------------------


class DealTableModel(RowTableModel[DealCard]):
    def column_count(self) -> int:
        return 4

    def column_titles(self) -> list[str]:
        return [tr("Deal"), tr("Account"), tr("Stage"), tr("Owner")]

    def column_tips(self) -> list[str]:
        return ["", "", "", ""]

    def cell(self, row: DealCard, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return (row.name, row.account, row.stage, row.owner)[column]
        return None


class DealList(QWidget):
    """The deals behind the bar last clicked; a double-click opens one on the board."""

    dealOpened = Signal(int)

    def __init__(self, read: Callable[..., Any], parent: QWidget | None = None) -> None:
        """``read``: the context's ``read`` (``ctx.read``)."""
        super().__init__(parent)
        self._read = read
        self.heading = QLabel(tr("Click a bar to list its deals."))
        self.heading.setWordWrap(True)
        self.model = DealTableModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(self._double_clicked)
        self.view.setToolTip(tr("Double-click a deal to open it on the board"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        self.ids: list[int] = []
        # Beside a chart or a table, often narrow: deal, account and stage give way
        # (elided; the board shows them whole) so every column shows.
        self.fitter = ColumnFitter(self.view, elastic=(0, 1, 2), cap=240, least=40, most=0.0)
        self.fitter.fit()

    def show_deals(self, deal_ids: Sequence[int], label: str) -> None:
        self.ids = list(deal_ids)
        rows = self._read(board_rows, deal_ids=self.ids) if self.ids else []
        self.model.set_rows(rows)
        self.heading.setText(
            tr("{label}: {n} deals (double-click one to open it on the board)").format(
                label=label, n=len(rows)
            )
        )
        self.fitter.fit()

    def clear(self) -> None:
        self.ids = []
        self.model.set_rows([])
        self.heading.setText(tr("Click a bar to list its deals."))
        self.fitter.fit()

    def _double_clicked(self, index: QModelIndex) -> None:
        rows = self.model.rows()
        if 0 <= index.row() < len(rows):
            self.dealOpened.emit(rows[index.row()].id)


def open_on_board(widget: QWidget, deal_id: int) -> bool:
    """Show ``deal_id`` on the funnel board of ``widget``'s main window."""
    window: Any = widget.window()
    show_page = getattr(window, "show_page", None)
    if show_page is None:
        return False
    page = show_page("board")
    return bool(page is not None and page.show_deal(deal_id))


# -- the figures of a chart as a table -------------------------------------------


class FiguresModel(QAbstractTableModel):
    """A read-only table of figures: each cell a text to show and a value to sort by.

    ``set_rows(titles, rows, deal_ids)``: ``rows`` are lists of cells, each a
    plain value (shown as is) or a ``(text, sort_value)`` pair; ``deal_ids[i]``
    are the deals row ``i`` stands for (a click lists them)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.titles: list[str] = []
        self.cells: list[list[Any]] = []
        self.deal_ids: list[tuple[int, ...]] = []
        self.names: list[str] = []

    def set_rows(
        self,
        titles: Sequence[str],
        rows: Sequence[Sequence[Any]],
        deal_ids: Sequence[Sequence[int]] | None = None,
    ) -> None:
        self.beginResetModel()
        self.titles = list(titles)
        self.cells = [list(r) for r in rows]
        self.deal_ids = [tuple(i) for i in deal_ids] if deal_ids is not None else []
        self.names = [str(self._text(r[0])) if r else "" for r in self.cells]
        self.endResetModel()

    @staticmethod
    def _text(cell: Any) -> Any:
        return cell[0] if isinstance(cell, tuple) else cell

    def text(self, row: int, column: int) -> str:
        return str(self._text(self.cells[row][column]))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.cells)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.titles)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        cell = self.cells[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(self._text(cell))
        if role == SORT_ROLE:
            return cell[1] if isinstance(cell, tuple) else cell
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.titles)
        ):
            return self.titles[section]
        return None


def figures_table(name: str, model: FiguresModel) -> QTableView:
    """A read-only table of ``model``, sorted by a click on a title."""
    from desktop.pages.list_editor import fit_rows, follow_text_size, read_only_table

    proxy = QSortFilterProxyModel(model)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    table = read_only_table(name, proxy)
    table.setSortingEnabled(True)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # stages P1..P7, periods in order
    table.horizontalHeader().setStretchLastSection(False)
    fit_rows(table)

    def refit() -> None:
        fit_rows(table)
        fit_columns(table)

    follow_text_size(table, refit)
    return table


def fit_columns(table: QTableView) -> None:
    """Each column as wide as its title and its longest texts need."""
    from desktop.pages.list_editor import text_width

    model = table.model()
    if model is None:
        return
    for column in range(model.columnCount()):
        texts = [str(model.index(r, column).data() or "") for r in range(model.rowCount())]
        table.setColumnWidth(column, text_width(table, column, texts))


def source_row(table: QTableView, index: QModelIndex) -> int:
    """The row of the table's FiguresModel behind ``index`` (of its proxy)."""
    proxy = table.model()
    if isinstance(proxy, QSortFilterProxyModel):
        return proxy.mapToSource(index).row()
    return index.row()


def percent(value: float | None) -> tuple[str, float]:
    """A share as "45%" ("–" when unknown) with its value to sort by."""
    if value is None:
        return ("–", -1.0)
    return (f"{value * 100:.0f}%", value)


def days(value: float | None) -> tuple[str, float]:
    """Days as "12.5" ("–" when unknown) with its value to sort by."""
    if value is None:
        return ("–", -1.0)
    return (f"{value:.1f}" if value < 10 else f"{value:.0f}", value)


class DealsDialog(QDialog):
    """The deals behind a bar, in a window of their own (charts without a list beside)."""

    def __init__(self, read: Callable[..., Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Deals behind the bar"))
        self.list = DealList(read)
        self.list.dealOpened.connect(self._open)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(640, 360)

    def _open(self, deal_id: int) -> None:
        parent = self.parentWidget()
        if parent is not None and open_on_board(parent, deal_id):
            self.close()


def show_deals_dialog(
    owner: QWidget, read: Callable[..., Any], deal_ids: Sequence[int], label: str
) -> DealsDialog:
    """List ``deal_ids`` in the (one, non-modal) deals dialog of ``owner``."""
    found = [d for d in owner.findChildren(DealsDialog) if d.parentWidget() is owner]
    dialog = found[0] if found else DealsDialog(read, owner)
    dialog.list.show_deals(deal_ids, label)
    dialog.show()
    dialog.raise_()
    return dialog


# -- tables that fit at 1366x768 -------------------------------------------------------------


def _splitter_of(table: QWidget) -> tuple[QWidget, Any]:
    """The horizontal splitter ``table`` sits in, with its child that holds the table."""
    from PySide6.QtWidgets import QSplitter

    child: QWidget = table
    splitter = table.parentWidget()
    while splitter is not None and not (
        isinstance(splitter, QSplitter) and splitter.orientation() == Qt.Orientation.Horizontal
    ):
        child, splitter = splitter, splitter.parentWidget()
    return child, splitter


def give_room(table: QTableView, most: float = 0.75) -> None:
    """Move the horizontal splitter ``table`` sits in (directly or inside a panel) so its
    columns show whole, giving it at most ``most`` of the splitter; never takes room away
    (a user who dragged the splitter wider keeps it), nothing while it is hidden."""
    from PySide6.QtWidgets import QStyle

    child, splitter = _splitter_of(table)
    if splitter is None or not table.isVisible() or splitter.count() < 2:
        return
    need = table.horizontalHeader().length() + 2 * table.frameWidth()
    if table.verticalScrollBar().isVisible() or (
        table.verticalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        and table.verticalHeader().length() > table.viewport().height()
    ):
        need += table.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, table)
    extra = need - table.width()
    if extra <= 0:
        return
    sizes = splitter.sizes()
    index = splitter.indexOf(child)
    total = sum(sizes)
    target = min(sizes[index] + extra, int(total * most))
    if target <= sizes[index]:
        return
    others = total - sizes[index]
    rest = total - target
    splitter.setSizes(
        [
            target if n == index else max(1, round(size * rest / others)) if others else 1
            for n, size in enumerate(sizes)
        ]
    )


class ColumnFitter(QObject):
    """A table's columns as wide as their contents — measured again when the text size
    changes — and, when they add up to more than the view shows, the ``elastic`` ones
    (names, which the view elides and the tooltip or panel shows whole) give way down to
    ``least`` px so numbers and dates stay whole. ``cap`` bounds an elastic column even
    when there is room. The splitter the table sits in gives it room first (:func:`give_room`)."""

    def __init__(
        self,
        table: QTableView,
        elastic: Sequence[int] = (),
        cap: int = 220,
        least: int = 110,
        most: float = 0.75,
    ) -> None:
        from PySide6.QtCore import QEvent

        from desktop.pages.list_editor import follow_text_size

        super().__init__(table)
        self.table, self.elastic, self.cap, self.least, self.most = (
            table,
            tuple(elastic),
            cap,
            least,
            most,
        )
        self.natural: list[int] = []
        self._events = (QEvent.Type.Show, QEvent.Type.Resize)
        self.later = QTimer(self)
        self.later.setSingleShot(True)
        self.later.setInterval(0)
        self.later.timeout.connect(self.squeeze)
        table.installEventFilter(self)
        keep_room(table, most)
        follow_text_size(self, self.fit)

    def fit(self) -> None:
        """Columns to their contents (call after new rows), then squeezed to the view."""
        table = self.table
        header = table.horizontalHeader()
        model = table.model()
        count = model.columnCount() if model is not None else 0
        # As resizeColumnsToContents, but also for a stretched last column (its width
        # is the room left, not what it needs).
        need = [max(table.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in range(count)]
        self.natural = [min(w, self.cap) if c in self.elastic else w for c, w in enumerate(need)]
        for column, width in enumerate(self.natural):
            table.setColumnWidth(column, width)
        give_room(table, self.most)
        self.squeeze()

    def squeeze(self) -> None:
        table = self.table
        if not self.natural or not table.isVisible():
            return
        header = table.horizontalHeader()
        shown = [c for c in range(len(self.natural)) if not header.isSectionHidden(c)]
        over = sum(self.natural[c] for c in shown) - table.viewport().width()
        give = {c: max(0, self.natural[c] - self.least) for c in self.elastic if c in shown}
        spare = sum(give.values())
        grow = [c for c in self.elastic if c in shown and c != shown[-1]]
        for column in shown:
            width = self.natural[column]
            if over > 0 and spare and column in give:
                width -= min(give[column], -(-over * give[column] // spare))
            elif over < 0 and column in grow:  # room to spare: names first, up to the cap
                width = max(width, min(self.cap, width + -over // len(grow)))
            if table.columnWidth(column) != width:
                table.setColumnWidth(column, width)

    def eventFilter(self, watched: QObject, event: Any) -> bool:
        if watched is self.table and event.type() in self._events:
            # After the view's own handling (its viewport takes the new size) and the
            # splitter's layout once all is shown.
            self.later.start()
        return False


class _Room(QObject):
    """Gives ``table`` room (:func:`give_room`) once shown and after its columns were
    resized (new rows, another text size): once the layouts that follow have run."""

    def __init__(self, table: QTableView, most: float) -> None:
        super().__init__(table)
        self.table, self.most = table, most
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(0)
        self.timer.timeout.connect(lambda: give_room(self.table, self.most))
        table.installEventFilter(self)
        table.horizontalHeader().sectionResized.connect(lambda *_: self.timer.start())

    def eventFilter(self, watched: QObject, event: Any) -> bool:
        from PySide6.QtCore import QEvent

        if watched is self.table and event.type() == QEvent.Type.Show:
            self.timer.start()
        return False


def keep_room(table: QTableView, most: float = 0.75) -> None:
    """:func:`give_room` whenever ``table`` is shown (its tab brought to the front) or
    its columns are resized."""
    _Room(table, most)
