"""Win and cash (回款) forecasts against figures worked out by hand on a small world.

The world (``build_world``), on TODAY = 2027-02-10, base CNY, 1 USD = 7 CNY, no
rate for EUR, probabilities P3 20%, P4 40%, P5 50%, P6 70%, P7 90%:

====  =====  ======  ============  =====================  ==========================
deal  stage  owner   value         expected close         notes
====  =====  ======  ============  =====================  ==========================
D1    P6     Ann     100,000 CNY   2027-02-20             no plan
D2    P5     Bob     10,000 USD    2027-02-05             no plan (70,000 CNY)
D3    P3     Ann     200,000 CNY   2027-03-15             no plan
D4    P2     Ann     50,000 CNY    2027-02-28             omitted (P1/P2)
D5    P4     Bob     80,000 CNY    2027-03-01             override: commit, 60,000, 2027-02-25;
                                                          plan 20,000 due 03-10, 40,000 undated
D6    P3     Ann     30,000 EUR    2027-02-15             no rate
D7    P4     Ann     40,000 CNY    none                   undated
D8    P5     Ann     90,000 CNY    2027-01-20             slipped
D9    P7     Ann     contract      2027-02-28             signed 01-05; plan 30,000 due 01-31
                     100,000 CNY                          (unpaid), 70,000 due 06-30
W1    won    Ann     contract      closed 2027-02-03      plan 45,000 due 01-25 paid 02-03;
                     150,000 CNY                          60,000 due 02-05, 20,000 paid 02-08;
                                                          45,000 due 04-30
W2    won    Bob     50,000 CNY    closed 2027-01-15      50,000 due 01-10, 15,000 paid 01-12
L1    lost   Ann     10,000 CNY    closed 2027-02-04      5,000 due 01-01 unpaid (ignored)
====  =====  ======  ============  =====================  ==========================
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import make
import pytest
from sqlalchemy.orm import Session

from model.entities import Deal, ForecastOverride, Instalment, Payment
from model.forecast import (
    CashMonth,
    ForecastPeriod,
    cash_forecast,
    default_category,
    win_forecast,
)
from model.methodology import load_methodology
from model.settings import set_setting
from model.workspace import Workspace

TODAY = date(2027, 2, 10)
PROBABILITIES = {"P1": 0.05, "P2": 0.1, "P3": 0.2, "P4": 0.4, "P5": 0.5, "P6": 0.7, "P7": 0.9}


@dataclass
class World:
    ann: int
    bob: int
    d: dict[str, int]


def _deal(
    s: Session,
    account: int,
    name: str,
    stage: str,
    owner: int,
    amount: float,
    close: date | None,
    currency: str = "CNY",
    **fields: object,
) -> int:
    ident = make.deal_at(s, account, name, stage)
    row = s.get(Deal, ident)
    assert row is not None
    row.owner_id, row.amount, row.currency, row.expected_close = owner, amount, currency, close
    for key, value in fields.items():
        setattr(row, key, value)
    s.flush()
    return ident


def _instalment(
    s: Session,
    deal: int,
    seq: int,
    amount: float,
    due: date | None,
    paid: tuple[tuple[float, date], ...] = (),
) -> int:
    row = Instalment(
        deal_id=deal,
        seq=seq,
        amount=amount,
        due_on=due,
        received_amount=sum(a for a, _ in paid),
        received_on=max((d for _, d in paid), default=None),
    )
    s.add(row)
    s.flush()
    for amount_paid, day in paid:
        s.add(Payment(instalment_id=row.id, amount=amount_paid, received_on=day))
    s.flush()
    return row.id


def build_world(s: Session) -> World:
    set_setting(s, "stage_probabilities", PROBABILITIES)
    set_setting(s, "learn_probabilities", False)
    set_setting(s, "base_currency", "CNY")
    set_setting(s, "currency_rates", {"USD": 7.0})
    ann, bob = make.member(s, "Ann", "rep"), make.member(s, "Bob", "rep")
    acme = make.account(s, "Acme")
    d: dict[str, int] = {}
    d["D1"] = _deal(s, acme, "D1", "P6", ann, 100_000, date(2027, 2, 20))
    d["D2"] = _deal(s, acme, "D2", "P5", bob, 10_000, date(2027, 2, 5), "USD")
    d["D3"] = _deal(s, acme, "D3", "P3", ann, 200_000, date(2027, 3, 15))
    d["D4"] = _deal(s, acme, "D4", "P2", ann, 50_000, date(2027, 2, 28))
    d["D5"] = _deal(s, acme, "D5", "P4", bob, 80_000, date(2027, 3, 1))
    s.add(
        ForecastOverride(
            deal_id=d["D5"],
            category="commit",
            amount=60_000,
            close_on=date(2027, 2, 25),
            note="Letter of intent signed",
        )
    )
    _instalment(s, d["D5"], 1, 20_000, date(2027, 3, 10))
    _instalment(s, d["D5"], 2, 40_000, None)
    d["D6"] = _deal(s, acme, "D6", "P3", ann, 30_000, date(2027, 2, 15), "EUR")
    d["D7"] = _deal(s, acme, "D7", "P4", ann, 40_000, None)
    d["D8"] = _deal(s, acme, "D8", "P5", ann, 90_000, date(2027, 1, 20))
    d["D9"] = _deal(
        s,
        acme,
        "D9",
        "P7",
        ann,
        90_000,
        date(2027, 2, 28),
        contract_value=100_000,
        contract_signed_on=date(2027, 1, 5),
    )
    _instalment(s, d["D9"], 1, 30_000, date(2027, 1, 31))
    _instalment(s, d["D9"], 2, 70_000, date(2027, 6, 30))
    won = {"status": "won"}
    d["W1"] = _deal(
        s,
        acme,
        "W1",
        "P7",
        ann,
        120_000,
        date(2027, 2, 1),
        contract_value=150_000,
        closed_on=date(2027, 2, 3),
        **won,
    )
    _instalment(s, d["W1"], 1, 45_000, date(2027, 1, 25), ((45_000, date(2027, 2, 3)),))
    _instalment(s, d["W1"], 2, 60_000, date(2027, 2, 5), ((20_000, date(2027, 2, 8)),))
    _instalment(s, d["W1"], 3, 45_000, date(2027, 4, 30))
    d["W2"] = _deal(
        s, acme, "W2", "P7", bob, 50_000, date(2027, 1, 1), closed_on=date(2027, 1, 15), **won
    )
    _instalment(s, d["W2"], 1, 50_000, date(2027, 1, 10), ((15_000, date(2027, 1, 12)),))
    d["L1"] = _deal(
        s, acme, "L1", "P4", ann, 10_000, None, status="lost", closed_on=date(2027, 2, 4)
    )
    _instalment(s, d["L1"], 1, 5_000, date(2027, 1, 1))
    return World(ann, bob, d)


@pytest.fixture
def world(workspace: Workspace) -> World:
    with workspace.begin() as s:
        return build_world(s)


def test_default_categories_follow_the_stage() -> None:
    assert [default_category(f"P{n}") for n in range(1, 8)] == [
        "omitted",
        "omitted",
        "pipeline",
        "pipeline",
        "best_case",
        "commit",
        "commit",
    ]


# -- win forecast ---------------------------------------------------------------------------


def test_win_forecast_per_month(workspace: Workspace, world: World) -> None:
    d = world.d
    with workspace.sessions() as s:
        f = win_forecast(s, "month", periods=3, today=TODAY)
    assert f.base == "CNY" and f.grain == "month"
    assert f.missing_rates == {"EUR"}
    feb, mar, apr = f.periods
    # won: W1's contract value; commit: D1 100,000 + D5's override 60,000 + D9's contract
    # 100,000; best case: D2 10,000 USD = 70,000; D6 (EUR) has no rate; D4 (P2) is omitted.
    # weighted: 100,000×0.7 + 70,000×0.5 + 60,000×0.4 (D5's stage P4) + 100,000×0.9
    assert feb == ForecastPeriod(
        "2027-02",
        won=150_000,
        commit=260_000,
        best_case=70_000,
        pipeline=0,
        weighted=pytest.approx(219_000),
        deal_ids=tuple(sorted(d[k] for k in ("W1", "D1", "D2", "D5", "D6", "D9"))),
    )
    assert mar == ForecastPeriod("2027-03", 0, 0, 0, 200_000, pytest.approx(40_000), (d["D3"],))
    assert apr == ForecastPeriod("2027-04", 0, 0, 0, 0, 0, ())
    assert f.undated == (d["D7"],)
    assert f.slipped == (d["D8"],)
    listed = {x.deal_id for x in f.deals}
    assert listed == {d[k] for k in ("D1", "D2", "D3", "D4", "D5", "D6", "D7", "D8", "D9")}


def test_each_deal_carries_its_category_amount_and_weight(
    workspace: Workspace, world: World
) -> None:
    with workspace.sessions() as s:
        f = win_forecast(s, "month", periods=3, today=TODAY)
    by = {x.name: x for x in f.deals}
    d5 = by["D5"]
    assert (d5.category, d5.overridden, d5.note) == ("commit", True, "Letter of intent signed")
    assert (d5.amount, d5.base_amount, d5.close_on, d5.period) == (
        60_000,
        60_000,
        date(2027, 2, 25),
        "2027-02",
    )
    assert (d5.probability, d5.weighted) == (0.4, pytest.approx(24_000))
    d2 = by["D2"]
    assert (d2.amount, d2.currency, d2.base_amount, d2.weighted) == (
        10_000,
        "USD",
        70_000,
        35_000,
    )
    assert (d2.owner_name, d2.account_name, d2.category) == ("Bob", "Acme", "best_case")
    assert (by["D4"].category, by["D4"].weighted) == ("omitted", 0)
    assert (by["D6"].base_amount, by["D6"].weighted) == (None, 0)
    assert (by["D7"].close_on, by["D7"].period) == (None, "")
    assert by["D9"].amount == 100_000  # the contract value, not the estimate


def test_win_forecast_per_quarter_holds_the_slipped_deal_of_january(
    workspace: Workspace, world: World
) -> None:
    with workspace.sessions() as s:
        f = win_forecast(s, "quarter", periods=2, today=TODAY)
    q1, q2 = f.periods
    # + W2 (won in January), + D8 (P5, 90,000, expected 2027-01-20) now inside the period
    assert (q1.period, q1.won, q1.commit, q1.best_case, q1.pipeline) == (
        "2027Q1",
        200_000,
        260_000,
        160_000,
        200_000,
    )
    assert q1.weighted == pytest.approx(219_000 + 40_000 + 45_000)
    assert (q2.period, q2.weighted, q2.deal_ids) == ("2027Q2", 0, ())
    assert f.slipped == ()


def test_win_forecast_of_one_owner(workspace: Workspace, world: World) -> None:
    with workspace.sessions() as s:
        ann = win_forecast(s, "month", periods=1, owner_id=world.ann, today=TODAY).periods[0]
        bob = win_forecast(s, "month", periods=1, owner_id=world.bob, today=TODAY).periods[0]
    assert (ann.won, ann.commit, ann.best_case, ann.weighted) == (
        150_000,
        200_000,
        0,
        pytest.approx(160_000),
    )
    assert (bob.won, bob.commit, bob.best_case, bob.weighted) == (
        0,
        60_000,
        70_000,
        pytest.approx(59_000),
    )


def test_a_rate_added_brings_the_amount_in(workspace: Workspace, world: World) -> None:
    with workspace.begin() as s:
        set_setting(s, "currency_rates", {"USD": 7.0, "EUR": 8.0})
    with workspace.sessions() as s:
        f = win_forecast(s, "month", periods=1, today=TODAY)
    assert f.missing_rates == frozenset()
    assert f.periods[0].pipeline == 240_000  # D6: 30,000 EUR × 8
    assert f.periods[0].weighted == pytest.approx(219_000 + 48_000)


# -- cash forecast --------------------------------------------------------------------------


def test_cash_forecast_per_month(workspace: Workspace, world: World) -> None:
    d = world.d
    with workspace.sessions() as s:
        f = cash_forecast(s, months=6, today=TODAY)
    assert load_methodology().first_payment_min == pytest.approx(0.3)
    assert f.base == "CNY" and f.missing_rates == {"EUR"}
    feb, mar, apr, may, jun, jul = f.months
    # received: W1 45,000 (02-03) + 20,000 (02-08); due: W1's second instalment lacks 40,000;
    # expected: 30% of D1 ×0.7 = 21,000 and 30% of D2's 70,000 ×0.5 = 10,500
    assert feb == CashMonth(
        "2027-02", 65_000, 40_000, pytest.approx(31_500), tuple(sorted((d["W1"], d["D1"], d["D2"])))
    )
    # D3: 30% of 200,000 ×0.2; D5's plan: 20,000 ×0.4 (its stage P4)
    assert mar == CashMonth(
        "2027-03", 0, 0, pytest.approx(20_000), tuple(sorted((d["D3"], d["D5"])))
    )
    # W1's third instalment; D8 (slipped to January): the rest 63,000 ×0.5 three months on
    assert apr == CashMonth(
        "2027-04", 0, 45_000, pytest.approx(31_500), tuple(sorted((d["W1"], d["D8"])))
    )
    # the rests three months on: D1 70,000×0.7, D2 49,000×0.5; D5's undated 40,000×0.4
    assert may == CashMonth(
        "2027-05", 0, 0, pytest.approx(89_500), tuple(sorted((d["D1"], d["D2"], d["D5"])))
    )
    # D3's rest 140,000×0.2; D9's plan 70,000×0.9
    assert jun == CashMonth(
        "2027-06", 0, 0, pytest.approx(91_000), tuple(sorted((d["D3"], d["D9"])))
    )
    assert jul == CashMonth("2027-07", 0, 0, 0, ())
    assert jun.total == pytest.approx(91_000)


def test_overdue_instalments_with_days_late(workspace: Workspace, world: World) -> None:
    d = world.d
    with workspace.sessions() as s:
        overdue = cash_forecast(s, months=1, today=TODAY).overdue
    got = [(o.deal_id, o.seq, o.due_on, o.outstanding, o.days_late) for o in overdue]
    # W1's first instalment is paid; L1 is lost; D5 has no signed contract (and nothing due)
    assert got == [
        (d["W2"], 1, date(2027, 1, 10), 35_000, 31),
        (d["D9"], 1, date(2027, 1, 31), 30_000, 10),
        (d["W1"], 2, date(2027, 2, 5), 40_000, 5),
    ]
    assert (overdue[0].deal_name, overdue[0].account_name, overdue[0].currency) == (
        "W2",
        "Acme",
        "CNY",
    )


def test_cash_forecast_of_one_owner(workspace: Workspace, world: World) -> None:
    with workspace.sessions() as s:
        f = cash_forecast(s, months=4, owner_id=world.bob, today=TODAY)
    feb, mar, _apr, _may = f.months
    assert (feb.received, feb.due_won, feb.expected_open) == (0, 0, pytest.approx(10_500))
    assert mar.expected_open == pytest.approx(8_000)
    assert [o.deal_id for o in f.overdue] == [world.d["W2"]]


def test_an_override_of_omitted_takes_the_deal_out_of_both_forecasts(
    workspace: Workspace, world: World
) -> None:
    from model.services.forecast import set_forecast_override

    with workspace.begin() as s:
        set_forecast_override(s, world.d["D1"], "omitted", "Customer froze the budget")
    with workspace.sessions() as s:
        win = win_forecast(s, "month", periods=1, today=TODAY).periods[0]
        cash = cash_forecast(s, months=1, today=TODAY).months[0]
    assert (win.commit, win.weighted) == (160_000, pytest.approx(149_000))
    assert cash.expected_open == pytest.approx(10_500)


def test_an_open_deal_owes_its_instalments_once_the_contract_is_signed(
    workspace: Workspace, world: World
) -> None:
    d3 = world.d["D3"]
    with workspace.begin() as s:
        _instalment(s, d3, 1, 60_000, date(2027, 1, 5), ((10_000, date(2027, 1, 6)),))
    with workspace.sessions() as s:
        assert d3 not in {o.deal_id for o in cash_forecast(s, today=TODAY).overdue}
    with workspace.begin() as s:
        row = s.get(Deal, d3)
        assert row is not None
        row.contract_signed_on = date(2027, 1, 4)
    with workspace.sessions() as s:
        late = [o for o in cash_forecast(s, today=TODAY).overdue if o.deal_id == d3]
    assert [(o.seq, o.outstanding, o.days_late) for o in late] == [(1, 50_000, 36)]
