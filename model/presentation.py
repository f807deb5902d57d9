"""What presentation mode shows: the accounts of a segment or an owner, one slide each.

A review meeting steps through a list of accounts (:func:`segment_accounts`,
:func:`owner_accounts`, :func:`every_account`), in the order the room wants
them: the accounts with the most open business first. Each account's slide
(:func:`account_slide`) holds its open deals — stage, amount, the exit criteria
of the stage still unmet (counted as the gate counts them), the five elements'
statuses — and the open next steps of its activity log, the overdue ones first.

Only job facts go on a slide: nothing of a person's private attributes
(PERSON.PRIVATE) is read here. Days are local days (``date.today()``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, func, or_, select

from model.board import badges_for, exit_progress
from model.dto import AccountRow
from model.entities import Activity, Deal, FiveElementCheck
from model.enums import STAGES, DealStatus
from model.methodology import load_methodology
from model.rows import Reader, account_rows, board_rows, member_rows
from model.targeting import rank, segment_rows

__all__ = [
    "AccountSlide",
    "SlideDeal",
    "SlideStep",
    "SourceChoice",
    "account_slide",
    "every_account",
    "owner_accounts",
    "owner_choices",
    "segment_accounts",
    "segment_choices",
]

_RANK = {s.value: s.number for s in STAGES}


@dataclass(frozen=True, slots=True)
class SourceChoice:
    """A segment or an owner the start dialog offers, with how many accounts it has."""

    id: int
    name: str
    accounts: int


@dataclass(frozen=True, slots=True)
class SlideDeal:
    """One open deal as its slide shows it.

    ``exits_met``/``exits_total`` count the stage's exit criteria as the gate
    does (0/0 in P1, which has none); ``elements`` pairs each of the five
    elements' IDs, in method order, with its status (unknown, claimed, verified).
    """

    id: int
    name: str
    stage: str
    amount: float
    currency: str
    expected_close: date | None
    owner: str
    exits_met: int
    exits_total: int
    elements: tuple[tuple[str, str], ...]

    @property
    def exits_unmet(self) -> int:
        return max(0, self.exits_total - self.exits_met)

    @property
    def elements_verified(self) -> int:
        return sum(1 for _, status in self.elements if status == "verified")


@dataclass(frozen=True, slots=True)
class SlideStep:
    """An open next step of the account's activity log (not marked done)."""

    activity_id: int
    text: str
    due: date | None
    overdue: bool
    deal: str  # the deal the activity was for, or ""
    on: date  # the day of the activity that set the step


@dataclass(frozen=True, slots=True)
class AccountSlide:
    """One account's slide: who and where, its open deals, its open next steps."""

    id: int
    name: str
    owner: str
    industry: str
    region: str
    deals: tuple[SlideDeal, ...]
    steps: tuple[SlideStep, ...]

    @property
    def overdue(self) -> int:
        return sum(1 for s in self.steps if s.overdue)


def _in_meeting_order(rows: Sequence[AccountRow]) -> list[int]:
    """Accounts with open deals first, the biggest open pipeline first, then by name."""
    ordered = sorted(rows, key=lambda r: (r.open_deals == 0, -r.pipeline, r.name.casefold(), r.id))
    return [r.id for r in ordered]


def segment_choices(db: Reader) -> list[SourceChoice]:
    """Every saved segment, by name, with the accounts that match it."""
    rows = account_rows(db)
    return [
        SourceChoice(s.id, s.name, len(rank(rows, s.filters, s.weights, only_matching=True)))
        for s in segment_rows(db)
    ]


def owner_choices(db: Reader) -> list[SourceChoice]:
    """Active team members who own accounts, by name, with how many they own."""
    owned: dict[int, int] = defaultdict(int)
    for row in account_rows(db):
        if row.owner_id is not None:
            owned[row.owner_id] += 1
    return [
        SourceChoice(m.id, m.name, owned[m.id])
        for m in member_rows(db)
        if m.active and owned.get(m.id)
    ]


