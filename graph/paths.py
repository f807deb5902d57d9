"""Influence routes through the decision chain.

A *route* is a simple path along edges that carry influence. Its strength is the
product of its hops' strengths (0..1), so the strongest routes are the shortest
paths for the weight ``-log(strength)``.

Which edges carry influence, and how strongly:

* ``influence`` person -> person: the edge's ``strength``;
* ``relationship`` member -> person: the edge's ``strength``;
* ``reports_to`` subordinate -> manager: a subordinate can reach their manager with
  :data:`REPORTS_UP_STRENGTH`; the same edge read downward (manager sways
  subordinate) has :data:`REPORTS_DOWN_STRENGTH` and the hop kind ``"manages"``.

Parallel edges between two nodes collapse to the strongest one. Edges of strength
0 carry nothing and are dropped.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice, pairwise
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import networkx as nx  # type: ignore[import-untyped, unused-ignore]

__all__ = [
    "REPORTS_DOWN_STRENGTH",
    "REPORTS_UP_STRENGTH",
    "Route",
    "RouteAnswer",
    "best_route_to_kdm",
    "find_kdm",
    "influence_paths",
    "reach_to",
]

#: Strength of the hop subordinate -> manager (a subordinate can put a case to the boss).
REPORTS_UP_STRENGTH = 0.5
#: Strength of the hop manager -> subordinate (a manager sways their own people).
REPORTS_DOWN_STRENGTH = 0.6

#: Hop kinds a :class:`Route` can contain.
HOP_KINDS = ("influence", "relationship", "reports_to", "manages")

_SUPER_SOURCE = "\x00sources"

# node -> {neighbour: strength of the strongest hop}
_Strengths = dict[str, dict[str, float]]

# kind preference when two parallel hops are equally strong
_KIND_RANK = {"influence": 0, "relationship": 1, "reports_to": 2, "manages": 3}


@dataclass(frozen=True, slots=True)
class Route:
    """One route of influence.

    Attributes
    ----------
    nodes : tuple of str
        Node keys from the start of the route to its end.
    strength : float
        Product of the hop strengths (1.0 for a route of a single node).
    kinds : tuple of str
        Kind of each hop (``len(nodes) - 1`` items), one of ``"influence"``,
        ``"relationship"``, ``"reports_to"`` (up to the manager) and ``"manages"``
        (down to a subordinate).
    strengths : tuple of float
        Strength of each hop.
    """

    nodes: tuple[str, ...]
    strength: float
    kinds: tuple[str, ...] = ()
    strengths: tuple[float, ...] = ()

    @property
    def source(self) -> str:
        """First node of the route."""
        return self.nodes[0]

    @property
    def target(self) -> str:
        """Last node of the route."""
        return self.nodes[-1]


@dataclass(frozen=True, slots=True)
class RouteAnswer:
    """Answer of :func:`best_route_to_kdm`.

    Attributes
    ----------
    routes : tuple of Route
        Strongest first; empty unless ``reason == "ok"``.
    reason : str
        ``"ok"``; ``"no_kdm"`` (nobody has the KDM role); ``"no_source"`` (we have
        no member, insider or coach in the graph); ``"no_route"`` (none of them can
        reach the KDM).
    target : str or None
        Node key of the KDM that was aimed at.
    sources : tuple of str
        The starting points that were tried (our members, insiders and coaches).
    """

    routes: tuple[Route, ...]
    reason: str
    target: str | None = None
    sources: tuple[str, ...] = ()

    @property
    def found(self) -> bool:
        """True when at least one route was found."""
        return bool(self.routes)


def _node_not_found(node: str) -> Exception:
    import networkx as nx  # type: ignore[import-untyped, unused-ignore]

    error: Exception = nx.NodeNotFound(f"node {node!r} is not in the graph")
    return error


def _strengths(G: nx.MultiDiGraph) -> tuple[_Strengths, _Strengths]:
    """Collapse ``G`` to the strongest hop per ordered node pair.

    Returns ``(succ, pred)``: ``succ[u][v] == pred[v][u]`` is the strength of the
    strongest hop u -> v. One pass over the raw adjacency (``G.adjacency()``),
    for whole-graph questions (:func:`reach_to`); route searches use
    :func:`_lazy_hops`, which gives the same rows.
    """
    succ: _Strengths = {n: {} for n in G}
    pred: _Strengths = {n: {} for n in G}
    up, down = REPORTS_UP_STRENGTH, REPORTS_DOWN_STRENGTH
    downward: list[tuple[str, str]] = []  # (manager, subordinate)
    best: float
    for u, nbrs in G.adjacency():
        su = succ[u]
        for v, keydict in nbrs.items():
            if len(keydict) == 1:  # the common case, kept lean
                for d in keydict.values():
                    kind = d.get("kind")
                    if kind == "reports_to":
                        best = up
                        downward.append((v, u))
                    elif kind == "influence" or kind == "relationship":
                        best = d.get("strength", 0.0)
                    else:
                        best = 0.0
            else:
                best = 0.0
                for d in keydict.values():
                    kind = d.get("kind")
                    if kind == "reports_to":
                        downward.append((v, u))
                        if up > best:
                            best = up
                    elif kind == "influence" or kind == "relationship":
                        s = d.get("strength", 0.0)
                        if s > best:
                            best = s
            if best > 0.0 and u != v:
                if best > 1.0:
                    best = 1.0
                su[v] = best
                pred[v][u] = best
    for v, u in downward:
        sv = succ[v]
        if down > sv.get(u, 0.0) and u != v:
            sv[u] = down
            pred[u][v] = down
    return succ, pred


class _LazyHops(dict[str, dict[str, float]]):
    """Rows of :func:`_strengths` computed on first access.

    ``forward=True`` gives ``succ`` rows (hops leaving a node), ``False`` gives
    ``pred`` rows (hops entering it). A search touches only a part of the graph
    (about a sixth of it for three routes at 2,000 people), so reading just those
    nodes beats collapsing the whole graph. Hops *into* a ``blocked`` node are left
    out.
    """

    __slots__ = ("_ahead", "_behind", "_blocked", "_forward")

    def __init__(
        self,
        ahead: dict[str, dict[str, Any]],
        behind: dict[str, dict[str, Any]],
        *,
        forward: bool,
        blocked: frozenset[str] = frozenset(),
    ) -> None:
        super().__init__()
        self._ahead = ahead  # raw adjacency in the search direction
        self._behind = behind  # and against it
        self._forward = forward
        self._blocked = blocked

    def __missing__(self, v: str) -> dict[str, float]:
        row: dict[str, float] = {}
        if self._forward:
            blocked = self._blocked  # drop hops v -> blocked
        elif v in self._blocked:  # no hop enters a blocked node
            self[v] = row
            return row
        else:
            blocked = frozenset()
        up, down = REPORTS_UP_STRENGTH, REPORTS_DOWN_STRENGTH
        for w, keydict in self._ahead[v].items():
            if w == v or w in blocked:
                continue
            best = 0.0
            for d in keydict.values():
                kind = d.get("kind")
                if kind == "reports_to":
                    s = up
                elif kind == "influence" or kind == "relationship":
                    s = d.get("strength", 0.0)
                else:
                    continue
                if s > best:
                    best = s
            if best > 0.0:
                row[w] = min(best, 1.0)
        if down > 0.0:
            # the same reports-to edge read the other way: manager -> subordinate
            for w, keydict in self._behind[v].items():
                if w == v or w in blocked or row.get(w, 0.0) >= down:
                    continue
                if any(d.get("kind") == "reports_to" for d in keydict.values()):
                    row[w] = down
        self[v] = row
        return row


def _lazy_hops(
    G: nx.MultiDiGraph, blocked: frozenset[str] = frozenset()
) -> tuple[_LazyHops, _LazyHops]:
    """``(succ, pred)`` like :func:`_strengths`, filled in on demand."""
    # the raw adjacency dicts (no per-node views), through the public API
    out_edges = dict(G.adjacency())
    in_edges = dict(G.reverse(copy=False).adjacency())
    return (
        _LazyHops(out_edges, in_edges, forward=True, blocked=blocked),
        _LazyHops(in_edges, out_edges, forward=False, blocked=blocked),
    )


def _hop(G: nx.MultiDiGraph, u: str, v: str) -> tuple[float, str]:
    """Strength and kind of the strongest hop u -> v (ties by :data:`_KIND_RANK`)."""
    hops: list[tuple[float, str]] = []
    for d in G.get_edge_data(u, v, default={}).values():
        kind = d.get("kind")
        if kind == "reports_to":
            hops.append((REPORTS_UP_STRENGTH, "reports_to"))
        elif kind == "influence" or kind == "relationship":
            hops.append((min(float(d.get("strength", 0.0)), 1.0), kind))
    for d in G.get_edge_data(v, u, default={}).values():
        if d.get("kind") == "reports_to":
            hops.append((REPORTS_DOWN_STRENGTH, "manages"))
    return min(hops, key=lambda h: (-h[0], _KIND_RANK[h[1]]))


def _route(G: nx.MultiDiGraph, path: list[str]) -> Route:
    kinds: list[str] = []
    strengths: list[float] = []
    total = 1.0
    for u, v in pairwise(path):
        s, kind = _hop(G, u, v)
        kinds.append(kind)
        strengths.append(s)
        total *= s
    return Route(tuple(path), total, tuple(kinds), tuple(strengths))


def _strongest_path(
    succ: _Strengths,
    pred: _Strengths,
    source: str,
    target: str,
    ignore_nodes: set[str],
    ignore_edges: set[tuple[str, str]],
) -> tuple[float, list[str]] | None:
    """Bidirectional Dijkstra for the strongest (max-product) path.

    All strengths are in (0, 1], so a product never grows along a path and
    Dijkstra works on products directly (no ``-log``). Avoids ``ignore_nodes`` and
    the directed ``ignore_edges``. Returns ``(strength, path)`` or ``None``.
    """
    if source in ignore_nodes or target in ignore_nodes:
        return None
    if source == target:
        return 1.0, [source]
    push, pop = heapq.heappush, heapq.heappop
    done: tuple[set[str], set[str]] = (set(), set())
    seen: tuple[dict[str, float], dict[str, float]] = ({source: 1.0}, {target: 1.0})
    parent: tuple[dict[str, str], dict[str, str]] = ({}, {})
    fringe: tuple[list[tuple[float, str]], list[tuple[float, str]]] = (
        [(-1.0, source)],
        [(-1.0, target)],
    )
    adjacency = (succ, pred)
    best = 0.0
    meet: str | None = None
    side = 1
    while fringe[0] and fringe[1]:
        side = 1 - side
        neg, v = pop(fringe[side])
        mine = done[side]
        if v in mine:
            continue
        mine.add(v)
        here = -neg
        # the other side's products are <= 1, so nothing through v can beat `best`
        if here <= best or v in done[1 - side]:
            break
        my_seen, other_seen, my_parent = seen[side], seen[1 - side], parent[side]
        heap = fringe[side]
        for w, s in adjacency[side][v].items():
            if w in mine or w in ignore_nodes:
                continue
            if ignore_edges and ((v, w) if side == 0 else (w, v)) in ignore_edges:
                continue
            vw = here * s
            if vw > my_seen.get(w, 0.0):
                my_seen[w] = vw
                my_parent[w] = v
                push(heap, (-vw, w))
                there = other_seen.get(w)
                if there is not None and vw * there > best:
                    best, meet = vw * there, w
    if meet is None:
        return None
    path = [meet]
    node = meet
    while node != source:
        node = parent[0][node]
        path.append(node)
    path.reverse()
    node = meet
    while node != target:
        node = parent[1][node]
        path.append(node)
    return best, path


def _yen(succ: _Strengths, pred: _Strengths, source: str, target: str) -> Iterator[list[str]]:
    """Yen's k strongest simple paths, strongest first, produced lazily."""
    first = _strongest_path(succ, pred, source, target, set(), set())
    if first is None:
        return
    found: list[list[str]] = [first[1]]
    known: set[tuple[str, ...]] = {tuple(first[1])}
    candidates: list[tuple[float, int, list[str]]] = []
    counter = 0
    yield first[1]
    while True:
        prev = found[-1]
        root_strength = 1.0
        ignore_nodes: set[str] = set()
        for i in range(len(prev) - 1):
            spur = prev[i]
            root = prev[: i + 1]
            ignore_edges = {
                (p[i], p[i + 1]) for p in found if len(p) > i + 1 and p[: i + 1] == root
            }
            spur_path = _strongest_path(succ, pred, spur, target, ignore_nodes, ignore_edges)
            if spur_path is not None:
                path = root[:-1] + spur_path[1]
                key = tuple(path)
                if key not in known:
                    known.add(key)
                    counter += 1
                    strength = root_strength * spur_path[0]
                    heapq.heappush(candidates, (-strength, counter, path))
            ignore_nodes.add(spur)
            root_strength *= succ[spur][prev[i + 1]]
        if not candidates:
            return
        found.append(heapq.heappop(candidates)[2])
        yield found[-1]


