"""Positions for the map: the tidy tree of :func:`graph.hierarchical_layout`, leaves stacked.

A plain tidy tree gives every leaf its own column, so a department of eight
staff is eight cards wide and a 30-person customer is four times wider than a
screen. Org charts stack the staff of a manager in one column instead. We get
that from the tidy layout itself: each run of leaf siblings is handed to it as
a chain (the second reports to the first, …), which takes one column, and the
chain is then drawn closer together and a little to the right of the manager,
so the bracket that joins them shows. Positions the user set are kept as
:func:`graph.hierarchical_layout` keeps them; a stack is only tightened where
that clashes with nobody.

Qt-free; ``G`` is a graph from :func:`graph.build_org_graph`.
"""

from __future__ import annotations

import math
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from desktop.map.style import MEMBER_H, NODE_H, NODE_W, STACK_GAP, STACK_INDENT, X_GAP, Y_GAP
from graph import hierarchical_layout

if TYPE_CHECKING:
    import networkx as nx  # type: ignore[import-untyped, unused-ignore]

Position = tuple[float, float]

_LAYOUT_ATTRS = ("kind", "id", "seniority", "department", "role")
MEMBER_STEP = MEMBER_H + 26.0


def _order(attrs: dict[str, Any], key: str) -> tuple[str, int, str]:
    ident = attrs.get("id")
    return (str(attrs.get("department") or ""), int(ident) if isinstance(ident, int) else 0, key)


def map_layout(G: nx.MultiDiGraph, *, keep: bool = True, stack: bool = True) -> dict[str, Position]:
    """Centre of every person and member card.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        Graph from :func:`graph.build_org_graph` (``x``/``y`` node attributes are
        the saved positions).
    keep : bool
        Keep the positions people were given (False: lay everybody out afresh).
    stack : bool
        Stack the leaves under their manager (False: the plain tidy tree).
    """
    import networkx as nx  # type: ignore[import-untyped, unused-ignore]

    nodes = G.nodes
    light = nx.MultiDiGraph()
    pinned: set[str] = set()
    for n, d in nodes(data=True):
        attrs = {name: d.get(name) for name in _LAYOUT_ATTRS}
        if keep and d.get("x") is not None and d.get("y") is not None:
            attrs["x"], attrs["y"] = float(d["x"]), float(d["y"])
            pinned.add(n)
        light.add_node(n, **attrs)

    stacks = leaf_stacks(G) if stack else {}
    stacked = {k for kids in stacks.values() for k in kids}
    chain_edges: list[tuple[str, str, dict[str, str]]] = []
    for u, v, d in G.edges(data=True):
        if d.get("kind") == "reports_to" and u != v and u not in stacked:
            chain_edges.append((u, v, {"kind": "reports_to"}))
    for boss, kids in stacks.items():
        chain_edges.append((kids[0], boss, {"kind": "reports_to"}))
        chain_edges.extend((b, a, {"kind": "reports_to"}) for a, b in pairwise(kids))
    light.add_edges_from(chain_edges)

    pos = hierarchical_layout(light, x_gap=X_GAP, y_gap=Y_GAP, keep_data_positions=keep)
    if stacks:
        _tighten(pos, stacks, pinned)
    _tighten_lane(pos, [n for n, d in nodes(data=True) if d.get("kind") == "member"])
    return pos


def leaf_stacks(G: nx.MultiDiGraph) -> dict[str, list[str]]:
    """Manager -> their leaf reports in display order, for managers with two or more.

    A leaf is a person nobody reports to. Only these are stacked; a manager's other
    reports keep their own columns beside the stack.
    """
    nodes = G.nodes
    manager: dict[str, str] = {}
    for u, v, d in G.edges(data=True):
        if d.get("kind") == "reports_to" and u != v and u not in manager:
            manager[u] = v
    children: dict[str, list[str]] = {}
    for sub, boss in manager.items():
        children.setdefault(boss, []).append(sub)
    stacks: dict[str, list[str]] = {}
    for boss, kids in children.items():
        leaves = [k for k in kids if k not in children]
        if len(leaves) >= 2:
            leaves.sort(key=lambda k: _order(nodes[k], k))
            stacks[boss] = leaves
    return stacks


class _Cells:
    """Spatial hash of card centres: which cards a card at (x, y) would overlap."""

    def __init__(self, pos: dict[str, Position]) -> None:
        self.cells: dict[tuple[int, int], list[str]] = {}
        self.pos = pos
        for n, p in pos.items():
            self.cells.setdefault(self._cell(*p), []).append(n)

    @staticmethod
    def _cell(x: float, y: float) -> tuple[int, int]:
        return math.floor(x / NODE_W), math.floor(y / NODE_H)

    def overlaps(self, x: float, y: float, ignore: set[str]) -> bool:
        cx, cy = self._cell(x, y)
        for i in (cx - 1, cx, cx + 1):
            for j in (cy - 1, cy, cy + 1):
                for n in self.cells.get((i, j), ()):
                    if n in ignore:
                        continue
                    px, py = self.pos[n]
                    if abs(px - x) < NODE_W + 8 and abs(py - y) < NODE_H + 8:
                        return True
        return False


def _tighten(pos: dict[str, Position], stacks: dict[str, list[str]], pinned: set[str]) -> None:
    """Draw each free stack closer together, indented under its manager."""
    cells = _Cells(pos)
    for boss, kids in stacks.items():
        if boss not in pos or any(k in pinned for k in kids):
            continue
        hx, hy = pos[kids[0]]
        if abs(hx - pos[boss][0]) < 1.0:  # the stack hangs right under its manager
            hx += STACK_INDENT
        spots = [(hx, hy + i * STACK_GAP) for i in range(len(kids))]
        mine = set(kids)
        if any(cells.overlaps(x, y, mine) for x, y in spots):
            continue
        for k, spot in zip(kids, spots, strict=True):
            pos[k] = spot


def _tighten_lane(pos: dict[str, Position], members: list[str]) -> None:
    """Our members one above the other, closer than rows of customer cards."""
    if len(members) < 2:
        return
    members = sorted(members, key=lambda m: pos[m][1])
    top = pos[members[0]][1]
    lane_x = pos[members[0]][0]
    if any(abs(pos[m][0] - lane_x) > 1e-6 for m in members):
        return
    for i, m in enumerate(members):
        pos[m] = (lane_x, top + i * MEMBER_STEP)
