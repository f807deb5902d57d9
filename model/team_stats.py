"""The team's figures: the reserve near and far, and how results spread (GOAL.4, GOAL.8).

**Near and far** (:func:`near_far`): each member's open deals in P3–P7 split
into near-term and far-term exactly as the self-check's reserve warning
splits them (:func:`model.selfcheck.near_term_clause`: P5–P7, or P3–P4 due
to close within :data:`model.selfcheck.NEAR_DAYS` days or already late), with
their amounts in the base currency. A team whose deals are all far away
will win little soon; one with nothing far away will run dry later.

**Distribution** (:func:`distribution`): the method wants high results per
head, not results carried by a few people. For a period, each member's won
amount (as :mod:`model.targets` counts it) and open pipeline expected in the
period; the result per head; the share of the total won by the top 20% of
members (the best ``ceil(20% × members)``); and the Gini coefficient of the
won amounts (0: everyone won the same; towards 1: one person won it all).

The members counted are the active reps and anyone else who owns a deal
counted in the figures.

**The members a chart shows** (:func:`top_and_rest`): a chart of a large team
shows the :data:`TOP_MEMBERS` who matter most and sums the rest into one
"Others" bar, whose deals (:func:`member_deal_ids`) a click lists like any bar's.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from sqlalchemy import func, select

from model.entities import Deal
from model.enums import DealStatus
from model.money import period_bounds, workspace_rates
from model.rows import Reader
from model.selfcheck import RESERVE_STAGES, near_term_clause
from model.targets import (
    Attainment,
    PeriodFigures,
    ReverseFunnel,
    attainment_rows,
    figures,
    members_of,
    probabilities,
    reverse_funnel_of,
)

__all__ = [
    "TOP_MEMBERS",
    "TOP_SHARE",
    "Distribution",
    "MemberResult",
    "NearFar",
    "TeamFigures",
    "distribution",
    "distribution_of",
    "gini",
    "member_deal_ids",
    "near_far",
    "team_figures",
    "top_and_rest",
    "top_share",
]

TOP_SHARE = 0.2
"""The top fifth of the members whose share of the total the distribution reports."""

T = TypeVar("T")

TOP_MEMBERS = 12
"""How many members a team chart shows one by one; the rest are summed into one bar."""


# -- near and far -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NearFar:
    member_id: int
    name: str
    near: int
    far: int
    near_amount: float  # base currency
    far_amount: float


def near_far(db: Reader, today: date | None = None) -> list[NearFar]:
    """Each member's near-term and far-term open deals (count and amount), by name."""
    today = today or date.today()
    rates = workspace_rates(db)
    is_near = near_term_clause(today)
    stmt = (
        select(Deal.owner_id, is_near, Deal.currency, func.count(Deal.id), func.sum(Deal.amount))
        .where(
            Deal.status == DealStatus.OPEN.value,
            Deal.stage.in_(RESERVE_STAGES),
            Deal.owner_id.is_not(None),
        )
        .group_by(Deal.owner_id, is_near, Deal.currency)
    )
    counts: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    amounts: dict[int, list[float]] = defaultdict(lambda: [0.0, 0.0])
    for owner, near, currency, n, amount in db.execute(stmt):
        if owner is None:
            continue
        k = 0 if near else 1
        counts[owner][k] += n
        value = rates.to_base(float(amount or 0.0), currency)
        if value is not None:
            amounts[owner][k] += value
    return [
        NearFar(
            member_id=i,
            name=name,
            near=counts[i][0],
            far=counts[i][1],
            near_amount=amounts[i][0],
            far_amount=amounts[i][1],
        )
        for i, name in members_of(db, counts)
    ]


# -- distribution -------------------------------------------------------------------


def gini(values: Sequence[float]) -> float | None:
    """The Gini coefficient of ``values``: 0 when all are equal, (n − 1) / n when one
    holds everything; None when there is nothing to share (no values, or all zero).

    >>> gini([5, 5, 5, 5])
    0.0
    >>> gini([1, 2, 3, 4])
    0.25
    >>> gini([0, 0, 0, 10])
    0.75
    >>> gini([]) is None, gini([0, 0]) is None
    (True, True)
    """
    xs = sorted(float(v) for v in values)
    n, whole = len(xs), sum(xs)
    if n == 0 or whole <= 0:
        return None
    ranked = sum(i * x for i, x in enumerate(xs, start=1))
    return max(0.0, 2 * ranked / (n * whole) - (n + 1) / n)


def top_share(values: Sequence[float], share: float = TOP_SHARE) -> float | None:
    """The part of the total held by the top ``ceil(share × n)`` values; None when the
    total is zero.

    >>> top_share([10, 20, 30, 40, 100])  # the top 1 of 5
    0.5
    >>> top_share([1, 1, 1, 1, 1, 1])  # the top 2 of 6
    0.3333333333333333
    """
    whole = sum(values)
    if not values or whole <= 0:
        return None
    k = math.ceil(share * len(values) - 1e-9)
    return sum(sorted(values, reverse=True)[:k]) / whole


@dataclass(frozen=True, slots=True)
class MemberResult:
    member_id: int
    name: str
    won: float  # base currency, deals won in the period
    won_count: int
    pipeline: float  # open deals expected to close in the period
    weighted: float


