"""Deal services against a temporary workspace: gates, forcing, closing, reverting.

Every test names one rule of the method (METHODOLOGY.md §3) or of the service
layer and fails if that rule stops being enforced.
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select
from stored import deal_row, history

from model.entities import Deal, DealRole, ExitCheck, FiveElementCheck
from model.errors import InvalidValue, NotFound
from model.gates import DealFacts, gate_for, won_gate
from model.rules.chain import COMPUTED_CRITERIA, ChainFacts, ChainPerson
from model.services import accounts, activities, deals, people, team
from model.services.deals import GateBlocked, ReasonRequired
from model.settings import set_setting
from model.workspace import Workspace


def _ids(prefix: str, n: int) -> list[str]:
    return [f"{prefix}.{i}" for i in range(1, n + 1)]


EXITS = {
    "P1": [],
    "P2": _ids("P2.EXIT", 5),
    "P3": _ids("P3.EXIT", 5),
    "P4": _ids("P4.EXIT", 4),
    "P5": _ids("P5.EXIT", 9),
    "P6": _ids("P6.EXIT", 6),
    "P7": _ids("P7.EXIT", 2),
}
FIVE = _ids("P3.FIVE", 5)
OLD = datetime(2020, 1, 1, 9, 30)


@dataclass
class World:
    manager: int
    rep: int
    account: int
    other_account: int
    kdm: int
    ki: int
    ku: int
    stranger: int  # a person of the other account
    competitor: int


@pytest.fixture
def w(workspace: Workspace) -> World:
    with workspace.begin() as s:
        manager = team.create_member(s, {"name": "Wang Manager", "role": "manager"})
        rep = team.create_member(s, {"name": "Li Rep", "role": "rep"})
        acc = accounts.create_account(s, {"name": "Acme Steel"}).created_id("account")
        other = accounts.create_account(s, {"name": "Other Corp"}).created_id("account")
        kdm = people.create_person(s, acc, {"name": "Zhao CEO", "role": "KDM"})
        ki = people.create_person(s, acc, {"name": "Qian CTO", "role": "KI"})
        ku = people.create_person(s, acc, {"name": "Sun Ops", "role": "KU"})
        stranger = people.create_person(s, other, {"name": "Zhou Elsewhere"})
        comp = team.create_competitor(s, {"name": "Rival Ltd"})
        return World(
            manager=manager.created_id("member"),
            rep=rep.created_id("member"),
            account=acc,
            other_account=other,
            kdm=kdm.created_id("person"),
            ki=ki.created_id("person"),
            ku=ku.created_id("person"),
            stranger=stranger.created_id("person"),
            competitor=comp.created_id("competitor"),
        )


def new_deal(workspace: Workspace, w: World, stage: str = "P2", **values: object) -> int:
    """A deal created straight in ``stage`` (past P2 that skips gates: forced, with a reason)."""
    if stage not in ("P1", "P2"):
        values.setdefault("force", True)
        values.setdefault("reason", "entered from the old CRM")
    with workspace.begin() as s:
        changes = deals.create_deal(
            s,
            {
                "name": f"Deal in {stage}",
                "account_id": w.account,
                "amount": 100_000,
                "stage": stage,
                **values,
            },
        )
        return changes.created_id("deal")


def tick(workspace: Workspace, deal_id: int, *stages: str) -> None:
    """Tick what people tick; what the deal's data answers is recorded as facts (back_us)."""
    with workspace.begin() as s:
        for stage in stages:
            for criterion in EXITS[stage]:
                if criterion not in COMPUTED_CRITERIA:
                    deals.set_exit_check(s, deal_id, criterion, True)


def back_us(workspace: Workspace, w: World, deal_id: int) -> None:
    """The facts that answer every computed criterion (model.rules.chain) of the deal."""
    with workspace.begin() as s:
        people.update_person(s, w.kdm, {"support": 2})
        ki = {"support": 1, "insider": True, "insider_sources": 2, "coach": True}
        people.update_person(s, w.ki, {**ki, "seniority": "senior"})
        people.update_person(s, w.ku, {"support": 1, "insider": True, "insider_sources": 2})
        people.create_person(s, w.account, {"name": "Zhou Expert", "role": "EVAL", "support": 1})
        deals.update_deal(s, deal_id, {"scoring_shaped": True})


def verify(workspace: Workspace, w: World, deal_id: int, elements: list[str] = FIVE) -> None:
    with workspace.begin() as s:
        for element in elements:
            deals.verify_element(s, deal_id, element, by=w.manager, method="visit")


def backdate(workspace: Workspace, deal_id: int) -> None:
    """Make the deal and its history look as if it entered its stage on OLD."""
    with workspace.begin() as s:
        deal = s.get(Deal, deal_id)
        assert deal is not None
        deal.stage_entered_at = OLD
        deal.created_at = OLD
        for entry in deal.history:
            entry.at = OLD


