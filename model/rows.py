"""Plain rows for views: what lists, tables and the board show.

Views never hold ORM objects or a live session; they get these frozen rows,
read with Core selects (one SQL statement per list) because building ORM
objects for 20,000 deals costs several times more than the query itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import (
    BindParameter,
    Connection,
    Select,
    and_,
    bindparam,
    case,
    func,
    literal_column,
    select,
    true,
)
from sqlalchemy.orm import Session

from model.currencies import RATE_SETTINGS, base_amount_sql, base_and_rates
from model.dto import AccountRow
from model.entities import (
    Account,
    Activity,
    Deal,
    DealRole,
    ExitCheck,
    FiveElementCheck,
    Person,
    Setting,
    StageChange,
    TeamMember,
)
from model.services.approvals import awaiting_moves
from model.sql import as_date, bytewise

Reader = Session | Connection


def _values(head: Any, *tail: Any) -> list[Any]:
    return [*head, *tail]


@dataclass(frozen=True, slots=True)
class DealCard:
    """One card of the funnel board."""

    id: int
    name: str
    account_id: int
    account: str
    amount: float
    currency: str
    expected_close: date | None
    owner_id: int | None
    owner: str
    stage: str
    status: str
    stage_entered_at: datetime
    protection_expires: date | None
    region: str
    industry: str
    elements_verified: int
    exits_done: int
    has_coach: bool
    kdm_support: int | None
    # A forced move of this deal waits for a manager (model.services.approvals).
    awaiting_approval: bool = False
    # Released to the public field (公田) on this day (model.protection).
    public_since: date | None = None


def board_select(
    deal_ids: list[int] | BindParameter[Any] | None = None,
) -> Select[*tuple[Any, ...]]:
    """The one statement behind the board (benchmarks run it raw too).

    With ``deal_ids`` the filter sits inside each aggregate as well, so a
    refresh of a few cards does not aggregate the evidence of every deal.
    ``deal_ids`` may be an expanding bind parameter (:func:`_board_select_some`).
    """

    def only(column: Any) -> Any:
        return column.in_(deal_ids) if deal_ids is not None else true()

    elements = (
        select(FiveElementCheck.deal_id, func.count().label("n"))
        .where(FiveElementCheck.status == "verified", only(FiveElementCheck.deal_id))
        .group_by(FiveElementCheck.deal_id)
        .subquery("fe")
    )
    exits = (
        select(ExitCheck.deal_id, func.count().label("n"))
        .join(Deal, Deal.id == ExitCheck.deal_id)
        .where(
            ExitCheck.done,
            only(ExitCheck.deal_id),
            func.substr(ExitCheck.criterion, 1, 2) == Deal.stage,
        )
        .group_by(ExitCheck.deal_id)
        .subquery("ex")
    )
    roles = (
        select(
            DealRole.deal_id,
            func.max(case((DealRole.coach, 1), else_=0)).label("coach"),
            func.max(case((DealRole.role == "KDM", DealRole.support), else_=None)).label("kdm"),
        )
        .where(only(DealRole.deal_id))
        .group_by(DealRole.deal_id)
        .subquery("dr")
    )
    if isinstance(deal_ids, BindParameter):
        waiting = awaiting_moves().where(StageChange.deal_id.in_(deal_ids))
    else:
        waiting = awaiting_moves(deal_ids)
    awaiting = waiting.subquery("aw")
    waits = select(awaiting.c.deal_id).group_by(awaiting.c.deal_id).subquery("wa")
    return (
        select(
            Deal.id,
            Deal.name,
            Deal.account_id,
            Account.name,
            Deal.amount,
            Deal.currency,
            Deal.expected_close,
            Deal.owner_id,
            func.coalesce(TeamMember.name, literal_column("''")),
            Deal.stage,
            Deal.status,
            Deal.stage_entered_at,
            Deal.protection_expires,
            Account.region,
            Account.industry,
            func.coalesce(elements.c.n, 0),
            func.coalesce(exits.c.n, 0),
            func.coalesce(roles.c.coach, 0),
            roles.c.kdm,
            waits.c.deal_id.is_not(None),
            Deal.public_since,
        )
        .join(Account, Account.id == Deal.account_id)
        .outerjoin(TeamMember, TeamMember.id == Deal.owner_id)
        .outerjoin(elements, elements.c.deal_id == Deal.id)
        .outerjoin(exits, exits.c.deal_id == Deal.id)
        .outerjoin(roles, roles.c.deal_id == Deal.id)
        .outerjoin(waits, waits.c.deal_id == Deal.id)
        .order_by(Deal.stage, Deal.id)
    )


_DEAL_IDS: BindParameter[Any] = bindparam("board_deal_ids", expanding=True)


@cache
def _board_select_some() -> Select[*tuple[Any, ...]]:
    """:func:`board_select` of the deals given as ``board_deal_ids``, built once.

    Every drop, undo and redo re-reads the cards it moved; building the statement
    took longer than running it (a few ms of SQLAlchemy constructs each time).
    """
    return board_select(_DEAL_IDS).where(Deal.id.in_(_DEAL_IDS))


def board_rows(db: Reader, *, deal_ids: list[int] | None = None) -> list[DealCard]:
    if deal_ids is not None and not deal_ids:
        return []
    if deal_ids is None:
        rows: list[Any] = list(db.execute(board_select()))
    else:
        rows = list(db.execute(_board_select_some(), {"board_deal_ids": list(deal_ids)}))
    return [DealCard(*_values(r[:17], bool(r[17]), r[18], bool(r[19]), r[20])) for r in rows]


def _only(column: Any, ids: list[int] | None) -> tuple[Any, ...]:
    """A WHERE term keeping ``ids`` (none for all): inside a grouped subquery, so a
    read of a few accounts aggregates their rows only, not every deal (107 ms → ~1 ms)."""
    return () if ids is None else (column.in_(ids),)


def base_rates(db: Reader) -> tuple[str, dict[str, float]]:
    """The base currency and the rates (settings ``base_currency``, ``currency_rates``),
    read without :mod:`model.money` (which builds on this module)."""
    query = select(Setting.key, Setting.value).where(Setting.key.in_(RATE_SETTINGS))
    return base_and_rates({key: value for key, value in db.execute(query)})


def account_rows(db: Reader, *, account_ids: list[int] | None = None) -> list[AccountRow]:
    """The accounts list: each account's open deals counted, and their amounts summed in
    the base currency at the workspace's rates (a currency without a rate left out)."""
    base, rates = base_rates(db)
    value = base_amount_sql("deals.amount", "deals.currency", base, rates)
    open_deals = (
        select(
            Deal.account_id,
            func.count().label("n"),
            func.sum(literal_column(value)).label("value"),
            *[
                func.sum(case((Deal.stage == f"P{i}", 1), else_=0)).label(f"p{i}")
                for i in range(1, 8)
            ],
        )
        .where(Deal.status == "open", *_only(Deal.account_id, account_ids))
        .group_by(Deal.account_id)
        .subquery("od")
    )
    people = (
        select(Person.account_id, func.count().label("n"))
        .where(Person.left_on.is_(None), *_only(Person.account_id, account_ids))
        .group_by(Person.account_id)
        .subquery("pp")
    )
    last = (
        select(Activity.account_id, func.max(Activity.on).label("on"))
        .where(*_only(Activity.account_id, account_ids))
        .group_by(Activity.account_id)
        .subquery("la")
    )
    stmt = (
        select(
            Account.id,
            Account.name,
            Account.nature,
            Account.industry,
            Account.region,
            Account.scale,
            Account.sales_channel,
            Account.owner_id,
            func.coalesce(TeamMember.name, literal_column("''")),
            Account.development_stage,
            Account.it_situation,
            Account.core_needs,
            func.coalesce(people.c.n, 0),
            func.coalesce(open_deals.c.n, 0),
            func.coalesce(open_deals.c.value, 0.0),
            *[func.coalesce(open_deals.c[f"p{i}"], 0) for i in range(1, 8)],
            last.c.on,
        )
        .outerjoin(TeamMember, TeamMember.id == Account.owner_id)
        .outerjoin(open_deals, open_deals.c.account_id == Account.id)
        .outerjoin(people, people.c.account_id == Account.id)
        .outerjoin(last, last.c.account_id == Account.id)
        .order_by(bytewise(Account.name), Account.id)
    )
    if account_ids is not None:
        stmt = stmt.where(Account.id.in_(account_ids))
    out = []
    rows: list[Any] = list(db.execute(stmt))
    for r in rows:
        last_on = r[22]
        out.append(AccountRow(*_values(r[:15], tuple(int(x) for x in r[15:22]), as_date(last_on))))
    return out


