"""Who to visit next: weight on the KDM times room to win the person over."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING

from graph.coverage import relationships_by_person
from graph.paths import find_kdm, reach_to

if TYPE_CHECKING:
    import networkx as nx  # type: ignore[import-untyped, unused-ignore]

__all__ = ["REASONS", "Suggestion", "next_visits"]

#: Reason codes of a :class:`Suggestion`, in priority order (the first that applies).
#:
#: ``kdm``
#:     the key decision maker (P5.EXIT.5);
#: ``backs_competitor``
#:     backs a competitor (P6.RULE.1);
#: ``opponent``
#:     opposes us (support < 0);
#: ``not_contacted``
#:     nobody on our side holds a relationship with the person;
#: ``raise_support``
#:     neutral or mild supporter who sways the KDM;
#: ``find_kdm``
#:     no KDM is known yet: senior people can tell us who decides (P3.EXIT.3).
REASONS: tuple[str, ...] = (
    "kdm",
    "backs_competitor",
    "opponent",
    "not_contacted",
    "raise_support",
    "find_kdm",
)


@dataclass(frozen=True, slots=True)
class Suggestion:
    """One person worth visiting.

    Attributes
    ----------
    person : str
        Node key of the customer person.
    score : float
        ``influence * room``; the list is sorted by it.
    influence : float
        Strength of the person's strongest route to the KDM (1.0 for the KDM).
        Without a KDM it is ``(seniority + 1) / 4``.
    room : float
        Room to improve: ``(2 - support) / 4`` (1.0 strong opponent .. 0 strong
        supporter).
    reason : str
        One of :data:`REASONS`.
    detail : Mapping[str, object]
        ``role``, ``support``, ``competitor``, ``seniority``; ``via`` (node key of
        our member with the strongest relationship to the person, or ``None``);
        ``visit_level`` (the level the visit should be made at: executive for a KDM
        or top manager, manager for senior managers and KI/KU managers, else rep);
        ``kdm`` (node key of the KDM or ``None``).
    """

    person: str
    score: float
    influence: float
    room: float
    reason: str
    detail: Mapping[str, object] = field(default_factory=lambda: MappingProxyType({}))


def _level_for(role: object, seniority: int) -> str:
    if role == "KDM" or seniority >= 3:
        return "executive"
    if seniority >= 2 or (role in ("KI", "KU") and seniority >= 1):
        return "manager"
    return "rep"


def next_visits(G: nx.MultiDiGraph, *, limit: int = 10) -> list[Suggestion]:
    """Rank customer people by how much a visit could move the deal.

    ``score = influence on the KDM × room to improve``, where influence is the
    strength of the person's strongest route to the KDM (see
    :func:`graph.paths.reach_to`; 1.0 for the KDM itself) and room is
    ``(2 - support) / 4``. People with no route to the KDM, and strong supporters,
    score 0 and are left out. When no KDM is known, seniority stands in for
    influence and every reason is ``"find_kdm"``.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        Graph from :func:`graph.build.build_org_graph`.
    limit : int
        Maximum number of suggestions.

    Returns
    -------
    list of Suggestion
        Highest score first; ties by influence, then person id.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("p:1", kind="person", id=1, role="KDM", support=1, seniority=3)
    >>> G.add_node("p:2", kind="person", id=2, role="KI", support=-2, seniority=2)
    >>> G.add_node("p:3", kind="person", id=3, support=0)
    >>> _ = G.add_edge("p:2", "p:1", kind="influence", strength=0.8)
    >>> _ = G.add_edge("p:3", "p:2", kind="influence", strength=0.5)
    >>> [(s.person, round(s.score, 2), s.reason) for s in next_visits(G)]
    [('p:2', 0.8, 'opponent'), ('p:1', 0.25, 'kdm'), ('p:3', 0.2, 'not_contacted')]
    """
    if limit <= 0:
        return []
    nodes = G.nodes
    people = [n for n, d in nodes(data=True) if d.get("kind") == "person"]
    kdm = find_kdm(G)
    if kdm is not None:
        reach = reach_to(G, kdm, people)
    else:
        reach = {p: (int(nodes[p].get("seniority", 0)) + 1) / 4 for p in people}

    held = relationships_by_person(G)
    out: list[tuple[float, float, int, Suggestion]] = []
    for p in people:
        d = nodes[p]
        influence = reach.get(p, 0.0)
        support = int(d.get("support", 0))
        room = (2 - support) / 4
        score = influence * room
        if score <= 0.0:
            continue
        via: str | None = None
        via_rank: tuple[float, int] | None = None
        for m, e in held.get(p, ()):
            rank = (-float(e.get("strength", 0.0)), int(nodes[m].get("id", 0)))
            if via_rank is None or rank < via_rank:
                via, via_rank = m, rank
        role = d.get("role")
        competitor = d.get("competitor")
        if kdm is None:
            reason = "find_kdm"
        elif p == kdm:
            reason = "kdm"
        elif competitor:
            reason = "backs_competitor"
        elif support < 0:
            reason = "opponent"
        elif via is None:
            reason = "not_contacted"
        else:
            reason = "raise_support"
        seniority = int(d.get("seniority", 0))
        level = _level_for(role, seniority)
        detail = MappingProxyType(
            {
                "role": role,
                "support": support,
                "competitor": competitor,
                "seniority": seniority,
                "via": via,
                "visit_level": level,
                "kdm": kdm,
            }
        )
        suggestion = Suggestion(p, score, influence, room, reason, detail)
        out.append((-score, -influence, int(d.get("id", 0)), suggestion))
    out.sort(key=lambda t: t[:3])
    return [t[3] for t in out[:limit]]
