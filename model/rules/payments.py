"""P7.RULE.FIRST_PAYMENT_MIN, the first payment: written once.

A deal is closed (won) when the formal contract is signed and the customer paid
the first instalment, at least 30% of the contract value (METHODOLOGY.md §3,
P7; the share is ``Methodology.FIRST_PAYMENT_MIN``). :func:`first_payment`
decides it from plain facts; :func:`payment_facts` reads those facts for many
deals at once. The won gate (:func:`model.gates.won_gate`), the board's "not
yours yet" warnings and first-payment figures (:mod:`model.board`) and
``keyaccount check`` all call them; the payment plan's warning uses
:func:`first_payment_share`.

The facts
---------
* Transfers add up: an instalment's receipt is the sum of its payments (the
  ``payments`` table), never the last transfer alone.
* The first payment is the instalment paid first: the one with the earliest
  payment day, ties broken by its place in the plan (``seq``). Its receipt is
  all that has been paid on it.
* The contract value is required: the deal's amount is an estimate, not what
  the customer signed for, so it is no stand-in.
* A signing day in the future is refused where it is entered
  (``DEAL_FIELDS["contract_signed_on"]``); the rule only asks whether a day is set.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session

__all__ = [
    "EPSILON",
    "RULE_ID",
    "FirstPayment",
    "PaymentFacts",
    "Transfer",
    "first_paid",
    "first_payment",
    "first_payment_share",
    "judge",
    "payment_facts",
]

RULE_ID: Final = "P7.RULE.FIRST_PAYMENT_MIN"
EPSILON: Final = 1e-9
"""Shares are compared with this slack, so that 30,000 of 100,000 is 30%."""


@dataclass(frozen=True, slots=True)
class Transfer:
    """One payment received against an instalment."""

    instalment_id: int
    seq: int
    amount: float
    received_on: date


@dataclass(frozen=True)
class PaymentFacts:
    """What the rule reads about one deal."""

    contract_signed: bool = False
    contract_value: float | None = None
    transfers: tuple[Transfer, ...] = ()


@dataclass(frozen=True)
class FirstPayment:
    """The rule's answer for one deal.

    ``problem`` is "" when the rule holds, else one of ``"no_contract"`` (not
    signed), ``"no_contract_value"``, ``"no_payment"`` or ``"too_low"`` — the
    first that applies. ``amount`` is what the first instalment paid received
    (None when nothing was received), ``ratio`` its share of the contract value
    (None without both).
    """

    problem: str
    amount: float | None
    ratio: float | None
    minimum: float

    @property
    def ok(self) -> bool:
        return not self.problem


def first_payment_share(
    contract_value: float | None, first_instalment_amount: float | None
) -> float | None:
    """An amount's share of the contract value; None without a contract value or amount.

    The plan's warning asks it of the first instalment planned, the rule of the
    first instalment received.

    >>> first_payment_share(100_000, 30_000)
    0.3
    >>> first_payment_share(None, 30_000) is None, first_payment_share(0, 30_000) is None
    (True, True)
    """
    if first_instalment_amount is None or not contract_value or contract_value <= 0:
        return None
    return float(first_instalment_amount) / float(contract_value)


def first_paid(transfers: Iterable[Transfer]) -> float | None:
    """What the instalment paid first received in all (None when nothing was received).

    >>> t = [Transfer(2, 2, 50.0, date(2025, 4, 1)), Transfer(1, 1, 10.0, date(2025, 4, 3)),
    ...      Transfer(2, 2, 25.0, date(2025, 4, 9))]
    >>> first_paid(t)  # instalment 2 was paid first; its two transfers add up
    75.0
    >>> first_paid([]) is None
    True
    """
    totals: dict[int, float] = defaultdict(float)
    first: dict[int, tuple[date, int]] = {}
    for t in transfers:
        totals[t.instalment_id] += float(t.amount)
        key = (t.received_on, t.seq)
        if t.instalment_id not in first or key < first[t.instalment_id]:
            first[t.instalment_id] = key
    if not first:
        return None
    winner = min(first, key=lambda i: (*first[i], i))
    return totals[winner]


def first_payment(facts: PaymentFacts, minimum: float) -> FirstPayment:
    """P7.RULE.FIRST_PAYMENT_MIN for one deal: signed, valued, and paid at least ``minimum``.

    >>> paid = (Transfer(1, 1, 20_000, date(2025, 4, 1)), Transfer(1, 1, 10_000, date(2025, 4, 5)))
    >>> first_payment(PaymentFacts(True, 100_000, paid), 0.3).ok  # 20% + 10% add up
    True
    >>> first_payment(PaymentFacts(True, None, paid), 0.3).problem
    'no_contract_value'
    >>> first_payment(PaymentFacts(True, 100_000, paid[:1]), 0.3).problem
    'too_low'
    """
    return judge(facts.contract_signed, facts.contract_value, first_paid(facts.transfers), minimum)


def judge(
    contract_signed: bool,
    contract_value: float | None,
    first_amount: float | None,
    minimum: float,
) -> FirstPayment:
    """The rule over facts already summed up (``first_amount``: see :func:`first_paid`).

    >>> judge(True, 100_000, 29_999, 0.3).problem, judge(True, 100_000, 30_000, 0.3).ok
    ('too_low', True)
    >>> judge(False, 100_000, 50_000, 0.3).problem, judge(True, 100_000, None, 0.3).problem
    ('no_contract', 'no_payment')
    """
    amount = first_amount if first_amount is not None and first_amount > 0 else None
    ratio = first_payment_share(contract_value, amount)
    if not contract_signed:
        problem = "no_contract"
    elif not contract_value or contract_value <= 0:
        problem = "no_contract_value"
    elif amount is None:
        problem = "no_payment"
    elif ratio is None or ratio < minimum - EPSILON:
        problem = "too_low"
    else:
        problem = ""
    return FirstPayment(problem, amount, ratio, minimum)


# -- reading ---------------------------------------------------------------------------

_CHUNK: Final = 500


def payment_facts(db: Session | Connection, deal_ids: Iterable[int]) -> dict[int, PaymentFacts]:
    """:class:`PaymentFacts` of each existing deal in ``deal_ids``: two Core selects per 500."""
    from sqlalchemy import select

    from model.entities import Deal, Instalment, Payment

    ids = sorted(set(deal_ids))
    out: dict[int, PaymentFacts] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        transfers: dict[int, list[Transfer]] = defaultdict(list)
        for deal_id, inst, seq, amount, on in db.execute(
            select(
                Instalment.deal_id,
                Instalment.id,
                Instalment.seq,
                Payment.amount,
                Payment.received_on,
            )
            .join(Payment, Payment.instalment_id == Instalment.id)
            .where(Instalment.deal_id.in_(chunk))
            .order_by(Instalment.deal_id, Payment.received_on, Instalment.seq, Payment.id)
        ):
            transfers[int(deal_id)].append(
                Transfer(int(inst), int(seq or 0), float(amount or 0.0), on)
            )
        for deal_id, signed_on, value in db.execute(
            select(Deal.id, Deal.contract_signed_on, Deal.contract_value).where(Deal.id.in_(chunk))
        ):
            out[int(deal_id)] = PaymentFacts(
                contract_signed=signed_on is not None,
                contract_value=float(value) if value is not None else None,
                transfers=tuple(transfers.get(int(deal_id), ())),
            )
    return out