def _k_routes(
    G: nx.MultiDiGraph, succ: _Strengths, pred: _Strengths, source: str, target: str, k: int
) -> list[Route]:
    routes: list[Route] = []
    if k <= 0:
        return routes
    for path in islice(_yen(succ, pred, source, target), k):
        if path[0] == _SUPER_SOURCE:
            path = path[1:]
        routes.append(_route(G, path))
    routes.sort(key=lambda r: -r.strength)  # stable; only float noise can reorder
    return routes


def influence_paths(G: nx.MultiDiGraph, source: str, target: str, k: int = 3) -> list[Route]:
    """Return the ``k`` strongest simple routes from ``source`` to ``target``.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        Graph from :func:`graph.build.build_org_graph`.
    source, target : str
        Node keys (``"p:<id>"`` or ``"m:<id>"``).
    k : int
        Maximum number of routes.

    Returns
    -------
    list of Route
        Strongest first; ``[]`` when ``target`` cannot be reached from ``source``.
        ``source == target`` gives one route of a single node and strength 1.

    Raises
    ------
    networkx.NodeNotFound
        If ``source`` or ``target`` is not in ``G``.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_edge("m:1", "p:1", kind="relationship", strength=0.9)
    0
    >>> G.add_edge("p:1", "p:2", kind="influence", strength=0.5)
    0
    >>> G.add_edge("p:1", "p:2", kind="reports_to")  # p:1 reports to p:2 (0.5 up)
    1
    >>> G.add_edge("m:1", "p:2", kind="relationship", strength=0.3)
    0
    >>> [(r.nodes, round(r.strength, 2)) for r in influence_paths(G, "m:1", "p:2")]
    [(('m:1', 'p:1', 'p:2'), 0.45), (('m:1', 'p:2'), 0.3)]
    >>> influence_paths(G, "p:2", "m:1")
    []
    """
    for node in (source, target):
        if node not in G:
            raise _node_not_found(node)
    succ, pred = _lazy_hops(G)
    return _k_routes(G, succ, pred, source, target, k)