def add_months(day: date, months: int) -> date:
    """Independent of the service's helper: calendar months, clamped to month end."""
    year, month = divmod(day.month - 1 + months, 12)
    year += day.year
    month += 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")


# --- gates on forward moves ---------------------------------------------------


def test_forward_move_lists_exactly_the_unmet_criteria_of_every_stage_left(
    workspace: Workspace, w: World
) -> None:
    deal_id = new_deal(workspace, w)
    with pytest.raises(GateBlocked) as info, workspace.begin() as s:
        deals.move_deal(s, deal_id, "P4")
    gate = info.value.gate
    assert gate.unmet_criteria == tuple(
        [("P2", c) for c in EXITS["P2"]] + [("P3", c) for c in EXITS["P3"]]
    )
    assert gate.unverified_elements == tuple(FIVE)
    assert gate.rules == ()
    assert "P2.EXIT.1" in info.value.message and "P3.EXIT.5" in info.value.message
    assert deal_row(workspace, deal_id).stage == "P2"
    assert len(history(workspace, deal_id)) == 1

    with workspace.begin() as s:
        for criterion in ("P2.EXIT.1", "P2.EXIT.2", "P3.EXIT.4"):
            deals.set_exit_check(s, deal_id, criterion, True)
        deals.set_exit_check(s, deal_id, "P2.EXIT.3", False)
    with pytest.raises(GateBlocked) as info, workspace.begin() as s:
        deals.move_deal(s, deal_id, "P4")
    assert [c for _, c in info.value.gate.unmet_criteria] == [
        "P2.EXIT.3",
        "P2.EXIT.4",
        "P2.EXIT.5",
        "P3.EXIT.1",
        "P3.EXIT.2",
        "P3.EXIT.3",
        "P3.EXIT.5",
    ]


def test_criteria_of_the_stage_entered_are_not_required(workspace: Workspace, w: World) -> None:
    deal_id = new_deal(workspace, w)
    tick(workspace, deal_id, "P2")
    verify(workspace, w, deal_id)
    with workspace.begin() as s:
        gate = deals.evaluate_move(s, deal_id, "P3")
    assert gate.met and gate.unmet_ids == []


def test_entering_p3_or_later_requires_all_five_elements_verified(
    workspace: Workspace, w: World
) -> None:
    deal_id = new_deal(workspace, w)
    tick(workspace, deal_id, "P2")
    with pytest.raises(GateBlocked) as info, workspace.begin() as s:
        deals.move_deal(s, deal_id, "P3")
    assert info.value.gate.unmet_criteria == ()
    assert info.value.gate.unverified_elements == tuple(FIVE)

    verify(workspace, w, deal_id, FIVE[:4])
    with workspace.begin() as s:  # claimed is not verified
        deals.verify_element(s, deal_id, "P3.FIVE.5", status="claimed")
    with pytest.raises(GateBlocked) as info, workspace.begin() as s:
        deals.move_deal(s, deal_id, "P3")
    assert info.value.gate.unverified_elements == ("P3.FIVE.5",)
    assert info.value.gate.unmet_ids == ["P3.FIVE.5"]


def test_move_with_everything_met_writes_an_unforced_stage_change(
    workspace: Workspace, w: World
) -> None:
    deal_id = new_deal(workspace, w)
    backdate(workspace, deal_id)
    tick(workspace, deal_id, "P2")
    verify(workspace, w, deal_id)
    before = datetime.now(tz=None) - timedelta(seconds=5)
    with workspace.begin() as s:
        changes = deals.move_deal(s, deal_id, "P3", by=w.rep)
    deal = deal_row(workspace, deal_id)
    assert deal.stage == "P3" and deal.status == "open"
    assert deal.stage_entered_at > OLD
    assert deal.stage_entered_at >= before.replace(tzinfo=None) - timedelta(hours=24)
    entry = history(workspace, deal_id)[-1]
    assert (entry.from_stage, entry.to_stage) == ("P2", "P3")
    assert entry.forced is False and entry.unmet == []
    assert entry.by_id == w.rep
    assert changes.created_id("stage_change") == entry.id
    assert ("deal", deal_id) in changes.updated


def test_tick_in_move_deal_ticks_the_criteria_in_the_same_call(
    workspace: Workspace, w: World
) -> None:
    deal_id = new_deal(workspace, w)
    verify(workspace, w, deal_id)
    with pytest.raises(GateBlocked) as info, workspace.begin() as s:
        deals.move_deal(s, deal_id, "P3", tick=EXITS["P2"][:3])
    assert [c for _, c in info.value.gate.unmet_criteria] == ["P2.EXIT.4", "P2.EXIT.5"]

    with workspace.begin() as s:
        changes = deals.move_deal(s, deal_id, "P3", tick=EXITS["P2"], by=w.rep)
    assert deal_row(workspace, deal_id).stage == "P3"
    assert changes.ids("exit_check")
    with workspace.begin() as s:
        done = set(
            s.execute(
                select(ExitCheck.criterion).where(ExitCheck.deal_id == deal_id, ExitCheck.done)
            ).scalars()
        )
    assert done == set(EXITS["P2"])
    assert history(workspace, deal_id)[-1].forced is False


