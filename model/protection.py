"""Protection of valid opportunities (P3.PROTECT.1–4): what the views read.

A deal that enters P3 is protected for its owner until ``Deal.protection_expires``
(P3.PROTECT.2, :func:`model.services.deals._start_protection`). The day is a
local day and the last protected day: on it ``days_left`` is 0; the day after,
the protection has expired.

States (:func:`protection_state`), for an open deal:

- ``protected``: the period runs (``days_left`` ≥ 0);
- ``expired``: it ran out and nobody took the deal yet;
- ``public``: released to the public field (公田, P3.PROTECT.4) on
  ``Deal.public_since``: no owner protects it and any member may claim it;
- ``none``: never protected (before P3) or closed.

**Progress.** The current period began at the later of the last history entry
that made the deal a valid opportunity (created in P3 or later, moved into P3
or later from P1/P2, or reopened there) and the last claim, transfer or
extension (:class:`~model.entities.ProtectionEvent`, its ``created_at``). A deal
*progressed* when a later history entry moved it forward (to a higher stage)
while it was open. Instants are compared (UTC), so the local zone does not
change the answer.

**Awaiting a decision** (P3.PROTECT.3–4): open, expired, not public, no
progress since the period began, and no penalty recorded on or after the
expiry day. The decision is one of :mod:`model.services.protection`: penalise
(the owner keeps the deal, without protection, and the penalty is counted
against them), release to the public field, or transfer to another member.
An expired deal that did progress is not awaiting a decision; its owner or a
manager may extend its protection.

**Territories** (责任区, P3.PROTECT.1): a member's named accounts, region path
prefixes ("domestic/Zhejiang" covers "domestic/Zhejiang/Hangzhou") and
industries. An account falls in the territory of the most specific match: a
named account first, then the longest region prefix, then the industry.
Members tied at the same match are all returned; the first (by name) is the
suggested owner of a new or claimed deal.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import aliased

from model.entities import Account, Deal, ProtectionEvent, StageChange, TeamMember, Territory
from model.rows import Reader
from model.sql import bytewise

TERRITORY_KINDS: tuple[str, ...] = ("account", "region", "industry")
"""Territory kinds, the most specific first (the order of matching)."""

DECISIONS: tuple[str, ...] = ("penalise", "release", "claim", "transfer", "extend")
"""The kinds of :class:`~model.entities.ProtectionEvent`."""

NEW_PERIOD: frozenset[str] = frozenset({"claim", "transfer", "extend"})
"""Decisions that start a new protection period for the (new) owner."""


@dataclass(frozen=True, slots=True)
class ProtectionState:
    """Where one deal's protection stands on ``today`` (a local day)."""

    state: str  # protected, expired, public, none
    expires: date | None
    days_left: int | None  # expires - today: 0 on the last protected day, < 0 once expired
    public_since: date | None = None


def protection_state(
    expires: date | None,
    public_since: date | None,
    status: str = "open",
    today: date | None = None,
) -> ProtectionState:
    """The state of a deal's protection (see the module docstring).

    >>> protection_state(date(2026, 3, 12), None, today=date(2026, 3, 1)).days_left
    11
    >>> protection_state(date(2026, 3, 1), None, today=date(2026, 3, 2)).state
    'expired'
    >>> protection_state(None, date(2026, 3, 1), today=date(2026, 3, 2)).state
    'public'
    """
    if status != "open":
        return ProtectionState("none", expires, None, public_since)
    if public_since is not None:
        return ProtectionState("public", expires, None, public_since)
    if expires is None:
        return ProtectionState("none", None, None)
    left = (expires - (today or date.today())).days
    return ProtectionState("protected" if left >= 0 else "expired", expires, left)


def stage_number(stage: str | None) -> int:
    """ "P3" -> 3; None or anything else -> 0."""
    if stage and stage[:1] == "P" and stage[1:].isdigit():
        return int(stage[1:])
    return 0


@dataclass(frozen=True, slots=True)
class Step:
    """One history entry as :func:`progress_since` reads it."""

    at: datetime
    from_stage: str | None
    to_stage: str
    from_status: str
    to_status: str


