"""Undoing a logged or edited activity puts the relationships back only while they
are as the log or edit left them: a teammate's newer edit (or a row they removed or
added) is refused with EditConflict and kept. Found by review R2 on PostgreSQL."""

from __future__ import annotations

import make
import pytest
from sqlalchemy import select

from model.entities import Relationship
from model.errors import EditConflict
from model.services import activities, people
from model.workspace import Workspace


def _strength(workspace: Workspace, member: int, person: int) -> float | None:
    with workspace.sessions() as s:
        return s.execute(
            select(Relationship.strength).where(
                Relationship.member_id == member, Relationship.person_id == person
            )
        ).scalar()


def _team(workspace: Workspace) -> tuple[int, int, int]:
    with workspace.begin() as s:
        acc = make.account(s, "Acme Steel")
        rep = make.member(s, "Li Rep", "rep")
        kdm = make.person(s, acc, "Zhao CEO", "KDM")
    return acc, rep, kdm


def test_undoing_a_logged_visit_keeps_a_teammates_newer_relationship_edit(
    workspace: Workspace,
) -> None:
    acc, rep, kdm = _team(workspace)
    with workspace.begin() as s:
        logged = activities.log_activity(s, acc, {}, members=[rep], people=[kdm])
    activity = next(iter(logged.ids("activity")))
    # A teammate sets the relationship's strength after the visit was logged.
    with workspace.begin() as s:
        people.set_relationship(s, rep, kdm, {"strength": 0.9})
    with pytest.raises(EditConflict) as refused, workspace.begin() as s:
        activities.delete_activity(s, activity, relationships=logged.undo["relationships"])
    assert refused.value.kind == "relationship"
    assert "Zhao CEO" in refused.value.message
    assert _strength(workspace, rep, kdm) == 0.9


def test_undo_and_redo_of_a_log_nobody_touched_since_still_work(workspace: Workspace) -> None:
    acc, rep, kdm = _team(workspace)
    with workspace.begin() as s:
        logged = activities.log_activity(s, acc, {}, members=[rep], people=[kdm])
    activity = next(iter(logged.ids("activity")))
    assert _strength(workspace, rep, kdm) == activities.NEW_CONTACT_STRENGTH
    with workspace.begin() as s:
        undone = activities.delete_activity(s, activity, relationships=logged.undo["relationships"])
    assert _strength(workspace, rep, kdm) is None  # the log created it; undo removes it
    with workspace.begin() as s:
        activities.restore_activity(
            s, undone.undo["snapshot"], relationships=undone.undo["relationships"]
        )
    assert _strength(workspace, rep, kdm) == activities.NEW_CONTACT_STRENGTH


def test_redo_of_a_log_refuses_a_relationship_a_teammate_created_meanwhile(
    workspace: Workspace,
) -> None:
    acc, rep, kdm = _team(workspace)
    with workspace.begin() as s:
        logged = activities.log_activity(s, acc, {}, members=[rep], people=[kdm])
    activity = next(iter(logged.ids("activity")))
    with workspace.begin() as s:
        undone = activities.delete_activity(s, activity, relationships=logged.undo["relationships"])
    with workspace.begin() as s:
        people.set_relationship(s, rep, kdm, {"strength": 0.7})
    with pytest.raises(EditConflict), workspace.begin() as s:
        activities.restore_activity(
            s, undone.undo["snapshot"], relationships=undone.undo["relationships"]
        )
    assert _strength(workspace, rep, kdm) == 0.7


def test_undoing_an_edit_keeps_a_teammates_newer_relationship_edit(
    workspace: Workspace,
) -> None:
    acc, rep, kdm = _team(workspace)
    with workspace.begin() as s:
        other = make.member(s, "Wang Rep", "rep")
        logged = activities.log_activity(s, acc, {}, members=[rep], people=[kdm])
    activity = next(iter(logged.ids("activity")))
    with workspace.begin() as s:
        edited = activities.update_activity(s, activity, {}, members=[rep, other])
    with workspace.begin() as s:
        people.set_relationship(s, other, kdm, {"strength": 0.8})
    with pytest.raises(EditConflict), workspace.begin() as s:
        activities.revert_activity(s, activity, edited.undo["state"], edited.undo["relationships"])
    assert _strength(workspace, other, kdm) == 0.8
