"""The map's scene: card items kept in step with a :class:`MapData`, and the layers.

The scene never reads the database and never writes it: the page hands it a
new :class:`MapData` after every change (:meth:`MapScene.sync`), and gestures
leave the scene as signals the page turns into commands. The scene keeps a few
view states that are not model data: which routes are lit, which people a date
comparison marks, whether the whole map is zoomed out.
"""

from __future__ import annotations

import time
from collections.abc import Iterable

from PySide6.QtCore import QLineF, QPointF, QRectF, QTimer, Signal
from PySide6.QtGui import QColor, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsLineItem, QGraphicsScene

from desktop.context import freeze_heap
from desktop.map import style as st
from desktop.map.data import (
    INFLUENCE,
    RELATIONSHIP,
    REPORTS_TO,
    EdgeInfo,
    MapData,
    NodeInfo,
    Patch,
)
from desktop.map.geometry import (
    arrow_head,
    bounds_of,
    card_rect,
    half_size,
    reports_to,
    straight,
)
from desktop.map.items import (
    INFLUENCE_WIDTHS,
    LONG,
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
    TileKey,
    influence_bucket,
    overview_colours,
    pen,
    person_tooltip,
    tile_at,
)
from desktop.map.texts import percent
from graph import Route

GraphicsFlag = QGraphicsItem.GraphicsItemFlag
_Drawn = tuple[
    tuple[tuple[int, QLineF], ...],
    tuple[tuple[float, float, float, float], ...],
    tuple[QPolygonF, tuple[float, float]] | None,
    tuple[QPointF, str] | None,
    tuple[float, float, float, float],
]
"""One edge's share of its layer: lines by bucket, their ends, arrow head and its
centre, label, box of its lines."""
_NO_BOX = (0.0, 0.0, 0.0, 0.0)
_EMPTY: _Drawn = ((), (), None, None, _NO_BOX)
LANE_PAD = 18.0
LANE_TITLE = 34.0
POPULATE_FROM = 2500
"""From this many cards to add, :meth:`MapScene.sync` adds them over several turns
of the event loop (a 20,000-person map took ~3–5 s of CPU in one turn: the window
froze while it opened). Fewer are added at once, which is faster (one frame, one
pass over the tiles)."""
POPULATE_BUDGET_S = 0.025
"""The UI thread's CPU time one turn of populating may take (cards, their lines, the
tiles they fill); how many cards that is is learnt from the turns before. With the
frame painted after it (~20 ms at 100 %) a turn stays near 50 ms."""
POPULATE_TURN_MS = 0
"""The pause between two turns of populating (none: the frame painted between them
is pause enough)."""
POPULATE_COST_S = 0.0003
"""A first guess of one card's cost while populating (learnt: ~0.15–0.3 ms at
20,000 people, most of it the card's lines)."""


def _inside(rect: QRectF, box: QRectF) -> bool:
    """``rect`` within ``box`` without touching its edges (the box does not depend on it)."""
    return (
        rect.left() > box.left()
        and rect.top() > box.top()
        and rect.right() < box.right()
        and rect.bottom() < box.bottom()
    )


