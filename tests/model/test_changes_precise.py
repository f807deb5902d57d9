"""Every service that writes a deal, a person, an activity, a payment or a
check names the account its write rolls up to (``Changes.affected("account")``),
so the accounts list re-reads that one row instead of all of them (issue 11).

One scenario runs every such service once against a workspace with two
accounts and asserts the right account — and only it — is named; a second test
makes sure no service of those modules was forgotten by the scenario.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from model.changes import Changes
from model.entities import Payment, StageChange
from model.services import (
    accounts,
    activities,
    approvals,
    competitors,
    deals,
    leads,
    payments,
    people,
    segments,
    team,
)
from model.services import common as c
from model.workspace import Workspace

MODULES = (deals, payments, people, activities, leads, segments, approvals, competitors)

# Services of those modules that write nothing a deal, person or activity hangs off.
NOT_DEAL_RELATED = {
    "create_lead",
    "update_lead",
    "delete_lead",
    "save_segment",
    "delete_segment",
    "create_competitor",
    "update_competitor",
    "delete_link_of",  # a partial of delete_link, which is covered
}


def _writing_services() -> set[str]:
    found = set()
    for module in MODULES:
        for name, fn in vars(module).items():
            if name.startswith("_") or not callable(fn) or not inspect.isfunction(fn):
                continue
            if getattr(fn, "__module__", "") != module.__name__:
                continue
            if "Changes" in str(inspect.signature(fn).return_annotation):
                found.add(name)
    return found - NOT_DEAL_RELATED


class Run:
    """Runs services in one transaction each and records which were checked."""

    def __init__(self, workspace: Workspace, account: int, other: int) -> None:
        self.workspace, self.account, self.other = workspace, account, other
        self.seen: set[str] = set()

    def __call__(self, fn: Callable[..., Changes], *args: Any, **kwargs: Any) -> Changes:
        with self.workspace.begin() as s:
            changes = fn(s, *args, **kwargs)
        self.seen.add(fn.__name__)
        assert changes, f"{fn.__name__} changed nothing in this scenario"
        named = changes.affected("account")
        assert self.account in named, f"{fn.__name__} does not name its account: {changes}"
        assert self.other not in named, f"{fn.__name__} names an account it did not touch"
        return changes


def test_every_deal_related_service_names_its_account(workspace: Workspace) -> None:
    with workspace.begin() as s:
        manager = team.create_member(s, {"name": "Wang", "role": "manager"}).created_id("member")
        rep = team.create_member(s, {"name": "Li", "role": "rep"}).created_id("member")
        acc = accounts.create_account(s, {"name": "Acme"}).created_id("account")
        other = accounts.create_account(s, {"name": "Other"}).created_id("account")
        rival = team.create_competitor(s, {"name": "Rival"}).created_id("competitor")
        lead = leads.create_lead(s, {"company": "Lead", "account_id": acc}).created_id("lead")
    run = Run(workspace, acc, other)

    # deals
    values = {"name": "D", "account_id": acc, "amount": 1000, "stage": "P2"}
    deal = run(deals.create_deal, values).created_id("deal")
    run(deals.update_deal, deal, {"amount": 2000})
    crit = "P2.EXIT.1"
    changes = run(deals.set_exit_check, deal, crit, True)
    run(deals.restore_exit_check, deal, crit, changes.undo["row"])
    moved = run(deals.move_deal, deal, "P3", force=True, reason="old CRM", by=rep)
    change_id = moved.created_id("stage_change")
    run(approvals.approve_stage_change, change_id, by=manager)
    run(approvals.withdraw_approval, change_id)
    run(deals.revert_move, change_id, deal, (), moved.undo)
    moved = run(deals.move_deal, deal, "P3", force=True, reason="again", by=rep)
    run(deals.revert_stage_change, moved.created_id("stage_change"), undo=moved.undo)
    moved = run(deals.move_deal, deal, "P3", force=True, reason="third", by=rep)
    run(approvals.revert_forced_move, moved.created_id("stage_change"), reason="no", by=manager)
    verified = run(deals.verify_element, deal, "P3.FIVE.1", by=manager, method="visit")
    run(deals.restore_element, deal, "P3.FIVE.1", verified.undo["old"] or None)
    person = run(people.create_person, acc, {"name": "Zhao", "role": "KDM"}).created_id("person")
    role = run(deals.set_deal_role, deal, person, "KDM", support=1)
    run(deals.restore_deal_role, deal, person, None, expect=role.undo["new"])
    run(deals.set_competitors, deal, [rival])
    run(competitors.restore_competitor, run(competitors.delete_competitor, rival).undo["snapshot"])
    run(deals.close_deal, deal, "lost", close_reason="price", reason="lost on price")
    run(deals.reopen_deal, deal, reason="back")

    # payments
    first = run(payments.add_instalment, deal, amount=500.0).created_id("instalment")
    second = run(payments.add_instalment, deal, amount=300.0).created_id("instalment")
    run(payments.update_instalment, second, {"amount": 400.0})
    paid = run(payments.record_payment, first, amount=100.0, received_on=date(2026, 1, 2))
    gone = run(payments.delete_payment, paid.created_id("payment"))
    run(payments.restore, gone.undo["snapshot"])
    gone = run(payments.delete_instalment, second)
    run(payments.restore, gone.undo["snapshot"])

    # people
    run(people.update_person, person, {"support": 2})
    run(people.update_private, person, {"family": "two children"})
    run(people.set_positions, {person: (1.0, 2.0)})
    run(people.place_people, {person: (3.0, 4.0)})
    second_person = run(people.create_person, acc, {"name": "Qian"}).created_id("person")
    link = run(people.set_influence, person, second_person, 0.5).created_id("influence")
    run(people.delete_link, "influence", link)
    run(people.set_relationship, manager, person, {"strength": 0.5})
    dept = run(people.create_department, acc, {"name": "IT"}).created_id("department")
    run(people.update_department, dept, {"name": "IT dept"})
    run(people.delete_department, dept)
    made = run(people.create_department_for, acc, {"name": "Legal"}, person)
    before = made.undo["old"]
    legal = made.created_id("department")
    removed = run(people.remove_department_for, legal, person, dict(before), None)
    run(people.restore_department_for, removed.undo["snapshot"], person, dict(before), None)
    gone = run(people.delete_person, second_person)
    run(c.restore, gone.undo["snapshot"])

    # activities and leads
    logged = run(activities.log_activity, acc, {"kind": "visit", "deal_id": deal, "summary": "x"})
    gone = run(activities.delete_activity, logged.created_id("activity"))
    run(activities.restore_activity, gone.undo["snapshot"])
    aid = logged.created_id("activity")
    edited = run(activities.update_activity, aid, {"summary": "y"})
    run(activities.revert_activity, aid, edited.undo["state"], edited.undo["relationships"])
    run(activities.set_next_step_done, aid, date.today())
    check = {"status": "verified", "by": rep, "method": "visit"}
    five = {f"P3.FIVE.{n}": check for n in range(1, 6)}
    exits = [f"P2.EXIT.{n}" for n in range(1, 6)]
    made = run(leads.convert_lead, lead, deal_name="From lead", elements=five, criteria=exits)
    undone = run(leads.revert_conversion, made.undo["conversion"])
    run(leads.redo_conversion, made.undo["conversion"], undone.undo["snapshots"])

    # the deal itself last: its delete and the undo of it
    gone = run(deals.delete_deal, deal)
    run(c.restore, gone.undo["snapshot"])

    missing = _writing_services() - run.seen
    assert not missing, f"services the scenario does not check: {sorted(missing)}"


def test_the_scenario_would_notice_a_service_that_names_no_account(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check itself: a drop whose Changes names only the deal fails it."""
    with workspace.begin() as s:
        acc = accounts.create_account(s, {"name": "Acme"}).created_id("account")
        other = accounts.create_account(s, {"name": "Other"}).created_id("account")
        deal = deals.create_deal(s, {"name": "D", "account_id": acc}).created_id("deal")
    run = Run(workspace, acc, other)
    bare = deals.move_deal.__wrapped__  # type: ignore[attr-defined]
    with pytest.raises(AssertionError, match="does not name its account"):
        run(bare, deal, "P3", force=True, reason="old CRM")