def find_kdm(G: nx.MultiDiGraph) -> str | None:
    """Node key of the key decision maker: the most senior person with role KDM.

    Ties go to the lowest person id; ``None`` when nobody has the KDM role.

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("p:1", kind="person", id=1, role="KDM", seniority=2)
    >>> G.add_node("p:2", kind="person", id=2, role="KDM", seniority=3)
    >>> find_kdm(G)
    'p:2'
    """
    best: tuple[int, int] | None = None
    best_key: str | None = None
    for n, d in G.nodes(data=True):
        if d.get("kind") == "person" and d.get("role") == "KDM":
            rank = (-int(d.get("seniority", 0)), int(d.get("id", 0)))
            if best is None or rank < best:
                best, best_key = rank, n
    return best_key


def _our_sources(G: nx.MultiDiGraph) -> list[str]:
    """Our members, then insiders and coaches, each by id."""
    out: list[tuple[int, int, str]] = []
    for n, d in G.nodes(data=True):
        kind = d.get("kind")
        if kind == "member" or (kind == "person" and (d.get("insider") or d.get("coach"))):
            out.append((kind != "member", int(d.get("id", 0) or 0), n))
    return [n for *_, n in sorted(out)]


def best_route_to_kdm(G: nx.MultiDiGraph, k: int = 3) -> RouteAnswer:
    """The ``k`` strongest routes from our side to the key decision maker.

    Starting points are our members and the customer's insiders and coaches; the
    target is :func:`find_kdm`. All starting points are searched at once through a
    virtual source, so the answer mixes routes from different starting points.
    Routes never pass *through* another starting point (such a route is never
    stronger than the same route begun at that point). When the KDM is our insider
    or coach, the first route is the KDM alone, of strength 1.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        Graph from :func:`graph.build.build_org_graph`.
    k : int
        Maximum number of routes.

    Returns
    -------
    RouteAnswer
        ``reason`` is ``"ok"``, ``"no_kdm"``, ``"no_source"`` or ``"no_route"``.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("m:1", kind="member")
    >>> G.add_node("p:1", kind="person", id=1, role="KU", insider=True)
    >>> G.add_node("p:2", kind="person", id=2, role="KDM", seniority=3)
    >>> best_route_to_kdm(G).reason
    'no_route'
    >>> _ = G.add_edge("p:1", "p:2", kind="influence", strength=0.4)
    >>> _ = G.add_edge("m:1", "p:2", kind="relationship", strength=0.2)
    >>> answer = best_route_to_kdm(G)
    >>> answer.reason, [(r.nodes, r.strength) for r in answer.routes]
    ('ok', [(('p:1', 'p:2'), 0.4), (('m:1', 'p:2'), 0.2)])
    """
    target = find_kdm(G)
    if target is None:
        return RouteAnswer((), "no_kdm")
    sources = _our_sources(G)
    if not sources:
        return RouteAnswer((), "no_source", target)
    blocked = frozenset(sources) - {target}  # never route *through* a starting point
    succ, pred = _lazy_hops(G, blocked)
    succ[_SUPER_SOURCE] = dict.fromkeys(sources, 1.0)
    pred[_SUPER_SOURCE] = {}
    for s in sources:
        pred[s][_SUPER_SOURCE] = 1.0
    routes = _k_routes(G, succ, pred, _SUPER_SOURCE, target, k)
    reason = "ok" if routes else "no_route"
    return RouteAnswer(tuple(routes), reason, target, tuple(sources))


