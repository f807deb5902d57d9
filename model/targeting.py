"""P1 targeting: which accounts fit a described customer group, and how well.

A segment describes the best customers along the dimensions of ACC.NATURE,
ACC.INDUSTRY, ACC.REGION, ACC.SCALE and the profile (development stage, IT
situation, core needs). An account *matches* when it meets every described
dimension; its *fit score* is the weighted share of dimensions it meets, so
near misses still rank above accounts that meet nothing. Everything here
works on plain :class:`~model.rows.AccountRow` values, so ranking follows the
filter editor live without touching the database.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from model.changes import Changes
from model.dto import AccountRow
from model.entities import Segment
from model.rows import Reader
from model.services.segments import SEGMENT_DIMENSIONS, save_segment
from model.sql import bytewise

DIMENSIONS: tuple[str, ...] = SEGMENT_DIMENSIONS
EXACT = frozenset({"nature", "industry", "scale", "sales_channel", "development_stage"})
"""Dimensions whose value is one choice: a filter value must equal it (ignoring case)."""
KEYWORD = frozenset({"it_situation", "core_needs"})
"""Free-text dimensions: a filter value is a keyword found anywhere in the text."""

Filters = Mapping[str, Sequence[str]]
Weights = Mapping[str, float]

_SEPARATORS = re.compile(r"[,;\n，；、]+")


def region_parts(path: str) -> tuple[str, ...]:
    """The levels of a region path, trimmed and without empty levels.

    >>> region_parts(" China / East//Shanghai ")
    ('China', 'East', 'Shanghai')
    """
    return tuple(p.strip() for p in path.replace("\\", "/").split("/") if p.strip())


def region_matches(region: str, prefix: str) -> bool:
    """Whether ``region`` lies inside ``prefix``, compared level by level.

    >>> region_matches("China/East/Shanghai/Pudong", "China/East")
    True
    >>> region_matches("China/East/Shanghai/Pudong", "china/east/shanghai/pudong")
    True
    >>> region_matches("China/Eastern", "China/East")
    False
    >>> region_matches("China", "China/East")
    False
    """
    want = [p.casefold() for p in region_parts(prefix)]
    have = [p.casefold() for p in region_parts(region)]
    return bool(want) and have[: len(want)] == want


def keywords(text: str) -> list[str]:
    """The phrases of a free-text field, split at commas, semicolons and lines.

    >>> keywords("ERP in place; no CRM,  cloud first")
    ['ERP in place', 'no CRM', 'cloud first']
    """
    return [k.strip() for k in _SEPARATORS.split(text) if k.strip()]


def _clean(values: Iterable[str]) -> list[str]:
    return [v.strip() for v in values if v and v.strip()]


def active_filters(filters: Filters) -> dict[str, list[str]]:
    """The described dimensions only, with blank values dropped."""
    out = {}
    for dim in DIMENSIONS:
        values = _clean(filters.get(dim, ()))
        if values:
            out[dim] = values
    return out


Test = Callable[[AccountRow], bool]


def _test(dimension: str, values: Sequence[str]) -> Test:
    """One dimension's check, with the filter values folded once, not once per account."""
    if dimension == "region":
        prefixes = [tuple(p.casefold() for p in region_parts(v)) for v in values]
        prefixes = [p for p in prefixes if p]

        def in_region(row: AccountRow) -> bool:
            have = tuple(p.casefold() for p in region_parts(row.region or ""))
            return any(have[: len(p)] == p for p in prefixes)

        return in_region
    wanted = [v.strip().casefold() for v in values]
    if dimension in KEYWORD:
        return lambda row: any(w in (getattr(row, dimension) or "").casefold() for w in wanted)
    exact = set(wanted)
    return lambda row: (getattr(row, dimension) or "").strip().casefold() in exact


def _tests(filters: Filters) -> dict[str, Test]:
    return {d: _test(d, v) for d, v in active_filters(filters).items()}


def dimension_matches(row: AccountRow, dimension: str, values: Sequence[str]) -> bool:
    """Whether the account meets one dimension (any of its values will do)."""
    return _test(dimension, _clean(values))(row)


def matches(row: AccountRow, filters: Filters) -> bool:
    """Whether the account meets every described dimension (no description: all do)."""
    return all(test(row) for test in _tests(filters).values())


def weight_of(weights: Weights, dimension: str) -> float:
    """A dimension's weight; unset means 1, negative counts as 0."""
    return max(0.0, float(weights.get(dimension, 1.0)))


@dataclass(frozen=True)
class FitScore:
    """How well one account fits: 0..100 and the points each dimension gave.

    ``contributions`` names every weighted described dimension, with 0.0 for
    one the account misses; ``matched`` lists every described dimension met,
    weighted or not.
    """

    score: float
    contributions: Mapping[str, float] = field(default_factory=dict)
    matched: tuple[str, ...] = ()

    @property
    def missed(self) -> tuple[str, ...]:
        return tuple(d for d, points in self.contributions.items() if points == 0.0)


