"""The sample workspace: believable in size and shape, and consistent with the method.

Every view of the application is demonstrated on this data, so the tests check
the properties those views rely on (a full funnel, history long enough for
conversion and time-in-stage, the five elements, the 30% first payment) rather
than exact numbers.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, Engine, select

from model.base import Base
from model.errors import InvalidValue
from model.sample import FIRST_PAYMENT_MIN, SampleStats, _generate, _plan, generate_sample
from model.workspace import open_workspace

TODAY = date(2025, 6, 30)
CJK = re.compile(r"[\u4e00-\u9fff]")
T = Base.metadata.tables


def _open(path: Path) -> Engine:
    return open_workspace(path, create=True).engine


@pytest.fixture(scope="module")
def samples(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, tuple[Engine, Any]]]:
    out: dict[str, tuple[Engine, Any]] = {}
    for lang in ("en", "zh"):
        engine = _open(tmp_path_factory.mktemp(lang) / "s.kan")
        stats = generate_sample(engine, lang=lang, size="small", today=TODAY)
        out[lang] = (engine, stats)
    yield out
    for engine, _ in out.values():
        engine.dispose()


@pytest.fixture(params=["en", "zh"])
def conn(
    request: pytest.FixtureRequest, samples: dict[str, tuple[Engine, Any]]
) -> Iterator[Connection]:
    engine, _ = samples[request.param]
    with engine.connect() as c:
        yield c


def rows(conn: Connection, table: str, *cols: str) -> list[Any]:
    t = T[table]
    return list(conn.execute(select(*(t.c[c] for c in cols)) if cols else select(t)))


# -- size and shape -------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_stats_match_the_database(samples: dict[str, tuple[Engine, Any]], lang: str) -> None:
    engine, stats = samples[lang]
    assert isinstance(stats, SampleStats)
    with engine.connect() as c:
        for table, n in (
            ("accounts", stats.accounts),
            ("people", stats.people),
            ("deals", stats.deals),
            ("leads", stats.leads),
            ("activities", stats.activities),
        ):
            assert len(rows(c, table, "id")) == n
    assert stats.seconds >= 0


def test_accounts_vary_in_nature_industry_scale_and_region(conn: Connection) -> None:
    accounts = rows(conn, "accounts")
    assert len(accounts) >= 6
    assert len({a.nature for a in accounts}) >= 3
    assert {a.nature for a in accounts} <= {"public", "state", "foreign", "private"}
    assert len({a.industry for a in accounts}) >= 6
    assert len({a.scale for a in accounts}) >= 3
    assert all(a.region.count("/") >= 3 for a in accounts)  # country/area/province/city…
    assert len({a.region.split("/")[1] for a in accounts}) >= 3
    partners = [a for a in accounts if a.sales_channel == "partner"]
    assert partners and all(a.partner_kind in ("service", "oem", "relation") for a in partners)
    assert all(a.partner_name for a in partners)
    ids = {a.id for a in accounts}
    assert any(a.parent_id in ids for a in accounts)
    profile = (
        "industry_chain", "main_business", "org_structure", "markets", "culture",
        "it_situation", "core_needs", "registered_capital", "development_stage",
    )  # fmt: skip
    for field in profile:
        assert all(getattr(a, field) for a in accounts), field
    assert all(a.owner_id for a in accounts)


def test_org_charts_are_acyclic_trees_within_each_account(conn: Connection) -> None:
    people = rows(conn, "people")
    by_id = {p.id: p for p in people}
    sizes = Counter(p.account_id for p in people)
    ordered = sorted(sizes.values())
    assert ordered[-1] >= 25
    assert all(10 <= n <= 20 for n in ordered[:-1])
    roots = Counter(p.account_id for p in people if p.manager_id is None)
    assert set(roots) == set(sizes)  # at least one root in every account
    for p in people:
        seen = {p.id}
        cur = p
        while cur.manager_id is not None:
            cur = by_id[cur.manager_id]
            assert cur.account_id == p.account_id
            assert cur.id not in seen, f"cycle through {p.name}"
            seen.add(cur.id)
    # Departments carry the method's kinds.
    kinds = {d.kind for d in rows(conn, "departments")}
    assert kinds == {"lead", "influencer", "technical", "user", "other"}


def test_people_carry_roles_support_insiders_coaches_and_backers(conn: Connection) -> None:
    people = rows(conn, "people")
    assert {p.role for p in people} >= {"KDM", "KI", "KU", "LEAD", "EVAL"}
    assert {p.seniority for p in people} == {"staff", "middle", "senior", "top"}
    assert all(-2 <= p.support <= 2 for p in people)
    assert len({p.support for p in people}) == 5
    insiders = [p for p in people if p.insider]
    assert insiders and all(1 <= p.insider_sources <= 3 for p in insiders)
    assert all(p.insider_sources == 0 for p in people if not p.insider)
    assert any(p.coach for p in people)
    backers = [p for p in people if p.backs_competitor_id is not None]
    assert backers and all(p.support <= 0 for p in backers)
    assert all(p.title for p in people)
    competitors = rows(conn, "competitors")
    assert 4 <= len(competitors) <= 5
    private = rows(conn, "people_private")
    assert 0 < len(private) <= len(people) // 5  # typed by the user, for a few people only


def test_team_influences_and_relationships(conn: Connection) -> None:
    team = rows(conn, "team_members")
    roles = Counter(m.role for m in team)
    assert 7 <= len(team) <= 10
    assert roles["executive"] == 1 and roles["manager"] == 2
    assert roles["rep"] >= 3 and roles["presales"] >= 1
    assert all(m.manager_id is not None for m in team if m.role != "executive")
    influences = rows(conn, "influences")
    assert influences and all(0 < i.strength <= 1 and i.source_id != i.target_id
                              for i in influences)  # fmt: skip
    rels = rows(conn, "relationships")
    assert rels
    assert {r.visit_level for r in rels} == {"rep", "manager", "executive"}
    assert all(r.last_contact <= TODAY and 0 < r.strength <= 1 for r in rels)


# -- the funnel and its history -------------------------------------------------


def test_every_stage_has_open_deals_and_some_closed(conn: Connection) -> None:
    deals = rows(conn, "deals")
    assert len(deals) >= 60
    open_stages = {d.stage for d in deals if d.status == "open"}
    assert open_stages == {f"P{i}" for i in range(1, 8)}
    status = Counter(d.status for d in deals)
    assert status["won"] and status["lost"] and status["shelved"]
    assert all(d.lost_to_id for d in deals if d.status == "lost")
    assert all(d.closed_on for d in deals if d.status != "open")


def test_history_spans_enough_time_and_matches_the_deals(conn: Connection) -> None:
    deals = {d.id: d for d in rows(conn, "deals")}
    history: dict[int, list[Any]] = defaultdict(list)
    for ch in rows(conn, "stage_changes"):
        history[ch.deal_id].append(ch)
    ats = [ch.at for chs in history.values() for ch in chs]
    assert min(ats).date() <= TODAY - timedelta(days=456)  # ≥ 15 months
    assert min(ats).date() >= TODAY - timedelta(days=600)
    assert max(ats).date() <= TODAY
    assert set(history) == set(deals)
    forced = 0
    for deal_id, chs in history.items():
        d = deals[deal_id]
        chs.sort(key=lambda ch: ch.at)
        assert chs[0].from_stage is None
        for a, b in pairwise(chs):
            assert a.to_stage == b.from_stage or b.from_stage is None
        moves = [ch for ch in chs if ch.from_stage != ch.to_stage]
        assert d.stage_entered_at == moves[-1].at
        assert chs[-1].to_stage == d.stage and chs[-1].to_status == d.status
        for ch in chs:
            assert ch.by_id is not None and ch.reason
            if ch.forced:
                forced += 1
                assert ch.unmet
            else:
                assert ch.unmet == []
    assert forced > 0


def test_conversion_narrows_down_the_funnel(conn: Connection) -> None:
    reached: dict[str, set[int]] = defaultdict(set)
    for ch in rows(conn, "stage_changes", "deal_id", "to_stage"):
        reached[ch.to_stage].add(ch.deal_id)
    counts = [len(reached[f"P{i}"]) for i in range(2, 8)]
    assert counts == sorted(counts, reverse=True)
    assert counts[-1] < counts[0]


def test_five_elements_are_verified_for_valid_opportunities(conn: Connection) -> None:
    deals = {d.id: d for d in rows(conn, "deals")}
    past_p3 = {ch.deal_id for ch in rows(conn, "stage_changes", "deal_id", "to_stage")
               if ch.to_stage in ("P3", "P4", "P5", "P6", "P7")}  # fmt: skip
    elements: dict[int, list[Any]] = defaultdict(list)
    for e in rows(conn, "five_elements"):
        elements[e.deal_id].append(e)
    for deal_id in past_p3:
        assert sorted(e.element for e in elements[deal_id]) == [f"P3.FIVE.{i}" for i in range(1, 6)]
    checks = [e for deal_id in past_p3 for e in elements[deal_id]]
    verified = [e for e in checks if e.status == "verified"]
    assert len(verified) >= 0.8 * len(checks)
    for e in verified:
        assert e.verified_by_id and e.level in ("rep", "manager", "executive")
        assert e.method in ("visit", "phone", "mail", "wechat")
        assert e.verified_on <= TODAY and e.evidence
    for e in checks:
        assert e.status in ("unknown", "claimed", "verified")
    # Deals that left P3 were confirmed, except what a forced move recorded as unmet.
    unmet: dict[int, set[str]] = defaultdict(set)
    for ch in rows(conn, "stage_changes", "deal_id", "unmet"):
        unmet[ch.deal_id].update(ch.unmet)
    for d in deals.values():
        if d.status == "won":
            for e in elements[d.id]:
                assert e.status == "verified" or e.element in unmet[d.id]


def test_exit_criteria_are_ticked_for_stages_left(conn: Connection) -> None:
    deals = {d.id: d for d in rows(conn, "deals")}
    done: dict[int, set[str]] = defaultdict(set)
    for c in rows(conn, "exit_checks"):
        if c.done:
            assert c.by_id and c.done_on and c.done_on <= TODAY
            done[c.deal_id].add(c.criterion)
    unmet: dict[int, set[str]] = defaultdict(set)
    for ch in rows(conn, "stage_changes", "deal_id", "unmet"):
        unmet[ch.deal_id].update(ch.unmet)
    won = [d for d in deals.values() if d.status == "won"]
    ticked = total = 0
    for d in won:
        expected = {f"P{s}.EXIT.{n}" for s, k in ((2, 5), (3, 5), (4, 4)) for n in range(1, k + 1)}
        expected -= unmet[d.id]
        ticked += len(expected & done[d.id])
        total += len(expected)
        assert not (unmet[d.id] & done[d.id])  # what a forced move left unmet stays unticked
        assert {"P7.EXIT.1", "P7.EXIT.2"} <= done[d.id]
    assert ticked == total


def test_protection_periods_follow_entry_into_p3(conn: Connection) -> None:
    first_p3: dict[int, datetime] = {}
    for ch in sorted(rows(conn, "stage_changes"), key=lambda ch: ch.at):
        if ch.to_stage == "P3" and ch.from_stage != "P3":
            first_p3.setdefault(ch.deal_id, ch.at)
    deals = rows(conn, "deals")
    expired = 0
    for d in deals:
        if d.id in first_p3:
            days = (d.protection_expires - first_p3[d.id].date()).days
            assert 89 <= days <= 184, (d.name, days)
            expired += d.status == "open" and d.protection_expires < TODAY
        else:
            assert d.protection_expires is None
    assert expired > 0


def test_tendered_deals_name_evaluators(conn: Connection) -> None:
    reached_p5 = {ch.deal_id for ch in rows(conn, "stage_changes", "deal_id", "to_stage")
                  if ch.to_stage == "P5"}  # fmt: skip
    roles: dict[int, Counter[str]] = defaultdict(Counter)
    for r in rows(conn, "deal_roles"):
        roles[r.deal_id][r.role] += 1
    tendered = [d for d in rows(conn, "deals") if d.tendered and d.id in reached_p5]
    assert tendered
    for d in tendered:
        assert roles[d.id]["EVAL"] >= 3
    assert all(roles[d.id]["KDM"] == 1 for d in tendered)
    assert rows(conn, "deal_competitors")


def test_won_deals_have_contracts_and_a_first_instalment_of_at_least_30_percent(
    conn: Connection,
) -> None:
    plans: dict[int, list[Any]] = defaultdict(list)
    for i in rows(conn, "instalments"):
        plans[i.deal_id].append(i)
    deals = rows(conn, "deals")
    won = [d for d in deals if d.status == "won"]
    assert won
    for d in won:
        assert d.contract_signed_on and d.contract_value
        assert d.contract_signed_on <= d.closed_on
        plan = sorted(plans[d.id], key=lambda i: i.seq)
        assert plan[0].received_on is not None
        assert plan[0].received_amount >= FIRST_PAYMENT_MIN * d.contract_value
        assert abs(sum(i.amount for i in plan) - d.contract_value) < 0.01
    for d in deals:
        if d.status == "open" and d.stage in ("P6", "P7"):
            assert plans[d.id], d.name
    # The "first payment too low" warning has something to show.
    assert any(
        d.status == "open" and plans[d.id] and d.contract_value
        and min(plans[d.id], key=lambda i: i.seq).received_amount
        < FIRST_PAYMENT_MIN * d.contract_value
        and min(plans[d.id], key=lambda i: i.seq).received_amount > 0
        for d in deals
    )  # fmt: skip


def test_activities_cover_the_kinds_and_eighteen_months(conn: Connection) -> None:
    acts = rows(conn, "activities")
    kinds = {a.kind for a in acts}
    assert kinds >= {"visit", "call", "demo", "presentation", "event", "reference_visit",
                     "hq_visit"}  # fmt: skip
    assert {a.level for a in acts} == {"rep", "manager", "executive"}
    days = [a.on for a in acts]
    assert max(days) <= TODAY and min(days) <= TODAY - timedelta(days=456)
    assert rows(conn, "activity_members") and rows(conn, "activity_people")


def test_leads_convert_better_through_channels_one_to_three(conn: Connection) -> None:
    leads = rows(conn, "leads")
    assert len(leads) >= 40
    assert {lead.channel for lead in leads} == set(range(1, 11))
    assert {lead.kind for lead in leads} == {"existing", "new", "dormant"}
    converted = [lead for lead in leads if lead.status == "converted"]
    assert converted and all(lead.deal_id for lead in converted)
    assert all(lead.deal_id is None for lead in leads if lead.status != "converted")

    def rate(channels: range) -> float:
        group = [lead for lead in leads if lead.channel in channels]
        return float(sum(lead.status == "converted" for lead in group) / len(group))

    assert rate(range(1, 4)) > 2 * rate(range(4, 11))


def test_segments_hold_filters_and_weights(conn: Connection) -> None:
    segments = rows(conn, "segments")
    assert len(segments) >= 3
    for s in segments:
        assert s.filters and all(isinstance(v, list) for v in s.filters.values())
        assert s.weights and all(isinstance(v, float) for v in s.weights.values())


def test_references_and_integrity_hold(conn: Connection) -> None:
    assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    uuids = [u for name in ("accounts", "people", "deals") for (u,) in rows(conn, name, "uuid")]
    assert len(set(uuids)) == len(uuids)


# -- language, determinism, guard rails ------------------------------------------


def test_chinese_sample_speaks_chinese(samples: dict[str, tuple[Engine, Any]]) -> None:
    zh, _ = samples["zh"]
    en, _ = samples["en"]
    with zh.connect() as c:
        for table, col in (("accounts", "name"), ("people", "name"), ("deals", "name"),
                           ("people", "title"), ("activities", "summary")):  # fmt: skip
            values = [v for (v,) in rows(c, table, col)]
            assert all(CJK.search(v) for v in values), (table, col)
        assert "中国/华东/上海/浦东新区" in {v for (v,) in rows(c, "accounts", "region")}
    with en.connect() as c:
        for table, col in (("accounts", "name"), ("people", "name"), ("deals", "name")):
            assert not any(CJK.search(v) for (v,) in rows(c, table, col)), (table, col)


def test_same_seed_gives_the_same_sample(tmp_path: Path) -> None:
    def snapshot(path: Path, seed: int) -> tuple[list[Any], list[Any], list[Any]]:
        engine = _open(path)
        try:
            generate_sample(engine, lang="en", seed=seed, today=TODAY)
            with engine.connect() as c:
                return (
                    [tuple(r) for r in rows(c, "accounts", "name", "uuid")],
                    [tuple(r) for r in rows(c, "deals", "name", "amount", "stage", "status")],
                    [tuple(r) for r in rows(c, "stage_changes", "deal_id", "at")],
                )
        finally:
            engine.dispose()

    a = snapshot(tmp_path / "a.kan", 7)
    b = snapshot(tmp_path / "b.kan", 7)
    c = snapshot(tmp_path / "c.kan", 8)
    assert a == b
    assert [d[1] for d in a[1]] != [d[1] for d in c[1]]


def test_refuses_a_workspace_that_already_has_data(samples: dict[str, tuple[Engine, Any]]) -> None:
    engine, _ = samples["en"]
    with pytest.raises(InvalidValue, match="empty workspace"):
        generate_sample(engine, today=TODAY)


def test_rejects_unknown_language_or_size(tmp_path: Path) -> None:
    engine = _open(tmp_path / "x.kan")
    try:
        with pytest.raises(InvalidValue):
            generate_sample(engine, lang="fr", today=TODAY)
        with pytest.raises(InvalidValue):
            generate_sample(engine, size="huge", today=TODAY)
        with engine.connect() as c:
            assert rows(c, "accounts") == []
    finally:
        engine.dispose()


# -- the large size, scaled down -----------------------------------------------


def test_large_plan_has_benchmark_counts() -> None:
    plan = _plan("large")
    assert (plan.accounts, plan.people, plan.deals) == (2_000, 50_000, 20_000)
    assert not plan.curated


def test_large_code_path_at_one_percent(tmp_path: Path) -> None:
    engine = _open(tmp_path / "l.kan")
    try:
        plan = _plan("large", factor=0.01)
        stats = _generate(engine, plan, "zh", 3, TODAY)
        assert (stats.accounts, stats.people, stats.deals, stats.leads) == (20, 500, 200, 120)
        with engine.connect() as c:
            assert c.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
            deals = rows(c, "deals")
            assert {d.stage for d in deals if d.status == "open"} == {f"P{i}" for i in range(1, 8)}
            sizes = Counter(p.account_id for p in rows(c, "people", "account_id"))
            assert min(sizes.values()) >= 10
            names = [n for (n,) in rows(c, "accounts", "name")]
            assert len(set(names)) == len(names)
    finally:
        engine.dispose()


def test_sqlite_fast_path_stores_exactly_what_core_inserts_store(tmp_path: Path) -> None:
    """The SQLite shortcut must not change a single stored byte."""
    from model.sample import _Builder, _write

    dumps = []
    for fast in (True, False):
        engine = _open(tmp_path / f"{fast}.kan")
        try:
            builder = _Builder(_plan("small"), "zh", 7, TODAY)
            builder.build()
            with engine.begin() as c:
                _write(c, builder.rows, fast=fast)
            with engine.connect() as c:
                dumps.append(
                    {
                        name: c.exec_driver_sql(f'SELECT * FROM "{name}" ORDER BY 1, 2').fetchall()
                        for name in T
                        if name != "alembic_version"
                    }
                )
        finally:
            engine.dispose()
    assert dumps[0]["stage_changes"]
    assert dumps[0] == dumps[1]
