"""Reads of the activity log: the timeline, one activity to edit, what the editor offers.

Views get plain frozen rows (no ORM objects). :func:`activity_rows` reads the
timeline with a fixed number of statements whatever its length — the
activities with their account and deal, then our members and the people met
of those same activities (the filter is a subquery, so no id list grows with
the log) — and orders it: next steps overdue first (the longest overdue
first), then newest first.

A next step is *overdue* when it has a due day (``Activity.next_due``, a local
day) before today and no done day (``Activity.next_done_on``); due today is
not overdue yet.

:func:`hq_visits` answers P5.RULE.2 for a deal: who of the customer's people
visited our headquarters for it (activities of kind ``hq_visit`` made for the
deal, on or before today), and whether the KDM did.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Connection, and_, case, func, select
from sqlalchemy.orm import Session

from model.board import VisitCandidate, VisitMember, visit_choices
from model.entities import (
    Account,
    Activity,
    Deal,
    Person,
    TeamMember,
    activity_members,
    activity_people,
)
from model.enums import ActivityKind, DealStatus, Role
from model.sql import bytewise

Reader = Session | Connection

HQ_RULE_ID = "P5.RULE.2"
"""Invite the buying group, above all the KDM, to visit our headquarters."""


def is_overdue(next_due: date | None, next_done_on: date | None, today: date) -> bool:
    """A next step due before ``today`` and not done.

    >>> is_overdue(date(2025, 3, 1), None, date(2025, 3, 2))
    True
    >>> is_overdue(date(2025, 3, 2), None, date(2025, 3, 2))  # due today: not yet
    False
    >>> is_overdue(date(2025, 3, 1), date(2025, 3, 5), date(2025, 3, 9))
    False
    """
    return next_due is not None and next_done_on is None and next_due < today


@dataclass(frozen=True, slots=True)
class ActivityFilter:
    """Which activities the timeline shows; None: any. ``since``/``until`` are
    local days, both included; ``overdue_only`` keeps overdue next steps."""

    account_id: int | None = None
    deal_id: int | None = None
    person_id: int | None = None
    member_id: int | None = None
    kind: str | None = None
    since: date | None = None
    until: date | None = None
    overdue_only: bool = False


@dataclass(frozen=True, slots=True)
class ActivityRow:
    """One activity of the timeline. ``members`` and ``people`` are (id, name)."""

    id: int
    account_id: int
    account: str
    deal_id: int | None
    deal: str
    kind: str
    on: date
    level: str
    summary: str
    next_step: str
    next_due: date | None
    next_done_on: date | None
    members: tuple[tuple[int, str], ...] = ()
    people: tuple[tuple[int, str], ...] = ()

    def overdue(self, today: date) -> bool:
        return is_overdue(self.next_due, self.next_done_on, today)

    @property
    def step_open(self) -> bool:
        """A next step (or a due day) not yet marked done."""
        return bool(self.next_step or self.next_due) and self.next_done_on is None


def timeline_order(rows: Iterable[ActivityRow], today: date) -> list[ActivityRow]:
    """Overdue next steps first (the oldest due day first), then newest first."""

    def key(r: ActivityRow) -> tuple[int, int, int, int]:
        late = r.overdue(today)
        due = r.next_due.toordinal() if late and r.next_due is not None else 0
        return (0 if late else 1, due, -r.on.toordinal(), -r.id)

    return sorted(rows, key=key)


def _conditions(where: ActivityFilter, today: date) -> list[Any]:
    found: list[Any] = []
    if where.account_id is not None:
        found.append(Activity.account_id == where.account_id)
    if where.deal_id is not None:
        found.append(Activity.deal_id == where.deal_id)
    if where.kind:
        found.append(Activity.kind == where.kind)
    if where.since is not None:
        found.append(Activity.on >= where.since)
    if where.until is not None:
        found.append(Activity.on <= where.until)
    if where.person_id is not None:
        found.append(
            Activity.id.in_(
                select(activity_people.c.activity_id).where(
                    activity_people.c.person_id == where.person_id
                )
            )
        )
    if where.member_id is not None:
        found.append(
            Activity.id.in_(
                select(activity_members.c.activity_id).where(
                    activity_members.c.member_id == where.member_id
                )
            )
        )
    if where.overdue_only:
        found += [Activity.next_due < today, Activity.next_done_on.is_(None)]
    return found


def _late(today: date) -> Any:
    return and_(Activity.next_due < today, Activity.next_done_on.is_(None))


def activity_rows(
    db: Reader,
    where: ActivityFilter | None = None,
    today: date | None = None,
    limit: int | None = None,
) -> list[ActivityRow]:
    """The activities ``where`` selects in :func:`timeline_order`, the first ``limit``.

    Three statements whatever the length: the activities (ordered and cut in
    SQL), then our members and the people met of those activities.
    """
    where = where or ActivityFilter()
    day = today or date.today()
    conditions = _conditions(where, day)
    late = _late(day)
    query = (
        select(
            Activity.id,
            Activity.account_id,
            Account.name,
            Activity.deal_id,
            Deal.name,
            Activity.kind,
            Activity.on,
            Activity.level,
            Activity.summary,
            Activity.next_step,
            Activity.next_due,
            Activity.next_done_on,
        )
        .join(Account, Account.id == Activity.account_id)
        .outerjoin(Deal, Deal.id == Activity.deal_id)
        .where(*conditions)
        .order_by(
            case((late, 0), else_=1),
            case((late, Activity.next_due), else_=None),
            Activity.on.desc(),
            Activity.id.desc(),
        )
    )
    if limit is not None:
        query = query.limit(limit)
    head = db.execute(query).all()
    if not head:
        return []
    chosen: Any = (
        [int(r[0]) for r in head] if limit is not None else select(Activity.id).where(*conditions)
    )
    ours = _named_by_activity(db, activity_members.c.member_id, TeamMember, chosen)
    theirs = _named_by_activity(db, activity_people.c.person_id, Person, chosen)
    return [
        ActivityRow(
            int(aid),
            int(acc),
            str(acc_name),
            deal_id,
            str(deal_name or ""),
            str(kind),
            on,
            str(level),
            str(summary or ""),
            str(step or ""),
            due,
            done,
            tuple(ours.get(aid, ())),
            tuple(theirs.get(aid, ())),
        )
        for (aid, acc, acc_name, deal_id, deal_name, kind, on, level, summary, step, due, done) in (
            head
        )
    ]


def _named_by_activity(
    db: Reader, link: Any, named: type[TeamMember] | type[Person], chosen: Any
) -> dict[int, list[tuple[int, str]]]:
    """(id, name) of the members or people that ``link`` (a column of
    activity_members or activity_people) ties to each ``chosen`` activity, by name."""
    out: dict[int, list[tuple[int, str]]] = {}
    for aid, ident, name in db.execute(
        select(link.table.c.activity_id, named.id, named.name)
        .join(named, named.id == link)
        .where(link.table.c.activity_id.in_(chosen))
        .order_by(bytewise(named.name), named.id)
    ):
        out.setdefault(aid, []).append((int(ident), str(name)))
    return out


def activity_count(
    db: Reader, where: ActivityFilter | None = None, today: date | None = None
) -> tuple[int, int]:
    """(activities ``where`` selects, of them with a next step overdue) in one statement."""
    day = today or date.today()
    total, late = db.execute(
        select(func.count(Activity.id), func.count(case((_late(day), 1)))).where(
            *_conditions(where or ActivityFilter(), day)
        )
    ).one()
    return int(total), int(late or 0)


def activity_row(db: Reader, activity_id: int, today: date | None = None) -> ActivityRow | None:
    """One activity as the timeline shows it, or None if it is gone."""
    acc = db.execute(select(Activity.account_id).where(Activity.id == activity_id)).scalar()
    if acc is None:
        return None
    rows = activity_rows(db, ActivityFilter(account_id=acc), today)
    return next((r for r in rows if r.id == activity_id), None)


@dataclass(frozen=True, slots=True)
class ActivityDraft:
    """What the editor shows of an activity: a stored one (``id``) or a new one."""

    account_id: int
    deal_id: int | None = None
    kind: str = ActivityKind.VISIT.value
    on: date | None = None
    members: tuple[int, ...] = ()
    people: tuple[int, ...] = ()
    summary: str = ""
    next_step: str = ""
    next_due: date | None = None
    next_done_on: date | None = None
    id: int | None = None


def activity_draft(db: Reader, activity_id: int) -> ActivityDraft | None:
    """A stored activity as the editor edits it, or None if it is gone."""
    found = db.execute(
        select(
            Activity.account_id,
            Activity.deal_id,
            Activity.kind,
            Activity.on,
            Activity.summary,
            Activity.next_step,
            Activity.next_due,
            Activity.next_done_on,
        ).where(Activity.id == activity_id)
    ).first()
    if found is None:
        return None
    acc, deal_id, kind, on, summary, step, due, done = found
    members = db.execute(
        select(activity_members.c.member_id)
        .where(activity_members.c.activity_id == activity_id)
        .order_by(activity_members.c.member_id)
    ).scalars()
    people = db.execute(
        select(activity_people.c.person_id)
        .where(activity_people.c.activity_id == activity_id)
        .order_by(activity_people.c.person_id)
    ).scalars()
    return ActivityDraft(
        int(acc),
        deal_id,
        str(kind),
        on,
        tuple(int(m) for m in members),
        tuple(int(p) for p in people),
        str(summary or ""),
        str(step or ""),
        due,
        done,
        activity_id,
    )


@dataclass(frozen=True, slots=True)
class DealOption:
    """A deal of the account the editor offers (open ones first)."""

    id: int
    name: str
    stage: str
    status: str


@dataclass(frozen=True)
class ActivityChoices:
    """What the activity editor chooses from for one account (and deal, if chosen).

    ``people`` are :class:`~model.board.VisitCandidate` (the deal's people first
    when a deal is chosen); ``holders`` maps the people holding KI/KU/KDM on
    that deal to the role, for the senior-visit verdict; ``left_on`` the day
    each offered person left.
    """

    account_id: int
    account: str
    deal_id: int | None
    deal: str
    deals: tuple[DealOption, ...]
    members: tuple[VisitMember, ...]
    people: tuple[VisitCandidate, ...]
    holders: dict[int, str] = field(default_factory=dict)
    left_on: dict[int, date | None] = field(default_factory=dict)


def activity_choices(
    db: Reader,
    account_id: int,
    deal_id: int | None = None,
    today: date | None = None,
    keep_members: Iterable[int] = (),
) -> ActivityChoices | None:
    """The account's deals, our active members (and ``keep_members``, who took
    part in the activity edited, active or not) and the account's people."""
    account = db.execute(select(Account.name).where(Account.id == account_id)).scalar()
    if account is None:
        return None
    day = today or date.today()
    deals = sorted(
        (
            DealOption(int(i), str(n), str(s), str(st))
            for i, n, s, st in db.execute(
                select(Deal.id, Deal.name, Deal.stage, Deal.status).where(
                    Deal.account_id == account_id
                )
            )
        ),
        key=lambda d: (d.status != DealStatus.OPEN.value, d.name.casefold(), d.id),
    )
    keep = set(keep_members)
    members = tuple(
        VisitMember(int(i), str(n), str(r))
        for i, n, r in db.execute(
            select(TeamMember.id, TeamMember.name, TeamMember.role)
            .where(TeamMember.active | TeamMember.id.in_(sorted(keep)))
            .order_by(bytewise(TeamMember.name), TeamMember.id)
        )
    )
    if deal_id is not None and any(d.id == deal_id for d in deals):
        deal = visit_choices(db, deal_id, day)
        if deal is not None:
            return ActivityChoices(
                account_id,
                str(account),
                deal_id,
                deal.deal,
                tuple(deals),
                members,
                deal.people,
                dict(deal.holders),
                dict(deal.left_on),
            )
    people = tuple(
        VisitCandidate(int(pid), str(name), str(title or ""), role, False, left_on)
        for pid, name, title, role, left_on in db.execute(
            select(Person.id, Person.name, Person.title, Person.role, Person.left_on)
            .where(Person.account_id == account_id)
            .order_by(bytewise(Person.name), Person.id)
        )
    )
    return ActivityChoices(
        account_id,
        str(account),
        None,
        "",
        tuple(deals),
        members,
        people,
        {},
        {p.id: p.left_on for p in people},
    )