def test_a_drop_names_its_account_in_affects_not_updated(workspace: Workspace) -> None:
    """The account editor re-reads on ``touches("account")``; a move must not trip it."""
    with workspace.begin() as s:
        acc = accounts.create_account(s, {"name": "Acme"}).created_id("account")
        deal = deals.create_deal(s, {"name": "D", "account_id": acc}).created_id("deal")
    with workspace.begin() as s:
        moved = deals.move_deal(s, deal, "P3", force=True, reason="old CRM")
    assert ("account", acc) in moved.affects
    assert not moved.touches("account")
    assert moved.ids("deal") == {deal}
    assert moved.affected("account") == {acc}


def test_a_payment_is_followed_to_its_account_through_instalment_and_deal(
    workspace: Workspace,
) -> None:
    with workspace.begin() as s:
        acc = accounts.create_account(s, {"name": "Acme"}).created_id("account")
        deal = deals.create_deal(s, {"name": "D", "account_id": acc}).created_id("deal")
        first = payments.add_instalment(s, deal, amount=100.0).created_id("instalment")
        paid = payments.record_payment(s, first, amount=10.0).created_id("payment")
    with workspace.begin() as s:
        assert s.execute(select(Payment.id)).scalar_one() == paid
        assert c.accounts_touched(s, Changes.of(updated=[("payment", paid)])) == {acc}
        assert s.execute(select(StageChange.id)).first() is not None
