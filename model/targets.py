"""Targets, attainment, pipeline coverage and the reverse funnel (GOAL.4).

A target (:class:`~model.entities.Target`) is what one member — or, with no
member, the whole team — is to bring in during a period ("2027Q1", "2027-01",
"2027"), in the workspace's base currency: ``won`` (contract amounts signed)
or ``collected`` (payments received). The team's target is its own figure,
not the sum of its members' targets.

**Figures of a period** (all in the base currency, :mod:`model.money`; an
amount in a currency without a rate is left out and its code named in
``missing_rates``):

* *won* — deals won whose close day (``Deal.closed_on``, a local day) falls in
  the period, at their contract value (the deal's amount when no contract
  value was recorded);
* *collected* — payments (:class:`~model.entities.Payment`) received in the
  period on the deals;
* *pipeline* — open deals whose expected close falls in the period, and
  *weighted* — each of those at its stage's probability in force
  (:func:`model.funnel.probabilities_in_force`: manual override, learned or
  the method's);
* *attainment* — won ÷ target; *gap* — what is still to win (target − won,
  never below zero); *coverage* — pipeline ÷ gap: how many times the open
  deals expected in the period cover what is left (None when nothing is left
  or there is no target).

A member's figures are those of the deals they own; the team's are those of
every deal, owned or not.

**Reverse funnel.** Enough opportunities (GOAL.4) means: for what is still to
win, how many deals must stand in P4 and in P3 today? With the average won
deal (over every deal the workspace has won, at its contract value) and the
probability of winning from a stage, the deals needed in a stage are
``remaining ÷ (average × probability)``. Set against the open deals now in
that stage, it tells whether the funnel holds enough to reach the target.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import and_, func, or_, select

from model.entities import Deal, Instalment, Payment, Target, TeamMember
from model.enums import DealStatus, TeamRole
from model.money import Rates, period_bounds, workspace_rates
from model.rows import Reader
from model.sql import bytewise

__all__ = [
    "FUNNEL_STAGES",
    "KINDS",
    "Attainment",
    "Figures",
    "PeriodFigures",
    "ReverseFunnel",
    "TargetRow",
    "attainment",
    "attainment_rows",
    "figures",
    "is_period",
    "members_of",
    "probabilities",
    "reverse_funnel",
    "reverse_funnel_of",
    "target_rows",
]

KINDS: tuple[str, ...] = ("won", "collected")
"""What a target counts: contract amounts won, or payments collected."""

FUNNEL_STAGES: tuple[str, ...] = ("P3", "P4")
"""The stages the reverse funnel counts opportunities in."""

TEAM = "Team"
"""The team row's name (the desktop shows its own translated label for ``member_id`` None)."""


def is_period(key: str) -> bool:
    """Whether ``key`` is a period key: "2027-01", "2027Q1" or "2027".

    >>> is_period("2027Q1"), is_period("2027-13"), is_period("Q1")
    (True, False, False)
    """
    try:
        period_bounds(key)
    except ValueError:
        return False
    return True


# -- targets ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TargetRow:
    id: int
    member_id: int | None  # None: the team's own target
    member_name: str  # "" for the team
    period: str
    kind: str  # won, collected
    amount: float  # in the base currency


def target_rows(db: Reader, period: str | None = None) -> list[TargetRow]:
    """Targets (of ``period``, or all): by period, the team first, then members by name."""
    stmt = (
        select(
            Target.id,
            Target.member_id,
            func.coalesce(TeamMember.name, ""),
            Target.period,
            Target.kind,
            Target.amount,
        )
        .outerjoin(TeamMember, TeamMember.id == Target.member_id)
        .order_by(
            Target.period,
            Target.member_id.is_not(None),
            bytewise(TeamMember.name),
            Target.member_id,
            Target.kind,
        )
    )
    if period is not None:
        stmt = stmt.where(Target.period == period)
    return [TargetRow(*row) for row in db.execute(stmt)]


# -- figures per member ------------------------------------------------------------


def probabilities(db: Reader) -> dict[str, float]:
    """The stage probabilities in force (manual override, learned, or the method's)."""
    from model.funnel import probabilities_in_force

    return {stage: p.probability for stage, p in probabilities_in_force(db).items()}


@dataclass(slots=True)
class Figures:
    """One owner's (or everyone's) figures of a period, in the base currency."""

    won: float = 0.0
    won_count: int = 0
    collected: float = 0.0
    pipeline: float = 0.0
    weighted: float = 0.0

    def add(self, other: Figures) -> None:
        self.won += other.won
        self.won_count += other.won_count
        self.collected += other.collected
        self.pipeline += other.pipeline
        self.weighted += other.weighted


