"""P1 targeting: matching, fit scores and ranking over plain account rows."""

from __future__ import annotations

from typing import Any

import pytest

from model.dto import AccountRow
from model.rows import account_rows
from model.services.accounts import create_account
from model.services.segments import delete_segment, save_segment
from model.targeting import (
    DIMENSIONS,
    create_segment,
    fit_score,
    matches,
    rank,
    region_matches,
    segment_rows,
    value_counts,
)
from model.workspace import Workspace


def account(ident: int = 1, **values: Any) -> AccountRow:
    base: dict[str, Any] = {
        "id": ident,
        "name": f"Account {ident}",
        "nature": "private",
        "industry": "Manufacturing",
        "region": "China/East/Shanghai/Pudong",
        "scale": "large",
        "sales_channel": "direct",
        "owner_id": None,
        "owner": "",
        "development_stage": "Growth",
        "it_situation": "ERP in place; no CRM",
        "core_needs": "Cost control, supply chain visibility",
        "people": 0,
        "open_deals": 0,
        "pipeline": 0.0,
        "stage_counts": (0,) * 7,
        "last_activity": None,
    }
    base.update(values)
    return AccountRow(**base)


# -- matching ---------------------------------------------------------------


@pytest.mark.parametrize(
    "prefix",
    ["China", "China/East", "China/East/Shanghai", "China/East/Shanghai/Pudong", " china / EAST "],
)
def test_region_prefix_matches_at_every_level(prefix: str) -> None:
    assert matches(account(), {"region": [prefix]})


@pytest.mark.parametrize("prefix", ["China/West", "China/Ea", "China/East/Shanghai/Pudong/X", "US"])
def test_region_prefix_compares_whole_levels(prefix: str) -> None:
    assert not matches(account(), {"region": [prefix]})


def test_region_of_a_blank_filter_matches_nothing() -> None:
    assert not region_matches("China/East", "")


def test_any_value_of_a_dimension_will_do_and_every_dimension_must_match() -> None:
    row = account()
    assert matches(row, {"nature": ["state", "private"]})
    assert matches(row, {"nature": ["private"], "scale": ["large", "xl"]})
    assert not matches(row, {"nature": ["private"], "scale": ["small"]})


def test_exact_dimensions_ignore_case_but_not_partial_words() -> None:
    assert matches(account(), {"industry": ["manufacturing"]})
    assert not matches(account(), {"industry": ["Manufact"]})


def test_free_text_dimensions_match_keywords_ignoring_case() -> None:
    row = account()
    assert matches(row, {"core_needs": ["SUPPLY CHAIN"]})
    assert matches(row, {"it_situation": ["crm"]})
    assert not matches(row, {"core_needs": ["security"]})


def test_no_description_or_blank_values_match_everyone() -> None:
    assert matches(account(), {})
    assert matches(account(), {"nature": [], "industry": ["  "]})


# -- fit score --------------------------------------------------------------


def test_fit_score_is_the_share_of_described_dimensions_met() -> None:
    fit = fit_score(account(), {"nature": ["private"], "scale": ["small"]})
    assert fit.score == pytest.approx(50.0)
    assert fit.matched == ("nature",)
    assert fit.contributions == {"nature": pytest.approx(50.0), "scale": 0.0}
    assert fit.missed == ("scale",)


def test_weights_shift_the_score() -> None:
    filters = {"nature": ["private"], "scale": ["small"], "industry": ["Manufacturing"]}
    fit = fit_score(account(), filters, {"nature": 3, "scale": 1})  # industry defaults to 1
    assert fit.score == pytest.approx(100 * 4 / 5)
    assert fit.contributions["nature"] == pytest.approx(60.0)
    assert fit.contributions["industry"] == pytest.approx(20.0)


def test_zero_weight_dimension_is_ignored_by_the_score() -> None:
    filters = {"nature": ["state"], "industry": ["Manufacturing"]}
    fit = fit_score(account(), filters, {"nature": 0})
    assert fit.score == pytest.approx(100.0)
    assert "nature" not in fit.contributions
    # ...but still decides what matches the whole description.
    assert not matches(account(), filters)


def test_nothing_weighted_scores_zero() -> None:
    assert fit_score(account(), {}).score == 0.0
    assert fit_score(account(), {"nature": ["private"]}, {"nature": 0}).score == 0.0