def test_tick_refuses_an_unknown_criterion(workspace: Workspace, w: World) -> None:
    deal_id = new_deal(workspace, w)
    with pytest.raises(InvalidValue, match=r"P9\.EXIT\.1"), workspace.begin() as s:
        deals.move_deal(s, deal_id, "P3", tick=["P9.EXIT.1"])


@pytest.mark.parametrize("reason", ["", "   "])
def test_forcing_without_a_reason_is_refused(workspace: Workspace, w: World, reason: str) -> None:
    deal_id = new_deal(workspace, w)
    with pytest.raises(ReasonRequired), workspace.begin() as s:
        deals.move_deal(s, deal_id, "P4", force=True, reason=reason)
    assert deal_row(workspace, deal_id).stage == "P2"
    assert len(history(workspace, deal_id)) == 1


def test_forcing_with_a_reason_moves_and_keeps_the_unmet_ids(
    workspace: Workspace, w: World
) -> None:
    deal_id = new_deal(workspace, w)
    verify(workspace, w, deal_id, FIVE[:2])
    with workspace.begin() as s:
        expected = deals.evaluate_move(s, deal_id, "P4").unmet_ids
        deals.move_deal(s, deal_id, "P4", force=True, reason="CEO asked us to bid", by=w.rep)
    assert deal_row(workspace, deal_id).stage == "P4"
    entry = history(workspace, deal_id)[-1]
    assert entry.forced is True
    assert entry.reason == "CEO asked us to bid"
    assert entry.unmet == expected
    assert entry.unmet == EXITS["P2"] + EXITS["P3"] + FIVE[2:]


def test_force_on_a_met_gate_is_recorded_as_not_forced(workspace: Workspace, w: World) -> None:
    deal_id = new_deal(workspace, w)
    tick(workspace, deal_id, "P2")
    verify(workspace, w, deal_id)
    with workspace.begin() as s:
        deals.move_deal(s, deal_id, "P3", force=True, reason="habit")
    entry = history(workspace, deal_id)[-1]
    assert entry.forced is False and entry.unmet == []


def test_moving_back_needs_a_reason_and_is_not_blocked_by_criteria(
    workspace: Workspace, w: World
) -> None:
    deal_id = new_deal(workspace, w)
    with workspace.begin() as s:
        deals.move_deal(s, deal_id, "P4", force=True, reason="pilot")
    with pytest.raises(ReasonRequired), workspace.begin() as s:
        deals.move_deal(s, deal_id, "P3")
    assert deal_row(workspace, deal_id).stage == "P4"

    with workspace.begin() as s:
        deals.move_deal(s, deal_id, "P2", reason="budget frozen")
    assert deal_row(workspace, deal_id).stage == "P2"
    entry = history(workspace, deal_id)[-1]
    assert (entry.from_stage, entry.to_stage) == ("P4", "P2")
    assert entry.forced is False and entry.unmet == []
    assert entry.reason == "budget frozen"


def test_moving_to_the_same_stage_changes_nothing(workspace: Workspace, w: World) -> None:
    deal_id = new_deal(workspace, w)
    with workspace.begin() as s:
        assert not deals.move_deal(s, deal_id, "P2")
    assert len(history(workspace, deal_id)) == 1


# --- P5.RULE.1: senior visits to KI, KU and KDM --------------------------------


def p5_deal_ready_but_for_visits(workspace: Workspace, w: World) -> int:
    deal_id = new_deal(workspace, w, "P5")
    tick(workspace, deal_id, "P5")
    back_us(workspace, w, deal_id)
    verify(workspace, w, deal_id)
    return deal_id


def test_leaving_p5_without_senior_visits_is_blocked_by_p5_rule_1(
    workspace: Workspace, w: World
) -> None:
    deal_id = p5_deal_ready_but_for_visits(workspace, w)
    with pytest.raises(GateBlocked) as info, workspace.begin() as s:
        deals.move_deal(s, deal_id, "P6")
    gate = info.value.gate
    assert gate.rules == ("P5.RULE.1",)
    assert set(gate.missing_senior_visits) == {"KI", "KU", "KDM"}
    assert gate.unmet_criteria == () and gate.unverified_elements == ()
    assert "P5.RULE.1" in info.value.message


