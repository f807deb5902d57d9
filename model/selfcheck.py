"""The self-check of P3.SELFCHECK.1..2: is a member's effort turning into opportunities?

For one member and the last :data:`WINDOW_DAYS` local days (today included):

* **activities** — Activity rows the member took part in (``activity_members``),
  counted per day (P3.SELFCHECK.1: look back at what was done each day);
* **created** — the member's deals (``Deal.owner_id``) that became an
  opportunity in the window: a stage history entry that brings the deal from
  before P3 (or from nowhere: created there) into P3 or later;
* **advanced** — the member's deals that moved forward within the
  opportunity stages in the window (an entry from P3 or later to a later
  stage). A move that was undone left no entry and does not count;
* **opportunities** — the deals created or advanced (each deal once).

**Diagnosis** (P3.SELFCHECK.2): when activities are many and opportunities
few — at least :data:`MANY_ACTIVITIES` activities and at most
:data:`FEW_OPPORTUNITIES` opportunity — the view asks the method's four
questions (channels, strategy, the confirmation of opportunities, one's own
ability and attitude).

Both the diagnosis and the warning below are for sales reps (team role
``rep``): presales, managers and executives see their figures without them,
since the opportunities they work on are the reps'.

**Reserve warning**: the member's open deals today are split into
*near-term* — in P5, P6 or P7, or in P3–P4 with an expected close within
:data:`NEAR_DAYS` days (or already past) — and *far-term* — the other open
deals in P3–P4. When near-term opportunities are none and far-term ones
:data:`FEW_FAR` or fewer, the view warns that the pipeline will run dry.

Stage history instants are stored in UTC; the window is of local days, so
its bounds are converted to UTC instants for the query.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import ColumnElement, Connection, and_, func, or_, select
from sqlalchemy.orm import Session

from model.entities import Activity, Deal, StageChange, TeamMember, activity_members
from model.enums import DealStatus, TeamRole
from model.sql import bytewise

Reader = Session | Connection

__all__ = [
    "FEW_FAR",
    "FEW_OPPORTUNITIES",
    "MANY_ACTIVITIES",
    "NEAR_DAYS",
    "RESERVE_STAGES",
    "WINDOW_DAYS",
    "SelfCheck",
    "near_term_clause",
    "self_check",
    "team_self_check",
]

WINDOW_DAYS = 14
MANY_ACTIVITIES = 8
FEW_OPPORTUNITIES = 1
NEAR_DAYS = 90
FEW_FAR = 2

_OPPORTUNITY = ("P3", "P4", "P5", "P6", "P7")
_BEFORE = ("P1", "P2")
_NEAR_STAGES = ("P5", "P6", "P7")
_FAR_STAGES = ("P3", "P4")


@dataclass(frozen=True, slots=True)
class SelfCheck:
    member_id: int
    name: str
    role: str
    start: date  # first local day of the window
    end: date  # last local day (today)
    per_day: tuple[int, ...]  # activities per day, start first
    created: int
    advanced: int
    opportunities: int  # deals created or advanced, each once
    near: int
    far: int

    @property
    def activities(self) -> int:
        return sum(self.per_day)

    @property
    def checked(self) -> bool:
        """The questions and the warning are for sales reps: the pipeline is theirs."""
        return self.role == TeamRole.REP

    @property
    def diagnose(self) -> bool:
        """A rep with many activities and few opportunities: time for the four questions."""
        return (
            self.checked
            and self.activities >= MANY_ACTIVITIES
            and self.opportunities <= FEW_OPPORTUNITIES
        )

    @property
    def thin_reserve(self) -> bool:
        """A rep with no near-term opportunity and few far-term ones."""
        return self.checked and self.near == 0 and self.far <= FEW_FAR

    @property
    def days(self) -> tuple[date, ...]:
        return tuple(self.start + timedelta(days=i) for i in range(len(self.per_day)))


RESERVE_STAGES = _NEAR_STAGES + _FAR_STAGES
"""The stages of the reserve: an open deal in one of them is near-term or far-term."""


def near_term_clause(today: date) -> ColumnElement[bool]:
    """Whether an open deal of :data:`RESERVE_STAGES` is near-term on ``today`` (the
    reserve warning's split, see the module docstring); the others are far-term."""
    horizon = today + timedelta(days=NEAR_DAYS)
    return or_(
        Deal.stage.in_(_NEAR_STAGES),
        and_(Deal.expected_close.is_not(None), Deal.expected_close <= horizon),
    )


def _utc(day: date) -> datetime:
    """The UTC instant (naive, as stored) at which local ``day`` begins."""
    return datetime.combine(day, time.min).astimezone(UTC).replace(tzinfo=None)


def team_self_check(
    db: Reader, today: date | None = None, member_ids: list[int] | None = None
) -> list[SelfCheck]:
    """The self-check of every active member (or of ``member_ids``), by name."""
    today = today or date.today()
    start = today - timedelta(days=WINDOW_DAYS - 1)
    members_q = select(TeamMember.id, TeamMember.name, TeamMember.role).order_by(
        bytewise(TeamMember.name), TeamMember.id
    )
    if member_ids is None:
        members_q = members_q.where(TeamMember.active.is_(True))
    else:
        members_q = members_q.where(TeamMember.id.in_(member_ids))
    members = list(db.execute(members_q))
    if not members:
        return []
    ids = [m.id for m in members]

    per_day: dict[int, list[int]] = {i: [0] * WINDOW_DAYS for i in ids}
    acts = (
        select(activity_members.c.member_id, Activity.on, func.count(Activity.id))
        .join(Activity, Activity.id == activity_members.c.activity_id)
        .where(
            activity_members.c.member_id.in_(ids),
            Activity.on >= start,
            Activity.on <= today,
        )
        .group_by(activity_members.c.member_id, Activity.on)
    )
    for member_id, on, count in db.execute(acts):
        per_day[member_id][(on - start).days] += count

    created: dict[int, set[int]] = {i: set() for i in ids}
    advanced: dict[int, set[int]] = {i: set() for i in ids}
    moves = (
        select(Deal.owner_id, StageChange.deal_id, StageChange.from_stage, StageChange.to_stage)
        .join(Deal, Deal.id == StageChange.deal_id)
        .where(
            Deal.owner_id.in_(ids),
            StageChange.at >= _utc(start),
            StageChange.at < _utc(today + timedelta(days=1)),
            StageChange.to_stage.in_(_OPPORTUNITY),
            or_(StageChange.from_stage.is_(None), StageChange.from_stage != StageChange.to_stage),
        )
    )
    for owner, deal_id, from_stage, to_stage in db.execute(moves):
        if owner is None:
            continue
        if from_stage is None or from_stage in _BEFORE:
            created[owner].add(deal_id)
        elif from_stage < to_stage:  # "P3" < "P4": stage IDs sort in funnel order
            advanced[owner].add(deal_id)

    near: dict[int, int] = dict.fromkeys(ids, 0)
    far: dict[int, int] = dict.fromkeys(ids, 0)
    is_near = near_term_clause(today)
    reserve = (
        select(Deal.owner_id, is_near, func.count(Deal.id))
        .where(
            Deal.owner_id.in_(ids),
            Deal.status == DealStatus.OPEN.value,
            Deal.stage.in_(RESERVE_STAGES),
        )
        .group_by(Deal.owner_id, is_near)
    )
    for owner, near_term, count in db.execute(reserve):
        if owner is None:
            continue
        (near if near_term else far)[owner] += count

    return [
        SelfCheck(
            member_id=m.id,
            name=m.name,
            role=m.role,
            start=start,
            end=today,
            per_day=tuple(per_day[m.id]),
            created=len(created[m.id]),
            advanced=len(advanced[m.id]),
            opportunities=len(created[m.id] | advanced[m.id]),
            near=near[m.id],
            far=far[m.id],
        )
        for m in members
    ]


def self_check(db: Reader, member_id: int, today: date | None = None) -> SelfCheck | None:
    """One member's self-check (None: no such member)."""
    found = team_self_check(db, today, [member_id])
    return found[0] if found else None
