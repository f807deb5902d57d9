"""Build the decision-chain graph of one account from plain :mod:`graph.types` data.

Graph shape
-----------
``G`` is an :class:`networkx.MultiDiGraph`.

Nodes
    ``"p:<id>"`` for a customer person (``kind="person"`` plus every
    :class:`~graph.types.PersonNode` field and ``insider_sources``, the number of
    channels that confirmed an insider's information) and ``"m:<id>"`` for one of
    our members (``kind="member"`` plus every :class:`~graph.types.MemberNode` field).
Edges
    * ``kind="reports_to"``: subordinate -> manager (person -> person);
    * ``kind="influence"``: person -> person, attribute ``strength``;
    * ``kind="relationship"``: member -> person, attributes ``strength``,
      ``last_contact`` and ``visit_level``.

Parallel edges are kept (two influence records between the same pair stay two
edges); the queries pick the strongest.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import fields
from typing import TYPE_CHECKING, Any

from graph.types import MemberNode, OrgData, PersonNode

if TYPE_CHECKING:
    import networkx as nx  # type: ignore[import-untyped, unused-ignore]

__all__ = [
    "MEMBER",
    "PERSON",
    "build_org_graph",
    "member_key",
    "person_key",
    "release_views",
    "split_key",
]

PERSON = "person"
MEMBER = "member"

_PERSON_FIELDS = tuple(f.name for f in fields(PersonNode))
_MEMBER_FIELDS = tuple(f.name for f in fields(MemberNode))


def person_key(person_id: int) -> str:
    """Node key of a customer person.

    >>> person_key(7)
    'p:7'
    """
    return f"p:{person_id}"


def member_key(member_id: int) -> str:
    """Node key of one of our members.

    >>> member_key(3)
    'm:3'
    """
    return f"m:{member_id}"


def split_key(key: str) -> tuple[str, int]:
    """Return ``(kind, id)`` of a node key.

    >>> split_key("p:7")
    ('person', 7)
    >>> split_key("m:3")
    ('member', 3)
    """
    prefix, _, number = key.partition(":")
    if prefix == "p":
        return PERSON, int(number)
    if prefix == "m":
        return MEMBER, int(number)
    raise ValueError(f"not a node key: {key!r}")


def person_attrs(p: PersonNode, sources: Mapping[int, int]) -> dict[str, Any]:
    """The node attributes of person ``p`` in :func:`build_org_graph`'s graph
    (``sources``: :attr:`OrgData.insider_sources`); an edit of one person's fields
    updates their node with these instead of building the graph again."""
    attrs: dict[str, Any] = {name: getattr(p, name) for name in _PERSON_FIELDS}
    attrs["kind"] = PERSON
    attrs["insider_sources"] = int(sources.get(p.id, 0))
    return attrs


def build_org_graph(data: OrgData) -> nx.MultiDiGraph:
    """Build the :class:`networkx.MultiDiGraph` of an account.

    Parameters
    ----------
    data : OrgData
        People, members, influences and relationships of one account (or deal).

    Returns
    -------
    G : networkx.MultiDiGraph
        See the module docstring for nodes and edges. ``G.graph["outside_managers"]``
        lists ``(person id, manager id)`` pairs whose manager is not among
        ``data.people``; such a person is a root of the org chart.
        ``G.graph["visits"]`` is ``data.visits`` (the deal's activities, for the
        senior-visit rule; ``None`` for an account).

    Raises
    ------
    ValueError
        If an influence or relationship names a person or member not in ``data``.

    Examples
    --------
    >>> from graph.types import OrgData, PersonNode, MemberNode, InfluenceEdge
    >>> from graph.types import RelationshipEdge
    >>> data = OrgData(
    ...     people=[PersonNode(1, "Wang", role="KDM"), PersonNode(2, "Li", manager_id=1)],
    ...     members=[MemberNode(10, "Zhao")],
    ...     influences=[InfluenceEdge(2, 1, 0.8)],
    ...     relationships=[RelationshipEdge(10, 2, 0.6)],
    ... )
    >>> G = build_org_graph(data)
    >>> sorted(G.nodes)
    ['m:10', 'p:1', 'p:2']
    >>> G.nodes["p:1"]["role"], G.nodes["m:10"]["kind"]
    ('KDM', 'member')
    >>> sorted((u, v, d["kind"]) for u, v, d in G.edges(data=True))
    [('m:10', 'p:2', 'relationship'), ('p:2', 'p:1', 'influence'), ('p:2', 'p:1', 'reports_to')]
    """
    import networkx as nx  # type: ignore[import-untyped, unused-ignore]  # loaded on first use

    G = nx.MultiDiGraph()
    outside: list[tuple[int, int]] = []
    G.graph["outside_managers"] = outside
    G.graph["visits"] = data.visits

    sources = data.insider_sources
    person_nodes = [(person_key(p.id), person_attrs(p, sources)) for p in data.people]
    G.add_nodes_from(person_nodes)
    G.add_nodes_from(
        (member_key(m.id), {"kind": MEMBER, **{name: getattr(m, name) for name in _MEMBER_FIELDS}})
        for m in data.members
    )

    person_ids = {p.id for p in data.people}
    member_ids = {m.id for m in data.members}
    edges: list[tuple[str, str, dict[str, object]]] = []

    for p in data.people:
        if p.manager_id is None or p.manager_id == p.id:
            continue
        if p.manager_id in person_ids:
            edges.append((person_key(p.id), person_key(p.manager_id), {"kind": "reports_to"}))
        else:
            outside.append((p.id, p.manager_id))

    for e in data.influences:
        for pid in (e.source, e.target):
            if pid not in person_ids:
                raise ValueError(f"influence {e.source}->{e.target}: unknown person {pid}")
        if e.source != e.target:
            attrs = {"kind": "influence", "strength": e.strength}
            edges.append((person_key(e.source), person_key(e.target), attrs))

    for r in data.relationships:
        if r.member_id not in member_ids:
            raise ValueError(f"relationship {r.member_id}->{r.person_id}: unknown member")
        if r.person_id not in person_ids:
            raise ValueError(f"relationship {r.member_id}->{r.person_id}: unknown person")
        attrs = {
            "kind": "relationship",
            "strength": r.strength,
            "last_contact": r.last_contact,
            "visit_level": r.visit_level,
        }
        edges.append((member_key(r.member_id), person_key(r.person_id), attrs))
    G.add_edges_from(edges)
    return G


_GRAPH_DATA = frozenset({"graph", "_node", "_adj", "_pred", "_succ", "__networkx_cache__"})


def release_views(G: nx.MultiDiGraph | None) -> None:
    """Drop the views networkx caches on ``G`` (``G.nodes``, ``G.adj``, ``G.edges``…).

    Each view refers back to its graph, so a graph whose views were asked for is a
    reference cycle: once dropped, only a collection by the garbage collector frees
    it, and at 20,000 people that collection walks a million dicts while every
    thread waits (hundreds of milliseconds). Without its views a dropped graph is
    freed at once by reference counting. ``G`` stays usable: a view is made again
    when next asked for.

    >>> from graph.types import OrgData, PersonNode
    >>> G = build_org_graph(OrgData(people=[PersonNode(1, "Wang")]))
    >>> list(G.nodes)
    ['p:1']
    >>> release_views(G)
    >>> "nodes" in vars(G), list(G.nodes)
    (False, ['p:1'])
    """
    if G is None:
        return
    state = vars(G)
    for name in [n for n in state if n not in _GRAPH_DATA]:
        del state[name]