def account_options(db: Reader, with_activities: bool = False) -> list[tuple[int, str]]:
    """(id, name) of the accounts, by name; ``with_activities``: only those with any."""
    query = select(Account.id, Account.name).order_by(bytewise(Account.name), Account.id)
    if with_activities:
        query = query.where(Account.id.in_(select(Activity.account_id)))
    return [(int(i), str(n)) for i, n in db.execute(query)]


def member_options(db: Reader) -> list[tuple[int, str]]:
    """(id, name) of our members, active or not (a timeline keeps those who left)."""
    query = select(TeamMember.id, TeamMember.name).order_by(
        bytewise(TeamMember.name), TeamMember.id
    )
    return [(int(i), str(n)) for i, n in db.execute(query)]


def names_of(
    db: Reader, *, deal_id: int | None = None, person_id: int | None = None
) -> tuple[str, str]:
    """The names a filter chip shows: (deal name, person name), "" when not asked or gone."""
    deal = person = ""
    if deal_id is not None:
        deal = str(db.execute(select(Deal.name).where(Deal.id == deal_id)).scalar() or "")
    if person_id is not None:
        person = str(db.execute(select(Person.name).where(Person.id == person_id)).scalar() or "")
    return deal, person


@dataclass(frozen=True)
class HqVisits:
    """P5.RULE.2 for one deal: the people who visited our headquarters for it.

    ``visitors`` are (person id, name, role on the deal or None, first day),
    by day; ``kdm_visited``: one of them holds the KDM role on the deal.
    """

    deal_id: int
    visitors: tuple[tuple[int, str, str | None, date], ...] = ()

    @property
    def kdm_visited(self) -> bool:
        return any(role == Role.KDM.value for _, _, role, _ in self.visitors)

    @property
    def met(self) -> bool:
        """The rule's wish fulfilled: the buying group's KDM has been to our headquarters."""
        return self.kdm_visited


