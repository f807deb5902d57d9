"""Funnel analytics from the stage history, and stage probabilities learned from
the workspace's own closed deals (issue 13).

Definitions (every figure below is one of these; tests check them by hand)
-------------------------------------------------------------------------
*Reached.* A deal reached stage S when S lies between the first stage its
history records and the highest stage it ever stood in (both included). A deal
moved P2 → P4 past an unmet gate reached P3 as well; a deal taken over at P4
reached P4 to P7 as far as it went, not P1–P3 (what happened before the team
took it over is not known).

*Conversion per stage* (:class:`StageFlow`): ``entered`` deals reached S;
``advanced`` of them reached a later stage or were won; ``won`` of them are won
now; ``lost`` deals were lost or shelved while standing in S (the stage a
closed deal keeps). ``rate`` = advanced / entered.

*Time in stage* (:class:`StageTime`): the days between the history entry that
put a deal (open) into S and the next entry that took it out (a move or a
close), added up per deal when it was in S more than once. **A deal still
standing in S does not count for S**: its time there is not known yet, and
counting it up to today would mix unfinished stays into a figure the team uses
to plan (the board already shows the days each open deal has sat in its stage).
Days are measured between stored UTC instants, so the local time zone does not
change them. ``n`` is the number of deals measured, mean and median are over
those deals.

*Win rate* = won / closed, closed being won, lost or shelved now.
*Cycle* = days from a won deal's first history entry to the entry that won it.

*Which deals.* :class:`FunnelFilter` picks deals by the local day of their
first history entry (the instant converted to the local zone), by owner,
account industry and region (a region path and everything below it), and by
the channel of the lead the deal was converted from. :func:`funnel_by` groups
the same deals by the month, quarter or year of that first day, by owner,
industry, top-level region or lead channel; deals without a value (no owner,
no industry, not from a lead) form a group with key "" the desktop names.

*Learned probabilities* (:func:`learned_probabilities`): for stage S,
``won / closed`` among the closed deals that reached S; ``deals`` is that
number of closed deals. With fewer than the setting ``learn_min_deals`` the
method's default stays (source "method"). :func:`probabilities_in_force` puts
the team's manual override (setting ``stage_probabilities``) first, per stage,
then the learned figure when the setting ``learn_probabilities`` is on, else
the method's default. Weighted amounts everywhere use these
(:func:`model.board.stage_probabilities`).

Reads are two SELECTs (deals, then their history ordered) or, for the
probabilities, one grouped SELECT; the rest is plain Python over tuples.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from statistics import fmean, median
from typing import Any, Final, Literal

from sqlalchemy import Select, String, case, func, literal_column, or_, select, type_coerce
from sqlalchemy.orm import Session

from model.batch import collector_paused
from model.entities import Account, Deal, Lead, Setting, StageChange, TeamMember
from model.methodology import Methodology, load_methodology
from model.money import month_key, quarter_key, year_key
from model.rows import Reader
from model.settings import DEFAULTS
from model.sql import as_datetime, greatest

STAGES: Final = ("P1", "P2", "P3", "P4", "P5", "P6", "P7")
CLOSED: Final = ("won", "lost", "shelved")
_DAY: Final = 86400.0

Dimension = Literal["month", "quarter", "year", "owner", "industry", "region", "channel"]
DIMENSIONS: Final[tuple[Dimension, ...]] = (
    "month",
    "quarter",
    "year",
    "owner",
    "industry",
    "region",
    "channel",
)


@dataclass(frozen=True, slots=True)
class FunnelFilter:
    """Which deals a report covers; None means any."""

    start: date | None = None  # first stage entry on or after this local day
    end: date | None = None  # ... and on or before this one
    owner_id: int | None = None
    industry: str | None = None
    region: str | None = None  # a region path: the region and everything below it
    channel: int | None = None  # the lead channel (1..10) the deal came from


@dataclass(frozen=True, slots=True)
class StageFlow:
    stage: str
    entered: int
    advanced: int
    won: int
    lost: int  # lost or shelved from this stage
    rate: float | None  # advanced / entered (None when entered == 0)
    deal_ids: tuple[int, ...]  # deals that entered (for click-through)


@dataclass(frozen=True, slots=True)
class StageTime:
    stage: str
    n: int
    mean_days: float | None
    median_days: float | None
    deal_ids: tuple[int, ...]  # deals measured


@dataclass(frozen=True, slots=True)
class FunnelReport:
    flows: tuple[StageFlow, ...]
    times: tuple[StageTime, ...]
    closed: int
    won: int
    win_rate: float | None
    cycle_mean_days: float | None  # first entry -> won
    cycle_median_days: float | None
    won_ids: tuple[int, ...]
    lost_ids: tuple[int, ...]  # lost or shelved


@dataclass(frozen=True, slots=True)
class FunnelGroup:
    key: str
    label: str
    report: FunnelReport


@dataclass(frozen=True, slots=True)
class StageProbability:
    stage: str
    probability: float
    deals: int  # closed deals that reached the stage
    source: Literal["learned", "method", "manual"]


# -- reading ------------------------------------------------------------------------


@dataclass(slots=True)
class _DealFacts:
    """What the figures need of one deal, computed once from its history."""

    id: int
    owner_key: str
    owner_label: str
    industry: str
    region: str
    channel: int | None
    status: str
    stage: int  # 1..7, the stage it stands in (or closed in)
    first_at: datetime | None
    lo: int = 0  # first recorded stage
    hi: int = 0  # highest stage reached
    stays: dict[int, float] | None = None  # stage -> days of finished stays
    won_at: datetime | None = None

    def first_day(self) -> date | None:
        if self.first_at is None:
            return None
        return self.first_at.replace(tzinfo=UTC).astimezone().date()


_NUMBERS: Final = {key: int(key[1]) for key in STAGES}


def _number(stage: str | None) -> int:
    return _NUMBERS.get(stage or "", 0)


def _where(query: Select[*tuple[Any, ...]], filt: FunnelFilter) -> Select[*tuple[Any, ...]]:
    """The filter's conditions on a select that has Deal and Account joined."""
    if filt.owner_id is not None:
        query = query.where(Deal.owner_id == filt.owner_id)
    if filt.industry is not None:
        query = query.where(Account.industry == filt.industry)
    if filt.region:
        region = filt.region.rstrip("/")
        query = query.where(
            or_(
                Account.region == region,
                func.substr(Account.region, 1, len(region) + 1) == region + "/",
            )
        )
    if filt.channel is not None:
        query = query.where(Deal.id.in_(select(Lead.deal_id).where(Lead.channel == filt.channel)))
    return query