def period_start(steps: Iterable[Step], renewals: Iterable[datetime] = ()) -> datetime | None:
    """When the current protection period began (see the module docstring).

    >>> s = [Step(datetime(2026, 1, 1), None, "P2", "open", "open"),
    ...      Step(datetime(2026, 2, 1), "P2", "P3", "open", "open")]
    >>> period_start(s)
    datetime.datetime(2026, 2, 1, 0, 0)
    >>> period_start(s, [datetime(2026, 3, 1)])
    datetime.datetime(2026, 3, 1, 0, 0)
    """
    start: datetime | None = None
    for s in steps:
        entered = stage_number(s.to_stage) >= 3 and s.to_status == "open"
        from_outside = s.from_stage is None or stage_number(s.from_stage) < 3
        reopened = s.from_status != "open"
        if entered and (from_outside or reopened) and (start is None or s.at >= start):
            start = s.at
    for at in renewals:
        if start is None or at >= start:
            start = at
    return start


def progressed(steps: Iterable[Step], start: datetime | None) -> bool:
    """Whether an open deal moved forward after ``start``.

    >>> s = [Step(datetime(2026, 2, 1), "P2", "P3", "open", "open"),
    ...      Step(datetime(2026, 3, 1), "P3", "P4", "open", "open")]
    >>> progressed(s, datetime(2026, 2, 1)), progressed(s, datetime(2026, 3, 2))
    (True, False)
    """
    if start is None:
        return False
    return any(
        s.at > start
        and s.from_status == "open"
        and s.to_status == "open"
        and stage_number(s.to_stage) > stage_number(s.from_stage)
        for s in steps
    )


# -- territories ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TerritoryRow:
    id: int
    member_id: int
    member: str
    kind: str  # account, region, industry
    value: str  # region path prefix or industry; the account's name for an account
    account_id: int | None = None


def territories(db: Reader) -> list[TerritoryRow]:
    """Every territory, by member name, then kind (most specific first) and value."""
    rows = db.execute(
        select(
            Territory.id,
            Territory.member_id,
            TeamMember.name,
            Territory.kind,
            Territory.value,
            Territory.account_id,
            Account.name,
        )
        .join(TeamMember, TeamMember.id == Territory.member_id)
        .outerjoin(Account, Account.id == Territory.account_id)
    )
    out = [
        TerritoryRow(tid, mid, mname, kind, (aname or "") if kind == "account" else value, acc)
        for tid, mid, mname, kind, value, acc, aname in rows
    ]
    order = {k: n for n, k in enumerate(TERRITORY_KINDS)}
    out.sort(key=lambda t: (t.member, t.member_id, order.get(t.kind, 9), t.value, t.id))
    return out


def region_covers(prefix: str, region: str) -> bool:
    """Whether the region path ``prefix`` covers ``region`` (whole levels only).

    >>> region_covers("domestic/Zhejiang", "domestic/Zhejiang/Hangzhou")
    True
    >>> region_covers("domestic/Zhe", "domestic/Zhejiang/Hangzhou")
    False
    """
    prefix, region = prefix.strip("/"), region.strip("/")
    return bool(prefix) and (region == prefix or region.startswith(prefix + "/"))


def match_territory(
    rows: Sequence[TerritoryRow], account_id: int, region: str, industry: str
) -> tuple[TerritoryRow, ...]:
    """The territories an account falls in at the most specific match (module docstring).

    >>> t = [TerritoryRow(1, 1, "A", "region", "cn/zj"), TerritoryRow(2, 2, "B", "region", "cn"),
    ...      TerritoryRow(3, 3, "C", "industry", "Steel")]
    >>> [r.member for r in match_territory(t, 9, "cn/zj/hz", "Steel")]
    ['A']
    >>> [r.member for r in match_territory(t, 9, "us", "Steel")]
    ['C']
    """
    named = [r for r in rows if r.kind == "account" and r.account_id == account_id]
    if named:
        return tuple(named)
    regions = [r for r in rows if r.kind == "region" and region_covers(r.value, region)]
    if regions:
        depth = max(len(r.value.strip("/").split("/")) for r in regions)
        return tuple(r for r in regions if len(r.value.strip("/").split("/")) == depth)
    wanted = industry.strip().casefold()
    return tuple(
        r for r in rows if r.kind == "industry" and wanted and r.value.strip().casefold() == wanted
    )


