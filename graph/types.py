"""Plain, immutable input data for the decision-chain graph.

These dataclasses are the contract between the model layer (which reads the
database) and :mod:`graph` (which only sees plain data). They import neither
networkx nor Qt, so importing them is cheap.

Values are checked on construction; a bad value raises :class:`ValueError`
with a message naming the field.

Examples
--------
>>> from graph.types import OrgData, PersonNode, MemberNode, RelationshipEdge
>>> boss = PersonNode(1, "Wang", role="KDM", seniority=3)
>>> data = OrgData(
...     people=[boss, PersonNode(2, "Li", role="KU", manager_id=1)],
...     members=[MemberNode(10, "Zhao", "rep")],
...     relationships=[RelationshipEdge(10, 2, 0.7)],
... )
>>> len(data.people), data.people[1].manager_id
(2, 1)
>>> PersonNode(3, "Bad", support=5)
Traceback (most recent call last):
    ...
ValueError: PersonNode 3: support must be in -2..2, got 5
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from model.rules.visits import VisitFacts

__all__ = [
    "MEMBER_ROLES",
    "ROLES",
    "VISIT_LEVELS",
    "InfluenceEdge",
    "MemberNode",
    "OrgData",
    "PersonNode",
    "RelationshipEdge",
]

#: Decision-chain roles of a customer person (METHODOLOGY ``ROLE.*``), in the
#: order the UI lists them.
ROLES: tuple[str, ...] = ("KDM", "KI", "KU", "LEAD", "EVAL")

#: Roles of our own team members.
MEMBER_ROLES: tuple[str, ...] = ("rep", "presales", "manager", "executive")

#: Levels of a visit, lowest first (the order is used for comparisons).
VISIT_LEVELS: tuple[str, ...] = ("rep", "manager", "executive")


def _check_strength(owner: str, value: float) -> None:
    if not (isinstance(value, int | float) and math.isfinite(value) and 0.0 <= value <= 1.0):
        raise ValueError(f"{owner}: strength must be in 0..1, got {value!r}")


@dataclass(frozen=True, slots=True)
class PersonNode:
    """A person at the customer.

    Parameters
    ----------
    id : int
        Database id of the person.
    name, title, department : str
        Display data.
    role : str or None
        Decision-chain role, one of :data:`ROLES`, or ``None``.
    support : int
        Attitude toward us: -2 strong opponent, 0 neutral, +2 strong supporter.
    competitor : str or None
        Name of the competitor this person backs (``REL.BACKS_COMPETITOR``).
    insider : bool
        The person is one of our insiders (内线, ``REL.INSIDER``).
    coach : bool
        The person is our coach (内部教练, ``REL.COACH``).
    seniority : int
        0 staff, 1 middle manager, 2 senior manager, 3 top.
    manager_id : int or None
        Id of the person this one reports to.
    x, y : float or None
        Position saved by the user on the org map (``None`` if never placed).
    """

    id: int
    name: str
    title: str = ""
    department: str = ""
    role: str | None = None
    support: int = 0
    competitor: str | None = None
    insider: bool = False
    coach: bool = False
    seniority: int = 0
    manager_id: int | None = None
    x: float | None = None
    y: float | None = None

    def __post_init__(self) -> None:
        who = f"PersonNode {self.id}"
        if self.role is not None and self.role not in ROLES:
            raise ValueError(f"{who}: role must be one of {ROLES} or None, got {self.role!r}")
        if not -2 <= self.support <= 2:
            raise ValueError(f"{who}: support must be in -2..2, got {self.support}")
        if not 0 <= self.seniority <= 3:
            raise ValueError(f"{who}: seniority must be in 0..3, got {self.seniority}")
        if (self.x is None) != (self.y is None):
            raise ValueError(f"{who}: x and y must both be set or both be None")
        if self.competitor == "":
            object.__setattr__(self, "competitor", None)


@dataclass(frozen=True, slots=True)
class MemberNode:
    """One of our own people (a member of the account team).

    ``role`` is one of :data:`MEMBER_ROLES`.
    """

    id: int
    name: str
    role: str = "rep"

    def __post_init__(self) -> None:
        if self.role not in MEMBER_ROLES:
            raise ValueError(
                f"MemberNode {self.id}: role must be one of {MEMBER_ROLES}, got {self.role!r}"
            )


@dataclass(frozen=True, slots=True)
class InfluenceEdge:
    """Customer person ``source`` sways customer person ``target``.

    ``strength`` is in 0..1 (1 = ``target`` does what ``source`` says).
    """

    source: int
    target: int
    strength: float = 0.5

    def __post_init__(self) -> None:
        _check_strength(f"InfluenceEdge {self.source}->{self.target}", self.strength)


@dataclass(frozen=True, slots=True)
class RelationshipEdge:
    """Our member ``member_id`` holds a relationship with customer person ``person_id``.

    ``visit_level`` is the highest level at which we visited the person through this
    relationship (one of :data:`VISIT_LEVELS`).
    """

    member_id: int
    person_id: int
    strength: float = 0.5
    last_contact: date | None = None
    visit_level: str = "rep"

    def __post_init__(self) -> None:
        who = f"RelationshipEdge {self.member_id}->{self.person_id}"
        _check_strength(who, self.strength)
        if self.visit_level not in VISIT_LEVELS:
            raise ValueError(
                f"{who}: visit_level must be one of {VISIT_LEVELS}, got {self.visit_level!r}"
            )


def _empty_sources() -> Mapping[int, int]:
    return MappingProxyType({})


@dataclass(frozen=True, slots=True)
class OrgData:
    """Everything :func:`graph.build.build_org_graph` needs for one account or deal.

    Sequences are stored as tuples and ``insider_sources`` as a read-only mapping, so
    an ``OrgData`` cannot change after it is made.

    Parameters
    ----------
    people, members, influences, relationships
        The nodes and edges.
    insider_sources : Mapping[int, int]
        Person id of an insider -> number of independent channels that confirmed
        that insider's information (METHODOLOGY ``REL.INSIDER``: cross-check).
    visits : VisitFacts or None
        The activities of the deal the chain is read for
        (:func:`model.rules.visits.visit_facts`), so that the P5 senior-visit rule
        can be judged on the map; ``None`` for an account's chain (no deal).
    """

    people: tuple[PersonNode, ...] = ()
    members: tuple[MemberNode, ...] = ()
    influences: tuple[InfluenceEdge, ...] = ()
    relationships: tuple[RelationshipEdge, ...] = ()
    insider_sources: Mapping[int, int] = field(default_factory=_empty_sources)
    visits: VisitFacts | None = None

    def __init__(
        self,
        people: Iterable[PersonNode] = (),
        members: Iterable[MemberNode] = (),
        influences: Iterable[InfluenceEdge] = (),
        relationships: Iterable[RelationshipEdge] = (),
        insider_sources: Mapping[int, int] | None = None,
        visits: VisitFacts | None = None,
    ) -> None:
        object.__setattr__(self, "people", tuple(people))
        object.__setattr__(self, "members", tuple(members))
        object.__setattr__(self, "influences", tuple(influences))
        object.__setattr__(self, "relationships", tuple(relationships))
        object.__setattr__(self, "insider_sources", MappingProxyType(dict(insider_sources or {})))
        object.__setattr__(self, "visits", visits)
        self._check_ids()

    def _check_ids(self) -> None:
        # one set per kind, walked again only to name a duplicate (a map's edit of
        # 20,000 people makes a new OrgData: checking them one by one cost 15 ms)
        for what, nodes in (("person", self.people), ("member", self.members)):
            ids = [n.id for n in nodes]
            if len(set(ids)) == len(ids):
                continue
            seen: set[int] = set()
            for ident in ids:
                if ident in seen:
                    raise ValueError(f"OrgData: duplicate {what} id {ident}")
                seen.add(ident)
