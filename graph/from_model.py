"""Read an account's decision chain out of the database as plain :class:`OrgData`.

This is the one place where :mod:`graph` touches the model: the rest of the
package sees only the frozen dataclasses of :mod:`graph.types`. Reads are Core
selects (a handful of statements per account), because building ORM objects
for every person costs several times more than the query (ARCHITECTURE.md).

Who is on the map
-----------------
People of the account who are still there (``left_on`` unset or in the
future); influences and relationships between those people; our members who
hold a relationship with one of them, plus the account's owner (and the deal's
owner for a deal). A deal's :class:`~model.entities.DealRole` rows override the
person's standing role, support, competitor backed, insider and coach flags.

The past
--------
:func:`org_data_at` rebuilds the chain as it stood at the end of a past day by
rolling back, newest first, every ``audit_log`` entry written after it. Rows
that never went through a service (sample data, imports) have no log entries;
their ``created_at`` tells when they appeared. The log keeps UTC times, so the
day is a UTC day.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from graph.types import (
    MEMBER_ROLES,
    ROLES,
    VISIT_LEVELS,
    InfluenceEdge,
    MemberNode,
    OrgData,
    PersonNode,
    RelationshipEdge,
)
from model.entities import (
    Account,
    AuditEntry,
    Competitor,
    Deal,
    DealRole,
    Influence,
    Person,
    Relationship,
    TeamMember,
)
from model.errors import NotFound, term
from model.rules.visits import VisitFacts, visit_facts
from model.sql import bytewise

__all__ = [
    "ROLLED_BACK_FIELDS",
    "AccountChoice",
    "DealChoice",
    "LinkRow",
    "account_choices",
    "account_stage",
    "deal_choices",
    "link_rows",
    "org_data",
    "org_data_at",
]

SENIORITY_RANK: Mapping[str, int] = {"staff": 0, "middle": 1, "senior": 2, "top": 3}
"""Person.seniority (stored words) -> PersonNode.seniority (0..3)."""

ROLLED_BACK_FIELDS: tuple[str, ...] = (
    "name",
    "title",
    "seniority",
    "role",
    "support",
    "backs_competitor_id",
    "insider",
    "coach",
    "insider_sources",
    "manager_id",
    "left_on",
)
"""Person fields :func:`org_data_at` restores from the audit log (positions are
not: a map of the past keeps today's layout so that the eye can compare)."""

_STAGE_ORDER = ("P1", "P2", "P3", "P4", "P5", "P6", "P7")

_PERSON_COLUMNS = (
    Person.id,
    Person.name,
    Person.title,
    Person.seniority,
    Person.role,
    Person.support,
    Person.backs_competitor_id,
    Person.insider,
    Person.coach,
    Person.insider_sources,
    Person.manager_id,
    Person.left_on,
    Person.map_x,
    Person.map_y,
    Person.created_at,
)


# -- choices for the map's combo boxes ------------------------------------------


@dataclass(frozen=True, slots=True)
class AccountChoice:
    """An account in the map's chooser: id, name and how many people work there."""

    id: int
    name: str
    people: int


def account_choices(session: Session, today: date | None = None) -> list[AccountChoice]:
    """Every account by name, with its number of people still at the customer."""
    day = today or date.today()
    present = or_(Person.left_on.is_(None), Person.left_on > day)
    counts = (
        select(Person.account_id, func.count().label("n"))
        .where(present)
        .group_by(Person.account_id)
        .subquery("n")
    )
    stmt = (
        select(Account.id, Account.name, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.account_id == Account.id)
        .order_by(bytewise(Account.name), Account.id)
    )
    return [AccountChoice(int(i), str(n), int(c)) for i, n, c in session.execute(stmt)]


@dataclass(frozen=True, slots=True)
class DealChoice:
    """An open deal of the account: the map can show the chain as that deal sees it."""

    id: int
    name: str
    stage: str


def deal_choices(session: Session, account_id: int) -> list[DealChoice]:
    """Open deals of an account, furthest stage first."""
    rows = session.execute(
        select(Deal.id, Deal.name, Deal.stage).where(
            Deal.account_id == account_id, Deal.status == "open"
        )
    ).all()
    out = [DealChoice(int(i), str(n), str(s)) for i, n, s in rows]
    out.sort(key=lambda d: (-_stage_rank(d.stage), d.name, d.id))
    return out


def _stage_rank(stage: str | None) -> int:
    return _STAGE_ORDER.index(stage) if stage in _STAGE_ORDER else -1


def account_stage(session: Session, account_id: int, deal_id: int | None = None) -> str | None:
    """The funnel stage the risks are judged at: the deal's, else the furthest open one."""
    if deal_id is not None:
        stage = session.execute(select(Deal.stage).where(Deal.id == deal_id)).scalar()
        return str(stage) if stage is not None else None
    stages = session.execute(
        select(Deal.stage).where(Deal.account_id == account_id, Deal.status == "open")
    ).scalars()
    best = max(stages, key=_stage_rank, default=None)
    return str(best) if best is not None else None


# -- links of one person (the side panel lists and removes them) -----------------


@dataclass(frozen=True, slots=True)
class LinkRow:
    """One link touching a person, with the ids needed to change or remove it.

    ``kind`` is ``"reports_to"`` (``id`` is the subordinate's person id),
    ``"influence"`` or ``"relationship"`` (``id`` is the link row's id). For a
    relationship ``source`` is a member id; otherwise both ends are person ids.
    """

    kind: str
    id: int
    source: int
    target: int
    source_name: str
    target_name: str
    strength: float | None
    note: str = ""
    last_contact: date | None = None  # relationships: our last contact, a local day
    visit_level: str = ""  # relationships: rep, manager or executive


def link_rows(session: Session, person_id: int) -> list[LinkRow]:
    """Reports-to (both ways), influences (both ways) and our relationships of a person."""
    names: dict[int, str] = {}
    me = session.execute(
        select(Person.name, Person.manager_id).where(Person.id == person_id)
    ).first()
    if me is None:
        return []
    names[person_id] = str(me[0])
    out: list[LinkRow] = []
    if me[1] is not None:
        boss = session.execute(select(Person.name).where(Person.id == me[1])).scalar()
        out.append(
            LinkRow(
                "reports_to",
                person_id,
                person_id,
                int(me[1]),
                names[person_id],
                str(boss or ""),
                None,
            )
        )
    for sub_id, sub_name in session.execute(
        select(Person.id, Person.name)
        .where(Person.manager_id == person_id)
        .order_by(bytewise(Person.name), Person.id)
    ):
        out.append(
            LinkRow(
                "reports_to",
                int(sub_id),
                int(sub_id),
                person_id,
                str(sub_name),
                names[person_id],
                None,
            )
        )
    other = Person.__table__.alias("other")
    influences = session.execute(
        select(
            Influence.id,
            Influence.source_id,
            Influence.target_id,
            Influence.strength,
            Influence.note,
            other.c.name,
        )
        .join(
            other,
            or_(
                (Influence.source_id == person_id) & (other.c.id == Influence.target_id),
                (Influence.target_id == person_id) & (other.c.id == Influence.source_id),
            ),
        )
        .where(or_(Influence.source_id == person_id, Influence.target_id == person_id))
        .order_by(Influence.id)
    )
    me_name = names[person_id]
    for lid, src, tgt, strength, note, other_name in influences:
        outgoing = int(src) == person_id
        out.append(
            LinkRow(
                "influence",
                int(lid),
                int(src),
                int(tgt),
                me_name if outgoing else str(other_name),
                str(other_name) if outgoing else me_name,
                float(strength),
                str(note or ""),
            )
        )
    for lid, member_id, member_name, strength, last_contact, level in session.execute(
        select(
            Relationship.id,
            Relationship.member_id,
            TeamMember.name,
            Relationship.strength,
            Relationship.last_contact,
            Relationship.visit_level,
        )
        .join(TeamMember, TeamMember.id == Relationship.member_id)
        .where(Relationship.person_id == person_id)
        .order_by(bytewise(TeamMember.name), TeamMember.id)
    ):
        out.append(
            LinkRow(
                "relationship",
                int(lid),
                int(member_id),
                person_id,
                str(member_name),
                names[person_id],
                float(strength),
                last_contact=last_contact,
                visit_level=_visit_level(level),
            )
        )
    return out


# -- the chain as it is ------------------------------------------------------------


def _member_role(role: str | None) -> str:
    return role if role in MEMBER_ROLES else "rep"


def _visit_level(level: str | None) -> str:
    return level if level in VISIT_LEVELS else "rep"


def _strength(value: Any) -> float:
    try:
        s = float(value)
    except (TypeError, ValueError):
        return 0.5
    return min(max(s, 0.0), 1.0) if s == s else 0.5


def _support(value: Any) -> int:
    try:
        return min(max(int(value), -2), 2)
    except (TypeError, ValueError):
        return 0


def _competitor_names(session: Session) -> dict[int, str]:
    return {int(i): str(n) for i, n in session.execute(select(Competitor.id, Competitor.name))}


def _node(row: Mapping[str, Any], competitors: Mapping[int, str]) -> PersonNode:
    x, y = row.get("map_x"), row.get("map_y")
    if x is None or y is None:
        x = y = None
    backs = row.get("backs_competitor_id")
    role = row.get("role")
    return PersonNode(
        id=int(row["id"]),
        name=str(row.get("name") or ""),
        title=str(row.get("title") or ""),
        department=str(row.get("department") or ""),
        role=role if role in ROLES else None,
        support=_support(row.get("support", 0)),
        competitor=competitors.get(int(backs), f"#{backs}") if backs is not None else None,
        insider=bool(row.get("insider")),
        coach=bool(row.get("coach")),
        seniority=SENIORITY_RANK.get(str(row.get("seniority")), 0),
        manager_id=int(row["manager_id"]) if row.get("manager_id") is not None else None,
        x=float(x) if x is not None else None,
        y=float(y) if y is not None else None,
    )


def _people_rows(session: Session, account_id: int) -> dict[int, dict[str, Any]]:
    from model.entities import Department

    stmt = (
        select(*_PERSON_COLUMNS, func.coalesce(Department.name, ""))
        .outerjoin(Department, Department.id == Person.department_id)
        .where(Person.account_id == account_id)
        .order_by(Person.id)
    )
    names = [c.key for c in _PERSON_COLUMNS] + ["department"]
    return {int(r[0]): dict(zip(names, r, strict=True)) for r in session.execute(stmt)}


def _check_account(session: Session, account_id: int) -> None:
    if session.execute(select(Account.id).where(Account.id == account_id)).scalar() is None:
        raise NotFound(
            "No {kind_label} with id {ident} in this workspace.",
            kind_label=term("account"),
            ident=account_id,
        )


def _members(
    session: Session, member_ids: Iterable[int], relationships: list[RelationshipEdge]
) -> list[MemberNode]:
    wanted = set(member_ids) | {r.member_id for r in relationships}
    if not wanted:
        return []
    rows = session.execute(
        select(TeamMember.id, TeamMember.name, TeamMember.role)
        .where(TeamMember.id.in_(wanted))
        .order_by(TeamMember.id)
    )
    return [MemberNode(int(i), str(n), _member_role(r)) for i, n, r in rows]


def _owners(session: Session, account_id: int, deal_id: int | None) -> list[int]:
    owners: list[int] = []
    owner = session.execute(select(Account.owner_id).where(Account.id == account_id)).scalar()
    if owner is not None:
        owners.append(int(owner))
    if deal_id is not None:
        deal_owner = session.execute(select(Deal.owner_id).where(Deal.id == deal_id)).scalar()
        if deal_owner is not None:
            owners.append(int(deal_owner))
    active = session.execute(
        select(TeamMember.id).where(TeamMember.id.in_(owners), TeamMember.active)
    ).scalars()
    keep = {int(i) for i in active}
    return [o for o in owners if o in keep]


def _links(session: Session, people: set[int]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    if not people:
        return [], []
    ids = sorted(people)
    influences = [
        dict(r._mapping)
        for r in session.execute(
            select(
                Influence.id,
                Influence.source_id,
                Influence.target_id,
                Influence.strength,
                Influence.created_at,
            )
            .where(Influence.source_id.in_(ids))
            .order_by(Influence.id)
        )
    ]
    relationships = [
        dict(r._mapping)
        for r in session.execute(
            select(
                Relationship.id,
                Relationship.member_id,
                Relationship.person_id,
                Relationship.strength,
                Relationship.last_contact,
                Relationship.visit_level,
                Relationship.created_at,
            )
            .where(Relationship.person_id.in_(ids))
            .order_by(Relationship.id)
        )
    ]
    return influences, relationships


def _assemble(
    session: Session,
    account_id: int,
    deal_id: int | None,
    people: Mapping[int, Mapping[str, Any]],
    influences: list[dict[str, Any]],
    relationships: list[dict[str, Any]],
    visits: VisitFacts | None = None,
) -> OrgData:
    competitors = _competitor_names(session)
    nodes = [_node(row, competitors) for _, row in sorted(people.items())]
    present = set(people)
    inf_edges = [
        InfluenceEdge(int(r["source_id"]), int(r["target_id"]), _strength(r["strength"]))
        for r in influences
        if r["source_id"] in present
        and r["target_id"] in present
        and r["source_id"] != r["target_id"]
    ]
    rel_edges = [
        RelationshipEdge(
            int(r["member_id"]),
            int(r["person_id"]),
            _strength(r["strength"]),
            r.get("last_contact"),
            _visit_level(r.get("visit_level")),
        )
        for r in relationships
        if r["person_id"] in present
    ]
    members = _members(session, _owners(session, account_id, deal_id), rel_edges)
    sources = {
        pid: int(row.get("insider_sources") or 0)
        for pid, row in people.items()
        if row.get("insider")
    }
    return OrgData(nodes, members, inf_edges, rel_edges, sources, visits)


def _deal_overrides(session: Session, account_id: int, deal_id: int) -> dict[int, dict[str, Any]]:
    deal_account = session.execute(select(Deal.account_id).where(Deal.id == deal_id)).scalar()
    if deal_account is None:
        raise NotFound(
            "No {kind_label} with id {ident} in this workspace.",
            kind_label=term("deal"),
            ident=deal_id,
        )
    if int(deal_account) != account_id:
        raise NotFound("Deal {ident} belongs to another account.", ident=deal_id)
    rows = session.execute(
        select(
            DealRole.person_id,
            DealRole.role,
            DealRole.support,
            DealRole.backs_competitor_id,
            DealRole.insider,
            DealRole.coach,
        ).where(DealRole.deal_id == deal_id)
    )
    return {
        int(pid): {
            "role": role,
            "support": support,
            "backs_competitor_id": backs,
            "insider": insider,
            "coach": coach,
        }
        for pid, role, support, backs, insider, coach in rows
    }


def org_data(
    session: Session,
    account_id: int,
    deal_id: int | None = None,
    *,
    today: date | None = None,
) -> OrgData:
    """The decision chain of an account (or of one of its deals) as it stands.

    Parameters
    ----------
    session : Session
        An open session; nothing is written.
    account_id : int
        The account.
    deal_id : int, optional
        A deal of that account: its roles override the people's standing ones,
        and its activities come along (``OrgData.visits``) for the senior-visit
        rule (P5.RULE.1).
    today : date, optional
        People whose ``left_on`` is on or before this day have left and are left
        out (default: today).

    Raises
    ------
    model.errors.NotFound
        If the account or the deal does not exist, or the deal is another account's.
    """
    _check_account(session, account_id)
    day = today or date.today()
    people = {
        pid: row
        for pid, row in _people_rows(session, account_id).items()
        if row["left_on"] is None or row["left_on"] > day
    }
    if deal_id is not None:
        for pid, values in _deal_overrides(session, account_id, deal_id).items():
            if pid in people:
                people[pid] = {**people[pid], **values}
    influences, relationships = _links(session, set(people))
    visits = visit_facts(session, [deal_id])[deal_id] if deal_id is not None else None
    return _assemble(session, account_id, deal_id, people, influences, relationships, visits)


# -- the chain as it was -----------------------------------------------------------


def _parse(field: str, text: str | None) -> Any:
    """A logged value (text) back to the column's type."""
    if text is None:
        return None
    if field in ("insider", "coach"):
        return text.strip().lower() in ("true", "1", "yes")
    if field in ("support", "insider_sources", "manager_id", "backs_competitor_id"):
        try:
            return int(float(text))
        except ValueError:
            return None
    if field == "left_on":
        try:
            return date.fromisoformat(text[:10])
        except ValueError:
            return None
    if field == "strength":
        try:
            return float(text)
        except ValueError:
            return None
    return text


def _cutoff(when: date | datetime) -> datetime:
    """Entries at or after this moment (naive UTC, as stored) happened after ``when``.

    A day the user names is a local day: "on 3 December" in Beijing ends at
    16:00 UTC, not at midnight UTC. An aware instant is converted to UTC; a
    naive one is taken as UTC already, like every stored instant.
    """
    if isinstance(when, datetime):
        if when.tzinfo is not None:
            when = when.astimezone(UTC).replace(tzinfo=None)
        return when + timedelta(microseconds=1)
    next_local_midnight = datetime.combine(when + timedelta(days=1), time.min).astimezone()
    return next_local_midnight.astimezone(UTC).replace(tzinfo=None)


def _as_datetime(value: Any) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        return None


def _snapshot(entry_old: str | None) -> dict[str, Any] | None:
    """The row a delete entry carries in ``old`` as JSON, if the log keeps one."""
    if not entry_old:
        return None
    try:
        value = json.loads(entry_old)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def _roll_back(
    rows: dict[int, dict[str, Any]],
    entries: Iterable[tuple[str, int, str, str | None]],
    fields: Iterable[str],
    belongs: Any,
) -> dict[int, bool]:
    """Undo logged changes, newest first, on ``rows``; return who existed before them.

    ``entries`` are ``(action, entity id, field, old)`` newest first. A delete whose
    row is gone comes back only if its entry carries the row (see :func:`_snapshot`)
    and ``belongs(row)`` says it is ours.
    """
    wanted = set(fields)
    exists = dict.fromkeys(rows, True)
    for action, ident, field, old in entries:
        if action == "update":
            if ident in rows and field in wanted:
                rows[ident][field] = _parse(field, old)
        elif action == "create":
            if ident in rows:
                exists[ident] = False
        elif action == "delete":
            if ident in rows:
                exists[ident] = True
                continue
            snap = _snapshot(old)
            if snap is not None and belongs(snap):
                snap["id"] = ident
                for name in ("left_on", "created_at"):
                    if isinstance(snap.get(name), str):
                        parsed = (
                            _parse("left_on", snap[name])
                            if name == "left_on"
                            else (_as_datetime(snap[name]))
                        )
                        snap[name] = parsed
                rows[ident] = snap
                exists[ident] = True
    return exists


def _entries(
    session: Session, entity: str, ids: Iterable[int] | None, cutoff: datetime
) -> list[tuple[str, int, str, str | None]]:
    stmt = (
        select(AuditEntry.action, AuditEntry.entity_id, AuditEntry.field, AuditEntry.old)
        .where(AuditEntry.entity == entity, AuditEntry.at >= cutoff)
        .order_by(AuditEntry.id.desc())
    )
    out: list[tuple[str, int, str, str | None]] = []
    keep = set(ids) if ids is not None else None
    for action, ident, field, old in session.execute(stmt):
        # deletes of rows now gone are kept: their entry may carry the row
        if keep is None or int(ident) in keep or action == "delete":
            out.append((str(action), int(ident), str(field or ""), old))
    return out


def _created_before(row: Mapping[str, Any], cutoff: datetime) -> bool:
    created = _as_datetime(row.get("created_at"))
    return created is None or created < cutoff


def org_data_at(session: Session, account_id: int, when: date | datetime) -> OrgData:
    """The account's decision chain as it stood at the end of day ``when`` (UTC).

    Starts from today's rows and rolls back every ``audit_log`` entry written
    after ``when``: field updates of :data:`ROLLED_BACK_FIELDS`, people created
    (they drop out) and people deleted (they come back when the delete entry
    carries the row, see below); influences and relationships created after
    ``when`` drop out and their strengths roll back. Rows with no log entries
    count from their ``created_at``. A person who left on or before ``when``
    (``left_on``) is left out. Positions stay today's.

    What the log cannot give back: a person or link deleted for good after
    ``when`` returns only if the delete entry's ``old`` holds the deleted row as
    a JSON object (with at least ``account_id`` and ``name``); without it the
    person is missing from the past as well.

    Parameters
    ----------
    session : Session
        An open session; nothing is written.
    account_id : int
        The account.
    when : date or datetime
        A day (its end counts) or a moment, in UTC.

    Raises
    ------
    model.errors.NotFound
        If the account does not exist.
    """
    _check_account(session, account_id)
    cutoff = _cutoff(when)
    rows = _people_rows(session, account_id)
    entries = _entries(session, "person", rows, cutoff)
    exists = _roll_back(
        rows,
        entries,
        ROLLED_BACK_FIELDS,
        lambda snap: snap.get("account_id") == account_id and snap.get("name") is not None,
    )
    day = when.date() if isinstance(when, datetime) else when
    people: dict[int, dict[str, Any]] = {}
    for pid, row in rows.items():
        if not exists.get(pid, False) or not _created_before(row, cutoff):
            continue
        left = row.get("left_on")
        if isinstance(left, date) and left <= day:
            continue
        people[pid] = row

    influences, relationships = _links(session, set(rows))
    influences = _links_at(
        session, "influence", influences, cutoff, lambda s: s.get("source_id") in rows
    )
    relationships = _links_at(
        session, "relationship", relationships, cutoff, lambda s: s.get("person_id") in rows
    )
    return _assemble(session, account_id, None, people, influences, relationships)


def _links_at(
    session: Session,
    entity: str,
    rows: list[dict[str, Any]],
    cutoff: datetime,
    belongs: Any,
) -> list[dict[str, Any]]:
    by_id = {int(r["id"]): dict(r) for r in rows}
    entries = _entries(session, entity, by_id, cutoff)
    fields = ("strength", "visit_level", "last_contact")
    exists = _roll_back(by_id, entries, fields, belongs)
    out = []
    for lid, row in by_id.items():
        if exists.get(lid, False) and _created_before(row, cutoff):
            if isinstance(row.get("last_contact"), str):
                row["last_contact"] = _parse("left_on", row["last_contact"])
            out.append(row)
    return out


# -- what a change concerns (the map refreshes only for its own account) -------------


_ACCOUNT_OF: dict[str, Any] = {}


def _account_queries() -> dict[str, Any]:
    """Per kind of entity, a select of ``(id, account id)`` for ids in a list."""
    if not _ACCOUNT_OF:
        from model.entities import Department

        _ACCOUNT_OF.update(
            {
                "person": lambda ids: select(Person.id, Person.account_id).where(
                    Person.id.in_(ids)
                ),
                "deal": lambda ids: select(Deal.id, Deal.account_id).where(Deal.id.in_(ids)),
                "department": lambda ids: select(Department.id, Department.account_id).where(
                    Department.id.in_(ids)
                ),
                "influence": lambda ids: (
                    select(Influence.id, Person.account_id)
                    .join(Person, Person.id == Influence.source_id)
                    .where(Influence.id.in_(ids))
                ),
                "relationship": lambda ids: (
                    select(Relationship.id, Person.account_id)
                    .join(Person, Person.id == Relationship.person_id)
                    .where(Relationship.id.in_(ids))
                ),
                "deal_role": lambda ids: (
                    select(DealRole.id, Deal.account_id)
                    .join(Deal, Deal.id == DealRole.deal_id)
                    .where(DealRole.id.in_(ids))
                ),
            }
        )
    return _ACCOUNT_OF


def accounts_of(session: Session, refs: Iterable[tuple[str, int]]) -> tuple[frozenset[int], bool]:
    """The accounts the entities ``refs`` (``("person", 7)``, ``("deal", 3)``…) belong
    to, and whether some could not be told (a row already deleted, or a kind that
    belongs to no one account, such as a team member or a competitor)."""
    wanted: dict[str, set[int]] = {}
    found: set[int] = set()
    unknown = False
    queries = _account_queries()
    for kind, ident in refs:
        if kind == "account":
            found.add(int(ident))
        elif kind in queries:
            wanted.setdefault(kind, set()).add(int(ident))
        else:
            unknown = True
    for kind, ids in wanted.items():
        rows = {int(i): int(a) for i, a in session.execute(queries[kind](sorted(ids)))}
        found.update(rows.values())
        unknown = unknown or len(rows) < len(ids)
    return frozenset(found), unknown


def person_nodes(
    session: Session,
    account_id: int,
    ids: Iterable[int],
    deal_id: int | None = None,
    *,
    today: date | None = None,
) -> dict[int, PersonNode]:
    """The map's nodes of these people of ``account_id`` as :func:`org_data` reads them
    (a deal's roles over the standing ones); people of another account, deleted or
    gone are left out. One query for the few people an edit touched."""
    from model.entities import Department

    wanted = sorted({int(i) for i in ids})
    if not wanted:
        return {}
    day = today or date.today()
    stmt = (
        select(*_PERSON_COLUMNS, func.coalesce(Department.name, ""))
        .outerjoin(Department, Department.id == Person.department_id)
        .where(Person.account_id == account_id, Person.id.in_(wanted))
    )
    names = [c.key for c in _PERSON_COLUMNS] + ["department"]
    people = {
        int(r[0]): dict(zip(names, r, strict=True))
        for r in session.execute(stmt)
        if r.left_on is None or r.left_on > day
    }
    if deal_id is not None:
        for pid, values in _deal_overrides(session, account_id, deal_id).items():
            if pid in people:
                people[pid] = {**people[pid], **values}
    competitors = _competitor_names(session)
    return {pid: _node(row, competitors) for pid, row in people.items()}
