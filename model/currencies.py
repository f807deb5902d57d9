"""ISO 4217 currency codes, so that "XXX", "人民币" or "ÄÖÜ" are never taken for money.

The list holds the active codes a sales team may price a deal in (funds,
precious metals and test codes such as XTS/XXX are left out).
"""

from __future__ import annotations

import json
from collections.abc import Mapping

BASE_CURRENCY = "CNY"
"""The base currency of a workspace that has not chosen one (setting ``base_currency``)."""

ISO_4217: frozenset[str] = frozenset(
    """
    AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN
    BWP BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD
    FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY
    KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP
    MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR
    RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT
    TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XCG XOF XPF YER ZAR
    ZMW ZWG
    """.split()  # noqa: SIM905 (a table reads better than 170 quoted strings)
)


def is_currency(code: object) -> bool:
    """True for an active ISO 4217 code in capitals, e.g. ``CNY``.

    >>> is_currency("CNY"), is_currency("cny"), is_currency("XXX"), is_currency("人民币")
    (True, False, False, False)
    """
    return isinstance(code, str) and code in ISO_4217


RATE_SETTINGS = ("base_currency", "currency_rates")
"""The settings rows that say how money converts (their values are JSON)."""


def base_and_rates(stored: Mapping[str, str]) -> tuple[str, dict[str, float]]:
    """The base currency and rates from the stored JSON of :data:`RATE_SETTINGS`
    (a missing row means the default: CNY, no rates).

    >>> base_and_rates({"currency_rates": '{"USD": 7.2}'})
    ('CNY', {'USD': 7.2})
    """
    base, rates = (_json_or_none(stored.get(key)) for key in RATE_SETTINGS)
    usable = {
        code: float(rate)
        for code, rate in (rates.items() if isinstance(rates, dict) else ())
        if is_currency(code) and isinstance(rate, int | float) and not isinstance(rate, bool)
        and rate > 0
    }  # fmt: skip
    return (base if isinstance(base, str) and is_currency(base) else BASE_CURRENCY, usable)


def _json_or_none(text: str | None) -> object:
    """The stored JSON value, or None when missing or unreadable (a hand-edited row
    must not stop the workspace from opening; the Settings dialog shows the default)."""
    if text is None:
        return None
    try:
        return json.loads(text)
    except (TypeError, ValueError):
        return None


def base_amount_sql(column: str, currency: str, base: str, rates: Mapping[str, float]) -> str:
    """SQL for ``column`` (an amount in ``currency``) in the base currency, for sums.

    An amount in a currency without a rate counts 0: it is left out of the total,
    never added as if it were base money. Codes are ISO 4217 (checked), rates
    numbers, so both are written into the SQL as literals.

    >>> base_amount_sql("d.amount", "d.currency", "CNY", {"USD": 7.2})
    "d.amount * (CASE d.currency WHEN 'CNY' THEN 1.0 WHEN 'USD' THEN 7.2 ELSE 0.0 END)"
    """
    factors = {base: 1.0}
    factors.update(
        (code, float(rate))
        for code, rate in rates.items()
        if is_currency(code) and code != base and float(rate) > 0
    )
    whens = " ".join(
        f"WHEN '{code}' THEN {rate!r}" for code, rate in factors.items() if is_currency(code)
    )
    return f"{column} * (CASE {currency} {whens} ELSE 0.0 END)"
