"""P7.RULE.FIRST_PAYMENT_MIN, written once: the rule, and the won gate and board that call it.

The first payment is what the instalment paid first received in all (its
transfers add up); it must be at least 30% of the contract value, and the
contract value is required (the deal's amount is no stand-in). A signing day
in the future is refused where it is entered.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from model.board import deal_detail, warnings_by_deal
from model.errors import InvalidValue
from model.gates import RULE_FIRST_PAYMENT, deal_facts, won_gate
from model.methodology import load_methodology
from model.rules.payments import (
    PaymentFacts,
    Transfer,
    first_paid,
    first_payment,
    first_payment_share,
    judge,
)
from model.services import accounts, deals, payments
from model.services.deals import GateBlocked
from model.workspace import Workspace

MIN = load_methodology().FIRST_PAYMENT_MIN
DAY = date(2025, 4, 1)

# -- the pure rule -----------------------------------------------------------------------------


def test_the_minimum_is_the_methods() -> None:
    assert pytest.approx(0.30) == MIN


def test_transfers_to_the_first_instalment_add_up() -> None:
    parts = (Transfer(1, 1, 20_000, DAY), Transfer(1, 1, 10_000, DAY + timedelta(days=3)))
    assert first_paid(parts) == 30_000
    found = first_payment(PaymentFacts(True, 100_000, parts), MIN)
    assert found.ok and found.ratio == pytest.approx(0.30) and found.amount == 30_000
    short = first_payment(PaymentFacts(True, 100_000, parts[:1]), MIN)
    assert (short.ok, short.problem) == (False, "too_low")
    assert short.ratio == pytest.approx(0.2)


def test_the_first_payment_is_the_instalment_paid_first_not_the_largest() -> None:
    parts = (
        Transfer(2, 2, 60_000, DAY),  # the second instalment arrived first
        Transfer(1, 1, 35_000, DAY + timedelta(days=5)),
        Transfer(2, 2, 5_000, DAY + timedelta(days=9)),
    )
    assert first_paid(parts) == 65_000
    same_day = (Transfer(7, 2, 90_000, DAY), Transfer(8, 1, 10_000, DAY))
    assert first_paid(same_day) == 10_000  # same day: the earlier in the plan (seq)
    assert first_paid(()) is None


@pytest.mark.parametrize(
    ("signed", "value", "paid", "problem"),
    [
        (True, 100_000, 30_000, ""),
        (True, 100_000, 29_999, "too_low"),
        (False, 100_000, 50_000, "no_contract"),
        (True, None, 50_000, "no_contract_value"),
        (True, 0, 50_000, "no_contract_value"),
        (True, 100_000, None, "no_payment"),
    ],
)
def test_the_rule_says_why(
    signed: bool, value: float | None, paid: float | None, problem: str
) -> None:
    assert judge(signed, value, paid, MIN).problem == problem


def test_first_payment_share_for_the_plans_warning() -> None:
    assert first_payment_share(1_000_000, 200_000) == pytest.approx(0.2)
    assert first_payment_share(1_000_000, 300_000) == pytest.approx(0.3)
    assert first_payment_share(None, 300_000) is None  # no contract value: nothing to measure
    assert first_payment_share(1_000_000, None) is None


# -- through the services ----------------------------------------------------------------------


def p7_deal(workspace: Workspace, **values: object) -> int:
    with workspace.begin() as s:
        acc = accounts.create_account(s, {"name": "Acme"}).created_id("account")
        base = {"name": "MES", "account_id": acc, "stage": "P7", "amount": 100_000}
        deal = deals.create_deal(s, {**base, "force": True, "reason": "imported", **values})
        return deal.created_id("deal")


def pay(workspace: Workspace, deal_id: int, plan: float, *transfers: float) -> int:
    with workspace.begin() as s:
        inst = payments.add_instalment(s, deal_id, amount=plan).created_id("instalment")
        for n, amount in enumerate(transfers):
            payments.record_payment(s, inst, amount=amount, received_on=DAY + timedelta(days=n))
    return inst


def verdicts(workspace: Workspace, deal_id: int) -> tuple[bool, tuple[str, ...], float | None]:
    """(won gate's rule holds, board's payment warnings, panel ratio), asserting they agree."""
    with workspace.sessions() as s:
        gate = won_gate(deal_facts(s, deal_id))
        every = warnings_by_deal(s, [deal_id]).get(deal_id, ())
        found = tuple(w for w in every if w.startswith("RISK.NOT_YET."))
        detail = deal_detail(s, deal_id)
    assert detail is not None
    ok = RULE_FIRST_PAYMENT not in gate.rules
    assert ok == ({"RISK.NOT_YET.4", "RISK.NOT_YET.5"}.isdisjoint(found))
    assert detail.first_payment_problem == gate.first_payment_problem
    return ok, found, detail.first_payment_ratio


def test_two_transfers_adding_up_to_30_percent_meet_the_rule(workspace: Workspace) -> None:
    deal_id = p7_deal(workspace, contract_signed_on=DAY, contract_value=100_000)
    assert verdicts(workspace, deal_id)[:2] == (False, ("RISK.NOT_YET.4",))
    inst = pay(workspace, deal_id, 40_000, 20_000)
    ok, found, ratio = verdicts(workspace, deal_id)
    assert (ok, found, ratio) == (False, ("RISK.NOT_YET.5",), 0.2)
    with workspace.begin() as s:
        payments.record_payment(s, inst, amount=10_000, received_on=DAY + timedelta(days=7))
    ok, found, ratio = verdicts(workspace, deal_id)
    assert (ok, found, ratio) == (True, (), 0.3)
    with workspace.begin() as s:
        deals.close_deal(s, deal_id, "won")
    with workspace.sessions() as s:
        assert deal_facts(s, deal_id).status == "won"


def test_a_contract_value_is_required_before_won(workspace: Workspace) -> None:
    # the amount says 100,000 and everything was paid, but nobody recorded what was signed
    deal_id = p7_deal(workspace, contract_signed_on=DAY)
    pay(workspace, deal_id, 100_000, 100_000)
    ok, found, ratio = verdicts(workspace, deal_id)
    assert (ok, found, ratio) == (False, ("RISK.NOT_YET.5",), None)
    with pytest.raises(GateBlocked) as info, workspace.begin() as s:
        deals.close_deal(s, deal_id, "won")
    assert info.value.gate.rules == (RULE_FIRST_PAYMENT,)
    assert info.value.gate.first_payment_problem == "no_contract_value"
    with workspace.begin() as s:
        deals.update_deal(s, deal_id, {"contract_value": 100_000})
        deals.close_deal(s, deal_id, "won")


def test_a_plan_whose_first_instalment_is_under_30_percent_is_warned(
    workspace: Workspace,
) -> None:
    deal_id = p7_deal(workspace, contract_signed_on=DAY, contract_value=1_000_000)
    with workspace.begin() as s:
        low = payments.add_instalment(s, deal_id, amount=200_000)
    assert [w.params["share"] for w in low.warnings] == [pytest.approx(0.2)]
    assert first_payment_share(1_000_000, 200_000) == low.warnings[0].params["share"]


# -- the signing day: a local day, not in the future ------------------------------------------


def test_a_signing_day_in_the_future_is_refused(local_zone: str, workspace: Workspace) -> None:
    deal_id = p7_deal(workspace)
    tomorrow = date.today() + timedelta(days=1)
    with pytest.raises(InvalidValue, match="in the future") as info, workspace.begin() as s:
        deals.update_deal(s, deal_id, {"contract_signed_on": tomorrow})
    assert info.value.field == "contract_signed_on" and tomorrow.isoformat() in info.value.message
    with pytest.raises(InvalidValue, match="in the future"), workspace.begin() as s:
        later = {"name": "Later", "account_id": 1, "contract_signed_on": tomorrow.isoformat()}
        deals.create_deal(s, later)  # a new deal is held to the same field rule
    with workspace.begin() as s:  # today, the local day, is fine
        deals.update_deal(s, deal_id, {"contract_signed_on": date.today()})
    with workspace.sessions() as s:
        assert deal_facts(s, deal_id).contract_signed, local_zone
