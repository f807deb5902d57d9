"""What the funnel board computes from its cards, without Qt.

The board shows :class:`~model.rows.DealCard` rows. Everything it derives
from them — which column a card stands in, the figures in a column's header,
whether a deal has sat in its stage too long, the filters, the sort, the
swimlanes and the badges — lives here, so that the rules are tested without a
window and the desktop only paints the answers.

"Not yours yet" warnings (RISK.NOT_YET.1..5)
--------------------------------------------
The method names five moments at which a rep is tempted to count a deal as
won although it can still slip away. They apply to open deals only (a won,
lost or shelved deal is past them) and each is derived from data the team
already records:

1. *Top evaluation score* — the bid was won (``P5.EXIT.9`` ticked) but the
   provisional award has not been announced (``P6.EXIT.3`` not ticked).
2. *In the award publicity period* — we are the provisional winner
   (``P6.EXIT.3``) and the publicity period has not passed (``P6.EXIT.4``).
3. *Award notice received* — ``P6.EXIT.5`` is ticked and no contract is
   signed yet.
4. *Contract signed* — the contract is signed (``contract_signed_on``) and no
   payment has been received yet.
5. *First payment too low* — the contract is signed and the first payment
   received is below the method's minimum share (``P7.RULE.FIRST_PAYMENT_MIN``,
   30%) of the contract value, or no contract value is recorded to measure it
   against. Warnings 4 and 5 are the won gate's first-payment rule
   (:func:`model.rules.payments.first_payment`) seen before the close: a signed
   deal has neither exactly when the gate's rule holds.

The ticks are the evidence, so a deal whose tender criteria were ticked by
hand warns even if its ``tendered`` flag was never set. Ticks count for deals
in P5–P7 only (a tender is won in P5 at the earliest); contract and payment
evidence counts in any stage.

Beside them an open deal in P5 or later warns ``P5.RULE.1`` while a role among
KI, KU and KDM has had no senior visit for the deal
(:func:`model.rules.visits.senior_visits`, the rule the gate and the map's
``no_senior_visit`` risk use).
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from operator import attrgetter
from pathlib import Path
from typing import Any, Final

from sqlalchemy import func, literal_column, or_, select

from model.amounts import compact_amount as compact_amount  # its home; kept for the board
from model.base import utcnow
from model.batch import collector_paused
from model.entities import (
    Account,
    Competitor,
    Deal,
    DealRole,
    Department,
    ExitCheck,
    FiveElementCheck,
    Instalment,
    Payment,
    Person,
    StageChange,
    TeamMember,
    deal_competitors,
)
from model.gates import applicable_criteria
from model.methodology import Methodology, load_methodology
from model.money import Rates
from model.money import total as money_total
from model.rows import DealCard, Reader
from model.rules.chain import (
    COMPUTED_CRITERIA,
    ChainFacts,
    CriterionFinding,
    chain_facts,
    computed_criteria,
    effective_done,
    met_criteria,
)
from model.rules.payments import first_paid, judge, payment_facts
from model.rules.visits import RULE_ID as SENIOR_VISITS_RULE
from model.rules.visits import SENIOR_VISIT_ROLES, senior_visits_by_deal
from model.services.approvals import awaiting_ids
from model.sql import bytewise

STAGE_KEYS: Final = ("P1", "P2", "P3", "P4", "P5", "P6", "P7")
CLOSED_KEYS: Final = ("won", "lost", "shelved")
COLUMN_KEYS: Final = STAGE_KEYS + CLOSED_KEYS

RISK_IDS: Final = tuple(f"RISK.NOT_YET.{n}" for n in range(1, 6))
# Criteria whose ticks are evidence for the warnings (see the module docstring).
RISK_CRITERIA: Final = frozenset({"P5.EXIT.9", "P6.EXIT.3", "P6.EXIT.4", "P6.EXIT.5"})
TENDER_STAGES: Final = ("P5", "P6", "P7")  # where the tender ticks (warnings 1-3) count


def column_of(card: DealCard) -> str:
    """The column a card stands in: its stage while open, else its status."""
    return card.stage if card.status == "open" else card.status


# -- probabilities ------------------------------------------------------------


def default_probabilities(method: Methodology | None = None) -> dict[str, float]:
    method = method or load_methodology()
    return {s.id: s.default_probability for s in method.stages}


def merge_probabilities(
    override: Mapping[str, Any] | None, method: Methodology | None = None
) -> dict[str, float]:
    """The method's stage probabilities with a workspace's overrides on top.

    The workspace setting may name only some stages; the rest keep the
    method's defaults, and values outside 0..1 are ignored rather than trusted.
    """
    probs = default_probabilities(method)
    for key, value in (override or {}).items():
        if key in probs and isinstance(value, int | float) and 0.0 <= float(value) <= 1.0:
            probs[key] = float(value)
    return probs


def stage_probabilities(session: Reader) -> dict[str, float]:
    """Probabilities in force for this workspace, the ones every weighted amount
    uses: the manual override (setting ``stage_probabilities``) per stage, else
    the figure learned from the closed deals (setting ``learn_probabilities``),
    else the method's default (:func:`model.funnel.probabilities_in_force`)."""
    from model.funnel import probabilities_in_force

    return {key: p.probability for key, p in probabilities_in_force(session).items()}


def probability(column: str, probs: Mapping[str, float]) -> float:
    """Won counts in full, lost and shelved count nothing."""
    if column == "won":
        return 1.0
    if column in ("lost", "shelved"):
        return 0.0
    return probs.get(column, 0.0)


# -- time in stage ------------------------------------------------------------


def days_in_stage(card: DealCard, now: datetime | None = None) -> int:
    now = now or utcnow()
    return max(0, (now - card.stage_entered_at).days)


def is_overdue(
    card: DealCard, now: datetime | None = None, method: Methodology | None = None
) -> bool:
    """An open deal that has stayed longer than its stage usually takes."""
    if card.status != "open":
        return False
    return days_in_stage(card, now) > (method or load_methodology()).stage(card.stage).usual_days


# -- column summaries ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ColumnSummary:
    key: str
    count: int = 0
    total: float = 0.0
    weighted: float = 0.0
    avg_days: float | None = None  # None for an empty column
    usual_days: int | None = None  # the stage's usual time; None for closed columns
    # With rates: ``total`` and ``weighted`` are in ``base``; ``converted`` when some
    # card's amount was in another currency; ``missing``: currencies of cards left
    # out of the total for want of a rate (their cards still count in ``count``).
    base: str = ""
    converted: bool = False
    missing: frozenset[str] = frozenset()

    @property
    def slow(self) -> bool:
        """The column's cards sit longer than the stage usually takes, on average."""
        return (
            self.avg_days is not None
            and self.usual_days is not None
            and self.avg_days > self.usual_days
        )