def test_rep_level_contact_does_not_count_as_a_senior_visit(workspace: Workspace, w: World) -> None:
    deal_id = p5_deal_ready_but_for_visits(workspace, w)
    with workspace.begin() as s:
        for pid in (w.ki, w.ku, w.kdm):
            people.set_relationship(s, w.rep, pid, {"visit_level": "rep"})
        activities.log_activity(
            s,
            w.account,
            {"kind": "visit", "level": "rep"},
            members=[w.rep],
            people=[w.ki, w.ku, w.kdm],
        )
    with pytest.raises(GateBlocked) as info, workspace.begin() as s:
        deals.move_deal(s, deal_id, "P6")
    assert set(info.value.gate.missing_senior_visits) == {"KI", "KU", "KDM"}


def senior_visit(workspace: Workspace, w: World, deal_id: int | None, *who: int) -> None:
    """Our manager meets ``who`` face to face today, for ``deal_id`` (None: for no deal)."""
    with workspace.begin() as s:
        activities.log_activity(
            s,
            w.account,
            {"kind": "hq_visit", "deal_id": deal_id},
            members=[w.manager],
            people=list(who),
        )


def test_only_senior_visits_made_for_this_deal_clear_p5_rule_1(
    workspace: Workspace, w: World
) -> None:
    deal_id = p5_deal_ready_but_for_visits(workspace, w)
    with workspace.begin() as s:  # a relationship's visit level is no visit
        people.set_relationship(s, w.manager, w.ki, {"visit_level": "executive"})
    senior_visit(workspace, w, None, w.ki, w.ku, w.kdm)  # account upkeep, for no deal
    with pytest.raises(GateBlocked) as info, workspace.begin() as s:
        deals.move_deal(s, deal_id, "P6")
    assert info.value.gate.missing_senior_visits == ("KI", "KU", "KDM")

    with workspace.begin() as s:
        activities.log_activity(
            s,
            w.account,
            {"kind": "presentation", "deal_id": deal_id},
            members=[w.rep, w.manager],
            people=[w.ku],
        )
    with pytest.raises(GateBlocked) as info, workspace.begin() as s:
        deals.move_deal(s, deal_id, "P6")
    assert info.value.gate.missing_senior_visits == ("KI", "KDM")

    senior_visit(workspace, w, deal_id, w.ki, w.kdm)
    with workspace.begin() as s:
        deals.move_deal(s, deal_id, "P6")
    assert deal_row(workspace, deal_id).stage == "P6"
    assert history(workspace, deal_id)[-1].forced is False


def test_deal_roles_override_the_account_roles_for_senior_visits(
    workspace: Workspace, w: World
) -> None:
    deal_id = p5_deal_ready_but_for_visits(workspace, w)
    senior_visit(workspace, w, deal_id, w.ki, w.ku, w.kdm)
    with workspace.begin() as s:
        gate = deals.evaluate_move(s, deal_id, "P6")
    assert gate.met
    with workspace.begin() as s:  # in this deal someone else decides
        new_kdm = people.create_person(s, w.account, {"name": "Wu Board"}).created_id("person")
        deals.set_deal_role(s, deal_id, new_kdm, "KDM", support=2)
        deals.set_deal_role(s, deal_id, w.kdm, "LEAD", support=2)
        gate = deals.evaluate_move(s, deal_id, "P6")
    assert gate.missing_senior_visits == ("KDM",)


def test_skipping_past_p5_also_needs_the_senior_visits(workspace: Workspace, w: World) -> None:
    deal_id = new_deal(workspace, w, "P4")
    with workspace.begin() as s:
        gate = deals.evaluate_move(s, deal_id, "P7")
    assert "P5.RULE.1" in gate.rules


# --- closing ------------------------------------------------------------------


def signed_p7_deal(
    workspace: Workspace, w: World, *, stage: str = "P7", paid: tuple[float, ...] = ()
) -> int:
    deal_id = new_deal(
        workspace, w, stage, contract_signed_on=date(2025, 3, 1), contract_value=100_000
    )
    with workspace.begin() as s:
        for n, amount in enumerate(paid):
            inst = deals.add_instalment(s, deal_id, amount=max(amount, 1))
            deals.record_payment(
                s,
                inst.created_id("instalment"),
                amount=amount,
                received_on=date(2025, 4, 1) + timedelta(days=n),
            )
    return deal_id


def test_won_needs_a_first_payment_of_at_least_30_percent(workspace: Workspace, w: World) -> None:
    low = signed_p7_deal(workspace, w, paid=(29_000,))
    with pytest.raises(GateBlocked) as info, workspace.begin() as s:
        deals.close_deal(s, low, "won", reason="signed")
    assert info.value.gate.rules == ("P7.RULE.FIRST_PAYMENT_MIN",)
    assert info.value.gate.first_payment_ratio == pytest.approx(0.29)
    assert deal_row(workspace, low).status == "open"

    enough = signed_p7_deal(workspace, w, paid=(30_000,))
    with workspace.begin() as s:
        changes = deals.close_deal(s, enough, "won", by=w.rep)
    deal = deal_row(workspace, enough)
    assert deal.status == "won" and deal.closed_on == date.today()
    entry = history(workspace, enough)[-1]
    assert (entry.from_status, entry.to_status) == ("open", "won")
    assert changes.created_id("stage_change") == entry.id


