"""Exit criteria the decision chain answers (model/rules/chain.py): computed, not ticked.

Pure tests name each criterion both ways; workspace tests check the batch
reader (the map's reading of who is on a deal), the gate, the refusal of a
tick the data contradicts, and the board's n/m badge.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from graph.from_model import org_data
from model.board import deal_detail, exit_progress
from model.entities import ExitCheck
from model.gates import DealFacts, criteria_progress, deal_facts, gate_for
from model.rules.chain import (
    COMPUTED_CRITERIA,
    ChainFacts,
    ChainPerson,
    backs_us,
    chain_facts,
    computed_criteria,
    effective_done,
    met_criteria,
)
from model.services import accounts, deals, people, team
from model.services.deals import TickContradicted
from model.workspace import Workspace

FIVE = frozenset(f"P3.FIVE.{n}" for n in range(1, 6))
DAY = date(2026, 3, 1)


def person(pid: int, name: str, **values: object) -> ChainPerson:
    return ChainPerson(pid, name, **values)  # type: ignore[arg-type]


def answer(criterion: str, *people: ChainPerson, **values: object) -> tuple[bool, str, str]:
    """(met, what the data shows, what to do) in English, for people judged on DAY."""
    chain = ChainFacts(people=people, on=DAY, **values)  # type: ignore[arg-type]
    finding = computed_criteria(chain)[criterion]
    return finding.met, finding.message, " ".join(n.text for n in finding.todo)


# -- "backing us", defined once ------------------------------------------------------------


@pytest.mark.parametrize(
    ("supports", "backs"),
    [
        ([], False),  # nobody holds the role
        ([1], True),
        ([0], False),
        ([-1], False),
        ([2, 0], False),  # one of two is not a majority
        ([2, 1, 0], True),
        ([1, 1, -1], True),
        ([2, 2, -2], False),  # a strong opponent can sink it alone
    ],
)
def test_backing_is_a_strict_majority_of_supporters_without_a_strong_opponent(
    supports: list[int], backs: bool
) -> None:
    assert backs_us(supports) is backs


# -- P5.EXIT.3/4/5/8: roles back us ------------------------------------------------------


def test_p5_exit_5_kdm_at_minus_one_is_unmet_and_says_so() -> None:
    met, says, todo = answer("P5.EXIT.5", person(1, "Wang Wei", role="KDM", support=-1))
    assert not met
    assert says == "Wang Wei (KDM) is at −1; backing us means +1 or more."
    assert "Wang Wei" in todo


def test_p5_exit_5_kdm_supporting_is_met() -> None:
    met, says, todo = answer("P5.EXIT.5", person(1, "Wang Wei", role="KDM", support=1))
    assert met and says == "Wang Wei (KDM) supports us at +1." and todo == ""


def test_p5_exit_5_without_a_kdm_asks_to_name_one() -> None:
    met, says, todo = answer("P5.EXIT.5", person(1, "Li Na", role="KI", support=2))
    assert not met and says == "Nobody on the deal is KDM."
    assert "Put the KDM on the deal's decision chain" in todo


@pytest.mark.parametrize(("criterion", "role"), [("P5.EXIT.3", "KU"), ("P5.EXIT.4", "KI")])
def test_ku_and_ki_support_count_every_holder(criterion: str, role: str) -> None:
    a = person(1, "A", role=role, support=2)
    b = person(2, "B", role=role, support=0)
    c = person(3, "C", role=role, support=1)
    met, says, _ = answer(criterion, a, b)
    assert not met and "Of 2 people as" in says and "Not backing us yet: B." in says
    assert answer(criterion, a, b, c)[0]
    opponent = replace(b, support=-2)
    met, says, todo = answer(criterion, a, c, opponent)
    assert not met and "Strongly opposed to us: B." in says and "Win over B" in todo
    # Someone of another role does not count for this one.
    assert not answer(criterion, person(4, "D", role="KDM", support=2))[0]


def test_p5_exit_8_evaluators_known_and_most_back_us() -> None:
    met, says, todo = answer("P5.EXIT.8")
    assert not met and says == "Nobody on the deal is evaluator."
    assert "Name the evaluators" in todo
    judges = [person(i, f"J{i}", role="EVAL", support=s) for i, s in enumerate((1, 2, 0), 1)]
    assert answer("P5.EXIT.8", *judges)[0]
    assert not answer("P5.EXIT.8", *judges[1:])[0]  # one of two


def test_people_who_left_do_not_count() -> None:
    kdm = person(1, "Wang Wei", role="KDM", support=2, left_on=DAY)
    assert not answer("P5.EXIT.5", kdm)[0]  # left on the day judged
    assert answer("P5.EXIT.5", replace(kdm, left_on=DAY + timedelta(days=1)))[0]


# -- P3.EXIT.1, P4.EXIT.2, P4.EXIT.3: insiders and coaches --------------------------------


def test_p3_exit_1_insiders_on_both_sides_and_the_five_elements() -> None:
    by_department = person(1, "Engineer Zhou", insider=True, department_kind="technical")
    by_role = person(2, "Ops Sun", role="KU", insider=True)
    met, says, _ = answer("P3.EXIT.1", by_department, by_role, verified_elements=FIVE)
    assert met
    assert "Insiders on the KI side: Engineer Zhou." in says
    assert "Five elements verified: 5 of 5." in says
    met, says, todo = answer("P3.EXIT.1", by_department, verified_elements=FIVE)
    assert not met and "No insider on the KU side." in says and "key user's (KU)" in todo
    four = FIVE - {"P3.FIVE.5"}
    met, says, todo = answer("P3.EXIT.1", by_department, by_role, verified_elements=four)
    assert not met and "4 of 5" in says and "Verify the remaining" in todo
    not_insider = replace(by_role, insider=False)
    assert not answer("P3.EXIT.1", by_department, not_insider, verified_elements=FIVE)[0]
    # A procurement insider is on neither side.
    lead = person(3, "Buyer Qian", role="LEAD", insider=True, department_kind="lead")
    assert not answer("P3.EXIT.1", by_department, lead, verified_elements=FIVE)[0]


def test_p4_exit_2_several_insiders_cross_checked() -> None:
    one = person(1, "Zhou", role="KI", insider=True, insider_sources=2)
    two = person(2, "Sun", department_kind="user", insider=True, insider_sources=3)
    met, says, _ = answer("P4.EXIT.2", one, two)
    assert met and "Zhou, Sun" in says
    single = replace(two, insider_sources=1)
    met, says, todo = answer("P4.EXIT.2", one, single)
    assert not met
    assert "Confirmed through fewer channels: Sun." in says and "at least 2" in says
    assert "second channel" in todo
    met, says, _ = answer("P4.EXIT.2")
    assert not met and says.startswith("No insider in KI/KU")
    outsider = person(3, "Qian", department_kind="other", insider=True, insider_sources=4)
    assert not answer("P4.EXIT.2", one, outsider)[0]


def test_p4_exit_3_a_coach_at_middle_level_or_above_among_ki_ku() -> None:
    junior = person(1, "Zhou", role="KI", coach=True, seniority="staff")
    met, says, todo = answer("P4.EXIT.3", junior)
    assert not met and says == "Coaches among KI/KU are below middle level: Zhou."
    assert "direct manager" in todo
    assert answer("P4.EXIT.3", replace(junior, seniority="middle"))[0]
    assert answer(
        "P4.EXIT.3", person(2, "Head", department_kind="user", coach=True, seniority="top")
    )[0]
    lead = person(3, "Buyer", role="LEAD", coach=True, seniority="senior", department_kind="lead")
    met, says, _ = answer("P4.EXIT.3", lead)
    assert not met and says == "No coach among KI/KU people."


def test_p5_exit_7_is_the_scoring_flag() -> None:
    assert answer("P5.EXIT.7", scoring_shaped=True)[0]
    met, says, todo = answer("P5.EXIT.7")
    assert not met and "not marked" in says and "Tender section" in todo


def test_every_computed_criterion_is_answered() -> None:
    assert set(computed_criteria(ChainFacts())) == COMPUTED_CRITERIA


def test_the_board_s_quick_answer_is_the_findings_answer() -> None:
    """met_criteria (the board's n/m) and computed_criteria (gate, panel) never disagree."""
    rng = random.Random(8)
    roles = [None, "KDM", "KI", "KU", "LEAD", "EVAL"]
    kinds = ["", "technical", "influencer", "user", "lead", "other"]
    seen: set[str] = set()
    for n in range(400):
        people = tuple(
            person(
                i,
                f"P{i}",
                role=rng.choice(roles),
                support=rng.randint(-2, 2),
                insider=rng.random() < 0.4,
                insider_sources=rng.randint(0, 3),
                coach=rng.random() < 0.3,
                seniority=rng.choice(["staff", "middle", "senior", "top"]),
                department_kind=rng.choice(kinds),
                left_on=DAY if rng.random() < 0.1 else None,
            )
            for i in range(rng.randint(0, 7))
        )
        chain = ChainFacts(
            people=people,
            scoring_shaped=rng.random() < 0.5,
            verified_elements=FIVE if rng.random() < 0.7 else FIVE - {"P3.FIVE.2"},
            on=DAY,
        )
        expected = {c for c, f in computed_criteria(chain).items() if f.met}
        assert met_criteria(chain) == expected, n
        seen |= expected
    assert seen == COMPUTED_CRITERIA  # every criterion was met at least once


# -- the gate -------------------------------------------------------------------------------

BACKING = ChainFacts(
    people=(
        person(1, "Zhao", role="KDM", support=2),
        person(2, "Qian", role="KI", support=1),
        person(3, "Sun", role="KU", support=1),
    )
)
P5_TICKS = frozenset({"P5.EXIT.1", "P5.EXIT.2", "P5.EXIT.6"})
VISITED = frozenset({"KI", "KU", "KDM"})


def test_a_tick_of_a_computed_criterion_does_not_count() -> None:
    ticked_all = DealFacts(
        stage="P5",
        done_criteria=frozenset(f"P5.EXIT.{n}" for n in range(1, 10)),
        verified_elements=FIVE,
        senior_visited_roles=VISITED,
        chain=replace(BACKING, people=(replace(BACKING.people[0], support=-1),)),
    )
    gate = gate_for(ticked_all, "P6")
    assert not gate.met
    assert [c for _, c in gate.unmet_criteria] == ["P5.EXIT.3", "P5.EXIT.4", "P5.EXIT.5"]
    assert gate.findings["P5.EXIT.5"].message == "Zhao (KDM) is at −1; backing us means +1 or more."
    assert set(gate.findings) == {"P5.EXIT.3", "P5.EXIT.4", "P5.EXIT.5"}


def test_with_the_data_there_the_gate_passes_without_ticks_of_computed_criteria() -> None:
    facts = DealFacts(
        stage="P5",
        done_criteria=P5_TICKS,
        verified_elements=FIVE,
        senior_visited_roles=VISITED,
        chain=BACKING,
    )
    gate = gate_for(facts, "P6")
    assert gate.met and gate.findings == {}
    # Tendered: scoring and evaluators come into play, answered by the data too.
    tendered = replace(facts, tendered=True, done_criteria=P5_TICKS | {"P5.EXIT.9"})
    assert [c for _, c in gate_for(tendered, "P6").unmet_criteria] == ["P5.EXIT.7", "P5.EXIT.8"]
    judge = person(4, "Judge", role="EVAL", support=1)
    shaped = replace(BACKING, people=(*BACKING.people, judge), scoring_shaped=True)
    assert gate_for(replace(tendered, chain=shaped), "P6").met


def test_criteria_the_data_cannot_answer_stay_tickable() -> None:
    facts = DealFacts(
        stage="P5", verified_elements=FIVE, senior_visited_roles=VISITED, chain=BACKING
    )
    unmet = [c for _, c in gate_for(facts, "P6").unmet_criteria]
    assert unmet == sorted(P5_TICKS)
    assert gate_for(replace(facts, done_criteria=P5_TICKS), "P6").met


def test_progress_counts_the_data_answers_not_the_ticks() -> None:
    ticks = {"P5.EXIT.1", "P5.EXIT.3", "P5.EXIT.4", "P5.EXIT.5"}
    assert criteria_progress("P5", ticks, tendered=False) == (1, 6)
    findings = computed_criteria(BACKING)
    assert criteria_progress("P5", {"P5.EXIT.1"}, tendered=False, findings=findings) == (4, 6)
    met = met_criteria(BACKING)
    assert met == {c for c, f in findings.items() if f.met}
    assert effective_done(ticks, met) == {"P5.EXIT.1", "P5.EXIT.3", "P5.EXIT.4", "P5.EXIT.5"}


# -- against a workspace ----------------------------------------------------------------------


@dataclass
class World:
    rep: int
    account: int
    kdm: int
    ki: int
    ku: int
    engineer: int  # in a technical department, no role
    deal: int


@pytest.fixture
def w(workspace: Workspace) -> World:
    with workspace.begin() as s:
        rep = team.create_member(s, {"name": "Li Rep", "role": "rep"}).created_id("member")
        acc = accounts.create_account(s, {"name": "Acme Steel"}).created_id("account")
        tech = people.create_department(s, acc, {"name": "IT", "kind": "technical"}).created_id(
            "department"
        )
        kdm = people.create_person(s, acc, {"name": "Wang Wei", "role": "KDM", "support": 1})
        ki = people.create_person(s, acc, {"name": "Qian CTO", "role": "KI", "support": 2})
        ku = people.create_person(s, acc, {"name": "Sun Ops", "role": "KU", "support": 1})
        engineer = people.create_person(
            s, acc, {"name": "Zhou Eng", "department_id": tech, "insider": True}
        )
        deal = deals.create_deal(
            s,
            {"name": "ERP", "account_id": acc, "stage": "P5", "force": True, "reason": "import"},
        ).created_id("deal")
        return World(
            rep,
            acc,
            kdm.created_id("person"),
            ki.created_id("person"),
            ku.created_id("person"),
            engineer.created_id("person"),
            deal,
        )


def _finding(workspace: Workspace, w: World, criterion: str) -> tuple[bool, str]:
    with workspace.sessions() as s:
        f = computed_criteria(chain_facts(s, [w.deal])[w.deal])[criterion]
    return f.met, f.message


def test_the_deal_s_roles_replace_the_standing_ones_person_by_person(
    workspace: Workspace, w: World
) -> None:
    assert _finding(workspace, w, "P5.EXIT.5") == (True, "Wang Wei (KDM) supports us at +1.")
    with workspace.begin() as s:  # on this deal the KDM opposes us
        deals.set_deal_role(s, w.deal, w.kdm, "KDM", support=-1)
    assert _finding(workspace, w, "P5.EXIT.5") == (
        False,
        "Wang Wei (KDM) is at −1; backing us means +1 or more.",
    )
    assert _finding(workspace, w, "P5.EXIT.4")[0]  # KI keeps the standing role and support
    with workspace.begin() as s:
        people.update_person(s, w.ki, {"left_on": date.today()})
    assert _finding(workspace, w, "P5.EXIT.4") == (False, "Nobody on the deal is KI.")


def test_one_batch_reads_many_deals_each_with_its_own_roles(workspace: Workspace, w: World) -> None:
    with workspace.begin() as s:
        other = deals.create_deal(s, {"name": "CRM", "account_id": w.account}).created_id("deal")
        deals.set_deal_role(s, other, w.ku, "KU", support=-2)
        chains = chain_facts(s, [w.deal, other, 999_999])
    assert set(chains) == {w.deal, other}
    assert computed_criteria(chains[w.deal])["P5.EXIT.3"].met
    assert not computed_criteria(chains[other])["P5.EXIT.3"].met
    engineer = next(p for p in chains[w.deal].people if p.id == w.engineer)
    assert engineer.department_kind == "technical" and engineer.insider


def test_chain_facts_and_the_map_s_deal_view_see_the_same_people(
    workspace: Workspace, w: World
) -> None:
    with workspace.begin() as s:
        deals.set_deal_role(s, w.deal, w.kdm, "KDM", support=-1, coach=True)
        deals.set_deal_role(s, w.deal, w.engineer, "EVAL", support=2, insider=True)
        people.update_person(s, w.ku, {"left_on": date.today() - timedelta(days=1)})
        chain = chain_facts(s, [w.deal])[w.deal]
        org = org_data(s, w.account, w.deal)
    on_map = {
        n.id: (n.role, n.support, n.insider, n.coach)
        for n in org.people
        if n.role or n.insider or n.coach
    }
    in_gate = {p.id: (p.role, p.support, p.insider, p.coach) for p in chain.present()}
    assert in_gate == on_map
    assert w.ku not in in_gate


def test_a_tick_the_data_contradicts_is_refused_naming_what_it_shows(
    workspace: Workspace, w: World
) -> None:
    with workspace.begin() as s:
        deals.set_deal_role(s, w.deal, w.kdm, "KDM", support=-1)
    with pytest.raises(TickContradicted) as info, workspace.begin() as s:
        deals.set_exit_check(s, w.deal, "P5.EXIT.5", True)
    assert "Wang Wei (KDM) is at −1" in info.value.message
    assert info.value.finding.criterion == "P5.EXIT.5"
    with workspace.sessions() as s:
        assert "P5.EXIT.5" not in deal_facts(s, w.deal).done_criteria


def test_a_tick_the_data_confirms_is_harmless_and_its_undo_exact(
    workspace: Workspace, w: World
) -> None:
    with workspace.begin() as s:
        s.info["member_id"] = w.rep
        changes = deals.set_exit_check(s, w.deal, "P5.EXIT.4", True)
    assert changes.undo["row"] is None
    with workspace.begin() as s:
        facts = deal_facts(s, w.deal)
        assert "P5.EXIT.4" in facts.done_criteria
        row = s.execute(select(ExitCheck)).scalar_one()
        assert row.by_id == w.rep  # by defaults to the acting member
        deals.restore_exit_check(s, w.deal, "P5.EXIT.4", changes.undo["row"])
    with workspace.sessions() as s:
        assert "P5.EXIT.4" not in deal_facts(s, w.deal).done_criteria
    with workspace.begin() as s:  # unticking is always allowed
        deals.set_deal_role(s, w.deal, w.ki, "KI", support=-2)
        deals.set_exit_check(s, w.deal, "P5.EXIT.4", False)


def test_a_tick_made_when_true_stops_counting_when_the_data_changes(
    workspace: Workspace, w: World
) -> None:
    with workspace.begin() as s:
        deals.set_exit_check(s, w.deal, "P5.EXIT.5", True)
        deals.set_deal_role(s, w.deal, w.kdm, "KDM", support=0)
        gate = deals.evaluate_move(s, w.deal, "P6")
    assert "P5.EXIT.5" in gate.unmet_ids
    assert gate.findings["P5.EXIT.5"].message.startswith("Wang Wei (KDM) is at 0")


def test_the_gate_passes_on_recorded_facts_without_ticks(workspace: Workspace, w: World) -> None:
    with workspace.begin() as s:
        gate = deals.evaluate_move(s, w.deal, "P6")
    assert {"P5.EXIT.3", "P5.EXIT.4", "P5.EXIT.5"}.isdisjoint(gate.unmet_ids)
    assert {"P5.EXIT.1", "P5.EXIT.2", "P5.EXIT.6"} <= set(gate.unmet_ids)
    with workspace.begin() as s:
        deals.set_deal_role(s, w.deal, w.ku, "KU", support=-1)
        gate = deals.evaluate_move(s, w.deal, "P6")
    assert "P5.EXIT.3" in gate.unmet_ids and "P5.EXIT.3" in gate.findings


def test_the_board_badge_and_the_panel_count_the_data_answers(
    workspace: Workspace, w: World
) -> None:
    with workspace.begin() as s:
        deals.set_exit_check(s, w.deal, "P5.EXIT.1", True)
        progress = exit_progress(s)
        detail = deal_detail(s, w.deal)
    assert progress[w.deal] == (4, 6)  # EXIT.1 ticked; KU, KI, KDM back us (data)
    assert detail is not None
    items = {e.id: e for e in detail.exits}
    assert items["P5.EXIT.5"].computed and items["P5.EXIT.5"].met
    assert not items["P5.EXIT.1"].computed and items["P5.EXIT.1"].met
    assert not items["P5.EXIT.6"].met
    with workspace.begin() as s:
        deals.set_deal_role(s, w.deal, w.kdm, "KDM", support=-1)
        assert exit_progress(s, [w.deal]) == {w.deal: (3, 6)}


# -- the local day decides who has left (users live at UTC+8) ---------------------------------


def test_someone_who_leaves_today_no_longer_counts(
    local_zone: str, workspace: Workspace, w: World
) -> None:
    today = date.today()
    with workspace.begin() as s:
        people.update_person(s, w.kdm, {"left_on": today + timedelta(days=1)})
    assert _finding(workspace, w, "P5.EXIT.5")[0], local_zone
    with workspace.begin() as s:
        people.update_person(s, w.kdm, {"left_on": today})
    assert _finding(workspace, w, "P5.EXIT.5") == (False, "Nobody on the deal is KDM.")
