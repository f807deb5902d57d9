"""Forecast overrides and snapshots: undo round trips, the snapshot's lines by hand,
weekly snapshots, and the accuracy of ended months (bias and error).

The world is the one of ``test_forecast`` (see its docstring for the figures).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select
from test_forecast import TODAY, World, build_world

from model.entities import AuditEntry, ForecastLine, ForecastOverride, ForecastSnapshot
from model.errors import InvalidValue
from model.forecast import SnapshotRow, accuracy, local_day, snapshot_rows, win_forecast
from model.services.common import restore
from model.services.forecast import (
    clear_forecast_override,
    delete_snapshot,
    restore_forecast_override,
    set_forecast_override,
    take_snapshot,
    take_weekly_snapshot_if_due,
)
from model.settings import set_setting
from model.workspace import Workspace


@pytest.fixture
def world(workspace: Workspace) -> World:
    with workspace.begin() as s:
        return build_world(s)


def override(workspace: Workspace, deal: int) -> tuple[object, ...] | None:
    with workspace.sessions() as s:
        row = s.execute(
            select(ForecastOverride).where(ForecastOverride.deal_id == deal)
        ).scalar_one_or_none()
        if row is None:
            return None
        return (row.id, row.uuid, row.category, row.amount, row.close_on, row.note, row.by_id)


def snaps(workspace: Workspace) -> list[SnapshotRow]:
    with workspace.sessions() as s:
        return snapshot_rows(s)


# -- overrides ------------------------------------------------------------------------------


def test_set_override_then_undo_and_redo(workspace: Workspace, world: World) -> None:
    deal = world.d["D3"]
    with workspace.begin() as s:
        first = set_forecast_override(
            s, deal, "best_case", "Budget approved", amount=150_000, by=world.bob
        )
    assert first.touches("forecast_override") and first.undo["before"] is None
    state = override(workspace, deal)
    assert state is not None and state[2:] == (
        "best_case",
        150_000,
        None,
        "Budget approved",
        world.bob,
    )
    with workspace.sessions() as s:
        d3 = next(
            x for x in win_forecast(s, "month", periods=2, today=TODAY).deals if x.deal_id == deal
        )
    assert (d3.category, d3.base_amount, d3.weighted) == (
        "best_case",
        150_000,
        pytest.approx(30_000),
    )
    with workspace.begin() as s:  # undo
        again = restore_forecast_override(s, first.undo)
    assert override(workspace, deal) is None
    with workspace.begin() as s:  # redo: what the undo returned
        restore_forecast_override(s, again.undo)
    assert override(workspace, deal)[2:] == state[2:]  # type: ignore[index]


def test_changing_an_override_and_undoing_it_puts_the_first_back(
    workspace: Workspace, world: World
) -> None:
    deal = world.d["D5"]  # overridden in the world: commit, 60,000, 2027-02-25
    before = override(workspace, deal)
    with workspace.begin() as s:
        step = set_forecast_override(
            s, deal, "pipeline", "Slipping", close_on=date(2027, 5, 2), by=world.ann
        )
    assert override(workspace, deal)[2:] == (
        "pipeline",
        None,
        date(2027, 5, 2),
        "Slipping",
        world.ann,
    )  # type: ignore[index]
    with workspace.begin() as s:
        restore_forecast_override(s, step.undo)
    assert override(workspace, deal) == (*before[:2], *before[2:])  # type: ignore[index, misc]


def test_clear_then_undo_brings_back_the_same_row(workspace: Workspace, world: World) -> None:
    deal = world.d["D5"]
    before = override(workspace, deal)
    with workspace.begin() as s:
        step = clear_forecast_override(s, deal)
    assert step.deleted and override(workspace, deal) is None
    with workspace.sessions() as s:
        d5 = next(
            x for x in win_forecast(s, "month", periods=2, today=TODAY).deals if x.deal_id == deal
        )
    assert (d5.category, d5.overridden, d5.amount, d5.period) == (
        "pipeline",
        False,
        80_000,
        "2027-03",
    )
    with workspace.begin() as s:  # undo
        undo = restore_forecast_override(s, step.undo)
    assert override(workspace, deal) == before  # same id and uuid
    with workspace.begin() as s:  # redo, and undo again
        redo = restore_forecast_override(s, undo.undo)
    assert override(workspace, deal) is None
    with workspace.begin() as s:
        restore_forecast_override(s, redo.undo)
    assert override(workspace, deal) == before
    with workspace.begin() as s:  # the desktop's pattern: the first step's undo data again
        clear_forecast_override(s, deal)
    with workspace.begin() as s:
        restore_forecast_override(s, step.undo)
    assert override(workspace, deal) == before


def test_overrides_are_refused_for_closed_deals_and_without_a_reason(
    workspace: Workspace, world: World
) -> None:
    with workspace.begin() as s:
        with pytest.raises(InvalidValue, match="open deal"):
            set_forecast_override(s, world.d["W1"], "commit", "why")
        with pytest.raises(InvalidValue):
            set_forecast_override(s, world.d["D1"], "commit", "  ")
        with pytest.raises(InvalidValue):
            set_forecast_override(s, world.d["D1"], "sure_thing", "why")
        with pytest.raises(InvalidValue):
            set_forecast_override(s, world.d["D1"], "commit", "why", amount=-1)
    assert override(workspace, world.d["D1"]) is None


def test_the_override_names_who_decided_and_is_logged(workspace: Workspace, world: World) -> None:
    with workspace.begin() as s:
        s.info["member_id"] = world.ann
        ident = set_forecast_override(s, world.d["D1"], "best_case", "Tender delayed").created_id(
            "forecast_override"
        )
    assert override(workspace, world.d["D1"])[-1] == world.ann  # type: ignore[index]
    with workspace.sessions() as s:
        logged = s.execute(
            select(func.count()).where(
                AuditEntry.entity == "forecast_override", AuditEntry.entity_id == ident
            )
        ).scalar_one()
    assert logged >= 1


# -- snapshots ------------------------------------------------------------------------------

NOW = datetime(2027, 2, 10, 4, 0)  # naive UTC: 2027-02-10 in Shanghai, 02-09 in Los Angeles


def lines(workspace: Workspace, snapshot: int) -> set[tuple[object, ...]]:
    with workspace.sessions() as s:
        return {
            (
                r.deal_id,
                r.owner_id,
                r.kind,
                r.period,
                r.category,
                r.probability,
                round(r.amount, 2),
                round(r.weighted, 2),
            )
            for r in s.execute(
                select(ForecastLine).where(ForecastLine.snapshot_id == snapshot)
            ).scalars()
        }


def test_a_snapshot_keeps_win_and_cash_lines(
    local_zone: str, workspace: Workspace, world: World
) -> None:
    d, ann, bob = world.d, world.ann, world.bob
    with workspace.begin() as s:
        ident = take_snapshot(s, "manual", by=bob, now=NOW).created_id("forecast_snapshot")
    win = {
        (d["D1"], ann, "win", "2027-02", "commit", 0.7, 100_000, 70_000),
        (d["D2"], bob, "win", "2027-02", "best_case", 0.5, 70_000, 35_000),
        (d["D5"], bob, "win", "2027-02", "commit", 0.4, 60_000, 24_000),
        (d["D9"], ann, "win", "2027-02", "commit", 0.9, 100_000, 90_000),
        (d["D3"], ann, "win", "2027-03", "pipeline", 0.2, 200_000, 40_000),
        (d["W1"], ann, "win", "2027-02", "won", 1.0, 150_000, 150_000),
    }
    cash = {
        (d["W1"], ann, "cash", "2027-02", "received", 1.0, 65_000, 65_000),
        (d["W1"], ann, "cash", "2027-02", "due", 1.0, 40_000, 40_000),
        (d["W1"], ann, "cash", "2027-04", "due", 1.0, 45_000, 45_000),
        (d["D1"], ann, "cash", "2027-02", "expected", 0.7, 30_000, 21_000),
        (d["D1"], ann, "cash", "2027-05", "expected", 0.7, 70_000, 49_000),
        (d["D2"], bob, "cash", "2027-02", "expected", 0.5, 21_000, 10_500),
        (d["D2"], bob, "cash", "2027-05", "expected", 0.5, 49_000, 24_500),
        (d["D3"], ann, "cash", "2027-03", "expected", 0.2, 60_000, 12_000),
        (d["D3"], ann, "cash", "2027-06", "expected", 0.2, 140_000, 28_000),
        (d["D5"], bob, "cash", "2027-03", "expected", 0.4, 20_000, 8_000),
        (d["D5"], bob, "cash", "2027-05", "expected", 0.4, 40_000, 16_000),
        (d["D8"], ann, "cash", "2027-04", "expected", 0.5, 63_000, 31_500),
        (d["D9"], ann, "cash", "2027-06", "expected", 0.9, 70_000, 63_000),
    }
    assert lines(workspace, ident) == win | cash, local_zone
    rows = snaps(workspace)
    assert [(r.id, r.taken_at, r.kind, r.by_name, r.lines, r.base) for r in rows] == [
        (ident, NOW, "manual", "Bob", 19, "CNY")
    ]


def test_the_snapshot_months_start_in_the_local_month(
    local_zone: str, workspace: Workspace, world: World
) -> None:
    now = datetime(2027, 2, 28, 20, 0)  # Shanghai: 03-01 04:00; Los Angeles: 02-28 12:00
    expected_month = "2027-03" if local_zone == "Asia/Shanghai" else "2027-02"
    assert local_day(now).strftime("%Y-%m") == expected_month
    with workspace.begin() as s:
        ident = take_snapshot(s, now=now).created_id("forecast_snapshot")
    months = {line[3] for line in lines(workspace, ident) if line[2] == "win"}
    assert min(months) == expected_month, local_zone
    assert ("2027-02" in months) == (local_zone != "Asia/Shanghai")


def test_snapshot_undo_and_redo_keep_the_same_rows(workspace: Workspace, world: World) -> None:
    with workspace.begin() as s:
        ident = take_snapshot(s, now=NOW).created_id("forecast_snapshot")
    before = lines(workspace, ident)
    with workspace.begin() as s:  # undo
        snap = delete_snapshot(s, ident).undo["snapshot"]
    assert snaps(workspace) == []
    assert lines(workspace, ident) == set()
    with workspace.begin() as s:  # redo
        restore(s, snap)
    assert [r.id for r in snaps(workspace)] == [ident]
    assert lines(workspace, ident) == before


def test_weekly_snapshots_when_due(workspace: Workspace, world: World) -> None:
    with workspace.begin() as s:
        first = take_weekly_snapshot_if_due(s, now=NOW)
        assert first is not None and first.touches("forecast_snapshot")
        assert take_weekly_snapshot_if_due(s, now=NOW + timedelta(days=6, hours=23)) is None
        assert take_weekly_snapshot_if_due(s, now=NOW + timedelta(days=7)) is not None
        set_setting(s, "weekly_snapshots", False)
        assert take_weekly_snapshot_if_due(s, now=NOW + timedelta(days=30)) is None
    kinds = [r.kind for r in snaps(workspace)]
    assert kinds == ["weekly", "weekly"]


def test_no_weekly_snapshot_of_an_empty_workspace(workspace: Workspace) -> None:
    with workspace.begin() as s:
        assert take_weekly_snapshot_if_due(s, now=NOW) is None
        assert s.execute(select(func.count()).select_from(ForecastSnapshot)).scalar_one() == 0


# -- accuracy -------------------------------------------------------------------------------


def _snapshot(workspace: Workspace, at: datetime, parts: list[tuple[str, int, float]]) -> int:
    """A snapshot with win lines (month, owner, weighted) and one cash line that must not count."""
    with workspace.begin() as s:
        snap = ForecastSnapshot(taken_at=at, kind="manual", base_currency="CNY")
        s.add(snap)
        s.flush()
        for period, owner, weighted in parts:
            s.add(
                ForecastLine(
                    snapshot_id=snap.id,
                    owner_id=owner,
                    kind="win",
                    period=period,
                    weighted=weighted,
                    amount=weighted * 2,
                )
            )
        s.add(ForecastLine(snapshot_id=snap.id, kind="cash", period="2027-02", weighted=999_999))
        return snap.id


@pytest.fixture
def two_snapshots(workspace: Workspace, world: World) -> tuple[int, int]:
    # Actual: W2 (Bob) won 50,000 in January, W1 (Ann) 150,000 in February.
    s1 = _snapshot(
        workspace,
        datetime(2027, 1, 10, 3, 0),
        [
            ("2027-01", world.ann, 100_000),
            ("2027-02", world.ann, 80_000),
            ("2027-02", world.bob, 50_000),
        ],
    )
    s2 = _snapshot(workspace, datetime(2027, 2, 10, 3, 0), [("2027-02", world.bob, 60_000)])
    return s1, s2


def test_accuracy_per_period(
    local_zone: str, workspace: Workspace, two_snapshots: tuple[int, int]
) -> None:
    s1, s2 = two_snapshots
    with workspace.sessions() as s:
        rows, summaries = accuracy(s, "period", today=date(2027, 3, 5))
    got = [
        (r.snapshot_id, r.period, r.owner_id, r.forecast, r.actual, r.bias, r.error) for r in rows
    ]
    assert got == [
        (s1, "2027-01", None, 100_000, 50_000, 50_000, pytest.approx(1.0)),
        (s1, "2027-02", None, 130_000, 150_000, -20_000, pytest.approx(20 / 150)),
        (s2, "2027-02", None, 60_000, 150_000, -90_000, pytest.approx(0.6)),
    ], local_zone
    assert [(x.key, x.snapshots, x.mean_bias, x.mean_abs_error) for x in summaries] == [
        ("2027-01", 1, 50_000, pytest.approx(1.0)),
        ("2027-02", 2, -55_000, pytest.approx((20 / 150 + 0.6) / 2)),
    ]


def test_accuracy_per_owner(
    workspace: Workspace, world: World, two_snapshots: tuple[int, int]
) -> None:
    s1, s2 = two_snapshots
    ann, bob = world.ann, world.bob
    with workspace.sessions() as s:
        rows, summaries = accuracy(s, "owner", today=date(2027, 3, 5))
    got = [
        (r.snapshot_id, r.period, r.owner_name, r.forecast, r.actual, r.bias, r.error) for r in rows
    ]
    assert got == [
        (s1, "2027-01", "Ann", 100_000, 0, 100_000, None),
        (s1, "2027-01", "Bob", 0, 50_000, -50_000, pytest.approx(1.0)),
        (s1, "2027-02", "Ann", 80_000, 150_000, -70_000, pytest.approx(70 / 150)),
        (s1, "2027-02", "Bob", 50_000, 0, 50_000, None),
        (s2, "2027-02", "Ann", 0, 150_000, -150_000, pytest.approx(1.0)),
        (s2, "2027-02", "Bob", 60_000, 0, 60_000, None),
    ]
    assert [(x.key, x.label, x.snapshots, x.mean_bias, x.mean_abs_error) for x in summaries] == [
        (str(ann), "Ann", 2, pytest.approx(-40_000), pytest.approx((70 / 150 + 1.0) / 2)),
        (str(bob), "Bob", 2, pytest.approx(20_000), pytest.approx(1.0)),
    ]


def test_only_ended_months_are_measured(
    workspace: Workspace, two_snapshots: tuple[int, int]
) -> None:
    s1, _s2 = two_snapshots
    with workspace.sessions() as s:
        rows, _ = accuracy(s, "period", today=date(2027, 2, 20))
        assert [(r.snapshot_id, r.period) for r in rows] == [(s1, "2027-01")]
        assert accuracy(s, "period", today=date(2027, 1, 31)) == ([], [])


def test_a_snapshot_taken_then_measured(workspace: Workspace, world: World) -> None:
    with workspace.begin() as s:
        ident = take_snapshot(s, now=NOW).created_id("forecast_snapshot")
    with workspace.sessions() as s:
        rows, _ = accuracy(s, "period", today=date(2027, 3, 1))
    # February: won already 150,000 + weighted 70,000 + 35,000 + 24,000 + 90,000
    assert [(r.snapshot_id, r.period, r.forecast, r.actual) for r in rows] == [
        (ident, "2027-02", pytest.approx(369_000), 150_000)
    ]
    assert rows[0].taken_at == NOW
