"""What the task lists show: My tasks, a manager's list with escalations, a deal's tasks.

A task is **live** while its deal is open and the deal has reached the
task's stage; otherwise it is **dormant** (a move back, a close: see
:mod:`model.services.tasks`) and only the deal's own list shows it.

A live task not done by its due day is **overdue** from the next local day
on (``due_on < today``: due today is still on time). An overdue task
**escalates** to the direct manager of its assignee — of the deal's owner
when nobody has taken it — and shows on that manager's list, marked, beside
the manager's own tasks.

Days are the user's local days (``date.today()``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import Connection, Select, and_, case, func, literal_column, or_, select
from sqlalchemy.orm import Session, aliased

from model.entities import Account, Deal, Task, TeamMember
from model.enums import STAGES, DealStatus
from model.sql import bytewise

Reader = Session | Connection

__all__ = ["TaskRow", "deal_tasks", "member_tasks", "my_tasks", "open_deal_choices"]


@dataclass(frozen=True, slots=True)
class TaskRow:
    id: int
    uuid: str
    deal_id: int
    deal: str
    account_id: int
    account: str
    deal_stage: str
    deal_status: str
    stage: str
    action: str  # the method's key-action ID; "" for a task written by hand
    team_role: str
    title: str
    assignee_id: int | None
    assignee: str
    due_on: date | None
    done_on: date | None
    owner_id: int | None
    # Who an overdue task escalates to: the assignee's manager (the owner's, unassigned).
    escalates_to: int | None
    # On a member's list: shown there because it escalated from a report.
    escalated: bool = False

    @property
    def live(self) -> bool:
        """Open deal, stage reached: the task counts (lists, escalation)."""
        return self.deal_status == DealStatus.OPEN and _rank(self.stage) <= _rank(self.deal_stage)

    @property
    def done(self) -> bool:
        return self.done_on is not None

    def overdue(self, today: date | None = None) -> bool:
        """Live, not done, and its due day has passed (local days)."""
        today = today or date.today()
        return self.live and not self.done and self.due_on is not None and self.due_on < today

    def days_late(self, today: date | None = None) -> int:
        today = today or date.today()
        return (today - self.due_on).days if self.overdue(today) and self.due_on else 0


_RANKS = {s.value: s.number for s in STAGES}


def _rank(stage: str) -> int:
    return _RANKS.get(stage, 0)


def _select() -> Select[*tuple[Any, ...]]:
    assignee = aliased(TeamMember, name="assignee")
    owner = aliased(TeamMember, name="owner")
    escalates = case((Task.assignee_id.is_not(None), assignee.manager_id), else_=owner.manager_id)
    return (
        select(
            Task.id,
            Task.uuid,
            Task.deal_id,
            Deal.name,
            Deal.account_id,
            Account.name,
            Deal.stage,
            Deal.status,
            Task.stage,
            Task.action,
            Task.team_role,
            Task.title,
            Task.assignee_id,
            func.coalesce(assignee.name, literal_column("''")),
            Task.due_on,
            Task.done_on,
            Deal.owner_id,
            escalates.label("escalates_to"),
        )
        .join(Deal, Deal.id == Task.deal_id)
        .join(Account, Account.id == Deal.account_id)
        .outerjoin(assignee, assignee.id == Task.assignee_id)
        .outerjoin(owner, owner.id == Deal.owner_id)
    )


def _live(stmt: Select[*tuple[Any, ...]]) -> Select[*tuple[Any, ...]]:
    """Only tasks of open deals in a stage the deal has reached (SQL side of ``live``)."""
    reached = or_(
        *(
            and_(Deal.stage == s.value, Task.stage.in_([x.value for x in STAGES[: s.number]]))
            for s in STAGES
        )
    )
    return stmt.where(Deal.status == DealStatus.OPEN.value, reached)


def _order(rows: list[TaskRow], today: date) -> list[TaskRow]:
    """Overdue first (the longest late first), then by due day (none last), deal, stage."""
    return sorted(
        rows,
        key=lambda r: (
            r.done,
            not r.overdue(today),
            r.due_on or date.max,
            r.deal.casefold(),
            r.stage,
            r.action,
            r.id,
        ),
    )


def member_tasks(
    db: Reader, member_id: int, today: date | None = None, *, include_done: bool = False
) -> list[TaskRow]:
    """A member's list: their live tasks, the tasks of their team role nobody has
    taken yet (presales tasks start so: see :mod:`model.services.tasks`), and the
    overdue ones that escalated to them.

    Escalated rows are marked ``escalated``; overdue rows come first. With
    ``include_done`` the member's done tasks follow, last.
    """
    today = today or date.today()
    stmt = _live(_select())
    own = stmt.where(Task.assignee_id == member_id)
    if not include_done:
        own = own.where(Task.done_on.is_(None))
    rows = [TaskRow(*r) for r in db.execute(own)]
    # Tasks nobody has taken yet wait on the lists of the members of their team role.
    role = (
        select(TeamMember.role)
        .where(TeamMember.id == member_id, TeamMember.active.is_(True))
        .scalar_subquery()
    )
    pool = stmt.where(Task.assignee_id.is_(None), Task.done_on.is_(None), Task.team_role == role)
    rows += [TaskRow(*r) for r in db.execute(pool)]
    reports = select(TeamMember.id).where(TeamMember.manager_id == member_id)
    up = stmt.where(
        Task.done_on.is_(None),
        Task.due_on < today,
        or_(
            Task.assignee_id.in_(reports),
            and_(Task.assignee_id.is_(None), Deal.owner_id.in_(reports)),
        ),
    )
    mine = {r.id for r in rows}
    for r in db.execute(up):
        row = replace(TaskRow(*r), escalated=True)
        if row.id not in mine and row.escalates_to == member_id:
            rows.append(row)
    return _order(rows, today)


def my_tasks(db: Reader, member_id: int | None, today: date | None = None) -> list[TaskRow]:
    """ "My tasks" of the member using the app (none when the user has not said who they are)."""
    return [] if member_id is None else member_tasks(db, member_id, today)


def deal_tasks(db: Reader, deal_id: int) -> list[TaskRow]:
    """Every task of one deal, dormant ones included, by stage then role and action."""
    stmt = _select().where(Task.deal_id == deal_id).order_by(Task.stage, Task.team_role, Task.id)
    return [TaskRow(*r) for r in db.execute(stmt)]


def task_row(db: Reader, task_id: int) -> TaskRow | None:
    found = db.execute(_select().where(Task.id == task_id)).first()
    return None if found is None else TaskRow(*found)


@dataclass(frozen=True, slots=True)
class DealChoice:
    id: int
    name: str
    account: str
    stage: str


def open_deal_choices(db: Reader) -> list[DealChoice]:
    """Open deals a task written by hand may be for, by account and name."""
    stmt = (
        select(Deal.id, Deal.name, Account.name, Deal.stage)
        .join(Account, Account.id == Deal.account_id)
        .where(Deal.status == DealStatus.OPEN.value)
        .order_by(bytewise(Account.name), bytewise(Deal.name), Deal.id)
    )
    return [DealChoice(*r) for r in db.execute(stmt)]
