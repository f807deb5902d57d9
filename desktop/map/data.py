"""The plain picture of one account's map: nodes, edges, positions, and what they tell.

The page reads :class:`~graph.types.OrgData` through ``ctx.read`` and turns it
here into a :class:`MapData` (built once per change) and a :class:`MapAnalysis`
(coverage, risks, next visits). The scene draws from these; its items keep only
node keys. Nothing here holds an ORM object or a session.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from desktop.map.layout import leaf_stacks, map_layout
from graph import (
    Risk,
    RoleCoverage,
    Route,
    RouteAnswer,
    Suggestion,
    best_route_to_kdm,
    build_org_graph,
    coverage,
    influence_paths,
    member_key,
    next_visits,
    person_key,
    risks,
)
from graph.build import person_attrs
from graph.types import OrgData, PersonNode

if TYPE_CHECKING:
    import networkx as nx  # type: ignore[import-untyped, unused-ignore]

Position = tuple[float, float]

REPORTS_TO = "reports_to"
INFLUENCE = "influence"
RELATIONSHIP = "relationship"
EDGE_KINDS = (REPORTS_TO, INFLUENCE, RELATIONSHIP)


@dataclass(frozen=True, slots=True)
class NodeInfo:
    """What a card shows. ``kind`` is ``"person"`` or ``"member"``."""

    key: str
    kind: str
    id: int
    name: str
    title: str = ""
    role: str | None = None
    support: int = 0
    competitor: str | None = None
    insider: bool = False
    coach: bool = False
    placed: bool = False
    member_role: str | None = None

    @property
    def is_member(self) -> bool:
        return self.kind == "member"


@dataclass(frozen=True, slots=True)
class EdgeInfo:
    """One line of the map: ``source`` and ``target`` are node keys.

    reports-to runs subordinate -> manager; influence source -> target;
    relationship member -> person.
    """

    kind: str
    source: str
    target: str
    strength: float | None = None


@dataclass(frozen=True)
class MapData:
    """Everything the scene draws for one account (or deal)."""

    account_id: int | None = None
    deal_id: int | None = None
    stage: str | None = None
    nodes: dict[str, NodeInfo] = field(default_factory=dict)
    edges: tuple[EdgeInfo, ...] = ()
    positions: dict[str, Position] = field(default_factory=dict)
    org: OrgData = field(default_factory=OrgData)
    graph: Any = None  # networkx.MultiDiGraph, built once per change
    stacked: frozenset[str] = frozenset()
    """People drawn in a stack under their manager (joined by a side bracket)."""

    def people(self) -> list[NodeInfo]:
        return [n for n in self.nodes.values() if not n.is_member]

    def members(self) -> list[NodeInfo]:
        return [n for n in self.nodes.values() if n.is_member]


def build_map_data(
    org: OrgData,
    *,
    account_id: int | None = None,
    deal_id: int | None = None,
    stage: str | None = None,
    layout: bool = True,
) -> MapData:
    """Graph, nodes, edges and positions (saved ones, the rest from :func:`map_layout`)."""
    G = build_org_graph(org)
    nodes: dict[str, NodeInfo] = {person_key(p.id): person_info(p) for p in org.people}
    for m in org.members:
        key = member_key(m.id)
        nodes[key] = NodeInfo(key, "member", m.id, m.name, member_role=m.role)
    edges = edges_of(org)
    positions = map_layout(G) if layout else {}
    stacked = frozenset(k for kids in leaf_stacks(G).values() for k in kids)
    return MapData(account_id, deal_id, stage, nodes, edges, positions, org, G, stacked)


def person_info(p: PersonNode) -> NodeInfo:
    """What the card of person ``p`` shows."""
    return NodeInfo(
        person_key(p.id),
        "person",
        p.id,
        p.name,
        p.title,
        p.role,
        p.support,
        p.competitor,
        p.insider,
        p.coach,
        p.x is not None,
    )


LAYOUT_FIELDS = ("manager_id", "department", "seniority", "insider")
"""A person's fields the layout or the graph's structure read: a change of one of
these needs the whole map built again (:func:`patch_people` declines it)."""


@dataclass(frozen=True)
class Patch:
    """What :func:`patch_people` changed: the new data and the keys whose card is new,
    gone, moved or shows something else."""

    data: MapData
    added: frozenset[str] = frozenset()
    removed: frozenset[str] = frozenset()
    moved: frozenset[str] = frozenset()
    repainted: frozenset[str] = frozenset()
    relayout: bool = False
    """A card was placed by hand for the first time or given back to the layout: the
    layout must run again (others may move); until then it keeps its old place."""


def patch_people(
    data: MapData, changed: Mapping[int, PersonNode], gone: Iterable[int] = ()
) -> Patch | None:
    """``data`` with a few people edited, added (``changed``, as read now) or removed
    (``gone``), without building the graph again; None when the edit changes the
    graph's lines or the layout's input (a manager, a department, an insider, a
    person with links removed, a newcomer with a manager or not placed): then the
    map is built afresh. A card placed for the first time or given back to the
    layout asks for a new layout (``Patch.relayout``), nothing more.

    The result is what :func:`build_map_data` would make of the new people (the graph
    of ``data`` is updated in place: its nodes' attributes, added or removed nodes).
    """
    G = data.graph
    if G is None:
        return None
    old = people_by_id(data.org)
    relayout = False
    gone_ids = {int(i) for i in gone if int(i) in old} - set(changed)
    for pid in gone_ids:
        key = person_key(pid)
        if key in G and G.degree(key):
            return None
        relayout = True  # a root less: the layout's unplaced trees may shift
    for pid, p in changed.items():
        before = old.get(pid)
        if before is None:
            if p.manager_id is not None or p.x is None or p.y is None or p.insider:
                return None
            relayout = True  # a new root: the layout's unplaced trees may shift
            continue
        if any(getattr(before, f) != getattr(p, f) for f in LAYOUT_FIELDS):
            return None
        if (p.x, p.y) != (before.x, before.y) and (p.x is None or before.x is None):
            relayout = True  # given back to the layout, or taken from it (others may move)
    sources = data.org.insider_sources
    added: set[str] = set()
    moved: set[str] = set()
    repainted: set[str] = set()
    nodes = dict(data.nodes)
    positions = dict(data.positions)
    # build_map_data puts people before members: the members (last) step aside while
    # newcomers join the people
    members: dict[str, NodeInfo] = {}
    if any(pid not in old for pid in changed):
        for key in reversed(list(nodes)[-len(data.org.members) - 1 :]):
            if nodes[key].kind != "member":
                break
            members[key] = nodes.pop(key)
    for pid, p in changed.items():
        key = person_key(pid)
        before = old.get(pid)
        info = person_info(p)
        if before is None:
            G.add_node(key, **person_attrs(p, sources))
            added.add(key)
        else:
            G.nodes[key].update(person_attrs(p, sources))
            if info != nodes.get(key):
                repainted.add(key)
        nodes[key] = info
        if p.x is not None and p.y is not None and positions.get(key) != (p.x, p.y):
            positions[key] = (p.x, p.y)
            moved.add(key)
    nodes.update(reversed(members.items()))
    removed = {person_key(pid) for pid in gone_ids}
    for key in removed:
        G.remove_node(key)
        nodes.pop(key, None)
        positions.pop(key, None)
    new = replace(
        data, nodes=nodes, positions=positions, org=_people_after(data.org, changed, gone_ids)
    )
    return Patch(
        new, frozenset(added), frozenset(removed), frozenset(moved), frozenset(repainted), relayout
    )


_BY_ID: dict[int, tuple[OrgData, dict[int, PersonNode], bool]] = {}
"""The last few :class:`OrgData`'s people by id, and whether they are in id order."""


def _known(org: OrgData) -> tuple[OrgData, dict[int, PersonNode], bool]:
    found = _BY_ID.get(id(org))
    if found is None or found[0] is not org:
        people = org.people
        ordered = all(a.id < b.id for a, b in pairwise(people))
        found = _remember(org, {p.id: p for p in people}, ordered)
    return found


def _remember(
    org: OrgData, index: dict[int, PersonNode], ordered: bool
) -> tuple[OrgData, dict[int, PersonNode], bool]:
    if len(_BY_ID) >= 4:
        _BY_ID.clear()
    found = _BY_ID[id(org)] = (org, index, ordered)
    return found


def people_by_id(org: OrgData) -> Mapping[int, PersonNode]:
    """``org``'s people by id (made once per ``org``, or carried over by a patch)."""
    return _known(org)[1]


def _people_after(org: OrgData, changed: Mapping[int, PersonNode], gone: set[int]) -> OrgData:
    """``org`` with ``changed`` people put in and ``gone`` taken out, in id order. The
    usual edit replaces a few in place or appends a newcomer: no sorting, and the
    index by id is carried over (at 20,000 people each pass over them costs)."""
    _org, old, ordered = _known(org)
    people = org.people
    newcomers = sorted((p for pid, p in changed.items() if pid not in old), key=lambda p: p.id)
    if gone or not ordered or (newcomers and people and newcomers[0].id <= people[-1].id):
        return replace(
            org,
            people=tuple(
                sorted(
                    [changed.get(p.id, p) for p in people if p.id not in gone] + newcomers,
                    key=lambda p: p.id,
                )
            ),
        )
    out = list(people)
    for pid, p in changed.items():
        if pid in old:
            out[_index_of(people, pid)] = p
    new = replace(org, people=tuple(out + newcomers))
    _remember(new, {**old, **changed}, True)
    return new


def _index_of(people: tuple[PersonNode, ...], pid: int) -> int:
    """Where person ``pid`` is in ``people`` (sorted by id: a binary search)."""
    at = bisect_left(people, pid, key=lambda p: p.id)
    if at < len(people) and people[at].id == pid:
        return at
    return next(i for i, p in enumerate(people) if p.id == pid)


def relaid(patch: Patch, positions: Mapping[str, Position]) -> Patch:
    """``patch`` with the positions of a new layout (:func:`map_layout` of its graph):
    the cards whose place differs are moved too."""
    data = patch.data
    moved = {k for k, at in positions.items() if k in data.nodes and data.positions.get(k) != at}
    new = replace(data, positions={**data.positions, **positions})
    return replace(patch, data=new, moved=patch.moved | moved, relayout=False)


def edges_of(org: OrgData) -> tuple[EdgeInfo, ...]:
    present = {p.id for p in org.people}
    out: list[EdgeInfo] = []
    for p in org.people:
        if p.manager_id is not None and p.manager_id in present and p.manager_id != p.id:
            out.append(EdgeInfo(REPORTS_TO, person_key(p.id), person_key(p.manager_id)))
    seen: dict[tuple[str, str], int] = {}
    for e in org.influences:
        pair = (person_key(e.source), person_key(e.target))
        if pair in seen:  # parallel records: the strongest speaks
            i = seen[pair]
            if (out[i].strength or 0.0) >= e.strength:
                continue
            out[i] = EdgeInfo(INFLUENCE, *pair, e.strength)
            continue
        seen[pair] = len(out)
        out.append(EdgeInfo(INFLUENCE, *pair, e.strength))
    for r in org.relationships:
        out.append(
            EdgeInfo(RELATIONSHIP, member_key(r.member_id), person_key(r.person_id), r.strength)
        )
    return tuple(out)


# -- what the map tells ------------------------------------------------------------


@dataclass(frozen=True)
class MapAnalysis:
    """Coverage of the chain, risks with their rules, and whom to see next."""

    coverage: dict[str, RoleCoverage] = field(default_factory=dict)
    risks: tuple[Risk, ...] = ()
    visits: tuple[Suggestion, ...] = ()


def analyse(data: MapData, today: date, *, visits: int = 8) -> MapAnalysis:
    G = data.graph
    if G is None:
        return MapAnalysis()
    return MapAnalysis(
        coverage(G),
        tuple(risks(G, stage=data.stage, today=today)),
        tuple(next_visits(G, limit=visits)),
    )


OUR_SIDE = "ours"
"""Route source meaning "the strongest of our members, insiders and coaches"."""
THE_KDM = "kdm"
"""Route target meaning "the key decision maker"."""


def find_routes(G: nx.MultiDiGraph, source: str, target: str, k: int) -> RouteAnswer:
    """Routes for the route panel: from our side or a node, to the KDM or a node."""
    if G is None:
        return RouteAnswer((), "no_kdm")
    if source == OUR_SIDE and target == THE_KDM:
        return best_route_to_kdm(G, k)
    from graph import find_kdm

    goal = find_kdm(G) if target == THE_KDM else target
    if goal is None or goal not in G:
        return RouteAnswer((), "no_kdm")
    if source == OUR_SIDE:
        return best_route_to_kdm_like(G, goal, k)
    if source not in G:
        return RouteAnswer((), "no_source", goal)
    routes: list[Route] = influence_paths(G, source, goal, k)
    return RouteAnswer(tuple(routes), "ok" if routes else "no_route", goal, (source,))


def our_sources(G: nx.MultiDiGraph) -> list[str]:
    """Our members, then the customer's insiders and coaches (where our routes start)."""
    out: list[tuple[bool, int, str]] = []
    for n, d in G.nodes(data=True):
        kind = d.get("kind")
        if kind == "member" or (kind == "person" and (d.get("insider") or d.get("coach"))):
            out.append((kind != "member", int(d.get("id", 0) or 0), n))
    return [n for *_, n in sorted(out)]


def best_route_to_kdm_like(G: nx.MultiDiGraph, goal: str, k: int) -> RouteAnswer:
    """From our side to any person: each starting point's best routes, merged.

    Like :func:`graph.best_route_to_kdm`, a route never passes through another
    starting point (it would be stronger begun there).
    """
    sources = [s for s in our_sources(G) if s != goal]
    if not sources:
        return RouteAnswer((), "no_source", goal)
    starts = set(sources)
    found: list[Route] = []
    for s in sources:
        for r in influence_paths(G, s, goal, k + 2):
            if not starts.intersection(r.nodes[1:]):
                found.append(r)
    found.sort(key=lambda r: -r.strength)
    routes = tuple(found[:k])
    return RouteAnswer(routes, "ok" if routes else "no_route", goal, tuple(sources))
