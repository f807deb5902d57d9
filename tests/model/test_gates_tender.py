"""P5/P6 exit criteria depend on whether the deal goes through a tender."""

from __future__ import annotations

from model.gates import DealFacts, applicable_criteria, criteria_progress, gate_for
from model.rules.chain import ChainFacts, ChainPerson

# KDM, KI, KU and an evaluator on the deal, all backing us; the scoring criteria shaped.
BACKING = ChainFacts(
    people=(
        ChainPerson(1, "Zhao CEO", role="KDM", support=2),
        ChainPerson(2, "Qian CTO", role="KI", support=1),
        ChainPerson(3, "Sun Ops", role="KU", support=1),
        ChainPerson(4, "Zhou Expert", role="EVAL", support=1),
    ),
    scoring_shaped=True,
)


def _ids(groups: list[tuple[str, ...]]) -> set[str]:
    return {c for g in groups for c in g}


def test_without_a_tender_there_is_no_scoring_evaluators_or_award() -> None:
    p5 = _ids(applicable_criteria("P5", tendered=False))
    assert {"P5.EXIT.7", "P5.EXIT.8", "P5.EXIT.9"}.isdisjoint(p5)
    assert {"P5.EXIT.1", "P5.EXIT.6"} <= p5
    assert _ids(applicable_criteria("P6", tendered=False)) == {
        "P6.EXIT.1",
        "P6.EXIT.2",
        "P6.EXIT.6",
    }


def test_with_a_tender_sole_or_core_supplier_does_not_apply() -> None:
    assert _ids(applicable_criteria("P6", tendered=True)) == {
        "P6.EXIT.3",
        "P6.EXIT.4",
        "P6.EXIT.5",
        "P6.EXIT.6",
    }
    assert "P5.EXIT.9" in _ids(applicable_criteria("P5", tendered=True))


def test_sole_or_core_supplier_is_either_one() -> None:
    base = DealFacts(stage="P6", senior_visited_roles=frozenset({"KI", "KU", "KDM"}))
    verified = frozenset(f"P3.FIVE.{n}" for n in range(1, 6))
    core = DealFacts(
        stage="P6",
        done_criteria=frozenset({"P6.EXIT.2", "P6.EXIT.6"}),
        verified_elements=verified,
    )
    assert gate_for(core, "P7").met
    nothing = DealFacts(stage="P6", verified_elements=verified)
    gate = gate_for(nothing, "P7")
    assert [c for _, c in gate.unmet_criteria] == ["P6.EXIT.1", "P6.EXIT.6"]
    assert base.tendered is False


def test_progress_counts_groups() -> None:
    assert criteria_progress("P6", {"P6.EXIT.1"}, tendered=False) == (1, 2)
    assert criteria_progress("P6", {"P6.EXIT.1"}, tendered=True) == (0, 4)
    assert criteria_progress("P2", set(), tendered=False) == (0, 5)


def test_a_tendered_deal_leaving_p5_needs_the_award() -> None:
    facts = DealFacts(
        stage="P5",
        tendered=True,
        done_criteria=frozenset(f"P5.EXIT.{n}" for n in range(1, 9)),
        verified_elements=frozenset(f"P3.FIVE.{n}" for n in range(1, 6)),
        senior_visited_roles=frozenset({"KI", "KU", "KDM"}),
        chain=BACKING,
    )
    assert [c for _, c in gate_for(facts, "P6").unmet_criteria] == ["P5.EXIT.9"]
    untendered = DealFacts(
        stage="P5",
        done_criteria=frozenset(f"P5.EXIT.{n}" for n in range(1, 7)),
        verified_elements=facts.verified_elements,
        senior_visited_roles=facts.senior_visited_roles,
        chain=BACKING,
    )
    assert gate_for(untendered, "P6").met