def hq_visits(db: Reader, deal_id: int, today: date | None = None) -> HqVisits:
    """Who visited our headquarters for ``deal_id`` on or before ``today`` (P5.RULE.2)."""
    from model.rules.chain import chain_facts

    day = today or date.today()
    chain = chain_facts(db, [deal_id], today=day).get(deal_id)
    roles = {} if chain is None else {p.id: p.role for p in chain.people}
    first: dict[int, tuple[str, date]] = {}
    for pid, name, on in db.execute(
        select(Person.id, Person.name, Activity.on)
        .join(activity_people, activity_people.c.activity_id == Activity.id)
        .join(Person, Person.id == activity_people.c.person_id)
        .where(
            Activity.deal_id == deal_id,
            Activity.kind == ActivityKind.HQ_VISIT.value,
            Activity.on <= day,
        )
        .order_by(Activity.on, Person.id)
    ):
        first.setdefault(int(pid), (str(name), on))
    return HqVisits(
        deal_id,
        tuple((pid, name, roles.get(pid), on) for pid, (name, on) in first.items()),
    )


def deal_account(db: Reader, deal_id: int) -> int | None:
    """The account of a deal, or None if it is gone."""
    found = db.execute(select(Deal.account_id).where(Deal.id == deal_id)).scalar()
    return None if found is None else int(found)
