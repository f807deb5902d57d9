"""The read side of leads (P2): the list with its filters, one lead, and channel yield.

Leads are unverified contact information; a lead becomes an opportunity when it
is converted into a deal (``Lead.deal_id``). Views get frozen rows from here and
never a session. :func:`channel_yield` is a pure computation over
:class:`LeadFact` rows so its figures are tested against hand-computed ones.

Yield counts by the day a lead was **received**: the leads of a period, how
many of those became opportunities (a deal linked, whatever its stage now) and
how many of those deals are won, with the deals' amounts (a won deal counts its
contract value when one is recorded, else its amount).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection, Select, select
from sqlalchemy.orm import Session, aliased

from model.entities import Account, Deal, Lead, TeamMember
from model.enums import DealStatus
from model.methodology import load_methodology
from model.sql import bytewise

Reader = Session | Connection


@dataclass(frozen=True, slots=True)
class LeadRow:
    """One lead as the Leads page lists and edits it."""

    id: int
    company: str
    """The account's name when the lead names one, else the company typed in."""
    account_id: int | None
    typed_company: str
    """What was typed as the company (kept even once an account is linked)."""
    contact_name: str
    contact_phone: str
    contact_email: str
    channel: int
    kind: str
    status: str
    received_on: date | None
    owner_id: int | None
    owner: str
    deal_id: int | None
    deal: str
    deal_stage: str
    deal_status: str
    source: str
    note: str


@dataclass(frozen=True, slots=True)
class LeadFilter:
    """What the list shows: None means any; ``search`` matches company, contact,
    source and note, ignoring case."""

    channel: int | None = None
    kind: str | None = None
    status: str | None = None
    owner_id: int | None = None
    search: str = ""

    def matches(self, row: LeadRow) -> bool:
        if self.channel is not None and row.channel != self.channel:
            return False
        if self.kind is not None and row.kind != self.kind:
            return False
        if self.status is not None and row.status != self.status:
            return False
        if self.owner_id is not None and row.owner_id != self.owner_id:
            return False
        needle = self.search.strip().casefold()
        if not needle:
            return True
        hay = (
            row.company,
            row.typed_company,
            row.contact_name,
            row.contact_phone,
            row.contact_email,
            row.source,
            row.note,
            row.owner,
        )
        return any(needle in text.casefold() for text in hay if text)


def filter_leads(rows: Iterable[LeadRow], wanted: LeadFilter) -> list[LeadRow]:
    """The rows ``wanted`` lets through, in their order."""
    return [r for r in rows if wanted.matches(r)]


def _select() -> Select[Any]:  # many columns: typed by position in _row
    owner = aliased(TeamMember)
    stmt: Select[Any] = (
        select(  # type: ignore[assignment]
            Lead.id,
            Account.name,
            Lead.account_id,
            Lead.company,
            Lead.contact_name,
            Lead.contact_phone,
            Lead.contact_email,
            Lead.channel,
            Lead.kind,
            Lead.status,
            Lead.received_on,
            Lead.owner_id,
            owner.name,
            Lead.deal_id,
            Deal.name,
            Deal.stage,
            Deal.status,
            Lead.source,
            Lead.note,
        )
        .outerjoin(Account, Account.id == Lead.account_id)
        .outerjoin(owner, owner.id == Lead.owner_id)
        .outerjoin(Deal, Deal.id == Lead.deal_id)
    )
    return stmt


def _row(r: Sequence[object]) -> LeadRow:
    (
        ident,
        account,
        account_id,
        company,
        name,
        phone,
        email,
        channel,
        kind,
        status,
        received,
        owner_id,
        owner,
        deal_id,
        deal,
        stage,
        deal_status,
        source,
        note,
    ) = r
    return LeadRow(
        id=int(ident),  # type: ignore[call-overload]
        company=str(account or company or ""),
        account_id=account_id,  # type: ignore[arg-type]
        typed_company=str(company or ""),
        contact_name=str(name or ""),
        contact_phone=str(phone or ""),
        contact_email=str(email or ""),
        channel=int(channel or 10),  # type: ignore[call-overload]
        kind=str(kind or ""),
        status=str(status or ""),
        received_on=received,  # type: ignore[arg-type]
        owner_id=owner_id,  # type: ignore[arg-type]
        owner=str(owner or ""),
        deal_id=deal_id,  # type: ignore[arg-type]
        deal=str(deal or ""),
        deal_stage=str(stage or ""),
        deal_status=str(deal_status or ""),
        source=str(source or ""),
        note=str(note or ""),
    )


