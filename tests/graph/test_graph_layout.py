"""graph.layout.hierarchical_layout."""

import itertools
import random
from collections import defaultdict

import networkx as nx
import pytest

from graph import MemberNode, OrgData, PersonNode, build_org_graph, hierarchical_layout

X, Y = 100.0, 50.0


def org(extra: list[PersonNode] | None = None) -> OrgData:
    people = [
        PersonNode(1, "CEO", seniority=3),
        PersonNode(2, "CTO", manager_id=1),
        PersonNode(3, "CFO", manager_id=1),
        PersonNode(4, "Dev 1", manager_id=2),
        PersonNode(5, "Dev 2", manager_id=2),
        PersonNode(6, "Dev 3", manager_id=2),
        PersonNode(7, "Accountant", manager_id=3),
        PersonNode(8, "Partner"),  # second tree
        PersonNode(9, "Partner staff", manager_id=8),
    ]
    return OrgData(
        people=people + (extra or []),
        members=[MemberNode(1, "Rep", "rep"), MemberNode(2, "CEO", "executive")],
    )


def managers(G: nx.MultiDiGraph) -> dict[str, str]:
    return {u: v for u, v, d in G.edges(data=True) if d["kind"] == "reports_to"}


def assert_no_overlap(pos: dict[str, tuple[float, float]]) -> None:
    rows: dict[float, list[float]] = defaultdict(list)
    for x, y in pos.values():
        rows[y].append(x)
    for xs in rows.values():
        xs.sort()
        for a, b in itertools.pairwise(xs):
            assert b - a >= X - 1e-6
    for (ax, ay), (bx, by) in itertools.combinations(pos.values(), 2):
        assert abs(ax - bx) >= X - 1e-6 or abs(ay - by) >= Y - 1e-6


def test_tidy_tree() -> None:
    G = build_org_graph(org())
    pos = hierarchical_layout(G, x_gap=X, y_gap=Y)
    assert set(pos) == set(G)
    for child, boss in managers(G).items():
        assert pos[child][1] == pos[boss][1] + Y  # one row below the manager
    # managers centred over their direct reports
    assert pos["p:2"][0] == (pos["p:4"][0] + pos["p:6"][0]) / 2
    assert pos["p:1"][0] == (pos["p:2"][0] + pos["p:3"][0]) / 2
    assert pos["p:3"][0] == pos["p:7"][0]
    # the second tree stands to the right of the first
    first = max(pos[f"p:{i}"][0] for i in range(1, 8))
    assert pos["p:8"][0] > first and pos["p:8"][1] == 0.0
    assert_no_overlap(pos)
    # members in a lane left of everyone, executive on top
    lane = {pos["m:1"][0], pos["m:2"][0]}
    assert len(lane) == 1 and lane.pop() < min(pos[f"p:{i}"][0] for i in range(1, 10))
    assert pos["m:2"][1] < pos["m:1"][1]


def test_default_gaps() -> None:
    pos = hierarchical_layout(build_org_graph(org()))
    assert pos["p:4"] == (0.0, 280.0) and pos["p:5"] == (220.0, 280.0)


def test_fixed_nodes_are_kept() -> None:
    G = build_org_graph(org())
    fixed = {"p:3": (1000.0, -300.0), "m:1": (-5.0, 7.0)}
    pos = hierarchical_layout(G, fixed=fixed, x_gap=X, y_gap=Y)
    assert pos["p:3"] == (1000.0, -300.0) and pos["m:1"] == (-5.0, 7.0)
    # the accountant follows the fixed CFO and stays right below
    assert pos["p:7"] == (1000.0, -300.0 + Y)
    for child, boss in managers(G).items():
        if child not in fixed:  # a fixed person may sit anywhere, even above the boss
            assert pos[child][1] > pos[boss][1]
    assert_no_overlap(pos)


def test_saved_positions_are_fixed_by_default() -> None:
    saved = [PersonNode(10, "Placed", manager_id=4, x=333.0, y=444.0)]
    G = build_org_graph(org(saved))
    assert hierarchical_layout(G, x_gap=X, y_gap=Y)["p:10"] == (333.0, 444.0)
    fresh = hierarchical_layout(G, x_gap=X, y_gap=Y, keep_data_positions=False)
    assert fresh["p:10"][1] == fresh["p:4"][1] + Y
    # an explicit fixed position wins over the saved one
    assert hierarchical_layout(G, fixed={"p:10": (1.0, 2.0)})["p:10"] == (1.0, 2.0)


def test_free_nodes_step_aside_from_a_fixed_one() -> None:
    G = build_org_graph(org())
    tidy = hierarchical_layout(G, x_gap=X, y_gap=Y)
    # pin the partner where the first developer would go
    pos = hierarchical_layout(G, fixed={"p:8": tidy["p:4"]}, x_gap=X, y_gap=Y)
    assert pos["p:8"] == tidy["p:4"]
    assert pos["p:4"] != tidy["p:4"]
    assert_no_overlap(pos)
    for child, boss in managers(G).items():
        assert pos[child][1] > pos[boss][1]


def test_reports_to_cycle_does_not_hang() -> None:
    G = nx.MultiDiGraph()
    for i in (1, 2, 3, 4):
        G.add_node(f"p:{i}", kind="person", id=i)
    G.add_edge("p:1", "p:2", kind="reports_to")
    G.add_edge("p:2", "p:3", kind="reports_to")
    G.add_edge("p:3", "p:1", kind="reports_to")
    G.add_edge("p:4", "p:1", kind="reports_to")
    pos = hierarchical_layout(G, x_gap=X, y_gap=Y)
    assert set(pos) == set(G)
    assert_no_overlap(pos)


def test_deep_and_wide_org_without_recursion() -> None:
    n = 5000  # a chain deeper than Python's recursion limit
    people = [PersonNode(i, f"P{i}", manager_id=i - 1 if i > 1 else None) for i in range(1, n + 1)]
    pos = hierarchical_layout(build_org_graph(OrgData(people=people)), x_gap=X, y_gap=Y)
    assert pos[f"p:{n}"] == (0.0, (n - 1) * Y)

    rnd = random.Random(3)
    people = [PersonNode(1, "Top")] + [
        PersonNode(i, f"P{i}", manager_id=rnd.randint(1, i - 1)) for i in range(2, 400)
    ]
    G = build_org_graph(OrgData(people=people))
    pos = hierarchical_layout(G, x_gap=X, y_gap=Y)
    assert_no_overlap(pos)
    for child, boss in managers(G).items():
        assert pos[child][1] == pos[boss][1] + Y


def test_empty_and_bad_gaps() -> None:
    assert hierarchical_layout(build_org_graph(OrgData())) == {}
    only_members = OrgData(members=[MemberNode(1, "A"), MemberNode(2, "B")])
    pos = hierarchical_layout(build_org_graph(only_members), x_gap=X, y_gap=Y)
    assert pos["m:1"][0] == pos["m:2"][0] and abs(pos["m:1"][1] - pos["m:2"][1]) == Y
    with pytest.raises(ValueError):
        hierarchical_layout(build_org_graph(OrgData()), x_gap=0)