@collector_paused()  # ~20,000 deals' facts and their stays live until the report
def _read(db: Reader, filt: FunnelFilter) -> list[_DealFacts]:
    channels = (
        select(Lead.deal_id, func.min(Lead.channel).label("channel"))
        .where(Lead.deal_id.is_not(None))
        .group_by(Lead.deal_id)
        .subquery("lc")
    )
    deals_q = (
        select(
            Deal.id,
            Deal.owner_id,
            func.coalesce(TeamMember.name, literal_column("''")),
            Account.industry,
            Account.region,
            channels.c.channel,
            Deal.status,
            Deal.stage,
            type_coerce(Deal.stage_entered_at, String),
        )
        .join(Account, Account.id == Deal.account_id)
        .outerjoin(TeamMember, TeamMember.id == Deal.owner_id)
        .outerjoin(channels, channels.c.deal_id == Deal.id)
    )
    # Core rows straight from the connection (the ORM's row loading is slower).
    conn = db.connection() if isinstance(db, Session) else db
    facts: dict[int, _DealFacts] = {}
    # Fetched whole (one fetchall, rows made in bulk) rather than row by row.
    for did, owner_id, owner, industry, region, channel, status, stage, entered in conn.execute(
        _where(deals_q, filt)
    ).all():
        facts[did] = _DealFacts(
            id=did,
            owner_key="" if owner_id is None else str(owner_id),
            owner_label=owner or "",
            industry=industry or "",
            region=(region or "").split("/", 1)[0],
            channel=channel,
            status=status,
            stage=_number(stage),
            first_at=as_datetime(entered),
        )
    if not facts:
        return []
    history_q = (
        select(
            StageChange.deal_id,
            StageChange.to_stage,
            StageChange.to_status,
            type_coerce(StageChange.at, String),
        )
        .join(Deal, Deal.id == StageChange.deal_id)
        .join(Account, Account.id == Deal.account_id)
        .order_by(StageChange.deal_id, StageChange.at, StageChange.id)
    )
    # One pass over the history, deal by deal, in local variables (attribute and tuple
    # work per row was most of the time over the large sample's ~100,000 changes).
    parse = as_datetime
    number = _NUMBERS.get
    day = _DAY
    current: _DealFacts | None = None
    current_id: int | None = None
    first_at: datetime | None = None
    won_at: datetime | None = None
    lo = hi = 0
    stays: dict[int, float] = {}
    state_stage, state_status, since = 0, "", None
    for did, to_stage, to_status, raw_at in conn.execute(_where(history_q, filt)).all():
        if did != current_id:
            if current is not None:
                current.first_at, current.lo, current.hi = first_at, lo, hi
                current.stays, current.won_at = stays, won_at
            current_id, current = did, facts.get(did)
            first_at = won_at = since = None
            lo = hi = state_stage = 0
            state_status = ""
            stays = {}
        if current is None:
            continue
        at = parse(raw_at)
        stage = number(to_stage, 0)
        if first_at is None:
            first_at = at
            lo = hi = stage
        elif stage:
            if not lo or stage < lo:
                lo = stage
            if stage > hi:
                hi = stage
        if stage != state_stage or to_status != state_status:
            if state_status == "open" and since is not None and state_stage:
                stays[state_stage] = (
                    stays.get(state_stage, 0.0) + (at - since).total_seconds() / day
                )
            since = at if to_status == "open" else None
            state_stage, state_status = stage, to_status
        if to_status == "won":
            won_at = at
    if current is not None:
        current.first_at, current.lo, current.hi = first_at, lo, hi
        current.stays, current.won_at = stays, won_at
    for deal in facts.values():
        # A deal without history (imported as it stands) reached its own stage only.
        if not deal.lo:
            deal.lo = deal.hi = deal.stage
        deal.hi = max(deal.hi, deal.stage)
    return list(facts.values())


