"""graph.paths: influence routes, the route to the KDM and reach."""

import itertools
import math
import random
from itertools import islice, pairwise

import networkx as nx
import pytest

from graph import (
    REPORTS_DOWN_STRENGTH,
    REPORTS_UP_STRENGTH,
    InfluenceEdge,
    MemberNode,
    OrgData,
    PersonNode,
    RelationshipEdge,
    best_route_to_kdm,
    build_org_graph,
    find_kdm,
    influence_paths,
    reach_to,
)


def chain() -> nx.MultiDiGraph:
    return build_org_graph(
        OrgData(
            people=[PersonNode(1, "A"), PersonNode(2, "B"), PersonNode(3, "C", role="KDM")],
            members=[MemberNode(1, "Rep")],
            influences=[InfluenceEdge(1, 2, 0.5), InfluenceEdge(2, 3, 0.8)],
            relationships=[RelationshipEdge(1, 1, 0.9)],
        )
    )


def test_route_strength_is_the_product() -> None:
    (route,) = influence_paths(chain(), "m:1", "p:3", k=3)
    assert route.nodes == ("m:1", "p:1", "p:2", "p:3")
    assert route.kinds == ("relationship", "influence", "influence")
    assert route.strengths == (0.9, 0.5, 0.8)
    assert route.strength == pytest.approx(0.9 * 0.5 * 0.8)
    assert (route.source, route.target) == ("m:1", "p:3")


def diamond() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    for u, v, s in [
        ("a", "b", 0.9),
        ("b", "t", 0.9),  # 0.81
        ("a", "c", 0.6),
        ("c", "t", 0.9),  # 0.54
        ("a", "t", 0.7),  # 0.70
        ("b", "c", 0.95),  # a-b-c-t 0.7695
        ("c", "b", 0.1),  # a-c-b-t 0.054
    ]:
        G.add_edge(u, v, kind="influence", strength=s)
    return G


def test_k_routes_are_ordered_by_strength() -> None:
    G = diamond()
    routes = influence_paths(G, "a", "t", k=10)
    assert [r.nodes for r in routes] == [
        ("a", "b", "t"),
        ("a", "b", "c", "t"),
        ("a", "t"),
        ("a", "c", "t"),
        ("a", "c", "b", "t"),
    ]
    strengths = [r.strength for r in routes]
    assert strengths == sorted(strengths, reverse=True)
    assert strengths[0] == pytest.approx(0.81)
    assert [r.nodes for r in influence_paths(G, "a", "t", k=2)] == [
        ("a", "b", "t"),
        ("a", "b", "c", "t"),
    ]
    assert influence_paths(G, "a", "t", k=0) == []


def test_no_route_is_an_empty_list() -> None:
    G = chain()
    assert influence_paths(G, "p:3", "m:1") == []
    G.add_node("p:9", kind="person", id=9)
    assert influence_paths(G, "m:1", "p:9") == []


def test_unknown_node_raises() -> None:
    with pytest.raises(nx.NodeNotFound):
        influence_paths(chain(), "m:1", "p:404")
    with pytest.raises(nx.NodeNotFound):
        reach_to(chain(), "p:404")


def test_route_to_itself() -> None:
    (route,) = influence_paths(chain(), "p:2", "p:2")
    assert route.nodes == ("p:2",) and route.strength == 1.0 and route.kinds == ()


def test_parallel_edges_pick_the_strongest() -> None:
    G = nx.MultiDiGraph()
    G.add_edge("p:1", "p:2", kind="influence", strength=0.2)
    G.add_edge("p:1", "p:2", kind="influence", strength=0.7)
    G.add_edge("p:1", "p:2", kind="influence", strength=0.4)
    routes = influence_paths(G, "p:1", "p:2", k=3)
    assert len(routes) == 1
    assert routes[0].strength == 0.7 and routes[0].kinds == ("influence",)


def test_zero_strength_carries_nothing_and_other_kinds_are_ignored() -> None:
    G = nx.MultiDiGraph()
    G.add_edge("p:1", "p:2", kind="influence", strength=0.0)
    G.add_edge("p:1", "p:2", kind="note")
    assert influence_paths(G, "p:1", "p:2") == []


