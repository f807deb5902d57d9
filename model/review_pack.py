"""What an account review pack shows, read as plain rows (issue 13).

The pack is printed for a review meeting: the account's profile, its people,
its deals with the stage's exit criteria and the five elements, the
activities of the last :data:`WINDOW_DAYS` days and the next steps still open.
The decision-chain map, routes, coverage and risks come from :mod:`graph`
(the desktop joins them); this module reads the rest in a handful of
statements and never imports Qt.

Personal attributes of customer staff (PERSON.PRIVATE: age, family,
character, career...) are read **only** when the caller asks
(``private=True``); by default a :class:`PackPerson` carries none, so
nothing downstream can print them by mistake.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select

from model.activities import ActivityFilter, ActivityRow, activity_rows
from model.board import DealDetail, deal_detail
from model.entities import (
    PRIVATE_FIELDS,
    Account,
    Competitor,
    Deal,
    Department,
    Person,
    PersonPrivate,
    TeamMember,
)
from model.methodology import Methodology, load_methodology
from model.rows import Reader
from model.tasks import TaskRow, deal_tasks

__all__ = [
    "PROFILE_FIELDS",
    "WINDOW_DAYS",
    "NextStep",
    "PackPerson",
    "ReviewPack",
    "account_matches",
    "review_pack",
]

WINDOW_DAYS = 90
"""Activities of this many days before the pack's day are listed."""

PROFILE_FIELDS: tuple[str, ...] = (
    "nature",
    "industry",
    "region",
    "scale",
    "sales_channel",
    "partner_kind",
    "partner_name",
    "parent",
    "owner",
    "territory",
    "development_stage",
    "registered_capital",
    "main_business",
    "industry_chain",
    "org_structure",
    "markets",
    "business_regions",
    "culture",
    "it_situation",
    "core_needs",
    "note",
)
"""The profile's fields in print order; empty ones are left out of the pack."""

_ACCOUNT_COLUMNS = tuple(f for f in PROFILE_FIELDS if f not in ("parent", "owner"))


@dataclass(frozen=True, slots=True)
class PackPerson:
    """One person of the customer as the pack lists them.

    ``private`` holds (field, value) pairs of PERSON.PRIVATE that are filled in,
    and only when the pack was read with ``private=True``; otherwise ``()``.
    """

    id: int
    name: str
    title: str
    department: str
    role: str | None
    support: int
    backs: str
    insider: bool
    coach: bool
    manager: str
    private: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class NextStep:
    """A step still to take on the account: an activity's next step or a deal's task.

    ``kind`` is ``"activity"`` or ``"task"``; ``action`` a method key-action id
    (``P3.ACT.REP.2``) for a task without its own title, else ``""``.
    """

    kind: str
    text: str
    action: str
    due: date | None
    deal: str
    who: str  # our members of the activity, or the task's assignee ("" when nobody took it)
    overdue: bool
    team_role: str = ""  # a task's team role (rep, presales, manager)


@dataclass(frozen=True, slots=True)
class ReviewPack:
    """Everything the pack prints about one account except the map's analysis."""

    account_id: int
    name: str
    today: date
    since: date
    profile: tuple[tuple[str, str], ...]  # (PROFILE_FIELDS key, value), filled ones only
    people: tuple[PackPerson, ...]
    deals: tuple[DealDetail, ...]  # open deals, then those closed since ``since``
    activities: tuple[ActivityRow, ...]  # newest first
    next_steps: tuple[NextStep, ...]  # overdue first, then by due day
    private: bool

    @property
    def open_deals(self) -> tuple[DealDetail, ...]:
        return tuple(d for d in self.deals if d.status == "open")


def review_pack(
    db: Reader,
    account_id: int,
    *,
    private: bool = False,
    today: date | None = None,
    method: Methodology | None = None,
) -> ReviewPack | None:
    """The pack of ``account_id`` as of ``today`` (a local day), or None if it is gone."""
    today = today or date.today()
    method = method or load_methodology()
    since = today - timedelta(days=WINDOW_DAYS)
    head = db.execute(
        select(Account.name, Account.parent_id, Account.owner_id, *_account_columns()).where(
            Account.id == account_id
        )
    ).first()
    if head is None:
        return None
    name, parent_id, owner_id, *values = head
    names = dict(db.execute(select(TeamMember.id, TeamMember.name)).all())
    parent = (
        db.execute(select(Account.name).where(Account.id == parent_id)).scalar() or ""
        if parent_id is not None
        else ""
    )
    stored: dict[str, Any] = dict(zip(_ACCOUNT_COLUMNS, values, strict=True))
    stored["parent"] = parent
    stored["owner"] = names.get(owner_id or 0, "")
    profile = tuple(
        (f, str(stored[f]).strip()) for f in PROFILE_FIELDS if str(stored[f] or "").strip()
    )
    people = _people(db, account_id, today, private)
    deals = _deals(db, account_id, since, method)
    activities = activity_rows(
        db, ActivityFilter(account_id=account_id, since=since, until=today), today
    )
    activities.sort(key=lambda r: (-r.on.toordinal(), -r.id))
    return ReviewPack(
        account_id=account_id,
        name=str(name),
        today=today,
        since=since,
        profile=profile,
        people=people,
        deals=deals,
        activities=tuple(activities),
        next_steps=_next_steps(db, account_id, deals, today),
        private=private,
    )


