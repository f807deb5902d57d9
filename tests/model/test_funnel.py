"""Funnel analytics from the stage history against hand-computed figures.

Six deals with a known history (days after T0 = 2027-01-10 12:00 UTC):

    A  Liu  Energy East/Shanghai  lead ch.3  P1@0 P2@4 P3@10 P4@20 P5@30 P6@40 P7@50 won@60
    B  Liu  Energy East/Hangzhou             P2@1 P3@7 lost@13 (in P3)
    C  Wang Retail North/Beijing  lead ch.5  P2@2 P4@12 (forced past P3) P5@14 P6@20 P7@25 won@30
    D  Wang Retail (no region)               P3@3, back to P2@6, still open in P2
    E  --   (none) (no region)               P2@5 P3@9 back to P2@11 P3@15 shelved@18 (in P3)
    F  Liu  Energy East/Shanghai  lead ch.3  P6 at 2027-01-31 20:00 UTC, P7 +1 day, won +3.5 days

F's first entry is 1 February in Shanghai and 31 January in Los Angeles.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from model.entities import Account, Deal, Lead, StageChange, TeamMember
from model.funnel import FunnelFilter, funnel_by, funnel_report
from model.workspace import Workspace

T0 = datetime(2027, 1, 10, 12, 0)
F0 = datetime(2027, 1, 31, 20, 0)


def _at(days: float) -> datetime:
    return T0 + timedelta(days=days)


@pytest.fixture
def deals(workspace: Workspace) -> dict[str, int]:
    with workspace.begin() as s:
        liu = TeamMember(name="Liu", role="rep")
        wang = TeamMember(name="Wang", role="rep")
        energy_sh = Account(name="Acme", industry="Energy", region="East/Shanghai")
        energy_hz = Account(name="Bolt", industry="Energy", region="East/Hangzhou")
        retail_bj = Account(name="Cart", industry="Retail", region="North/Beijing")
        retail = Account(name="Dime", industry="Retail", region="")
        plain = Account(name="Echo", industry="", region="")
        s.add_all([liu, wang, energy_sh, energy_hz, retail_bj, retail, plain])
        s.flush()

        def deal(name: str, acc: Account, owner: TeamMember | None, stage: str, status: str) -> int:
            d = Deal(
                name=name,
                account_id=acc.id,
                owner_id=owner.id if owner else None,
                stage=stage,
                status=status,
            )
            s.add(d)
            s.flush()
            return d.id

        def history(did: int, *entries: tuple[str, str, datetime]) -> None:
            for stage, status, at in entries:
                s.add(StageChange(deal_id=did, to_stage=stage, to_status=status, at=at))

        ids = {
            "A": deal("A", energy_sh, liu, "P7", "won"),
            "B": deal("B", energy_hz, liu, "P3", "lost"),
            "C": deal("C", retail_bj, wang, "P7", "won"),
            "D": deal("D", retail, wang, "P2", "open"),
            "E": deal("E", plain, None, "P3", "shelved"),
            "F": deal("F", energy_sh, liu, "P7", "won"),
        }
        stages = [("P1", 0), ("P2", 4), ("P3", 10), ("P4", 20), ("P5", 30), ("P6", 40)]
        history(
            ids["A"],
            *[(st, "open", _at(d)) for st, d in stages],
            ("P7", "open", _at(50)),
            ("P7", "won", _at(60)),
        )
        history(ids["B"], ("P2", "open", _at(1)), ("P3", "open", _at(7)), ("P3", "lost", _at(13)))
        history(
            ids["C"],
            ("P2", "open", _at(2)),
            ("P4", "open", _at(12)),
            ("P5", "open", _at(14)),
            ("P6", "open", _at(20)),
            ("P7", "open", _at(25)),
            ("P7", "won", _at(30)),
        )
        history(ids["D"], ("P3", "open", _at(3)), ("P2", "open", _at(6)))
        history(
            ids["E"],
            ("P2", "open", _at(5)),
            ("P3", "open", _at(9)),
            ("P2", "open", _at(11)),
            ("P3", "open", _at(15)),
            ("P3", "shelved", _at(18)),
        )
        history(
            ids["F"],
            ("P6", "open", F0),
            ("P7", "open", F0 + timedelta(days=1)),
            ("P7", "won", F0 + timedelta(days=3.5)),
        )
        s.add(Lead(company="a", channel=3, deal_id=ids["A"]))
        s.add(Lead(company="c", channel=5, deal_id=ids["C"]))
        s.add(Lead(company="f", channel=3, deal_id=ids["F"]))
        s.add(Lead(company="unconverted", channel=5))
        return ids


def _flows(report: object) -> dict[str, tuple[int, int, int, int, float | None]]:
    return {
        f.stage: (f.entered, f.advanced, f.won, f.lost, f.rate)
        for f in report.flows  # type: ignore[attr-defined]
    }


def test_conversion_per_stage(workspace: Workspace, deals: dict[str, int]) -> None:
    with workspace.begin() as s:
        report = funnel_report(s)
    assert _flows(report) == {
        "P1": (1, 1, 1, 0, 1.0),  # A
        "P2": (5, 5, 2, 0, 1.0),  # A B C D E all went further (D from P3 back to P2)
        "P3": (5, 2, 2, 2, 0.4),  # A B C(skipped through) D E; B lost and E shelved here
        "P4": (2, 2, 2, 0, 1.0),  # A C
        "P5": (2, 2, 2, 0, 1.0),
        "P6": (3, 3, 3, 0, 1.0),  # A C F
        "P7": (3, 3, 3, 0, 1.0),
    }
    ids = deals
    p3 = report.flows[2]
    assert p3.deal_ids == tuple(sorted(ids[k] for k in "ABCDE"))


def test_time_in_stage_mean_and_median(workspace: Workspace, deals: dict[str, int]) -> None:
    with workspace.begin() as s:
        report = funnel_report(s)
    times = {t.stage: (t.n, t.mean_days, t.median_days) for t in report.times}
    assert times["P1"] == (1, pytest.approx(4.0), pytest.approx(4.0))
    # A 6, B 6, C 10, E 4 + 4 (two stays); D is still in P2 and does not count
    assert times["P2"] == (4, pytest.approx(7.5), pytest.approx(7.0))
    # A 10, B 6, D 3, E 2 + 3; C skipped it
    assert times["P3"] == (4, pytest.approx(6.0), pytest.approx(5.5))
    assert times["P4"] == (2, pytest.approx(6.0), pytest.approx(6.0))  # A 10, C 2
    assert times["P5"] == (2, pytest.approx(8.0), pytest.approx(8.0))  # A 10, C 6
    assert times["P6"] == (3, pytest.approx(16 / 3), pytest.approx(5.0))  # A 10, C 5, F 1
    assert times["P7"] == (3, pytest.approx(17.5 / 3), pytest.approx(5.0))  # A 10, C 5, F 2.5
    p2, p3 = report.times[1], report.times[2]
    assert deals["D"] not in p2.deal_ids
    assert p3.deal_ids == tuple(sorted(deals[k] for k in "ABDE"))


def test_win_rate_and_cycle(workspace: Workspace, deals: dict[str, int]) -> None:
    with workspace.begin() as s:
        report = funnel_report(s)
    assert (report.closed, report.won) == (5, 3)
    assert report.win_rate == pytest.approx(0.6)
    # cycles: A 60, C 28, F 3.5 days
    assert report.cycle_mean_days == pytest.approx(91.5 / 3)
    assert report.cycle_median_days == pytest.approx(28.0)
    assert report.won_ids == tuple(sorted(deals[k] for k in "ACF"))
    assert report.lost_ids == tuple(sorted(deals[k] for k in "BE"))


def test_filters(workspace: Workspace, deals: dict[str, int]) -> None:
    with workspace.begin() as s:
        liu = s.query(TeamMember).filter_by(name="Liu").one().id

        def entered(filt: FunnelFilter) -> set[str]:
            report = funnel_report(s, filt)
            ids = {i for f in report.flows for i in f.deal_ids}
            return {k for k, v in deals.items() if v in ids}

        assert entered(FunnelFilter(owner_id=liu)) == set("ABF")
        assert entered(FunnelFilter(industry="Retail")) == set("CD")
        assert entered(FunnelFilter(region="East")) == set("ABF")
        assert entered(FunnelFilter(region="East/Shanghai")) == set("AF")
        assert entered(FunnelFilter(region="Eas")) == set()
        assert entered(FunnelFilter(channel=3)) == set("AF")
        assert entered(FunnelFilter(channel=5, industry="Retail")) == set("C")
        report = funnel_report(s, FunnelFilter(owner_id=liu))
        assert (report.closed, report.won) == (3, 2)
        assert report.cycle_median_days == pytest.approx(31.75)  # A 60, F 3.5


def test_period_filter_and_groups_follow_the_local_day(
    workspace: Workspace, deals: dict[str, int], local_zone: str
) -> None:
    feb = FunnelFilter(start=date(2027, 2, 1), end=date(2027, 2, 28))
    with workspace.begin() as s:
        report = funnel_report(s, feb, today=date(2027, 3, 1))
        months = funnel_by(s, "month", today=date(2027, 3, 1))
        quarters = funnel_by(s, "quarter")
        years = funnel_by(s, "year")
    if local_zone == "Asia/Shanghai":  # F began on 1 February there
        assert report.won_ids == (deals["F"],)
        assert [(g.key, g.report.won) for g in months] == [("2027-01", 2), ("2027-02", 1)]
    else:
        assert report.won_ids == ()
        assert [(g.key, g.report.won) for g in months] == [("2027-01", 3)]
    assert [(g.key, g.report.closed) for g in quarters] == [("2027Q1", 5)]
    assert [g.key for g in years] == ["2027"]


def test_groups_by_owner_industry_region_channel(
    workspace: Workspace, deals: dict[str, int]
) -> None:
    with workspace.begin() as s:
        owners = funnel_by(s, "owner")
        industries = funnel_by(s, "industry")
        regions = funnel_by(s, "region")
        channels = funnel_by(s, "channel")

    def shape(groups: list) -> list[tuple[str, int, int]]:  # type: ignore[type-arg]
        return [(g.label, g.report.closed, g.report.won) for g in groups]

    # Liu: A B F; Wang: C D; no owner: E (last)
    assert shape(owners) == [("Liu", 3, 2), ("Wang", 1, 1), ("", 1, 0)]
    assert owners[-1].key == ""
    assert shape(industries) == [("Energy", 3, 2), ("Retail", 1, 1), ("", 1, 0)]
    # top-level region: East A B F; North C; none D E
    assert shape(regions) == [("East", 3, 2), ("North", 1, 1), ("", 1, 0)]
    # channel 3: A F; 5: C; no lead: B D E
    assert shape(channels) == [("3", 2, 2), ("5", 1, 1), ("", 2, 0)]
    wang = owners[1].report
    assert wang.win_rate == pytest.approx(1.0)
    assert {f.stage: f.entered for f in wang.flows}["P3"] == 2  # C (skipped through) and D


def test_empty_workspace(workspace: Workspace) -> None:
    with workspace.begin() as s:
        report = funnel_report(s)
        assert funnel_by(s, "owner") == []
    assert all(f.entered == 0 and f.rate is None for f in report.flows)
    assert all(t.n == 0 and t.mean_days is None for t in report.times)
    assert report.win_rate is None and report.cycle_mean_days is None
