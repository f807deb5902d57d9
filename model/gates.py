"""Stage gates: what the method requires before a deal moves on.

The gate is computed from plain facts (:class:`DealFacts`) by a pure function
so the rules are testable without a database and the board can show the same
answer the service enforces.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property

from sqlalchemy import select
from sqlalchemy.orm import Session

from model.entities import Deal, ExitCheck, FiveElementCheck
from model.enums import STAGES, Stage
from model.errors import NotFound, term
from model.methodology import Methodology, load_methodology
from model.rules.chain import (
    COMPUTED_CRITERIA,
    ChainFacts,
    CriterionFinding,
    chain_facts,
    computed_criteria,
    effective_done,
)
from model.rules.payments import RULE_ID as PAYMENT_RULE_ID
from model.rules.payments import FirstPayment, first_paid, judge, payment_facts
from model.rules.visits import RULE_ID as VISITS_RULE_ID
from model.rules.visits import SENIOR_VISIT_ROLES, senior_visits_by_deal

RULE_SENIOR_VISITS = VISITS_RULE_ID
RULE_FIRST_PAYMENT = PAYMENT_RULE_ID


@dataclass(frozen=True)
class DealFacts:
    """What the gate needs to know about one deal."""

    stage: str
    status: str = "open"
    tendered: bool = False
    done_criteria: frozenset[str] = frozenset()
    verified_elements: frozenset[str] = frozenset()
    # Roles among KI/KU/KDM that had a visit by our managers or executives.
    senior_visited_roles: frozenset[str] = frozenset()
    contract_signed: bool = False
    contract_value: float = 0.0
    first_payment: float = 0.0
    # Who is on the deal and the tender flag: the data that answers the criteria of
    # model.rules.chain.COMPUTED_CRITERIA (None: nobody recorded).
    chain: ChainFacts | None = None

    @cached_property
    def findings(self) -> Mapping[str, CriterionFinding]:
        """The data's answer to each computed criterion (ticks of them never count)."""
        chain = replace(
            self.chain or ChainFacts(),
            tendered=self.tendered,
            verified_elements=self.verified_elements,
        )
        return computed_criteria(chain)

    @property
    def first_payment_ratio(self) -> float:
        return self.first_payment / self.contract_value if self.contract_value > 0 else 0.0


@dataclass(frozen=True)
class Gate:
    """The answer to "may this deal move from one stage to another?"."""

    from_stage: str
    to_stage: str
    unmet_criteria: tuple[tuple[str, str], ...] = ()  # (stage left, criterion ID)
    unverified_elements: tuple[str, ...] = ()
    rules: tuple[str, ...] = ()  # rule IDs not satisfied
    missing_senior_visits: tuple[str, ...] = ()  # roles without a senior visit
    # What the data shows, for each unmet criterion the data answers (not tickable).
    findings: Mapping[str, CriterionFinding] = field(default_factory=dict)
    first_payment_ratio: float | None = None
    # Why P7.RULE.FIRST_PAYMENT_MIN fails (model.rules.payments.FirstPayment.problem), or "".
    first_payment_problem: str = ""
    backward: bool = False
    detail: dict[str, float] = field(default_factory=dict)

    @property
    def met(self) -> bool:
        return not (self.unmet_criteria or self.unverified_elements or self.rules)

    @property
    def unmet_ids(self) -> list[str]:
        return (
            [c for _, c in self.unmet_criteria] + list(self.unverified_elements) + list(self.rules)
        )


# Criteria that only make sense with a tender, or only without one. Without a
# tender there is no scoring to shape, no evaluators and no award; with one,
# "sole supplier" and "core supplier" do not apply.
TENDER_ONLY = frozenset(
    {"P5.EXIT.7", "P5.EXIT.8", "P5.EXIT.9", "P6.EXIT.3", "P6.EXIT.4", "P6.EXIT.5"}
)
NO_TENDER_ONLY = frozenset({"P6.EXIT.1", "P6.EXIT.2"})
# Either one is enough: sole supplier, or core supplier when several are chosen.
ALTERNATIVES: tuple[frozenset[str], ...] = (frozenset({"P6.EXIT.1", "P6.EXIT.2"}),)


def applicable_criteria(
    stage_id: str, tendered: bool, method: Methodology | None = None
) -> list[tuple[str, ...]]:
    """The exit criteria of a stage that apply to this deal, as groups.

    A group of more than one ID is met when any one of them is done.
    """
    method = method or load_methodology()
    skip = NO_TENDER_ONLY if tendered else TENDER_ONLY
    ids = [c.id for c in method.exit_criteria(stage_id) if c.id not in skip]
    groups: list[tuple[str, ...]] = []
    placed: set[str] = set()
    for cid in ids:
        if cid in placed:
            continue
        group = next((g for g in ALTERNATIVES if cid in g), frozenset({cid}))
        members = tuple(c for c in ids if c in group)
        placed.update(members)
        groups.append(members)
    return groups


def criteria_progress(
    stage_id: str,
    done: frozenset[str] | set[str],
    tendered: bool,
    findings: Mapping[str, CriterionFinding] | None = None,
) -> tuple[int, int]:
    """(groups met, groups applicable) for a stage: the board's n/m badge.

    ``done`` are the ticks; a criterion the data answers counts when its
    finding is met (:func:`model.rules.chain.effective_done`), never by a tick.
    """
    met = effective_done(done, [c for c, f in (findings or {}).items() if f.met])
    groups = applicable_criteria(stage_id, tendered)
    return sum(1 for g in groups if any(c in met for c in g)), len(groups)


