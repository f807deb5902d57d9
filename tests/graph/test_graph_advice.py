"""graph.advice.next_visits."""

import pytest

from graph import (
    REASONS,
    InfluenceEdge,
    MemberNode,
    OrgData,
    PersonNode,
    RelationshipEdge,
    build_org_graph,
    next_visits,
)


def account() -> OrgData:
    return OrgData(
        people=[
            PersonNode(1, "KDM", role="KDM", support=0, seniority=3),  # 1.0 * 0.5
            PersonNode(2, "Rival fan", role="KI", support=1, seniority=2, competitor="Acme"),
            PersonNode(3, "Opponent", support=-2, seniority=1),
            PersonNode(4, "Friend", support=2),  # no room left
            PersonNode(5, "Quiet", support=0),
            PersonNode(6, "Island", support=-2),  # no route to the KDM
            PersonNode(7, "Known", support=1, seniority=2),
        ],
        members=[MemberNode(1, "Rep"), MemberNode(2, "VP", "executive")],
        influences=[
            InfluenceEdge(2, 1, 0.9),  # 0.9 * 0.25 = 0.225
            InfluenceEdge(3, 1, 0.6),  # 0.6 * 1.0  = 0.6
            InfluenceEdge(4, 1, 0.9),  # room 0
            InfluenceEdge(5, 2, 0.5),  # 0.45 * 0.5 = 0.225, less influence than p:2
            InfluenceEdge(7, 1, 0.8),  # 0.8 * 0.25 = 0.2
        ],
        relationships=[
            RelationshipEdge(1, 7, 0.4),
            RelationshipEdge(2, 7, 0.7),
            RelationshipEdge(1, 2, 0.5),
        ],
    )


def test_ranking_and_reasons() -> None:
    got = next_visits(build_org_graph(account()))
    assert [(s.person, round(s.score, 4), s.reason) for s in got] == [
        ("p:3", 0.6, "opponent"),
        ("p:1", 0.5, "kdm"),
        ("p:2", 0.225, "backs_competitor"),  # ties with p:5, more influence
        ("p:5", 0.225, "not_contacted"),
        ("p:7", 0.2, "raise_support"),
    ]
    assert {s.reason for s in got} <= set(REASONS)
    kdm = got[1]
    assert (kdm.influence, kdm.room) == (1.0, 0.5)
    assert kdm.detail["visit_level"] == "executive" and kdm.detail["kdm"] == "p:1"
    known = got[4]
    assert known.detail["via"] == "m:2"  # the strongest relationship
    assert known.detail["visit_level"] == "manager"
    assert known.score == pytest.approx(known.influence * known.room)


def test_limit() -> None:
    G = build_org_graph(account())
    assert [s.person for s in next_visits(G, limit=2)] == ["p:3", "p:1"]
    assert next_visits(G, limit=0) == []


def test_without_kdm_seniority_stands_in() -> None:
    data = OrgData(
        people=[
            PersonNode(1, "Top", support=1, seniority=3),
            PersonNode(2, "Mid", support=-1, seniority=1),
            PersonNode(3, "Fan", support=2, seniority=3),
        ]
    )
    got = next_visits(build_org_graph(data))
    # Top: 1.0 * 0.25; Mid: 0.5 * 0.75
    assert [(s.person, s.score, s.reason) for s in got] == [
        ("p:2", 0.375, "find_kdm"),
        ("p:1", 0.25, "find_kdm"),
    ]


def test_empty() -> None:
    assert next_visits(build_org_graph(OrgData())) == []