def _in_period(deals: Iterable[_DealFacts], filt: FunnelFilter) -> list[_DealFacts]:
    if filt.start is None and filt.end is None:
        return list(deals)
    kept = []
    for deal in deals:
        day = deal.first_day()
        if day is None:
            continue
        if filt.start is not None and day < filt.start:
            continue
        if filt.end is not None and day > filt.end:
            continue
        kept.append(deal)
    return kept


# -- the report ---------------------------------------------------------------------


def _report(deals: Sequence[_DealFacts]) -> FunnelReport:
    entered: dict[int, list[int]] = defaultdict(list)
    advanced: dict[int, int] = defaultdict(int)
    won: dict[int, int] = defaultdict(int)
    lost: dict[int, int] = defaultdict(int)
    stay_days: dict[int, list[float]] = defaultdict(list)
    stay_ids: dict[int, list[int]] = defaultdict(list)
    won_ids: list[int] = []
    lost_ids: list[int] = []
    cycles: list[float] = []
    for deal in deals:
        is_won = deal.status == "won"
        for n in range(deal.lo, deal.hi + 1):
            entered[n].append(deal.id)
            if n < deal.hi or is_won:
                advanced[n] += 1
            if is_won:
                won[n] += 1
        if is_won:
            won_ids.append(deal.id)
            if deal.won_at is not None and deal.first_at is not None:
                cycles.append((deal.won_at - deal.first_at).total_seconds() / _DAY)
        elif deal.status in ("lost", "shelved"):
            lost_ids.append(deal.id)
            lost[deal.stage] += 1
        for n, days in (deal.stays or {}).items():
            stay_days[n].append(days)
            stay_ids[n].append(deal.id)
    flows = []
    times = []
    for key in STAGES:
        n = int(key[1])
        ids = entered.get(n, [])
        flows.append(
            StageFlow(
                stage=key,
                entered=len(ids),
                advanced=advanced[n],
                won=won[n],
                lost=lost[n],
                rate=advanced[n] / len(ids) if ids else None,
                deal_ids=tuple(sorted(ids)),
            )
        )
        spent = stay_days.get(n, [])
        times.append(
            StageTime(
                stage=key,
                n=len(spent),
                mean_days=fmean(spent) if spent else None,
                median_days=median(spent) if spent else None,
                deal_ids=tuple(sorted(stay_ids.get(n, []))),
            )
        )
    closed = len(won_ids) + len(lost_ids)
    return FunnelReport(
        flows=tuple(flows),
        times=tuple(times),
        closed=closed,
        won=len(won_ids),
        win_rate=len(won_ids) / closed if closed else None,
        cycle_mean_days=fmean(cycles) if cycles else None,
        cycle_median_days=median(cycles) if cycles else None,
        won_ids=tuple(sorted(won_ids)),
        lost_ids=tuple(sorted(lost_ids)),
    )


