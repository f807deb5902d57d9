"""Targets, attainment, coverage and the reverse funnel (model/targets.py) against figures
computed by hand, and the target services' undo round trips (model/services/targets.py).

The fixture's quarter 2027Q1, base CNY, 1 USD = 7 CNY, no rate for EUR; stage
probabilities set by hand (P3 20%, P4 40%, P5 60%, P6 80%):

=====  =====  ======  ==========  ======================  ==========================
deal   owner  status  day         amount                  counts as
=====  =====  ======  ==========  ======================  ==========================
w1     Liu    won     2027-01-15  100,000 CNY, contract   won 90,000 (contract value)
                                  90,000
w2     Liu    won     2027-03-31  10,000 USD              won 70,000 (last day in)
w3     Liu    won     2027-04-01  500,000 CNY             not in the quarter
w4     Wang   won     2027-02-01  40,000 CNY              won 40,000
w5     Wang   won     2027-02-02  1,000 EUR               left out (no rate): missing
w6     —      won     2027-01-10  10,000 CNY              the team's only
l1     Liu    lost    2027-02-10  80,000 CNY              nothing
o1     Liu    P4      2027-02-15  200,000 CNY             pipeline; weighted 80,000
o2     Liu    P3      2027-03-01  100,000 CNY             pipeline; weighted 20,000
o3     Wang   P6      2027-05-01  300,000 CNY             outside (expected later)
o4     Wang   P5      2027-01-20  50,000 USD              pipeline 350,000; w. 210,000
o5     Wang   P3      2027-06-01  100,000 CNY             outside; a P3 deal all the same
=====  =====  ======  ==========  ======================  ==========================

Payments: on w1 30,000 CNY on 2027-01-20 (in) and 20,000 on 2026-12-31 (out);
on w2 1,000 USD on 2027-02-10 (7,000).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from model.entities import Deal, Instalment, Payment, Target, TeamMember
from model.errors import InvalidValue, NotFound
from model.sample import generate_sample
from model.services import accounts, team
from model.services.targets import delete_target, restore_target, set_target, undo_set_target
from model.settings import set_setting
from model.targets import attainment, reverse_funnel, target_rows
from model.workspace import Workspace, open_workspace

Q = "2027Q1"


@dataclass
class W:
    liu: int
    wang: int
    boss: int
    zhao: int  # an inactive rep
    deals: dict[str, int]


def _deal(s: Session, account: int, owner: int | None, name: str, **values: object) -> int:
    deal = Deal(account_id=account, name=name, owner_id=owner, **values)
    s.add(deal)
    s.flush()
    return deal.id


@pytest.fixture
def w(workspace: Workspace) -> W:
    with workspace.begin() as s:

        def member(name: str, role: str) -> int:
            return team.create_member(s, {"name": name, "role": role}).created_id("member")

        boss = member("Chen Boss", "manager")
        liu, wang, zhao = member("Liu", "rep"), member("Wang", "rep"), member("Zhao", "rep")
        team.update_member(s, zhao, {"active": False})
        acc = accounts.create_account(s, {"name": "Acme"}).created_id("account")
        set_setting(s, "currency_rates", {"USD": 7.0})
        set_setting(s, "stage_probabilities", {"P3": 0.2, "P4": 0.4, "P5": 0.6, "P6": 0.8})
        won = {"status": "won", "stage": "P7"}
        d = {
            "w1": _deal(s, acc, liu, "w1", amount=100_000, contract_value=90_000,
                        closed_on=date(2027, 1, 15), **won),
            "w2": _deal(s, acc, liu, "w2", amount=10_000, currency="USD",
                        closed_on=date(2027, 3, 31), **won),
            "w3": _deal(s, acc, liu, "w3", amount=500_000, closed_on=date(2027, 4, 1), **won),
            "w4": _deal(s, acc, wang, "w4", amount=40_000, closed_on=date(2027, 2, 1), **won),
            "w5": _deal(s, acc, wang, "w5", amount=1_000, currency="EUR",
                        closed_on=date(2027, 2, 2), **won),
            "w6": _deal(s, acc, None, "w6", amount=10_000, closed_on=date(2027, 1, 10), **won),
            "l1": _deal(s, acc, liu, "l1", amount=80_000, closed_on=date(2027, 2, 10),
                        status="lost", stage="P5"),
            "o1": _deal(s, acc, liu, "o1", amount=200_000, stage="P4",
                        expected_close=date(2027, 2, 15)),
            "o2": _deal(s, acc, liu, "o2", amount=100_000, stage="P3",
                        expected_close=date(2027, 3, 1)),
            "o3": _deal(s, acc, wang, "o3", amount=300_000, stage="P6",
                        expected_close=date(2027, 5, 1)),
            "o4": _deal(s, acc, wang, "o4", amount=50_000, currency="USD", stage="P5",
                        expected_close=date(2027, 1, 20)),
            "o5": _deal(s, acc, wang, "o5", amount=100_000, stage="P3",
                        expected_close=date(2027, 6, 1)),
        }  # fmt: skip
        for deal, paid in (
            ("w1", [(30_000, date(2027, 1, 20)), (20_000, date(2026, 12, 31))]),
            ("w2", [(1_000, date(2027, 2, 10))]),
        ):
            inst = Instalment(deal_id=d[deal], seq=1, amount=sum(a for a, _ in paid))
            s.add(inst)
            s.flush()
            for amount, day in paid:
                s.add(Payment(instalment_id=inst.id, amount=amount, received_on=day))
        return W(liu, wang, boss, zhao, d)


def _targets(workspace: Workspace, w: W) -> None:
    with workspace.begin() as s:
        set_target(s, w.liu, Q, 400_000)
        set_target(s, w.liu, Q, 100_000, "collected")
        set_target(s, w.wang, Q, 30_000)
        set_target(s, None, Q, 500_000)
        set_target(s, w.zhao, "2027Q2", 1_000)


def test_attainment_coverage_and_gap_by_hand(workspace: Workspace, w: W) -> None:
    _targets(workspace, w)
    with workspace.sessions() as s:
        base, rows = attainment(s, Q)
    assert base == "CNY"
    # The team first, then the active reps by name; the manager (no target, no deals)
    # and Zhao (inactive, a target in another quarter only) are not listed.
    assert [(r.member_id, r.name) for r in rows] == [
        (None, "Team"),
        (w.liu, "Liu"),
        (w.wang, "Wang"),
    ]
    team_row, liu, wang = rows

    assert (liu.target, liu.won, liu.won_count, liu.collected) == (400_000, 160_000, 2, 37_000)
    assert liu.attainment == pytest.approx(0.4)
    assert (liu.pipeline, liu.weighted) == (pytest.approx(300_000), pytest.approx(100_000))
    assert liu.gap == 240_000
    assert liu.coverage == pytest.approx(1.25)
    assert liu.collected_target == 100_000
    assert liu.collected_attainment == pytest.approx(0.37)

    # Wang beat his target: nothing left to cover. The EUR deal counts as a deal, not money.
    assert (wang.target, wang.won, wang.won_count) == (30_000, 40_000, 2)
    assert wang.attainment == pytest.approx(40 / 30)
    assert (wang.gap, wang.coverage) == (0.0, None)
    assert (wang.pipeline, wang.weighted) == (pytest.approx(350_000), pytest.approx(210_000))
    assert wang.collected_target is None and wang.collected_attainment is None

    # The team: every deal (the unowned w6 too), against its own target.
    assert (team_row.target, team_row.won, team_row.collected) == (500_000, 210_000, 37_000)
    assert team_row.attainment == pytest.approx(0.42)
    assert (team_row.pipeline, team_row.weighted) == (
        pytest.approx(650_000),
        pytest.approx(310_000),
    )
    assert team_row.gap == 290_000
    assert team_row.coverage == pytest.approx(650_000 / 290_000)


def test_without_targets_nothing_is_left_and_coverage_is_none(workspace: Workspace, w: W) -> None:
    with workspace.sessions() as s:
        _, rows = attainment(s, Q)
    for r in rows:
        assert (r.target, r.attainment, r.gap, r.coverage) == (None, None, 0.0, None)
    assert rows[1].won == 160_000


def test_months_and_years_cut_the_same_deals(workspace: Workspace, w: W) -> None:
    with workspace.sessions() as s:
        jan = {r.member_id: r for r in attainment(s, "2027-01")[1]}
        year = {r.member_id: r for r in attainment(s, "2027")[1]}
    assert (jan[w.liu].won, jan[w.liu].collected, jan[w.liu].pipeline) == (90_000, 30_000, 0)
    assert jan[None].won == 100_000  # w1 and w6
    # The year holds w3 (April) and o3 (May) and o5 (June) too.
    assert year[w.liu].won == 660_000
    assert year[w.wang].pipeline == pytest.approx(350_000 + 300_000 + 100_000)


def test_reverse_funnel_by_hand(workspace: Workspace, w: W) -> None:
    _targets(workspace, w)
    with workspace.sessions() as s:
        liu = reverse_funnel(s, Q, w.liu)
        everyone = reverse_funnel(s, Q)
        wang = reverse_funnel(s, Q, w.wang)
    # Every won deal of the workspace, EUR left out: (90+70+500+40+10) / 5 thousand.
    average = 710_000 / 5
    assert liu.average_won == pytest.approx(average)
    assert liu.missing_rates == frozenset({"EUR"})
    assert liu.probabilities == {"P3": 0.2, "P4": 0.4}
    assert (liu.target, liu.won, liu.remaining) == (400_000, 160_000, 240_000)
    assert liu.needed["P4"] == pytest.approx(240_000 / (average * 0.4))  # 4.23
    assert liu.needed["P3"] == pytest.approx(240_000 / (average * 0.2))  # 8.45
    assert liu.have == {"P3": 1, "P4": 1}

    assert everyone.remaining == 290_000
    assert everyone.needed["P4"] == pytest.approx(290_000 / (average * 0.4))
    assert everyone.have == {"P3": 2, "P4": 1}  # o2, o5; o1

    assert wang.remaining == 0.0 and wang.needed == {"P3": 0.0, "P4": 0.0}
    assert wang.have == {"P3": 1, "P4": 0}


def test_reverse_funnel_without_won_deals_has_no_average(workspace: Workspace) -> None:
    with workspace.begin() as s:
        set_target(s, None, Q, 100_000)
    with workspace.sessions() as s:
        found = reverse_funnel(s, Q)
    assert (found.remaining, found.average_won, found.needed) == (100_000, None, {})
    assert found.have == {"P3": 0, "P4": 0}


# -- services ------------------------------------------------------------------------


def _rows(workspace: Workspace) -> list[tuple[int | None, str, str, float]]:
    with workspace.sessions() as s:
        return [(r.member_id, r.period, r.kind, r.amount) for r in target_rows(s)]


def test_set_target_creates_then_changes_and_undo_round_trips(workspace: Workspace, w: W) -> None:
    with workspace.begin() as s:
        first = set_target(s, w.liu, Q, 400_000)
    tid = first.created_id("target")
    assert first.undo["old"] is None
    assert _rows(workspace) == [(w.liu, Q, "won", 400_000)]

    with workspace.begin() as s:
        second = set_target(s, w.liu, Q, 450_000)
    assert second.ids("target") == {tid} and second.updated
    assert second.undo["old"] == 400_000
    assert _rows(workspace) == [(w.liu, Q, "won", 450_000)]

    with workspace.begin() as s:
        undone = undo_set_target(s, second.undo)
    assert undone.ids("target") == {tid}
    assert _rows(workspace) == [(w.liu, Q, "won", 400_000)]
    with workspace.begin() as s:
        undo_set_target(s, first.undo)  # there was none: the target goes
    assert _rows(workspace) == []
    with workspace.begin() as s:  # redo
        set_target(s, w.liu, Q, 400_000)
        set_target(s, w.liu, Q, 450_000)
    assert _rows(workspace) == [(w.liu, Q, "won", 450_000)]


def test_the_team_has_one_target_per_period_and_kind(workspace: Workspace, w: W) -> None:
    with workspace.begin() as s:
        set_target(s, None, Q, 1_000)
        set_target(s, None, Q, 2_000)
        set_target(s, None, Q, 500, "collected")
        set_target(s, w.wang, Q, 300)
    assert _rows(workspace) == [
        (None, Q, "collected", 500),
        (None, Q, "won", 2_000),
        (w.wang, Q, "won", 300),
    ]
    with workspace.sessions() as s:
        assert [r.member_name for r in target_rows(s, Q)] == ["", "", "Wang"]
        assert target_rows(s, "2027Q2") == []


def test_delete_target_and_restore(workspace: Workspace, w: W) -> None:
    with workspace.begin() as s:
        tid = set_target(s, w.wang, Q, 300).created_id("target")
    with workspace.begin() as s:
        gone = delete_target(s, tid)
    assert gone.deleted == {("target", tid)}
    assert _rows(workspace) == []
    with workspace.begin() as s:
        back = restore_target(s, gone.undo["snapshot"])
    assert back.created == {("target", tid)}
    assert _rows(workspace) == [(w.wang, Q, "won", 300)]
    with workspace.sessions() as s:
        assert s.execute(select(func.count(Target.id))).scalar_one() == 1


@pytest.mark.parametrize(
    ("member", "period", "amount", "kind", "error"),
    [
        ("liu", "2027Q5", 1, "won", InvalidValue),
        ("liu", "Q1", 1, "won", InvalidValue),
        ("liu", Q, -1, "won", InvalidValue),
        ("liu", Q, float("nan"), "won", InvalidValue),
        ("liu", Q, "lots", "won", InvalidValue),
        ("liu", Q, 1, "signed", InvalidValue),
        ("nobody", Q, 1, "won", NotFound),
    ],
)
def test_set_target_refuses_what_is_not_a_target(
    workspace: Workspace, w: W, member: str, period: str, amount: object, kind: str, error: type
) -> None:
    member_id = w.liu if member == "liu" else 9_999
    with workspace.begin() as s, pytest.raises(error):
        set_target(s, member_id, period, amount, kind)  # type: ignore[arg-type]
    assert _rows(workspace) == []


# -- the sample ----------------------------------------------------------------------


def test_the_sample_sets_won_targets_for_this_quarter_and_the_next(tmp_path: Path) -> None:
    ws = open_workspace(tmp_path / "sample.kan", create=True)
    try:
        generate_sample(ws.engine, lang="en", size="small", today=date(2026, 12, 5))
        with ws.sessions() as s:
            found = target_rows(s)
            rep = TeamMember.role == "rep"
            reps = {m.id for m in s.execute(select(TeamMember).where(rep)).scalars()}
            _, now = attainment(s, "2026Q4")
    finally:
        ws.close()
    by = {(t.member_id, t.period): t.amount for t in found}
    assert {t.kind for t in found} == {"won"}
    assert set(by) == {(m, p) for m in [*reps, None] for p in ("2026Q4", "2027Q1")}
    for period in ("2026Q4", "2027Q1"):
        of_reps = sum(by[(m, period)] for m in reps)
        assert by[(None, period)] == round(of_reps * 0.95, -4)
    # Two months into the quarter the team has won part of its target, and its open deals
    # expected this quarter cover what is left a few times over.
    team_row = now[0]
    assert team_row.attainment is not None and 0.2 < team_row.attainment < 1.0
    assert team_row.coverage is not None and 1.0 < team_row.coverage < 10.0