def test_won_looks_at_the_first_received_instalment_not_the_largest(
    workspace: Workspace, w: World
) -> None:
    deal_id = signed_p7_deal(workspace, w, paid=(10_000, 60_000))
    with pytest.raises(GateBlocked) as info, workspace.begin() as s:
        deals.close_deal(s, deal_id, "won")
    assert info.value.gate.first_payment_ratio == pytest.approx(0.10)


def test_won_needs_p7_and_a_signed_contract(workspace: Workspace, w: World) -> None:
    in_p6 = signed_p7_deal(workspace, w, stage="P6", paid=(100_000,))
    with pytest.raises(GateBlocked), workspace.begin() as s:
        deals.close_deal(s, in_p6, "won")
    unsigned = new_deal(workspace, w, "P7", contract_value=100_000)
    with workspace.begin() as s:
        inst = deals.add_instalment(s, unsigned, amount=50_000).created_id("instalment")
        deals.record_payment(s, inst, amount=50_000)
    with pytest.raises(GateBlocked) as info, workspace.begin() as s:
        deals.close_deal(s, unsigned, "won")
    assert "P7.EXIT.1" in info.value.gate.unmet_ids
    assert "P7.RULE.FIRST_PAYMENT_MIN" in info.value.gate.rules
    assert deal_row(workspace, unsigned).status == "open"


def test_won_cannot_be_forced(workspace: Workspace, w: World) -> None:
    assert "force" not in inspect.signature(deals.close_deal).parameters
    deal_id = signed_p7_deal(workspace, w, paid=(5_000,))
    with pytest.raises(GateBlocked), workspace.begin() as s:
        deals.close_deal(s, deal_id, "won", reason="the boss says it is won")


@pytest.mark.parametrize("status", ["lost", "shelved"])
def test_lost_and_shelved_need_a_reason(workspace: Workspace, w: World, status: str) -> None:
    deal_id = new_deal(workspace, w, "P4")
    with pytest.raises(ReasonRequired), workspace.begin() as s:
        deals.close_deal(s, deal_id, status, close_reason="  ", reason="no budget this year")
    with workspace.begin() as s:
        deals.close_deal(s, deal_id, status, close_reason="budget", reason="no budget this year")
    deal = deal_row(workspace, deal_id)
    assert deal.status == status and deal.status_reason == "no budget this year"
    assert deal.close_reason == "budget"
    assert deal.stage == "P4"


def test_lost_records_the_competitor(workspace: Workspace, w: World) -> None:
    deal_id = new_deal(workspace, w, "P5")
    with workspace.begin() as s:
        deals.close_deal(s, deal_id, "lost", close_reason="price", competitor_id=w.competitor)
    assert deal_row(workspace, deal_id).lost_to_id == w.competitor
    shelved = new_deal(workspace, w, "P5")
    with workspace.begin() as s:
        deals.close_deal(s, shelved, "shelved", close_reason="timing", competitor_id=w.competitor)
    assert deal_row(workspace, shelved).lost_to_id is None
    third = new_deal(workspace, w)  # before the write below: writes do not nest
    with pytest.raises(NotFound), workspace.begin() as s:
        deals.close_deal(s, third, "lost", close_reason="price", competitor_id=999)


def test_a_closed_deal_cannot_be_closed_again_or_moved(workspace: Workspace, w: World) -> None:
    deal_id = new_deal(workspace, w, "P4")
    with workspace.begin() as s:
        deals.close_deal(s, deal_id, "lost", close_reason="price")
    with pytest.raises(InvalidValue, match="reopen"), workspace.begin() as s:
        deals.move_deal(s, deal_id, "P3", reason="try again")
    with pytest.raises(InvalidValue, match="already lost"), workspace.begin() as s:
        deals.close_deal(s, deal_id, "shelved", close_reason="timing")
    assert deal_row(workspace, deal_id).stage == "P4"


def test_reopen_needs_a_reason_and_puts_the_deal_back_in_the_funnel(
    workspace: Workspace, w: World
) -> None:
    deal_id = new_deal(workspace, w, "P4")
    with workspace.begin() as s:
        deals.close_deal(s, deal_id, "lost", close_reason="price", competitor_id=w.competitor)
    with pytest.raises(ReasonRequired), workspace.begin() as s:
        deals.reopen_deal(s, deal_id, reason=" ")
    with workspace.begin() as s:
        deals.reopen_deal(s, deal_id, reason="rival failed the pilot", by=w.rep)
    deal = deal_row(workspace, deal_id)
    assert (deal.status, deal.status_reason, deal.lost_to_id, deal.closed_on) == (
        "open",
        "",
        None,
        None,
    )
    entry = history(workspace, deal_id)[-1]
    assert (entry.from_status, entry.to_status, entry.to_stage) == ("lost", "open", "P4")
    with workspace.begin() as s:
        deals.move_deal(s, deal_id, "P3", reason="restart")
        assert not deals.reopen_deal(s, deal_id, reason="already open")


