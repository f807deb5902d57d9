"""model/sql.py: the SQL that differs between SQLite and PostgreSQL, asked of both.

Every test runs on a SQLite file and on a database of the run's PostgreSQL server
(tests/model/conftest.py) and expects the same answer from each.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from dataclasses import fields, is_dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import make
import pytest
from sqlalchemy import Integer, String, func, literal, null, select, text, type_coerce
from sqlalchemy.orm import Session

from model.entities import Account, Activity, Deal, StageChange
from model.forecast import cash_forecast, win_forecast
from model.funnel import FunnelFilter, closed_counts, funnel_by, funnel_report
from model.review import review_list
from model.rows import account_rows, member_rows
from model.sample import generate_sample
from model.sql import as_date, as_datetime, bytewise, greatest, least
from model.targets import figures, target_rows
from model.team_stats import near_far, team_figures
from model.workspace import Workspace, open_workspace

# Names whose order differs between code points and a locale's collation: case,
# accents, punctuation, spaces, Chinese; two accounts share a name (then by id).
NAMES = ["b", "B", "a", "Ä", "张三", "_x", "a b", "ab", "a-c", "a", "Zed", "李四"]

LOCALE_COLLATIONS = ("und-x-icu", "en-x-icu")


def _one(workspace: Workspace, expr: Any) -> Any:
    with workspace.begin() as s:
        return s.execute(select(expr)).scalar_one()


def _int(value: int | None) -> Any:
    return literal(value, Integer) if value is not None else null()


@pytest.mark.parametrize(
    ("values", "high", "low"),
    [
        ((2, 7), 7, 2),
        ((7, 2, 5), 7, 2),
        ((None, 3), 3, 3),
        ((4, None), 4, 4),
        ((None, 6, None, 1), 6, 1),
        ((None, None), None, None),
    ],
)
def test_greatest_and_least_leave_nulls_out(
    workspace: Workspace, values: tuple[int | None, ...], high: int | None, low: int | None
) -> None:
    """PostgreSQL's GREATEST/LEAST skip NULLs; SQLite's scalar max/min answer NULL for
    one NULL argument: the helper gives PostgreSQL's answer on both."""
    first, *rest = (_int(v) for v in values)
    assert _one(workspace, greatest(first, *rest)) == high
    assert _one(workspace, least(first, *rest)) == low


def test_greatest_of_text_and_of_an_aggregate(workspace: Workspace) -> None:
    """The funnel's use: the highest stage a deal reached, its history's or its own."""
    with workspace.begin() as s:
        acc = make.account(s, "Acme")
        high = make.deal_at(s, acc, "High", "P5")
        bare = make.deal_at(s, acc, "Bare", "P2")
        s.query(StageChange).filter(StageChange.deal_id == bare).delete()
        s.add(StageChange(deal_id=high, from_stage="P5", to_stage="P3", to_status="open"))
    with workspace.begin() as s:
        rows = s.execute(
            select(Deal.name, greatest(func.max(StageChange.to_stage), Deal.stage))
            .outerjoin(StageChange, StageChange.deal_id == Deal.id)
            .group_by(Deal.id, Deal.name, Deal.stage)
            .order_by(Deal.name)
        ).all()
    assert [tuple(r) for r in rows] == [("Bare", "P2"), ("High", "P5")]
    assert _one(workspace, least(literal("P4", String), literal("P10", String))) == "P10"


def test_dates_and_times_read_raw_are_the_same_values(workspace: Workspace) -> None:
    """Read without SQLAlchemy's processing, SQLite gives text and psycopg objects;
    the readers give the values the ORM gives."""
    at = datetime(2027, 1, 31, 20, 5, 7, 120)
    with workspace.begin() as s:
        acc = make.account(s, "Acme")
        deal = make.deal_at(s, acc, "Big", "P3")
        s.add(StageChange(deal_id=deal, from_stage="P3", to_stage="P4", to_status="open", at=at))
        s.add(Activity(account_id=acc, deal_id=deal, on=date(2027, 2, 3), summary="visit"))
        s.add(Activity(account_id=acc, deal_id=deal, on=date(2027, 2, 1), summary="call"))
    with workspace.begin() as s:
        conn = s.connection()
        raw_at = conn.execute(
            select(type_coerce(StageChange.at, String)).where(StageChange.at == at)
        ).scalar_one()
        last_on = conn.execute(text('SELECT max("on") FROM activities')).scalar_one()
    assert as_datetime(raw_at) == at
    assert as_date(last_on) == date(2027, 2, 3)
    assert as_date(raw_at) == date(2027, 1, 31)
    assert as_datetime(None) is None and as_date(None) is None
    assert as_datetime(date(2027, 2, 3)) == datetime(2027, 2, 3)


def test_the_accounts_list_reads_its_last_activity_as_a_date(workspace: Workspace) -> None:
    with workspace.begin() as s:
        acc = make.account(s, "Acme")
        make.account(s, "Quiet")
        s.add(Activity(account_id=acc, on=date(2027, 2, 3), summary="visit"))
        s.add(Activity(account_id=acc, on=date(2026, 12, 30), summary="call"))
    with workspace.begin() as s:
        rows = {row.name: row.last_activity for row in account_rows(s)}
    assert rows == {"Acme": date(2027, 2, 3), "Quiet": None}


