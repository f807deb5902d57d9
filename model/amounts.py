"""Short amounts ("¥1.2M", "¥120万"), with nothing heavy imported.

Every list shows amounts this way, the accounts preview of the first paint
among them; :mod:`model.board` (which pulls the gates and the stage rules)
re-exports :func:`compact_amount` for the board's views.
"""

from __future__ import annotations

from typing import Final

_SYMBOLS: Final = {"CNY": "¥", "RMB": "¥", "USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}


def compact_amount(value: float, currency: str = "", lang: str = "en") -> str:
    """Short amounts for cards and headers: "¥1.2M" in English, "¥120万" in Chinese.

    >>> compact_amount(1_234_000, "CNY")
    '¥1.23M'
    >>> compact_amount(1_234_000, "CNY", "zh")
    '¥123万'
    >>> compact_amount(250_000_000, "USD", "zh")
    '$2.5亿'
    >>> compact_amount(950, "EUR")
    '€950'
    >>> compact_amount(130_000_000, "CNY"), compact_amount(200_000, "CNY")
    ('¥130M', '¥200K')
    """
    sign = "-" if value < 0 else ""
    v = abs(value)
    prefix = _SYMBOLS.get(currency.upper(), "")
    suffix = "" if prefix or not currency else f" {currency.upper()}"
    if lang == "zh":
        steps: tuple[tuple[float, str], ...] = ((1e8, "亿"), (1e4, "万"))
    else:
        steps = ((1e9, "B"), (1e6, "M"), (1e3, "K"))
    for size, unit in steps:
        if v >= size:
            n = v / size
            digits = 0 if n >= 100 else 1 if n >= 10 else 2
            text = f"{n:.{digits}f}"
            if "." in text:  # "1.50" -> "1.5", but never "130" -> "13"
                text = text.rstrip("0").rstrip(".")
            return f"{sign}{prefix}{text}{unit}{suffix}"
    return f"{sign}{prefix}{v:.0f}{suffix}"