@dataclass(slots=True)
class ColumnTally:
    """The running sums behind a column's header, kept as cards come and go.

    A drop moves one card: the board takes it out of one tally and adds it to
    another instead of summing two columns of thousands of cards again. Days
    in stage are counted against one fixed instant (``now``), the same one a
    fresh :func:`tally` of the column would use, so both give the same figures.

    Amounts are summed per currency (as they stand, so adding and taking out
    cards gives what a fresh sum gives) and converted when the total is asked
    for: with ``rates`` into their base currency, a currency without a rate
    left out (:attr:`missing`); without rates (None) added as they stand.
    """

    count: int = 0
    days: int = 0  # whole days in stage, summed
    rates: Rates | None = None
    amounts: dict[str, float] = field(default_factory=dict)  # currency -> sum of amounts
    cards: dict[str, int] = field(default_factory=dict)  # currency -> number of cards

    def add(self, card: DealCard, now: datetime) -> None:
        self.count += 1
        self.days += (now - card.stage_entered_at).days
        code = card.currency
        self.amounts[code] = self.amounts.get(code, 0.0) + card.amount
        self.cards[code] = self.cards.get(code, 0) + 1

    def remove(self, card: DealCard, now: datetime) -> None:
        self.count -= 1
        self.days -= (now - card.stage_entered_at).days
        code = card.currency
        left = self.cards.get(code, 0) - 1
        if left > 0:
            self.cards[code] = left
            self.amounts[code] = self.amounts.get(code, 0.0) - card.amount
        else:  # no drift: the currency's last card out leaves nothing behind
            self.cards.pop(code, None)
            self.amounts.pop(code, None)

    @property
    def total(self) -> float:
        """The column's amount: in the base currency with rates, else as they stand."""
        if self.rates is None:
            return sum(self.amounts[code] for code in sorted(self.amounts))
        return money_total(((self.amounts[c], c) for c in sorted(self.amounts)), self.rates).amount

    @property
    def missing(self) -> frozenset[str]:
        """Currencies whose cards are left out of :attr:`total` (no rate)."""
        rates = self.rates
        if rates is None:
            return frozenset()
        return frozenset(c for c in self.amounts if rates.rate(c) is None)

    @property
    def converted(self) -> bool:
        rates = self.rates
        return rates is not None and any(
            c != rates.base and rates.rate(c) is not None for c in self.amounts
        )


def tally(cards: Sequence[DealCard], now: datetime, rates: Rates | None = None) -> ColumnTally:
    """The sums of a whole column (on load, or after a filter, sort or lane change)."""
    # Maps of C-level getters, not generators: a column holds thousands of cards.
    codes = set(map(_CURRENCY, cards))
    amounts: dict[str, float] = {}
    counts: dict[str, int] = {}
    if len(codes) == 1:
        (code,) = codes
        amounts[code], counts[code] = sum(map(_AMOUNT, cards)), len(cards)
    elif codes:
        for card in cards:
            code = card.currency
            amounts[code] = amounts.get(code, 0.0) + card.amount
            counts[code] = counts.get(code, 0) + 1
    return ColumnTally(
        count=len(cards),
        days=sum(map(_DAYS, map(now.__sub__, map(_ENTERED, cards)))),
        rates=rates,
        amounts=amounts,
        cards=counts,
    )


def summary_of(
    key: str, sums: ColumnTally, probs: Mapping[str, float], method: Methodology | None = None
) -> ColumnSummary:
    """A column's header figures from its running sums."""
    usual = (method or load_methodology()).stage(key).usual_days if key in STAGE_KEYS else None
    total = sums.total
    return ColumnSummary(
        key=key,
        count=sums.count,
        total=total,
        weighted=total * probability(key, probs),
        avg_days=(max(0, sums.days) / sums.count) if sums.count else None,
        usual_days=usual,
        base=sums.rates.base if sums.rates is not None else "",
        converted=sums.converted,
        missing=sums.missing,
    )


def summarize(
    key: str,
    cards: Sequence[DealCard],
    probs: Mapping[str, float],
    now: datetime | None = None,
    method: Methodology | None = None,
    rates: Rates | None = None,
) -> ColumnSummary:
    """Count, total, weighted amount and average days in stage of one column.

    With ``rates`` amounts are converted into the base currency and those
    without a rate left out (named in ``missing``); without, added as they stand.
    """
    return summary_of(key, tally(cards, now or utcnow(), rates), probs, method)


_AMOUNT: Final = attrgetter("amount")
_CURRENCY: Final = attrgetter("currency")
_ENTERED: Final = attrgetter("stage_entered_at")
_DAYS: Final = attrgetter("days")


# -- filters ------------------------------------------------------------------


def quarter_of(day: date | None) -> str:
    """ "2026-Q3"; "" for no date."""
    return "" if day is None else f"{day.year}-Q{(day.month - 1) // 3 + 1}"


@dataclass(frozen=True)
class BoardFilter:
    """What the user narrowed the board to; empty sets mean "any"."""

    owners: frozenset[int] = frozenset()  # 0 stands for "no owner"
    accounts: frozenset[int] = frozenset()
    regions: frozenset[str] = frozenset()  # region path prefixes
    industries: frozenset[str] = frozenset()
    quarters: frozenset[str] = frozenset()  # quarter_of(expected_close); "" for no date
    amount_min: float | None = None
    amount_max: float | None = None
    text: str = ""

    @property
    def active(self) -> bool:
        return self != BoardFilter()

    def matches(self, card: DealCard) -> bool:
        if self.owners and (card.owner_id or 0) not in self.owners:
            return False
        if self.accounts and card.account_id not in self.accounts:
            return False
        if self.regions and not any(
            card.region == r or card.region.startswith(r + "/") for r in self.regions
        ):
            return False
        if self.industries and card.industry not in self.industries:
            return False
        if self.quarters and quarter_of(card.expected_close) not in self.quarters:
            return False
        if self.amount_min is not None and card.amount < self.amount_min:
            return False
        if self.amount_max is not None and card.amount > self.amount_max:
            return False
        needle = self.text.strip().casefold()
        if needle:
            hay = f"{card.name}\n{card.account}\n{card.owner}\n{card.region}\n{card.industry}"
            if not all(word in hay.casefold() for word in needle.split()):
                return False
        return True


def filter_cards(cards: Iterable[DealCard], flt: BoardFilter) -> list[DealCard]:
    if not flt.active:
        return list(cards)
    return [c for c in cards if flt.matches(c)]


_UNITS: Final = {"k": 1e3, "m": 1e6, "b": 1e9, "万": 1e4, "亿": 1e8}


def parse_amount(text: str) -> float | None:
    """An amount typed in a filter box: "1.5M", "300k", "120万", "2亿" or plain digits.

    >>> parse_amount("1.5M"), parse_amount("120万"), parse_amount(" 2,500 "), parse_amount("")
    (1500000.0, 1200000.0, 2500.0, None)
    """
    value = text.strip().replace(",", "").replace(" ", "").lower()
    if not value:
        return None
    factor = 1.0
    if value[-1] in _UNITS:
        factor, value = _UNITS[value[-1]], value[:-1]
    try:
        number = float(value)
    except ValueError:
        raise ValueError(f"not an amount: {text!r}") from None
    if number < 0 or number != number:
        raise ValueError(f"not an amount: {text!r}")
    return number * factor


@dataclass(frozen=True)
class FilterOptions:
    """The choices the filter bar offers, from the cards the board holds."""

    owners: tuple[tuple[int, str], ...]  # (id or 0 for none, name)
    accounts: tuple[tuple[int, str], ...]
    regions: tuple[str, ...]  # prefixes, parents before children
    industries: tuple[str, ...]
    quarters: tuple[str, ...]  # sorted; "" (no date) last when present


def filter_options(cards: Iterable[DealCard], region_depth: int = 3) -> FilterOptions:
    cards = list(cards)
    owners = dict({(c.owner_id or 0, c.owner) for c in cards})
    accounts = dict({(c.account_id, c.account) for c in cards})
    paths = {c.region for c in cards}
    industries = {c.industry for c in cards if c.industry}
    quarters = {quarter_of(d) for d in {c.expected_close for c in cards}}
    regions: set[str] = set()
    for path in paths:
        parts = [p for p in path.split("/") if p]
        regions.update("/".join(parts[:n]) for n in range(1, min(region_depth, len(parts)) + 1))
    return FilterOptions(
        owners=tuple(sorted(owners.items(), key=lambda kv: (kv[0] == 0, kv[1].casefold()))),
        accounts=tuple(sorted(accounts.items(), key=lambda kv: kv[1].casefold())),
        regions=tuple(sorted(regions)),
        industries=tuple(sorted(industries, key=str.casefold)),
        quarters=tuple(sorted(q for q in quarters if q)) + (("",) if "" in quarters else ()),
    )


