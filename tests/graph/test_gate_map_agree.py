"""Over every deal of the sample workspace, in both languages, the rules agree.

P5.RULE.1 (senior visits to KI, KU and KDM): the gate's answer for leaving P5
names the same missing roles as the map's ``no_senior_visit`` risks on the
deal's chain, and the board warns P5.RULE.1 exactly where it applies.
P7.RULE.FIRST_PAYMENT_MIN: the board's "not yours yet" payment warnings and
figures say what the won gate says.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from graph import build_org_graph, risks
from graph.from_model import org_data
from model.board import SENIOR_VISIT_STAGES, deal_detail, warnings_by_deal
from model.entities import Deal
from model.gates import RULE_FIRST_PAYMENT, RULE_SENIOR_VISITS, deal_facts, gate_for, won_gate
from model.methodology import load_methodology
from model.rules.visits import senior_visits_by_deal
from model.sample import generate_sample
from model.workspace import Workspace, open_workspace

PAYMENT_WARNINGS = frozenset({"RISK.NOT_YET.4", "RISK.NOT_YET.5"})


@pytest.fixture(scope="module", params=["en", "zh"])
def sample(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Workspace]:
    path: Path = tmp_path_factory.mktemp(f"sample-{request.param}") / "sample.kan"
    ws = open_workspace(path, create=True)
    generate_sample(ws.engine, lang=request.param, size="small")
    yield ws
    ws.close()


def _deals(session: Session) -> list[tuple[int, int, str, str]]:
    return [
        (int(i), int(a), str(st), str(status))
        for i, a, st, status in session.execute(
            select(Deal.id, Deal.account_id, Deal.stage, Deal.status).order_by(Deal.id)
        )
    ]


def _map_missing(
    session: Session, account_id: int, deal_id: int, today: date
) -> tuple[set[str], set[str]]:
    """Roles the map's ``no_senior_visit`` risks name: all of them, and those nobody holds."""
    G = build_org_graph(org_data(session, account_id, deal_id, today=today))
    found = [r for r in risks(G, stage="P5", today=today) if r.code == "no_senior_visit"]
    return (
        {str(r.detail["role"]) for r in found},
        {str(r.detail["role"]) for r in found if not r.detail["held"]},
    )


def test_gate_and_map_name_the_same_missing_senior_visits(sample: Workspace) -> None:
    today = date.today()
    met = missed = 0
    with sample.sessions() as session:
        deals = _deals(session)
        rule = senior_visits_by_deal(session, [d for d, *_ in deals], today)
        for deal_id, account_id, _stage, _status in deals:
            facts = deal_facts(session, deal_id)
            gate = gate_for(replace(facts, stage="P5"), "P6")
            on_map, unheld = _map_missing(session, account_id, deal_id, today)
            assert set(gate.missing_senior_visits) == on_map, deal_id
            assert (RULE_SENIOR_VISITS in gate.rules) == bool(on_map), deal_id
            assert gate.missing_senior_visits == rule[deal_id].missing, deal_id
            assert set(rule[deal_id].unheld) == unheld, deal_id
            met += not on_map
            missed += bool(on_map)
    # The sample tells both stories: deals that met the rule and deals that did not.
    assert met >= 5 and missed >= 5


def test_board_warns_where_the_gate_refuses(sample: Workspace) -> None:
    method = load_methodology()
    with sample.sessions() as session:
        deals = _deals(session)
        warnings = warnings_by_deal(session)
        signed = won = 0
        for deal_id, _account, stage, status in deals:
            facts = deal_facts(session, deal_id)
            gate = won_gate(facts, method)
            found = warnings.get(deal_id, ())
            detail = deal_detail(session, deal_id, method)
            assert detail is not None
            assert detail.first_payment_ratio == gate.first_payment_ratio or (
                detail.first_payment_ratio is None and gate.first_payment_ratio == 0.0
            ), deal_id
            assert detail.first_payment_problem == gate.first_payment_problem, deal_id
            if status == "won":
                won += 1
                assert gate.met, deal_id
                continue
            if status != "open":
                assert deal_id not in warnings
                continue
            assert detail.warnings == found, deal_id
            if facts.contract_signed:
                signed += 1
                paid_ok = RULE_FIRST_PAYMENT not in gate.rules
                assert paid_ok == PAYMENT_WARNINGS.isdisjoint(found), deal_id
            else:
                assert PAYMENT_WARNINGS.isdisjoint(found), deal_id
            missing = gate_for(replace(facts, stage="P5"), "P6").missing_senior_visits
            expect_visits = stage in SENIOR_VISIT_STAGES and bool(missing)
            assert (RULE_SENIOR_VISITS in found) == expect_visits, deal_id
    assert signed >= 3 and won >= 3
