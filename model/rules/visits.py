"""P5.RULE.1, senior visits: one rule for the gate, the board and the map.

By P5 at the latest our managers must have visited the customer's KI, KU and
KDM (METHODOLOGY.md §3, P5). :func:`senior_visits` decides it for one deal from
plain facts; :func:`visit_facts` reads those facts for many deals at once. The
gate (:func:`model.gates.deal_facts`), the board's warnings
(:func:`model.board.warnings_by_deal`), ``keyaccount check`` and the map's
``no_senior_visit`` risk (:func:`graph.risks.risks`) all call it, so they agree.

What counts as a senior visit to a role
---------------------------------------
An activity (``Activity``) that

* was made for this deal (``Activity.deal_id``): upkeep of the account or work
  for another deal does not count;
* met face to face: its kind is one of :data:`IN_PERSON_KINDS` (a call or a
  mail is no visit);
* has a day, and that day is not after the day judged (a local day: a visit
  planned for tomorrow has not happened);
* had at least one of our members at manager level or above
  (:data:`SENIOR_TEAM_ROLES`, the member's ``TeamMember.role``; the activity's
  own ``level`` field is not evidence, nor is a relationship's visit level);
* met a person who holds the role on the deal and was still in post on that
  day (``Person.left_on`` unset or after it).

Each of :data:`SENIOR_VISIT_ROLES` needs somebody holding it on the deal *and*
a senior visit to one of its holders. A role nobody holds is missing as well:
nobody can have visited it.

Who holds a role on a deal is the map's deal view
(:func:`model.rules.chain.chain_facts`): the people of the account still in
post, with the deal's own role where they have one, else their standing role.

This module imports neither SQLAlchemy nor Qt at import time, so the graph
layer can use the rule without the database layer.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType
from typing import TYPE_CHECKING, Final

from model.enums import ActivityKind, Role, TeamRole

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session

    from model.rules.chain import ChainFacts

__all__ = [
    "IN_PERSON_KINDS",
    "RULE_ID",
    "SENIOR_TEAM_ROLES",
    "SENIOR_VISIT_ROLES",
    "SeniorVisits",
    "Visit",
    "VisitFacts",
    "counts_as_senior_visit",
    "holders_by_deal",
    "senior_visits",
    "senior_visits_by_deal",
    "visit_facts",
]

RULE_ID: Final = "P5.RULE.1"

SENIOR_VISIT_ROLES: Final[tuple[str, ...]] = (Role.KI.value, Role.KU.value, Role.KDM.value)
"""The roles P5.RULE.1 asks a senior visit to, in the order gate and map list them."""

IN_PERSON_KINDS: Final[frozenset[str]] = frozenset(
    k.value
    for k in (
        ActivityKind.VISIT,
        ActivityKind.PRESENTATION,
        ActivityKind.DEMO,
        ActivityKind.EVENT,
        ActivityKind.REFERENCE_VISIT,
        ActivityKind.HQ_VISIT,
    )
)
"""Activity kinds that meet the customer face to face (not call, mail or other)."""

SENIOR_TEAM_ROLES: Final[frozenset[str]] = frozenset(
    {TeamRole.MANAGER.value, TeamRole.EXECUTIVE.value}
)
"""Our members whose presence makes a visit a senior one."""


@dataclass(frozen=True, slots=True)
class Visit:
    """One activity as the rule reads it.

    ``member_roles`` are the team roles of our members who took part,
    ``people`` the ids of the customer people met.
    """

    deal_id: int | None
    kind: str
    on: date | None
    member_roles: frozenset[str] = frozenset()
    people: frozenset[int] = frozenset()


def _no_days() -> Mapping[int, date | None]:
    return MappingProxyType({})


@dataclass(frozen=True)
class VisitFacts:
    """The activities of one deal and when the people they met left (if they did)."""

    deal_id: int
    visits: tuple[Visit, ...] = ()
    left_on: Mapping[int, date | None] = field(default_factory=_no_days)


@dataclass(frozen=True)
class SeniorVisits:
    """The rule's answer for one deal.

    ``missing`` are the roles of :data:`SENIOR_VISIT_ROLES` without a senior
    visit (in that order); ``unheld`` those of them nobody holds on the deal.
    ``holders`` maps each role to the ids of the people holding it.
    """

    visited: frozenset[str] = frozenset()
    missing: tuple[str, ...] = SENIOR_VISIT_ROLES
    unheld: tuple[str, ...] = SENIOR_VISIT_ROLES
    holders: Mapping[str, tuple[int, ...]] = field(default_factory=dict)
    visited_people: frozenset[int] = frozenset()

    @property
    def met(self) -> bool:
        return not self.missing


def counts_as_senior_visit(
    visit: Visit, deal_id: int, person_id: int, left_on: date | None, today: date
) -> bool:
    """Whether ``visit`` is a senior visit to ``person_id`` for deal ``deal_id``.

    >>> v = Visit(7, "visit", date(2025, 3, 1), frozenset({"manager"}), frozenset({1}))
    >>> counts_as_senior_visit(v, 7, 1, None, date(2025, 3, 1))
    True
    >>> counts_as_senior_visit(v, 8, 1, None, date(2025, 3, 1))  # another deal's visit
    False
    >>> counts_as_senior_visit(v, 7, 1, None, date(2025, 2, 28))  # not happened yet
    False
    >>> counts_as_senior_visit(v, 7, 1, date(2025, 3, 1), date(2025, 4, 1))  # had left
    False
    """
    return (
        visit.deal_id == deal_id
        and visit.kind in IN_PERSON_KINDS
        and visit.on is not None
        and visit.on <= today
        and not SENIOR_TEAM_ROLES.isdisjoint(visit.member_roles)
        and person_id in visit.people
        and (left_on is None or left_on > visit.on)
    )


def senior_visits(
    holders: Mapping[int, str | None], facts: VisitFacts, today: date
) -> SeniorVisits:
    """P5.RULE.1 for one deal.

    Parameters
    ----------
    holders
        Person id -> role on the deal, for the people in post (others are ignored
        by the caller's reading; see the module docstring).
    facts
        The deal's activities (:func:`visit_facts`).
    today
        The local day judged: later visits have not happened.

    Examples
    --------
    >>> boss = Visit(1, "visit", date(2025, 3, 1), frozenset({"executive"}), frozenset({10, 11}))
    >>> call = Visit(1, "call", date(2025, 3, 2), frozenset({"manager"}), frozenset({12}))
    >>> found = senior_visits({10: "KDM", 11: "KI", 12: "KU"}, VisitFacts(1, (boss, call)),
    ...                       date(2025, 4, 1))
    >>> found.missing, found.unheld, sorted(found.visited)
    (('KU',), (), ['KDM', 'KI'])
    >>> senior_visits({10: "KDM"}, VisitFacts(1, (boss,)), date(2025, 4, 1)).unheld
    ('KI', 'KU')
    """
    by_role: dict[str, list[int]] = defaultdict(list)
    for pid, role in sorted(holders.items()):
        if role in SENIOR_VISIT_ROLES:
            by_role[role].append(pid)
    seen: set[int] = set()
    met = {p for v in facts.visits for p in v.people}  # nobody else can have been visited
    for pid in (p for ps in by_role.values() for p in ps if p in met):
        left = facts.left_on.get(pid)
        if any(counts_as_senior_visit(v, facts.deal_id, pid, left, today) for v in facts.visits):
            seen.add(pid)
    visited = frozenset(r for r, ps in by_role.items() if not seen.isdisjoint(ps))
    return SeniorVisits(
        visited=visited,
        missing=tuple(r for r in SENIOR_VISIT_ROLES if r not in visited),
        unheld=tuple(r for r in SENIOR_VISIT_ROLES if not by_role.get(r)),
        holders=MappingProxyType({r: tuple(ps) for r, ps in by_role.items()}),
        visited_people=frozenset(seen),
    )


# -- reading ---------------------------------------------------------------------------

_CHUNK: Final = 500


def visit_facts(db: Session | Connection, deal_ids: Iterable[int]) -> dict[int, VisitFacts]:
    """:class:`VisitFacts` of each deal in ``deal_ids`` (those without activities too).

    Three Core selects per 500 deals, joined in SQL: the deals' activities, the
    roles of our members at each, and the people met with the day they left.
    """
    from sqlalchemy import select

    from model.entities import Activity, Person, TeamMember, activity_members, activity_people

    ids = sorted(set(deal_ids))
    out: dict[int, VisitFacts] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        mine = Activity.deal_id.in_(chunk)
        acts = db.execute(
            select(Activity.id, Activity.deal_id, Activity.kind, Activity.on)
            .where(mine)
            .order_by(Activity.id)
        ).all()
        roles: dict[int, set[str]] = defaultdict(set)
        met: dict[int, set[int]] = defaultdict(set)
        left: dict[int, date | None] = {}
        if acts:
            for aid, role in db.execute(
                select(Activity.id, TeamMember.role)
                .join(activity_members, activity_members.c.activity_id == Activity.id)
                .join(TeamMember, TeamMember.id == activity_members.c.member_id)
                .where(mine)
            ):
                roles[aid].add(str(role))
            for aid, pid, day in db.execute(
                select(Activity.id, Person.id, Person.left_on)
                .join(activity_people, activity_people.c.activity_id == Activity.id)
                .join(Person, Person.id == activity_people.c.person_id)
                .where(mine)
            ):
                met[aid].add(pid)
                left[pid] = day
        visits: dict[int, list[Visit]] = defaultdict(list)
        for aid, deal_id, kind, on in acts:
            did = int(deal_id or 0)  # never 0: every row matched a deal id of the chunk
            visits[did].append(
                Visit(did, str(kind), on, frozenset(roles[aid]), frozenset(met[aid]))
            )
        for deal_id in chunk:
            found = tuple(visits.get(deal_id, ()))
            seen = {p for v in found for p in v.people}
            out[deal_id] = VisitFacts(
                deal_id, found, MappingProxyType({p: left.get(p) for p in sorted(seen)})
            )
    return out


def holders_by_deal(
    db: Session | Connection, deal_ids: Iterable[int], today: date
) -> dict[int, dict[int, str | None]]:
    """Person id -> role on the deal, for the people in post on ``today``.

    The reading of :func:`model.rules.chain.chain_facts` (the map's deal view).
    """
    from model.rules.chain import chain_facts

    return {
        deal_id: {p.id: p.role for p in chain.present()}
        for deal_id, chain in chain_facts(db, deal_ids, today=today).items()
    }


_BATCH: Final = 2000  # ids per IN list when only the visits that could count are read


def _countable_visit_facts(
    db: Session | Connection, deal_ids: Sequence[int], today: date
) -> dict[int, VisitFacts]:
    """:func:`visit_facts` narrowed to the activities that could count on ``today``.

    SQL keeps only what passes the conditions of :func:`counts_as_senior_visit`
    it can check on the activity alone — in person (:data:`IN_PERSON_KINDS`),
    dated no later than ``today``, one of our :data:`SENIOR_TEAM_ROLES` there —
    and reads only those members; the predicate still decides on what is read,
    so the answer is :func:`senior_visits` over the deal's whole
    :func:`visit_facts` (a test holds the two equal). On the large sample that
    is a fifth of the activities. Two joined selects per 2,000 deals (or activities).
    """
    from sqlalchemy import select

    from model.entities import Activity, Person, TeamMember, activity_members, activity_people

    kinds = sorted(IN_PERSON_KINDS)
    seniors = sorted(SENIOR_TEAM_ROLES)
    out: dict[int, VisitFacts] = {}
    for start in range(0, len(deal_ids), _BATCH):
        chunk = deal_ids[start : start + _BATCH]
        could_count = (
            Activity.deal_id.in_(chunk),
            Activity.kind.in_(kinds),
            Activity.on <= today,
        )
        head: dict[int, tuple[int | None, str, date]] = {}
        roles: dict[int, set[str]] = defaultdict(set)
        for aid, deal_id, kind, on, role in db.execute(
            select(Activity.id, Activity.deal_id, Activity.kind, Activity.on, TeamMember.role)
            .join(activity_members, activity_members.c.activity_id == Activity.id)
            .join(TeamMember, TeamMember.id == activity_members.c.member_id)
            .where(*could_count, TeamMember.role.in_(seniors))
        ).all():
            head[aid] = (deal_id, kind, on)
            roles[aid].add(role)
        met: dict[int, set[int]] = defaultdict(set)
        left: dict[int, date | None] = {}
        found = sorted(head)
        for first in range(0, len(found), _BATCH):
            for aid, pid, day in db.execute(
                select(activity_people.c.activity_id, Person.id, Person.left_on)
                .join(Person, Person.id == activity_people.c.person_id)
                .where(activity_people.c.activity_id.in_(found[first : first + _BATCH]))
            ).all():
                met[aid].add(pid)
                left[pid] = day
        visits: dict[int, list[Visit]] = defaultdict(list)
        for aid in found:
            deal_id, kind, on = head[aid]
            did = deal_id or 0  # never 0: every activity read was made for a deal of the chunk
            visits[did].append(Visit(did, kind, on, frozenset(roles[aid]), frozenset(met[aid])))
        for deal_id, acts in visits.items():
            seen = {p for v in acts for p in v.people}
            out[deal_id] = VisitFacts(
                deal_id, tuple(acts), MappingProxyType({p: left.get(p) for p in sorted(seen)})
            )
    return out


def senior_visits_by_deal(
    db: Session | Connection,
    deal_ids: Iterable[int],
    today: date | None = None,
    *,
    chains: Mapping[int, ChainFacts] | None = None,
) -> dict[int, SeniorVisits]:
    """:func:`senior_visits` for many deals, read in one batch (``today``: the local day).

    ``chains`` are the deals' :func:`model.rules.chain.chain_facts` for the same
    day when the caller has read them already (the board reads them once for
    its n/m badges and these warnings); those of deals they lack are read here.
    """
    day = today or date.today()
    ids = sorted(set(deal_ids))
    lacking = ids if chains is None else [i for i in ids if i not in chains]
    if lacking:
        from model.rules.chain import chain_facts

        chains = {**(chains or {}), **chain_facts(db, lacking, today=day)}
    elif chains is None:
        chains = {}
    facts = _countable_visit_facts(db, [i for i in ids if i in chains], day)
    out: dict[int, SeniorVisits] = {}
    for deal_id in ids:
        chain = chains.get(deal_id)
        if chain is None:
            continue
        holders = {p.id: p.role for p in chain.present() if p.role in SENIOR_VISIT_ROLES}
        out[deal_id] = senior_visits(holders, facts.get(deal_id) or VisitFacts(deal_id), day)
    return out