# -- sorting and swimlanes ---------------------------------------------------------

SORT_KEYS: Final = ("amount", "close", "days", "name")
"""Orders within a column: largest first, soonest close, longest in stage, by name."""

_FAR: Final = date.max


def sort_key(sort: str, rates: Rates | None = None) -> Callable[[DealCard], tuple[Any, ...]]:
    """A total order (ties broken by id) so that positions are stable between refreshes.

    With ``rates``, "amount" orders by the value in the base currency ($100K above
    ¥200K); deals in a currency without a rate follow, by their own amount.
    """
    if sort == "amount":
        if rates is None:
            return lambda c: (-c.amount, c.id)
        to_base = rates.to_base

        def by_value(c: DealCard) -> tuple[int, float, int]:
            value = to_base(c.amount, c.currency)
            return (1, -c.amount, c.id) if value is None else (0, -value, c.id)

        return by_value
    if sort == "close":
        return lambda c: (c.expected_close or _FAR, c.id)
    if sort == "days":
        return lambda c: (c.stage_entered_at, c.id)
    if sort == "name":
        return lambda c: (c.name.casefold(), c.id)
    raise ValueError(f"unknown sort {sort!r}; choose one of {', '.join(SORT_KEYS)}")


LANE_MODES: Final = ("none", "owner", "account")


def lane_of(card: DealCard, mode: str) -> tuple[str, str]:
    """(lane key, lane label) of a card; one lane for all in mode "none"."""
    if mode == "owner":
        return (f"o{card.owner_id or 0}", card.owner)
    if mode == "account":
        return (f"a{card.account_id}", card.account)
    return ("", "")


@dataclass(frozen=True, slots=True)
class LaneHeader:
    """A swimlane's title row inside a column: whose cards follow, how many, how much."""

    key: str
    label: str
    count: int
    total: float  # in the base currency when the board has rates
    missing: frozenset[str] = frozenset()  # currencies left out of ``total`` (no rate)


@dataclass(frozen=True, slots=True)
class Filler:
    """An empty row that pads a lane to the height of its tallest column.

    With every stage column padded the same way, a lane starts at the same
    row in all of them, and the columns scroll together as one grid.
    """

    lane: str
    n: int


Entry = int | LaneHeader | Filler
"""A column row: a deal id; with swimlanes also lane headers and fillers."""


def entry_key(entry: Entry) -> int | str:
    if isinstance(entry, int):
        return entry
    if isinstance(entry, LaneHeader):
        return "lane:" + entry.key
    return f"fill:{entry.lane}:{entry.n}"


def _lane_order(labels: Mapping[str, str]) -> Callable[[str], tuple[bool, str, str]]:
    # By label, so a reader finds a lane where the alphabet puts it; "no owner" last.
    return lambda k: (k == "o0", labels[k].casefold(), k)


def column_entries(cards: Sequence[DealCard], sort: str, lanes: str = "none") -> list[Entry]:
    """The rows of one column on its own: cards in order, under lane headers if lanes are on."""
    return board_entries({"": cards}, sort, lanes, aligned=())[""]


def board_entries(
    columns: Mapping[str, Sequence[DealCard]],
    sort: str,
    lanes: str = "none",
    aligned: Iterable[str] = STAGE_KEYS,
    rates: Rates | None = None,
) -> dict[str, list[Entry]]:
    """The rows of several columns; with lanes, the ``aligned`` ones share one grid.

    Every aligned column lists every lane found in any of them, each padded with
    :class:`Filler` rows to the lane's tallest column, so lanes line up across
    the funnel. Other columns (won, lost, shelved) list just their own lanes:
    thousands of closed deals must not stretch the open lanes.
    """
    key = sort_key(sort, rates)
    if lanes == "none":
        return {k: [c.id for c in sorted(cards, key=key)] for k, cards in columns.items()}
    groups: dict[str, dict[str, list[DealCard]]] = {k: defaultdict(list) for k in columns}
    labels: dict[str, str] = {}
    for k, cards in columns.items():
        for c in cards:
            lane, label = lane_of(c, lanes)
            groups[k][lane].append(c)
            labels[lane] = label
    order = _lane_order(labels)
    grid = [k for k in aligned if k in columns]
    grid_lanes = sorted({lane for k in grid for lane in groups[k]}, key=order)
    height = {lane: max(len(groups[k].get(lane, ())) for k in grid) for lane in grid_lanes}
    out: dict[str, list[Entry]] = {}
    for k in columns:
        padded = k in grid
        entries: list[Entry] = []
        for lane in grid_lanes if padded else sorted(groups[k], key=order):
            members = sorted(groups[k].get(lane, ()), key=key)
            if rates is None or set(map(_CURRENCY, members)) <= {rates.base}:
                entries.append(
                    LaneHeader(lane, labels[lane], len(members), sum(c.amount for c in members))
                )
            else:
                sums = money_total(((c.amount, c.currency) for c in members), rates)
                entries.append(
                    LaneHeader(lane, labels[lane], len(members), sums.amount, sums.missing)
                )
            entries.extend(c.id for c in members)
            if padded:
                entries.extend(Filler(lane, n) for n in range(len(members), height[lane]))
        out[k] = entries
    return out


# -- "not yours yet" warnings ---------------------------------------------------


SENIOR_VISIT_STAGES: Final = ("P5", "P6", "P7")
"""Stages where a missing senior visit (P5.RULE.1) warns, as on the map."""


@dataclass(frozen=True, slots=True)
class RiskFacts:
    """What the warnings read about one open deal (see the module docstring)."""

    done: frozenset[str] = frozenset()  # ticked criteria among RISK_CRITERIA
    contract_signed: bool = False
    contract_value: float | None = None  # None (or 0): not recorded; no stand-in
    first_payment: float | None = None  # what the instalment paid first received, if any
    senior_missing: tuple[str, ...] = ()  # roles without a senior visit, from P5 on


def not_yet_warnings(facts: RiskFacts, method: Methodology | None = None) -> tuple[str, ...]:
    """The warnings of one open deal, in order: RISK.NOT_YET.1..5, then P5.RULE.1."""
    method = method or load_methodology()
    found: list[str] = []
    done = facts.done
    if "P5.EXIT.9" in done and "P6.EXIT.3" not in done:
        found.append("RISK.NOT_YET.1")
    if "P6.EXIT.3" in done and "P6.EXIT.4" not in done:
        found.append("RISK.NOT_YET.2")
    if "P6.EXIT.5" in done and not facts.contract_signed:
        found.append("RISK.NOT_YET.3")
    paid = judge(
        facts.contract_signed, facts.contract_value, facts.first_payment, method.FIRST_PAYMENT_MIN
    )
    if paid.problem == "no_payment" or (
        paid.problem == "no_contract_value" and paid.amount is None
    ):
        found.append("RISK.NOT_YET.4")
    elif paid.problem in ("too_low", "no_contract_value"):
        found.append("RISK.NOT_YET.5")
    if facts.senior_missing:
        found.append(SENIOR_VISITS_RULE)
    return tuple(found)


