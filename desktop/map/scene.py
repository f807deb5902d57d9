"""The map's scene: card items kept in step with a :class:`MapData`, and the layers.

The scene never reads the database and never writes it: the page hands it a
new :class:`MapData` after every change (:meth:`MapScene.sync`), and gestures
leave the scene as signals the page turns into commands. The scene keeps a few
view states that are not model data: which routes are lit, which people a date
comparison marks, whether the whole map is zoomed out.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QLineF, QPointF, QRectF, Signal
from PySide6.QtGui import QColor, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsLineItem, QGraphicsScene

from desktop.map import style as st
from desktop.map.data import INFLUENCE, RELATIONSHIP, REPORTS_TO, EdgeInfo, MapData, NodeInfo
from desktop.map.geometry import arrow_head, bounds_of, card_rect, reports_to, straight
from desktop.map.items import (
    Z_DRAG,
    Z_GHOST,
    Z_HIGHLIGHT,
    Z_LIT,
    Z_NODE,
    EdgeLayer,
    LaneItem,
    NodeItem,
    OverviewLayer,
    RouteLayer,
    SimpleLines,
    influence_bucket,
    overview_colours,
    pen,
    person_tooltip,
)
from desktop.map.texts import percent
from graph import Route

GraphicsFlag = QGraphicsItem.GraphicsItemFlag
LANE_PAD = 18.0
LANE_TITLE = 34.0


class MapScene(QGraphicsScene):
    """Cards, edges, our team's lane and the lit routes of one account."""

    contentChanged = Signal()
    """The cards or their positions changed (the view may re-fit, panels re-read)."""

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.setBackgroundBrush(st.CANVAS)
        self.data = MapData()
        self.nodes: dict[str, NodeItem] = {}
        self.route_mode = False
        self.routes: tuple[Route, ...] = ()
        self.lit: dict[str, int] = {}
        self.marks: dict[str, str] = {}
        self.overview = False
        self.full_detail = False
        """Draw everything whatever the zoom (exports)."""
        self._moving: set[str] = set()
        self._move_start: dict[str, QPointF] = {}

        self.lane = LaneItem()
        self.addItem(self.lane)
        self.edge_layers = {kind: EdgeLayer(kind) for kind in (RELATIONSHIP, REPORTS_TO, INFLUENCE)}
        for i, layer in enumerate(self.edge_layers.values()):
            layer.setZValue(layer.zValue() + i * 0.1)
            self.addItem(layer)
        self.route_layer = RouteLayer()
        self.addItem(self.route_layer)
        self.highlight = SimpleLines(Z_HIGHLIGHT, emphasis=True)
        self.addItem(self.highlight)
        self.drag_lines = SimpleLines(Z_DRAG, emphasis=False)
        self.addItem(self.drag_lines)
        self.overview_layer = OverviewLayer()
        self.addItem(self.overview_layer)
        self.ghost = QGraphicsLineItem()
        self.ghost.setZValue(Z_GHOST)
        self.ghost.setPen(pen(st.SELECTED, 2.5))
        self.ghost.setVisible(False)
        self.addItem(self.ghost)
        self.selectionChanged.connect(self._on_selection)

    # -- reading -------------------------------------------------------------

    def node_info(self, key: str) -> NodeInfo | None:
        return self.data.nodes.get(key)

    def name_of(self, key: str) -> str:
        info = self.data.nodes.get(key)
        return info.name if info is not None else key

    def pos_of(self, key: str) -> QPointF:
        item = self.nodes.get(key)
        if item is not None:
            return item.pos()
        x, y = self.data.positions.get(key, (0.0, 0.0))
        return QPointF(x, y)

    def centres(self) -> dict[str, QPointF]:
        return {k: item.pos() for k, item in self.nodes.items()}

    def content_rect(self) -> QRectF:
        """Cards and lane, without the margins the scene rect adds for panning."""
        rect = QRectF()
        for key, item in self.nodes.items():
            rect = rect.united(card_rect(key, item.pos()))
        if not self.lane.band.isNull():
            rect = rect.united(self.lane.band)
        return rect

    def selected_keys(self) -> list[str]:
        return [i.key for i in self.selectedItems() if isinstance(i, NodeItem)]

    def key_at(self, pos: QPointF) -> str | None:
        for item in self.items(pos):
            if isinstance(item, NodeItem):
                return item.key
        return None

    def is_faded(self, key: str) -> bool:
        return self.route_mode and bool(self.lit) and key not in self.lit

    def lit_rects(self) -> list[tuple[QColor, list[str]]]:
        by_rank: dict[int, list[str]] = {}
        for key, rank in self.lit.items():
            by_rank.setdefault(rank, []).append(key)
        return [(st.route_colour(r), keys) for r, keys in sorted(by_rank.items(), reverse=True)]

    # -- following the model ---------------------------------------------------

    def sync(self, data: MapData) -> None:
        """Show ``data``: add, drop and move cards; rebuild edges, lane and overview."""
        old = self.data
        self.data = data
        keep_selected = set(self.selected_keys())
        for key in [k for k in self.nodes if k not in data.nodes]:
            self.removeItem(self.nodes.pop(key))
        for key, info in data.nodes.items():
            item = self.nodes.get(key)
            x, y = data.positions.get(key, (0.0, 0.0))
            if item is None:
                item = NodeItem(key)
                self.nodes[key] = item
                item.setPos(x, y)
                self.addItem(item)
                item.setFlag(GraphicsFlag.ItemHasNoContents, self.overview)
            else:
                if item.pos() != QPointF(x, y):
                    item.setPos(x, y)
                if old.nodes.get(key) != info:
                    item.update()
            item.setToolTip(person_tooltip(info))
        self.blockSignals(True)
        try:
            for key in keep_selected:
                if key in self.nodes:
                    self.nodes[key].setSelected(True)
        finally:
            self.blockSignals(False)
        self.lit = {k: r for k, r in self.lit.items() if k in self.nodes}
        self.marks = {k: m for k, m in self.marks.items() if k in self.nodes}
        self.rebuild()
        self.contentChanged.emit()

    def rebuild(self) -> None:
        """Everything drawn from positions: edges, lane, overview, routes, scene rect."""
        self._build_edges(self.data.edges, self.centres(), skip=self._moving)
        self._build_lane()
        self._build_overview()
        self._build_routes()
        self._on_selection()
        content = self.content_rect()
        if content.isNull():
            content = QRectF(-400, -300, 800, 600)
        margin = max(600.0, 0.5 * max(content.width(), content.height()))
        self.setSceneRect(content.adjusted(-margin, -margin, margin, margin))

    def _edge_lines(self, edge: EdgeInfo, centres: dict[str, QPointF]) -> list[QLineF]:
        a, b = centres.get(edge.source), centres.get(edge.target)
        if a is None or b is None:
            return []
        if edge.kind == REPORTS_TO:
            return reports_to(edge.source, a, b, edge.source in self.data.stacked)
        line = straight(edge.source, a, edge.target, b, gap=4.0 if edge.kind == INFLUENCE else 2.0)
        return [line] if line is not None else []

    def _build_edges(
        self, edges: Iterable[EdgeInfo], centres: dict[str, QPointF], skip: set[str]
    ) -> None:
        content: dict[
            str,
            tuple[
                list[tuple[int, QLineF]], list[QPolygonF], list[tuple[QPointF, str]], list[QLineF]
            ],
        ] = {kind: ([], [], [], []) for kind in self.edge_layers}
        for edge in edges:
            if skip and (edge.source in skip or edge.target in skip):
                continue
            lines = self._edge_lines(edge, centres)
            if not lines:
                continue
            bucketed, arrows, labels_, all_lines = content[edge.kind]
            if edge.kind == REPORTS_TO:
                bucketed.extend((0, ln) for ln in lines)
            else:
                bucket = influence_bucket(edge.strength or 0.0)
                line = lines[0]
                if edge.kind == INFLUENCE:
                    width = self.edge_layers[INFLUENCE].buckets[bucket].width
                    head = arrow_head(line, 7.0 + width * 1.6)
                    unit = line.unitVector()
                    back = 5.0 + width
                    shortened = QLineF(
                        line.p1(), line.p2() - QPointF(unit.dx() * back, unit.dy() * back)
                    )
                    bucketed.append((bucket, shortened))
                    arrows.append(head)
                    labels_.append((line.pointAt(0.5), percent(edge.strength or 0.0)))
                else:
                    bucketed.append((bucket, line))
            all_lines.extend(lines)
        for kind, (bucketed, arrows, labels_, all_lines) in content.items():
            self.edge_layers[kind].set_content(
                bucketed, arrows, labels_, bounds_of(all_lines, 20.0)
            )

    def _build_lane(self) -> None:
        members = [k for k in self.nodes if k.startswith("m:")]
        if not members:
            self.lane.set_band(QRectF())
            return
        rect = QRectF()
        for key in members:
            rect = rect.united(card_rect(key, self.nodes[key].pos()))
        self.lane.set_band(rect.adjusted(-LANE_PAD, -LANE_PAD - LANE_TITLE, LANE_PAD, LANE_PAD))

    def _build_overview(self) -> None:
        rects: dict[str, QRectF] = {}
        colours: dict[str, tuple[QColor, QColor]] = {}
        for key, item in self.nodes.items():
            info = self.data.nodes.get(key)
            if info is None:
                continue
            rects[key] = card_rect(key, item.pos())
            colours[key] = overview_colours(info)
        self.overview_layer.set_rects(rects, colours)

    # -- view states -------------------------------------------------------------

    def set_overview(self, on: bool) -> None:
        """Zoomed out: one layer draws every card; the cards themselves draw nothing."""
        if on == self.overview:
            return
        self.overview = on
        for item in self.nodes.values():
            item.setFlag(GraphicsFlag.ItemHasNoContents, on)
        self.overview_layer.setVisible(on)

    def set_routes(self, routes: Iterable[Route], on: bool = True) -> None:
        """Light up ``routes`` (strongest first) and fade the rest while ``on``."""
        self.routes = tuple(routes)
        self.route_mode = on
        lit: dict[str, int] = {}
        if on:
            for rank, route in enumerate(self.routes):
                for key in route.nodes:
                    if key in self.nodes and (key not in lit or rank < lit[key]):
                        lit[key] = rank
        self.lit = lit
        for key, item in self.nodes.items():
            item.setZValue(Z_LIT if key in lit else Z_NODE)
        self._build_routes()
        self._refresh_all()

    def _build_routes(self) -> None:
        paths: list[tuple[int, list[QPointF], list[float]]] = []
        if self.route_mode:
            for rank, route in enumerate(self.routes):
                if all(k in self.nodes for k in route.nodes):
                    points = [self.nodes[k].pos() for k in route.nodes]
                    paths.append((rank, points, list(route.strengths)))
        self.route_layer.set_routes(paths)

    def set_marks(self, marks: dict[str, str]) -> None:
        """Tag people as "joined" or "changed" (a comparison between two dates)."""
        touched = set(self.marks) | set(marks)
        self.marks = {k: v for k, v in marks.items() if k in self.nodes}
        for key in touched:
            item = self.nodes.get(key)
            if item is not None:
                item.update()
        self.overview_layer.update()

    def _refresh_all(self) -> None:
        for item in self.nodes.values():
            item.update()
        for layer in self.edge_layers.values():
            layer.update()
        self.overview_layer.update()

    def refresh_cards(self) -> None:
        """The text size changed: every card draws its words again (caches dropped)."""
        self._refresh_all()
        self.lane.update()

    def set_full_detail(self, on: bool) -> None:
        """Exports draw every card in full, as vectors (no cached pixmaps)."""
        self.full_detail = on
        mode = (
            QGraphicsItem.CacheMode.NoCache if on else QGraphicsItem.CacheMode.DeviceCoordinateCache
        )
        for item in self.nodes.values():
            item.setCacheMode(mode)
            if on:
                item.setFlag(GraphicsFlag.ItemHasNoContents, False)
            else:
                item.setFlag(GraphicsFlag.ItemHasNoContents, self.overview)
        self.overview_layer.setVisible(self.overview and not on)
        self.ghost.setVisible(False)
        self.update()

    # -- selection ---------------------------------------------------------------

    def select_keys(self, keys: Iterable[str]) -> list[str]:
        """Select exactly these cards (those on the map); returns them."""
        wanted = [k for k in keys if k in self.nodes]
        self.blockSignals(True)
        try:
            self.clearSelection()
            for key in wanted:
                self.nodes[key].setSelected(True)
        finally:
            self.blockSignals(False)
        self.selectionChanged.emit()
        return wanted

    def _on_selection(self) -> None:
        selected = set(self.selected_keys())
        self.overview_layer.update()
        if not selected or len(selected) > 300:
            self.highlight.set_lines({}, QRectF())
            return
        centres = self.centres()
        lines: dict[str, list[QLineF]] = {REPORTS_TO: [], INFLUENCE: [], RELATIONSHIP: []}
        every: list[QLineF] = []
        for edge in self.data.edges:
            if edge.source in selected or edge.target in selected:
                found = self._edge_lines(edge, centres)
                lines[edge.kind].extend(found)
                every.extend(found)
        self.highlight.set_lines(lines, bounds_of(every, 10.0))

    # -- moving cards ------------------------------------------------------------

    def begin_move(self, keys: Iterable[str]) -> None:
        """Cards are about to be dragged: their edges move to a light overlay."""
        self._moving = {k for k in keys if k in self.nodes and not k.startswith("m:")}
        self._move_start = {k: QPointF(self.nodes[k].pos()) for k in self._moving}
        if self._moving:
            self._build_edges(self.data.edges, self.centres(), skip=self._moving)
            self.highlight.set_lines({}, QRectF())
            self.update_move()

    @property
    def moving(self) -> bool:
        return bool(self._moving)

    def update_move(self) -> None:
        if not self._moving:
            return
        centres = self.centres()
        lines: dict[str, list[QLineF]] = {REPORTS_TO: [], INFLUENCE: [], RELATIONSHIP: []}
        every: list[QLineF] = []
        for edge in self.data.edges:
            if edge.source in self._moving or edge.target in self._moving:
                found = self._edge_lines(edge, centres)
                lines[edge.kind].extend(found)
                every.extend(found)
        self.drag_lines.set_lines(lines, bounds_of(every, 10.0))

    def end_move(self, *, cancel: bool = False) -> dict[str, tuple[QPointF, QPointF]]:
        """Finish a drag; returns ``{key: (start, end)}`` of the cards that moved.

        ``cancel`` puts every card back where the drag began (Esc).
        """
        start = self._move_start
        moved: dict[str, tuple[QPointF, QPointF]] = {}
        for key, before in start.items():
            item = self.nodes.get(key)
            if item is None:
                continue
            if cancel:
                item.setPos(before)
            elif item.pos() != before:
                moved[key] = (before, QPointF(item.pos()))
        self._moving = set()
        self._move_start = {}
        self.drag_lines.set_lines({}, QRectF())
        self.rebuild()
        return moved

    # -- the link gesture ----------------------------------------------------------

    def show_ghost(self, start: QPointF, end: QPointF) -> None:
        self.ghost.setLine(QLineF(start, end))
        self.ghost.setVisible(True)

    def hide_ghost(self) -> None:
        self.ghost.setVisible(False)
