"""Near and far opportunities and the team's distribution (model/team_stats.py) against
hand-computed figures: the Gini coefficient, the top 20%'s share, results per head."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy.orm import Session

from model.entities import Deal
from model.selfcheck import NEAR_DAYS, team_self_check
from model.services import accounts, team
from model.settings import set_setting
from model.team_stats import (
    TOP_MEMBERS,
    distribution,
    gini,
    member_deal_ids,
    near_far,
    top_and_rest,
    top_share,
)
from model.workspace import Workspace


def _deal(s: Session, account: int, owner: int | None, **values: object) -> int:
    deal = Deal(account_id=account, name="d", owner_id=owner, **values)
    s.add(deal)
    s.flush()
    return deal.id


# -- pure figures ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ([3, 3, 3], 0.0),
        ([1, 2, 3, 4], 0.25),  # Σ|xi−xj| over ordered pairs 20 / (2 · 4² · 2.5)
        ([0, 40, 160], 0.5333333),  # 400 / (2 · 9 · 66.67)
        ([0, 0, 0, 10], 0.75),  # one holds it all: (n − 1) / n
        ([7], 0.0),
        ([], None),
        ([0, 0], None),
    ],
)
def test_gini_by_hand(values: list[float], expected: float | None) -> None:
    found = gini(values)
    if expected is None:
        assert found is None
    else:
        assert found == pytest.approx(expected, abs=1e-6)


def test_gini_does_not_depend_on_order_or_scale() -> None:
    assert gini([4, 1, 3, 2]) == gini([1, 2, 3, 4]) == gini([100, 200, 300, 400])


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ([10, 20, 30, 40, 100], 0.5),  # top 1 of 5
        ([1] * 6, 2 / 6),  # ceil(1.2) = 2
        ([5] * 15, 3 / 15),  # 20% of 15 is 3 exactly
        ([0, 40, 160], 0.8),  # ceil(0.6) = 1
        ([0, 0], None),
        ([], None),
    ],
)
def test_top_share_takes_the_ceiling_of_a_fifth(
    values: list[float], expected: float | None
) -> None:
    found = top_share(values)
    assert found == (None if expected is None else pytest.approx(expected))


def test_top_share_is_not_pushed_up_by_a_floats_hair() -> None:
    # 0.28 × 25 is 7.000000000000001 in floating point: the top 7, not 8
    assert top_share([1] * 25, 0.28) == pytest.approx(7 / 25)


# -- distribution -------------------------------------------------------------------


@pytest.fixture
def three(workspace: Workspace) -> dict[str, int]:
    """Liu won 160,000 (100,000 CNY + 10,000 USD at 6), Wang 40,000, Sun nothing, in
    2027Q1; Wang has 50,000 in P4 expected in the quarter; an unowned win and a win of
    Liu in April do not count."""
    with workspace.begin() as s:
        ids = {
            n: team.create_member(s, {"name": n, "role": r}).created_id("member")
            for n, r in (("Liu", "rep"), ("Wang", "rep"), ("Sun", "rep"), ("Boss", "manager"))
        }
        acc = accounts.create_account(s, {"name": "Acme"}).created_id("account")
        set_setting(s, "currency_rates", {"USD": 6.0})
        set_setting(s, "stage_probabilities", {"P4": 0.4})
        won = {"status": "won", "stage": "P7"}
        _deal(s, acc, ids["Liu"], amount=100_000, closed_on=date(2027, 1, 5), **won)
        _deal(s, acc, ids["Liu"], amount=10_000, currency="USD", closed_on=date(2027, 3, 5),
              **won)  # fmt: skip
        _deal(s, acc, ids["Liu"], amount=999_000, closed_on=date(2027, 4, 1), **won)
        _deal(s, acc, ids["Wang"], amount=40_000, closed_on=date(2027, 2, 5), **won)
        _deal(s, acc, None, amount=70_000, closed_on=date(2027, 2, 5), **won)
        _deal(s, acc, ids["Wang"], amount=50_000, stage="P4", expected_close=date(2027, 3, 1))
        return ids


def test_distribution_by_hand(workspace: Workspace, three: dict[str, int]) -> None:
    with workspace.sessions() as s:
        d = distribution(s, "2027Q1")
    assert d.base == "CNY"
    assert [(r.name, r.won, r.won_count) for r in d.rows] == [
        ("Liu", 160_000, 2),
        ("Wang", 40_000, 1),
        ("Sun", 0, 0),
    ]
    wang = d.rows[1]
    assert (wang.pipeline, wang.weighted) == (50_000, pytest.approx(20_000))
    assert d.total == 200_000
    assert d.per_head == pytest.approx(200_000 / 3)
    assert d.top20_share == pytest.approx(0.8)
    assert d.gini == pytest.approx(0.5333333, abs=1e-6)


def test_distribution_of_a_quiet_period(workspace: Workspace, three: dict[str, int]) -> None:
    with workspace.sessions() as s:
        d = distribution(s, "2026Q1")
    assert [r.name for r in d.rows] == ["Liu", "Sun", "Wang"]
    assert (d.per_head, d.top20_share, d.gini) == (0.0, None, None)


# -- near and far --------------------------------------------------------------------


def test_near_far_splits_as_the_self_check_does(workspace: Workspace) -> None:
    today = date(2027, 1, 10)
    horizon = today + timedelta(days=NEAR_DAYS)
    with workspace.begin() as s:
        liu = team.create_member(s, {"name": "Liu", "role": "rep"}).created_id("member")
        sun = team.create_member(s, {"name": "Sun", "role": "rep"}).created_id("member")
        acc = accounts.create_account(s, {"name": "Acme"}).created_id("account")
        set_setting(s, "currency_rates", {"USD": 7.0})
        # near: any P5-P7; P3/P4 due by the horizon (or late). far: P3/P4 later or undated.
        for stage, close, amount, cur in [
            ("P6", None, 100.0, "CNY"),  # near (stage)
            ("P4", horizon, 10.0, "USD"),  # near: the horizon's day itself (70)
            ("P3", date(2026, 12, 1), 5.0, "CNY"),  # near: already late
            ("P3", horizon + timedelta(days=1), 1_000.0, "CNY"),  # far
            ("P4", None, 2_000.0, "CNY"),  # far: no expected close
            ("P2", date(2027, 1, 20), 9_999.0, "CNY"),  # not a reserve stage
        ]:
            _deal(s, acc, liu, stage=stage, expected_close=close, amount=amount, currency=cur)
        _deal(s, acc, liu, stage="P5", amount=1.0, status="won")  # closed: out
    with workspace.sessions() as s:
        found = {r.member_id: r for r in near_far(s, today)}
        checks = {c.member_id: c for c in team_self_check(s, today)}
    assert (found[liu].near, found[liu].far) == (3, 2)
    assert (found[liu].near_amount, found[liu].far_amount) == (175.0, 3_000.0)
    assert (found[sun].near, found[sun].far, found[sun].near_amount) == (0, 0, 0.0)
    for member_id, row in found.items():
        assert (row.near, row.far) == (checks[member_id].near, checks[member_id].far)


# -- the members a chart shows --------------------------------------------------------


def test_top_and_rest_keeps_a_small_team_whole_and_in_order() -> None:
    rows = [("b", 1.0), ("a", 9.0), ("c", 5.0)]
    assert top_and_rest(rows, key=lambda r: (r[1],), n=3) == (rows, [])
    assert top_and_rest([], key=lambda r: (r,), n=3) == ([], [])


def test_top_and_rest_takes_the_largest_and_leaves_the_rest_by_rank() -> None:
    # 15 members: won 1..15, pipeline 15..1
    rows = [(f"m{i:02}", float(i), float(16 - i)) for i in range(1, 16)]
    top, rest = top_and_rest(rows, key=lambda r: (r[1], r[2]))
    assert TOP_MEMBERS == 12
    assert [r[0] for r in top] == [f"m{i:02}" for i in range(15, 3, -1)]
    assert [r[0] for r in rest] == ["m03", "m02", "m01"]
    # ties on the first key fall to the second, then keep their order
    tied = [("x", 1.0, 1.0), ("y", 1.0, 5.0), ("z", 1.0, 1.0), ("w", 0.0, 9.0)]
    top, rest = top_and_rest(tied, key=lambda r: (r[1], r[2]), n=2)
    assert ([r[0] for r in top], [r[0] for r in rest]) == (["y", "x"], ["z", "w"])


def test_member_deal_ids_are_the_deals_figures_counts(
    workspace: Workspace, three: dict[str, int]
) -> None:
    with workspace.sessions() as s:
        liu_won = member_deal_ids(s, "2027Q1", [three["Liu"]])
        both_won = member_deal_ids(s, "2027Q1", [three["Wang"], three["Liu"]], "won")
        pipeline = member_deal_ids(s, "2027Q1", [three["Liu"], three["Wang"]], "pipeline")
        april = member_deal_ids(s, "2027Q2", [three["Liu"]])
        assert member_deal_ids(s, "2027Q1", [three["Sun"]]) == ()
        assert member_deal_ids(s, "2027Q1", []) == ()
        with pytest.raises(ValueError, match="kind"):
            member_deal_ids(s, "2027Q1", [three["Liu"]], "lost")
    # deals were added in order: Liu's 100,000 (1), 10,000 USD (2), April (3), Wang's
    # win (4), the unowned win (5), Wang's P4 (6)
    assert liu_won == (1, 2)
    assert both_won == (1, 2, 4)
    assert pipeline == (6,)
    assert april == (3,)
