"""Tidy hierarchical positions for the org map.

The org chart (``reports_to`` edges) is drawn as a forest: each root (a person
whose manager is not in the graph) heads a tree, trees stand side by side, every
person sits one row below their manager and each manager is centred above their
first and last direct report. Each subtree gets a band of columns as wide as its
number of leaves, so bands never overlap (subtree-width packing, O(n), no
recursion). Our members stand in a lane to the left of the chart.

Positions are scene coordinates: x grows to the right, y grows downward (rows
``0, y_gap, 2*y_gap``... from the roots down).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING

from graph.types import MEMBER_ROLES

if TYPE_CHECKING:
    import networkx as nx  # type: ignore[import-untyped, unused-ignore]

__all__ = ["hierarchical_layout"]

Position = tuple[float, float]
_NOTHING_FIXED: Mapping[str, Position] = MappingProxyType({})


def _node_id(G: nx.MultiDiGraph, n: str) -> int:
    value = G.nodes[n].get("id")
    if isinstance(value, int):
        return value
    _, _, number = str(n).partition(":")
    return int(number) if number.lstrip("-").isdigit() else 0


def _forest(G: nx.MultiDiGraph, people: list[str]) -> tuple[list[str], dict[str, list[str]]]:
    """Roots in display order and each person's direct reports in display order."""
    in_chart = set(people)
    ident = {n: _node_id(G, n) for n in people}
    manager: dict[str, str] = {}
    for n, nbrs in G.adjacency():
        if n not in in_chart:
            continue
        for m, keydict in nbrs.items():
            if m == n or m not in in_chart:
                continue
            if any(d.get("kind") == "reports_to" for d in keydict.values()):
                old = manager.get(n)
                if old is None or ident[m] < ident[old]:
                    manager[n] = m

    def order(n: str) -> tuple[str, int, str]:
        return (str(G.nodes[n].get("department") or ""), ident[n], n)

    children: dict[str, list[str]] = {n: [] for n in people}
    for n, m in manager.items():
        children[m].append(n)
    for kids in children.values():
        kids.sort(key=order)

    roots = [n for n in people if n not in manager]
    roots.sort(key=lambda n: (-int(G.nodes[n].get("seniority", 0) or 0), *order(n)))

    # People left unreached sit in a reports-to cycle or below one: cut each cycle
    # at the node where the walk up the chain comes back to itself.
    reached: set[str] = set()
    stack = list(roots)
    while stack:
        n = stack.pop()
        reached.add(n)
        stack.extend(children[n])
    if len(reached) < len(people):
        for start in sorted((n for n in people if n not in reached), key=order):
            if start in reached:
                continue
            walk: set[str] = set()
            n = start
            while n not in walk:
                walk.add(n)
                n = manager[n]
            # n is on the cycle: make it a root and drop its own manager link
            children[manager[n]].remove(n)
            del manager[n]
            roots.append(n)
            stack = [n]
            while stack:
                v = stack.pop()
                reached.add(v)
                stack.extend(children[v])
    return roots, children


def _tidy(
    roots: list[str], children: dict[str, list[str]]
) -> tuple[dict[str, float], dict[str, int], list[str]]:
    """Column (in units of one slot) and depth of each person, plus pre-order."""
    preorder: list[str] = []
    depth: dict[str, int] = {}
    stack = [(r, 0) for r in reversed(roots)]
    while stack:
        n, level = stack.pop()
        depth[n] = level
        preorder.append(n)
        stack.extend((c, level + 1) for c in reversed(children[n]))

    width: dict[str, int] = {}
    for n in reversed(preorder):  # children before parents
        kids = children[n]
        width[n] = sum(width[c] for c in kids) if kids else 1

    left: dict[str, int] = {}
    offset = 0
    for r in roots:
        left[r] = offset
        offset += width[r]
    for n in preorder:
        at = left[n]
        for c in children[n]:
            left[c] = at
            at += width[c]

    column: dict[str, float] = {}
    for n in reversed(preorder):
        kids = children[n]
        column[n] = (column[kids[0]] + column[kids[-1]]) / 2 if kids else float(left[n])
    return column, depth, preorder


class _Grid:
    """Spatial hash of placed nodes; two nodes clash when closer than one gap."""

    def __init__(self, x_gap: float, y_gap: float) -> None:
        self.dx = x_gap * (1 - 1e-9)
        self.dy = y_gap * (1 - 1e-9)
        self.x_gap, self.y_gap = x_gap, y_gap
        self.cells: dict[tuple[int, int], list[Position]] = {}

    def _cell(self, x: float, y: float) -> tuple[int, int]:
        return math.floor(x / self.x_gap), math.floor(y / self.y_gap)

    def add(self, x: float, y: float) -> None:
        self.cells.setdefault(self._cell(x, y), []).append((x, y))

    def clash(self, x: float, y: float) -> list[Position]:
        cx, cy = self._cell(x, y)
        out = []
        for i in (cx - 1, cx, cx + 1):
            for j in (cy - 1, cy, cy + 1):
                for px, py in self.cells.get((i, j), ()):
                    if abs(px - x) < self.dx and abs(py - y) < self.dy:
                        out.append((px, py))
        return out