# --- revert -------------------------------------------------------------------


def test_revert_restores_stage_and_stage_entered_at_and_drops_the_entry(
    workspace: Workspace, w: World
) -> None:
    deal_id = new_deal(workspace, w)
    backdate(workspace, deal_id)
    with workspace.begin() as s:
        entry_id = deals.move_deal(s, deal_id, "P4", force=True, reason="pilot").created_id(
            "stage_change"
        )
    assert deal_row(workspace, deal_id).stage_entered_at > OLD
    with workspace.begin() as s:
        changes = deals.revert_stage_change(s, entry_id)
    deal = deal_row(workspace, deal_id)
    assert (deal.stage, deal.status, deal.stage_entered_at) == ("P2", "open", OLD)
    assert [e.id for e in history(workspace, deal_id)] != [] and entry_id not in [
        e.id for e in history(workspace, deal_id)
    ]
    assert ("stage_change", entry_id) in changes.deleted


def test_revert_of_a_fresh_move_restores_stage_entered_at_exactly(
    workspace: Workspace, w: World
) -> None:
    deal_id = new_deal(workspace, w)
    with workspace.begin() as s:
        first = deals.move_deal(s, deal_id, "P3", force=True, reason="a").created_id("stage_change")
    entered_p3 = deal_row(workspace, deal_id).stage_entered_at
    with workspace.begin() as s:
        second = deals.move_deal(s, deal_id, "P4", force=True, reason="b").created_id(
            "stage_change"
        )
        deals.revert_stage_change(s, second)
    assert first
    assert deal_row(workspace, deal_id).stage_entered_at == entered_p3


def test_revert_of_a_close_restores_the_open_deal(workspace: Workspace, w: World) -> None:
    deal_id = new_deal(workspace, w, "P5")
    backdate(workspace, deal_id)
    with workspace.begin() as s:
        entry_id = deals.close_deal(
            s,
            deal_id,
            "lost",
            close_reason="price",
            reason="15% cheaper",
            competitor_id=w.competitor,
        ).created_id("stage_change")
        deals.revert_stage_change(s, entry_id)
    deal = deal_row(workspace, deal_id)
    assert (deal.stage, deal.status, deal.status_reason, deal.lost_to_id, deal.closed_on) == (
        "P5",
        "open",
        "",
        None,
        None,
    )
    assert deal.close_reason == ""
    assert deal.stage_entered_at == OLD
    assert [e.to_status for e in history(workspace, deal_id)] == ["open"]


def test_revert_refuses_an_entry_that_is_not_the_latest(workspace: Workspace, w: World) -> None:
    deal_id = new_deal(workspace, w)
    with workspace.begin() as s:
        first = deals.move_deal(s, deal_id, "P3", force=True, reason="a").created_id("stage_change")
        deals.move_deal(s, deal_id, "P4", force=True, reason="b")
    with pytest.raises(InvalidValue, match="latest"), workspace.begin() as s:
        deals.revert_stage_change(s, first)
    assert deal_row(workspace, deal_id).stage == "P4"
    assert len(history(workspace, deal_id)) == 3
    creation = history(workspace, deal_id)[0].id
    with pytest.raises(InvalidValue), workspace.begin() as s:
        deals.revert_stage_change(s, creation)


# --- protection period (P3.PROTECT.2) -----------------------------------------


def test_entering_p3_starts_protection_for_the_workspace_setting(
    workspace: Workspace, w: World
) -> None:
    with workspace.begin() as s:
        set_setting(s, "protection_months", 3)
    deal_id = new_deal(workspace, w)
    assert deal_row(workspace, deal_id).protection_expires is None
    with workspace.begin() as s:
        deals.move_deal(s, deal_id, "P3", force=True, reason="pilot")
    expected = add_months(date.today(), 3)
    assert deal_row(workspace, deal_id).protection_expires == expected
    with workspace.begin() as s:  # moving on does not extend it
        set_setting(s, "protection_months", 5)
        deals.move_deal(s, deal_id, "P4", force=True, reason="pilot")
    assert deal_row(workspace, deal_id).protection_expires == expected
    created_in_p3 = new_deal(workspace, w, "P3")
    assert deal_row(workspace, created_in_p3).protection_expires == add_months(date.today(), 5)


def test_protection_default_is_six_months(workspace: Workspace, w: World) -> None:
    deal_id = new_deal(workspace, w)
    with workspace.begin() as s:
        deals.move_deal(s, deal_id, "P3", force=True, reason="pilot")
    assert deal_row(workspace, deal_id).protection_expires == add_months(date.today(), 6)


