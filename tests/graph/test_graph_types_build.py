"""graph.types validation and graph.build.build_org_graph."""

from datetime import date

import pytest

from graph import (
    InfluenceEdge,
    MemberNode,
    OrgData,
    PersonNode,
    RelationshipEdge,
    build_org_graph,
    member_key,
    person_key,
    split_key,
)


def test_keys_round_trip() -> None:
    assert person_key(12) == "p:12"
    assert member_key(4) == "m:4"
    assert split_key("p:12") == ("person", 12)
    assert split_key("m:4") == ("member", 4)
    with pytest.raises(ValueError):
        split_key("x:1")


@pytest.mark.parametrize(
    "make",
    [
        lambda: PersonNode(1, "A", role="BOSS"),
        lambda: PersonNode(1, "A", support=3),
        lambda: PersonNode(1, "A", support=-3),
        lambda: PersonNode(1, "A", seniority=4),
        lambda: PersonNode(1, "A", x=1.0),
        lambda: MemberNode(1, "M", role="intern"),
        lambda: InfluenceEdge(1, 2, 1.5),
        lambda: InfluenceEdge(1, 2, -0.1),
        lambda: InfluenceEdge(1, 2, float("nan")),
        lambda: RelationshipEdge(1, 2, 0.5, visit_level="ceo"),
        lambda: OrgData(people=[PersonNode(1, "A"), PersonNode(1, "B")]),
        lambda: OrgData(members=[MemberNode(1, "A"), MemberNode(1, "B")]),
    ],
)
def test_bad_values_are_refused(make: object) -> None:
    with pytest.raises(ValueError):
        make()  # type: ignore[operator]


def test_orgdata_is_immutable() -> None:
    sources = {1: 2}
    data = OrgData(people=[PersonNode(1, "A", insider=True)], insider_sources=sources)
    sources[1] = 0
    assert data.people == (PersonNode(1, "A", insider=True),)
    assert data.insider_sources[1] == 2
    with pytest.raises(TypeError):
        data.insider_sources[1] = 5  # type: ignore[index]
    with pytest.raises(AttributeError):
        data.people = ()  # type: ignore[misc]
    assert PersonNode(1, "A", competitor="").competitor is None


def test_build_nodes_and_edges() -> None:
    data = OrgData(
        people=[
            PersonNode(1, "Wang", role="KDM", seniority=3),
            PersonNode(2, "Li", role="KI", manager_id=1, insider=True),
            PersonNode(3, "Chen", manager_id=99),  # manager outside the account
        ],
        members=[MemberNode(10, "Zhao", "manager")],
        influences=[InfluenceEdge(2, 1, 0.8), InfluenceEdge(2, 1, 0.3)],
        relationships=[RelationshipEdge(10, 2, 0.6, date(2024, 5, 1), "manager")],
        insider_sources={2: 3},
    )
    G = build_org_graph(data)
    assert G.is_directed() and G.is_multigraph()
    assert set(G) == {"p:1", "p:2", "p:3", "m:10"}
    p2 = G.nodes["p:2"]
    assert p2["kind"] == "person" and p2["role"] == "KI" and p2["insider"] is True
    assert p2["insider_sources"] == 3 and G.nodes["p:1"]["insider_sources"] == 0
    assert G.nodes["m:10"] == {"kind": "member", "id": 10, "name": "Zhao", "role": "manager"}
    kinds = sorted((u, v, d["kind"]) for u, v, d in G.edges(data=True))
    assert kinds == [
        ("m:10", "p:2", "relationship"),
        ("p:2", "p:1", "influence"),
        ("p:2", "p:1", "influence"),
        ("p:2", "p:1", "reports_to"),
    ]
    rel = next(iter(G.get_edge_data("m:10", "p:2").values()))
    assert rel["strength"] == 0.6 and rel["last_contact"] == date(2024, 5, 1)
    assert rel["visit_level"] == "manager"
    assert G.graph["outside_managers"] == [(3, 99)]


def test_build_refuses_unknown_endpoints() -> None:
    with pytest.raises(ValueError, match="unknown person"):
        build_org_graph(OrgData(people=[PersonNode(1, "A")], influences=[InfluenceEdge(1, 2)]))
    with pytest.raises(ValueError, match="unknown member"):
        build_org_graph(
            OrgData(people=[PersonNode(1, "A")], relationships=[RelationshipEdge(5, 1)])
        )


def test_build_empty() -> None:
    G = build_org_graph(OrgData())
    assert G.number_of_nodes() == 0 and G.number_of_edges() == 0


def test_importing_graph_does_not_load_networkx() -> None:
    import subprocess
    import sys

    code = "import sys, graph; print('networkx' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_graph_without_its_views_is_freed_without_the_collector() -> None:
    """networkx caches views on a graph that refer back to it (a cycle only a full
    collection frees: hundreds of ms at 20,000 people); without them the graph is
    freed as soon as it is dropped, and stays usable meanwhile."""
    import gc
    import weakref

    from graph import OrgData, PersonNode, build_org_graph, coverage, release_views

    data = OrgData(people=[PersonNode(1, "Wang", role="KDM"), PersonNode(2, "Li", manager_id=1)])
    gc.collect()
    gc.disable()
    try:
        G = build_org_graph(data)
        coverage(G)
        assert G.nodes and G.edges and G.pred  # views networkx keeps on the graph
        ref = weakref.ref(G)
        release_views(G)
        assert sorted(G.nodes) == ["p:1", "p:2"] and G.number_of_edges() == 1
        release_views(G)
        del G
        assert ref() is None, "the graph waited for a collection"
        G = build_org_graph(data)
        assert G.nodes and G.edges and G.pred
        ref = weakref.ref(G)
        del G
        assert ref() is not None  # (with its views it is a cycle: the reason for this)
    finally:
        gc.enable()
    release_views(None)