@collector_paused()
def risk_facts(
    db: Reader,
    deal_ids: Iterable[int] | None = None,
    today: date | None = None,
    *,
    chains: Mapping[int, ChainFacts] | None = None,
) -> dict[int, RiskFacts]:
    """Evidence for the warnings, for the open deals that may have any.

    Those are the deals in P5 or later, or with a signed contract, or with a
    payment: ticks, payments (:func:`model.rules.payments.payment_facts`) and
    senior visits (:func:`model.rules.visits.senior_visits_by_deal`) are read in
    batches. ``today`` is the local day the senior visits are judged on;
    ``chains``, the deals' chain facts of that day when already read (see
    :func:`card_extras`).
    """
    ids = None if deal_ids is None else list(deal_ids)
    paid = select(Instalment.deal_id).join(Payment, Payment.instalment_id == Instalment.id)
    if ids is not None:
        # Only these deals' payments: SQLite builds the IN list of the subquery in full
        # (every paid deal of the workspace, ~2.5 ms at 20,000 deals) before one card.
        paid = paid.where(Instalment.deal_id.in_(ids))
    deals = select(Deal.id, Deal.stage).where(
        Deal.status == "open",
        or_(
            Deal.stage.in_(SENIOR_VISIT_STAGES),
            Deal.contract_signed_on.is_not(None),
            Deal.id.in_(paid),
        ),
    )
    checks = (
        select(ExitCheck.deal_id, ExitCheck.criterion)
        .join(Deal, Deal.id == ExitCheck.deal_id)
        .where(
            Deal.status == "open",
            Deal.stage.in_(TENDER_STAGES),
            ExitCheck.done,
            ExitCheck.criterion.in_(sorted(RISK_CRITERIA)),
        )
    )
    if ids is not None:
        deals = deals.where(Deal.id.in_(ids))
        checks = checks.where(ExitCheck.deal_id.in_(ids))
    stages = {int(i): str(st) for i, st in db.execute(deals).all()}
    done: dict[int, set[str]] = defaultdict(set)
    for deal_id, criterion in db.execute(checks).all():  # all at once: no fetch per row
        done[deal_id].add(criterion)
    payments = payment_facts(db, stages)
    visits = senior_visits_by_deal(
        db, [i for i, st in stages.items() if st in SENIOR_VISIT_STAGES], today, chains=chains
    )
    out: dict[int, RiskFacts] = {}
    for deal_id in stages:
        money = payments.get(deal_id)
        seen = visits.get(deal_id)
        out[deal_id] = RiskFacts(
            done=frozenset(done.get(deal_id, ())),
            contract_signed=money is not None and money.contract_signed,
            contract_value=money.contract_value if money is not None else None,
            first_payment=(
                first_paid(money.transfers) if money is not None and money.transfers else None
            ),
            senior_missing=seen.missing if seen is not None else (),
        )
    return out


def warnings_by_deal(
    db: Reader,
    deal_ids: Iterable[int] | None = None,
    method: Methodology | None = None,
    *,
    today: date | None = None,
    chains: Mapping[int, ChainFacts] | None = None,
) -> dict[int, tuple[str, ...]]:
    """Deal id → warnings that apply; deals without any are left out.

    ``today`` and ``chains`` as for :func:`risk_facts`.
    """
    method = method or load_methodology()
    out = {}
    for deal_id, facts in risk_facts(db, deal_ids, today, chains=chains).items():
        found = not_yet_warnings(facts, method)
        if found:
            out[deal_id] = found
    return out


# -- badges -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Badges:
    """The small marks on a card; the delegate paints them, tooltips explain them."""

    elements: int
    elements_total: int
    exits: int
    exits_total: int  # 0 when the stage has no exit criteria (P1) or the deal is closed
    coach: bool
    kdm_support: int | None  # -2..2; None when no KDM is named
    risks: tuple[str, ...]
    awaiting_approval: bool = False  # a forced move waits for a manager
    # model.protection: "protected", "expired", "public" or "" (none), and the days left
    protection: str = ""
    protection_days: int | None = None

    @property
    def elements_complete(self) -> bool:
        return self.elements >= self.elements_total

    @property
    def exits_complete(self) -> bool:
        return self.exits >= self.exits_total


def badges_for(
    card: DealCard,
    risks: tuple[str, ...] = (),
    method: Methodology | None = None,
    progress: tuple[int, int] | None = None,
) -> Badges:
    """The card's badges; ``progress`` is the exit-criteria (met, applicable) when known.

    Without it the card's plain count of ticks over all of the stage's criteria
    is used, which is exact outside P3-P6 (see :func:`exit_progress`).
    """
    method = method or load_methodology()
    if card.status != "open":
        exits, exits_total = 0, 0
    elif progress is not None:
        exits, exits_total = progress
    else:
        exits_total = len(method.exit_criteria(card.stage))
        exits = min(card.exits_done, exits_total)
    return Badges(
        elements=card.elements_verified,
        elements_total=len(method.five_elements),
        exits=exits,
        exits_total=exits_total,
        coach=card.has_coach,
        kdm_support=card.kdm_support,
        risks=risks if card.status == "open" else (),
        awaiting_approval=card.awaiting_approval and card.status == "open",
        **_protection_badge(card),
    )


def _protection_badge(card: DealCard) -> dict[str, Any]:
    """The card's protection countdown (P3.PROTECT.2) on the local day."""
    from model.protection import protection_state

    state = protection_state(card.protection_expires, card.public_since, card.status)
    if state.state == "none":
        return {}
    return {"protection": state.state, "protection_days": state.days_left}


COMPUTED_STAGES: Final = tuple(sorted({c.split(".")[0] for c in COMPUTED_CRITERIA}))
"""Stages with criteria the deal's data answers (model.rules.chain): P3, P4, P5."""
PROGRESS_STAGES: Final = tuple(sorted({*COMPUTED_STAGES, "P5", "P6"}))
"""Stages whose count is not a plain tick count: criteria the data answers, criteria
that depend on the tender, alternatives (model.gates)."""


@collector_paused()
def exit_progress(
    db: Reader,
    deal_ids: Iterable[int] | None = None,
    *,
    chains: Mapping[int, ChainFacts] | None = None,
) -> dict[int, tuple[int, int]]:
    """(criteria met, criteria applicable) of open deals in P3-P6, as the gate counts.

    In P3-P5 some criteria are answered by the deal's data, not by ticks
    (:mod:`model.rules.chain`); in P5 and P6 some apply only with a tender, or
    only without one, and some are alternatives (as
    :func:`model.gates.criteria_progress` counts them). Elsewhere a card's plain
    tick count is already right, so only these deals are read. ``chains``: the
    deals' chain facts of today when already read (see :func:`card_extras`).
    """
    deals = select(Deal.id, Deal.stage, Deal.tendered).where(
        Deal.status == "open", Deal.stage.in_(PROGRESS_STAGES)
    )
    ticks = (
        select(ExitCheck.deal_id, ExitCheck.criterion)
        .join(Deal, Deal.id == ExitCheck.deal_id)
        .where(
            Deal.status == "open",
            Deal.stage.in_(PROGRESS_STAGES),
            ExitCheck.done,
            # "P5.EXIT.n" as a range, so the (deal, criterion) index serves it
            bytewise(ExitCheck.criterion) > Deal.stage.concat("."),
            bytewise(ExitCheck.criterion) < Deal.stage.concat("/"),
        )
    )
    if deal_ids is not None:
        ids = list(deal_ids)
        deals = deals.where(Deal.id.in_(ids))
        ticks = ticks.where(ExitCheck.deal_id.in_(ids))
    done: dict[int, set[str]] = defaultdict(set)
    for deal_id, criterion in db.execute(ticks).all():  # all at once: no fetch per row
        done[deal_id].add(criterion)
    # The gate's groups, computed once per (stage, tender) rather than per deal.
    groups = {
        (stage, tendered): applicable_criteria(stage, tendered)
        for stage in PROGRESS_STAGES
        for tendered in (False, True)
    }
    rows = db.execute(deals).all()
    chains = _with_chains(
        db, [deal_id for deal_id, stage, _ in rows if stage in COMPUTED_STAGES], chains
    )
    out: dict[int, tuple[int, int]] = {}
    for deal_id, stage, tendered in rows:
        wanted = groups[(stage, bool(tendered))]
        chain = chains.get(deal_id) if stage in COMPUTED_STAGES else None
        met = effective_done(
            done.get(deal_id, set()), met_criteria(chain) if chain is not None else ()
        )
        out[deal_id] = (sum(1 for g in wanted if not met.isdisjoint(g)), len(wanted))
    return out