@dataclass(frozen=True, slots=True)
class Distribution:
    base: str
    rows: tuple[MemberResult, ...]  # the largest won first
    per_head: float  # total won / members
    top20_share: float | None  # share of the total won by the top 20% of members
    gini: float | None
    period: str = ""
    total: float = 0.0
    missing_rates: frozenset[str] = frozenset()


def distribution(db: Reader, period: str, today: date | None = None) -> Distribution:
    """How the period's results spread over the members (see the module docstring)."""
    del today
    rates = workspace_rates(db)
    return distribution_of(db, period, figures(db, period, rates), rates.base)


def distribution_of(db: Reader, period: str, found: PeriodFigures, base: str) -> Distribution:
    """:func:`distribution` from ``period``'s figures already read (in ``base``)."""
    rows = []
    for member_id, name in members_of(db, [i for i in found.by_owner if i is not None]):
        f = found.of(member_id)
        rows.append(MemberResult(member_id, name, f.won, f.won_count, f.pipeline, f.weighted))
    rows.sort(key=lambda r: (-r.won, -r.pipeline, r.name, r.member_id))
    won = [r.won for r in rows]
    whole = sum(won)
    return Distribution(
        base=base,
        rows=tuple(rows),
        per_head=whole / len(rows) if rows else 0.0,
        top20_share=top_share(won),
        gini=gini(won),
        period=period,
        total=whole,
        missing_rates=found.missing,
    )


# -- the members a chart shows -------------------------------------------------------


def top_and_rest(
    rows: Sequence[T], key: Callable[[T], tuple[float, ...]], n: int = TOP_MEMBERS
) -> tuple[list[T], list[T]]:
    """The ``n`` rows a chart shows one by one and the rest it sums into one bar.

    Up to ``n`` rows are all shown, in their own order (a small team's chart is as
    it always was), and nothing is left; beyond that the ``n`` with the largest
    ``key`` (ties keep their order) are shown, largest first, and the rest are left
    in the same order. ``key`` says what matters: the Team tab ranks the
    distribution by won then pipeline and attainment by what is at stake (see
    :mod:`desktop.dashboards.team_tab`).

    >>> top_and_rest([3, 1, 2], key=lambda v: (v,), n=3)
    ([3, 1, 2], [])
    >>> top_and_rest([1, 5, 3, 4, 2], key=lambda v: (v,), n=3)
    ([5, 4, 3], [2, 1])
    >>> top_and_rest([("a", 1), ("b", 2), ("c", 1)], key=lambda r: (r[1],), n=2)
    ([('b', 2), ('a', 1)], [('c', 1)])
    """
    if len(rows) <= n:
        return list(rows), []
    ranked = sorted(rows, key=lambda r: tuple(-v for v in key(r)))  # stable: ties keep order
    return ranked[:n], ranked[n:]


def member_deal_ids(
    db: Reader, period: str, member_ids: Iterable[int], kind: str = "won"
) -> tuple[int, ...]:
    """The deals behind members' bars of ``period``, as :func:`model.targets.figures`
    counts them: ``kind`` "won" (won in the period) or "pipeline" (open, expected to
    close in the period); by id. Read when a bar is clicked."""
    ids = sorted(set(member_ids))
    if not ids:
        return ()
    start, end = period_bounds(period)
    stmt = select(Deal.id).where(Deal.owner_id.in_(ids))
    if kind == "won":
        stmt = stmt.where(
            Deal.status == DealStatus.WON.value, Deal.closed_on >= start, Deal.closed_on <= end
        )
    elif kind == "pipeline":
        stmt = stmt.where(
            Deal.status == DealStatus.OPEN.value,
            Deal.expected_close >= start,
            Deal.expected_close <= end,
        )
    else:
        raise ValueError(f"unknown kind of bar: {kind!r}")
    return tuple(db.scalars(stmt.order_by(Deal.id)))


# -- the Team tab's figures in one read -----------------------------------------------


@dataclass(frozen=True, slots=True)
class TeamFigures:
    """What the Team tab shows of a period, read at once (see :func:`team_figures`)."""

    base: str
    attainment: list[Attainment]  # as :func:`model.targets.attainment` returns them
    reverse: ReverseFunnel  # the team's, as :func:`model.targets.reverse_funnel`
    distribution: Distribution
    near_far: list[NearFar]


def team_figures(db: Reader, period: str, today: date | None = None) -> TeamFigures:
    """Attainment, the team's reverse funnel, the distribution and near/far of ``period``,
    equal to what :func:`~model.targets.attainment`, :func:`~model.targets.reverse_funnel`,
    :func:`distribution` and :func:`near_far` return one by one — with the rates, the
    probabilities in force and the period's figures read once for all of them (each
    read them again, three statements and the closed-deal counts apiece)."""
    rates = workspace_rates(db)
    probs = probabilities(db)
    found = figures(db, period, rates, probs)
    return TeamFigures(
        base=rates.base,
        attainment=attainment_rows(db, period, found),
        reverse=reverse_funnel_of(db, period, found, rates, probs),
        distribution=distribution_of(db, period, found, rates.base),
        near_far=near_far(db, today),
    )
