"""The activity log: visits, calls and events with the customer's people.

Logging an activity also keeps the relationship data the rules read
(:class:`~model.entities.Relationship`): for each of our members who took part
and each person met, ``last_contact`` becomes the activity's day if that is
later, and — for a meeting face to face (:data:`FACE_TO_FACE_KINDS`) —
``visit_level`` the activity's level if that is higher. A member who met a
person with no relationship yet gets one, at :data:`NEW_CONTACT_STRENGTH`: a
first meeting is a contact, not yet a strong relationship (the map then counts
the contact and no longer flags the person as never met). Nothing is ever
lowered by logging.

Undo is exact. :func:`log_activity` returns in ``undo["relationships"]`` the
relationship rows it touched as they were before (a :class:`RelationshipState`,
``None`` for a row it created); :func:`delete_activity` given that state puts
them back column for column (the same ids, versions and times) and returns the
state it found, which :func:`restore_activity` puts back on redo.
:func:`update_activity` and :func:`revert_activity` do the same for an edit.

A delete without a state (an activity logged in another session) leaves the
relationships as they are: a last contact is a fact the user may have relied on
or confirmed since, and the app cannot know what the row held before that
activity was logged; the relationship editor changes it by hand.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.orm import Session

from model import audit
from model.changes import Changes
from model.entities import Account, Activity, Deal, Person, Relationship, TeamMember
from model.enums import ActivityKind, VisitLevel
from model.errors import InvalidValue
from model.rules.visits import IN_PERSON_KINDS
from model.services import common as c
from model.services.deals import verification_level

ACTIVITY_FIELDS: dict[str, c.Validator] = {
    "deal_id": c.reference(Deal, label="Deal"),
    "kind": c.choice(ActivityKind, label="Activity kind"),
    "on": c.day(label="Date"),
    "level": c.choice(VisitLevel, label="Level"),
    "summary": c.text(),
    "next_step": c.text(),
    "next_due": c.day(label="Next step due"),
    "next_done_on": c.day(label="Next step done"),
}

FACE_TO_FACE_KINDS: frozenset[str] = IN_PERSON_KINDS | {ActivityKind.TENDER.value}
"""Kinds that meet people face to face, so they raise a relationship's visit level
(the senior-visit rule's :data:`~model.rules.visits.IN_PERSON_KINDS` and tender events)."""

NEW_CONTACT_STRENGTH: float = 0.2
"""Strength of a relationship an activity creates: a first contact (0.01..1)."""

_REL_COLUMNS = ("strength", "last_contact", "visit_level")


@dataclass(frozen=True)
class RelationshipState:
    """Relationship rows as they were: ``(member, person, row or None)``.

    ``row`` holds every column of the row (id, uuid, version, times, strength,
    last contact, visit level); ``None`` means there was no row.
    """

    rows: tuple[tuple[int, int, dict[str, Any] | None], ...] = ()
    expected: tuple[tuple[int, int, int | None], ...] | None = None
    """``(member, person, version or None)`` of each row as the write that made this
    state left it; putting the state back is refused if a row moved on since."""


def _versions(state: RelationshipState) -> tuple[tuple[int, int, int | None], ...]:
    return tuple((m, p, None if row is None else int(row["version"])) for m, p, row in state.rows)


def _expecting(session: Session, before: RelationshipState) -> RelationshipState:
    """``before`` to put back, expecting the rows as they are now (after the write)."""
    session.flush()
    after = relationship_state(session, [(m, p) for m, p, _ in before.rows])
    return RelationshipState(before.rows, expected=_versions(after))


@dataclass(frozen=True)
class ActivityState:
    """An activity's fields, members and people as they were before an edit."""

    values: Mapping[str, Any]
    members: tuple[int, ...]
    people: tuple[int, ...]


def activity_level(team_roles: Iterable[str | None]) -> str:
    """The level of an activity: the highest our members who took part give.

    Each member counts at the level their team role verifies at
    (:func:`~model.services.deals.verification_level`); nobody is a rep's level.

    >>> activity_level(["rep", "manager"]), activity_level(["presales"]), activity_level([])
    ('manager', 'rep', 'rep')
    """
    levels = [VisitLevel(verification_level(r)) for r in team_roles] or [VisitLevel.REP]
    return max(levels, key=lambda level: level.rank).value


# -- the relationships an activity touches ---------------------------------------------------


def _pairs(members: Iterable[int], people: Iterable[int]) -> list[tuple[int, int]]:
    ours, theirs = list(dict.fromkeys(members)), list(dict.fromkeys(people))
    return [(m, p) for m in ours for p in theirs]


def relationship_state(session: Session, pairs: Iterable[tuple[int, int]]) -> RelationshipState:
    """The relationship rows of ``pairs`` (member, person) as they are now."""
    pairs = list(dict.fromkeys(pairs))
    if not pairs:
        return RelationshipState()
    table: Table = Relationship.__table__  # type: ignore[assignment]
    people = sorted({p for _, p in pairs})
    found = {
        (r["member_id"], r["person_id"]): dict(r)
        for r in session.execute(select(table).where(table.c.person_id.in_(people))).mappings()
    }
    return RelationshipState(tuple((m, p, found.get((m, p))) for m, p in pairs))


def put_relationships(session: Session, state: RelationshipState) -> list[tuple[str, int]]:
    """Put relationship rows back as ``state`` holds them, column for column.

    A row ``state`` says was absent is removed; a row it holds is written back
    (or inserted again with its id and uuid). Returns the relationships written.
    When ``state.expected`` is known, a row another user changed, added or
    removed since is refused (:class:`EditConflict`, nothing written): the
    update and delete match the expected version and must hit their row.
    """
    session.flush()
    table: Table = Relationship.__table__  # type: ignore[assignment]
    expected = {(m, p): v for m, p, v in state.expected or ()}
    written: list[tuple[str, int]] = []
    for member_id, person_id, row in state.rows:
        where = (table.c.member_id == member_id) & (table.c.person_id == person_id)
        found = session.execute(select(table.c.id, table.c.version).where(where)).first()
        current = None if found is None else int(found.id)
        if (member_id, person_id) in expected:
            version = expected[(member_id, person_id)]
            if (found is None) != (version is None) or (
                found is not None and found.version != version
            ):
                raise _relationship_changed(session, current, person_id)
            if version is not None:
                where = where & (table.c.version == version)
        if row is None:
            if current is not None:
                done = session.execute(delete(table).where(where))
                if c.rowcount(done) != 1:
                    raise _relationship_changed(session, current, person_id)
                written.append(("relationship", current))
            continue
        if current is None:
            session.execute(insert(table), [dict(row)])
        else:
            # The version moves on, never back to the one the state was read at: an
            # edit another user made on the newer row must not pass its check.
            values = dict(row) | {"version": table.c.version + 1}
            done = session.execute(update(table).where(where).values(values))
            if c.rowcount(done) != 1:
                raise _relationship_changed(session, current, person_id)
        written.append(("relationship", int(row["id"])))
    session.expire_all()
    return written


def _relationship_changed(session: Session, ident: int | None, person_id: int) -> Exception:
    person = session.get(Person, person_id)
    return c.changed_meanwhile("relationship", ident or 0, person.name if person else person_id)


def _touch_relationships(
    session: Session, on: date, level: str, kind: str, members: Iterable[int], people: Iterable[int]
) -> Changes:
    """Raise last contact and visit level of each (member, person) pair; create missing rows."""
    from model.services.people import RELATIONSHIP_FIELDS, relationship_row

    face_to_face = kind in FACE_TO_FACE_KINDS
    first = {
        "strength": NEW_CONTACT_STRENGTH,
        "last_contact": on,
        "visit_level": level if face_to_face else VisitLevel.REP.value,
    }
    created: list[tuple[str, int]] = []
    updated: list[tuple[str, int]] = []
    for member_id, person_id in _pairs(members, people):
        row, new = relationship_row(session, member_id, person_id, first)
        if new:
            created.append(("relationship", row.id))
            continue
        changes: dict[str, Any] = {}
        if row.last_contact is None or on > row.last_contact:
            changes["last_contact"] = on
        if face_to_face and VisitLevel(level).rank > VisitLevel(row.visit_level).rank:
            changes["visit_level"] = level
        if changes and c.apply_fields(session, row, changes, RELATIONSHIP_FIELDS):
            updated.append(("relationship", row.id))
    return Changes.of(created=created, updated=updated)


# -- log, edit, delete -----------------------------------------------------------------------


def _check_day(values: Mapping[str, Any], session: Session) -> date:
    on: date | None = c.day(label="Date")(session, None, values.get("on"))
    if on is None:
        raise InvalidValue("An activity needs a date.", field="on")
    if on > date.today():
        raise InvalidValue(
            "{day} is in the future: log an activity once it has happened.",
            field="on",
            day=on.isoformat(),
        )
    return on


def _check_next_step(session: Session, on: date, values: Mapping[str, Any]) -> None:
    due = c.day(label="Next step due")(session, None, values.get("next_due"))
    if due is not None and due < on:
        raise InvalidValue(
            "The next step is due on {due}, before the activity of {day}.",
            field="next_due",
            due=due.isoformat(),
            day=on.isoformat(),
        )
    done = c.day(label="Next step done")(session, None, values.get("next_done_on"))
    if done is not None and done > date.today():
        raise InvalidValue(
            "{day} is in the future: mark a next step done once it is done.",
            field="next_done_on",
            day=done.isoformat(),
        )


def _participants(
    session: Session, account_id: int, members: Iterable[int], people: Iterable[int]
) -> tuple[list[TeamMember], list[Person]]:
    ours = [c.get(session, TeamMember, m, "team member") for m in dict.fromkeys(members)]
    met = [c.get(session, Person, p, "person") for p in dict.fromkeys(people)]
    if any(p.account_id != account_id for p in met):
        raise InvalidValue("People met must work at the activity's account.")
    return ours, met


def _check_deal(session: Session, account_id: int, raw: Any) -> int | None:
    deal_id: int | None = ACTIVITY_FIELDS["deal_id"](session, None, raw)
    if deal_id is not None and c.get(session, Deal, deal_id, "deal").account_id != account_id:
        raise InvalidValue(
            "An activity for a deal is logged at the deal's own account.", field="deal_id"
        )
    return deal_id


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
    and gate follow. A next step may have a due day (``next_due``, not before
    the activity) and a done day (``next_done_on``).

    The relationships of the members with the people met follow (see the
    module); ``undo["relationships"]`` holds them as they were, for
    :func:`delete_activity` to put back.
    """
    c.get(session, Account, account_id, "account")
    values = dict(values)
    values.setdefault("on", date.today())
    on = _check_day(values, session)
    _check_next_step(session, on, values)
    taking_part = list(dict.fromkeys(members))
    acting = audit.member(session)
    if not taking_part and acting is not None:
        taking_part = [acting]  # nobody named: the member logging it was there
    ours, met = _participants(session, account_id, taking_part, people)
    deal_id = _check_deal(session, account_id, values.get("deal_id"))
    if values.get("level") in (None, ""):
        values["level"] = activity_level(m.role for m in ours)
    activity = c.create(session, Activity, values, ACTIVITY_FIELDS, account_id=account_id)
    activity.members = ours
    activity.people = met
    member_ids, people_ids = [m.id for m in ours], [p.id for p in met]
    before = relationship_state(session, _pairs(member_ids, people_ids))
    touched = _touch_relationships(
        session, activity.on, activity.level, activity.kind, member_ids, people_ids
    )
    session.flush()
    return (
        Changes.of(
            created=[("activity", activity.id)],
            updated=_activity_refs(account_id, deal_id),
            undo={"relationships": _expecting(session, before)},
        )
        | touched
    )


def _state(activity: Activity) -> ActivityState:
    return ActivityState(
        {name: getattr(activity, name) for name in ACTIVITY_FIELDS},
        tuple(m.id for m in activity.members),
        tuple(p.id for p in activity.people),
    )


@c.naming_accounts
def update_activity(
    session: Session,
    activity_id: int,
    values: Mapping[str, Any],
    *,
    members: Iterable[int] | None = None,
    people: Iterable[int] | None = None,
) -> Changes:
    """Change an activity's fields and, when given, who took part and whom it met.

    The same checks as :func:`log_activity`; the level follows the members
    again when they change (unless ``values`` gives one). The relationships of
    the new participants are raised as a log raises them (never lowered).
    ``undo["state"]`` (an :class:`ActivityState`) and ``undo["relationships"]``
    let :func:`revert_activity` put everything back exactly.
    """
    activity = c.get(session, Activity, activity_id, "activity")
    state = _state(activity)
    merged = {**state.values, **values}
    on = _check_day(merged, session)
    _check_next_step(session, on, merged)
    new_members = state.members if members is None else tuple(dict.fromkeys(members))
    new_people = state.people if people is None else tuple(dict.fromkeys(people))
    ours, met = _participants(session, activity.account_id, new_members, new_people)
    deal_id = _check_deal(session, activity.account_id, merged.get("deal_id"))
    values = dict(values)
    if members is not None and "level" not in values:
        values["level"] = activity_level(m.role for m in ours)
    pairs = _pairs(state.members, state.people) + _pairs(new_members, new_people)
    before = relationship_state(session, pairs)
    old = c.apply_fields(session, activity, values, ACTIVITY_FIELDS)
    moved = (set(new_members), set(new_people)) != (set(state.members), set(state.people))
    if moved:
        activity.members = ours
        activity.people = met
    if not old and not moved:
        return Changes()
    session.flush()
    touched = _touch_relationships(
        session, activity.on, activity.level, activity.kind, new_members, new_people
    )
    refs = _activity_refs(activity.account_id, deal_id)
    if state.values.get("deal_id") not in (None, deal_id):
        refs.append(("deal", state.values["deal_id"]))
    return (
        Changes.of(
            updated=[("activity", activity_id), *refs],
            undo={"state": state, "relationships": _expecting(session, before), "old": old},
        )
        | touched
    )


@c.naming_accounts
def revert_activity(
    session: Session,
    activity_id: int,
    state: ActivityState,
    relationships: RelationshipState | None = None,
) -> Changes:
    """Put an activity and the relationships an edit touched back as they were."""
    activity = c.get(session, Activity, activity_id, "activity")
    now_deal = activity.deal_id
    c.apply_fields(session, activity, state.values, ACTIVITY_FIELDS)
    activity.members = [c.get(session, TeamMember, m, "team member") for m in state.members]
    activity.people = [c.get(session, Person, p, "person") for p in state.people]
    session.flush()
    written = put_relationships(session, relationships) if relationships else []
    refs = _activity_refs(activity.account_id, state.values.get("deal_id"))
    if now_deal not in (None, state.values.get("deal_id")):
        refs.append(("deal", now_deal))
    return Changes.of(updated=[("activity", activity_id), *refs, *written])


@c.naming_accounts
def set_next_step_done(session: Session, activity_id: int, day: date | None) -> Changes:
    """Mark an activity's next step done on ``day`` (a local day), or not done (None)."""
    return update_activity(session, activity_id, {"next_done_on": day})


@c.naming_accounts
def delete_activity(
    session: Session, activity_id: int, *, relationships: RelationshipState | None = None
) -> Changes:
    """Delete an activity with whom it met; ``undo["snapshot"]`` brings it back exactly.

    ``relationships``, the state :func:`log_activity` returned, puts the
    relationships it touched back as they were before it (the undo of a log);
    without it they stay as they are. ``undo["relationships"]`` holds them as
    they were before this delete, for :func:`restore_activity`.
    The changes name the account and the deal it was for (their visits and
    the deal's senior-visit rule follow).
    """
    activity = c.get(session, Activity, activity_id, "activity")
    refs = _activity_refs(activity.account_id, activity.deal_id)
    pairs = _pairs((m.id for m in activity.members), (p.id for p in activity.people))
    if relationships is not None:
        pairs += [(m, p) for m, p, _ in relationships.rows]
    now = relationship_state(session, pairs)
    changes, _ = c.delete_with_snapshot(session, activity)
    written = put_relationships(session, relationships) if relationships else []
    undo = _expecting(session, now)
    return changes | Changes.of(updated=[*refs, *written], undo={"relationships": undo})


@c.naming_accounts
def restore_activity(
    session: Session, snapshot: c.Snapshot, *, relationships: RelationshipState | None = None
) -> Changes:
    """Put back an activity :func:`delete_activity` removed (same id, members and people),
    and the relationships as ``relationships`` holds them (the delete's own undo)."""
    changes = c.restore(session, snapshot)
    refs = [
        ref
        for name, row in snapshot.rows
        if name == Activity.__tablename__
        for ref in _activity_refs(row["account_id"], row["deal_id"])
    ]
    written = put_relationships(session, relationships) if relationships else []
    return changes | Changes.of(updated=[*refs, *written])


def _activity_refs(account_id: int, deal_id: int | None) -> list[tuple[str, int]]:
    refs = [("account", account_id)]
    return [*refs, ("deal", deal_id)] if deal_id is not None else refs
