"""Leads (P2): capture validation, conversion into a P3 opportunity in one step
(with a new account), a second conversion refused, its undo and redo exact,
and channel yield against hand-computed figures."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select

from model.entities import (
    Account,
    AuditEntry,
    Deal,
    ExitCheck,
    FiveElementCheck,
    Lead,
    StageChange,
)
from model.errors import InvalidValue
from model.leads import (
    LeadFact,
    LeadFilter,
    Leading,
    Period,
    PeriodKind,
    channel_yield,
    lead_detail,
    lead_facts,
    lead_rows,
    periods,
)
from model.services import leads, team
from model.services.accounts import create_account
from model.services.common import restore
from model.workspace import Workspace

P2_EXITS = [f"P2.EXIT.{n}" for n in range(1, 6)]
FIVE = [f"P3.FIVE.{n}" for n in range(1, 6)]


def _elements(by: int, method: str = "visit", on: date | None = None) -> dict[str, Any]:
    day = on or date(2026, 11, 20)
    return {e: {"status": "verified", "by": by, "method": method, "on": day} for e in FIVE}


@pytest.fixture
def setup(workspace: Workspace) -> dict[str, int]:
    with workspace.begin() as s:
        ids = {
            "manager": team.create_member(s, {"name": "Chen", "role": "manager"}).created_id(
                "member"
            ),
            "rep": team.create_member(s, {"name": "Liu", "role": "rep"}).created_id("member"),
            "acme": create_account(s, {"name": "Acme"}).created_id("account"),
        }
        ids["lead"] = leads.create_lead(
            s,
            {
                "company": "Dongfang Steel",
                "contact_name": "Mr Zhao",
                "channel": 2,
                "kind": "new",
                "owner_id": ids["rep"],
                "source": "Referred by Acme's IT head",
            },
        ).created_id("lead")
    return ids


def _counts(workspace: Workspace) -> dict[str, int]:
    with workspace.sessions() as s:
        return {
            t.__tablename__: s.execute(select(func.count()).select_from(t)).scalar_one()
            for t in (Account, Deal, ExitCheck, FiveElementCheck, StageChange, Lead)
        }


def _lead(workspace: Workspace, lead_id: int) -> tuple[Any, ...]:
    with workspace.sessions() as s:
        lead = s.get(Lead, lead_id)
        assert lead is not None
        return (lead.status, lead.account_id, lead.deal_id, lead.company, lead.channel)


# -- capture ---------------------------------------------------------------------


def test_capture_needs_a_company_or_an_account(workspace: Workspace, setup: dict[str, int]) -> None:
    with workspace.begin() as s, pytest.raises(InvalidValue, match="company name or an account"):
        leads.create_lead(s, {"company": "  ", "channel": 3})
    with workspace.begin() as s:
        made = leads.create_lead(s, {"account_id": setup["acme"], "channel": 1, "kind": "existing"})
    row = workspace_row(workspace, made.created_id("lead"))
    assert (row.company, row.account_id, row.channel, row.kind) == (
        "Acme",
        setup["acme"],
        1,
        "existing",
    )
    assert row.received_on == date.today()


def workspace_row(workspace: Workspace, lead_id: int) -> Any:
    with workspace.sessions() as s:
        return lead_detail(s, lead_id)


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"channel": 11}, "between 1 and 10"),
        ({"channel": 0}, "between 1 and 10"),
        ({"kind": "hot"}, "not one of"),
        ({"status": "won"}, "not one of"),
        ({"received_on": "yesterday"}, "not a date"),
        ({"owner_id": 999}, "no record"),
        ({"status": "converted"}, "converting it"),
    ],
)
def test_capture_refuses_bad_values(
    workspace: Workspace, values: dict[str, Any], message: str
) -> None:
    with workspace.begin() as s, pytest.raises(InvalidValue, match=message):
        leads.create_lead(s, {"company": "X", **values})


def test_edit_cannot_empty_the_company_nor_fake_a_conversion(
    workspace: Workspace, setup: dict[str, int]
) -> None:
    with workspace.begin() as s, pytest.raises(InvalidValue, match="company name"):
        leads.update_lead(s, setup["lead"], {"company": ""})
    with workspace.begin() as s, pytest.raises(InvalidValue, match="converting it"):
        leads.update_lead(s, setup["lead"], {"status": "converted"})
    with workspace.begin() as s:
        changes = leads.update_lead(s, setup["lead"], {"status": "contacted", "source": "Expo"})
    assert changes.undo["old"] == {"status": "new", "source": "Referred by Acme's IT head"}
    assert workspace_row(workspace, setup["lead"]).status == "contacted"


def test_delete_and_restore_a_lead(workspace: Workspace, setup: dict[str, int]) -> None:
    before = _lead(workspace, setup["lead"])
    with workspace.begin() as s:
        gone = leads.delete_lead(s, setup["lead"])
    assert workspace_row(workspace, setup["lead"]) is None
    with workspace.begin() as s:
        restore(s, gone.undo["snapshot"])
    assert _lead(workspace, setup["lead"]) == before


def test_rows_filter_and_search(workspace: Workspace, setup: dict[str, int]) -> None:
    with workspace.begin() as s:
        leads.create_lead(s, {"company": "Beta Paper", "channel": 9, "kind": "dormant"})
        leads.create_lead(
            s, {"account_id": setup["acme"], "channel": 2, "status": "discarded", "note": "budget"}
        )
    with workspace.sessions() as s:
        assert len(lead_rows(s)) == 3
        # the newest first: both arrived today, Acme's was entered later
        assert [r.company for r in lead_rows(s, LeadFilter(channel=2))] == [
            "Acme",
            "Dongfang Steel",
        ]
        assert [r.company for r in lead_rows(s, LeadFilter(kind="dormant"))] == ["Beta Paper"]
        assert [r.company for r in lead_rows(s, LeadFilter(status="discarded"))] == ["Acme"]
        assert [r.company for r in lead_rows(s, LeadFilter(owner_id=setup["rep"]))] == [
            "Dongfang Steel"
        ]
        assert [r.company for r in lead_rows(s, LeadFilter(search="BUDG"))] == ["Acme"]
        assert [r.company for r in lead_rows(s, LeadFilter(search="acme's it"))] == [
            "Dongfang Steel"
        ]
        assert lead_rows(s, LeadFilter(channel=2, kind="dormant")) == []


# -- conversion ------------------------------------------------------------------


def test_conversion_creates_account_deal_in_p3_and_links_the_lead(
    workspace: Workspace, setup: dict[str, int]
) -> None:
    before = _counts(workspace)
    with workspace.begin() as s:
        changes = leads.convert_lead(
            s,
            setup["lead"],
            deal_name="Steel plant MES",
            amount=800_000,
            elements=_elements(setup["manager"]),
            criteria=P2_EXITS,
            by=setup["rep"],
        )
    deal_id = changes.created_id("deal")
    account_id = changes.created_id("account")
    assert ("lead", setup["lead"]) in changes.updated
    assert account_id in changes.affected("account")
    with workspace.sessions() as s:
        deal = s.get(Deal, deal_id)
        assert deal is not None
        assert (deal.stage, deal.status, deal.amount, deal.account_id) == (
            "P3",
            "open",
            800_000,
            account_id,
        )
        assert deal.owner_id == setup["rep"]
        assert deal.protection_expires is not None  # a valid opportunity is protected
        account = s.get(Account, account_id)
        assert account is not None and account.name == "Dongfang Steel"
        levels = s.execute(
            select(FiveElementCheck.element, FiveElementCheck.level, FiveElementCheck.method)
            .where(FiveElementCheck.deal_id == deal_id)
            .order_by(FiveElementCheck.element)
        ).all()
        assert levels == [(e, "manager", "visit") for e in FIVE]  # the manager's level
        ticked = s.execute(
            select(ExitCheck.criterion).where(ExitCheck.deal_id == deal_id, ExitCheck.done)
        ).scalars()
        assert sorted(ticked) == P2_EXITS
        moves = s.execute(
            select(StageChange.from_stage, StageChange.to_stage, StageChange.forced)
            .where(StageChange.deal_id == deal_id)
            .order_by(StageChange.id)
        ).all()
        assert moves == [(None, "P2", False), ("P2", "P3", False)]
    assert _lead(workspace, setup["lead"])[:3] == ("converted", account_id, deal_id)
    after = _counts(workspace)
    assert after["accounts"] == before["accounts"] + 1
    assert after["deals"] == before["deals"] + 1


def test_conversion_of_a_lead_with_an_account_creates_no_account(
    workspace: Workspace, setup: dict[str, int]
) -> None:
    with workspace.begin() as s:
        lead = leads.create_lead(s, {"account_id": setup["acme"]}).created_id("lead")
    accounts = _counts(workspace)["accounts"]
    with workspace.begin() as s:
        changes = leads.convert_lead(
            s, lead, deal_name="Acme ERP", elements=_elements(setup["rep"]), criteria=P2_EXITS
        )
    assert _counts(workspace)["accounts"] == accounts
    assert changes.undo["conversion"]["account"] is None
    assert setup["acme"] in changes.affected("account")
    with workspace.sessions() as s:
        levels = set(
            s.execute(
                select(FiveElementCheck.level).where(
                    FiveElementCheck.deal_id == changes.created_id("deal")
                )
            ).scalars()
        )
    assert levels == {"rep"}  # a rep's verification stays at rep level


def test_conversion_refuses_with_what_is_missing_and_writes_nothing(
    workspace: Workspace, setup: dict[str, int]
) -> None:
    before = _counts(workspace)
    elements = _elements(setup["rep"])
    elements["P3.FIVE.4"] = {"status": "claimed", "by": setup["rep"], "method": "phone"}
    del elements["P3.FIVE.5"]
    with workspace.begin() as s, pytest.raises(InvalidValue) as refused:
        leads.convert_lead(
            s, setup["lead"], deal_name="X", elements=elements, criteria=P2_EXITS[:4]
        )
    assert refused.value.params["unmet"] == "P2.EXIT.5, P3.FIVE.4, P3.FIVE.5"
    assert _counts(workspace) == before
    assert _lead(workspace, setup["lead"])[:3] == ("new", None, None)


def test_second_conversion_is_refused(workspace: Workspace, setup: dict[str, int]) -> None:
    with workspace.begin() as s:
        leads.convert_lead(
            s, setup["lead"], deal_name="First", elements=_elements(setup["rep"]), criteria=P2_EXITS
        )
    before = _counts(workspace)
    with workspace.begin() as s, pytest.raises(InvalidValue, match=r"already converted.*'First'"):
        leads.convert_lead(
            s, setup["lead"], deal_name="Again", elements=_elements(setup["rep"]), criteria=P2_EXITS
        )
    assert _counts(workspace) == before


def test_undo_of_conversion_restores_exactly_and_redo_brings_the_same_rows(
    workspace: Workspace, setup: dict[str, int]
) -> None:
    before_counts = _counts(workspace)
    before_lead = _lead(workspace, setup["lead"])
    with workspace.begin() as s:
        done = leads.convert_lead(
            s,
            setup["lead"],
            deal_name="Steel plant MES",
            amount=5,
            elements=_elements(setup["manager"]),
            criteria=P2_EXITS,
        )
    after_counts = _counts(workspace)
    after_lead = _lead(workspace, setup["lead"])
    conversion = done.undo["conversion"]
    with workspace.begin() as s:
        undone = leads.revert_conversion(s, conversion)
    assert _counts(workspace) == before_counts
    assert _lead(workspace, setup["lead"]) == before_lead
    assert ("deal", conversion["deal"]) in undone.deleted
    assert ("account", conversion["account"]) in undone.deleted
    with workspace.begin() as s:
        redone = leads.redo_conversion(s, conversion, undone.undo["snapshots"])
    assert _counts(workspace) == after_counts
    assert _lead(workspace, setup["lead"]) == after_lead
    assert ("deal", conversion["deal"]) in redone.created
    with workspace.sessions() as s:
        deal = s.get(Deal, conversion["deal"])
        assert deal is not None and deal.stage == "P3"
        log = s.execute(
            select(AuditEntry.field, AuditEntry.new).where(
                AuditEntry.entity == "lead", AuditEntry.entity_id == setup["lead"]
            )
        ).all()
    assert ("status", "converted") in log and ("status", "new") in log
    # and undone again, as a second undo would
    with workspace.begin() as s:
        leads.revert_conversion(s, conversion)
    assert _counts(workspace) == before_counts
    assert _lead(workspace, setup["lead"]) == before_lead


# -- channel yield ---------------------------------------------------------------

FACTS = [
    # channel 1: 2 leads in Nov 2026, one became a deal of 100 that was won (contract 120)
    LeadFact(1, date(2026, 11, 3), 1, "won", 100.0, 120.0),
    LeadFact(1, date(2026, 11, 28)),
    # channel 2: 1 lead in Oct 2026 that became an open deal of 50
    LeadFact(2, date(2026, 10, 15), 2, "open", 50.0, 50.0),
    # channel 4: 4 leads in Nov 2026, two deals (30 open, 70 won), one lead in 2025
    LeadFact(4, date(2026, 11, 1), 3, "open", 30.0, 30.0),
    LeadFact(4, date(2026, 11, 2), 4, "won", 70.0, 70.0),
    LeadFact(4, date(2026, 11, 5)),
    LeadFact(4, date(2026, 11, 6)),
    LeadFact(4, date(2025, 3, 1)),
    # channel 9: a lead with no day counts in all time only
    LeadFact(9, None),
]


def test_yield_per_channel_in_a_month() -> None:
    table = channel_yield(FACTS, Period(PeriodKind.MONTH, 2026, 11))
    one, four = table.channels[0], table.channels[3]
    assert (one.leads, one.opportunities, one.opportunity_amount, one.won, one.won_amount) == (
        2,
        1,
        100.0,
        1,
        120.0,
    )
    assert (four.leads, four.opportunities, four.opportunity_amount, four.won, four.won_amount) == (
        4,
        2,
        100.0,
        1,
        70.0,
    )
    assert table.channels[1].leads == 0
    assert (table.total.leads, table.total.opportunities, table.total.won) == (6, 3, 2)
    assert table.total.won_amount == 190.0
    assert one.opportunity_rate == 0.5 and four.opportunity_rate == 0.5
    # 1 of 2 against 2 of 4: equal shares, so channels 1-3 still lead
    assert table.leading == Leading.YES


def test_yield_per_quarter_and_year_and_all_time() -> None:
    quarter = channel_yield(FACTS, Period(PeriodKind.QUARTER, 2026, 4))
    assert [c.leads for c in quarter.channels] == [2, 1, 0, 4, 0, 0, 0, 0, 0, 0]
    assert quarter.effective.leads == 3 and quarter.effective.opportunities == 2
    assert quarter.others.leads == 4 and quarter.others.opportunities == 2
    assert quarter.leading == Leading.YES  # 2/3 against 2/4
    year = channel_yield(FACTS, Period(PeriodKind.YEAR, 2025))
    assert [c.leads for c in year.channels] == [0, 0, 0, 1, 0, 0, 0, 0, 0, 0]
    assert year.leading == Leading.NONE_FROM_EFFECTIVE
    everything = channel_yield(FACTS)
    assert everything.total.leads == 9
    assert everything.channels[8].leads == 1
    # all time: channels 1-3 turned 2 of 3 into deals, the others 2 of 6
    assert everything.leading == Leading.YES
    assert channel_yield(FACTS, Period(PeriodKind.MONTH, 2026, 1)).leading == Leading.NO_LEADS


def test_yield_says_when_channels_one_to_three_fall_behind() -> None:
    facts = [
        LeadFact(1, date(2026, 5, 1)),
        LeadFact(3, date(2026, 5, 2)),
        LeadFact(3, date(2026, 5, 3), 1, "open", 10.0, 10.0),
        LeadFact(9, date(2026, 5, 4), 2, "open", 10.0, 10.0),
        LeadFact(10, date(2026, 5, 5), 3, "lost", 10.0, 10.0),
    ]
    table = channel_yield(facts, Period(PeriodKind.MONTH, 2026, 5))
    # 1 of 3 against 2 of 2
    assert table.leading == Leading.BEHIND
    assert table.effective.opportunity_rate == pytest.approx(1 / 3)
    assert table.others.won == 0  # a lost deal is an opportunity, not a win


def test_periods_newest_first() -> None:
    assert [p.code for p in periods(FACTS, "quarter")] == ["2026-Q4", "2025-Q1"]
    assert [p.code for p in periods(FACTS, "month")] == ["2026-11", "2026-10", "2025-03"]
    assert [p.code for p in periods(FACTS, "year")] == ["2026", "2025"]


def test_lead_facts_read_deal_amounts(workspace: Workspace, setup: dict[str, int]) -> None:
    with workspace.begin() as s:
        leads.convert_lead(
            s,
            setup["lead"],
            deal_name="D",
            amount=250.0,
            elements=_elements(setup["rep"]),
            criteria=P2_EXITS,
        )
    with workspace.sessions() as s:
        facts = lead_facts(s)
    assert len(facts) == 1
    fact = facts[0]
    assert (fact.channel, fact.deal_status, fact.amount, fact.won_amount) == (
        2,
        "open",
        250.0,
        250.0,
    )
    assert fact.received_on == date.today()
