"""The board's cached rows, shared by its ten column models and the delegate.

Cards are plain :class:`~model.rows.DealCard` rows keyed by deal id; what a
card paints (texts, badges, overdue) is derived on first paint and kept until
the card changes, so scrolling never recomputes it.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from model.base import utcnow
from model.board import (
    Badges,
    CardExtras,
    badges_for,
    column_of,
    compact_amount,
    days_in_stage,
    default_probabilities,
    is_overdue,
    short_day,
)
from model.methodology import Methodology, load_methodology
from model.rows import DealCard

_SERIALS = itertools.count(1)


@dataclass(slots=True)
class CardView:
    """What the delegate paints for one card, computed once per change."""

    deal_id: int
    name: str
    account: str
    amount: str
    close: str
    close_late: bool  # expected close already passed while the deal is open
    owner: str
    days: int
    usual_days: int | None  # None when the deal is closed
    overdue: bool
    status: str
    stage: str
    badges: Badges
    close_short: str = ""  # the close date when ``close`` has no room beside the amount
    serial: int = 0  # new for every view made: names the card's cached image
    # Per-width layout the delegate computed for this card (texts elided to fit).
    elided: dict[tuple[str, int], object] = field(default_factory=dict)


class BoardStore:
    def __init__(self, method: Methodology | None = None, lang: str = "en") -> None:
        self.method = method or load_methodology()
        self.lang = lang
        self.cards: dict[int, DealCard] = {}
        self.risks: dict[int, tuple[str, ...]] = {}
        self.progress: dict[int, tuple[int, int]] = {}
        self.probs: dict[str, float] = default_probabilities(self.method)
        self.now: datetime = utcnow()
        self.today: date = date.today()
        self.currency = ""  # the most common currency: headers sum amounts in it
        self._views: dict[int, CardView] = {}

    def load(
        self, cards: Iterable[DealCard], extras: CardExtras, probs: Mapping[str, float]
    ) -> None:
        self.cards = {c.id: c for c in cards}
        self.risks = dict(extras.risks)
        self.progress = dict(extras.progress)
        self.probs = dict(probs)
        self.now, self.today = utcnow(), date.today()
        counts = Counter(c.currency for c in self.cards.values())
        self.currency = counts.most_common(1)[0][0] if counts else ""
        self._views.clear()

    def add_extras(self, extras: CardExtras, skip: Iterable[int] = ()) -> None:
        """Warnings and criteria progress that came after the cards (large boards).

        Deals in ``skip`` were re-read since and already hold newer values.
        """
        skipped = set(skip)
        self.risks.update((i, r) for i, r in extras.risks.items() if i not in skipped)
        self.progress.update((i, p) for i, p in extras.progress.items() if i not in skipped)
        for deal_id in list(self._views):
            if deal_id not in skipped:
                del self._views[deal_id]

    def replace(
        self, deal_ids: Iterable[int], cards: Iterable[DealCard], extras: CardExtras
    ) -> None:
        """Put fresh rows for ``deal_ids`` in; ids without a row were deleted."""
        ids = set(deal_ids)
        for deal_id in ids:
            self.cards.pop(deal_id, None)
            self.risks.pop(deal_id, None)
            self.progress.pop(deal_id, None)
            self._views.pop(deal_id, None)
        for card in cards:
            self.cards[card.id] = card
        self.risks.update((i, r) for i, r in extras.risks.items() if i in ids)
        self.progress.update((i, p) for i, p in extras.progress.items() if i in ids)

    def column(self, deal_id: int) -> str | None:
        card = self.cards.get(deal_id)
        return None if card is None else column_of(card)

    def view(self, deal_id: int) -> CardView:
        found = self._views.get(deal_id)
        if found is None:
            found = self._views[deal_id] = self._make_view(self.cards[deal_id])
        return found

    def _make_view(self, card: DealCard) -> CardView:
        is_open = card.status == "open"
        usual = self.method.stage(card.stage).usual_days if is_open else None
        days = days_in_stage(card, self.now)
        return CardView(
            deal_id=card.id,
            name=card.name,
            account=card.account,
            amount=compact_amount(card.amount, card.currency, self.lang),
            close=short_day(card.expected_close, self.lang, self.today),
            close_late=is_open
            and card.expected_close is not None
            and card.expected_close < self.today,
            owner=card.owner,
            days=days,
            usual_days=usual,
            overdue=is_overdue(card, self.now, self.method),
            status=card.status,
            stage=card.stage,
            badges=badges_for(
                card, self.risks.get(card.id, ()), self.method, self.progress.get(card.id)
            ),
            close_short=tiny_day(card.expected_close, self.lang, self.today),
            serial=next(_SERIALS),
        )


def tiny_day(day: date | None, lang: str = "en", today: date | None = None) -> str:
    """The close date shorter still, for a card whose amount is wide ("¥1157万").

    >>> tiny_day(date(2027, 9, 30), "zh", date(2026, 1, 1))
    '27年9月'
    >>> tiny_day(date(2026, 9, 30), "zh", date(2026, 1, 1))
    '9/30'
    >>> tiny_day(date(2027, 9, 30), "en", date(2026, 1, 1))
    "Sep '27"
    """
    if day is None:
        return ""
    if (today or date.today()).year == day.year:
        return f"{day.month}/{day.day}" if lang == "zh" else f"{day.day}/{day.month}"
    if lang == "zh":
        return f"{day.year % 100:02d}年{day.month}月"
    return f"{_MONTHS[day.month - 1]} '{day.year % 100:02d}"


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