def test_all_dimensions_met_scores_one_hundred() -> None:
    row = account()
    filters = {
        "nature": ["private"],
        "industry": ["Manufacturing"],
        "region": ["China/East"],
        "scale": ["large"],
        "sales_channel": ["direct"],
        "development_stage": ["growth"],
        "it_situation": ["ERP"],
        "core_needs": ["cost"],
    }
    assert set(filters) == set(DIMENSIONS)
    fit = fit_score(row, filters, {d: i + 1 for i, d in enumerate(DIMENSIONS)})
    assert fit.score == pytest.approx(100.0)
    assert fit.matched == DIMENSIONS


# -- ranking ----------------------------------------------------------------


def test_rank_orders_by_score_then_pipeline_then_name() -> None:
    rows = [
        account(1, name="beta", pipeline=10.0),
        account(2, name="Alpha", pipeline=10.0),
        account(3, name="Gamma", pipeline=500.0),
        account(4, name="Delta", nature="state", pipeline=9999.0),
        account(5, name="Epsilon", scale="small", nature="state"),
    ]
    ranked = rank(rows, {"nature": ["private"], "scale": ["large"]})
    assert [r.account.name for r in ranked] == ["Gamma", "Alpha", "beta", "Delta", "Epsilon"]
    assert [r.position for r in ranked] == [1, 2, 3, 4, 5]
    assert [r.full_match for r in ranked] == [True, True, True, False, False]
    assert ranked[3].fit.score == pytest.approx(50.0)
    assert not ranked[4].worth_showing


def test_rank_only_matching_keeps_full_matches() -> None:
    rows = [account(1), account(2, nature="state"), account(3, scale="small")]
    ranked = rank(rows, {"nature": ["private"], "scale": ["large"]}, only_matching=True)
    assert [r.account.id for r in ranked] == [1]


def test_rank_without_description_orders_by_pipeline() -> None:
    rows = [account(1, pipeline=1.0), account(2, pipeline=3.0), account(3, pipeline=2.0)]
    ranked = rank(rows, {})
    assert [r.account.id for r in ranked] == [2, 3, 1]
    assert all(r.full_match and r.worth_showing for r in ranked)


def test_weights_change_the_ranking() -> None:
    rows = [account(1, name="A", nature="state"), account(2, name="B", scale="small")]
    filters = {"nature": ["private"], "scale": ["large"]}
    assert rank(rows, filters, {"nature": 1, "scale": 3})[0].account.name == "A"
    assert rank(rows, filters, {"nature": 3, "scale": 1})[0].account.name == "B"


def test_value_counts_cover_region_levels_and_keywords() -> None:
    rows = [
        account(1),
        account(2, region="China/East/Hangzhou", core_needs="cost control"),
        account(3, region="china/North", industry=" "),
    ]
    regions = value_counts(rows, "region")
    assert regions["China"] == 3
    assert regions["China/East"] == 2
    assert regions["China/East/Shanghai/Pudong"] == 1
    assert value_counts(rows, "core_needs") == {"Cost control": 3, "supply chain visibility": 2}
    assert value_counts(rows, "industry") == {"Manufacturing": 2}


# -- against a workspace -----------------------------------------------------


def test_segments_round_trip_as_rows(workspace: Workspace) -> None:
    with workspace.begin() as s:
        ident = create_segment(
            s, {"name": "East growth", "filters": {"region": ["China/East"]}, "weights": {}}
        ).created_id("segment")
        save_segment(s, None, {"name": "Alpha", "filters": {}, "weights": {"nature": 2}})
    with workspace.sessions() as s:
        rows = segment_rows(s)
    assert [r.name for r in rows] == ["Alpha", "East growth"]
    east = rows[1]
    assert east.id == ident
    assert east.filters == {"region": ("China/East",)}
    assert east.criteria == 1
    assert rows[0].weights == {"nature": 2.0}
    with workspace.begin() as s:
        delete_segment(s, ident)
    with workspace.sessions() as s:
        assert [r.name for r in segment_rows(s)] == ["Alpha"]


def test_rank_works_on_account_rows_from_the_database(workspace: Workspace) -> None:
    with workspace.begin() as s:
        create_account(s, {"name": "Shanghai Steel", "nature": "state", "region": "China/East"})
        create_account(s, {"name": "Beijing Soft", "nature": "private", "region": "China/North"})
    with workspace.sessions() as s:
        rows = account_rows(s)
    ranked = rank(rows, {"region": ["China/East"]}, only_matching=True)
    assert [r.account.name for r in ranked] == ["Shanghai Steel"]


def test_sales_channel_matches_exactly() -> None:
    # ACC.CHANNEL is a P1 targeting attribute; matching is ready for it.
    from model.targeting import dimension_matches

    assert dimension_matches(account(), "sales_channel", ["Direct"])
    assert not dimension_matches(account(), "sales_channel", ["partner"])
