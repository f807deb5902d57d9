"""Money across currencies and the calendar periods reports are cut into.

A workspace keeps one base currency (setting ``base_currency``) and a rate
per other currency (setting ``currency_rates``: how many base units one unit
of the code is worth). Totals in a report are in the base currency; an amount
in a currency with no rate is left out of a total and named in its
``missing`` set, never added as if it were base money.

Period keys are plain strings every report shares: a month "2027-01", a
quarter "2027Q1", a year "2027". They name local days (see the callers for
turning a stored UTC instant into the local day first).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Literal

from model.currencies import BASE_CURRENCY
from model.rows import Reader, base_rates


@dataclass(frozen=True, slots=True)
class Rates:
    """A workspace's base currency and its rates (base units per 1 unit of a code)."""

    base: str
    rates: Mapping[str, float] = field(default_factory=dict)

    def rate(self, currency: str) -> float | None:
        """Base units per unit of ``currency``: 1 for the base, None when unknown."""
        if currency == self.base:
            return 1.0
        value = self.rates.get(currency)
        return float(value) if value is not None and value > 0 else None

    def to_base(self, amount: float, currency: str) -> float | None:
        """``amount`` of ``currency`` in the base currency; None when no rate is known.

        >>> Rates("CNY", {"USD": 7.2}).to_base(100, "USD")
        720.0
        >>> Rates("CNY", {"USD": 7.2}).to_base(100, "EUR") is None
        True
        """
        rate = self.rate(currency)
        return None if rate is None else amount * rate


@dataclass(frozen=True, slots=True)
class Total:
    """A sum in the base currency.

    ``converted``: some amount was in another currency and was converted;
    ``missing``: currencies whose amounts were left out for want of a rate.
    """

    amount: float
    base: str
    converted: bool = False
    missing: frozenset[str] = frozenset()


def rates_from(base: object, rates: object) -> Rates:
    """Rates from the two settings' raw values, ignoring anything malformed."""
    code = base if isinstance(base, str) and base else BASE_CURRENCY
    table: dict[str, float] = {}
    if isinstance(rates, Mapping):
        for key, value in rates.items():
            if (
                isinstance(key, str)
                and isinstance(value, int | float)
                and not isinstance(value, bool)
                and value > 0
            ):
                table[key] = float(value)
    table.pop(code, None)
    return Rates(code, table)


def workspace_rates(db: Reader) -> Rates:
    """The workspace's base currency and rates (settings, read in one SELECT)."""
    return rates_from(*base_rates(db))


def total(pairs: Iterable[tuple[float, str]], rates: Rates) -> Total:
    """The sum of (amount, currency) pairs in the base currency.

    >>> total([(100, "CNY"), (10, "USD"), (5, "EUR")], Rates("CNY", {"USD": 7}))
    Total(amount=170.0, base='CNY', converted=True, missing=frozenset({'EUR'}))
    """
    amount = 0.0
    converted = False
    missing: set[str] = set()
    factors: dict[str, float | None] = {}
    for value, currency in pairs:
        if currency not in factors:
            factors[currency] = rates.rate(currency)
        factor = factors[currency]
        if factor is None:
            missing.add(currency)
            continue
        if currency != rates.base:
            converted = True
        amount += value * factor
    return Total(amount, rates.base, converted, frozenset(missing))


# -- periods --------------------------------------------------------------------


def month_key(day: date) -> str:
    """>>> month_key(date(2027, 1, 31))
    '2027-01'
    """
    return f"{day.year:04d}-{day.month:02d}"


def quarter_key(day: date) -> str:
    """>>> quarter_key(date(2027, 4, 1))
    '2027Q2'
    """
    return f"{day.year:04d}Q{(day.month - 1) // 3 + 1}"


def year_key(day: date) -> str:
    return f"{day.year:04d}"


_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})Q([1-4])$")
_YEAR = re.compile(r"^(\d{4})$")


def _month_end(year: int, month: int) -> date:
    first_next = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return first_next - timedelta(days=1)


def period_bounds(key: str) -> tuple[date, date]:
    """First and last day (inclusive) of a period key.

    >>> period_bounds("2027-02")
    (datetime.date(2027, 2, 1), datetime.date(2027, 2, 28))
    >>> period_bounds("2027Q4")
    (datetime.date(2027, 10, 1), datetime.date(2027, 12, 31))
    >>> period_bounds("2027")
    (datetime.date(2027, 1, 1), datetime.date(2027, 12, 31))
    """
    if m := _MONTH.match(key):
        year, month = int(m[1]), int(m[2])
        if not 1 <= month <= 12:
            raise ValueError(f"not a period: {key!r}")
        return date(year, month, 1), _month_end(year, month)
    if m := _QUARTER.match(key):
        year, first = int(m[1]), (int(m[2]) - 1) * 3 + 1
        return date(year, first, 1), _month_end(year, first + 2)
    if m := _YEAR.match(key):
        year = int(m[1])
        return date(year, 1, 1), date(year, 12, 31)
    raise ValueError(f"not a period: {key!r}")


def periods_from(start: date, grain: Literal["month", "quarter"], n: int) -> list[str]:
    """``n`` consecutive period keys, the first the one holding ``start``.

    >>> periods_from(date(2027, 11, 15), "month", 3)
    ['2027-11', '2027-12', '2028-01']
    >>> periods_from(date(2027, 11, 15), "quarter", 2)
    ['2027Q4', '2028Q1']
    """
    step = 1 if grain == "month" else 3
    if grain not in ("month", "quarter"):
        raise ValueError(f"not a grain: {grain!r}")
    month = start.month if grain == "month" else (start.month - 1) // 3 * 3 + 1
    index = start.year * 12 + month - 1
    keys: list[str] = []
    for i in range(max(0, n)):
        y, m0 = divmod(index + i * step, 12)
        day = date(y, m0 + 1, 1)
        keys.append(month_key(day) if grain == "month" else quarter_key(day))
    return keys