@pytest.fixture
def localized(workspace: Workspace) -> Iterator[Workspace]:
    """On PostgreSQL, the names of accounts and members under a locale's collation
    (ICU's, which orders 'a' before 'B'), as on a server whose database was made with
    a locale; the test server's own is C, the order of code points. SQLite as it is."""
    if workspace.engine.dialect.name == "postgresql":
        with workspace.engine.begin() as conn:
            have = conn.execute(
                text("SELECT collname FROM pg_collation WHERE collname = ANY(:names)"),
                {"names": list(LOCALE_COLLATIONS)},
            ).scalars()
            collation = min(have, key=LOCALE_COLLATIONS.index)
            # The collation really orders otherwise than code points do.
            assert conn.execute(text(f"SELECT 'a' < ('B' COLLATE \"{collation}\")")).scalar()
            for table, size in (("accounts", 200), ("team_members", 120)):
                conn.execute(
                    text(
                        f"ALTER TABLE {table} ALTER COLUMN name "
                        f'TYPE varchar({size}) COLLATE "{collation}"'
                    )
                )
    yield workspace


def test_lists_are_ordered_by_code_point_then_id(localized: Workspace) -> None:
    """The accounts and members lists come in Python's order of their names, whatever
    the server's collation, and accounts of one name by id."""
    with localized.begin() as s:
        for name in NAMES:
            make.account(s, name)
            make.member(s, name, "rep")
    with localized.begin() as s:
        accounts = [row.id for row in account_rows(s)]
        members = [row.id for row in member_rows(s)]
        pairs = s.execute(select(Account.name, Account.id)).all()
        assert accounts == [i for _name, i in sorted((n, i) for n, i in pairs)]
        by_name = sorted(s.execute(select(Account.name)).scalars())
        assert [row.name for row in account_rows(s)] == by_name
        assert [row.name for row in member_rows(s)] == by_name
    assert len(members) == len(NAMES)


def test_bytewise_compares_by_code_point(localized: Workspace) -> None:
    """Comparisons with a bytewise side follow code points too ('a' > 'B')."""
    with localized.begin() as s:
        for name in NAMES:
            make.account(s, name)
    with localized.begin() as s:
        above = s.execute(select(Account.name).where(bytewise(Account.name) > "B")).scalars()
        assert sorted(above) == sorted(n for n in NAMES if n > "B")


# -- the reports on a whole sample ----------------------------------------------------

SAMPLE_DAY = date(2026, 12, 1)

READS: dict[str, Callable[[Session], Any]] = {
    "funnel": lambda s: funnel_report(s, FunnelFilter()),
    "funnel by owner": lambda s: funnel_by(s, "owner", FunnelFilter()),
    "funnel by region": lambda s: funnel_by(s, "region", FunnelFilter()),
    "closed counts": closed_counts,
    "win forecast": lambda s: win_forecast(s, "quarter", SAMPLE_DAY, 4, today=SAMPLE_DAY),
    "cash forecast": lambda s: cash_forecast(s, SAMPLE_DAY, 12, today=SAMPLE_DAY),
    "accounts": account_rows,
    "members": member_rows,
    "review": lambda s: review_list(s, today=SAMPLE_DAY),
    "figures": lambda s: figures(s, "2026"),
    "targets": target_rows,
    "team": lambda s: team_figures(s, "2026Q4", today=SAMPLE_DAY),
    "near and far": lambda s: near_far(s, today=SAMPLE_DAY),
}


def _differences(a: Any, b: Any, where: str = "") -> list[str]:
    """Where ``a`` and ``b`` differ: floats within rounding of sums added in another
    order, everything else exactly (dataclasses, sequences and dicts walked)."""
    if isinstance(a, float) and isinstance(b, float):
        same = math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-6)
        return [] if same else [f"{where}: {a} {b}"]
    pairs: list[tuple[str, Any, Any]] | None = None
    if is_dataclass(a) and type(a) is type(b):
        pairs = [(f".{f.name}", getattr(a, f.name), getattr(b, f.name)) for f in fields(a)]
    elif isinstance(a, list | tuple) and isinstance(b, list | tuple) and len(a) == len(b):
        pairs = [(f"[{i}]", x, y) for i, (x, y) in enumerate(zip(a, b, strict=True))]
    elif isinstance(a, dict) and isinstance(b, dict) and a.keys() == b.keys():
        pairs = [(f"[{k!r}]", a[k], b[k]) for k in a]
    if pairs is None:
        return [] if a == b else [f"{where}: {a!r:.200} {b!r:.200}"]
    return [d for step, x, y in pairs for d in _differences(x, y, where + step)]


def test_the_sample_reads_the_same_from_sqlite_and_postgresql(tmp_path: Path, pg_url: Any) -> None:
    """The Chinese sample written into a file and into a server database gives the same
    funnel, forecasts, lists, review and team figures (the large sample too: checked
    by hand, 20,000 deals)."""
    found: dict[str, list[Any]] = {name: [] for name in READS}
    for where in (tmp_path / "sample.kan", pg_url):
        ws = open_workspace(where, create=True)
        try:
            generate_sample(ws.engine, lang="zh", size="small", today=SAMPLE_DAY)
            with ws.begin() as s:
                for name, read in READS.items():
                    found[name].append(read(s))
        finally:
            ws.close()
    assert found["accounts"][0] and found["review"][0] and found["funnel"][0].closed
    differences = {
        name: diffs[:5] for name, (a, b) in found.items() if (diffs := _differences(a, b))
    }
    assert differences == {}