def accounts_of_people(db: Reader, person_ids: Iterable[int]) -> set[int]:
    """Accounts of these people: a change to one of them may change what their
    account's deals' data answers (model.rules.chain), so those cards re-read."""
    ids = sorted(set(person_ids))
    if not ids:
        return set()
    return set(db.execute(select(Person.account_id).where(Person.id.in_(ids))).scalars())


@dataclass(frozen=True)
class CardExtras:
    """What a card shows beyond its row: warnings and gate-exact criteria progress."""

    risks: dict[int, tuple[str, ...]] = field(default_factory=dict)
    progress: dict[int, tuple[int, int]] = field(default_factory=dict)


CHAIN_STAGES: Final = tuple(sorted({*COMPUTED_STAGES, *SENIOR_VISIT_STAGES}))
"""Stages whose open deals the board reads the decision chain of: P3-P5 for the n/m badge
(criteria the data answers), P5-P7 for the senior-visit warning (who holds KI/KU/KDM)."""


def _with_chains(
    db: Reader, deal_ids: Sequence[int], chains: Mapping[int, ChainFacts] | None
) -> Mapping[int, ChainFacts]:
    """``chains`` completed with the chain facts of the deals it lacks (read today)."""
    if chains is None:
        return chain_facts(db, deal_ids)
    lacking = [i for i in deal_ids if i not in chains]
    return {**chains, **chain_facts(db, lacking)} if lacking else chains


@collector_paused()
def card_extras(db: Reader, deal_ids: Iterable[int] | None = None) -> CardExtras:
    """Warnings and gate-exact n/m of the board's cards (all, or ``deal_ids``).

    The decision chain of every open deal in P3-P7 is read once
    (:func:`model.rules.chain.chain_facts`) and serves both the n/m badge and
    the senior-visit warning.
    """
    ids = None if deal_ids is None else list(deal_ids)
    today = date.today()
    wanted = select(Deal.id).where(Deal.status == "open", Deal.stage.in_(CHAIN_STAGES))
    if ids is not None:
        wanted = wanted.where(Deal.id.in_(ids))
    chains = chain_facts(db, db.execute(wanted).scalars().all(), today=today)
    return CardExtras(
        warnings_by_deal(db, ids, today=today, chains=chains),
        exit_progress(db, ids, chains=chains),
    )


# -- the badges read by another process ------------------------------------------------
#
# On a large board card_extras is about a second of Python (0.9 s on the 20,000-deal
# sample). On a thread of the app it shares the interpreter's lock with the UI thread,
# and every page the user opens meanwhile takes up to twice as long (the Dashboards'
# first visit 0.4 -> 1.2 s). A process of its own reads the file beside the app
# (desktop.pages.board starts it): the command below, its answer one JSON line.


def card_extras_command(path: Path) -> list[str]:
    """The program and arguments of a process that prints :func:`card_extras` of ``path``.

    This interpreter, told where this package is (the app may run from a checkout),
    calling :func:`card_extras_main`.
    """
    root = str(Path(__file__).resolve().parent.parent)
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]); "
        "from model.board import card_extras_main; sys.exit(card_extras_main(sys.argv[2:]))"
    )
    return [sys.executable, "-c", code, root, str(path)]


def card_extras_of_file(path: Path) -> CardExtras:
    """:func:`card_extras` of the workspace file at ``path``, read without writing it.

    The file is open in the app, which has brought its schema up to date; this
    reader only looks (``query_only``), in one transaction of its own.
    """
    from sqlalchemy.orm import Session

    from model.workspace import readonly_engine

    engine = readonly_engine(path)
    try:
        with Session(bind=engine) as db:
            return card_extras(db)
    finally:
        engine.dispose()


def extras_to_json(extras: CardExtras) -> str:
    """One line of JSON (ids become strings: JSON keys are)."""
    return json.dumps(
        {
            "risks": {str(k): list(v) for k, v in extras.risks.items()},
            "progress": {str(k): list(v) for k, v in extras.progress.items()},
        },
        separators=(",", ":"),
    )


def extras_from_json(text: str) -> CardExtras:
    """What :func:`extras_to_json` wrote; ValueError when it is not that."""
    try:
        raw = json.loads(text)
        return CardExtras(
            {int(k): tuple(str(c) for c in v) for k, v in raw["risks"].items()},
            {int(k): (int(v[0]), int(v[1])) for k, v in raw["progress"].items()},
        )
    except (TypeError, KeyError, IndexError, AttributeError) as exc:
        raise ValueError(f"not the board's extras: {type(exc).__name__}") from exc


def card_extras_main(argv: Sequence[str]) -> int:
    """Print :func:`card_extras` of the file ``argv[0]`` as the last line of stdout.

    Any other output goes to stderr. A failure is one line on stderr (the kind of
    fault and the database's own words: no row's values) and exit status 1.
    The process is niced: it is background work beside the user's window.
    """
    with contextlib.suppress(AttributeError, OSError):
        os.nice(5)
    real = sys.stdout
    try:
        with contextlib.redirect_stdout(sys.stderr):
            line = extras_to_json(card_extras_of_file(Path(argv[0])))
    except Exception as exc:  # the parent reads the badges itself and says why if it fails
        cause = getattr(exc, "orig", None) or exc
        first = str(cause).splitlines()[0] if str(cause) else ""
        print(f"{type(cause).__name__}: {first}", file=sys.stderr, flush=True)
        return 1
    real.write(line + "\n")
    real.flush()
    return 0


# -- formatting -----------------------------------------------------------------------


_MONTHS_EN: Final = (
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
)  # fmt: skip


def short_day(day: date | None, lang: str = "en", today: date | None = None) -> str:
    """A close date as a card shows it: the day this year, the month in another year.

    A close date a year out is a month's estimate at best, and the shorter text
    leaves a narrow card room for the amount.

    >>> short_day(date(2026, 9, 30), "en", date(2026, 1, 1))
    '30 Sep'
    >>> short_day(date(2027, 9, 30), "en", date(2026, 1, 1))
    'Sep 2027'
    >>> short_day(date(2027, 9, 30), "zh", date(2026, 1, 1))
    '2027年9月'
    """
    if day is None:
        return ""
    this_year = (today or date.today()).year == day.year
    if lang == "zh":
        return f"{day.month}月{day.day}日" if this_year else f"{day.year}年{day.month}月"
    month = _MONTHS_EN[day.month - 1]
    return f"{day.day} {month}" if this_year else f"{month} {day.year}"


# -- the deal panel -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ExitItem:
    """One exit criterion of the deal's stage: ticked, or answered by the deal's data.

    ``finding`` is set for a criterion the data answers (model.rules.chain); then
    ``met`` is the data's answer and a tick (``done``) does not count.
    """

    id: str
    done: bool
    by: str
    on: date | None
    note: str
    finding: CriterionFinding | None = None

    @property
    def computed(self) -> bool:
        return self.finding is not None

    @property
    def met(self) -> bool:
        return self.finding.met if self.finding is not None else self.done