def _unmet(
    stage_id: str, done: frozenset[str], tendered: bool, method: Methodology
) -> list[tuple[str, str]]:
    return [
        (stage_id, group[0])
        for group in applicable_criteria(stage_id, tendered, method)
        if not any(c in done for c in group)
    ]


def auto_done(facts: DealFacts) -> frozenset[str]:
    """Criteria the data itself proves, so nobody has to tick them by hand.

    The contract and first payment of P7, and every criterion of
    :data:`~model.rules.chain.COMPUTED_CRITERIA` whose finding is met.
    """
    done = {c for c, f in facts.findings.items() if f.met}
    if facts.contract_signed:
        done.add("P7.EXIT.1")
    if facts.first_payment > 0:
        done.add("P7.EXIT.2")
    return frozenset(done)


def first_payment_check(facts: DealFacts, method: Methodology | None = None) -> FirstPayment:
    """P7.RULE.FIRST_PAYMENT_MIN over the gate's facts (:func:`model.rules.payments.judge`)."""
    method = method or load_methodology()
    return judge(
        facts.contract_signed,
        facts.contract_value or None,
        facts.first_payment or None,
        method.FIRST_PAYMENT_MIN,
    )


def first_payment_ok(facts: DealFacts, method: Methodology | None = None) -> bool:
    return first_payment_check(facts, method).ok


def gate_for(facts: DealFacts, to_stage: str, method: Methodology | None = None) -> Gate:
    """Evaluate moving a deal from ``facts.stage`` to ``to_stage``.

    Leaving a stage forward requires its exit criteria; entering P3 or later
    requires the five elements verified; leaving P5 requires senior visits to
    KI, KU and KDM (P5.RULE.1). Moving back is never blocked by criteria, but
    the service asks for a reason. A criterion the data answers
    (:data:`~model.rules.chain.COMPUTED_CRITERIA`) is met only when the data
    says so, ticked or not; the gate's ``findings`` say what the data shows.
    """
    method = method or load_methodology()
    src, dst = Stage(facts.stage), Stage(to_stage)
    if dst.number <= src.number:
        return Gate(src.value, dst.value, backward=dst.number < src.number)
    done = (facts.done_criteria - COMPUTED_CRITERIA) | auto_done(facts)
    unmet: list[tuple[str, str]] = []
    for stage in STAGES[src.number - 1 : dst.number - 1]:
        unmet += _unmet(stage.value, done, facts.tendered, method)
    elements: tuple[str, ...] = ()
    if dst.number >= 3:
        elements = tuple(e.id for e in method.five_elements if e.id not in facts.verified_elements)
    rules: list[str] = []
    missing_visits: tuple[str, ...] = ()
    if src.number <= 5 < dst.number:
        missing_visits = tuple(r for r in SENIOR_VISIT_ROLES if r not in facts.senior_visited_roles)
        if missing_visits:
            rules.append(RULE_SENIOR_VISITS)
    return Gate(
        src.value,
        dst.value,
        tuple(unmet),
        elements,
        tuple(rules),
        missing_visits,
        findings={c: facts.findings[c] for _, c in unmet if c in COMPUTED_CRITERIA},
    )


def won_gate(facts: DealFacts, method: Methodology | None = None) -> Gate:
    """A deal counts as won only in P7 with a signed contract and first payment ≥ 30%."""
    method = method or load_methodology()
    done = facts.done_criteria | auto_done(facts)
    unmet = tuple(_unmet("P7", done, facts.tendered, method))
    paid = first_payment_check(facts, method)
    rules = () if paid.ok else (RULE_FIRST_PAYMENT,)
    if facts.stage != Stage.P7.value:
        unmet = (*unmet, (facts.stage, "P7"))
    return Gate(
        facts.stage,
        "won",
        unmet,
        (),
        rules,
        first_payment_ratio=facts.first_payment_ratio,
        first_payment_problem=paid.problem,
    )


def deal_facts(session: Session, deal_id: int) -> DealFacts:
    deal = session.get(Deal, deal_id)
    if deal is None:
        raise NotFound(
            "No {kind_label} with id {ident} in this workspace.",
            kind_label=term("deal"),
            ident=deal_id,
        )
    done = frozenset(
        session.execute(
            select(ExitCheck.criterion).where(ExitCheck.deal_id == deal_id, ExitCheck.done)
        ).scalars()
    )
    verified = frozenset(
        session.execute(
            select(FiveElementCheck.element).where(
                FiveElementCheck.deal_id == deal_id, FiveElementCheck.status == "verified"
            )
        ).scalars()
    )
    payments = payment_facts(session, [deal_id])[deal_id]
    first = first_paid(payments.transfers)
    # The chain is read once: the senior visits judge the same people (a drop reads both).
    chains = chain_facts(session, [deal_id])
    return DealFacts(
        stage=deal.stage,
        status=deal.status,
        tendered=deal.tendered,
        done_criteria=done,
        verified_elements=verified,
        senior_visited_roles=senior_visits_by_deal(session, [deal_id], chains=chains)[
            deal_id
        ].visited,
        contract_signed=payments.contract_signed,
        contract_value=float(payments.contract_value or 0.0),  # no stand-in: the amount
        first_payment=float(first or 0.0),
        chain=chains.get(deal_id),
    )


def senior_visited_roles(session: Session, deal: Deal) -> frozenset[str]:
    """Roles (KI/KU/KDM) of this deal that had a senior visit (P5.RULE.1).

    :func:`model.rules.visits.senior_visits` decides, over the deal's people as
    the map's deal view reads them and the activities made for this deal.
    """
    return senior_visits_by_deal(session, [deal.id])[deal.id].visited