# --- evidence -----------------------------------------------------------------


def test_verify_element_needs_who_and_how(workspace: Workspace, w: World) -> None:
    deal_id = new_deal(workspace, w)
    with pytest.raises(InvalidValue, match="who verified it and how"), workspace.begin() as s:
        deals.verify_element(s, deal_id, "P3.FIVE.1", method="visit")
    with pytest.raises(InvalidValue, match="who verified it and how"), workspace.begin() as s:
        deals.verify_element(s, deal_id, "P3.FIVE.1", by=w.manager)
    with pytest.raises(InvalidValue, match=r"P3\.FIVE\.9"), workspace.begin() as s:
        deals.verify_element(s, deal_id, "P3.FIVE.9", by=w.manager, method="visit")
    with pytest.raises(InvalidValue, match="Method"), workspace.begin() as s:
        deals.verify_element(s, deal_id, "P3.FIVE.1", by=w.manager, method="telepathy")
    with pytest.raises(NotFound), workspace.begin() as s:
        deals.verify_element(s, deal_id, "P3.FIVE.1", by=999, method="visit")
    with workspace.begin() as s:
        deals.verify_element(s, deal_id, "P3.FIVE.2", status="claimed")
        deals.verify_element(
            s,
            deal_id,
            "P3.FIVE.1",
            by=w.manager,
            method="wechat",
            evidence="budget mail",
        )
        row = s.execute(
            select(FiveElementCheck).where(
                FiveElementCheck.deal_id == deal_id, FiveElementCheck.element == "P3.FIVE.1"
            )
        ).scalar_one()
        assert (row.status, row.verified_by_id, row.method, row.level) == (
            "verified",
            w.manager,
            "wechat",
            "manager",
        )
        assert row.verified_on == date.today()


def test_set_deal_role_refuses_a_person_of_another_account(workspace: Workspace, w: World) -> None:
    deal_id = new_deal(workspace, w)
    with pytest.raises(InvalidValue, match="Zhou Elsewhere"), workspace.begin() as s:
        deals.set_deal_role(s, deal_id, w.stranger, "KI")
    with workspace.begin() as s:
        deals.set_deal_role(s, deal_id, w.ki, "KI", support=2, coach=True)
        assert s.execute(select(func.count()).select_from(DealRole)).scalar() == 1
    with pytest.raises(InvalidValue, match="Support"), workspace.begin() as s:
        deals.set_deal_role(s, deal_id, w.ku, "KU", support=3)


@pytest.mark.parametrize("values", [{"stage": "P5"}, {"status": "won"}])
def test_update_deal_refuses_stage_and_status(
    workspace: Workspace, w: World, values: dict[str, str]
) -> None:
    deal_id = new_deal(workspace, w)
    with pytest.raises(InvalidValue, match="move or a close"), workspace.begin() as s:
        deals.update_deal(s, deal_id, {"name": "renamed", **values})
    deal = deal_row(workspace, deal_id)
    assert (deal.name, deal.stage, deal.status) == ("Deal in P2", "P2", "open")


def test_update_deal_returns_old_values_that_undo_it(workspace: Workspace, w: World) -> None:
    deal_id = new_deal(workspace, w)
    with workspace.begin() as s:
        changes = deals.update_deal(s, deal_id, {"name": "Bigger", "amount": 250_000})
    assert changes.undo["old"] == {"name": "Deal in P2", "amount": 100_000}
    with workspace.begin() as s:
        deals.update_deal(s, deal_id, changes.undo["old"])
    deal = deal_row(workspace, deal_id)
    assert (deal.name, deal.amount) == ("Deal in P2", 100_000)


def test_negative_amounts_are_refused_naming_the_field(workspace: Workspace, w: World) -> None:
    with pytest.raises(InvalidValue, match="Amount must be at least 0"), workspace.begin() as s:
        deals.create_deal(s, {"name": "Neg", "account_id": w.account, "amount": -1})
    deal_id = new_deal(workspace, w)
    with pytest.raises(InvalidValue, match="Contract value"), workspace.begin() as s:
        deals.update_deal(s, deal_id, {"contract_value": -5})
    with pytest.raises(InvalidValue, match="Amount"), workspace.begin() as s:
        deals.update_deal(s, deal_id, {"amount": "lots"})
    with pytest.raises(InvalidValue, match="Instalment amount"), workspace.begin() as s:
        deals.add_instalment(s, deal_id, amount=-100)
    with workspace.begin() as s:
        inst = deals.add_instalment(s, deal_id, amount=100).created_id("instalment")
    with pytest.raises(InvalidValue, match="Received amount"), workspace.begin() as s:
        deals.record_payment(s, inst, amount=-1)
    assert deal_row(workspace, deal_id).amount == 100_000