@dataclass(frozen=True, slots=True)
class ElementItem:
    id: str
    status: str  # unknown, claimed, verified
    by: str
    level: str | None
    method: str | None
    on: date | None
    evidence: str


@dataclass(frozen=True, slots=True)
class RoleItem:
    person_id: int
    name: str
    title: str
    role: str
    support: int
    backs: str  # competitor the person backs, or ""
    insider: bool
    coach: bool
    backs_id: int | None = None
    left_on: date | None = None  # the person has left the customer (still on the deal)

    def values(self) -> dict[str, Any]:
        """The part as :func:`model.services.deals.set_deal_role` takes it."""
        return {
            "support": self.support,
            "competitor_id": self.backs_id,
            "insider": self.insider,
            "coach": self.coach,
        }


@dataclass(frozen=True, slots=True)
class PaymentItem:
    """One transfer received against an instalment."""

    id: int
    amount: float
    received_on: date
    how: str


@dataclass(frozen=True, slots=True)
class InstalmentItem:
    id: int
    seq: int
    due_on: date | None
    amount: float
    received_on: date | None  # the day of the latest transfer
    received_amount: float  # the sum of the transfers
    how: str
    payments: tuple[PaymentItem, ...] = ()  # oldest first

    @property
    def outstanding(self) -> float:
        """What is still due on this instalment (never below zero)."""
        return max(0.0, round(self.amount - self.received_amount, 2))


@dataclass(frozen=True, slots=True)
class HistoryItem:
    id: int
    at: datetime
    from_stage: str | None
    to_stage: str
    from_status: str
    to_status: str
    by: str
    reason: str
    forced: bool
    unmet: tuple[str, ...]
    by_id: int | None = None
    approved_by: str = ""  # the manager who approved a forced move
    approved_at: datetime | None = None
    awaiting: bool = False  # forced, and waiting for a manager (model.services.approvals)


@dataclass(frozen=True)
class DealDetail:
    """Everything the deal panel shows about one deal, as plain values."""

    id: int
    name: str
    account_id: int
    account: str
    owner_id: int | None
    owner: str
    amount: float
    currency: str
    expected_close: date | None
    stage: str
    status: str
    status_reason: str
    lost_to: str
    stage_entered_at: datetime
    protection_expires: date | None
    tendered: bool
    scoring_shaped: bool
    scoring_criteria: str
    contract_signed_on: date | None
    contract_value: float | None
    note: str
    exits: tuple[ExitItem, ...]  # the current stage's criteria, in method order
    elements: tuple[ElementItem, ...]  # all five, in method order
    competitors: tuple[tuple[int, str], ...]
    roles: tuple[RoleItem, ...]
    instalments: tuple[InstalmentItem, ...]
    history: tuple[HistoryItem, ...]  # oldest first
    warnings: tuple[str, ...]
    first_payment_ratio: float | None = None  # the first payment's share of the contract value
    extra: dict[str, Any] = field(default_factory=dict)
    # model.rules.payments.FirstPayment.problem: why the deal cannot be won yet, or "".
    first_payment_problem: str = ""
    # Roles among KI/KU/KDM without a senior visit (P5.RULE.1), for open deals from P5 on.
    senior_missing: tuple[str, ...] = ()
    close_reason: str = ""  # a key of the workspace's close reasons (lost, shelved)

    @property
    def awaiting(self) -> tuple[HistoryItem, ...]:
        """Forced moves of this deal that wait for a manager's approval, oldest first."""
        return tuple(h for h in self.history if h.awaiting)

    @property
    def evaluators(self) -> tuple[RoleItem, ...]:
        return tuple(r for r in self.roles if r.role == "EVAL")

    @property
    def paid(self) -> float:
        """Everything received on the plan: the sum of all transfers."""
        return sum(p.amount for i in self.instalments for p in i.payments)


def _plan_items(db: Reader, deal_id: int) -> tuple[InstalmentItem, ...]:
    """A deal's payment plan in order, each instalment with its transfers (two reads)."""
    plan = select(Instalment).where(Instalment.deal_id == deal_id).order_by(Instalment.seq)
    rows = db.execute(plan).scalars().all()
    transfers: dict[int, list[PaymentItem]] = {}
    paid = (
        select(Payment.id, Payment.instalment_id, Payment.amount, Payment.received_on, Payment.how)
        .where(Payment.instalment_id.in_([i.id for i in rows]))
        .order_by(Payment.received_on, Payment.id)
    )
    for p in db.execute(paid) if rows else ():
        item = PaymentItem(p.id, float(p.amount), p.received_on, p.how)
        transfers.setdefault(p.instalment_id, []).append(item)
    return tuple(
        InstalmentItem(
            i.id,
            i.seq,
            i.due_on,
            i.amount,
            i.received_on,
            i.received_amount,
            i.how,
            tuple(transfers.get(i.id, ())),
        )
        for i in rows
    )