class MapScene(QGraphicsScene):
    """Cards, edges, our team's lane and the lit routes of one account."""

    contentChanged = Signal()
    """The cards or their positions changed (the view may re-fit, panels re-read)."""
    populated = Signal(int, int)
    """A big map is being drawn over several turns: (cards shown, cards in all); the
    two are equal once every card is there (also when a populate is dropped)."""

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
        self._edges_drawn_for: tuple[EdgeInfo, ...] = ()
        self._edges_by_key: dict[str, list[int]] = {}
        self._tile_of: list[TileKey | None] = []
        self._tile_members: dict[tuple[str, TileKey], set[int]] = {}
        self._drawn: list[_Drawn] = []
        self._dirty: set[str] | None = None
        """Cards whose lines are drawn again at the next rebuild (None: every card)."""
        self._hidden: set[int] = set()
        self._recolour: set[str] = set()
        self._lane_of: dict[str, NodeInfo] | None = None
        self._members: list[str] = []
        self._edges_filled = False
        self._drawn_none = True
        """No edge is drawn (the edges were just indexed)."""
        self._card_rects: dict[str, QRectF] = {}
        self._card_colours: dict[str, tuple[QColor, QColor]] = {}
        self._box: QRectF | None = None
        self._move_start: dict[str, QPointF] = {}
        self._queue: list[str] = []
        """Cards still to add while populating, the next one last (see :meth:`sync`)."""
        self._queue_ordered = False
        self._populate_box: QRectF | None = None
        """Where the cards still to come will be (the scene rect and a fit count them)."""
        self._populate_cost = POPULATE_COST_S
        self._marks_wanted: dict[str, str] = {}
        self._populate_timer = QTimer(self)
        self._populate_timer.setSingleShot(True)
        self._populate_timer.setInterval(POPULATE_TURN_MS)
        self._populate_timer.timeout.connect(self._populate_turn)

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

    def edges_at(self, keys: Iterable[str]) -> list[EdgeInfo]:
        """The edges that end at one of these cards, in the data's order."""
        edges = self.data.edges
        if edges is not self._edges_drawn_for:
            return [e for e in edges if e.source in keys or e.target in keys]
        by_key = self._edges_by_key
        return [edges[i] for i in sorted({i for k in keys for i in by_key.get(k, ())})]

    def centres_of(self, keys: Iterable[str]) -> dict[str, QPointF]:
        """Centres of these cards and of the cards at the other end of their edges."""
        wanted = set(keys)
        for edge in self.edges_at(wanted):
            wanted.add(edge.source)
            wanted.add(edge.target)
        return {k: self.nodes[k].pos() for k in wanted if k in self.nodes}

    def content_rect(self) -> QRectF:
        """Cards and lane, without the margins the scene rect adds for panning (while
        a big map is populated, with the cards still to come)."""
        rect = QRectF()
        for key in self._moving:  # (dragged: not measured until dropped)
            rect = rect.united(card_rect(key, self.nodes[key].pos()))
        rect = rect.united(self._cards_box())
        if not self.lane.band.isNull():
            rect = rect.united(self.lane.band)
        if self._populate_box is not None:
            rect = rect.united(self._populate_box)
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
        """Show ``data``: add, drop and move cards; rebuild edges, lane and overview.

        From :data:`POPULATE_FROM` new cards (a big map opened) they are added over the
        next turns of the event loop, nearest the view first (:meth:`populating`,
        :attr:`populated`); a sync or patch meanwhile applies to what is there and
        the cards still to come are added as the newest data has them."""
        old = self.data
        self.data = data
        if data.stacked != old.stacked:
            self.mark_dirty(None)
        keep_selected = set(self.selected_keys())
        dirty: set[str] = set()
        for key in [k for k in self.nodes if k not in data.nodes]:
            self.removeItem(self.nodes.pop(key))
            dirty.add(key)
        to_add = [k for k in data.nodes if k not in self.nodes]
        was_populating = self.populating
        self._queue = to_add if len(to_add) >= POPULATE_FROM else []
        later = set(self._queue)
        for key, info in data.nodes.items():
            item = self.nodes.get(key)
            x, y = data.positions.get(key, (0.0, 0.0))
            if item is None:
                if key in later:
                    continue
                item = self._add_card(key, x, y)
                dirty.add(key)
            else:
                if item.pos() != QPointF(x, y):
                    item.setPos(x, y)
                    dirty.add(key)
                if old.nodes.get(key) == info:
                    continue
                item.update()
                self._recolour.add(key)
            item.setToolTip(person_tooltip(info))
        self.blockSignals(True)
        try:
            for key in keep_selected:
                if key in self.nodes:
                    self.nodes[key].setSelected(True)
        finally:
            self.blockSignals(False)
        self._drop_gone_marks()
        self.mark_dirty(dirty)
        if self._queue:
            self._start_populate()
        else:
            self._populate_timer.stop()
            self._populate_box = None
        self.rebuild()
        self.contentChanged.emit()
        if self._queue or was_populating:
            self.populated.emit(len(self.nodes), len(data.nodes))

    # -- populating a big map over several turns ---------------------------------

    @property
    def populating(self) -> bool:
        """Cards of a big map are still being added (see :meth:`sync`)."""
        return bool(self._queue)

    def _start_populate(self) -> None:
        positions = self.data.positions
        points = [positions.get(k, (0.0, 0.0)) for k in self._queue]
        hw, hh = (max(v) for v in zip(half_size("p:"), half_size("m:"), strict=True))
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        left, top = min(xs) - hw, min(ys) - hh
        self._populate_box = QRectF(left, top, max(xs) + hw - left, max(ys) + hh - top)
        self._queue_ordered = False  # nearest the view first, once the view is placed
        self._populate_timer.start(POPULATE_TURN_MS)

    def _order_queue(self) -> None:
        """The cards still to come, the nearest the view's centre last (popped first),
        those of one edge tile together (the tiles a turn fills again stay few)."""
        self._queue_ordered = True
        views = self.views()
        if views:
            view = views[0]
            centre = view.mapToScene(view.viewport().rect().center())
            cx, cy = centre.x(), centre.y()
        else:
            box = self._populate_box or QRectF()
            cx, cy = box.center().x(), box.center().y()
        positions = self.data.positions
        size = 1600.0  # (an edge tile's side)

        def far(key: str) -> tuple[float, float, float]:
            x, y = positions.get(key, (0.0, 0.0))
            col, row = (x - cx) // size, (y - cy) // size
            return (-(abs(col + 0.5) + abs(row + 0.5)), -row, -col)

        self._queue.sort(key=far)

    def _populate_turn(self) -> None:
        """One turn's cards: as many as fit :data:`POPULATE_BUDGET_S` of CPU."""
        started = time.thread_time()
        if not self._queue_ordered:
            self._order_queue()
        room = POPULATE_BUDGET_S - (time.thread_time() - started)
        added = self._populate(max(1, int(room / self._populate_cost)))
        # What a turn adds lives as long as the map: out of the collector's sight at once
        # (full collections walking the growing map took 170–300 ms each, five an open).
        freeze_heap()
        if added:
            each = (time.thread_time() - started) / added
            self._populate_cost = max(1e-6, (self._populate_cost + each) / 2)
        if self._queue:
            self._populate_timer.start()

    def finish_populate(self) -> None:
        """Add every card still to come now (exports, a gesture that needs them, tests)."""
        if self._queue:
            self._populate(len(self._queue))

    def bring(self, keys: Iterable[str]) -> None:
        """Add these cards now if they are still to come (a card to select or centre)."""
        if not self._queue:
            return
        wanted = {k for k in keys if k not in self.nodes and k in self.data.nodes}
        if wanted:
            self._queue = [k for k in self._queue if k not in wanted] + list(wanted)
            self._populate(len(wanted))

    def _populate(self, size: int) -> int:
        """Add the next ``size`` cards still to come, with their lines; how many."""
        data, nodes, queue = self.data, self.nodes, self._queue
        batch: list[str] = []
        while queue and len(batch) < size:
            key = queue.pop()
            if key not in nodes and key in data.nodes:
                batch.append(key)
        for key in batch:
            x, y = data.positions.get(key, (0.0, 0.0))
            self._add_card(key, x, y).setToolTip(person_tooltip(data.nodes[key]))
        self.mark_dirty(batch)
        if not queue:
            self._populate_timer.stop()
            self._populate_box = None
        self.rebuild()
        if not queue:  # lit routes and marks of cards that came later
            if self.routes and self.route_mode:
                self.set_routes(self.routes, True)
            if self._marks_wanted:
                self.set_marks(self._marks_wanted)
            self.contentChanged.emit()
        self.populated.emit(len(nodes), len(data.nodes))
        return len(batch)

    def apply_patch(self, patch: Patch) -> None:
        """Show ``patch.data`` where only the patch's cards differ from what is shown:
        new cards are added, gone ones removed, moved ones moved, edited ones repainted;
        the lines of the cards that did not move are kept as they are."""
        if self._lane_of is self.data.nodes:  # a patch adds or removes no member
            self._lane_of = patch.data.nodes
        self.data = patch.data
        moved: set[str] = set()
        for key in patch.removed:
            item = self.nodes.pop(key, None)
            if item is not None:
                self.removeItem(item)
        for key in patch.added | patch.moved | patch.repainted:
            info = self.data.nodes.get(key)
            if info is None:
                continue
            x, y = self.data.positions.get(key, (0.0, 0.0))
            item = self.nodes.get(key)
            new = item is None  # (also a card of a big map that was still to come)
            if item is None:
                item = self._add_card(key, x, y)
                moved.add(key)
            elif item.pos() != QPointF(x, y):  # (a dragged card is there already)
                item.setPos(x, y)
                moved.add(key)
            if new or key in patch.added or key in patch.repainted:
                item.update()
                item.setToolTip(person_tooltip(info))
        if patch.removed:
            self._drop_gone_marks()
        self.mark_dirty(moved | patch.removed)
        self._recolour.update(patch.repainted)
        self.rebuild()
        self.contentChanged.emit()

    def _add_card(self, key: str, x: float, y: float) -> NodeItem:
        item = NodeItem(key)
        self.nodes[key] = item
        item.setPos(x, y)
        self.addItem(item)
        item.setFlag(GraphicsFlag.ItemHasNoContents, self.overview and not self.full_detail)
        if self.full_detail:  # (a card of a big map that came after set_full_detail)
            item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
        return item

    def _drop_gone_marks(self) -> None:
        self.lit = {k: r for k, r in self.lit.items() if k in self.nodes}
        self.marks = {k: m for k, m in self.marks.items() if k in self.nodes}

    def rebuild(self) -> None:
        """Everything drawn from positions: edges, lane, overview, routes, scene rect.

        Only the cards marked dirty (:meth:`mark_dirty`: moved, added, removed) are
        measured and their lines drawn again; the rest is reused."""
        dirty = self._dirty
        self._update_cards(None if dirty is None else dirty | self._recolour)
        self._recolour = set()
        self._build_edges(self.data.edges, skip=self._moving)
        self._build_lane()
        self._build_overview()
        self._build_routes()
        self._on_selection()
        content = self._cards_box()
        if not self.lane.band.isNull():
            content = content.united(self.lane.band)
        if self._populate_box is not None:
            content = content.united(self._populate_box)
        if content.isNull():
            content = QRectF(-400, -300, 800, 600)
        margin = max(600.0, 0.5 * max(content.width(), content.height()))
        self.setSceneRect(content.adjusted(-margin, -margin, margin, margin))

    def _edge_lines(self, edge: EdgeInfo, centres: dict[str, QPointF]) -> list[QLineF]:
        a, b = centres.get(edge.source), centres.get(edge.target)
        if a is None or b is None:
            return []
        return self._lines_between(edge, a, b, edge.source in self.data.stacked)

    @staticmethod
    def _lines_between(edge: EdgeInfo, a: QPointF, b: QPointF, stacked: bool) -> list[QLineF]:
        if edge.kind == REPORTS_TO:
            return reports_to(edge.source, a, b, stacked)
        line = straight(edge.source, a, edge.target, b, gap=4.0 if edge.kind == INFLUENCE else 2.0)
        return [line] if line is not None else []

    def _edge_drawing(self, edge: EdgeInfo, a: QPointF, b: QPointF, stacked: bool) -> _Drawn:
        """The pieces one edge adds to its layer (lines by bucket with their ends, arrow
        head and its centre, label) and the box around its lines (left, top, right,
        bottom)."""
        lines = self._lines_between(edge, a, b, stacked)
        if not lines:
            return _EMPTY
        ends = [(ln.x1(), ln.y1(), ln.x2(), ln.y2()) for ln in lines]
        xs = [v for e in ends for v in (e[0], e[2])]
        ys = [v for e in ends for v in (e[1], e[3])]
        box = (min(xs), min(ys), max(xs), max(ys))
        if edge.kind == REPORTS_TO:
            pieces = tuple((0, ln) for ln in lines)
            return (pieces, tuple(ends), None, None, box)
        bucket = influence_bucket(edge.strength or 0.0)
        line = lines[0]
        if edge.kind != INFLUENCE:
            return (((bucket, line),), (ends[0],), None, None, box)
        width = INFLUENCE_WIDTHS[bucket]  # (the layer's buckets gather all its tiles' lines)
        head = arrow_head(line, 7.0 + width * 1.6)
        centre = head.boundingRect().center()
        unit = line.unitVector()
        back = 5.0 + width
        shortened = QLineF(line.p1(), line.p2() - QPointF(unit.dx() * back, unit.dy() * back))
        label = (line.pointAt(0.5), percent(edge.strength or 0.0))
        end = (shortened.x1(), shortened.y1(), shortened.x2(), shortened.y2())
        return (
            ((bucket, shortened),),
            (end,),
            (head, (centre.x(), centre.y())),
            label,
            box,
        )

    def _index_edges(self, edges: tuple[EdgeInfo, ...]) -> None:
        """New edges: which edges each card ends, which belong to each layer."""
        self._edges_drawn_for = edges
        by_key: dict[str, list[int]] = {}
        for i, edge in enumerate(edges):
            by_key.setdefault(edge.source, []).append(i)
            by_key.setdefault(edge.target, []).append(i)
        self._edges_by_key = by_key
        self._drawn = [_EMPTY] * len(edges)
        self._tile_of = [None] * len(edges)
        self._tile_members = {}
        self._dirty = None
        self._hidden = set()
        self._edges_filled = False
        self._drawn_none = True

    def _build_edges(self, edges: Iterable[EdgeInfo], skip: set[str]) -> None:
        """Fill the edge layers. Only the edges of the cards marked dirty since the last
        time (``_dirty``; None: all) are drawn again, and only the tiles
        (:class:`~desktop.map.items.EdgeTile`) they leave or enter are filled again."""
        edges = tuple(edges)
        if edges is not self._edges_drawn_for and edges != self._edges_drawn_for:
            self._index_edges(edges)
        elif edges is not self._edges_drawn_for:
            self._edges_drawn_for = edges
        by_key = self._edges_by_key
        if self._dirty is None and self._drawn_none and self._queue:
            # a big map begins to come: only the lines at cards already there (none
            # is drawn yet; 56,000 lines looked at in vain at 20,000 people)
            dirty: Iterable[int] = {i for k in self.nodes for i in by_key.get(k, ())}
        elif self._dirty is None:
            dirty = range(len(edges))
        else:
            dirty = {i for k in self._dirty for i in by_key.get(k, ())}
        stacked_keys = self.data.stacked
        drawn = self._drawn
        nodes = self.nodes
        tile_of = self._tile_of
        members = self._tile_members
        redrawn: set[tuple[str, TileKey]] = set()
        longs: set[int] = set()  # edges longer than a tile (now or before): put one by one
        for i in dirty:
            edge = edges[i]
            a, b = nodes.get(edge.source), nodes.get(edge.target)
            if a is None or b is None:
                drawing = _EMPTY
            else:
                stacked = edge.kind == REPORTS_TO and edge.source in stacked_keys
                drawing = self._edge_drawing(edge, a.pos(), b.pos(), stacked)
            drawn[i] = drawing
            old = tile_of[i]
            new = None if drawing[4] is _NO_BOX else tile_at(drawing[4])
            if old == LONG or new == LONG:
                longs.add(i)
            if old is not None and old != LONG:
                redrawn.add((edge.kind, old))
            if new != old:
                if old is not None and old != LONG:
                    members[(edge.kind, old)].discard(i)
                if new is not None and new != LONG:
                    members.setdefault((edge.kind, new), set()).add(i)
                tile_of[i] = new
            if new is not None and new != LONG:
                redrawn.add((edge.kind, new))
        self._dirty = set()
        self._drawn_none = False
        hidden = {i for k in skip for i in by_key.get(k, ())} if skip else set()
        for i in hidden ^ self._hidden:
            at = tile_of[i]
            if at == LONG:
                longs.add(i)
            elif at is not None:
                redrawn.add((edges[i].kind, at))
        self._hidden = hidden
        if not self._edges_filled:
            for layer in self.edge_layers.values():
                layer.clear()
            redrawn = set(members)
            longs = {i for i, at in enumerate(tile_of) if at == LONG}
        for kind, at in redrawn:
            self._fill_tile(kind, at, sorted(members.get((kind, at), ())), hidden)
        for i in longs:
            long = self.edge_layers[edges[i].kind].long
            if tile_of[i] == LONG and i not in hidden:
                pieces, ends, head, label, _box = drawn[i]
                long.put(i, pieces, ends, head, label)
            else:
                long.drop(i)
        for kind in {kind for kind, _at in redrawn} | {edges[i].kind for i in longs}:
            self.edge_layers[kind].fit()
        self._edges_filled = True

    def _fill_tile(self, kind: str, at: TileKey, indices: list[int], hidden: set[int]) -> None:
        drawn = self._drawn
        shown = [drawn[i] for i in indices if i not in hidden]
        bucketed = [piece for d in shown for piece in d[0]]
        ends = [end for d in shown for end in d[1]]
        heads = [d[2] for d in shown if d[2] is not None]
        labels_ = [d[3] for d in shown if d[3] is not None]
        boxes = [d[4] for d in shown if d[4] is not _NO_BOX]
        if boxes:
            left = min(b[0] for b in boxes) - 20.0
            top = min(b[1] for b in boxes) - 20.0
            right = max(b[2] for b in boxes) + 20.0
            bottom = max(b[3] for b in boxes) + 20.0
            bounds = QRectF(left, top, right - left, bottom - top)
        else:
            bounds = QRectF()
        self.edge_layers[kind].set_tile(
            at,
            bucketed,
            [h[0] for h in heads],
            labels_,
            bounds,
            ends=ends,
            arrow_at=[h[1] for h in heads],
        )

    def mark_dirty(self, keys: Iterable[str] | None) -> None:
        """The lines at these cards must be drawn again at the next rebuild (None: all)."""
        if keys is None or self._dirty is None:
            self._dirty = None
        else:
            self._dirty.update(keys)

    def _build_lane(self) -> None:
        if self._lane_of is not self.data.nodes:  # the members, found once per data
            self._lane_of = self.data.nodes
            self._members = [k for k in self.nodes if k.startswith("m:")]
        members = [k for k in self._members if k in self.nodes]
        if not members:
            self.lane.set_band(QRectF())
            return
        rect = QRectF()
        for key in members:
            rect = rect.united(self._card_rects.get(key) or card_rect(key, self.nodes[key].pos()))
        self.lane.set_band(rect.adjusted(-LANE_PAD, -LANE_PAD - LANE_TITLE, LANE_PAD, LANE_PAD))

    def _update_cards(self, dirty: set[str] | None) -> None:
        """Card rectangles and overview colours of the ``dirty`` cards (None: all)."""
        rects, colours = self._card_rects, self._card_colours
        if dirty is None:
            rects.clear()
            colours.clear()
        keys = self.nodes if dirty is None else dirty
        box = self._box if dirty is not None else None
        for key in keys:
            item = self.nodes.get(key)
            info = self.data.nodes.get(key)
            before = rects.get(key)
            if box is not None and before is not None and not _inside(before, box):
                box = None  # a card on the box's edge moved or went: measure anew
            if item is None or info is None:
                rects.pop(key, None)
                colours.pop(key, None)
                continue
            rect = rects[key] = card_rect(key, item.pos())
            colours[key] = overview_colours(info)
            if box is not None:
                box = box.united(rect)
        if keys:
            self._box = box

    def _cards_box(self) -> QRectF:
        if self._box is None:
            rects = list(self._card_rects.values())
            if rects:
                left = min(r.left() for r in rects)
                top = min(r.top() for r in rects)
                right = max(r.right() for r in rects)
                bottom = max(r.bottom() for r in rects)
                self._box = QRectF(left, top, right - left, bottom - top)
            else:
                self._box = QRectF()
        return QRectF(self._box)

    def _build_overview(self) -> None:
        self.overview_layer.set_rects(self._card_rects, self._card_colours, self._cards_box())

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
        was_faded = self.route_mode and bool(self.lit)
        self.route_mode = on
        lit: dict[str, int] = {}
        if on:
            for rank, route in enumerate(self.routes):
                for key in route.nodes:
                    if key in self.nodes and (key not in lit or rank < lit[key]):
                        lit[key] = rank
        old, self.lit = self.lit, lit
        self._build_routes()
        if was_faded != (on and bool(lit)):  # every card fades or comes back
            for key, item in self.nodes.items():
                item.setZValue(Z_LIT if key in lit else Z_NODE)
            self._refresh_all()
            return
        # the same cards fade: only those lit or unlit now are drawn again
        for changed, _rank in set(old.items()) ^ set(lit.items()):
            card = self.nodes.get(changed)
            if card is not None:
                card.setZValue(Z_LIT if changed in lit else Z_NODE)
                card.update()
        for layer in self.edge_layers.values():
            layer.update_all()
        self.overview_layer.update()

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
        self._marks_wanted = dict(marks) if self._queue else {}
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
            layer.update_all()
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
        keys = list(keys)
        self.bring(keys)
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
        centres = self.centres_of(selected)
        lines: dict[str, list[QLineF]] = {REPORTS_TO: [], INFLUENCE: [], RELATIONSHIP: []}
        every: list[QLineF] = []
        for edge in self.edges_at(selected):
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
            self._build_edges(self.data.edges, skip=self._moving)
            self.highlight.set_lines({}, QRectF())
            self.update_move()

    @property
    def moving(self) -> bool:
        return bool(self._moving)

    def update_move(self) -> None:
        if not self._moving:
            return
        centres = self.centres_of(self._moving)
        lines: dict[str, list[QLineF]] = {REPORTS_TO: [], INFLUENCE: [], RELATIONSHIP: []}
        every: list[QLineF] = []
        for edge in self.edges_at(self._moving):
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
        self.mark_dirty(start)
        self.rebuild()
        return moved

    # -- the link gesture ----------------------------------------------------------

    def show_ghost(self, start: QPointF, end: QPointF) -> None:
        self.ghost.setLine(QLineF(start, end))
        self.ghost.setVisible(True)

    def hide_ghost(self) -> None:
        self.ghost.setVisible(False)