def funnel_report(
    db: Reader, filt: FunnelFilter = FunnelFilter(), today: date | None = None
) -> FunnelReport:
    """Conversion, time in stage, win rate and cycle of the deals ``filt`` picks.

    ``today`` (a local day, default ``date.today()``) ends a period given with
    a start and no end. It does not stretch any stay: a deal still standing in
    a stage does not count for that stage's time (see the module docstring).
    """
    return _report(_deals(db, filt, today))


def _deals(db: Reader, filt: FunnelFilter, today: date | None) -> list[_DealFacts]:
    deals = _read(db, filt)
    if filt.end is None and filt.start is not None:
        filt = FunnelFilter(start=filt.start, end=today or date.today())
    return _in_period(deals, filt)


def _period_key(fn: Callable[[date], str]) -> Callable[[_DealFacts], tuple[str, str]]:
    def key(deal: _DealFacts) -> tuple[str, str]:
        day = deal.first_day()
        text = "" if day is None else fn(day)
        return text, text

    return key


_GROUP_KEYS: Final[dict[str, Callable[[_DealFacts], tuple[str, str]]]] = {
    "month": _period_key(month_key),
    "quarter": _period_key(quarter_key),
    "year": _period_key(year_key),
    "owner": lambda d: (d.owner_key, d.owner_label),
    "industry": lambda d: (d.industry, d.industry),
    "region": lambda d: (d.region, d.region),
    "channel": lambda d: ("", "") if d.channel is None else (str(d.channel), str(d.channel)),
}


def funnel_by(
    db: Reader,
    dimension: Dimension,
    filt: FunnelFilter = FunnelFilter(),
    today: date | None = None,
) -> list[FunnelGroup]:
    """One report per value of ``dimension`` among the deals ``filt`` picks.

    Periods and channels come in their order, owners, industries and regions
    by label; the group of deals without a value (key "") comes last.
    """
    if dimension not in _GROUP_KEYS:
        raise ValueError(f"not a dimension: {dimension!r}")
    key_of = _GROUP_KEYS[dimension]
    groups: dict[str, list[_DealFacts]] = defaultdict(list)
    labels: dict[str, str] = {}
    for deal in _deals(db, filt, today):
        key, label = key_of(deal)
        groups[key].append(deal)
        labels.setdefault(key, label)

    def order(key: str) -> tuple[bool, Any, str]:
        if dimension == "channel" and key:
            return (False, int(key), key)
        if dimension in ("month", "quarter", "year"):
            return (key == "", key, key)
        return (key == "", labels[key].casefold(), key)

    return [
        FunnelGroup(key=key, label=labels[key], report=_report(groups[key]))
        for key in sorted(groups, key=order)
    ]


# -- learned probabilities -------------------------------------------------------------


def _settings(db: Reader, *keys: str) -> dict[str, Any]:
    rows = dict(db.execute(select(Setting.key, Setting.value).where(Setting.key.in_(keys))).all())
    return {key: json.loads(rows[key]) if key in rows else DEFAULTS[key] for key in keys}


