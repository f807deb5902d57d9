"""Risks in the decision chain, each tied to the METHODOLOGY rule it comes from.

=============================  ==============  ===========================================
code                           rule_id         raised when
=============================  ==============  ===========================================
``no_coach``                   P4.EXIT.3       nobody is our coach (``REL.COACH``)
``single_threaded``            P3.EXIT.1       we hold relationships with at most one
                                               customer person
``kdm_unknown``                P5.EXIT.5       nobody has the KDM role
``kdm_neutral``                P5.EXIT.5       a KDM has support 0
``kdm_opposed``                P5.EXIT.5       a KDM has support < 0
``influential_backs_competitor``  P6.RULE.1    someone backs a competitor and is KDM, KI
                                               or KU, or reaches the KDM with strength
                                               >= :data:`INFLUENTIAL_REACH`
                                               (``REL.BACKS_COMPETITOR``)
``no_senior_visit``            P5.RULE.1       stage P5 or later, a deal is chosen, and
                                               a role among KI/KU/KDM has no senior visit
                                               for the deal, or nobody holds it
                                               (:func:`model.rules.visits.senior_visits`)
``insider_single_source``      P4.EXIT.2       an insider's information is confirmed by
                                               fewer than 2 channels (``REL.INSIDER``)
``stale_relationship``         P3.EXIT.5       our latest contact through a relationship
                                               is older than ``stale_days`` or unknown
=============================  ==============  ===========================================

Severity is 1 (note), 2 (warning) or 3 (serious) and depends on the stage where the
method says so: e.g. no coach is serious from P4 on, a single thread is normal in P1-P2.
``stage=None`` (unknown) uses the middle-of-the-funnel severities.

P5.RULE.1 is about visits made for one deal: the graph of a deal carries its
activities (``G.graph["visits"]``, from :class:`graph.types.OrgData`) and the rule
is the model's own function, so the map, the gate and the board say the same.
An account's graph (no deal) has no visits to judge and raises no ``no_senior_visit``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType
from typing import TYPE_CHECKING

from graph.coverage import relationships_by_person
from graph.paths import find_kdm, reach_to
from model.rules.visits import VisitFacts, senior_visits

if TYPE_CHECKING:
    import networkx as nx  # type: ignore[import-untyped, unused-ignore]

__all__ = [
    "CHAIN_ROLES",
    "INFLUENTIAL_REACH",
    "RISK_CODES",
    "STAGES",
    "Risk",
    "risks",
    "stage_index",
]

#: Funnel stages in order (METHODOLOGY §3).
STAGES: tuple[str, ...] = ("P1", "P2", "P3", "P4", "P5", "P6", "P7")

#: Roles whose attitude decides the deal (KDM, key influencer, key user).
CHAIN_ROLES: frozenset[str] = frozenset({"KDM", "KI", "KU"})

#: A competitor's backer whose strongest route to the KDM is at least this strong
#: counts as influential (a direct report of the KDM reaches it with 0.5).
INFLUENTIAL_REACH = 0.5

#: Risk code -> (rule id, related methodology ids). Also the order of the report.
RISK_CODES: Mapping[str, tuple[str, tuple[str, ...]]] = MappingProxyType(
    {
        "kdm_unknown": ("P5.EXIT.5", ("ROLE.KDM", "P3.EXIT.3")),
        "kdm_opposed": ("P5.EXIT.5", ("REL.SUPPORT",)),
        "influential_backs_competitor": ("P6.RULE.1", ("REL.BACKS_COMPETITOR",)),
        "single_threaded": ("P3.EXIT.1", ("P3.CONFIRM.1",)),
        "no_coach": ("P4.EXIT.3", ("REL.COACH", "P4.RULE.2")),
        "no_senior_visit": ("P5.RULE.1", ("P6.RULE.1",)),
        "kdm_neutral": ("P5.EXIT.5", ("REL.SUPPORT",)),
        "insider_single_source": ("P4.EXIT.2", ("REL.INSIDER",)),
        "stale_relationship": ("P3.EXIT.5", ()),
    }
)
_ORDER = {code: i for i, code in enumerate(RISK_CODES)}


@dataclass(frozen=True, slots=True)
class Risk:
    """One risk found in the decision chain.

    Attributes
    ----------
    code : str
        One of :data:`RISK_CODES` (the UI words it in each language).
    rule_id : str
        METHODOLOGY id of the rule or exit criterion the risk comes from.
    people : tuple of str
        Node keys concerned (customer people first; ``stale_relationship`` also
        names our member).
    severity : int
        1 note, 2 warning, 3 serious.
    detail : Mapping[str, object]
        Values for the message (see each code in :func:`risks`).
    refs : tuple of str
        Related methodology ids.
    """

    code: str
    rule_id: str
    people: tuple[str, ...] = ()
    severity: int = 2
    detail: Mapping[str, object] = field(default_factory=lambda: MappingProxyType({}))
    refs: tuple[str, ...] = ()


def stage_index(stage: str | None) -> int | None:
    """0-based index of a funnel stage, ``None`` for ``None``.

    >>> stage_index("P5"), stage_index(None)
    (4, None)
    """
    if stage is None:
        return None
    try:
        return STAGES.index(stage)
    except ValueError:
        raise ValueError(f"unknown stage {stage!r}; expected one of {STAGES}") from None


def _risk(code: str, people: tuple[str, ...], severity: int, **detail: object) -> Risk:
    rule_id, refs = RISK_CODES[code]
    return Risk(code, rule_id, people, severity, MappingProxyType(detail), refs)


def _person_order(G: nx.MultiDiGraph, n: str) -> int:
    return int(G.nodes[n].get("id", 0))


def risks(
    G: nx.MultiDiGraph, *, stage: str | None = None, today: date, stale_days: int = 90
) -> list[Risk]:
    """All risks of an account's decision chain, most serious first.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        Graph from :func:`graph.build.build_org_graph`.
    stage : str or None
        Funnel stage of the deal (``"P1"`` .. ``"P7"``); ``None`` if unknown.
        ``no_senior_visit`` is only checked from P5 on, and only for a deal's
        graph (``G.graph["visits"]`` set).
    today : date
        Reference day for stale relationships, and the local day senior visits
        are judged on (later ones have not happened).
    stale_days : int
        A relationship is stale when its latest contact is more than this many days
        before ``today`` (or unknown).

    Returns
    -------
    list of Risk
        Sorted by severity (highest first), then by the order of
        :data:`RISK_CODES`, then by the people concerned. ``detail`` holds:
        ``single_threaded``: ``contacts`` (0 or 1); ``kdm_neutral``/``kdm_opposed``:
        ``support``; ``influential_backs_competitor``: ``competitor``, ``role``,
        ``reach``; ``no_senior_visit``: ``role`` and ``held`` (False: nobody holds
        the role; ``people`` are its holders otherwise); ``insider_single_source``:
        ``sources``; ``stale_relationship``:
        ``member``, ``last_contact``, ``days`` (``None`` when never), ``stale_days``.

    Examples
    --------
    >>> import networkx as nx
    >>> from datetime import date
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("p:1", kind="person", id=1, role="KDM", support=0, seniority=3)
    >>> G.add_node("p:2", kind="person", id=2, role="KU", support=2, coach=True)
    >>> G.add_node("m:1", kind="member", id=1)
    >>> _ = G.add_edge("m:1", "p:2", kind="relationship", strength=0.8,
    ...                last_contact=date(2024, 1, 1), visit_level="rep")
    >>> [(r.code, r.rule_id, r.people, r.severity)
    ...  for r in risks(G, stage="P3", today=date(2024, 2, 1))]
    [('single_threaded', 'P3.EXIT.1', ('p:2',), 3), ('kdm_neutral', 'P5.EXIT.5', ('p:1',), 2)]
    """
    at = stage_index(stage)
    early = at is not None and at <= 1  # P1, P2
    from_p4 = at is not None and at >= 3
    from_p5 = at is not None and at >= 4

    people = [n for n, d in G.nodes(data=True) if d.get("kind") == "person"]
    people.sort(key=lambda n: _person_order(G, n))
    attrs = G.nodes
    found: list[Risk] = []

    # relationships we hold: (member, person) -> [(last_contact, visit_level)]
    held: dict[tuple[str, str], list[tuple[date | None, str]]] = {}
    for p, edges in relationships_by_person(G).items():
        for m, d in edges:
            entry = (d.get("last_contact"), d.get("visit_level", "rep"))
            held.setdefault((m, p), []).append(entry)
    contacted = {p for _, p in held}

    # coach
    if not any(attrs[p].get("coach") for p in people):
        found.append(_risk("no_coach", (), 3 if from_p4 else 1 if early else 2))

    # single-threaded
    if len(contacted) <= 1:
        severity = 1 if early else 3
        found.append(
            _risk("single_threaded", tuple(sorted(contacted)), severity, contacts=len(contacted))
        )

    # KDM known and on our side
    kdms = [p for p in people if attrs[p].get("role") == "KDM"]
    if not kdms:
        severity = 1 if early else 2 if at == 2 else 3
        found.append(_risk("kdm_unknown", (), severity))
    for p in kdms:
        support = int(attrs[p].get("support", 0))
        if support < 0:
            found.append(_risk("kdm_opposed", (p,), 3, support=support))
        elif support == 0:
            found.append(_risk("kdm_neutral", (p,), 2, support=support))

    # competitor backers with weight
    backers = [p for p in people if attrs[p].get("competitor")]
    if backers:
        kdm = find_kdm(G)
        reach = reach_to(G, kdm, backers) if kdm is not None else {}
        for p in backers:
            role = attrs[p].get("role")
            r = reach.get(p, 0.0)
            if role in CHAIN_ROLES or r >= INFLUENTIAL_REACH:
                severity = 3 if role == "KDM" or from_p5 else 2
                found.append(
                    _risk(
                        "influential_backs_competitor",
                        (p,),
                        severity,
                        competitor=attrs[p]["competitor"],
                        role=role,
                        reach=r,
                    )
                )

    # senior visits by P5, for the deal: the model's one rule
    visits: VisitFacts | None = G.graph.get("visits")
    if from_p5 and visits is not None:
        keys = {int(attrs[p].get("id", 0)): p for p in people}
        answer = senior_visits({i: attrs[p].get("role") for i, p in keys.items()}, visits, today)
        for role in answer.missing:
            holders = tuple(keys[i] for i in answer.holders.get(role, ()))
            severity = 3 if role == "KDM" else 2
            found.append(_risk("no_senior_visit", holders, severity, role=role, held=bool(holders)))

    # insiders' information cross-checked
    for p in people:
        if attrs[p].get("insider"):
            sources = int(attrs[p].get("insider_sources", 0))
            if sources < 2:
                found.append(
                    _risk("insider_single_source", (p,), 2 if from_p4 else 1, sources=sources)
                )

    # stale relationships
    for (m, p), entries in held.items():
        dates = [d for d, _ in entries if d is not None]
        last = max(dates) if dates else None
        days = None if last is None else (today - last).days
        if days is None or days > stale_days:
            severity = 2 if attrs[p].get("role") in CHAIN_ROLES else 1
            found.append(
                _risk(
                    "stale_relationship",
                    (p, m),
                    severity,
                    member=m,
                    last_contact=last,
                    days=days,
                    stale_days=stale_days,
                )
            )

    found.sort(key=lambda r: (-r.severity, _ORDER[r.code], _people_sort_key(r.people)))
    return found


def _people_sort_key(keys: tuple[str, ...]) -> tuple[tuple[str, int], ...]:
    out = []
    for key in keys:
        prefix, _, number = key.partition(":")
        out.append((prefix, int(number) if number.isdigit() else 0))
    return tuple(out)
