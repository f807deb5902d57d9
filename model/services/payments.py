"""The payment plan of a deal: instalments, and the transfers that pay them.

An instalment may receive several transfers (a customer pays in parts, or
with two bills); they add up. Each transfer is a :class:`~model.entities.Payment`
row. ``Instalment.received_amount`` is the sum of an instalment's payments and
``Instalment.received_on`` the day of the latest one (None without payments),
so that reads need no join: every service here keeps them so, and
``keyaccount check`` verifies it.

Instalments are numbered 1..n in plan order (``seq``); deleting one closes
the gap and restoring it opens the gap again, so undo is exact.

The first-payment rule (P7.RULE.FIRST_PAYMENT_MIN) is warned, not refused,
while the plan is entered: a plan whose first instalment is under the
method's minimum share comes back with a :class:`FirstInstalmentLow` in
``Changes.warnings``. Marking the deal won is refused later, by the gate, if
the first payment actually received is too low.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from model import audit
from model.changes import Changes
from model.entities import Deal, Instalment, Payment
from model.errors import DomainError, InvalidValue
from model.methodology import load_methodology
from model.rules.payments import first_payment_share
from model.services import common as c

CENT = 0.005
"""Amounts are money with two decimals: closer than half a cent is equal."""


class FirstInstalmentLow(DomainError):
    """A warning, never raised: the plan's first instalment is under the minimum share.

    It rides on ``Changes.warnings``; the desktop shows it inline, translated
    like any domain error.
    """


# -- the plan warning (pure) ---------------------------------------------------------


def first_instalment_share(
    contract_value: float | None, deal_amount: float, first_amount: float | None
) -> float | None:
    """The plan's first instalment as a share of the contract value (or, before a
    contract value is known, of the deal's amount); None without either.

    >>> first_instalment_share(1_000_000, 900_000, 200_000)
    0.2
    >>> first_instalment_share(None, 500_000, 150_000)
    0.3
    >>> first_instalment_share(None, 0, 100) is None
    True
    """
    # The rule itself accepts only a contract value; while the plan is made
    # before signing, the deal's amount stands in (and the warning says so).
    return first_payment_share(contract_value or deal_amount, first_amount)


def first_instalment_warning(
    contract_value: float | None,
    deal_amount: float,
    first_amount: float | None,
    minimum: float | None = None,
) -> FirstInstalmentLow | None:
    """The warning for a plan whose first instalment is under the minimum share, or None.

    >>> print(first_instalment_warning(1_000_000, 0, 200_000))  # doctest: +NORMALIZE_WHITESPACE
    The first instalment is 20% of the contract value;
    the method asks for a first payment of at least 30%.
    >>> first_instalment_warning(1_000_000, 0, 300_000) is None
    True
    """
    share = first_instalment_share(contract_value, deal_amount, first_amount)
    minimum = load_methodology().first_payment_min if minimum is None else minimum
    if share is None or share >= minimum - 1e-9:
        return None
    if contract_value:
        return FirstInstalmentLow(
            "The first instalment is {share:.0%} of the contract value; "
            "the method asks for a first payment of at least {minimum:.0%}.",
            share=share,
            minimum=minimum,
        )
    return FirstInstalmentLow(
        "The first instalment is {share:.0%} of the deal amount (no contract value yet); "
        "the method asks for a first payment of at least {minimum:.0%}.",
        share=share,
        minimum=minimum,
    )


# -- instalments -----------------------------------------------------------------------

INSTALMENT_FIELDS: dict[str, c.Validator] = {
    "amount": c.number(0.01, label="Instalment amount"),
    "due_on": c.day(label="Due on"),
}


def _plan(session: Session, deal_id: int) -> list[Instalment]:
    return list(
        session.execute(
            select(Instalment)
            .where(Instalment.deal_id == deal_id)
            .order_by(Instalment.seq, Instalment.id)
        ).scalars()
    )


def _plan_warnings(session: Session, deal_id: int) -> tuple[DomainError, ...]:
    deal = c.get(session, Deal, deal_id, "deal")
    plan = _plan(session, deal_id)
    warning = first_instalment_warning(
        deal.contract_value, deal.amount, plan[0].amount if plan else None
    )
    return () if warning is None else (warning,)


def _is_first(session: Session, row: Instalment) -> bool:
    plan = _plan(session, row.deal_id)
    return bool(plan) and plan[0].id == row.id


@c.naming_accounts
def add_instalment(
    session: Session, deal_id: int, *, amount: float, due_on: date | None = None
) -> Changes:
    """Add an instalment at the end of a deal's plan.

    The first instalment of a plan is checked against the first-payment rule:
    under the minimum share it is kept, with a :class:`FirstInstalmentLow`
    warning in the returned changes.
    """
    c.get(session, Deal, deal_id, "deal")
    values = {
        "amount": INSTALMENT_FIELDS["amount"](session, None, amount),
        "due_on": INSTALMENT_FIELDS["due_on"](session, None, due_on),
    }
    last = session.execute(
        select(func.max(Instalment.seq)).where(Instalment.deal_id == deal_id)
    ).scalar_one_or_none()
    row = Instalment(deal_id=deal_id, seq=int(last or 0) + 1, **values)
    session.add(row)
    session.flush()
    audit.log(session, "create", row)
    warnings = _plan_warnings(session, deal_id) if last is None else ()
    return Changes.of(
        updated=[("deal", deal_id)], created=[("instalment", row.id)], warnings=warnings
    )


@c.naming_accounts
def update_instalment(session: Session, instalment_id: int, values: Mapping[str, Any]) -> Changes:
    """Change an instalment's amount or due day; undo writes ``undo["old"]`` back.

    The amount cannot drop below what the instalment has already received.
    """
    row = c.get(session, Instalment, instalment_id, "instalment")
    if "amount" in values:
        amount = INSTALMENT_FIELDS["amount"](session, row, values["amount"])
        received = _received(session, row.id)
        if amount < received - CENT:
            raise InvalidValue(
                "Instalment {seq} has already received {received:,.2f}; "
                "its amount cannot be less than that.",
                field="amount",
                seq=row.seq,
                received=received,
            )
    old = c.apply_fields(session, row, values, INSTALMENT_FIELDS)
    if not old:
        return Changes()
    first = "amount" in old and _is_first(session, row)
    warnings = _plan_warnings(session, row.deal_id) if first else ()
    return Changes.of(
        updated=[("deal", row.deal_id), ("instalment", row.id)],
        undo={"old": old},
        warnings=warnings,
    )


@c.naming_accounts
def delete_instalment(session: Session, instalment_id: int) -> Changes:
    """Remove an instalment and its transfers; later ones move up one place.

    ``undo["snapshot"]`` is for :func:`restore`, which puts it all back.
    """
    row = c.get(session, Instalment, instalment_id, "instalment")
    deal_id, seq, was_first = row.deal_id, row.seq, _is_first(session, row)
    changes, _ = c.delete_with_snapshot(session, row)
    for later in _plan(session, deal_id):
        if later.seq > seq:
            audit.log(session, "update", later, "seq", later.seq, later.seq - 1)
            later.seq -= 1
    session.flush()
    warnings = _plan_warnings(session, deal_id) if was_first else ()
    return changes | Changes.of(updated=[("deal", deal_id)], warnings=warnings)


# -- transfers ---------------------------------------------------------------------------


def _received(session: Session, instalment_id: int) -> float:
    session.flush()
    total = session.execute(
        select(func.coalesce(func.sum(Payment.amount), 0.0)).where(
            Payment.instalment_id == instalment_id
        )
    ).scalar_one()
    return round(float(total), 2)


def _sync(session: Session, row: Instalment) -> None:
    """Make the instalment's received total and day those of its payments."""
    total = _received(session, row.id)
    last = session.execute(
        select(func.max(Payment.received_on)).where(Payment.instalment_id == row.id)
    ).scalar_one_or_none()
    if abs((row.received_amount or 0.0) - total) > CENT / 10:
        audit.log(session, "update", row, "received_amount", row.received_amount, total)
        row.received_amount = total
    if row.received_on != last:
        audit.log(session, "update", row, "received_on", row.received_on, last)
        row.received_on = last
    session.flush()