def lead_rows(db: Reader, wanted: LeadFilter | None = None) -> list[LeadRow]:
    """Leads, newest received first (then newest entered), through ``wanted`` if given."""
    stmt = _select().order_by(Lead.received_on.desc().nulls_last(), Lead.id.desc())
    rows = [_row(r) for r in db.execute(stmt)]
    return filter_leads(rows, wanted) if wanted is not None else rows


def lead_detail(db: Reader, lead_id: int) -> LeadRow | None:
    """One lead, or None when it is gone."""
    found = db.execute(_select().where(Lead.id == lead_id)).first()
    return _row(found) if found is not None else None


@dataclass(frozen=True, slots=True)
class MemberChoice:
    id: int
    name: str
    role: str
    active: bool


@dataclass(frozen=True, slots=True)
class LeadChoices:
    """What the capture form and the conversion dialog offer."""

    accounts: tuple[tuple[int, str], ...]
    members: tuple[MemberChoice, ...]


def lead_choices(db: Reader) -> LeadChoices:
    accounts = tuple(
        (int(i), str(n))
        for i, n in db.execute(
            select(Account.id, Account.name).order_by(bytewise(Account.name), Account.id)
        )
    )
    members = tuple(
        MemberChoice(int(i), str(n), str(r), bool(a))
        for i, n, r, a in db.execute(
            select(TeamMember.id, TeamMember.name, TeamMember.role, TeamMember.active).order_by(
                bytewise(TeamMember.name), TeamMember.id
            )
        )
    )
    return LeadChoices(accounts, members)


# -- channel yield -----------------------------------------------------------------