def hierarchical_layout(
    G: nx.MultiDiGraph,
    *,
    fixed: Mapping[str, Position] = _NOTHING_FIXED,
    x_gap: float = 220.0,
    y_gap: float = 140.0,
    keep_data_positions: bool = True,
) -> dict[str, Position]:
    """Positions for every person and member of ``G``.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        Graph from :func:`graph.build.build_org_graph`. Nodes with ``kind="member"``
        are our members; every other node is laid out as a customer person.
    fixed : Mapping[str, tuple of float]
        Node key -> position to keep as it is (e.g. nodes the user placed).
    x_gap, y_gap : float
        Distance between neighbouring columns and rows.
    keep_data_positions : bool
        Also keep the saved position of every node whose ``x`` and ``y`` attributes
        are set (``fixed`` wins over them). False lays everything out afresh.

    Returns
    -------
    dict
        Node key -> ``(x, y)``.

    Notes
    -----
    A free person whose manager (or a manager higher up) is fixed moves with that
    manager: it keeps the offset it has in the tidy layout from its nearest fixed
    ancestor, so it stays below it. Free nodes never land closer than one gap (less
    than ``x_gap`` across *and* ``y_gap`` down) to an already placed node: a clash
    moves the free person right (a member down) until the spot is clear. Fixed
    nodes are never moved, even if they overlap each other.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> for i in (1, 2, 3):
    ...     G.add_node(f"p:{i}", kind="person", id=i)
    >>> _ = G.add_edge("p:2", "p:1", kind="reports_to")
    >>> _ = G.add_edge("p:3", "p:1", kind="reports_to")
    >>> G.add_node("m:1", kind="member", id=1)
    >>> pos = hierarchical_layout(G, x_gap=100, y_gap=50)
    >>> pos["p:1"], pos["p:2"], pos["p:3"], pos["m:1"]
    ((50.0, 0.0), (0.0, 50.0), (100.0, 50.0), (-100.0, 0.0))
    >>> hierarchical_layout(G, fixed={"p:1": (500.0, 500.0)}, x_gap=100, y_gap=50)["p:2"]
    (450.0, 550.0)
    """
    if x_gap <= 0 or y_gap <= 0:
        raise ValueError("x_gap and y_gap must be positive")
    nodes = G.nodes
    people: list[str] = []
    members: list[str] = []
    for n, d in nodes(data=True):
        (members if d.get("kind") == "member" else people).append(n)

    pinned: dict[str, Position] = {}
    if keep_data_positions:
        for n, d in nodes(data=True):
            x, y = d.get("x"), d.get("y")
            if x is not None and y is not None:
                pinned[n] = (float(x), float(y))
    for n, (x, y) in fixed.items():
        if n in G:
            pinned[n] = (float(x), float(y))

    roots, children = _forest(G, people)
    column, depth, preorder = _tidy(roots, children)

    pos: dict[str, Position] = {}
    free: list[str] = []
    # shift of the nearest fixed ancestor (tidy -> fixed), inherited down the tree
    shift: dict[str, Position] = {}
    for r in roots:
        shift[r] = (0.0, 0.0)
    for n in preorder:
        tx, ty = column[n] * x_gap, depth[n] * y_gap
        if n in pinned:
            px, py = pinned[n]
            pos[n] = (px, py)
            shift[n] = (px - tx, py - ty)
        else:
            sx, sy = shift[n]
            pos[n] = (tx + sx, ty + sy)
            free.append(n)
        for c in children[n]:
            shift[c] = shift[n]

    if pinned:
        grid = _Grid(x_gap, y_gap)
        for n in pinned:
            if n in pos:
                grid.add(*pos[n])
        free.sort(key=lambda n: (pos[n][1], pos[n][0]))
        for n in free:
            x, y = pos[n]
            hits = grid.clash(x, y)
            while hits:
                x = max(px for px, _ in hits) + x_gap
                hits = grid.clash(x, y)
            pos[n] = (x, y)
            grid.add(x, y)

    # members' lane, left of the chart, most senior role on top
    if members:
        lane_x = (min(p[0] for p in pos.values()) if pos else x_gap) - x_gap
        top = min((p[1] for p in pos.values()), default=0.0)
        ranks = {role: i for i, role in enumerate(reversed(MEMBER_ROLES))}
        members.sort(key=lambda n: (ranks.get(nodes[n].get("role"), 0), _node_id(G, n), n))
        lane = _Grid(x_gap, y_gap)
        for n in members:
            if n in pinned:
                pos[n] = pinned[n]
                lane.add(*pinned[n])
        y = top
        for n in members:
            if n in pinned:
                continue
            while lane.clash(lane_x, y):
                y += y_gap
            pos[n] = (lane_x, y)
            lane.add(lane_x, y)
            y += y_gap
    return pos
