"""graph.coverage: decision-chain coverage per role."""

from graph import (
    ROLES,
    MemberNode,
    OrgData,
    PersonNode,
    RelationshipEdge,
    RoleCoverage,
    build_org_graph,
    coverage,
)


def test_coverage_values() -> None:
    G = build_org_graph(
        OrgData(
            people=[
                PersonNode(1, "KDM", role="KDM", support=-1, seniority=3),
                PersonNode(2, "KI a", role="KI", support=2, coach=True, competitor="Acme"),
                PersonNode(3, "KI b", role="KI", support=-2),
                PersonNode(4, "KU", role="KU", support=0, insider=True),
                PersonNode(5, "Nobody"),
            ],
            members=[MemberNode(1, "Rep"), MemberNode(2, "Boss", "executive")],
            relationships=[
                RelationshipEdge(1, 2, 0.5, visit_level="rep"),
                RelationshipEdge(2, 3, 0.3, visit_level="executive"),
                RelationshipEdge(1, 4, 0.6, visit_level="manager"),
                RelationshipEdge(1, 5, 0.6, visit_level="executive"),
            ],
        )
    )
    cov = coverage(G)
    assert list(cov) == list(ROLES)
    assert cov["KDM"] == RoleCoverage(
        "KDM", known=True, people=("p:1",), best_support=-1, worst_support=-1
    )
    ki = cov["KI"]
    assert ki.known and ki.people == ("p:2", "p:3")
    assert (ki.best_support, ki.worst_support) == (2, -2)
    assert ki.visit_level == "executive"
    assert ki.contacted == ("p:2", "p:3")
    assert ki.coach and not ki.insider
    assert ki.competitor_backers == ("p:2",)
    ku = cov["KU"]
    assert (ku.visit_level, ku.insider, ku.coach, ku.best_support) == ("manager", True, False, 0)
    for role in ("LEAD", "EVAL"):
        assert cov[role] == RoleCoverage(role)
        assert not cov[role].known and cov[role].best_support is None


def test_coverage_of_an_empty_graph() -> None:
    cov = coverage(build_org_graph(OrgData()))
    assert all(not c.known and c.people == () for c in cov.values())