@c.naming_accounts
def record_payment(
    session: Session,
    instalment_id: int,
    *,
    amount: float,
    received_on: date | None = None,
    how: str = "",
) -> Changes:
    """Add one transfer received against an instalment; the transfers add up.

    Refused (:class:`~model.errors.InvalidValue`): an amount of zero or less;
    a day after today, the user's local day (a transfer is recorded once it
    has arrived); and a transfer that would bring the instalment's total
    beyond its amount. Overpayment is refused rather than warned: the rest
    belongs to the next instalment, or the instalment's amount is raised
    first (:func:`update_instalment`), so the plan always says what is due.

    ``received_on`` defaults to today. Undo is :func:`delete_payment` of the
    created ``("payment", id)``.
    """
    row = c.get(session, Instalment, instalment_id, "instalment")
    value = float(c.number(0.01, label="Received amount")(session, None, amount) or 0.0)
    today = date.today()
    day = c.day(label="Received on")(session, None, received_on) or today
    if day > today:
        raise InvalidValue(
            "The transfer is dated {day}, after today; record a transfer once it has arrived.",
            field="received_on",
            day=day,
        )
    received = _received(session, row.id)
    if received + value > row.amount + CENT:
        raise InvalidValue(
            "A transfer of {amount:,.2f} would bring instalment {seq} to {total:,.2f}, "
            "more than its {due:,.2f}; record the rest against the next instalment "
            "or raise this instalment's amount first.",
            field="amount",
            amount=value,
            seq=row.seq,
            total=received + value,
            due=row.amount,
        )
    payment = Payment(
        instalment_id=row.id,
        amount=round(value, 2),
        received_on=day,
        how=c.text(50, label="How it was paid")(session, None, how),
    )
    session.add(payment)
    session.flush()
    audit.log(session, "create", payment)
    _sync(session, row)
    return Changes.of(
        created=[("payment", payment.id)],
        updated=[("deal", row.deal_id), ("instalment", row.id)],
    )