@dataclass(frozen=True, slots=True)
class PeriodFigures:
    """:func:`figures`: per owner (None: deals nobody owns) and the currencies left out."""

    by_owner: Mapping[int | None, Figures]
    missing: frozenset[str] = frozenset()

    def team(self) -> Figures:
        out = Figures()
        for f in self.by_owner.values():
            out.add(f)
        return out

    def of(self, member_id: int) -> Figures:
        return self.by_owner.get(member_id) or Figures()


def figures(
    db: Reader,
    period: str,
    rates: Rates | None = None,
    probs: Mapping[str, float] | None = None,
) -> PeriodFigures:
    """Won, collected, pipeline and weighted of ``period`` per deal owner (three statements)."""
    start, end = period_bounds(period)
    rates = rates or workspace_rates(db)
    probs = probs if probs is not None else probabilities(db)
    out: dict[int | None, Figures] = defaultdict(Figures)
    missing: set[str] = set()

    def base(amount: float, currency: str) -> float | None:
        value = rates.to_base(float(amount or 0.0), currency)
        if value is None:
            missing.add(currency)
        return value

    won = (
        select(
            Deal.owner_id,
            Deal.currency,
            func.sum(func.coalesce(Deal.contract_value, Deal.amount)),
            func.count(Deal.id),
        )
        .where(
            Deal.status == DealStatus.WON.value,
            Deal.closed_on >= start,
            Deal.closed_on <= end,
        )
        .group_by(Deal.owner_id, Deal.currency)
    )
    for owner, currency, amount, count in db.execute(won):
        f = out[owner]
        f.won_count += count
        if (value := base(amount, currency)) is not None:
            f.won += value

    paid = (
        select(Deal.owner_id, Deal.currency, func.sum(Payment.amount))
        .join(Instalment, Instalment.id == Payment.instalment_id)
        .join(Deal, Deal.id == Instalment.deal_id)
        .where(Payment.received_on >= start, Payment.received_on <= end)
        .group_by(Deal.owner_id, Deal.currency)
    )
    for owner, currency, amount in db.execute(paid):
        if (value := base(amount, currency)) is not None:
            out[owner].collected += value

    pipe = (
        select(Deal.owner_id, Deal.currency, Deal.stage, func.sum(Deal.amount))
        .where(
            Deal.status == DealStatus.OPEN.value,
            Deal.expected_close >= start,
            Deal.expected_close <= end,
        )
        .group_by(Deal.owner_id, Deal.currency, Deal.stage)
    )
    for owner, currency, stage, amount in db.execute(pipe):
        if (value := base(amount, currency)) is not None:
            f = out[owner]
            f.pipeline += value
            f.weighted += value * probs.get(stage, 0.0)
    return PeriodFigures(dict(out), frozenset(missing))


def _targets(db: Reader, period: str, kind: str) -> dict[int | None, float]:
    rows = db.execute(
        select(Target.member_id, Target.amount).where(Target.period == period, Target.kind == kind)
    )
    return {member_id: amount for member_id, amount in rows}


def members_of(db: Reader, wanted: Iterable[int]) -> list[tuple[int, str]]:
    """(id, name) of active reps and of every member in ``wanted``, by name."""
    ids = sorted(set(wanted))
    where: Any = and_(TeamMember.active.is_(True), TeamMember.role == TeamRole.REP.value)
    if ids:
        where = or_(where, TeamMember.id.in_(ids))
    rows = db.execute(
        select(TeamMember.id, TeamMember.name)
        .where(where)
        .order_by(bytewise(TeamMember.name), TeamMember.id)
    )
    return [(i, n) for i, n in rows]


# -- attainment --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Attainment:
    member_id: int | None  # None: the team
    name: str
    target: float | None  # the won target; None: none set
    won: float
    collected: float
    attainment: float | None  # won / target
    pipeline: float  # open deals expected to close in the period
    weighted: float
    coverage: float | None  # pipeline / gap; None when nothing is left to win (or no target)
    gap: float  # target - won, never below zero (0 without a target)
    won_count: int = 0
    collected_target: float | None = None
    collected_attainment: float | None = None  # collected / collected target


def _ratio(a: float, b: float | None) -> float | None:
    return a / b if b else None


def _row(
    member_id: int | None, name: str, f: Figures, target: float | None, cash: float | None
) -> Attainment:
    gap = max((target or 0.0) - f.won, 0.0)
    return Attainment(
        member_id=member_id,
        name=name,
        target=target,
        won=f.won,
        collected=f.collected,
        attainment=_ratio(f.won, target),
        pipeline=f.pipeline,
        weighted=f.weighted,
        coverage=f.pipeline / gap if target is not None and gap > 0 else None,
        gap=gap,
        won_count=f.won_count,
        collected_target=cash,
        collected_attainment=_ratio(f.collected, cash),
    )