def reach_to(
    G: nx.MultiDiGraph, target: str, nodes: Iterable[str] | None = None
) -> dict[str, float]:
    """Strength of the strongest route from every node to ``target``.

    One Dijkstra run on the reversed graph; strengths are exact products (no log
    round trip). Nodes that cannot reach ``target`` are left out; ``target``
    itself maps to 1.0.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        Graph from :func:`graph.build.build_org_graph`.
    target : str
        Node key.
    nodes : iterable of str, optional
        Keep only these nodes in the answer.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("p:1", "p:2", kind="influence", strength=0.5)
    >>> _ = G.add_edge("p:2", "p:3", kind="influence", strength=0.8)
    >>> reach_to(G, "p:3")
    {'p:3': 1.0, 'p:2': 0.8, 'p:1': 0.4}
    """
    if target not in G:
        raise _node_not_found(target)
    _, pred = _strengths(G)
    best: dict[str, float] = {}
    heap: list[tuple[float, str]] = [(-1.0, target)]
    while heap:
        neg, v = heapq.heappop(heap)
        if v in best:
            continue
        strength = -neg
        best[v] = strength
        for u, s in pred[v].items():
            if u not in best:
                heapq.heappush(heap, (-strength * s, u))
    if nodes is not None:
        wanted = set(nodes)
        return {n: s for n, s in best.items() if n in wanted}
    return best
