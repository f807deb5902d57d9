"""The board's Qt-free rules: columns, summaries, probabilities, overdue,
"not yours yet" warnings, filters, sort, lanes, formatting and the panel's read."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy.orm import Session

from model.board import (
    BoardFilter,
    LaneHeader,
    RiskFacts,
    badges_for,
    card_extras,
    column_entries,
    column_of,
    compact_amount,
    days_in_stage,
    deal_detail,
    exit_progress,
    filter_cards,
    filter_options,
    is_overdue,
    merge_probabilities,
    not_yet_warnings,
    parse_amount,
    probability,
    quarter_of,
    risk_facts,
    short_day,
    stage_probabilities,
    summarize,
    warnings_by_deal,
)
from model.methodology import load_methodology
from model.rows import DealCard, board_rows
from model.services.accounts import create_account
from model.services.deals import (
    add_instalment,
    close_deal,
    create_deal,
    move_deal,
    record_payment,
    set_deal_role,
    set_exit_check,
    update_deal,
    verify_element,
)
from model.services.people import create_person
from model.services.team import create_competitor, create_member
from model.settings import set_setting
from model.workspace import Workspace

METHOD = load_methodology()
NOW = datetime(2026, 6, 1, 12, 0)


def card(
    ident: int = 1,
    *,
    stage: str = "P3",
    status: str = "open",
    amount: float = 100.0,
    days: int = 10,
    owner_id: int | None = 1,
    owner: str = "Rita",
    account_id: int = 1,
    account: str = "Acme Steel",
    region: str = "China/East/Shanghai",
    industry: str = "Manufacturing",
    close: date | None = date(2026, 9, 30),
    name: str = "",
) -> DealCard:
    return DealCard(
        id=ident,
        name=name or f"Deal {ident}",
        account_id=account_id,
        account=account,
        amount=amount,
        currency="CNY",
        expected_close=close,
        owner_id=owner_id,
        owner=owner,
        stage=stage,
        status=status,
        stage_entered_at=NOW - timedelta(days=days),
        protection_expires=None,
        region=region,
        industry=industry,
        elements_verified=3,
        exits_done=2,
        has_coach=True,
        kdm_support=1,
    )


# -- columns, probabilities, summaries ----------------------------------------------------


def test_open_deals_stand_in_their_stage_closed_ones_in_their_status() -> None:
    assert column_of(card(stage="P4")) == "P4"
    assert column_of(card(stage="P7", status="won")) == "won"
    assert column_of(card(stage="P5", status="lost")) == "lost"


def test_workspace_setting_overrides_some_stage_probabilities(workspace: Workspace) -> None:
    with workspace.sessions() as session:
        assert stage_probabilities(session)["P4"] == METHOD.stage("P4").default_probability
    with workspace.begin() as session:
        set_setting(session, "stage_probabilities", {"P4": 0.5})
    with workspace.sessions() as session:
        probs = stage_probabilities(session)
    assert probs["P4"] == 0.5
    assert probs["P5"] == METHOD.stage("P5").default_probability
    # Nonsense in the setting is ignored, not trusted.
    assert merge_probabilities({"P2": 7, "X9": 0.3})["P2"] == METHOD.stage("P2").default_probability


def test_summary_counts_totals_weights_and_averages_days() -> None:
    cards = [card(1, amount=100.0, days=10), card(2, amount=300.0, days=30)]
    probs = merge_probabilities({"P3": 0.25})
    s = summarize("P3", cards, probs, NOW, METHOD)
    assert (s.count, s.total, s.weighted) == (2, 400.0, 100.0)
    assert s.avg_days == 20 and s.usual_days == METHOD.stage("P3").usual_days
    assert not s.slow
    slow = summarize("P3", [card(3, days=200)], probs, NOW, METHOD)
    assert slow.slow
    empty = summarize("P6", [], probs, NOW, METHOD)
    assert (empty.count, empty.avg_days) == (0, None)


def test_closed_columns_weigh_in_full_or_not_at_all() -> None:
    probs = merge_probabilities(None)
    assert probability("won", probs) == 1.0
    assert probability("lost", probs) == probability("shelved", probs) == 0.0
    won = summarize("won", [card(1, status="won", stage="P7", amount=50.0)], probs, NOW)
    assert won.weighted == 50.0 and won.usual_days is None


def test_overdue_compares_days_in_stage_with_the_stage_usual_time() -> None:
    usual = METHOD.stage("P4").usual_days
    assert days_in_stage(card(days=5), NOW) == 5
    assert not is_overdue(card(stage="P4", days=usual), NOW, METHOD)
    assert is_overdue(card(stage="P4", days=usual + 1), NOW, METHOD)
    assert not is_overdue(card(stage="P4", status="lost", days=999), NOW, METHOD)


# -- "not yours yet" -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("facts", "expected"),
    [
        (RiskFacts(), ()),
        (RiskFacts(done=frozenset({"P5.EXIT.9"})), ("RISK.NOT_YET.1",)),
        (RiskFacts(done=frozenset({"P5.EXIT.9", "P6.EXIT.3"})), ("RISK.NOT_YET.2",)),
        (RiskFacts(done=frozenset({"P6.EXIT.3", "P6.EXIT.4"})), ()),
        (RiskFacts(done=frozenset({"P6.EXIT.5"})), ("RISK.NOT_YET.3",)),
        (RiskFacts(done=frozenset({"P6.EXIT.5"}), contract_signed=True, contract_value=100.0),
         ("RISK.NOT_YET.4",)),
        (RiskFacts(contract_signed=True, contract_value=100.0, first_payment=20.0),
         ("RISK.NOT_YET.5",)),
        (RiskFacts(contract_signed=True, contract_value=100.0, first_payment=30.0), ()),
        # no contract value to measure the first payment against: no stand-in
        (RiskFacts(contract_signed=True, first_payment=30.0), ("RISK.NOT_YET.5",)),
        (RiskFacts(contract_signed=True), ("RISK.NOT_YET.4",)),
        (RiskFacts(contract_value=100.0, first_payment=10.0), ()),  # not signed: warnings 1-3
        (RiskFacts(senior_missing=("KU",)), ("P5.RULE.1",)),
    ],
)  # fmt: skip
def test_not_yet_warnings_follow_the_evidence(facts: RiskFacts, expected: tuple[str, ...]) -> None:
    assert not_yet_warnings(facts, METHOD) == expected


# -- filters, sort, lanes ---------------------------------------------------------------------


def test_each_filter_narrows_the_cards() -> None:
    cards = [
        card(1, owner_id=1, account_id=1, amount=100.0, close=date(2026, 8, 1), name="MES rollout"),
        card(2, owner_id=2, owner="Max", account_id=2, account="Beta Power",
             region="China/North/Beijing", industry="Energy", amount=5_000.0, close=None),
        card(3, owner_id=None, owner="", amount=1_000_000.0, close=date(2026, 11, 5)),
    ]  # fmt: skip

    def ids(flt: BoardFilter) -> list[int]:
        return [c.id for c in filter_cards(cards, flt)]

    assert ids(BoardFilter()) == [1, 2, 3]
    assert ids(BoardFilter(owners=frozenset({2}))) == [2]
    assert ids(BoardFilter(owners=frozenset({0}))) == [3]  # 0 is "no owner"
    assert ids(BoardFilter(accounts=frozenset({2}))) == [2]
    assert ids(BoardFilter(regions=frozenset({"China/East"}))) == [1, 3]
    assert ids(BoardFilter(regions=frozenset({"China/Ea"}))) == []  # prefixes are whole parts
    assert ids(BoardFilter(industries=frozenset({"Energy"}))) == [2]
    assert ids(BoardFilter(quarters=frozenset({"2026-Q3"}))) == [1]
    assert ids(BoardFilter(quarters=frozenset({""}))) == [2]
    assert ids(BoardFilter(amount_min=1_000.0, amount_max=10_000.0)) == [2]
    assert ids(BoardFilter(text="mes ROLLOUT")) == [1]
    assert ids(BoardFilter(text="beta energy")) == [2]
    assert ids(BoardFilter(text="beta manufacturing")) == []
    assert BoardFilter(text="x").active and not BoardFilter().active


def test_filter_options_list_what_the_cards_hold() -> None:
    options = filter_options(
        [card(1), card(2, owner_id=None, owner="", close=None, region="China/North/Beijing")]
    )
    assert options.owners == ((1, "Rita"), (0, ""))
    assert "China" in options.regions and "China/East/Shanghai" in options.regions
    assert options.quarters == ("2026-Q3", "")


def test_sorts_are_total_orders() -> None:
    cards = [card(1, amount=5.0, days=3), card(2, amount=9.0, days=30), card(3, amount=5.0)]
    assert column_entries(cards, "amount") == [2, 1, 3]
    assert column_entries(cards, "days") == [2, 3, 1]  # longest in stage first
    assert column_entries(cards, "name") == [1, 2, 3]


def test_lanes_put_a_header_before_each_owner() -> None:
    cards = [
        card(1, owner_id=2, owner="Max", amount=1.0),
        card(2, owner_id=1, owner="Rita", amount=2.0),
        card(3, owner_id=None, owner="", amount=3.0),
        card(4, owner_id=2, owner="Max", amount=4.0),
    ]
    entries = column_entries(cards, "amount", "owner")
    assert entries == [
        LaneHeader("o2", "Max", 2, 5.0),
        4,
        1,
        LaneHeader("o1", "Rita", 1, 2.0),
        2,
        LaneHeader("o0", "", 1, 3.0),  # no owner comes last
        3,
    ]


def test_badges_show_the_current_stage_criteria() -> None:
    b = badges_for(card(stage="P5"), ("RISK.NOT_YET.1",), METHOD)
    assert (b.exits, b.exits_total) == (2, len(METHOD.exit_criteria("P5")))
    assert b.elements == 3 and b.elements_total == 5 and b.coach and b.kdm_support == 1
    closed = badges_for(card(stage="P5", status="lost"), ("RISK.NOT_YET.1",), METHOD)
    assert closed.exits_total == 0 and closed.risks == ()


# -- formatting ---------------------------------------------------------------------------------


def test_amounts_and_days_read_short() -> None:
    assert compact_amount(2_230_000, "CNY") == "¥2.23M"
    assert compact_amount(2_230_000, "CNY", "zh") == "¥223万"
    assert compact_amount(75_000, "XYZ") == "75K XYZ"
    assert parse_amount("300k") == 300_000
    assert parse_amount("2亿") == 200_000_000
    with pytest.raises(ValueError):
        parse_amount("lots")
    assert quarter_of(date(2026, 12, 31)) == "2026-Q4" and quarter_of(None) == ""
    assert short_day(date(2026, 3, 5), "en", date(2026, 1, 1)) == "5 Mar"
    assert short_day(date(2026, 3, 5), "zh", date(2026, 1, 1)) == "3月5日"


# -- reads against a workspace -----------------------------------------------------------------


def _deals(session: Session) -> dict[str, int]:
    rep = create_member(session, {"name": "Rita Rep"}).created_id("member")
    boss = create_member(session, {"name": "Max", "role": "manager"}).created_id("member")
    rival = create_competitor(session, {"name": "Rival"}).created_id("competitor")
    acme = create_account(session, {"name": "Acme"}).created_id("account")
    eva = create_person(session, acme, {"name": "Eva Judge", "title": "Expert"}).created_id(
        "person"
    )

    def deal(name: str, stage: str, **extra: object) -> int:
        values = {"name": name, "account_id": acme, "stage": stage, "owner_id": rep, **extra}
        if stage not in ("P1", "P2"):  # entering past P2 skips the gate: forced, with a reason
            values.update(force=True, reason="Taken over from the old CRM")
        return create_deal(session, values).created_id("deal")

    ids = {
        "tender": deal("Tender won", "P6", tendered=True),
        "signed": deal("Signed", "P7", contract_signed_on=date(2026, 5, 1), contract_value=1000.0),
        "low": deal("Low payment", "P7", contract_signed_on=date(2026, 5, 1), contract_value=1e3),
        "lost": deal("Lost one", "P6"),
        "plain": deal("Plain", "P3", amount=50.0),
        "sole": deal("Sole supplier", "P6"),
    }
    set_exit_check(session, ids["sole"], "P6.EXIT.1", True)
    set_exit_check(session, ids["sole"], "P6.EXIT.2", True)  # an alternative of EXIT.1
    set_exit_check(session, ids["tender"], "P5.EXIT.9", True, by=rep)
    set_exit_check(session, ids["tender"], "P6.EXIT.3", True, by=rep)
    set_exit_check(session, ids["lost"], "P5.EXIT.9", True)
    close_deal(
        session, ids["lost"], "lost", close_reason="price", reason="15% under", competitor_id=rival
    )
    first = add_instalment(session, ids["low"], amount=300.0).created_id("instalment")
    record_payment(session, first, amount=100.0, received_on=date(2026, 5, 10))
    set_deal_role(session, ids["tender"], eva, "EVAL", support=2, competitor_id=None)
    verify_element(session, ids["plain"], "P3.FIVE.1", by=boss, method="visit")
    set_exit_check(session, ids["plain"], "P3.EXIT.2", True, by=rep)
    move_deal(session, ids["plain"], "P2", reason="Back to leads")
    ids["rival"], ids["rep"] = rival, rep
    return ids


def test_warnings_read_from_the_workspace(workspace: Workspace) -> None:
    with workspace.begin() as session:
        ids = _deals(session)
    with workspace.sessions() as session:
        found = warnings_by_deal(session)
        facts = risk_facts(session, [ids["low"]])
        # P6/P7 deals nobody visited at senior level also miss P5.RULE.1
        assert found[ids["tender"]] == ("RISK.NOT_YET.2", "P5.RULE.1")
        assert found[ids["signed"]] == ("RISK.NOT_YET.4", "P5.RULE.1")
        assert found[ids["low"]] == ("RISK.NOT_YET.5", "P5.RULE.1")
        assert ids["lost"] not in found  # closed deals are past the warnings
        assert ids["plain"] not in found
        assert facts[ids["low"]].first_payment == 100.0
        assert facts[ids["low"]].senior_missing == ("KI", "KU", "KDM")
        assert warnings_by_deal(session, [ids["signed"]]) == {
            ids["signed"]: ("RISK.NOT_YET.4", "P5.RULE.1")
        }


def test_exit_progress_counts_as_the_gate_does(workspace: Workspace) -> None:
    with workspace.begin() as session:
        ids = _deals(session)
    with workspace.sessions() as session:
        progress = exit_progress(session)
        extras = card_extras(session, [ids["sole"], ids["plain"]])
        cards = {c.id: c for c in board_rows(session)}
    # Tendered P6: scoring/award criteria apply, "sole supplier" does not; one of four met.
    assert progress[ids["tender"]] == (1, 4)
    # Untendered P6: sole or core supplier is one requirement, plus the negotiation.
    assert progress[ids["sole"]] == (1, 2)
    assert cards[ids["sole"]].exits_done == 2  # the plain tick count would say 2 of 6
    assert ids["plain"] not in progress  # outside P3-P6 the tick count is exact
    assert extras.progress == {ids["sole"]: (1, 2)}
    badges = badges_for(cards[ids["sole"]], (), METHOD, progress[ids["sole"]])
    assert (badges.exits, badges.exits_total) == (1, 2)


def test_board_rows_for_a_few_deals_match_the_whole_board(workspace: Workspace) -> None:
    with workspace.begin() as session:
        ids = _deals(session)
        update_deal(session, ids["plain"], {"expected_close": date(2026, 10, 1)})
    with workspace.sessions() as session:
        wanted = [ids["tender"], ids["plain"], ids["lost"]]
        assert board_rows(session, deal_ids=wanted) == [
            c for c in board_rows(session) if c.id in wanted
        ]
        assert board_rows(session, deal_ids=[]) == []
        assert len(board_rows(session)) == 6


def test_deal_detail_has_what_the_panel_shows(workspace: Workspace) -> None:
    with workspace.begin() as session:
        ids = _deals(session)
    with workspace.sessions() as session:
        tender = deal_detail(session, ids["tender"], METHOD)
        plain = deal_detail(session, ids["plain"], METHOD)
        lost = deal_detail(session, ids["lost"], METHOD)
        low = deal_detail(session, ids["low"], METHOD)
        assert deal_detail(session, 999_999) is None
    assert tender is not None and plain is not None and lost is not None and low is not None
    assert [e.id for e in tender.exits] == [c.id for c in METHOD.exit_criteria("P6")]
    assert next(e for e in tender.exits if e.id == "P6.EXIT.3").by == "Rita Rep"
    assert [(r.name, r.support) for r in tender.evaluators] == [("Eva Judge", 2)]
    assert tender.warnings == ("RISK.NOT_YET.2", "P5.RULE.1")
    assert tender.senior_missing == ("KI", "KU", "KDM")
    assert [e.status for e in plain.elements][:2] == ["verified", "unknown"]
    assert plain.elements[0].by == "Max" and plain.elements[0].method == "visit"
    assert [(h.from_stage, h.to_stage) for h in plain.history] == [(None, "P3"), ("P3", "P2")]
    assert plain.history[-1].reason == "Back to leads"
    assert plain.stage == "P2" and not any(e.done for e in plain.exits)
    assert (lost.status, lost.close_reason, lost.status_reason, lost.lost_to) == (
        "lost",
        "price",
        "15% under",
        "Rival",
    )
    assert lost.warnings == () and lost.senior_missing == ()
    assert low.first_payment_ratio == pytest.approx(0.1)
    assert low.first_payment_problem == "too_low"
    assert low.paid == 100.0


def test_cards_are_immutable_rows() -> None:
    c = card()
    assert replace(c, amount=5.0).amount == 5.0 and c.amount == 100.0


def test_largest_amount_first_compares_values_in_the_base_currency() -> None:
    """$100K (¥720K at 7.2) is larger than ¥200K; a currency without a rate comes after
    the converted ones, by its own amount (nothing to compare it with)."""
    from model.board import board_entries, sort_key
    from model.money import Rates

    usd = replace(card(1, amount=100_000), currency="USD")
    cny = card(2, amount=200_000)
    eur = replace(card(3, amount=900_000), currency="EUR")
    small = card(4, amount=50_000)
    rates = Rates("CNY", {"USD": 7.2})
    cards = [cny, eur, small, usd]
    assert sorted(cards, key=sort_key("amount", rates)) == [usd, cny, small, eur]
    assert board_entries({"P3": cards}, "amount", rates=rates)["P3"] == [1, 2, 4, 3]
    # Without rates, as before: the raw amounts.
    assert [c.id for c in sorted(cards, key=sort_key("amount"))] == [3, 2, 1, 4]
