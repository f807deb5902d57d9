"""The activity log: visits, calls and events with the customer's people."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from model import audit
from model.changes import Changes
from model.entities import Account, Activity, Deal, Person, TeamMember
from model.enums import ActivityKind, VisitLevel
from model.errors import InvalidValue
from model.services import common as c
from model.services.deals import verification_level

ACTIVITY_FIELDS: dict[str, c.Validator] = {
    "deal_id": c.reference(Deal, label="Deal"),
    "kind": c.choice(ActivityKind, label="Activity kind"),
    "on": c.day(label="Date"),
    "level": c.choice(VisitLevel, label="Level"),
    "summary": c.text(),
    "next_step": c.text(),
}


def activity_level(team_roles: Iterable[str | None]) -> str:
    """The level of an activity: the highest our members who took part give.

    Each member counts at the level their team role verifies at
    (:func:`~model.services.deals.verification_level`); nobody is a rep's level.

    >>> activity_level(["rep", "manager"]), activity_level(["presales"]), activity_level([])
    ('manager', 'rep', 'rep')
    """
    levels = [VisitLevel(verification_level(r)) for r in team_roles] or [VisitLevel.REP]
    return max(levels, key=lambda level: level.rank).value


@c.naming_accounts
def log_activity(
    session: Session,
    account_id: int,
    values: Mapping[str, Any],
    *,
    members: Iterable[int] = (),
    people: Iterable[int] = (),
) -> Changes:
    """Record a visit, call or other contact with people of an account.

    ``members`` are our team members who took part (none named: the acting
    member), ``people`` the account's people met. The day (default: today,
    the local day) is refused in the future: an activity is logged once it
    happened. The level follows the
    highest team role among the members (:func:`activity_level`) unless
    ``values`` gives one. An activity for a deal (``deal_id``) must be for a
    deal of the same account; the deal is named in the changes, so its card
    and gate follow.
    """
    c.get(session, Account, account_id, "account")
    values = dict(values)
    values.setdefault("on", date.today())
    on = c.day(label="Date")(session, None, values["on"])
    if on is None:
        raise InvalidValue("An activity needs a date.", field="on")
    if on > date.today():
        raise InvalidValue(
            "{day} is in the future: log an activity once it has happened.",
            field="on",
            day=on.isoformat(),
        )
    taking_part = list(dict.fromkeys(members))
    acting = audit.member(session)
    if not taking_part and acting is not None:
        taking_part = [acting]  # nobody named: the member logging it was there
    ours = [c.get(session, TeamMember, m, "team member") for m in taking_part]
    met = [c.get(session, Person, p, "person") for p in dict.fromkeys(people)]
    if any(p.account_id != account_id for p in met):
        raise InvalidValue("People met must work at the activity's account.")
    deal_id = ACTIVITY_FIELDS["deal_id"](session, None, values.get("deal_id"))
    if deal_id is not None and c.get(session, Deal, deal_id, "deal").account_id != account_id:
        raise InvalidValue(
            "An activity for a deal is logged at the deal's own account.", field="deal_id"
        )
    if values.get("level") in (None, ""):
        values["level"] = activity_level(m.role for m in ours)
    activity = c.create(session, Activity, values, ACTIVITY_FIELDS, account_id=account_id)
    activity.members = ours
    activity.people = met
    return Changes.of(
        created=[("activity", activity.id)], updated=_activity_refs(account_id, deal_id)
    )


@c.naming_accounts
def delete_activity(session: Session, activity_id: int) -> Changes:
    """Delete an activity with whom it met; ``undo["snapshot"]`` brings it back exactly.

    The changes name the account and the deal it was for (their visits and
    the deal's senior-visit rule follow); :func:`restore_activity` undoes it.
    """
    activity = c.get(session, Activity, activity_id, "activity")
    refs = _activity_refs(activity.account_id, activity.deal_id)
    changes, _ = c.delete_with_snapshot(session, activity)
    return changes | Changes.of(updated=refs)


@c.naming_accounts
def restore_activity(session: Session, snapshot: c.Snapshot) -> Changes:
    """Put back an activity :func:`delete_activity` removed (same id, members and people)."""
    changes = c.restore(session, snapshot)
    refs = [
        ref
        for name, row in snapshot.rows
        if name == Activity.__tablename__
        for ref in _activity_refs(row["account_id"], row["deal_id"])
    ]
    return changes | Changes.of(updated=refs)


def _activity_refs(account_id: int, deal_id: int | None) -> list[tuple[str, int]]:
    refs = [("account", account_id)]
    return [*refs, ("deal", deal_id)] if deal_id is not None else refs
