"""Money in the base currency and the period keys every report shares, against
hand-computed values."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from itertools import pairwise

import pytest

from model.board import LaneHeader, board_entries, merge_probabilities, summary_of, tally
from model.currencies import base_and_rates
from model.entities import Setting
from model.money import (
    Rates,
    Total,
    month_key,
    period_bounds,
    periods_from,
    quarter_key,
    rates_from,
    total,
    workspace_rates,
)
from model.rows import DealCard
from model.settings import set_setting
from model.workspace import Workspace


def test_to_base_converts_with_the_rate_and_refuses_unknown_codes() -> None:
    rates = Rates("CNY", {"USD": 7.25, "EUR": 7.8})
    assert rates.to_base(200, "USD") == pytest.approx(1450.0)
    assert rates.to_base(10, "EUR") == pytest.approx(78.0)
    assert rates.to_base(123.5, "CNY") == 123.5  # the base itself needs no rate
    assert rates.to_base(1, "JPY") is None


def test_total_adds_converted_amounts_and_names_the_missing_ones() -> None:
    rates = Rates("CNY", {"USD": 7.0})
    # 1000 CNY + 2 * 100 USD * 7 = 2400; 50 EUR and 3 JPY left out
    got = total([(1000, "CNY"), (100, "USD"), (50, "EUR"), (100, "USD"), (3, "JPY")], rates)
    assert got == Total(2400.0, "CNY", True, frozenset({"EUR", "JPY"}))
    assert total([(5, "CNY"), (6, "CNY")], rates) == Total(11.0, "CNY", False, frozenset())
    assert total([], rates) == Total(0.0, "CNY", False, frozenset())


def test_rates_from_settings_ignores_malformed_entries() -> None:
    got = rates_from("USD", {"CNY": 0.14, "EUR": "x", "JPY": -1, "USD": 3, "GBP": True})
    assert got == Rates("USD", {"CNY": 0.14})
    assert rates_from(None, None) == Rates("CNY", {})


def test_workspace_rates_follow_the_settings(workspace: Workspace) -> None:
    with workspace.begin() as s:
        assert workspace_rates(s) == Rates("CNY", {})
        set_setting(s, "base_currency", "USD")
        set_setting(s, "currency_rates", {"CNY": 0.14, "EUR": 1.1})
    with workspace.begin() as s:
        rates = workspace_rates(s)
    assert rates.base == "USD"
    assert dict(rates.rates) == {"CNY": 0.14, "EUR": 1.1}
    assert rates.to_base(1000, "CNY") == pytest.approx(140.0)


def test_hand_edited_rate_settings_fall_back_rather_than_fail(workspace: Workspace) -> None:
    """A settings row edited outside the app (not JSON, a rate that is text or
    negative, a base that is no currency) leaves the usable part in force."""
    with workspace.begin() as s:
        s.merge(Setting(key="base_currency", value="{broken"))
        s.merge(Setting(key="currency_rates", value='{"USD": 7.2, "EUR": "x", "JPY": -1, "XX": 2}'))
    with workspace.begin() as s:
        assert workspace_rates(s) == Rates("CNY", {"USD": 7.2})
    assert base_and_rates({"base_currency": '"XYZ"', "currency_rates": "[1]"}) == ("CNY", {})


@pytest.mark.parametrize(
    ("day", "month", "quarter"),
    [
        (date(2027, 1, 1), "2027-01", "2027Q1"),
        (date(2027, 3, 31), "2027-03", "2027Q1"),
        (date(2027, 4, 1), "2027-04", "2027Q2"),
        (date(2027, 9, 30), "2027-09", "2027Q3"),
        (date(2027, 12, 31), "2027-12", "2027Q4"),
    ],
)
def test_month_and_quarter_keys(day: date, month: str, quarter: str) -> None:
    assert month_key(day) == month
    assert quarter_key(day) == quarter


def test_period_bounds() -> None:
    assert period_bounds("2027-01") == (date(2027, 1, 1), date(2027, 1, 31))
    assert period_bounds("2028-02") == (date(2028, 2, 1), date(2028, 2, 29))  # leap year
    assert period_bounds("2027-12") == (date(2027, 12, 1), date(2027, 12, 31))
    assert period_bounds("2027Q1") == (date(2027, 1, 1), date(2027, 3, 31))
    assert period_bounds("2027Q2") == (date(2027, 4, 1), date(2027, 6, 30))
    assert period_bounds("2027Q4") == (date(2027, 10, 1), date(2027, 12, 31))
    assert period_bounds("2027") == (date(2027, 1, 1), date(2027, 12, 31))
    for bad in ("2027-13", "2027Q5", "27Q1", "", "2027-1"):
        with pytest.raises(ValueError):
            period_bounds(bad)


def test_periods_from() -> None:
    assert periods_from(date(2027, 11, 15), "month", 4) == [
        "2027-11",
        "2027-12",
        "2028-01",
        "2028-02",
    ]
    assert periods_from(date(2027, 8, 31), "quarter", 3) == ["2027Q3", "2027Q4", "2028Q1"]
    assert periods_from(date(2027, 1, 1), "month", 0) == []
    # each key's bounds hold the next key's first day - 1
    keys = periods_from(date(2026, 12, 1), "quarter", 5)
    for a, b in pairwise(keys):
        assert (period_bounds(b)[0] - period_bounds(a)[1]).days == 1


# -- the board's column totals in the base currency ----------------------------------

NOW = datetime(2026, 6, 1, 12, 0)


def _card(ident: int, amount: float, currency: str, owner: str = "", owner_id: int = 0) -> DealCard:
    return DealCard(
        id=ident,
        name=f"Deal {ident}",
        account_id=1,
        account="Acme",
        amount=amount,
        currency=currency,
        expected_close=None,
        owner_id=owner_id or None,
        owner=owner,
        stage="P3",
        status="open",
        stage_entered_at=NOW - timedelta(days=ident),
        protection_expires=None,
        region="",
        industry="",
        elements_verified=0,
        exits_done=0,
        has_coach=False,
        kdm_support=None,
    )


def test_column_totals_convert_and_leave_out_amounts_without_a_rate() -> None:
    rates = Rates("CNY", {"USD": 7.0})
    a, b, c, d = _card(1, 100, "CNY"), _card(2, 10, "USD"), _card(3, 5, "EUR"), _card(4, 20, "USD")
    sums = tally([a, b, c, d], NOW, rates)
    # 100 CNY + (10 + 20) USD * 7 = 310 CNY; 5 EUR left out but counted as a card
    assert (sums.count, sums.total, sums.missing, sums.converted) == (
        4,
        310.0,
        frozenset({"EUR"}),
        True,
    )
    shown = summary_of("P3", sums, merge_probabilities({"P3": 0.25}))
    assert (shown.total, shown.weighted, shown.base, shown.missing) == (
        310.0,
        77.5,
        "CNY",
        frozenset({"EUR"}),
    )
    # A drop takes cards out and puts them in: the same as a fresh sum of what is left.
    sums.remove(b, NOW)
    sums.remove(c, NOW)
    assert (sums.count, sums.total, sums.missing) == (2, 240.0, frozenset())
    assert sums == tally([a, d], NOW, rates)
    sums.add(c, NOW)
    assert sums == tally([a, d, c], NOW, rates)
    # Without rates amounts add as they stand (the board before it reads the settings).
    raw = tally([a, b, c, d], NOW)
    assert (raw.total, raw.missing, raw.converted) == (135.0, frozenset(), False)
    only_base = tally([a], NOW, rates)
    assert (only_base.total, only_base.converted) == (100.0, False)


def test_lane_totals_convert_too() -> None:
    rates = Rates("USD", {"CNY": 0.125})
    liu, wang = ("Liu", 1), ("Wang", 2)
    cards = [_card(1, 800, "CNY", *liu), _card(2, 50, "USD", *liu), _card(3, 9, "JPY", *wang)]
    entries = board_entries({"P3": cards}, "amount", "owner", rates=rates)["P3"]
    lanes = {e.label: (e.count, e.total, e.missing) for e in entries if isinstance(e, LaneHeader)}
    # Liu: 800 * 0.125 + 50 = 150 USD; Wang's JPY has no rate
    assert lanes == {"Liu": (2, 150.0, frozenset()), "Wang": (1, 0.0, frozenset({"JPY"}))}
