"""Overdue next steps in the review list (model/review.py), read step first then deal:
every late step of an open deal is an item (two on one deal are two items, the oldest
first), with the deal's account and owner; steps on closed deals, on no deal, done or
due today are not."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy.orm import Session

from model.entities import Activity, Deal
from model.review import review_list
from model.services import accounts, team
from model.workspace import Workspace


def _deal(s: Session, account: int, owner: int | None, name: str, **values: object) -> int:
    deal = Deal(account_id=account, name=name, owner_id=owner, **values)
    s.add(deal)
    s.flush()
    return deal.id


def test_each_late_step_of_an_open_deal_is_an_item(workspace: Workspace) -> None:
    today = date.today()
    with workspace.begin() as s:
        rep = team.create_member(s, {"name": "Liu", "role": "rep"}).created_id("member")
        acme = accounts.create_account(s, {"name": "Acme"}).created_id("account")
        late = _deal(s, acme, rep, "Late", stage="P4")
        nobody = _deal(s, acme, None, "Unowned", stage="P2")
        lost = _deal(s, acme, rep, "Lost", stage="P3", status="lost", closed_on=today)

        def step(deal: int | None, days_late: int, text: str, done: bool = False) -> None:
            s.add(
                Activity(
                    account_id=acme,
                    deal_id=deal,
                    on=today - timedelta(30),
                    next_step=text,
                    next_due=today - timedelta(days_late),
                    next_done_on=today if done else None,
                )
            )

        step(late, 3, "Call the buyer")
        step(late, 9, "Send the quote")
        step(nobody, 1, "Book a visit")
        step(late, 4, "Already done", done=True)
        step(late, 0, "Due today")
        step(lost, 5, "On a lost deal")
        step(None, 6, "On the account alone")
    with workspace.sessions() as s:
        items = [i for i in review_list(s) if i.kind == "overdue_step"]
    assert [(i.deal_id, i.since, i.detail, i.account_name, i.owner_name) for i in items] == [
        (late, today - timedelta(9), "Send the quote", "Acme", "Liu"),
        (late, today - timedelta(3), "Call the buyer", "Acme", "Liu"),
        (nobody, today - timedelta(1), "Book a visit", "Acme", ""),
    ]
    assert {(i.deal_name, i.stage, i.owner_id) for i in items} == {
        ("Late", "P4", rep),
        ("Unowned", "P2", None),
    }