def test_reports_to_carries_default_strengths_both_ways() -> None:
    G = build_org_graph(OrgData(people=[PersonNode(1, "Boss"), PersonNode(2, "Sub", manager_id=1)]))
    (up,) = influence_paths(G, "p:2", "p:1")
    (down,) = influence_paths(G, "p:1", "p:2")
    assert (up.kinds, up.strength) == (("reports_to",), REPORTS_UP_STRENGTH)
    assert (down.kinds, down.strength) == (("manages",), REPORTS_DOWN_STRENGTH)
    # a stronger influence edge in parallel wins over the reports-to default
    G.add_edge("p:2", "p:1", kind="influence", strength=0.9)
    (up,) = influence_paths(G, "p:2", "p:1")
    assert (up.kinds, up.strength) == (("influence",), 0.9)
    # equal strengths: the explicit influence edge is named
    G2 = build_org_graph(
        OrgData(
            people=[PersonNode(1, "Boss"), PersonNode(2, "Sub", manager_id=1)],
            influences=[InfluenceEdge(2, 1, REPORTS_UP_STRENGTH)],
        )
    )
    assert influence_paths(G2, "p:2", "p:1")[0].kinds == ("influence",)


def _brute_force(G: nx.MultiDiGraph, s: str, t: str) -> list[float]:
    best: dict[tuple[str, str], float] = {}
    for u, v, d in G.edges(data=True):
        best[u, v] = max(best.get((u, v), 0.0), d["strength"])
    D = nx.DiGraph()
    D.add_edges_from(best)
    return sorted(
        (math.prod(best[e] for e in pairwise(p)) for p in nx.all_simple_paths(D, s, t)),
        reverse=True,
    )


@pytest.mark.parametrize("seed", range(12))
def test_k_routes_match_brute_force(seed: int) -> None:
    rnd = random.Random(seed)
    G = nx.MultiDiGraph()
    n = 9
    G.add_nodes_from(f"p:{i}" for i in range(n))
    for _ in range(26):
        u, v = rnd.sample(range(n), 2)
        G.add_edge(f"p:{u}", f"p:{v}", kind="influence", strength=round(rnd.uniform(0.05, 1), 2))
    expected = _brute_force(G, "p:0", "p:1")[:6]
    got = [r.strength for r in influence_paths(G, "p:0", "p:1", k=6)]
    assert got == pytest.approx(expected)
    for r in influence_paths(G, "p:0", "p:1", k=6):
        assert len(set(r.nodes)) == len(r.nodes)  # simple
        assert r.strength == pytest.approx(math.prod(r.strengths))
    # networkx's own Yen on -log weights agrees
    D = nx.DiGraph()
    for u, v, d in G.edges(data=True):
        w = -math.log(d["strength"])
        if not D.has_edge(u, v) or D[u][v]["weight"] > w:
            D.add_edge(u, v, weight=w)
    if expected:
        nx_paths = islice(nx.shortest_simple_paths(D, "p:0", "p:1", weight="weight"), 6)
        nx_strengths = [math.exp(-nx.path_weight(D, p, "weight")) for p in nx_paths]
        assert got == pytest.approx(nx_strengths)


def account(**changes: object) -> OrgData:
    people = {
        1: PersonNode(1, "KDM", role="KDM", seniority=3),
        2: PersonNode(2, "Old KDM", role="KDM", seniority=2),
        3: PersonNode(3, "KI", role="KI", seniority=2, manager_id=1),
        4: PersonNode(4, "Insider", insider=True, manager_id=3),
    }
    base = {
        "people": list(people.values()),
        "members": [MemberNode(1, "Rep")],
        "influences": [InfluenceEdge(3, 1, 0.9), InfluenceEdge(4, 3, 0.5)],
        "relationships": [RelationshipEdge(1, 3, 0.8), RelationshipEdge(1, 4, 0.9)],
    }
    base.update(changes)
    return OrgData(**base)  # type: ignore[arg-type]


def test_find_kdm_prefers_seniority_then_id() -> None:
    assert find_kdm(build_org_graph(account())) == "p:1"
    tie = [PersonNode(7, "X", role="KDM", seniority=2), PersonNode(5, "Y", role="KDM", seniority=2)]
    assert find_kdm(build_org_graph(OrgData(people=tie))) == "p:5"
    assert find_kdm(build_org_graph(OrgData(people=[PersonNode(1, "A")]))) is None


def test_best_route_to_kdm_ok() -> None:
    answer = best_route_to_kdm(build_org_graph(account()), k=3)
    assert answer.reason == "ok" and answer.found
    assert answer.target == "p:1"
    assert answer.sources == ("m:1", "p:4")
    # only two routes exist: m:1 -> p:4 -> p:3 -> p:1 would pass through the insider
    assert [(r.nodes, round(r.strength, 4)) for r in answer.routes] == [
        (("m:1", "p:3", "p:1"), 0.72),
        (("p:4", "p:3", "p:1"), 0.45),
    ]
    # no route goes *through* another starting point (m:1 -> p:4 -> ... is never listed)
    for r in answer.routes:
        assert not set(r.nodes[1:]) & set(answer.sources)