def test_creating_a_deal_past_p2_is_recorded_as_a_forced_entry(
    workspace: Workspace, w: World
) -> None:
    deal_id = new_deal(workspace, w, "P4", reason="imported mid-funnel")
    [entry] = history(workspace, deal_id)
    assert (entry.from_stage, entry.to_stage, entry.reason) == (None, "P4", "imported mid-funnel")
    assert entry.forced is True
    assert entry.unmet == EXITS["P2"] + EXITS["P3"] + FIVE
    values = {"name": "Bare", "account_id": w.account, "stage": "P3"}
    with pytest.raises(GateBlocked) as blocked, workspace.begin() as s:
        deals.create_deal(s, values)
    assert blocked.value.gate.unmet_ids == EXITS["P2"] + FIVE
    with pytest.raises(ReasonRequired), workspace.begin() as s:
        deals.create_deal(s, {**values, "force": True, "reason": "  "})
    [plain] = history(workspace, new_deal(workspace, w, "P2"))
    assert plain.forced is False and plain.unmet == []


def test_a_deal_needs_an_account(workspace: Workspace) -> None:
    with pytest.raises(InvalidValue, match="account"), workspace.begin() as s:
        deals.create_deal(s, {"name": "Orphan"})


# --- pure gate rules, no database ---------------------------------------------


def test_gate_for_p2_to_p4_without_facts() -> None:
    gate = gate_for(DealFacts(stage="P2"), "P4")
    assert not gate.met and not gate.backward
    assert gate.unmet_criteria == tuple(
        [("P2", c) for c in EXITS["P2"]] + [("P3", c) for c in EXITS["P3"]]
    )
    assert gate.unverified_elements == tuple(FIVE)
    assert gate.unmet_ids == EXITS["P2"] + EXITS["P3"] + FIVE


# The deal's people: the data that answers P3.EXIT.1, P4.EXIT.2/3 and P5.EXIT.3/4/5/7/8.
CHAIN = ChainFacts(
    people=(
        ChainPerson(1, "Zhao CEO", role="KDM", support=2),
        ChainPerson(
            2, "Qian CTO", role="KI", support=1, insider=True, insider_sources=2, coach=True,
            seniority="senior",
        ),
        ChainPerson(3, "Sun Ops", role="KU", support=1, insider=True, insider_sources=2),
        ChainPerson(4, "Zhou Expert", role="EVAL", support=1),
    ),
    scoring_shaped=True,
)  # fmt: skip


def test_gate_for_p2_to_p4_with_all_facts_is_met() -> None:
    facts = DealFacts(
        stage="P2",
        done_criteria=frozenset(EXITS["P2"] + EXITS["P3"]),
        verified_elements=frozenset(FIVE),
        chain=CHAIN,
    )
    gate = gate_for(facts, "P4")
    assert gate.met and gate.unmet_ids == []


def test_gate_for_p1_to_p2_has_nothing_to_check() -> None:
    assert gate_for(DealFacts(stage="P1"), "P2").met


def test_gate_backward_is_never_blocked() -> None:
    gate = gate_for(DealFacts(stage="P6"), "P2")
    assert gate.met and gate.backward


def test_gate_p5_to_p6_names_the_roles_without_senior_visits() -> None:
    facts = DealFacts(
        stage="P5",
        done_criteria=frozenset(EXITS["P5"]),
        verified_elements=frozenset(FIVE),
        senior_visited_roles=frozenset({"KU"}),
        chain=CHAIN,
    )
    gate = gate_for(facts, "P6")
    assert gate.rules == ("P5.RULE.1",)
    assert gate.missing_senior_visits == ("KI", "KDM")
    full = replace(facts, senior_visited_roles=frozenset({"KI", "KU", "KDM"}))
    assert gate_for(full, "P6").met


def test_gate_p6_to_p7_does_not_ask_for_senior_visits_again() -> None:
    facts = DealFacts(
        stage="P6", done_criteria=frozenset(EXITS["P6"]), verified_elements=frozenset(FIVE)
    )
    assert gate_for(facts, "P7").met


@pytest.mark.parametrize(("paid", "ok"), [(29_000, False), (30_000, True), (100_000, True)])
def test_won_gate_first_payment_threshold(paid: float, ok: bool) -> None:
    facts = DealFacts(stage="P7", contract_signed=True, contract_value=100_000, first_payment=paid)
    gate = won_gate(facts)
    assert gate.met is ok
    assert ("P7.RULE.FIRST_PAYMENT_MIN" in gate.rules) is not ok


def test_won_gate_outside_p7_or_unsigned_is_refused() -> None:
    in_p6 = DealFacts(
        stage="P6", contract_signed=True, contract_value=100_000, first_payment=50_000
    )
    assert not won_gate(in_p6).met
    unsigned = won_gate(replace(in_p6, stage="P7", contract_signed=False))
    assert not unsigned.met and "P7.EXIT.1" in unsigned.unmet_ids
