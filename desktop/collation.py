"""Names sorted as the user reads them: Chinese by pinyin, in the UI's locale.

Python's ``sorted`` orders Chinese names by code point, which looks random
to a Chinese reader. :class:`QCollator` (ICU, shipped with Qt) sorts 张 after
李 as a dictionary does. Keys are computed once per name, so a sort costs one
call per row, not one per comparison.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from PySide6.QtCore import QCollator, QCollatorSortKey, QLocale, Qt

T = TypeVar("T")

_collators: dict[str, QCollator] = {}


def collator() -> QCollator:
    """The collator of the current default locale (set with the UI language)."""
    name = QLocale().name()
    found = _collators.get(name)
    if found is None:
        found = QCollator(QLocale())
        found.setNumericMode(True)  # "Plant 9" before "Plant 10"
        found.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        _collators[name] = found
    return found


def name_key(text: str | None) -> QCollatorSortKey:
    """A key that sorts ``text`` as the user's locale does (compare keys with <)."""
    return collator().sortKey(text or "")


def sort_by_name(items: Iterable[T], name: Callable[[T], str | None]) -> list[T]:
    """``items`` in the locale's order of ``name(item)``."""
    c = collator()
    return sorted(items, key=lambda item: c.sortKey(name(item) or ""))


def ranks(texts: Iterable[str | None]) -> dict[str, int]:
    """Each distinct text and its place in the locale's order, as a plain int.

    Models precompute these once per refresh: a proxy or ``sorted`` then compares
    ints (or tuples holding them), never a collator per comparison, and texts
    the locale holds equal ("Ann" and "ann") share a place. (Sort keys themselves
    cannot go in tuples: they compare equal only to themselves.)
    """
    c = collator()
    distinct = {text or "" for text in texts}
    keyed = sorted(((c.sortKey(text), text) for text in distinct), key=lambda pair: pair[0])
    result: dict[str, int] = {}
    place = -1
    previous = None
    for key, text in keyed:
        if previous is None or previous < key:
            place += 1
        result[text] = place
        previous = key
    return result