def test_best_route_to_kdm_reasons() -> None:
    no_kdm = OrgData(
        people=[PersonNode(3, "KI", role="KI"), PersonNode(4, "I", insider=True)],
        influences=[InfluenceEdge(4, 3, 0.5)],
    )
    assert best_route_to_kdm(build_org_graph(no_kdm)).reason == "no_kdm"

    alone = OrgData(people=[PersonNode(1, "KDM", role="KDM")])
    answer = best_route_to_kdm(build_org_graph(alone))
    assert (answer.reason, answer.target, answer.routes) == ("no_source", "p:1", ())

    # we only know the old KDM (p:2), who has no link to the KDM p:1
    cut_off = OrgData(
        people=[PersonNode(1, "KDM", role="KDM", seniority=3), PersonNode(2, "Old", role="KDM")],
        members=[MemberNode(1, "Rep")],
        relationships=[RelationshipEdge(1, 2, 0.9)],
    )
    answer = best_route_to_kdm(build_org_graph(cut_off))
    assert answer.reason == "no_route" and not answer.found and answer.routes == ()


def test_kdm_who_is_our_coach_is_reached_directly() -> None:
    data = OrgData(
        people=[PersonNode(1, "KDM", role="KDM", coach=True), PersonNode(2, "B")],
        members=[MemberNode(1, "Rep")],
        relationships=[RelationshipEdge(1, 1, 0.5)],
    )
    answer = best_route_to_kdm(build_org_graph(data))
    assert answer.routes[0].nodes == ("p:1",) and answer.routes[0].strength == 1.0
    assert answer.routes[1].nodes == ("m:1", "p:1")


def test_reach_to() -> None:
    G = build_org_graph(account())
    reach = reach_to(G, "p:1")
    assert reach["p:1"] == 1.0
    assert reach["p:3"] == pytest.approx(0.9)
    assert reach["p:4"] == pytest.approx(0.45)  # 0.5 * 0.9 beats reports-to 0.5 * 0.9
    assert reach["m:1"] == pytest.approx(0.72)
    assert "p:2" not in reach
    assert reach_to(G, "p:1", ["p:3", "p:2"]) == {"p:3": pytest.approx(0.9)}


def _random_org(seed: int, n: int = 10) -> nx.MultiDiGraph:
    rnd = random.Random(seed)
    people = [
        PersonNode(
            i,
            f"P{i}",
            role="KDM" if i == 1 else None,
            manager_id=rnd.randint(1, i - 1) if i > 1 and rnd.random() < 0.6 else None,
            insider=rnd.random() < 0.2,
            coach=rnd.random() < 0.1,
        )
        for i in range(1, n + 1)
    ]
    influences = []
    for _ in range(2 * n):
        a, b = rnd.sample(range(1, n + 1), 2)
        influences.append(InfluenceEdge(a, b, rnd.choice([0.0, 0.3, 0.5, 0.6, 0.9, 1.0])))
    members = [MemberNode(1, "Rep"), MemberNode(2, "VP", "executive")]
    rels = [RelationshipEdge(rnd.randint(1, 2), rnd.randint(1, n), 0.7) for _ in range(3)]
    return build_org_graph(OrgData(people, members, influences, rels))


@pytest.mark.parametrize("seed", range(8))
def test_lazy_hops_equal_the_full_table(seed: int) -> None:
    from graph.paths import _lazy_hops, _strengths

    G = _random_org(seed)
    succ, pred = _strengths(G)
    lazy_succ, lazy_pred = _lazy_hops(G)
    for n in G:
        assert lazy_succ[n] == succ[n]
        assert lazy_pred[n] == pred[n]


@pytest.mark.parametrize("seed", range(8))
def test_best_route_to_kdm_matches_brute_force(seed: int) -> None:
    G = _random_org(seed)
    answer = best_route_to_kdm(G, k=4)
    sources = set(answer.sources)
    D = nx.DiGraph()
    best: dict[tuple[str, str], float] = {}
    from graph.paths import _strengths

    succ, _ = _strengths(G)
    for u, row in succ.items():
        for v, strength in row.items():
            best[u, v] = strength
            D.add_edge(u, v)
    expected: list[float] = []
    for s in sources:
        if s == "p:1":
            expected.append(1.0)
            continue
        if s not in D or "p:1" not in D:
            continue
        for path in nx.all_simple_paths(D, s, "p:1"):
            if not set(path[1:]) & (sources - {"p:1"}):
                expected.append(math.prod(best[e] for e in itertools.pairwise(path)))
    expected.sort(reverse=True)
    assert [r.strength for r in answer.routes] == pytest.approx(expected[:4])
    assert answer.reason == ("ok" if expected else "no_route")
