"""How well we cover each role of the customer's decision chain (METHODOLOGY §2)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from graph.types import ROLES, VISIT_LEVELS

if TYPE_CHECKING:
    import networkx as nx  # type: ignore[import-untyped, unused-ignore]

__all__ = ["RoleCoverage", "coverage", "relationships_by_person", "visit_rank"]


def visit_rank(level: str | None) -> int:
    """Rank of a visit level: -1 for none, then rep < manager < executive.

    >>> [visit_rank(v) for v in (None, "rep", "manager", "executive")]
    [-1, 0, 1, 2]
    """
    return -1 if level is None else VISIT_LEVELS.index(level)


def relationships_by_person(G: nx.MultiDiGraph) -> dict[str, list[tuple[str, dict[str, Any]]]]:
    """Our relationship edges grouped by customer person: ``{person: [(member, attrs)]}``.

    Only edges of ``kind="relationship"`` leaving a ``kind="member"`` node count.
    Members are few, so this reads only their out-edges.

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("m:1", kind="member")
    >>> _ = G.add_edge("m:1", "p:1", kind="relationship", strength=0.5)
    >>> relationships_by_person(G)
    {'p:1': [('m:1', {'kind': 'relationship', 'strength': 0.5})]}
    """
    out: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    for m, d in G.nodes(data=True):
        if d.get("kind") == "member":
            for _, p, e in G.out_edges(m, data=True):
                if e.get("kind") == "relationship":
                    out.setdefault(p, []).append((m, e))
    return out


@dataclass(frozen=True, slots=True)
class RoleCoverage:
    """Coverage of one decision-chain role.

    Attributes
    ----------
    role : str
        One of :data:`graph.types.ROLES`.
    known : bool
        At least one person has this role.
    people : tuple of str
        Node keys of the people with this role, by person id.
    best_support, worst_support : int or None
        Highest and lowest support (-2..2) among them; ``None`` if nobody is known.
    visit_level : str or None
        Highest level of any of our relationships to them (rep < manager <
        executive); ``None`` when we have no relationship with anyone in the role.
    contacted : tuple of str
        Those of ``people`` we hold at least one relationship with.
    insider, coach : bool
        One of them is our insider / our coach.
    competitor_backers : tuple of str
        Those of ``people`` who back a competitor.
    """

    role: str
    known: bool = False
    people: tuple[str, ...] = ()
    best_support: int | None = None
    worst_support: int | None = None
    visit_level: str | None = None
    contacted: tuple[str, ...] = ()
    insider: bool = False
    coach: bool = False
    competitor_backers: tuple[str, ...] = ()


def coverage(G: nx.MultiDiGraph) -> dict[str, RoleCoverage]:
    """Coverage of every decision-chain role.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        Graph from :func:`graph.build.build_org_graph`.

    Returns
    -------
    dict
        Role (``"KDM"``, ``"KI"``, ``"KU"``, ``"LEAD"``, ``"EVAL"``, in that order)
        -> :class:`RoleCoverage`. Every role is present, known or not.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("p:1", kind="person", id=1, role="KDM", support=-1)
    >>> G.add_node("p:2", kind="person", id=2, role="KU", support=1, insider=True)
    >>> G.add_node("m:1", kind="member", id=1)
    >>> _ = G.add_edge("m:1", "p:2", kind="relationship", strength=0.5, visit_level="manager")
    >>> cov = coverage(G)
    >>> cov["KDM"].known, cov["KDM"].best_support, cov["KDM"].visit_level
    (True, -1, None)
    >>> cov["KU"].visit_level, cov["KU"].insider, cov["KI"].known
    ('manager', True, False)
    """
    by_role: dict[str, list[tuple[int, str]]] = {role: [] for role in ROLES}
    for n, d in G.nodes(data=True):
        if d.get("kind") == "person" and d.get("role") in by_role:
            by_role[d["role"]].append((int(d.get("id", 0)), n))

    held = relationships_by_person(G)
    result: dict[str, RoleCoverage] = {}
    for role in ROLES:
        keys = tuple(n for _, n in sorted(by_role[role]))
        if not keys:
            result[role] = RoleCoverage(role)
            continue
        supports = [int(G.nodes[n].get("support", 0)) for n in keys]
        top = -1
        contacted: list[str] = []
        for n in keys:
            ranks = [visit_rank(d.get("visit_level", "rep")) for _, d in held.get(n, ())]
            if ranks:
                contacted.append(n)
                top = max(top, *ranks)
        result[role] = RoleCoverage(
            role=role,
            known=True,
            people=keys,
            best_support=max(supports),
            worst_support=min(supports),
            visit_level=VISIT_LEVELS[top] if top >= 0 else None,
            contacted=tuple(contacted),
            insider=any(bool(G.nodes[n].get("insider")) for n in keys),
            coach=any(bool(G.nodes[n].get("coach")) for n in keys),
            competitor_backers=tuple(n for n in keys if G.nodes[n].get("competitor")),
        )
    return result