class PeriodKind(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


@dataclass(frozen=True, slots=True, order=True)
class Period:
    """One month, quarter or year: ``index`` is the month (1–12), quarter (1–4) or 1."""

    kind: PeriodKind
    year: int
    index: int = 1

    @staticmethod
    def of(kind: PeriodKind | str, day: date) -> Period:
        kind = PeriodKind(kind)
        if kind == PeriodKind.MONTH:
            return Period(kind, day.year, day.month)
        if kind == PeriodKind.QUARTER:
            return Period(kind, day.year, (day.month - 1) // 3 + 1)
        return Period(kind, day.year, 1)

    def contains(self, day: date | None) -> bool:
        return day is not None and Period.of(self.kind, day) == self

    @property
    def code(self) -> str:
        """ "2026-11", "2026-Q4" or "2026"."""
        if self.kind == PeriodKind.MONTH:
            return f"{self.year}-{self.index:02d}"
        if self.kind == PeriodKind.QUARTER:
            return f"{self.year}-Q{self.index}"
        return str(self.year)


@dataclass(frozen=True, slots=True)
class LeadFact:
    """What yield needs of one lead (and the deal it became, if any)."""

    channel: int
    received_on: date | None
    deal_id: int | None = None
    deal_status: str = ""
    amount: float = 0.0
    won_amount: float = 0.0


@dataclass(frozen=True, slots=True)
class ChannelYield:
    """Leads → opportunities → won of one channel in one period."""

    channel: int
    effective: bool
    """One of the channels the method expects to lead (CHANNEL.1..3, flag ``effective``)."""
    leads: int = 0
    opportunities: int = 0
    opportunity_amount: float = 0.0
    won: int = 0
    won_amount: float = 0.0

    @property
    def opportunity_rate(self) -> float | None:
        return self.opportunities / self.leads if self.leads else None

    @property
    def won_rate(self) -> float | None:
        return self.won / self.leads if self.leads else None


class Leading(StrEnum):
    """Whether the effective channels (1–3) lead in a period."""

    NO_LEADS = "no_leads"
    """Nothing to judge: no leads in the period."""
    YES = "yes"
    NONE_FROM_EFFECTIVE = "none_from_effective"
    """Leads came only from the other channels."""
    BEHIND = "behind"
    """The effective channels turned a smaller share of their leads into opportunities."""


@dataclass(frozen=True, slots=True)
class YieldTable:
    period: Period | None
    """None: all time."""
    channels: tuple[ChannelYield, ...]
    total: ChannelYield
    effective: ChannelYield
    """Channels 1–3 together (``channel`` 0)."""
    others: ChannelYield
    """Channels 4–10 together (``channel`` 0)."""
    leading: Leading


def _add(a: ChannelYield, fact: LeadFact) -> ChannelYield:
    opportunity = fact.deal_id is not None
    won = opportunity and fact.deal_status == DealStatus.WON
    return ChannelYield(
        a.channel,
        a.effective,
        a.leads + 1,
        a.opportunities + (1 if opportunity else 0),
        a.opportunity_amount + (fact.amount if opportunity else 0.0),
        a.won + (1 if won else 0),
        a.won_amount + (fact.won_amount if won else 0.0),
    )


def effective_channels() -> frozenset[int]:
    """The channels the method marks as converting best (CHANNEL.1..3)."""
    return frozenset(
        int(item.id.rsplit(".", 1)[1]) for item in load_methodology().channels if item.effective
    )


def channel_yield(facts: Iterable[LeadFact], period: Period | None = None) -> YieldTable:
    """Yield per channel (all ten, in order) of the leads received in ``period``.

    The effective channels lead when their leads became opportunities at least
    as often, as a share, as the other channels' leads did.
    """
    best = effective_channels()
    rows = {n: ChannelYield(n, n in best) for n in range(1, 11)}
    total = ChannelYield(0, False)
    groups = {True: ChannelYield(0, True), False: ChannelYield(0, False)}
    for fact in facts:
        if period is not None and not period.contains(fact.received_on):
            continue
        channel = fact.channel if fact.channel in rows else 10
        rows[channel] = _add(rows[channel], fact)
        total = _add(total, fact)
        groups[channel in best] = _add(groups[channel in best], fact)
    eff, oth = groups[True], groups[False]
    if total.leads == 0:
        leading = Leading.NO_LEADS
    elif eff.leads == 0:
        leading = Leading.NONE_FROM_EFFECTIVE
    elif oth.leads and eff.opportunities * oth.leads < oth.opportunities * eff.leads:
        leading = Leading.BEHIND
    else:
        leading = Leading.YES
    return YieldTable(period, tuple(rows[n] for n in range(1, 11)), total, eff, oth, leading)


def lead_facts(db: Reader) -> list[LeadFact]:
    """Every lead's channel, day received and the deal it became."""
    stmt = select(
        Lead.channel,
        Lead.received_on,
        Deal.id,
        Deal.status,
        Deal.amount,
        Deal.contract_value,
    ).outerjoin(Deal, Deal.id == Lead.deal_id)
    out = []
    for channel, received, deal_id, status, amount, contract in db.execute(stmt):
        value = float(amount or 0.0)
        out.append(
            LeadFact(
                int(channel or 10),
                received,
                deal_id,
                str(status or ""),
                value,
                float(contract) if contract else value,
            )
        )
    return out


def periods(facts: Iterable[LeadFact], kind: PeriodKind | str) -> list[Period]:
    """The periods of ``kind`` in which leads were received, newest first."""
    found = {Period.of(kind, f.received_on) for f in facts if f.received_on is not None}
    return sorted(found, reverse=True)


def yield_for(db: Reader, period: Period | None = None) -> YieldTable:
    return channel_yield(lead_facts(db), period)