def attainment(db: Reader, period: str, today: date | None = None) -> tuple[str, list[Attainment]]:
    """(base currency, rows) of ``period``: the team's row first, then each active rep
    (and any other member with a target or figures in the period) by name.

    ``today`` is accepted for symmetry with the other reports: a period's figures
    are of the days it names, whatever the day they are read.
    """
    del today
    rates = workspace_rates(db)
    return rates.base, attainment_rows(db, period, figures(db, period, rates))


def attainment_rows(db: Reader, period: str, found: PeriodFigures) -> list[Attainment]:
    """:func:`attainment`'s rows from ``period``'s figures already read (one read of
    the figures serving attainment, reverse funnel and distribution alike)."""
    won_t = _targets(db, period, "won")
    cash_t = _targets(db, period, "collected")
    wanted = [i for i in (*found.by_owner, *won_t, *cash_t) if i is not None]
    rows = [_row(None, TEAM, found.team(), won_t.get(None), cash_t.get(None))]
    for member_id, name in members_of(db, wanted):
        rows.append(
            _row(member_id, name, found.of(member_id), won_t.get(member_id), cash_t.get(member_id))
        )
    return rows


# -- reverse funnel ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ReverseFunnel:
    period: str
    remaining: float  # won target - won so far, never below zero
    average_won: float | None  # the workspace's average won deal; None: none won yet
    needed: dict[str, float]  # P3, P4: deals needed in the stage (empty without an average)
    have: dict[str, int]  # P3, P4: open deals in the stage now
    probabilities: dict[str, float]  # P3, P4: probabilities in force
    target: float | None = None
    won: float = 0.0
    base: str = ""
    missing_rates: frozenset[str] = frozenset()


def average_won(db: Reader, rates: Rates) -> tuple[float | None, frozenset[str]]:
    """The average contract value of every won deal (base currency), and currencies left out."""
    rows = db.execute(
        select(
            Deal.currency,
            func.sum(func.coalesce(Deal.contract_value, Deal.amount)),
            func.count(Deal.id),
        )
        .where(Deal.status == DealStatus.WON.value)
        .group_by(Deal.currency)
    )
    amount, count, missing = 0.0, 0, set()
    for currency, total, n in rows:
        value = rates.to_base(float(total or 0.0), currency)
        if value is None:
            missing.add(currency)
            continue
        amount += value
        count += n
    return (amount / count if count else None), frozenset(missing)


def reverse_funnel(
    db: Reader, period: str, member_id: int | None = None, today: date | None = None
) -> ReverseFunnel:
    """How many P3 and P4 opportunities the rest of ``period``'s won target needs, against
    how many the member (or, with None, the team) has open now (see the module docstring)."""
    del today
    rates = workspace_rates(db)
    probs = probabilities(db)
    found = figures(db, period, rates, probs)
    return reverse_funnel_of(db, period, found, rates, probs, member_id)


def reverse_funnel_of(
    db: Reader,
    period: str,
    found: PeriodFigures,
    rates: Rates,
    probs: Mapping[str, float],
    member_id: int | None = None,
) -> ReverseFunnel:
    """:func:`reverse_funnel` from ``period``'s figures, rates and probabilities already
    read (``found`` read with ``probs``)."""
    f = found.team() if member_id is None else found.of(member_id)
    target = _targets(db, period, "won").get(member_id)
    remaining = max((target or 0.0) - f.won, 0.0)
    average, missing = average_won(db, rates)
    wanted = {stage: probs.get(stage, 0.0) for stage in FUNNEL_STAGES}
    needed = {s: remaining / (average * p) for s, p in wanted.items() if p > 0} if average else {}
    count = select(Deal.stage, func.count(Deal.id)).where(
        Deal.status == DealStatus.OPEN.value, Deal.stage.in_(FUNNEL_STAGES)
    )
    if member_id is not None:
        count = count.where(Deal.owner_id == member_id)
    have = dict.fromkeys(FUNNEL_STAGES, 0)
    for stage, n in db.execute(count.group_by(Deal.stage)):
        have[stage] = n
    return ReverseFunnel(
        period=period,
        remaining=remaining,
        average_won=average,
        needed=needed,
        have=have,
        probabilities=wanted,
        target=target,
        won=f.won,
        base=rates.base,
        missing_rates=found.missing | missing,
    )