def deal_detail(db: Reader, deal_id: int, method: Methodology | None = None) -> DealDetail | None:
    method = method or load_methodology()
    owner = TeamMember.__table__.alias("owner")
    head = db.execute(
        select(
            Deal,
            Account.name,
            func.coalesce(owner.c.name, literal_column("''")),
            func.coalesce(Competitor.name, literal_column("''")),
        )
        .join(Account, Account.id == Deal.account_id)
        .outerjoin(owner, owner.c.id == Deal.owner_id)
        .outerjoin(Competitor, Competitor.id == Deal.lost_to_id)
        .where(Deal.id == deal_id)
    ).first()
    if head is None:
        return None
    deal, account, owner_name, lost_to = head
    members = dict(db.execute(select(TeamMember.id, TeamMember.name)).all())

    checks = {
        row.criterion: row
        for row in db.execute(select(ExitCheck).where(ExitCheck.deal_id == deal_id)).scalars()
    }
    chain = chain_facts(db, [deal_id]).get(deal_id)
    findings = computed_criteria(chain, method) if chain is not None else {}
    exits = tuple(
        ExitItem(
            c.id,
            bool(checks[c.id].done) if c.id in checks else False,
            members.get(checks[c.id].by_id or 0, "") if c.id in checks else "",
            checks[c.id].done_on if c.id in checks else None,
            checks[c.id].note if c.id in checks else "",
            findings.get(c.id),
        )
        for c in method.exit_criteria(deal.stage)
    )
    found = {
        row.element: row
        for row in db.execute(
            select(FiveElementCheck).where(FiveElementCheck.deal_id == deal_id)
        ).scalars()
    }
    elements = []
    for e in method.five_elements:
        row = found.get(e.id)
        elements.append(
            ElementItem(e.id, "unknown", "", None, None, None, "")
            if row is None
            else ElementItem(
                e.id,
                row.status,
                members.get(row.verified_by_id or 0, ""),
                row.level,
                row.method,
                row.verified_on,
                row.evidence,
            )
        )
    competitors = tuple(
        db.execute(
            select(Competitor.id, Competitor.name)
            .join(deal_competitors, deal_competitors.c.competitor_id == Competitor.id)
            .where(deal_competitors.c.deal_id == deal_id)
            .order_by(bytewise(Competitor.name), Competitor.id)
        ).all()
    )
    backs = Competitor.__table__.alias("backs")
    roles = tuple(
        RoleItem(
            pid,
            name,
            title,
            role,
            int(support),
            backed or "",
            bool(ins),
            bool(coach),
            backs_id,
            left_on,
        )
        for pid, name, title, role, support, backed, ins, coach, backs_id, left_on in db.execute(
            select(
                Person.id,
                Person.name,
                Person.title,
                DealRole.role,
                DealRole.support,
                backs.c.name,
                DealRole.insider,
                DealRole.coach,
                DealRole.backs_competitor_id,
                Person.left_on,
            )
            .join(Person, Person.id == DealRole.person_id)
            .outerjoin(backs, backs.c.id == DealRole.backs_competitor_id)
            .where(DealRole.deal_id == deal_id)
            .order_by(DealRole.role, bytewise(Person.name), Person.id)
        )
    )
    instalments = _plan_items(db, deal_id)
    waiting = awaiting_ids(db, [deal_id])
    history = tuple(
        HistoryItem(
            h.id,
            h.at,
            h.from_stage,
            h.to_stage,
            h.from_status,
            h.to_status,
            members.get(h.by_id or 0, ""),
            h.reason,
            bool(h.forced),
            tuple(h.unmet or ()),
            h.by_id,
            members.get(h.approved_by_id or 0, ""),
            h.approved_at,
            h.id in waiting,
        )
        for h in db.execute(
            select(StageChange)
            .where(StageChange.deal_id == deal_id)
            .order_by(StageChange.at, StageChange.id)
        ).scalars()
    )
    money = payment_facts(db, [deal_id])[deal_id]
    paid = judge(
        money.contract_signed,
        money.contract_value,
        first_paid(money.transfers),
        method.FIRST_PAYMENT_MIN,
    )
    senior = (
        senior_visits_by_deal(db, [deal_id])[deal_id].missing
        if deal.status == "open" and deal.stage in SENIOR_VISIT_STAGES
        else ()
    )
    facts = RiskFacts(
        done=frozenset(
            k
            for k, row in checks.items()
            if row.done and k in RISK_CRITERIA and deal.stage in TENDER_STAGES
        ),
        contract_signed=money.contract_signed,
        contract_value=money.contract_value,
        first_payment=paid.amount,
        senior_missing=senior,
    )
    warnings = not_yet_warnings(facts, method) if deal.status == "open" else ()
    return DealDetail(
        id=deal.id,
        name=deal.name,
        account_id=deal.account_id,
        account=account,
        owner_id=deal.owner_id,
        owner=owner_name,
        amount=deal.amount,
        currency=deal.currency,
        expected_close=deal.expected_close,
        stage=deal.stage,
        status=deal.status,
        status_reason=deal.status_reason,
        lost_to=lost_to,
        stage_entered_at=deal.stage_entered_at,
        protection_expires=deal.protection_expires,
        tendered=bool(deal.tendered),
        scoring_shaped=bool(deal.scoring_shaped),
        scoring_criteria=deal.scoring_criteria,
        contract_signed_on=deal.contract_signed_on,
        contract_value=deal.contract_value,
        note=deal.note,
        exits=exits,
        elements=tuple(elements),
        competitors=competitors,
        roles=roles,
        instalments=instalments,
        history=history,
        warnings=warnings,
        first_payment_ratio=paid.ratio,
        first_payment_problem=paid.problem,
        senior_missing=senior,
        close_reason=deal.close_reason,
    )


def account_choices(db: Reader) -> list[tuple[int, str]]:
    """(id, name) of every account, by name: the New deal form's searchable account list."""
    return list(
        db.execute(select(Account.id, Account.name).order_by(bytewise(Account.name), Account.id))
    )


def competitor_choices(db: Reader) -> list[tuple[int, str]]:
    return list(
        db.execute(
            select(Competitor.id, Competitor.name).order_by(
                bytewise(Competitor.name), Competitor.id
            )
        )
    )


def member_choices(db: Reader) -> list[tuple[int, str]]:
    return list(
        db.execute(
            select(TeamMember.id, TeamMember.name)
            .where(TeamMember.active)
            .order_by(bytewise(TeamMember.name), TeamMember.id)
        )
    )


def done_criteria(db: Reader, deal_id: int) -> frozenset[str]:
    """Criteria already ticked for a deal (a move command untick only what it ticked)."""
    return frozenset(
        db.execute(
            select(ExitCheck.criterion).where(ExitCheck.deal_id == deal_id, ExitCheck.done)
        ).scalars()
    )


# -- people of a deal ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Candidate:
    """A person of the deal's account who is not on the deal yet, with their standing part.

    The standing part (role, support, backs, insider, coach) is what the
    person is across the account; a dialog offers it as the part on the deal.
    """

    id: int
    name: str
    title: str
    department: str
    role: str | None
    support: int
    backs_id: int | None
    insider: bool
    coach: bool


def deal_candidates(db: Reader, deal_id: int, today: date | None = None) -> list[Candidate]:
    """People of the deal's account who could join it: not on it yet, not gone by ``today``."""
    account = db.execute(select(Deal.account_id).where(Deal.id == deal_id)).scalar()
    if account is None:
        return []
    day = today or date.today()
    on_deal = select(DealRole.person_id).where(DealRole.deal_id == deal_id)
    rows = db.execute(
        select(
            Person.id,
            Person.name,
            Person.title,
            func.coalesce(Department.name, literal_column("''")),
            Person.role,
            Person.support,
            Person.backs_competitor_id,
            Person.insider,
            Person.coach,
        )
        .outerjoin(Department, Department.id == Person.department_id)
        .where(
            Person.account_id == account,
            Person.id.not_in(on_deal),
            or_(Person.left_on.is_(None), Person.left_on > day),
        )
        .order_by(bytewise(Person.name), Person.id)
    )
    return [
        Candidate(int(i), n, t, d, r, int(s or 0), b, bool(ins), bool(co))
        for i, n, t, d, r, s, b, ins, co in rows
    ]


@dataclass(frozen=True, slots=True)
class ChainPart:
    """A person's part as one view of the map shows it (see :func:`chain_part`).

    ``on_deal`` says whether the values come from the deal (the person has a
    part in it) or are the person's standing values (no deal chosen, or not
    on the chosen deal yet).
    """

    person_id: int
    name: str
    role: str | None
    support: int
    backs_id: int | None
    insider: bool
    coach: bool
    on_deal: bool


def chain_part(db: Reader, person_id: int, deal_id: int | None = None) -> ChainPart | None:
    """Which role, support, competitor, insider and coach the map shows for a person.

    The one rule of the map (the same as :func:`graph.from_model.org_data`):
    with a deal chosen, the person's part in that deal when they have one;
    otherwise their standing values. An editor that shows this and writes
    back to the same place (the deal's part, or the person) writes exactly
    what the card shows.
    """
    person = db.execute(
        select(
            Person.name,
            Person.role,
            Person.support,
            Person.backs_competitor_id,
            Person.insider,
            Person.coach,
        ).where(Person.id == person_id)
    ).first()
    if person is None:
        return None
    name, role, support, backs, insider, coach = person
    if deal_id is not None:
        part = db.execute(
            select(
                DealRole.role,
                DealRole.support,
                DealRole.backs_competitor_id,
                DealRole.insider,
                DealRole.coach,
            ).where(DealRole.deal_id == deal_id, DealRole.person_id == person_id)
        ).first()
        if part is not None:
            r, s, b, ins, co = part
            return ChainPart(person_id, name, r, int(s), b, bool(ins), bool(co), True)
    return ChainPart(
        person_id, name, role, int(support or 0), backs, bool(insider), bool(coach), False
    )


# -- visits and meetings of a deal (P5.RULE.1) -----------------------------------------


@dataclass(frozen=True, slots=True)
class MetPerson:
    """A customer person at an activity, with their role on the deal (or standing role)."""

    id: int
    name: str
    role: str | None
    left_on: date | None = None