def segment_accounts(db: Reader, segment_id: int) -> list[int]:
    """The accounts matching every described dimension of the segment, in meeting order."""
    segment = next((s for s in segment_rows(db) if s.id == segment_id), None)
    if segment is None:
        return []
    matching = rank(account_rows(db), segment.filters, segment.weights, only_matching=True)
    return _in_meeting_order([r.account for r in matching])


def owner_accounts(db: Reader, owner_id: int) -> list[int]:
    """The accounts the member owns, in meeting order."""
    return _in_meeting_order([r for r in account_rows(db) if r.owner_id == owner_id])


def every_account(db: Reader) -> list[int]:
    """Every account of the workspace, in meeting order."""
    return _in_meeting_order(account_rows(db))


def _elements(db: Reader, deal_ids: list[int]) -> dict[int, dict[str, str]]:
    found: dict[int, dict[str, str]] = defaultdict(dict)
    if deal_ids:
        stmt = select(
            FiveElementCheck.deal_id, FiveElementCheck.element, FiveElementCheck.status
        ).where(FiveElementCheck.deal_id.in_(deal_ids))
        for deal_id, element, status in db.execute(stmt):
            found[int(deal_id)][str(element)] = str(status)
    return found


def _steps(db: Reader, account_id: int, today: date) -> tuple[SlideStep, ...]:
    """The account's open next steps: every one with a due day, and of the steps without
    one only the newest of each deal (a later activity's step replaces an earlier one);
    steps of closed deals are left out."""
    stmt = (
        select(
            Activity.id,
            Activity.next_step,
            Activity.next_due,
            Activity.on,
            Activity.deal_id,
            func.coalesce(Deal.name, ""),
        )
        .outerjoin(Deal, Deal.id == Activity.deal_id)
        .where(
            Activity.account_id == account_id,
            Activity.next_done_on.is_(None),
            or_(Activity.next_step != "", Activity.next_due.is_not(None)),
            or_(Activity.deal_id.is_(None), Deal.status == DealStatus.OPEN),
        )
        .order_by(Activity.on.desc(), Activity.id.desc())
    )
    steps: list[SlideStep] = []
    undated: set[int | None] = set()  # deals (None: the account) whose newest undated step is in
    for i, text, due, on, deal_id, deal in db.execute(stmt):
        if due is None:
            if deal_id in undated:
                continue
            undated.add(deal_id)
        steps.append(
            SlideStep(int(i), str(text or ""), due, due is not None and due < today, str(deal), on)
        )

    def order(s: SlideStep) -> tuple[int, int, int, int]:
        # Overdue first (the longest overdue first), then the nearest due day, then newest.
        due = s.due.toordinal() if s.due is not None else 10**7
        return (0 if s.overdue else 1, due, -s.on.toordinal(), -s.activity_id)

    return tuple(sorted(steps, key=order))


def account_slide(db: Reader, account_id: int, today: date | None = None) -> AccountSlide | None:
    """The slide of one account (None when it no longer exists)."""
    day = today or date.today()
    head = account_rows(db, account_ids=[account_id])
    if not head:
        return None
    account = head[0]
    ids = list(
        db.execute(
            select(Deal.id).where(
                and_(Deal.account_id == account_id, Deal.status == DealStatus.OPEN)
            )
        ).scalars()
    )
    method = load_methodology()
    cards = board_rows(db, deal_ids=ids) if ids else []
    progress = exit_progress(db, ids) if ids else {}
    elements = _elements(db, ids)
    deals = []
    for card in cards:
        badges = badges_for(card, (), method, progress.get(card.id))
        found = elements.get(card.id, {})
        deals.append(
            SlideDeal(
                card.id,
                card.name,
                card.stage,
                float(card.amount),
                card.currency,
                card.expected_close,
                card.owner,
                badges.exits,
                badges.exits_total,
                tuple((e.id, found.get(e.id, "unknown")) for e in method.five_elements),
            )
        )
    # The deals nearest to closing first, the largest first within a stage.
    deals.sort(key=lambda d: (-_RANK.get(d.stage, 0), -d.amount, d.name.casefold(), d.id))
    return AccountSlide(
        account.id,
        account.name,
        account.owner,
        account.industry,
        account.region,
        tuple(deals),
        _steps(db, account_id, day),
    )
