"""Stage probabilities learned from the closed deals, the minimum that keeps the
method's default, the manual override and the board's probabilities in force —
on the six deals of test_funnel (closed: A won P1-P7, B lost P2-P3, C won
P2-P7 through P3, E shelved P2-P3, F won P6-P7; D is open)."""

from __future__ import annotations

import pytest
from test_funnel import deals  # noqa: F401  (the fixture with the known history)

from model.board import default_probabilities, stage_probabilities
from model.funnel import (
    StageProbability,
    closed_counts,
    learned_probabilities,
    probabilities_in_force,
)
from model.settings import set_setting
from model.workspace import Workspace

# stage: (won, closed) among closed deals that reached it, by hand
COUNTS = {
    "P1": (1, 1),  # A
    "P2": (2, 4),  # A C won, B E not
    "P3": (2, 4),  # the same four (C went through P3)
    "P4": (2, 2),  # A C
    "P5": (2, 2),
    "P6": (3, 3),  # A C F
    "P7": (3, 3),
}


@pytest.mark.usefixtures("deals")
def test_closed_counts(workspace: Workspace) -> None:
    with workspace.begin() as s:
        assert closed_counts(s) == COUNTS


@pytest.mark.usefixtures("deals")
def test_below_the_minimum_the_method_default_stays(workspace: Workspace) -> None:
    method = default_probabilities()
    with workspace.begin() as s:
        got = learned_probabilities(s)  # learn_min_deals is 10 by default
    assert got == {k: StageProbability(k, method[k], COUNTS[k][1], "method") for k in COUNTS}


@pytest.mark.usefixtures("deals")
def test_learned_from_three_closed_deals(workspace: Workspace) -> None:
    method = default_probabilities()
    with workspace.begin() as s:
        set_setting(s, "learn_min_deals", 3)
    with workspace.begin() as s:
        got = learned_probabilities(s)
        force = probabilities_in_force(s)
        board = stage_probabilities(s)
    assert got["P1"] == StageProbability("P1", method["P1"], 1, "method")
    assert got["P2"] == StageProbability("P2", 0.5, 4, "learned")
    assert got["P3"] == StageProbability("P3", 0.5, 4, "learned")
    assert got["P4"] == StageProbability("P4", method["P4"], 2, "method")
    assert got["P5"] == StageProbability("P5", method["P5"], 2, "method")
    assert got["P6"] == StageProbability("P6", 1.0, 3, "learned")
    assert got["P7"] == StageProbability("P7", 1.0, 3, "learned")
    assert force == got  # learning is on by default, no manual override
    assert board == {k: p.probability for k, p in got.items()}


@pytest.mark.usefixtures("deals")
def test_manual_override_wins_per_stage_and_learning_off(workspace: Workspace) -> None:
    method = default_probabilities()
    with workspace.begin() as s:
        set_setting(s, "learn_min_deals", 3)
        set_setting(s, "stage_probabilities", {"P3": 0.35, "P5": 0.6})
    with workspace.begin() as s:
        force = probabilities_in_force(s)
        board = stage_probabilities(s)
    assert force["P3"] == StageProbability("P3", 0.35, 4, "manual")
    assert force["P5"] == StageProbability("P5", 0.6, 2, "manual")
    assert force["P2"] == StageProbability("P2", 0.5, 4, "learned")
    assert force["P4"].source == "method"
    assert board["P3"] == 0.35 and board["P2"] == 0.5 and board["P4"] == method["P4"]

    with workspace.begin() as s:
        set_setting(s, "learn_probabilities", False)
    with workspace.begin() as s:
        force = probabilities_in_force(s)
        board = stage_probabilities(s)
    assert force["P2"] == StageProbability("P2", method["P2"], 4, "method")
    assert force["P3"].source == "manual"
    assert board == {**method, "P3": 0.35, "P5": 0.6}


def test_no_closed_deal_keeps_the_method(workspace: Workspace) -> None:
    with workspace.begin() as s:
        set_setting(s, "learn_min_deals", 1)
    with workspace.begin() as s:
        force = probabilities_in_force(s)
        board = stage_probabilities(s)
    assert {p.source for p in force.values()} == {"method"}
    assert all(p.deals == 0 for p in force.values())
    assert board == default_probabilities()