@dataclass(frozen=True, slots=True)
class VisitItem:
    """One activity logged for a deal, as the deal panel lists it.

    ``members`` are (name, team role) of our people there; ``senior_for`` the
    roles among KI/KU/KDM this activity counts as a senior visit to
    (:func:`model.rules.visits.counts_as_senior_visit`).
    """

    id: int
    on: date
    kind: str
    level: str
    members: tuple[tuple[str, str], ...]
    people: tuple[MetPerson, ...]
    summary: str
    next_step: str
    senior_for: tuple[str, ...] = ()


@dataclass(frozen=True)
class DealVisits:
    """The deal's activities (newest first) and what P5.RULE.1 says of them.

    ``missing``, ``unheld`` and ``visited`` are the rule's answer
    (:func:`model.rules.visits.senior_visits`); ``holders`` names the people
    holding each of KI/KU/KDM on the deal today.
    """

    deal_id: int
    account_id: int
    visits: tuple[VisitItem, ...]
    missing: tuple[str, ...]
    unheld: tuple[str, ...]
    visited: frozenset[str]
    holders: Mapping[str, tuple[str, ...]]


def _deal_roles(db: Reader, deal_id: int, today: date) -> dict[int, str | None]:
    """Person id -> role on the deal as the map's deal view reads it (left people too)."""
    chain = chain_facts(db, [deal_id], today=today).get(deal_id)
    return {} if chain is None else {p.id: p.role for p in chain.people}


def deal_visits(db: Reader, deal_id: int, today: date | None = None) -> DealVisits | None:
    """The activities logged for a deal, newest first, and the deal's senior-visit rule.

    ``today`` is the local day the rule judges (default: today). Four reads:
    the activities, our members at them, the people met, and the rule's
    batch reading (:func:`model.rules.visits.senior_visits_by_deal`).
    """
    from model.entities import Activity, activity_members, activity_people
    from model.rules.visits import Visit, counts_as_senior_visit

    account_id = db.execute(select(Deal.account_id).where(Deal.id == deal_id)).scalar()
    if account_id is None:
        return None
    day = today or date.today()
    acts = db.execute(
        select(
            Activity.id,
            Activity.on,
            Activity.kind,
            Activity.level,
            Activity.summary,
            Activity.next_step,
        )
        .where(Activity.deal_id == deal_id)
        .order_by(Activity.on.desc(), Activity.id.desc())
    ).all()
    ids = [a.id for a in acts]
    ours: dict[int, list[tuple[str, str]]] = defaultdict(list)
    met: dict[int, list[tuple[int, str, date | None]]] = defaultdict(list)
    if ids:
        for aid, name, role in db.execute(
            select(activity_members.c.activity_id, TeamMember.name, TeamMember.role)
            .join(TeamMember, TeamMember.id == activity_members.c.member_id)
            .where(activity_members.c.activity_id.in_(ids))
            .order_by(bytewise(TeamMember.name), TeamMember.id)
        ):
            ours[aid].append((str(name), str(role)))
        for aid, pid, name, left_on in db.execute(
            select(activity_people.c.activity_id, Person.id, Person.name, Person.left_on)
            .join(Person, Person.id == activity_people.c.person_id)
            .where(activity_people.c.activity_id.in_(ids))
            .order_by(bytewise(Person.name), Person.id)
        ):
            met[aid].append((int(pid), str(name), left_on))
    roles = _deal_roles(db, deal_id, day)
    rule = senior_visits_by_deal(db, [deal_id], day)[deal_id]
    holder_of = {pid: role for role, pids in rule.holders.items() for pid in pids}
    items = []
    for a in acts:
        people = tuple(MetPerson(pid, name, roles.get(pid), left) for pid, name, left in met[a.id])
        fact = Visit(
            deal_id,
            str(a.kind),
            a.on,
            frozenset(role for _, role in ours[a.id]),
            frozenset(p.id for p in people),
        )
        senior = {
            holder_of[p.id]
            for p in people
            if p.id in holder_of and counts_as_senior_visit(fact, deal_id, p.id, p.left_on, day)
        }
        items.append(
            VisitItem(
                int(a.id),
                a.on,
                str(a.kind),
                str(a.level),
                tuple(ours[a.id]),
                people,
                a.summary or "",
                a.next_step or "",
                tuple(r for r in SENIOR_VISIT_ROLES if r in senior),
            )
        )
    held = sorted({pid for pids in rule.holders.values() for pid in pids})
    names = dict(db.execute(select(Person.id, Person.name).where(Person.id.in_(held))).all())
    return DealVisits(
        deal_id,
        int(account_id),
        tuple(items),
        rule.missing,
        rule.unheld,
        rule.visited,
        {role: tuple(names.get(p, "") for p in pids) for role, pids in rule.holders.items()},
    )


@dataclass(frozen=True, slots=True)
class VisitMember:
    """One of our team members the Log visit dialog offers."""

    id: int
    name: str
    role: str


@dataclass(frozen=True, slots=True)
class VisitCandidate:
    """A person of the deal's account the Log visit dialog offers.

    ``on_deal``: the person has a part in the deal (a role on it, or a standing
    role the deal's chain reads, :func:`model.rules.chain.chain_facts`); these
    come first.
    """

    id: int
    name: str
    title: str
    role: str | None
    on_deal: bool
    left_on: date | None = None


@dataclass(frozen=True)
class VisitChoices:
    """What the Log visit dialog chooses from, and what the senior-visit rule needs.

    ``holders`` maps the people holding KI/KU/KDM on the deal today to that role;
    ``left_on`` the day each offered person left (if they did).
    """

    deal_id: int
    account_id: int
    deal: str
    members: tuple[VisitMember, ...]
    people: tuple[VisitCandidate, ...]
    holders: Mapping[int, str]
    left_on: Mapping[int, date | None]


def visit_choices(db: Reader, deal_id: int, today: date | None = None) -> VisitChoices | None:
    """Our active members and the account's people (the deal's first) for a visit to log."""
    from model.enums import Role
    from model.rules.visits import holders_by_deal

    head = db.execute(select(Deal.account_id, Deal.name).where(Deal.id == deal_id)).first()
    if head is None:
        return None
    account_id, deal_name = head
    day = today or date.today()
    members = tuple(
        VisitMember(int(i), str(n), str(r))
        for i, n, r in db.execute(
            select(TeamMember.id, TeamMember.name, TeamMember.role)
            .where(TeamMember.active)
            .order_by(bytewise(TeamMember.name), TeamMember.id)
        )
    )
    roles = _deal_roles(db, deal_id, day)
    on_deal = set(
        db.execute(select(DealRole.person_id).where(DealRole.deal_id == deal_id)).scalars()
    )
    holders = {
        pid: str(role)
        for pid, role in holders_by_deal(db, [deal_id], day).get(deal_id, {}).items()
        if role in SENIOR_VISIT_ROLES
    }
    found = [
        VisitCandidate(
            int(pid),
            str(name),
            str(title or ""),
            roles.get(int(pid)),
            int(pid) in on_deal or roles.get(int(pid)) is not None,
            left_on,
        )
        for pid, name, title, left_on in db.execute(
            select(Person.id, Person.name, Person.title, Person.left_on)
            .where(Person.account_id == account_id)
            .order_by(bytewise(Person.name), Person.id)
        )
    ]
    role_rank = {r.value: n for n, r in enumerate(Role)}  # KDM, KI, KU, LEAD, EVAL
    found.sort(
        key=lambda c: (
            not c.on_deal,
            c.left_on is not None and c.left_on <= day,
            role_rank.get(c.role or "", len(role_rank)) if c.on_deal else 0,
            c.name.casefold(),
            c.id,
        )
    )
    return VisitChoices(
        deal_id,
        int(account_id),
        str(deal_name),
        members,
        tuple(found),
        holders,
        {c.id: c.left_on for c in found},
    )