@c.naming_accounts
def delete_payment(session: Session, payment_id: int) -> Changes:
    """Remove one transfer; the instalment's total and day follow.

    ``undo["snapshot"]`` is for :func:`restore`.
    """
    payment = c.get(session, Payment, payment_id, "payment")
    instalment_id = payment.instalment_id
    changes, _ = c.delete_with_snapshot(session, payment)
    row = c.get(session, Instalment, instalment_id, "instalment")
    _sync(session, row)
    return changes | Changes.of(updated=[("deal", row.deal_id), ("instalment", row.id)])


@c.naming_accounts
def restore(session: Session, snapshot: c.Snapshot) -> Changes:
    """Put back a deleted instalment or transfer (the undo of a delete, the redo
    of an add), with the same ids, places in the plan and received totals."""
    rows = [(name, row) for name, row in snapshot.rows if name in ("instalments", "payments")]
    if len(rows) != len(snapshot.rows):
        raise InvalidValue("This snapshot holds more than a payment plan's rows.")
    instalments = sorted((r for n, r in rows if n == "instalments"), key=lambda r: r["seq"])
    restored_ids = {r["id"] for r in instalments}
    for name, row in rows:  # a transfer's instalment must still be there
        if name == "payments" and row["instalment_id"] not in restored_ids:
            c.get(session, Instalment, row["instalment_id"], "instalment")
    for r in instalments:  # open the instalment's place again
        for later in _plan(session, r["deal_id"]):
            if later.seq >= r["seq"]:
                audit.log(session, "update", later, "seq", later.seq, later.seq + 1)
                later.seq += 1
    session.flush()
    changes = c.restore(session, snapshot)
    touched = restored_ids | {r["instalment_id"] for n, r in rows if n == "payments"}
    refs: list[tuple[str, int]] = []
    for ident in sorted(touched):
        instalment = c.get(session, Instalment, ident, "instalment")
        _sync(session, instalment)
        refs += [("deal", instalment.deal_id), ("instalment", instalment.id)]
    return changes | Changes.of(updated=refs)
