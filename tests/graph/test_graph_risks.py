"""graph.risks: each risk code raised and not raised."""

from dataclasses import replace
from datetime import date, timedelta

import pytest

from graph import (
    RISK_CODES,
    InfluenceEdge,
    MemberNode,
    OrgData,
    PersonNode,
    RelationshipEdge,
    Risk,
    build_org_graph,
    risks,
)
from model.rules.visits import Visit, VisitFacts

TODAY = date(2024, 6, 30)
RECENT = TODAY - timedelta(days=10)
DEAL = 7
SENIOR = frozenset({"rep", "manager"})


def visits(*seen: Visit) -> VisitFacts:
    return VisitFacts(DEAL, seen)


# Our manager met the KDM, KI and KU of the deal face to face.
MET_ALL = visits(Visit(DEAL, "hq_visit", RECENT, SENIOR, frozenset({1, 2, 3})))


def healthy(
    people: dict[int, PersonNode] | None = None,
    relationships: list[RelationshipEdge] | None = None,
    influences: list[InfluenceEdge] | None = None,
    insider_sources: dict[int, int] | None = None,
    seen: VisitFacts | None = MET_ALL,
) -> OrgData:
    """A deal's chain with no risk at all, even at P6."""
    base = {
        1: PersonNode(1, "KDM", role="KDM", support=2, seniority=3),
        2: PersonNode(2, "KI", role="KI", support=1, seniority=2, manager_id=1, coach=True),
        3: PersonNode(3, "KU", role="KU", support=1, seniority=1, manager_id=1),
        4: PersonNode(4, "Clerk", insider=True, manager_id=3),
        5: PersonNode(5, "Far away", competitor="Acme"),  # no reach on the KDM
    }
    base.update(people or {})
    rels = [
        RelationshipEdge(1, 4, 0.6, RECENT, "rep"),
        RelationshipEdge(2, 1, 0.7, RECENT, "executive"),
        RelationshipEdge(3, 2, 0.7, RECENT, "manager"),
        RelationshipEdge(3, 3, 0.7, RECENT, "manager"),
    ]
    return OrgData(
        people=base.values(),
        members=[
            MemberNode(1, "Rep"),
            MemberNode(2, "CEO", "executive"),
            MemberNode(3, "Mgr", "manager"),
        ],
        influences=influences if influences is not None else [InfluenceEdge(2, 1, 0.7)],
        relationships=relationships if relationships is not None else rels,
        insider_sources=insider_sources if insider_sources is not None else {4: 2},
        visits=seen,
    )


def codes(data: OrgData, stage: str | None = "P6", **kw: object) -> list[str]:
    return [r.code for r in risks(build_org_graph(data), stage=stage, today=TODAY, **kw)]  # type: ignore[arg-type]


def found(data: OrgData, code: str, stage: str | None = "P6") -> list[Risk]:
    out = risks(build_org_graph(data), stage=stage, today=TODAY)
    return [r for r in out if r.code == code]


def test_healthy_account_has_no_risk() -> None:
    for stage in (None, "P1", "P3", "P5", "P7"):
        assert codes(healthy(), stage) == []


def test_rule_ids() -> None:
    assert RISK_CODES["no_coach"][0] == "P4.EXIT.3"
    assert RISK_CODES["single_threaded"][0] == "P3.EXIT.1"
    assert {RISK_CODES[c][0] for c in ("kdm_unknown", "kdm_neutral", "kdm_opposed")} == {
        "P5.EXIT.5"
    }
    assert RISK_CODES["influential_backs_competitor"][0] == "P6.RULE.1"
    assert RISK_CODES["no_senior_visit"][0] == "P5.RULE.1"
    assert RISK_CODES["insider_single_source"][0] == "P4.EXIT.2"


