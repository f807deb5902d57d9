"""Tasks: the key actions of a stage (P2.ACT.REP.1 …), to be done for one deal.

**Made on entering a stage.** When a deal enters a stage (created in it,
moved into it, forced into it) :func:`create_stage_tasks` makes one task per
key action of that stage and team role, in one insert, unless the deal
already has a task for that action in that stage (a deal that moves back and
forward again does not get the same work twice). The task stores the
action's ID; the desktop shows the action's text in the user's language.

Who gets it:

* rep actions — the deal's owner;
* presales actions — nobody at first: there is no presales member per
  account in the workspace, so the task waits, unassigned, for a presales
  member to take it (the Tasks tab's "Take it"); an unassigned task that
  falls overdue escalates to the deal owner's manager like any other;
* manager actions — the owner's direct manager (``TeamMember.manager_id``).

It is due ``task_due_days`` (a workspace setting, 14 by default) local days
after the day of entry.

**Undo of the move.** The tasks a stage entry makes carry the entry's
instant as ``created_at``; reverting that entry
(:func:`model.services.deals.revert_stage_change`) deletes exactly them
(:func:`delete_stage_tasks`). Their uuids are derived from the deal, the
stage, the action and how many times the deal has entered that stage, so a
redo of the move makes the same tasks with the same uuids, and the undo
commands of later task edits (which name tasks by uuid) still find them.

**Moving back and closing.** Neither writes anything to tasks: a task of a
stage the deal has not reached (after a move back) or of a closed deal is
*dormant*. The lists (:mod:`model.tasks`) leave dormant tasks out of "My
tasks" and out of escalation and show them in the deal's list only; they
come back as they were when the deal re-enters the stage or is reopened.

Every edit by hand — assign, take, set the due day, mark done or not done,
retitle, add, delete — is one service call whose ``Changes.undo`` holds what
undoing it takes.
"""

from __future__ import annotations

import uuid as uuidlib
from collections.abc import Mapping
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, insert, or_, select, tuple_
from sqlalchemy.orm import Session

from model import audit
from model.base import utcnow
from model.changes import Changes
from model.entities import Deal, StageChange, Task, TeamMember
from model.enums import Stage, TeamRole
from model.errors import InvalidValue, NotFound
from model.methodology import ACTORS, load_methodology
from model.services import common as c
from model.settings import get_setting

__all__ = [
    "TASK_FIELDS",
    "add_task",
    "create_stage_tasks",
    "delete_stage_tasks",
    "delete_task",
    "set_task",
    "stage_task_uuid",
]

_NAMESPACE = uuidlib.UUID("5b0c7e7e-5a1f-4d0e-9c1a-7a5d2f3e8b11")

TASK_FIELDS: tuple[str, ...] = ("title", "assignee_id", "due_on", "done_on")
"""What an edit of a task may change (and its undo puts back)."""

_VALIDATORS: dict[str, c.Validator] = {
    "title": c.text(500, label="Task"),
    "assignee_id": c.reference(TeamMember, label="Assignee"),
    "due_on": c.day(label="Due"),
    "done_on": c.day(label="Done on"),
}


def stage_task_uuid(deal_uuid: str, stage: str, action: str, entry: int) -> str:
    """The uuid of the task for ``action`` made by the deal's ``entry``-th entry into ``stage``.

    >>> first = stage_task_uuid("d", "P2", "P2.ACT.REP.1", 1)
    >>> first == stage_task_uuid("d", "P2", "P2.ACT.REP.1", 1)
    True
    >>> first == stage_task_uuid("d", "P2", "P2.ACT.REP.1", 2)
    False
    """
    return str(uuidlib.uuid5(_NAMESPACE, f"{deal_uuid}/{stage}/{action}/{entry}"))


def _assignees(session: Session, deal: Deal) -> dict[str, int | None]:
    """Team role -> who gets its tasks on this deal (see the module docstring)."""
    manager = None
    if deal.owner_id is not None:
        manager = session.execute(
            select(TeamMember.manager_id).where(TeamMember.id == deal.owner_id)
        ).scalar_one_or_none()
    return {
        TeamRole.REP.value: deal.owner_id,
        TeamRole.PRESALES.value: None,
        TeamRole.MANAGER.value: manager,
    }


