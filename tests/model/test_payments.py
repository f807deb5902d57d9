"""The payment plan: several transfers per instalment add up, undo is exact,
future days and overpayment are refused, and a plan whose first instalment
is under the method's 30% is warned when entered (not refused)."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from model.entities import AuditEntry, Instalment, Payment
from model.errors import InvalidValue, NotFound
from model.gates import deal_facts, won_gate
from model.methodology import load_methodology
from model.services import accounts, deals, payments, team
from model.services.payments import FirstInstalmentLow
from model.workspace import Workspace

MINIMUM = load_methodology().first_payment_min


@dataclass
class Plan:
    deal: int
    first: int  # instalment of 300,000
    second: int  # instalment of 700,000


@pytest.fixture
def plan(workspace: Workspace) -> Plan:
    with workspace.begin() as s:
        acc = accounts.create_account(s, {"name": "Acme"}).created_id("account")
        deal = deals.create_deal(
            s, {"name": "MES", "account_id": acc, "amount": 900_000, "contract_value": 1_000_000}
        ).created_id("deal")
        first = payments.add_instalment(s, deal, amount=300_000).created_id("instalment")
        second = payments.add_instalment(s, deal, amount=700_000).created_id("instalment")
    return Plan(deal, first, second)


def instalment(workspace: Workspace, ident: int) -> tuple[float, date | None]:
    with workspace.sessions() as s:
        row = s.get(Instalment, ident)
        assert row is not None
        return row.received_amount, row.received_on


def transfers(workspace: Workspace, ident: int) -> list[tuple[float, date, str]]:
    with workspace.sessions() as s:
        return [
            (p.amount, p.received_on, p.how)
            for p in s.execute(
                select(Payment).where(Payment.instalment_id == ident).order_by(Payment.id)
            ).scalars()
        ]


def plan_rows(workspace: Workspace, deal: int) -> list[tuple[int, int, float]]:
    with workspace.sessions() as s:
        return [
            (i.id, i.seq, i.amount)
            for i in s.execute(
                select(Instalment).where(Instalment.deal_id == deal).order_by(Instalment.seq)
            ).scalars()
        ]


TODAY = date.today()
EARLIER, LATER = TODAY - timedelta(days=20), TODAY - timedelta(days=5)


# -- transfers add up ----------------------------------------------------------------


def test_two_transfers_add_up_and_the_day_is_the_latest(workspace: Workspace, plan: Plan) -> None:
    with workspace.begin() as s:
        one = payments.record_payment(
            s, plan.first, amount=100_000, received_on=LATER, how="bank transfer"
        )
        two = payments.record_payment(
            s, plan.first, amount=50_000, received_on=EARLIER, how="acceptance bill"
        )
    assert instalment(workspace, plan.first) == (150_000, LATER)
    assert transfers(workspace, plan.first) == [
        (100_000, LATER, "bank transfer"),
        (50_000, EARLIER, "acceptance bill"),
    ]
    for changes in (one, two):
        assert ("deal", plan.deal) in changes.updated
        assert ("instalment", plan.first) in changes.updated
    assert one.created_id("payment") != two.created_id("payment")


def test_the_gate_sees_the_sum_of_the_transfers(workspace: Workspace, plan: Plan) -> None:
    """20% then 10% of the contract: the first payment is 30%, enough to be won."""
    with workspace.begin() as s:
        deals.update_deal(s, plan.deal, {"contract_signed_on": EARLIER})
        payments.record_payment(s, plan.first, amount=200_000, received_on=EARLIER)
    with workspace.sessions() as s:
        assert won_gate(deal_facts(s, plan.deal)).first_payment_ratio == (pytest.approx(0.2))
    with workspace.begin() as s:
        payments.record_payment(s, plan.first, amount=100_000, received_on=LATER)
    with workspace.sessions() as s:
        gate = won_gate(deal_facts(s, plan.deal))
    assert gate.first_payment_ratio == pytest.approx(0.3)
    assert "P7.RULE.FIRST_PAYMENT_MIN" not in gate.rules


def test_received_on_defaults_to_today(workspace: Workspace, plan: Plan) -> None:
    with workspace.begin() as s:
        payments.record_payment(s, plan.second, amount=1)
    assert instalment(workspace, plan.second) == (1, date.today())


# -- refusals ----------------------------------------------------------------------------


@pytest.mark.parametrize("amount", [0, -5, "lots"])
def test_a_transfer_of_nothing_is_refused(workspace: Workspace, plan: Plan, amount: object) -> None:
    with pytest.raises(InvalidValue, match="Received amount"), workspace.begin() as s:
        payments.record_payment(s, plan.first, amount=amount)  # type: ignore[arg-type]
    assert transfers(workspace, plan.first) == []


def test_overpayment_is_refused_and_the_rest_fits(workspace: Workspace, plan: Plan) -> None:
    with workspace.begin() as s:
        payments.record_payment(s, plan.first, amount=200_000, received_on=EARLIER)
    refused = pytest.raises(InvalidValue, match=r"more than its 300,000\.00")
    with refused as info, workspace.begin() as s:
        payments.record_payment(s, plan.first, amount=100_000.02, received_on=LATER)
    assert info.value.params["total"] == pytest.approx(300_000.02)
    assert instalment(workspace, plan.first) == (200_000, EARLIER)
    with workspace.begin() as s:  # exactly the rest: the instalment is paid in full
        payments.record_payment(s, plan.first, amount=100_000, received_on=LATER)
    assert instalment(workspace, plan.first) == (300_000, LATER)


def test_unknown_instalment_is_not_found(workspace: Workspace, plan: Plan) -> None:
    with pytest.raises(NotFound), workspace.begin() as s:
        payments.record_payment(s, 9999, amount=1)


@pytest.mark.parametrize(
    ("tz", "local_today"),
    [("Asia/Shanghai", date(2026, 3, 2)), ("America/Los_Angeles", date(2026, 3, 1))],
)
def test_a_day_after_the_users_local_today_is_refused(
    workspace: Workspace,
    plan: Plan,
    monkeypatch: pytest.MonkeyPatch,
    tz: str,
    local_today: date,
) -> None:
    monkeypatch.setenv("TZ", tz)
    time.tzset()
    instant = datetime(2026, 3, 1, 20, 0, tzinfo=UTC).timestamp()  # 04:00 at UTC+8
    monkeypatch.setattr(time, "time", lambda: instant)
    try:
        assert date.today() == local_today
        tomorrow = local_today + timedelta(days=1)
        with pytest.raises(InvalidValue, match="after today"), workspace.begin() as s:
            payments.record_payment(s, plan.first, amount=10, received_on=tomorrow)
        with workspace.begin() as s:  # the user's own today is fine, even east of UTC
            payments.record_payment(s, plan.first, amount=10, received_on=local_today)
            payments.record_payment(s, plan.first, amount=10)  # and is the default
    finally:
        monkeypatch.undo()
        time.tzset()
    assert instalment(workspace, plan.first) == (20, local_today)


# -- delete and restore (undo) -----------------------------------------------------------


def test_deleting_the_second_transfer_leaves_the_first(workspace: Workspace, plan: Plan) -> None:
    with workspace.begin() as s:
        payments.record_payment(s, plan.first, amount=100_000, received_on=EARLIER, how="bank")
        second = payments.record_payment(s, plan.first, amount=60_000, received_on=LATER)
    with workspace.begin() as s:
        gone = payments.delete_payment(s, second.created_id("payment"))
    assert ("deal", plan.deal) in gone.updated and ("payment", second.created_id("payment")) in (
        gone.deleted
    )
    assert instalment(workspace, plan.first) == (100_000, EARLIER)
    assert transfers(workspace, plan.first) == [(100_000, EARLIER, "bank")]
    with workspace.begin() as s:
        back = payments.restore(s, gone.undo["snapshot"])
    assert ("deal", plan.deal) in back.updated
    assert instalment(workspace, plan.first) == (160_000, LATER)
    with workspace.sessions() as s:
        ids = set(s.execute(select(Payment.id)).scalars())
    assert second.created_id("payment") in ids  # the very same row


def test_deleting_the_only_transfer_leaves_the_instalment_open(
    workspace: Workspace, plan: Plan
) -> None:
    with workspace.begin() as s:
        paid = payments.record_payment(s, plan.second, amount=5, received_on=EARLIER)
    with workspace.begin() as s:
        payments.delete_payment(s, paid.created_id("payment"))
    assert instalment(workspace, plan.second) == (0, None)


def test_deleting_an_instalment_closes_the_gap_and_restore_reopens_it(
    workspace: Workspace, plan: Plan
) -> None:
    with workspace.begin() as s:
        third = payments.add_instalment(s, plan.deal, amount=1).created_id("instalment")
        payments.record_payment(s, plan.second, amount=70_000, received_on=EARLIER)
        payments.record_payment(s, plan.second, amount=30_000, received_on=LATER)
    before = plan_rows(workspace, plan.deal)
    assert [seq for _, seq, _ in before] == [1, 2, 3]
    with workspace.begin() as s:
        gone = payments.delete_instalment(s, plan.second)
    assert plan_rows(workspace, plan.deal) == [(plan.first, 1, 300_000), (third, 2, 1)]
    assert transfers(workspace, plan.second) == []
    with workspace.begin() as s:
        back = payments.restore(s, gone.undo["snapshot"])
    assert ("deal", plan.deal) in back.updated
    assert plan_rows(workspace, plan.deal) == before
    assert instalment(workspace, plan.second) == (100_000, LATER)
    assert len(transfers(workspace, plan.second)) == 2


def test_restoring_a_transfer_of_a_deleted_instalment_is_refused(
    workspace: Workspace, plan: Plan
) -> None:
    with workspace.begin() as s:
        paid = payments.record_payment(s, plan.first, amount=5, received_on=EARLIER)
    with workspace.begin() as s:
        gone = payments.delete_payment(s, paid.created_id("payment"))
        payments.delete_instalment(s, plan.first)
    with pytest.raises(NotFound), workspace.begin() as s:
        payments.restore(s, gone.undo["snapshot"])


# -- instalments -------------------------------------------------------------------------


def test_instalments_are_numbered_in_plan_order(workspace: Workspace, plan: Plan) -> None:
    assert [seq for _, seq, _ in plan_rows(workspace, plan.deal)] == [1, 2]
    with pytest.raises(InvalidValue, match="Instalment amount"), workspace.begin() as s:
        payments.add_instalment(s, plan.deal, amount=0)
    with pytest.raises(NotFound), workspace.begin() as s:
        payments.add_instalment(s, 9999, amount=10)


def test_update_instalment_returns_the_old_values(workspace: Workspace, plan: Plan) -> None:
    due = date(2027, 1, 15)
    with workspace.begin() as s:
        changes = payments.update_instalment(s, plan.second, {"amount": 650_000, "due_on": due})
    assert changes.undo["old"] == {"amount": 700_000, "due_on": None}
    assert ("deal", plan.deal) in changes.updated
    with workspace.begin() as s:
        payments.update_instalment(s, plan.second, changes.undo["old"])
    assert plan_rows(workspace, plan.deal)[1] == (plan.second, 2, 700_000)
    with workspace.begin() as s:
        assert not payments.update_instalment(s, plan.second, {"amount": 700_000})


def test_an_instalment_cannot_drop_below_what_it_received(workspace: Workspace, plan: Plan) -> None:
    with workspace.begin() as s:
        payments.record_payment(s, plan.second, amount=400_000, received_on=EARLIER)
    with pytest.raises(InvalidValue, match=r"already received 400,000\.00"), workspace.begin() as s:
        payments.update_instalment(s, plan.second, {"amount": 399_999})
    with workspace.begin() as s:
        payments.update_instalment(s, plan.second, {"amount": 400_000})
    with pytest.raises(InvalidValue, match="Cannot set"), workspace.begin() as s:
        payments.update_instalment(s, plan.second, {"received_amount": 1})


# -- the first instalment under 30% is warned when entered ------------------------------


def _new_deal(workspace: Workspace, **values: object) -> int:
    with workspace.begin() as s:
        acc = accounts.create_account(s, {"name": f"Acc {values}"}).created_id("account")
        return deals.create_deal(s, {"name": "D", "account_id": acc, **values}).created_id("deal")


def test_a_first_instalment_of_20_percent_is_warned_not_refused(workspace: Workspace) -> None:
    deal = _new_deal(workspace, amount=900_000, contract_value=1_000_000)
    with workspace.begin() as s:
        changes = payments.add_instalment(s, deal, amount=200_000)
    [warning] = changes.warnings
    assert isinstance(warning, FirstInstalmentLow)
    assert warning.params == {"share": pytest.approx(0.2), "minimum": MINIMUM}
    assert "20% of the contract value" in warning.message and "30%" in warning.message
    assert len(plan_rows(workspace, deal)) == 1  # kept: a warning, not a refusal
    with workspace.begin() as s:  # later instalments say nothing more
        assert payments.add_instalment(s, deal, amount=100_000).warnings == ()


def test_30_percent_is_enough_and_no_warning(workspace: Workspace) -> None:
    deal = _new_deal(workspace, amount=900_000, contract_value=1_000_000)
    with workspace.begin() as s:
        assert payments.add_instalment(s, deal, amount=300_000).warnings == ()


def test_before_a_contract_value_the_deal_amount_is_the_base(workspace: Workspace) -> None:
    deal = _new_deal(workspace, amount=1_000_000)
    with workspace.begin() as s:
        [warning] = payments.add_instalment(s, deal, amount=250_000).warnings
    assert "deal amount" in warning.message and "25%" in warning.message
    nothing = _new_deal(workspace)  # no amount at all: no share, no warning
    with workspace.begin() as s:
        assert payments.add_instalment(s, nothing, amount=10).warnings == ()


def test_lowering_the_first_instalment_is_warned(workspace: Workspace, plan: Plan) -> None:
    with workspace.begin() as s:
        assert payments.update_instalment(s, plan.second, {"amount": 100}).warnings == ()
        [warning] = payments.update_instalment(s, plan.first, {"amount": 200_000}).warnings
    assert warning.params["share"] == pytest.approx(0.2)


def test_deleting_the_first_instalment_checks_the_new_first(
    workspace: Workspace, plan: Plan
) -> None:
    with workspace.begin() as s:
        payments.update_instalment(s, plan.second, {"amount": 100_000})
        [warning] = payments.delete_instalment(s, plan.first).warnings
    assert warning.params["share"] == pytest.approx(0.1)


def test_warning_helpers_are_pure() -> None:
    assert payments.first_instalment_share(None, 0, 5) is None
    assert payments.first_instalment_share(200, 100, None) is None
    assert payments.first_instalment_share(200, 100, 50) == 0.25
    assert payments.first_instalment_warning(100, 0, 29.99) is not None
    assert payments.first_instalment_warning(100, 0, 30) is None
    assert payments.first_instalment_warning(100, 0, 40, minimum=0.5) is not None


# -- audit and the old import path -------------------------------------------------------


def test_transfers_are_in_the_audit_log_with_the_member(workspace: Workspace, plan: Plan) -> None:
    with workspace.begin() as s:
        me = team.create_member(s, {"name": "Me"}).created_id("member")
    with workspace.begin() as s:
        s.info["member_id"] = me
        paid = payments.record_payment(s, plan.first, amount=10, received_on=EARLIER)
        payments.delete_payment(s, paid.created_id("payment"))
    with workspace.sessions() as s:
        log = [
            (a.action, a.entity, a.field, a.member_id)
            for a in s.execute(
                select(AuditEntry).where(AuditEntry.entity.in_(("payment", "instalment")))
            ).scalars()
            if a.member_id == me
        ]
    assert ("create", "payment", "", me) in log
    assert ("update", "instalment", "received_amount", me) in log
    assert ("delete", "payment", "", me) in log


def test_deals_module_still_offers_the_plan_services() -> None:
    assert deals.add_instalment is payments.add_instalment
    assert deals.record_payment is payments.record_payment
    assert deals.delete_instalment is payments.delete_instalment


# -- the check and the sample keep instalments equal to their transfers -------------------


def test_check_finds_an_instalment_that_disagrees_with_its_transfers(
    workspace: Workspace, plan: Plan
) -> None:
    from model.check import check_workspace

    with workspace.begin() as s:
        payments.record_payment(s, plan.first, amount=100, received_on=EARLIER)
        payments.record_payment(s, plan.first, amount=50, received_on=LATER)
        payments.record_payment(s, plan.second, amount=7, received_on=EARLIER)
    assert "instalment.payments" not in check_workspace(workspace.url).codes
    # Written past the services, as another program could.
    with workspace.engine.begin() as conn:
        conn.exec_driver_sql(
            f"UPDATE instalments SET received_on='{EARLIER}' WHERE id={plan.first}"
        )
        conn.exec_driver_sql(f"DELETE FROM payments WHERE instalment_id={plan.second}")
    workspace.close()
    found = [f for f in check_workspace(workspace.url).findings if f.code == "instalment.payments"]
    assert [f.where for f in found] == [f"instalments#{plan.first}", f"instalments#{plan.second}"]
    assert f"the latest on {LATER}" in found[0].message and "'MES'" in found[0].message
    assert "add up to 0.00" in found[1].message


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_sample_records_its_receipts_as_transfers(tmp_path: Path, lang: str) -> None:
    from model.check import check_workspace
    from model.sample import generate_sample
    from model.workspace import open_workspace

    ws = open_workspace(tmp_path / "sample.kan", create=True)
    generate_sample(ws.engine, lang=lang, size="small")
    with ws.sessions() as s:
        received = s.execute(select(Instalment).where(Instalment.received_on.is_not(None))).all()
        per = select(Payment.instalment_id, func.count()).group_by(Payment.instalment_id)
        counts: dict[int, int] = {i: n for i, n in s.execute(per)}
    ws.close()
    assert received and set(counts) == {i.id for (i,) in received}
    assert any(n > 1 for n in counts.values())  # some instalments were paid in two transfers
    assert "instalment.payments" not in check_workspace(tmp_path / "sample.kan").codes