def _account_columns() -> list[Any]:
    return [getattr(Account, f) for f in _ACCOUNT_COLUMNS]


def _people(db: Reader, account_id: int, today: date, private: bool) -> tuple[PackPerson, ...]:
    manager = Person.__table__.alias("manager")
    rows = db.execute(
        select(
            Person.id,
            Person.name,
            Person.title,
            Department.name,
            Person.role,
            Person.support,
            Competitor.name,
            Person.insider,
            Person.coach,
            manager.c.name,
        )
        .outerjoin(Department, Department.id == Person.department_id)
        .outerjoin(Competitor, Competitor.id == Person.backs_competitor_id)
        .outerjoin(manager, manager.c.id == Person.manager_id)
        .where(Person.account_id == account_id)
        .where((Person.left_on.is_(None)) | (Person.left_on > today))
    ).all()
    secrets: dict[int, tuple[tuple[str, str], ...]] = {}
    if private and rows:
        columns = [getattr(PersonPrivate, f) for f in PRIVATE_FIELDS]
        for pid, *vals in db.execute(
            select(PersonPrivate.person_id, *columns).where(
                PersonPrivate.person_id.in_([int(r[0]) for r in rows])
            )
        ):
            filled = tuple(
                (f, str(v).strip())
                for f, v in zip(PRIVATE_FIELDS, vals, strict=True)
                if str(v or "").strip()
            )
            if filled:
                secrets[int(pid)] = filled
    order = {"KDM": 0, "KI": 1, "KU": 2, "LEAD": 3, "EVAL": 4}
    people = [
        PackPerson(
            int(pid),
            str(name),
            str(title or ""),
            str(dept or ""),
            role,
            int(support or 0),
            str(backs or ""),
            bool(insider),
            bool(coach),
            str(boss or ""),
            secrets.get(int(pid), ()),
        )
        for pid, name, title, dept, role, support, backs, insider, coach, boss in rows
    ]
    people.sort(key=lambda p: (order.get(p.role or "", 9), p.name.casefold(), p.id))
    return tuple(people)


_STATUS_ORDER = {"open": 0, "won": 1, "lost": 2, "shelved": 3}


def _deals(db: Reader, account_id: int, since: date, method: Methodology) -> tuple[DealDetail, ...]:
    ids = [
        int(i)
        for i in db.execute(
            select(Deal.id)
            .where(Deal.account_id == account_id)
            .where((Deal.status == "open") | (Deal.closed_on >= since))
        ).scalars()
    ]
    found = [d for d in (deal_detail(db, i, method) for i in ids) if d is not None]
    found.sort(
        key=lambda d: (_STATUS_ORDER.get(d.status, 9), -int(d.stage[1:] or 0), d.name.casefold())
    )
    return tuple(found)


def _next_steps(
    db: Reader, account_id: int, deals: tuple[DealDetail, ...], today: date
) -> tuple[NextStep, ...]:
    steps: list[NextStep] = []
    for r in activity_rows(db, ActivityFilter(account_id=account_id), today):
        if r.step_open:
            who = ", ".join(n for _, n in r.members)
            steps.append(
                NextStep("activity", r.next_step, "", r.next_due, r.deal, who, r.overdue(today))
            )
    for d in deals:
        if d.status != "open":
            continue
        for t in deal_tasks(db, d.id):
            if t.live and not t.done:
                steps.append(_task_step(t, today))
    steps.sort(key=lambda s: (not s.overdue, s.due is None, s.due or today, s.deal, s.text))
    return tuple(steps)


def _task_step(t: TaskRow, today: date) -> NextStep:
    return NextStep(
        "task",
        t.title,
        "" if t.title else t.action,
        t.due_on,
        t.deal,
        t.assignee,
        t.overdue(today),
        t.team_role,
    )


def account_matches(db: Reader, name: str, limit: int = 5) -> tuple[int | None, list[str]]:
    """(id of the account called ``name``, close names) — the id None when there is none.

    An exact name wins; else a single case-insensitive match; else up to
    ``limit`` names that contain the text or look like it, for the message.
    """
    rows = [(int(i), str(n)) for i, n in db.execute(select(Account.id, Account.name)).all()]
    exact = [i for i, n in rows if n == name]
    if exact:
        return min(exact), []
    folded = name.casefold().strip()
    same = [i for i, n in rows if n.casefold().strip() == folded]
    if len(same) == 1:
        return same[0], []
    names = sorted({n for _, n in rows}, key=str.casefold)
    containing = [n for n in names if folded and folded in n.casefold()]
    alike = difflib.get_close_matches(name, names, n=limit, cutoff=0.5)
    close: list[str] = []
    for n in [*containing, *alike]:
        if n not in close:
            close.append(n)
    return None, close[:limit]