def territory_of(db: Reader, account_id: int) -> tuple[TerritoryRow, ...]:
    """The territories (and so the members) ``account_id`` falls in; () when none."""
    found = db.execute(
        select(Account.region, Account.industry).where(Account.id == account_id)
    ).first()
    if found is None:
        return ()
    return match_territory(territories(db), account_id, found[0] or "", found[1] or "")


# -- deals --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class EventItem:
    id: int
    kind: str  # penalise, release, claim, transfer, extend
    on: date
    from_member: str
    to_member: str
    decided_by: str
    note: str
    from_member_id: int | None = None
    to_member_id: int | None = None
    decided_by_id: int | None = None


@dataclass(frozen=True, slots=True)
class ProtectionRow:
    """One deal as the protection lists and the deal panel show it."""

    deal_id: int
    name: str
    account_id: int
    account: str
    owner_id: int | None
    owner: str
    stage: str
    amount: float
    currency: str
    state: ProtectionState
    started: datetime | None  # when the current period began
    progressed: bool  # moved forward since it began
    penalised_on: date | None  # a penalty recorded for this expiry
    awaiting: bool  # expired without progress and undecided
    territory: tuple[TerritoryRow, ...] = ()  # the members whose territory the account is in
    events: tuple[EventItem, ...] = ()  # newest first

    @property
    def id(self) -> int:
        """The deal's id (tables key their rows by ``id``)."""
        return self.deal_id

    @property
    def suggested_owner(self) -> int | None:
        """The territory's member, the suggested owner of a claimed or transferred deal."""
        return self.territory[0].member_id if self.territory else None


def _deal_rows(
    db: Reader, where: Sequence[object], today: date, *, with_events: bool = False
) -> list[ProtectionRow]:
    heads = list(
        db.execute(
            select(
                Deal.id,
                Deal.name,
                Deal.account_id,
                Account.name,
                Deal.owner_id,
                TeamMember.name,
                Deal.stage,
                Deal.amount,
                Deal.currency,
                Deal.status,
                Deal.protection_expires,
                Deal.public_since,
                Account.region,
                Account.industry,
            )
            .join(Account, Account.id == Deal.account_id)
            .outerjoin(TeamMember, TeamMember.id == Deal.owner_id)
            .where(*where)  # type: ignore[arg-type]
            .order_by(Deal.protection_expires, Deal.public_since, Deal.id)
        )
    )
    if not heads:
        return []
    ids = [h[0] for h in heads]
    steps: dict[int, list[Step]] = defaultdict(list)
    for deal_id, at, fs, ts, fst, tst in db.execute(
        select(
            StageChange.deal_id,
            StageChange.at,
            StageChange.from_stage,
            StageChange.to_stage,
            StageChange.from_status,
            StageChange.to_status,
        ).where(StageChange.deal_id.in_(ids))
    ):
        steps[deal_id].append(Step(at, fs, ts, fst, tst))
    by_from, by_to, by_who = (aliased(TeamMember) for _ in range(3))
    events: dict[int, list[EventItem]] = defaultdict(list)
    renewals: dict[int, list[datetime]] = defaultdict(list)
    for row in db.execute(
        select(
            ProtectionEvent.deal_id,
            ProtectionEvent.id,
            ProtectionEvent.kind,
            ProtectionEvent.on,
            by_from.name,
            by_to.name,
            by_who.name,
            ProtectionEvent.note,
            ProtectionEvent.from_member_id,
            ProtectionEvent.to_member_id,
            ProtectionEvent.decided_by_id,
            ProtectionEvent.created_at,
        )
        .outerjoin(by_from, by_from.id == ProtectionEvent.from_member_id)
        .outerjoin(by_to, by_to.id == ProtectionEvent.to_member_id)
        .outerjoin(by_who, by_who.id == ProtectionEvent.decided_by_id)
        .where(ProtectionEvent.deal_id.in_(ids))
        .order_by(ProtectionEvent.created_at.desc(), ProtectionEvent.id.desc())
    ):
        deal_id, eid, kind, on, fname, tname, dname, note, fid, tid, did, created = row
        events[deal_id].append(
            EventItem(eid, kind, on, fname or "", tname or "", dname or "", note, fid, tid, did)
        )
        if kind in NEW_PERIOD:
            renewals[deal_id].append(created)
    rows = territories(db)
    out = []
    for h in heads:
        deal_id, name, acc, acc_name, owner_id, owner, stage, amount, currency = h[:9]
        status, expires, public, region, industry = h[9:]
        state = protection_state(expires, public, status, today)
        start = period_start(steps[deal_id], renewals[deal_id])
        moved = progressed(steps[deal_id], start)
        penalised = next(
            (
                e.on
                for e in events[deal_id]
                if e.kind == "penalise" and expires is not None and e.on >= expires
            ),
            None,
        )
        out.append(
            ProtectionRow(
                deal_id=deal_id,
                name=name,
                account_id=acc,
                account=acc_name,
                owner_id=owner_id,
                owner=owner or "",
                stage=stage,
                amount=amount,
                currency=currency,
                state=state,
                started=start,
                progressed=moved,
                penalised_on=penalised,
                awaiting=state.state == "expired" and not moved and penalised is None,
                territory=match_territory(rows, acc, region or "", industry or ""),
                events=tuple(events[deal_id]) if with_events else (),
            )
        )
    return out


