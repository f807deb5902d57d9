"""Region paths ("international/domestic/province/city/…"), Qt- and SQL-free.

The quick first paint of the accounts list uses these before SQLAlchemy loads.
"""

from __future__ import annotations


def region_prefixes(region: str) -> list[str]:
    """Every level of a region path, widest first: "a/b/c" -> a, a/b, a/b/c.

    >>> region_prefixes("a/b/c")
    ['a', 'a/b', 'a/b/c']
    """
    parts = [part for part in region.split("/") if part]
    return ["/".join(parts[: n + 1]) for n in range(len(parts))]