def closed_counts(db: Reader) -> dict[str, tuple[int, int]]:
    """{stage: (won, closed)} among closed deals that reached the stage — one
    grouped SELECT over the deals' lowest and highest recorded stages."""
    per_deal = (
        select(
            Deal.status.label("status"),
            func.coalesce(func.min(StageChange.to_stage), Deal.stage).label("lo"),
            greatest(func.max(StageChange.to_stage), Deal.stage).label("hi"),
        )
        .outerjoin(StageChange, StageChange.deal_id == Deal.id)
        .where(Deal.status.in_(CLOSED))
        .group_by(Deal.id)
        .subquery("pd")
    )
    rows = db.execute(
        select(
            per_deal.c.lo,
            per_deal.c.hi,
            func.count(),
            func.sum(case((per_deal.c.status == "won", 1), else_=0)),
        ).group_by(per_deal.c.lo, per_deal.c.hi)
    )
    won: dict[int, int] = defaultdict(int)
    closed: dict[int, int] = defaultdict(int)
    for lo, hi, n, n_won in rows:
        for stage in range(_number(lo), _number(hi) + 1):
            if stage:
                closed[stage] += n
                won[stage] += n_won or 0
    return {key: (won[int(key[1])], closed[int(key[1])]) for key in STAGES}


def _method_defaults(method: Methodology | None) -> dict[str, float]:
    method = method or load_methodology()
    return {s.id: s.default_probability for s in method.stages}


def _learned(
    counts: Mapping[str, tuple[int, int]], minimum: int, defaults: dict[str, float]
) -> dict[str, StageProbability]:
    learned: dict[str, StageProbability] = {}
    for key, default in defaults.items():
        n_won, n_closed = counts.get(key, (0, 0))
        if n_closed and n_closed >= minimum:
            learned[key] = StageProbability(key, n_won / n_closed, n_closed, "learned")
        else:
            learned[key] = StageProbability(key, default, n_closed, "method")
    return learned


def _minimum(value: Any) -> int:
    if isinstance(value, int) and not isinstance(value, bool) and value >= 1:
        return value
    return int(DEFAULTS["learn_min_deals"])


def learned_probabilities(
    db: Reader, method: Methodology | None = None
) -> dict[str, StageProbability]:
    """P1..P7 learned from the closed deals, or the method's default (source
    "method") where fewer than ``learn_min_deals`` closed deals reached the stage."""
    minimum = _minimum(_settings(db, "learn_min_deals")["learn_min_deals"])
    return _learned(closed_counts(db), minimum, _method_defaults(method))


def probabilities_in_force(
    db: Reader, method: Methodology | None = None
) -> dict[str, StageProbability]:
    """Per stage: the manual override, else the learned figure (learning on), else
    the method's default. ``deals`` always counts the closed deals that reached
    the stage, whichever figure is in force."""
    values = _settings(db, "stage_probabilities", "learn_probabilities", "learn_min_deals")
    return resolve_probabilities(
        closed_counts(db),
        values["stage_probabilities"],
        values["learn_probabilities"] is not False,
        _minimum(values["learn_min_deals"]),
        method,
    )


def resolve_probabilities(
    counts: Mapping[str, tuple[int, int]],
    manual: object,
    learn: bool,
    minimum: int,
    method: Methodology | None = None,
) -> dict[str, StageProbability]:
    """The probabilities in force from :func:`closed_counts` and the three settings'
    values (the settings dialog shows what its fields would give before saving)."""
    defaults = _method_defaults(method)
    learned = _learned(counts, minimum, defaults)
    overrides = manual if isinstance(manual, Mapping) else {}
    force: dict[str, StageProbability] = {}
    for key, default in defaults.items():
        got = learned[key]
        value = overrides.get(key)
        if isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value <= 1:
            force[key] = StageProbability(key, float(value), got.deals, "manual")
        elif learn:
            force[key] = got
        else:
            force[key] = StageProbability(key, default, got.deals, "method")
    return force


__all__ = [
    "DIMENSIONS",
    "Dimension",
    "FunnelFilter",
    "FunnelGroup",
    "FunnelReport",
    "StageFlow",
    "StageProbability",
    "StageTime",
    "closed_counts",
    "funnel_by",
    "funnel_report",
    "learned_probabilities",
    "probabilities_in_force",
    "resolve_probabilities",
]