def deal_protection(db: Reader, deal_id: int, today: date | None = None) -> ProtectionRow | None:
    """One deal's protection, its territory and its decisions (newest first)."""
    found = _deal_rows(db, [Deal.id == deal_id], today or date.today(), with_events=True)
    return found[0] if found else None


def expired_deals(db: Reader, today: date | None = None) -> list[ProtectionRow]:
    """Open deals whose protection has expired and that are not in the public field,
    the longest expired first; :attr:`ProtectionRow.awaiting` marks those awaiting
    a decision (no progress, no penalty for this expiry)."""
    today = today or date.today()
    where = [
        Deal.status == "open",
        Deal.public_since.is_(None),
        Deal.protection_expires.is_not(None),
        Deal.protection_expires < today,
    ]
    return _deal_rows(db, where, today)


def awaiting_decision(db: Reader, today: date | None = None) -> list[ProtectionRow]:
    """The expired deals awaiting a decision: penalise, release or transfer."""
    return [r for r in expired_deals(db, today) if r.awaiting]


def public_field(db: Reader, today: date | None = None) -> list[ProtectionRow]:
    """Open deals in the public field (公田), released longest ago first."""
    today = today or date.today()
    where = [Deal.status == "open", Deal.public_since.is_not(None)]
    rows = _deal_rows(db, where, today, with_events=True)  # who released it
    return sorted(rows, key=lambda r: (r.state.public_since or today, r.deal_id))


def penalties(db: Reader) -> dict[int, int]:
    """Penalties recorded per member (the owner penalised, ``from_member_id``)."""
    out: dict[int, int] = defaultdict(int)
    for (member,) in db.execute(
        select(ProtectionEvent.from_member_id).where(ProtectionEvent.kind == "penalise")
    ):
        if member is not None:
            out[member] += 1
    return dict(out)


@dataclass(frozen=True, slots=True)
class TerritoryChoices:
    """What the territories editor and the decision dialogs offer."""

    members: tuple[tuple[int, str], ...]  # active members, by name
    accounts: tuple[tuple[int, str], ...]  # by name
    regions: tuple[str, ...]  # every level of the accounts' region paths
    industries: tuple[str, ...]


def territory_choices(db: Reader) -> TerritoryChoices:
    from model.regions import region_prefixes

    members = db.execute(
        select(TeamMember.id, TeamMember.name)
        .where(TeamMember.active)
        .order_by(bytewise(TeamMember.name), TeamMember.id)
    )
    accounts = list(
        db.execute(
            select(Account.id, Account.name, Account.region, Account.industry).order_by(
                bytewise(Account.name), Account.id
            )
        )
    )
    regions = sorted({p for a in accounts for p in region_prefixes(a[2] or "")})
    industries = sorted({(a[3] or "").strip() for a in accounts} - {""})
    return TerritoryChoices(
        tuple((i, n) for i, n in members),
        tuple((a[0], a[1]) for a in accounts),
        tuple(regions),
        tuple(industries),
    )