def test_no_coach() -> None:
    data = healthy({2: PersonNode(2, "KI", role="KI", support=1, seniority=2, manager_id=1)})
    (risk,) = found(data, "no_coach")
    assert (risk.rule_id, risk.people, risk.severity) == ("P4.EXIT.3", (), 3)
    assert "REL.COACH" in risk.refs
    assert found(data, "no_coach", stage="P2")[0].severity == 1
    assert found(data, "no_coach", stage=None)[0].severity == 2


def test_single_threaded() -> None:
    one = healthy(
        relationships=[
            RelationshipEdge(1, 2, 0.9, RECENT),
            RelationshipEdge(2, 2, 0.5, RECENT, "executive"),
        ]
    )
    (risk,) = found(one, "single_threaded")
    assert risk.people == ("p:2",) and risk.detail["contacts"] == 1 and risk.severity == 3
    assert found(one, "single_threaded", stage="P1")[0].severity == 1
    (none,) = found(healthy(relationships=[]), "single_threaded")
    assert none.people == () and none.detail["contacts"] == 0
    two = healthy(
        relationships=[RelationshipEdge(1, 2, 0.9, RECENT), RelationshipEdge(1, 3, 0.5, RECENT)]
    )
    assert found(two, "single_threaded") == []


def test_kdm_unknown_neutral_opposed() -> None:
    unknown = healthy({1: PersonNode(1, "Boss", support=2, seniority=3)})
    (risk,) = found(unknown, "kdm_unknown")
    assert risk.rule_id == "P5.EXIT.5" and risk.severity == 3

    neutral = healthy({1: PersonNode(1, "KDM", role="KDM", support=0, seniority=3)})
    (risk,) = found(neutral, "kdm_neutral")
    assert risk.people == ("p:1",) and risk.detail["support"] == 0 and risk.severity == 2
    assert found(neutral, "kdm_opposed") == [] and found(neutral, "kdm_unknown") == []

    opposed = healthy({1: PersonNode(1, "KDM", role="KDM", support=-1, seniority=3)})
    (risk,) = found(opposed, "kdm_opposed")
    assert risk.people == ("p:1",) and risk.detail["support"] == -1 and risk.severity == 3
    assert found(opposed, "kdm_neutral") == []

    supportive = healthy({1: PersonNode(1, "KDM", role="KDM", support=1, seniority=3)})
    assert {"kdm_unknown", "kdm_neutral", "kdm_opposed"}.isdisjoint(codes(supportive))


def test_influential_backs_competitor() -> None:
    # a chain role backing a competitor
    ku = healthy({3: PersonNode(3, "KU", role="KU", support=1, manager_id=1, competitor="Acme")})
    (risk,) = found(ku, "influential_backs_competitor")
    assert risk.people == ("p:3",) and risk.detail["competitor"] == "Acme"
    assert risk.detail["role"] == "KU" and risk.rule_id == "P6.RULE.1"
    assert risk.severity == 3  # from P5 on
    assert found(ku, "influential_backs_competitor", stage="P3")[0].severity == 2

    # someone without a role but with a strong hold on the KDM
    strong = healthy(influences=[InfluenceEdge(2, 1, 0.7), InfluenceEdge(5, 1, 0.8)])
    (risk,) = found(strong, "influential_backs_competitor")
    assert risk.people == ("p:5",) and risk.detail["reach"] == pytest.approx(0.8)

    # weak reach, no chain role: not raised
    weak = healthy(influences=[InfluenceEdge(2, 1, 0.7), InfluenceEdge(5, 1, 0.3)])
    assert found(weak, "influential_backs_competitor") == []
    assert found(healthy(), "influential_backs_competitor") == []