@dataclass(frozen=True, slots=True)
class PersonRow:
    id: int
    account_id: int
    name: str
    title: str
    department_id: int | None
    department: str
    manager_id: int | None
    manager: str
    seniority: str
    role: str | None
    support: int
    backs_competitor_id: int | None
    insider: bool
    coach: bool
    phone: str
    email: str
    left_on: date | None


def person_rows(db: Reader, account_id: int) -> list[PersonRow]:
    from model.entities import Department

    boss = select(Person.id, Person.name).subquery("boss")
    stmt = (
        select(
            Person.id,
            Person.account_id,
            Person.name,
            Person.title,
            Person.department_id,
            func.coalesce(Department.name, literal_column("''")),
            Person.manager_id,
            func.coalesce(boss.c.name, literal_column("''")),
            Person.seniority,
            Person.role,
            Person.support,
            Person.backs_competitor_id,
            Person.insider,
            Person.coach,
            Person.phone,
            Person.email,
            Person.left_on,
        )
        .outerjoin(Department, Department.id == Person.department_id)
        .outerjoin(boss, and_(boss.c.id == Person.manager_id))
        .where(Person.account_id == account_id)
        .order_by(bytewise(Person.name), Person.id)
    )
    return [PersonRow(*r) for r in db.execute(stmt)]


@dataclass(frozen=True, slots=True)
class MemberRow:
    id: int
    name: str
    role: str
    manager_id: int | None
    manager: str
    email: str
    active: bool
    uuid: str = ""  # stable across delete and undo; "who I am" is stored by it


def member_rows(db: Reader) -> list[MemberRow]:
    boss = select(TeamMember.id, TeamMember.name).subquery("boss")
    stmt = (
        select(
            TeamMember.id,
            TeamMember.name,
            TeamMember.role,
            TeamMember.manager_id,
            func.coalesce(boss.c.name, literal_column("''")),
            TeamMember.email,
            TeamMember.active,
            TeamMember.uuid,
        )
        .outerjoin(boss, boss.c.id == TeamMember.manager_id)
        .order_by(bytewise(TeamMember.name), TeamMember.id)
    )
    return [MemberRow(*r) for r in db.execute(stmt)]
