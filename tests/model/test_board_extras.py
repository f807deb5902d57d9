"""The board's batch readings say what the plain definitions say, over a whole sample.

``card_extras`` reads the decision chain of every open deal in P3-P7 once and
shares it between the n/m badge and the senior-visit warning; ``chain_facts``
builds each person once and reuses them where a deal sees them as they stand;
``senior_visits_by_deal`` reads only the activities that could count. Each
shortcut is held equal here to the reading it replaces: a deal-by-deal
reference written the obvious way, the badge and warnings read alone, and the
rule over the deal's whole activity log.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from model.board import CardExtras, card_extras, exit_progress, warnings_by_deal
from model.entities import (
    Activity,
    Deal,
    DealRole,
    Department,
    FiveElementCheck,
    Person,
    TeamMember,
)
from model.enums import Role
from model.rules.chain import ChainFacts, ChainPerson, chain_facts
from model.rules.visits import (
    SENIOR_VISIT_ROLES,
    senior_visits,
    senior_visits_by_deal,
    visit_facts,
)
from model.sample import generate_sample
from model.services.activities import log_activity
from model.workspace import Workspace, open_workspace

ROLES = frozenset(r.value for r in Role)


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    """The small sample, with a few parts the sample itself does not write."""
    path: Path = tmp_path_factory.mktemp("extras") / "sample.kan"
    ws = open_workspace(path, create=True)
    generate_sample(ws.engine, lang="en", size="small")
    with ws.begin() as s:
        parts = s.execute(select(DealRole.id, DealRole.person_id).order_by(DealRole.id)).all()
        # A role the method does not know, on a deal and standing: read as no role.
        s.execute(update(DealRole).where(DealRole.id == parts[0][0]).values(role="BOSS"))
        s.execute(update(Person).where(Person.id == parts[1][1]).values(role="BOSS"))
        # A part that repeats the person's standing values exactly, and one that differs.
        person = s.get(Person, parts[2][1])
        assert person is not None
        s.execute(
            update(DealRole)
            .where(DealRole.id == parts[2][0])
            .values(
                role=person.role or "KI",
                support=person.support,
                insider=person.insider,
                coach=person.coach,
            )
        )
        s.execute(
            update(DealRole)
            .where(DealRole.id == parts[3][0])
            .values(support=-2, insider=True, coach=True)
        )
        # Activities with a manager meeting a deal's KI/KU/KDM that still do not count:
        # a call, and a visit dated tomorrow (a colleague's local day may be ahead).
        today = date.today()
        boss = s.execute(select(TeamMember.id).where(TeamMember.role == "manager")).scalar()
        for deal_id, chain in chain_facts(s, _deal_ids(s), today=today).items():
            held = [p.id for p in chain.present() if p.role in SENIOR_VISIT_ROLES]
            deal = s.get(Deal, deal_id)
            if held and deal is not None and deal.stage == "P5":
                break
        else:
            raise AssertionError("the sample has no P5 deal with KI/KU/KDM")
        for kind in ("call", "visit"):
            log_activity(
                s,
                deal.account_id,
                {"kind": kind, "on": today, "deal_id": deal_id},
                members=[boss],
                people=held,
            )
        latest = s.execute(select(func.max(Activity.id))).scalar()
        s.execute(update(Activity).where(Activity.id == latest).values(on=today + timedelta(1)))
    yield ws
    ws.close()


def _deal_ids(session: Session) -> list[int]:
    return list(session.execute(select(Deal.id).order_by(Deal.id)).scalars())


def _plain_chain(session: Session, deal_id: int, day: date) -> ChainFacts:
    """One deal's chain as the definition reads: the account's people who matter as they
    stand, and everyone with a part in the deal as the deal sees them."""
    deal = session.get(Deal, deal_id)
    assert deal is not None
    parts = {
        r.person_id: r for r in session.scalars(select(DealRole).where(DealRole.deal_id == deal_id))
    }
    kinds = {i: k for i, k in session.execute(select(Department.id, Department.kind))}
    people = []
    for p in session.scalars(select(Person).order_by(Person.id)):
        part = parts.get(p.id)
        if part is None and (
            p.account_id != deal.account_id or (p.role is None and not p.insider and not p.coach)
        ):
            continue
        role, support, insider, coach = (
            (part.role, part.support, part.insider, part.coach)
            if part is not None
            else (p.role, p.support, p.insider, p.coach)
        )
        people.append(
            ChainPerson(
                p.id,
                p.name,
                role if role in ROLES else None,
                support,
                insider,
                p.insider_sources,
                coach,
                p.seniority,
                kinds.get(p.department_id or 0) or "",
                p.left_on,
            )
        )
    verified = session.scalars(
        select(FiveElementCheck.element).where(
            FiveElementCheck.deal_id == deal_id, FiveElementCheck.status == "verified"
        )
    )
    return ChainFacts(
        people=tuple(people),
        scoring_shaped=bool(deal.scoring_shaped),
        tendered=bool(deal.tendered),
        verified_elements=frozenset(verified),
        on=day,
    )


def test_chain_facts_of_many_deals_are_each_deal_s_plain_reading(sample: Workspace) -> None:
    day = date.today()
    with sample.sessions() as s:
        ids = _deal_ids(s)
        batch = chain_facts(s, [*ids, 999_999], today=day)
        assert sorted(batch) == ids  # a deal that does not exist has no facts
        for deal_id in ids:
            assert batch[deal_id] == _plain_chain(s, deal_id, day), deal_id
    people = [p for chain in batch.values() for p in chain.people]
    assert all(p.role in ROLES or p.role is None for p in people)
    assert sum(len(c.people) for c in batch.values()) > 10 * len(ids)  # a real test


def test_card_extras_are_the_badge_and_the_warnings_each_read_alone(sample: Workspace) -> None:
    with sample.sessions() as s:
        ids = _deal_ids(s)
        whole = card_extras(s)
        assert whole == CardExtras(warnings_by_deal(s), exit_progress(s))
        assert whole.risks and whole.progress
        some = ids[::3]
        assert card_extras(s, some) == CardExtras(
            {d: w for d, w in whole.risks.items() if d in some},
            {d: n for d, n in whole.progress.items() if d in some},
        )
        assert card_extras(s, []) == CardExtras()


def test_senior_visits_read_narrowly_are_the_rule_over_every_activity(sample: Workspace) -> None:
    """Only activities that could count are read; the rule's answer is the one over all."""
    day = date.today()
    with sample.sessions() as s:
        ids = _deal_ids(s)
        narrow = senior_visits_by_deal(s, ids, day)
        chains = chain_facts(s, ids, today=day)
        every = visit_facts(s, ids)
        for deal_id in ids:
            holders = {
                p.id: p.role for p in chains[deal_id].present() if p.role in SENIOR_VISIT_ROLES
            }
            assert narrow[deal_id] == senior_visits(holders, every[deal_id], day), deal_id
    # The sample has deals with visits that count, and activities that do not.
    assert any(found.visited for found in narrow.values())
    assert any(v.kind not in ("visit", "hq_visit") for f in every.values() for v in f.visits)


def test_chains_a_caller_passes_are_completed_with_the_deals_they_lack(
    sample: Workspace,
) -> None:
    day = date.today()
    with sample.sessions() as s:
        ids = _deal_ids(s)
        some = {d: c for d, c in chain_facts(s, ids, today=day).items() if d % 2}
        assert senior_visits_by_deal(s, ids, day, chains=some) == senior_visits_by_deal(s, ids, day)
        assert exit_progress(s, chains=some) == exit_progress(s)
        assert warnings_by_deal(s, today=day, chains=some) == warnings_by_deal(s)


@pytest.mark.parametrize("collecting", [True, False])
def test_card_extras_leave_the_cycle_collector_as_they_found_it(
    sample: Workspace, collecting: bool
) -> None:
    was = gc.isenabled()
    try:
        (gc.enable if collecting else gc.disable)()
        with sample.sessions() as s:
            card_extras(s)
        assert gc.isenabled() is collecting
    finally:
        (gc.enable if was else gc.disable)()