def test_no_senior_visit_from_p5() -> None:
    rels = [RelationshipEdge(3, p, 0.7, RECENT, "executive") for p in (1, 2, 3, 4)]
    seen = visits(
        Visit(DEAL, "visit", RECENT, frozenset({"rep"}), frozenset({1})),  # KDM: the rep only
        Visit(DEAL, "presentation", RECENT, SENIOR, frozenset({2})),  # KI: met
        Visit(DEAL, "call", RECENT, SENIOR, frozenset({3})),  # KU: a phone call
    )
    # an executive relationship with everyone is no visit
    data = healthy(relationships=rels, seen=seen)
    got = found(data, "no_senior_visit", stage="P5")
    assert [(r.people, r.severity, r.detail["role"], r.detail["held"]) for r in got] == [
        (("p:1",), 3, "KDM", True),
        (("p:3",), 2, "KU", True),
    ]
    assert all(r.rule_id == "P5.RULE.1" for r in got)
    assert found(data, "no_senior_visit", stage="P4") == []
    assert found(data, "no_senior_visit", stage=None) == []
    # the account's chain (no deal chosen) has no visits to judge
    assert found(healthy(relationships=rels, seen=None), "no_senior_visit", stage="P6") == []


def test_no_senior_visit_for_a_role_nobody_holds() -> None:
    nobody_ku = healthy({3: PersonNode(3, "Ops", support=1, seniority=1, manager_id=1)})
    (risk,) = found(nobody_ku, "no_senior_visit", stage="P6")
    assert (risk.people, risk.detail["role"], risk.detail["held"]) == ((), "KU", False)


def test_no_senior_visit_counts_only_this_deals_visits_in_the_past() -> None:
    later = RECENT + timedelta(days=30)
    elsewhere = visits(Visit(DEAL + 1, "hq_visit", RECENT, SENIOR, frozenset({1, 2, 3})))
    planned = visits(Visit(DEAL, "hq_visit", later, SENIOR, frozenset({1, 2, 3})))
    for seen in (elsewhere, planned):
        got = found(healthy(seen=seen), "no_senior_visit")
        assert [r.detail["role"] for r in got] == ["KDM", "KI", "KU"]


def test_insider_single_source() -> None:
    data = healthy(insider_sources={4: 1})
    (risk,) = found(data, "insider_single_source")
    assert risk.people == ("p:4",) and risk.detail["sources"] == 1
    assert risk.rule_id == "P4.EXIT.2" and "REL.INSIDER" in risk.refs
    assert found(healthy(insider_sources={}), "insider_single_source")[0].detail["sources"] == 0
    assert found(healthy(insider_sources={4: 3}), "insider_single_source") == []


def test_stale_relationship() -> None:
    old = TODAY - timedelta(days=91)
    rels = [
        RelationshipEdge(1, 4, 0.6, old, "rep"),
        RelationshipEdge(1, 4, 0.6, TODAY - timedelta(days=200), "rep"),
        RelationshipEdge(2, 1, 0.7, None, "executive"),
        RelationshipEdge(3, 2, 0.7, TODAY - timedelta(days=90), "manager"),  # just fresh
        RelationshipEdge(3, 3, 0.7, RECENT, "manager"),
    ]
    got = found(healthy(relationships=rels), "stale_relationship")
    assert [(r.people, r.severity, r.detail["days"], r.detail["last_contact"]) for r in got] == [
        (("p:1", "m:2"), 2, None, None),
        (("p:4", "m:1"), 1, 91, old),
    ]
    got = risks(build_org_graph(healthy(relationships=rels)), today=TODAY, stale_days=365)
    assert [r.detail["member"] for r in got if r.code == "stale_relationship"] == ["m:2"]


def test_order_and_bad_stage() -> None:
    data = healthy(
        {1: PersonNode(1, "KDM", role="KDM", support=-2, seniority=3)}, insider_sources={}
    )
    severities = [r.severity for r in risks(build_org_graph(data), today=TODAY, stage="P6")]
    assert severities == sorted(severities, reverse=True)
    with pytest.raises(ValueError, match="unknown stage"):
        risks(build_org_graph(data), stage="P9", today=TODAY)


def test_replace_keeps_validation() -> None:
    with pytest.raises(ValueError):
        replace(PersonNode(1, "A"), support=9)
