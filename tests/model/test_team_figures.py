"""The Team tab's figures in one read (model.team_stats.team_figures) against hand-computed
values, and equal to attainment, reverse_funnel, distribution and near_far read one by one."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.orm import Session

from model.entities import Deal
from model.services import accounts, team
from model.services.targets import set_target
from model.settings import set_setting
from model.targets import attainment, reverse_funnel
from model.team_stats import TeamFigures, distribution, near_far, team_figures
from model.workspace import Workspace

Q = "2027Q1"
TODAY = date(2027, 2, 20)


def _deal(s: Session, account: int, owner: int | None, **values: object) -> int:
    deal = Deal(account_id=account, name="d", owner_id=owner, **values)
    s.add(deal)
    s.flush()
    return deal.id


@pytest.fixture
def ids(workspace: Workspace) -> dict[str, int]:
    """Liu won 160,000 (100,000 CNY + 10,000 USD at 6), Wang 40,000, nobody 70,000 in
    2027Q1 (and Liu 999,000 in April); Wang has 50,000 in P4 expected on 1 March; the
    team is to win 300,000 and Liu 200,000."""
    with workspace.begin() as s:
        ids = {
            n: team.create_member(s, {"name": n, "role": r}).created_id("member")
            for n, r in (("Liu", "rep"), ("Wang", "rep"), ("Sun", "rep"), ("Boss", "manager"))
        }
        acc = accounts.create_account(s, {"name": "Acme"}).created_id("account")
        set_setting(s, "currency_rates", {"USD": 6.0})
        set_setting(s, "stage_probabilities", {"P3": 0.2, "P4": 0.4})
        won = {"status": "won", "stage": "P7"}
        _deal(s, acc, ids["Liu"], amount=100_000, closed_on=date(2027, 1, 5), **won)
        _deal(s, acc, ids["Liu"], amount=10_000, currency="USD", closed_on=date(2027, 3, 5),
              **won)  # fmt: skip
        _deal(s, acc, ids["Liu"], amount=999_000, closed_on=date(2027, 4, 1), **won)
        _deal(s, acc, ids["Wang"], amount=40_000, closed_on=date(2027, 2, 5), **won)
        _deal(s, acc, None, amount=70_000, closed_on=date(2027, 2, 5), **won)
        _deal(s, acc, ids["Wang"], amount=50_000, stage="P4", expected_close=date(2027, 3, 1))
        set_target(s, None, Q, 300_000)
        set_target(s, ids["Liu"], Q, 200_000)
        return ids


def test_team_figures_by_hand(workspace: Workspace, ids: dict[str, int]) -> None:
    with workspace.sessions() as s:
        found = team_figures(s, Q, TODAY)
    assert found.base == "CNY"
    whole, *members = found.attainment
    # The team: every deal won in the quarter, owned or not: 160 + 40 + 70 thousand.
    assert (whole.member_id, whole.won, whole.target, whole.gap) == (None, 270_000, 300_000, 30_000)
    assert whole.attainment == pytest.approx(0.9)
    assert whole.pipeline == 50_000 and whole.weighted == pytest.approx(20_000)
    assert whole.coverage == pytest.approx(50_000 / 30_000)
    assert [(m.name, m.won, m.target) for m in members] == [
        ("Liu", 160_000, 200_000),
        ("Sun", 0, None),
        ("Wang", 40_000, None),
    ]
    rev = found.reverse
    # The average of every won deal: (100 + 60 + 999 + 40 + 70) thousand / 5.
    average = 1_269_000 / 5
    assert (rev.target, rev.won, rev.remaining) == (300_000, 270_000, 30_000)
    assert rev.average_won == pytest.approx(average)
    assert rev.needed["P3"] == pytest.approx(30_000 / (average * 0.2))
    assert rev.needed["P4"] == pytest.approx(30_000 / (average * 0.4))
    assert rev.have == {"P3": 0, "P4": 1}
    spread = found.distribution
    assert [(r.name, r.won) for r in spread.rows] == [
        ("Liu", 160_000),
        ("Wang", 40_000),
        ("Sun", 0),
    ]
    assert spread.per_head == pytest.approx(200_000 / 3)
    assert [(n.name, n.near, n.far) for n in found.near_far if n.near or n.far] == [
        ("Wang", 1, 0)  # P4 due within the near days
    ]


@pytest.mark.parametrize("period", [Q, "2027-02", "2027", "2026Q4"])
def test_team_figures_equal_the_reads_one_by_one(
    workspace: Workspace, ids: dict[str, int], period: str
) -> None:
    with workspace.sessions() as s:
        base, rows = attainment(s, period, TODAY)
        alone = TeamFigures(
            base=base,
            attainment=rows,
            reverse=reverse_funnel(s, period, None, TODAY),
            distribution=distribution(s, period, TODAY),
            near_far=near_far(s, TODAY),
        )
        assert team_figures(s, period, TODAY) == alone