def create_stage_tasks(session: Session, deal: Deal, stage: str, at: datetime) -> list[int]:
    """Make the tasks of ``stage``'s key actions for ``deal``, entered at instant ``at``.

    Called by the deal services where a deal enters a stage, after the stage
    history entry is added. Returns the new tasks' ids (none when the stage
    has no key actions or the deal has a task for each already).
    """
    method = load_methodology()
    actions = [
        (role, item.id)
        for role in ACTORS
        for item in method.stage(Stage(stage).value).actions.get(role, ())
    ]
    if not actions:
        return []
    have = set(
        session.execute(
            select(Task.action).where(Task.deal_id == deal.id, Task.stage == stage)
        ).scalars()
    )
    todo = [(role, action) for role, action in actions if action not in have]
    if not todo:
        return []
    entries = session.execute(
        select(func.count(StageChange.id)).where(
            StageChange.deal_id == deal.id,
            StageChange.to_stage == stage,
            or_(StageChange.from_stage.is_(None), StageChange.from_stage != stage),
        )
    ).scalar_one()
    who = _assignees(session, deal)
    due = date.today() + timedelta(days=int(get_setting(session, "task_due_days")))
    rows = [
        {
            "uuid": stage_task_uuid(deal.uuid, stage, action, entries),
            "created_at": at,
            "updated_at": at,
            "deal_id": deal.id,
            "stage": stage,
            "action": action,
            "team_role": role,
            "title": "",
            "assignee_id": who.get(role),
            "due_on": due,
            "done_on": None,
        }
        for role, action in todo
    ]
    return list(session.execute(insert(Task).returning(Task.id), rows).scalars())


def delete_stage_tasks(session: Session, deal_id: int, stage: str, at: datetime) -> list[int]:
    """Delete the tasks the deal's entry into ``stage`` at instant ``at`` made (its undo)."""
    where = (
        (Task.deal_id == deal_id)
        & (Task.stage == stage)
        & (Task.created_at == at)
        & (Task.action != "")
    )
    read = [(r.id, r.version) for r in session.execute(select(Task.id, Task.version).where(where))]
    ids = [ident for ident, _ in read]
    if ids:
        # Each task at the version read: one another user changed meanwhile is refused.
        gone = session.execute(
            delete(Task).where(tuple_(Task.id, Task.version).in_(read)),
            execution_options={"synchronize_session": False},
        )
        if c.rowcount(gone) != len(ids):
            raise c.changed_meanwhile("task", ids[0], "")
    return ids


def _task(session: Session, ref: int | str) -> Task:
    """A task by id, or by uuid (undo commands name tasks by uuid: see the module docstring)."""
    if isinstance(ref, str):
        found = session.execute(select(Task).where(Task.uuid == ref)).scalar_one_or_none()
        if found is None:
            raise NotFound("This task is no longer in the workspace.")
        return found
    return c.get(session, Task, ref, "task")


@c.naming_accounts
def set_task(
    session: Session,
    task: int | str,
    values: Mapping[str, Any],
    *,
    expect: Mapping[str, Any] | None = None,
) -> Changes:
    """Change a task's title, assignee, due day or done day (None: not done).

    A done day in the future (local day) is refused. ``expect`` holds what the
    fields must be now (an undo's or redo's check): if someone changed them
    since, nothing is written. ``Changes.undo`` has ``old`` and ``new``: the
    fields' values before and after.
    """
    row = _task(session, task)
    if expect is not None:
        changed = [f for f, v in expect.items() if getattr(row, f) != v]
        if changed:
            raise InvalidValue(
                "This task was changed since ({fields}); it is left as it is now.",
                fields=", ".join(changed),
            )
    done = values.get("done_on")
    if isinstance(done, date) and done > date.today():
        raise InvalidValue(
            "{day} is in the future: mark a task done once it is.",
            field="done_on",
            day=done.isoformat(),
        )
    if values.get("title") is not None and not str(values["title"]).strip() and not row.action:
        raise InvalidValue("A task written by hand needs a title.", field="title")
    old = c.apply_fields(session, row, values, _VALIDATORS)
    if not old:
        return Changes()
    return Changes.of(
        updated=[("task", row.id)], undo={"old": dict(old), "new": dict(old.new), "uuid": row.uuid}
    )


@c.naming_accounts
def add_task(session: Session, deal_id: int, values: Mapping[str, Any]) -> Changes:
    """A task written by hand for one deal, in the deal's current stage.

    ``values`` may hold ``title`` (required), ``assignee_id`` (default: the
    acting member) and ``due_on`` (default: ``task_due_days`` from today).
    """
    deal = c.get(session, Deal, deal_id, "deal")
    values = dict(values)
    if not str(values.get("title") or "").strip():
        raise InvalidValue("A task written by hand needs a title.", field="title")
    values.setdefault("assignee_id", audit.member(session))
    if values.get("due_on") is None:
        values["due_on"] = date.today() + timedelta(days=int(get_setting(session, "task_due_days")))
    role = TeamRole.REP.value
    if values.get("assignee_id") is not None:
        member = session.get(TeamMember, values["assignee_id"])
        role = member.role if member is not None else role
    now = utcnow()
    row = c.create(
        session,
        Task,
        {k: values[k] for k in ("title", "assignee_id", "due_on") if k in values},
        _VALIDATORS,
        deal_id=deal.id,
        stage=deal.stage,
        action="",
        team_role=role,
        created_at=now,
        updated_at=now,
    )
    return Changes.of(created=[("task", row.id)])


@c.naming_accounts
def delete_task(session: Session, task: int | str) -> Changes:
    """Delete a task; ``Changes.undo["snapshot"]`` brings it back (``common.restore``)."""
    row = _task(session, task)
    changes, _ = c.delete_with_snapshot(session, row)
    return changes
