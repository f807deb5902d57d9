"""Win and payment-collection (回款) forecasts, snapshots and their accuracy (GOAL.7).

Money is in the workspace's base currency (:mod:`model.money`); an amount whose
currency has no rate is left out and its currency named in ``missing_rates``.

A deal's value
--------------
What a deal is worth, everywhere here, is its contract value once there is one,
else its amount (:func:`deal_value`); a manager's override amount wins over both
for an open deal. A won deal counts its value in full in the period of its
``closed_on`` day.

Win forecast
------------
Every open deal falls in the period (month or quarter) of its expected close —
the override's ``close_on`` if there is one, else ``Deal.expected_close`` — with
a category: its stage's (:func:`default_category`: P6–P7 commit, P5 best case,
P3–P4 pipeline, P1–P2 omitted) or the manager's override (:class:`ForecastOverride`).
A period adds up the base amounts of its deals per category and their
**weighted** amount: amount × the probability in force of the deal's stage
(``model.board.stage_probabilities``: manual, learned or the method's). Omitted
deals count in neither. ``won`` is what was won in the period; the expected
total of a period is ``won + weighted``. Open deals with no expected close
(``undated``) or with one before the first period (``slipped``) are listed but
in no period.

Cash forecast
-------------
Per month: ``received`` — the transfers (``Payment``) received that month;
``due_won`` — what a won deal's instalments still lack, in their due month;
``expected_open`` — an open deal's expected payments weighted by its stage's
probability: its instalment plan if it has one (what each instalment still
lacks, in its due month; an instalment without a due day is placed as the rule
below places the first or the rest), else the method's first payment
(``P7.RULE.FIRST_PAYMENT_MIN``: at least 30% — the minimum is taken) in the
month of the expected close and the rest :data:`REST_AFTER_MONTHS` months later.
An open deal with no expected close or an omitted category expects nothing.
Overdue instalments — due before today, not fully received — are listed for
won deals and for open deals whose contract is signed (the money is owed once
the contract is signed).

Snapshots and accuracy
----------------------
A snapshot (:mod:`model.services.forecast`) keeps, for the :data:`SNAPSHOT_MONTHS`
months from the month it was taken in, one win line per open deal and month
(and a ``won`` line, probability 1, per deal already won in that first month:
what the month had brought so far) and one cash line per deal, month and part
(``received``, ``due``, ``expected``). :func:`accuracy` compares, for each
snapshot and each month of its window that has ended, the weighted win lines of
the month (the forecast) with the value of the deals won in that month (the
actual, converted at today's rates): ``bias = forecast - actual`` and
``error = |bias| / actual`` (None when nothing was won).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Final, Literal

from sqlalchemy import Connection, and_, func, or_, select
from sqlalchemy.orm import Session

from model.batch import collector_paused
from model.entities import (
    Account,
    Deal,
    ForecastLine,
    ForecastOverride,
    ForecastSnapshot,
    Instalment,
    Payment,
    TeamMember,
)
from model.money import Rates, month_key, period_bounds, periods_from, quarter_key, workspace_rates
from model.rows import Reader
from model.sql import bytewise

__all__ = [
    "CATEGORIES",
    "REST_AFTER_MONTHS",
    "SNAPSHOT_MONTHS",
    "AccuracyRow",
    "AccuracySummary",
    "CashForecast",
    "CashMonth",
    "CashPart",
    "ForecastDeal",
    "ForecastPeriod",
    "OverdueInstalment",
    "SnapshotRow",
    "WinForecast",
    "accuracy",
    "cash_forecast",
    "cash_parts",
    "deal_value",
    "default_category",
    "local_day",
    "snapshot_rows",
    "win_forecast",
]

CATEGORIES: Final = ("commit", "best_case", "pipeline", "omitted")
COUNTED: Final = ("commit", "best_case", "pipeline")
REST_AFTER_MONTHS: Final = 3
"""With no plan, the rest of an open deal's value is expected this many months
after the month of its expected close."""
SNAPSHOT_MONTHS: Final = 12
"""A snapshot forecasts this many months from the month it is taken in."""
CENT: Final = 0.005

_DEFAULT_CATEGORY: Final = {
    "P7": "commit",
    "P6": "commit",
    "P5": "best_case",
    "P4": "pipeline",
    "P3": "pipeline",
}


def default_category(stage: str) -> str:
    """A stage's forecast category when no manager overrides it.

    >>> [default_category(s) for s in ("P1", "P2", "P3", "P4", "P5", "P6", "P7")]
    ['omitted', 'omitted', 'pipeline', 'pipeline', 'best_case', 'commit', 'commit']
    """
    return _DEFAULT_CATEGORY.get(stage, "omitted")


def deal_value(amount: float | None, contract_value: float | None) -> float:
    """What a deal is worth: its contract value once there is one, else its amount.

    >>> deal_value(900.0, 1000.0), deal_value(900.0, None)
    (1000.0, 900.0)
    """
    if contract_value is not None and contract_value > 0:
        return float(contract_value)
    return float(amount or 0.0)


def local_day(instant: datetime) -> date:
    """The local day of a stored instant (naive UTC)."""
    return instant.replace(tzinfo=UTC).astimezone().date()


def _plain(db: Reader) -> Connection:
    """The connection under ``db``: Core rows without the ORM's loading of each row
    (the same values; a tenth of a second less over the large sample's open deals)."""
    return db.connection() if isinstance(db, Session) else db


def _add_months(day: date, n: int) -> date:
    """The first day of the month ``n`` months after ``day``'s."""
    index = day.year * 12 + day.month - 1 + n
    return date(index // 12, index % 12 + 1, 1)


def _probabilities(db: Reader) -> dict[str, float]:
    """The probabilities in force (manual, learned or the method's)."""
    from model.board import stage_probabilities

    return stage_probabilities(db)


def _first_payment_min() -> float:
    from model.methodology import load_methodology

    return float(load_methodology().first_payment_min)


# -- win forecast ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ForecastDeal:
    deal_id: int
    name: str
    account_name: str
    owner_id: int | None
    owner_name: str
    stage: str
    category: str
    overridden: bool
    note: str
    amount: float  # in the deal's currency (the override's amount if it has one)
    currency: str
    base_amount: float | None  # None: no rate for the currency
    probability: float
    weighted: float  # base, 0 for an omitted deal or one without a rate
    close_on: date | None
    period: str  # "" without a close day


@dataclass(frozen=True, slots=True)
class ForecastPeriod:
    period: str
    won: float
    commit: float
    best_case: float
    pipeline: float
    weighted: float
    deal_ids: tuple[int, ...]  # the won deals and the counted open deals of the period


@dataclass(frozen=True, slots=True)
class WinForecast:
    base: str
    grain: str
    periods: tuple[ForecastPeriod, ...]
    deals: tuple[ForecastDeal, ...]  # open deals in the periods, undated or slipped
    missing_rates: frozenset[str]
    undated: tuple[int, ...] = ()  # open deals with no expected close
    slipped: tuple[int, ...] = ()  # open deals expected to close before the first period


def _key(day: date, grain: str) -> str:
    return quarter_key(day) if grain == "quarter" else month_key(day)


def _open_deals(
    db: Reader, rates: Rates, probs: dict[str, float], owner_id: int | None, grain: str
) -> tuple[list[ForecastDeal], set[str]]:
    """Every open deal as the forecast sees it (one Core select)."""
    q = (
        select(
            Deal.id,
            Deal.name,
            Account.name,
            Deal.owner_id,
            TeamMember.name,
            Deal.stage,
            Deal.amount,
            Deal.contract_value,
            Deal.currency,
            Deal.expected_close,
            ForecastOverride.id,
            ForecastOverride.category,
            ForecastOverride.amount,
            ForecastOverride.close_on,
            ForecastOverride.note,
        )
        .join(Account, Account.id == Deal.account_id)
        .outerjoin(TeamMember, TeamMember.id == Deal.owner_id)
        .outerjoin(ForecastOverride, ForecastOverride.deal_id == Deal.id)
        .where(Deal.status == "open")
    )
    if owner_id is not None:
        q = q.where(Deal.owner_id == owner_id)
    missing: set[str] = set()
    out: list[ForecastDeal] = []
    periods: dict[date, str] = {}  # thousands of deals share a few hundred close days

    def period_of(day: date) -> str:
        key = periods.get(day)
        if key is None:
            key = periods[day] = _key(day, grain)
        return key

    for (
        deal_id,
        name,
        account_name,
        owner,
        owner_name,
        stage,
        amount,
        contract_value,
        currency,
        expected,
        override_id,
        o_category,
        o_amount,
        o_close,
        o_note,
    ) in _plain(db).execute(q):
        overridden = override_id is not None
        category = o_category if overridden else default_category(stage)
        value = float(o_amount) if o_amount is not None else deal_value(amount, contract_value)
        close = o_close if o_close is not None else expected
        base = rates.to_base(value, currency)
        if base is None:
            missing.add(currency)
        p = float(probs.get(stage, 0.0))
        weighted = base * p if base is not None and category in COUNTED else 0.0
        out.append(
            ForecastDeal(
                deal_id=int(deal_id),
                name=name,
                account_name=account_name,
                owner_id=owner,
                owner_name=owner_name or "",
                stage=stage,
                category=category,
                overridden=overridden,
                note=(o_note or "") if overridden else "",
                amount=value,
                currency=currency,
                base_amount=base,
                probability=p,
                weighted=weighted,
                close_on=close,
                period=period_of(close) if close is not None else "",
            )
        )
    return out, missing


@dataclass(frozen=True, slots=True)
class _Won:
    deal_id: int
    owner_id: int | None
    owner_name: str
    closed_on: date
    base: float | None
    currency: str


def _won_deals(
    db: Reader, first: date, last: date, rates: Rates, owner_id: int | None = None
) -> list[_Won]:
    q = (
        select(
            Deal.id,
            Deal.owner_id,
            TeamMember.name,
            Deal.closed_on,
            Deal.amount,
            Deal.contract_value,
            Deal.currency,
        )
        .outerjoin(TeamMember, TeamMember.id == Deal.owner_id)
        .where(Deal.status == "won", Deal.closed_on >= first, Deal.closed_on <= last)
    )
    if owner_id is not None:
        q = q.where(Deal.owner_id == owner_id)
    return [
        _Won(int(i), o, n or "", on, rates.to_base(deal_value(a, cv), cur), cur)
        for i, o, n, on, a, cv, cur in _plain(db).execute(q)
        if on is not None
    ]


@collector_paused()  # every open deal as the forecast sees it lives until it ends
def win_forecast(
    db: Reader,
    grain: Literal["month", "quarter"] = "month",
    start: date | None = None,
    periods: int = 6,
    owner_id: int | None = None,
    today: date | None = None,
    *,
    probs: dict[str, float] | None = None,
) -> WinForecast:
    """The win forecast for ``periods`` months or quarters from the one holding ``start``
    (default: the current one on ``today``'s local day). ``probs``: the stage
    probabilities to weight with, when the caller has them already."""
    today = today or date.today()
    keys = periods_from(start or today, grain, periods)
    rates = workspace_rates(db)
    probs = probs if probs is not None else _probabilities(db)
    deals, missing = _open_deals(db, rates, probs, owner_id, grain)
    first = period_bounds(keys[0])[0] if keys else today
    last = period_bounds(keys[-1])[1] if keys else today
    window = set(keys)
    kept = [
        d
        for d in deals
        if d.close_on is None
        or d.period in window
        or (d.close_on is not None and d.close_on < first)
    ]
    kept.sort(key=lambda d: (d.close_on or date.max, d.name, d.deal_id))
    won = _won_deals(db, first, last, rates, owner_id)
    sums: dict[str, dict[str, float]] = {k: defaultdict(float) for k in keys}
    ids: dict[str, list[int]] = {k: [] for k in keys}
    for w in won:
        if w.base is None:
            missing.add(w.currency)
            continue
        k = _key(w.closed_on, grain)
        sums[k]["won"] += w.base
        ids[k].append(w.deal_id)
    for d in kept:
        if d.period not in window or d.category not in COUNTED:
            continue
        ids[d.period].append(d.deal_id)
        if d.base_amount is None:
            continue
        sums[d.period][d.category] += d.base_amount
        sums[d.period]["weighted"] += d.weighted
    rows = tuple(
        ForecastPeriod(
            period=k,
            won=sums[k]["won"],
            commit=sums[k]["commit"],
            best_case=sums[k]["best_case"],
            pipeline=sums[k]["pipeline"],
            weighted=sums[k]["weighted"],
            deal_ids=tuple(sorted(set(ids[k]))),
        )
        for k in keys
    )
    return WinForecast(
        base=rates.base,
        grain=grain,
        periods=rows,
        deals=tuple(kept),
        missing_rates=frozenset(missing),
        undated=tuple(sorted(d.deal_id for d in kept if d.close_on is None)),
        slipped=tuple(sorted(d.deal_id for d in kept if d.close_on and d.close_on < first)),
    )


# -- cash forecast --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CashMonth:
    period: str
    received: float
    due_won: float
    expected_open: float
    deal_ids: tuple[int, ...]

    @property
    def total(self) -> float:
        return self.received + self.due_won + self.expected_open


@dataclass(frozen=True, slots=True)
class OverdueInstalment:
    instalment_id: int
    deal_id: int
    deal_name: str
    account_name: str
    seq: int
    due_on: date
    outstanding: float  # base (0 when the currency has no rate)
    days_late: int
    own_outstanding: float = 0.0  # in the deal's currency
    currency: str = ""


@dataclass(frozen=True, slots=True)
class CashForecast:
    base: str
    months: tuple[CashMonth, ...]
    overdue: tuple[OverdueInstalment, ...]
    missing_rates: frozenset[str]


@dataclass(frozen=True, slots=True)
class CashPart:
    """One deal's part of one month: ``part`` received, due (won) or expected (open)."""

    deal_id: int
    owner_id: int | None
    period: str
    part: Literal["received", "due", "expected"]
    amount: float  # base, unweighted
    probability: float
    weighted: float  # base


def cash_parts(
    db: Reader,
    first: date,
    last: date,
    owner_id: int | None = None,
    *,
    rates: Rates | None = None,
    probs: dict[str, float] | None = None,
    missing: set[str] | None = None,
) -> list[CashPart]:
    """Every deal's cash parts in the months from ``first`` to ``last`` (local days)."""
    rates = rates or workspace_rates(db)
    probs = probs if probs is not None else _probabilities(db)
    missing = missing if missing is not None else set()
    parts: list[CashPart] = []
    months: dict[date, str] = {}  # the month of each day met (many parts share a day)
    conn = _plain(db)

    def add(
        deal_id: int,
        owner: int | None,
        day: date,
        part: Literal["received", "due", "expected"],
        amount: float,
        currency: str,
        p: float,
    ) -> None:
        if not first <= day <= last or amount <= CENT:
            return
        base = rates.to_base(amount, currency)
        if base is None:
            missing.add(currency)
            return
        key = months.get(day)
        if key is None:
            key = months[day] = month_key(day)
        parts.append(CashPart(deal_id, owner, key, part, base, p, base * p))

    owned = (Deal.owner_id == owner_id) if owner_id is not None else None
    q_paid = (
        select(Deal.id, Deal.owner_id, Deal.currency, Payment.amount, Payment.received_on)
        .join(Instalment, Instalment.id == Payment.instalment_id)
        .join(Deal, Deal.id == Instalment.deal_id)
        .where(Payment.received_on >= first, Payment.received_on <= last)
    )
    for deal_id, owner, currency, amount, on in conn.execute(
        q_paid if owned is None else q_paid.where(owned)
    ):
        add(int(deal_id), owner, on, "received", float(amount), currency, 1.0)

    q_due = (
        select(
            Deal.id,
            Deal.owner_id,
            Deal.currency,
            Instalment.due_on,
            Instalment.amount,
            Instalment.received_amount,
        )
        .join(Deal, Deal.id == Instalment.deal_id)
        .where(Deal.status == "won", Instalment.due_on.is_not(None))
    )
    for deal_id, owner, currency, due_on, amount, received in conn.execute(
        q_due if owned is None else q_due.where(owned)
    ):
        if due_on is None:
            continue
        lack = float(amount or 0.0) - float(received or 0.0)
        add(int(deal_id), owner, due_on, "due", lack, currency, 1.0)

    share = _first_payment_min()
    plans: dict[int, list[tuple[int, date | None, float]]] = defaultdict(list)
    q_plan = (
        select(
            Instalment.deal_id,
            Instalment.seq,
            Instalment.due_on,
            Instalment.amount,
            Instalment.received_amount,
        )
        .join(Deal, Deal.id == Instalment.deal_id)
        .where(Deal.status == "open")
        .order_by(Instalment.deal_id, Instalment.seq, Instalment.id)
    )
    for deal_id, seq, due_on, amount, received in conn.execute(
        q_plan if owned is None else q_plan.where(owned)
    ):
        plans[int(deal_id)].append(
            (int(seq), due_on, float(amount or 0.0) - float(received or 0.0))
        )
    q2 = (
        select(
            Deal.id,
            Deal.owner_id,
            Deal.stage,
            Deal.currency,
            Deal.amount,
            Deal.contract_value,
            Deal.expected_close,
            ForecastOverride.category,
            ForecastOverride.amount,
            ForecastOverride.close_on,
        )
        .outerjoin(ForecastOverride, ForecastOverride.deal_id == Deal.id)
        .where(Deal.status == "open")
    )
    for (
        deal_id,
        owner,
        stage,
        currency,
        amount,
        contract_value,
        expected,
        o_category,
        o_amount,
        o_close,
    ) in conn.execute(q2 if owned is None else q2.where(owned)):
        category = o_category if o_category is not None else default_category(stage)
        close = o_close if o_close is not None else expected
        if category not in COUNTED:
            continue
        p = float(probs.get(stage, 0.0))
        plan = plans.get(int(deal_id))
        if plan:
            for n, (_seq, due_on, lack) in enumerate(plan):
                day = due_on
                if day is None and close is not None:
                    day = close if n == 0 else _add_months(close, REST_AFTER_MONTHS)
                if day is not None:
                    add(int(deal_id), owner, day, "expected", lack, currency, p)
            continue
        if close is None:
            continue
        value = float(o_amount) if o_amount is not None else deal_value(amount, contract_value)
        add(int(deal_id), owner, close, "expected", value * share, currency, p)
        rest = _add_months(close, REST_AFTER_MONTHS)
        add(int(deal_id), owner, rest, "expected", value * (1.0 - share), currency, p)
    return parts


def _overdue(
    db: Reader, today: date, rates: Rates, owner_id: int | None, missing: set[str]
) -> list[OverdueInstalment]:
    q = (
        select(
            Instalment.id,
            Deal.id,
            Deal.name,
            Account.name,
            Instalment.seq,
            Instalment.due_on,
            Instalment.amount,
            Instalment.received_amount,
            Deal.currency,
        )
        .join(Deal, Deal.id == Instalment.deal_id)
        .join(Account, Account.id == Deal.account_id)
        .where(
            Instalment.due_on < today,
            Instalment.received_amount < Instalment.amount - CENT,
            or_(
                Deal.status == "won",
                and_(Deal.status == "open", Deal.contract_signed_on.is_not(None)),
            ),
        )
        .order_by(Instalment.due_on, bytewise(Deal.name), Instalment.seq, Instalment.id)
    )
    if owner_id is not None:
        q = q.where(Deal.owner_id == owner_id)
    out = []
    for ident, deal_id, deal_name, account_name, seq, due_on, amount, received, cur in _plain(
        db
    ).execute(q):
        if due_on is None:
            continue
        lack = float(amount) - float(received or 0.0)
        base = rates.to_base(lack, cur)
        if base is None:
            missing.add(cur)
        out.append(
            OverdueInstalment(
                instalment_id=int(ident),
                deal_id=int(deal_id),
                deal_name=deal_name,
                account_name=account_name,
                seq=int(seq),
                due_on=due_on,
                outstanding=base if base is not None else 0.0,
                days_late=(today - due_on).days,
                own_outstanding=lack,
                currency=cur,
            )
        )
    return out


@collector_paused()  # every deal's cash parts live until it ends
def cash_forecast(
    db: Reader,
    start: date | None = None,
    months: int = 12,
    owner_id: int | None = None,
    today: date | None = None,
) -> CashForecast:
    """The cash forecast for ``months`` months from the one holding ``start``
    (default: the current month), and every overdue instalment on ``today``."""
    today = today or date.today()
    keys = periods_from(start or today, "month", months)
    rates = workspace_rates(db)
    missing: set[str] = set()
    sums: dict[str, dict[str, float]] = {k: defaultdict(float) for k in keys}
    ids: dict[str, set[int]] = {k: set() for k in keys}
    if keys:
        first, last = period_bounds(keys[0])[0], period_bounds(keys[-1])[1]
        for part in cash_parts(db, first, last, owner_id, rates=rates, missing=missing):
            sums[part.period][part.part] += part.weighted
            ids[part.period].add(part.deal_id)
    overdue = _overdue(db, today, rates, owner_id, missing)
    return CashForecast(
        base=rates.base,
        months=tuple(
            CashMonth(
                period=k,
                received=sums[k]["received"],
                due_won=sums[k]["due"],
                expected_open=sums[k]["expected"],
                deal_ids=tuple(sorted(ids[k])),
            )
            for k in keys
        ),
        overdue=tuple(overdue),
        missing_rates=frozenset(missing),
    )


# -- snapshots and accuracy -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SnapshotRow:
    id: int
    taken_at: datetime  # naive UTC
    kind: str
    by_name: str
    lines: int
    base: str


def snapshot_rows(db: Reader) -> list[SnapshotRow]:
    """Every forecast snapshot, newest first, with its number of lines."""
    counts = (
        select(ForecastLine.snapshot_id, func.count().label("n"))
        .group_by(ForecastLine.snapshot_id)
        .subquery()
    )
    q = (
        select(
            ForecastSnapshot.id,
            ForecastSnapshot.taken_at,
            ForecastSnapshot.kind,
            TeamMember.name,
            func.coalesce(counts.c.n, 0),
            ForecastSnapshot.base_currency,
        )
        .outerjoin(TeamMember, TeamMember.id == ForecastSnapshot.by_id)
        .outerjoin(counts, counts.c.snapshot_id == ForecastSnapshot.id)
        .order_by(ForecastSnapshot.taken_at.desc(), ForecastSnapshot.id.desc())
    )
    return [
        SnapshotRow(int(i), at, kind, name or "", int(n), base)
        for i, at, kind, name, n, base in db.execute(q)
    ]


@dataclass(frozen=True, slots=True)
class AccuracyRow:
    snapshot_id: int
    taken_at: datetime
    period: str
    owner_id: int | None  # None: the whole team (by period), or deals with no owner
    owner_name: str
    forecast: float
    actual: float
    bias: float  # forecast - actual
    error: float | None  # |bias| / actual; None when nothing was won


@dataclass(frozen=True, slots=True)
class AccuracySummary:
    key: str
    label: str
    snapshots: int
    mean_bias: float
    mean_abs_error: float | None


def snapshot_months(taken_at: datetime) -> list[str]:
    """The months a snapshot forecast: :data:`SNAPSHOT_MONTHS` from its local month."""
    return periods_from(local_day(taken_at), "month", SNAPSHOT_MONTHS)


def accuracy(
    db: Reader, by: Literal["period", "owner"] = "period", today: date | None = None
) -> tuple[list[AccuracyRow], list[AccuracySummary]]:
    """What each snapshot forecast for each ended month against what was won.

    ``by="period"``: one row per snapshot and month for the team, summaries per
    month. ``by="owner"``: one row per snapshot, month and owner (of the line
    then, of the won deal now), summaries per owner.
    """
    today = today or date.today()
    rates = workspace_rates(db)
    snaps = list(
        db.execute(
            select(
                ForecastSnapshot.id, ForecastSnapshot.taken_at, ForecastSnapshot.base_currency
            ).order_by(ForecastSnapshot.taken_at, ForecastSnapshot.id)
        )
    )
    if not snaps:
        return [], []
    months_of = {
        int(i): [m for m in snapshot_months(at) if period_bounds(m)[1] < today]
        for i, at, _b in snaps
    }
    wanted = sorted({m for ms in months_of.values() for m in ms})
    if not wanted:
        return [], []
    names = {int(i): n for i, n in db.execute(select(TeamMember.id, TeamMember.name))}
    # actual: won per month and owner
    actual: dict[tuple[str, int | None], float] = defaultdict(float)
    first, last = period_bounds(wanted[0])[0], period_bounds(wanted[-1])[1]
    for w in _won_deals(db, first, last, rates):
        if w.base is not None:
            actual[(month_key(w.closed_on), w.owner_id)] += w.base
    # forecast: weighted win lines per snapshot, month and owner
    forecast: dict[tuple[int, str, int | None], float] = defaultdict(float)
    for sid, period, owner, weighted in db.execute(
        select(
            ForecastLine.snapshot_id,
            ForecastLine.period,
            ForecastLine.owner_id,
            func.sum(ForecastLine.weighted),
        )
        .where(ForecastLine.kind == "win", ForecastLine.period.in_(wanted))
        .group_by(ForecastLine.snapshot_id, ForecastLine.period, ForecastLine.owner_id)
    ):
        forecast[(int(sid), period, owner)] += float(weighted or 0.0)
    team_forecast: dict[tuple[int, str], float] = defaultdict(float)
    forecast_owners: dict[tuple[int, str], set[int | None]] = defaultdict(set)
    for (sid, period, owner), value in forecast.items():
        team_forecast[(sid, period)] += value
        forecast_owners[(sid, period)].add(owner)
    team_actual: dict[str, float] = defaultdict(float)
    actual_owners: dict[str, set[int | None]] = defaultdict(set)
    for (period, owner), value in actual.items():
        team_actual[period] += value
        actual_owners[period].add(owner)

    def order(o: int | None) -> tuple[int, str, int]:
        return (0, names.get(o, ""), o) if o is not None else (1, "", 0)

    rows: list[AccuracyRow] = []
    for sid, at, base in snaps:
        factor = 1.0 if base == rates.base else rates.to_base(1.0, base)
        if factor is None:
            continue
        for m in months_of[int(sid)]:
            if by == "period":
                f = team_forecast.get((int(sid), m), 0.0) * factor
                rows.append(_row(int(sid), at, m, None, "", f, team_actual.get(m, 0.0)))
                continue
            owners = forecast_owners.get((int(sid), m), set()) | actual_owners.get(m, set())
            for o in sorted(owners, key=order):
                f = forecast.get((int(sid), m, o), 0.0) * factor
                a = actual.get((m, o), 0.0)
                rows.append(_row(int(sid), at, m, o, names.get(o, "") if o else "", f, a))
    return rows, _summaries(rows, by)


def _row(
    sid: int, at: datetime, period: str, owner: int | None, name: str, f: float, a: float
) -> AccuracyRow:
    bias = f - a
    return AccuracyRow(sid, at, period, owner, name, f, a, bias, abs(bias) / a if a > 0 else None)


def _summaries(rows: list[AccuracyRow], by: str) -> list[AccuracySummary]:
    groups: dict[str, list[AccuracyRow]] = defaultdict(list)
    labels: dict[str, str] = {}
    for r in rows:
        key = r.period if by == "period" else ("" if r.owner_id is None else str(r.owner_id))
        groups[key].append(r)
        labels[key] = r.period if by == "period" else r.owner_name
    out = []
    for key in sorted(groups, key=lambda k: (labels[k], k) if by == "owner" else (k, "")):
        rs = groups[key]
        errors = [r.error for r in rs if r.error is not None]
        out.append(
            AccuracySummary(
                key=key,
                label=labels[key],
                snapshots=len({r.snapshot_id for r in rs}),
                mean_bias=sum(r.bias for r in rs) / len(rs),
                mean_abs_error=sum(errors) / len(errors) if errors else None,
            )
        )
    return out