def fit_score(row: AccountRow, filters: Filters, weights: Weights | None = None) -> FitScore:
    """The weighted share of described dimensions the account meets, as 0..100.

    A dimension with weight 0 still shows in ``matched`` but adds nothing;
    when no described dimension carries weight the score is 0 (nothing to measure).
    """
    return _Scorer(filters, weights or {}).fit(row)[0]


class _Scorer:
    """Filters and weights prepared once, then applied to many accounts."""

    def __init__(self, filters: Filters, weights: Weights) -> None:
        self.tests = _tests(filters)
        weighted = {d: weight_of(weights, d) for d in self.tests}
        weighted = {d: w for d, w in weighted.items() if w > 0}
        total = sum(weighted.values())
        self.points = {d: 100.0 * w / total for d, w in weighted.items()}

    def fit(self, row: AccountRow) -> tuple[FitScore, bool]:
        """The account's fit, and whether it meets every described dimension."""
        met = {d for d, test in self.tests.items() if test(row)}
        contributions = {d: (p if d in met else 0.0) for d, p in self.points.items()}
        score = min(100.0, sum(contributions.values()))
        matched = tuple(d for d in DIMENSIONS if d in met)
        return FitScore(score, contributions, matched), len(met) == len(self.tests)


@dataclass(frozen=True)
class RankedAccount:
    """One line of the target list: place, the account, its fit."""

    position: int
    account: AccountRow
    fit: FitScore
    full_match: bool

    @property
    def worth_showing(self) -> bool:
        """Meets the whole description, or at least part of what is weighted."""
        return self.full_match or self.fit.score > 0


def rank(
    rows: Iterable[AccountRow],
    filters: Filters,
    weights: Weights | None = None,
    *,
    only_matching: bool = False,
) -> list[RankedAccount]:
    """Accounts best fit first; ties go to the bigger open pipeline, then the name."""
    scorer = _Scorer(filters, weights or {})
    scored = []
    for row in rows:
        fit, full = scorer.fit(row)
        if only_matching and not full:
            continue
        scored.append((fit, full, row))
    scored.sort(key=lambda s: (-s[0].score, -s[2].pipeline, s[2].name.casefold(), s[2].id))
    return [
        RankedAccount(position, row, fit, full)
        for position, (fit, full, row) in enumerate(scored, start=1)
    ]


def value_counts(rows: Iterable[AccountRow], dimension: str) -> dict[str, int]:
    """The values a dimension takes across accounts, with how many accounts have each.

    Region counts every level of every path ("China" counts the accounts in
    "China/East" too); free-text dimensions count their phrases; an account
    counts once per value. Sorted by value, ignoring case.
    """
    counts: Counter[str] = Counter()
    spelled: dict[str, str] = {}
    for row in rows:
        raw: str = getattr(row, dimension) or ""
        if dimension == "region":
            parts = region_parts(raw)
            values = ["/".join(parts[: i + 1]) for i in range(len(parts))]
        elif dimension in KEYWORD:
            values = keywords(raw)
        else:
            values = [raw.strip()] if raw.strip() else []
        seen = set()
        for value in values:
            key = value.casefold()
            if key in seen:
                continue
            seen.add(key)
            spelled.setdefault(key, value)
            counts[key] += 1
    return {spelled[k]: counts[k] for k in sorted(counts)}


@dataclass(frozen=True)
class SegmentRow:
    """A saved segment as views keep it."""

    id: int
    name: str
    filters: Mapping[str, tuple[str, ...]]
    weights: Mapping[str, float]

    @property
    def criteria(self) -> int:
        """How many dimensions the segment describes."""
        return len(active_filters(self.filters))


def _as_filters(raw: Any) -> dict[str, tuple[str, ...]]:
    if not isinstance(raw, dict):
        return {}
    return {str(k): tuple(str(v) for v in vals) for k, vals in raw.items() if vals}


def _as_weights(raw: Any) -> dict[str, float]:
    if not isinstance(raw, dict):
        return {}
    return {str(k): float(v) for k, v in raw.items()}


def segment_rows(db: Reader) -> list[SegmentRow]:
    """Every saved segment, by name."""
    stmt = select(Segment.id, Segment.name, Segment.filters, Segment.weights).order_by(
        bytewise(Segment.name), Segment.id
    )
    return [
        SegmentRow(int(i), str(n), _as_filters(f), _as_weights(w))
        for i, n, f, w in db.execute(stmt)
    ]


def create_segment(session: Session, values: Mapping[str, Any]) -> Changes:
    """Save a new segment: the create half that undo commands pair with delete."""
    return save_segment(session, None, values)
