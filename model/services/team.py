"""Our own team. Competitors have their own module, model.services.competitors;
``create_competitor`` is re-exported here for older callers."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from model.changes import Changes
from model.entities import TeamMember
from model.enums import TeamRole
from model.services import common as c
from model.services.competitors import COMPETITOR_FIELDS, create_competitor


def _manager(session: Session, obj: Any, raw: Any) -> int | None:
    manager: int | None = c.reference(TeamMember, label="Manager")(session, obj, raw)
    c.no_cycle(session, TeamMember, obj, manager, label="Manager")
    return manager


MEMBER_FIELDS: dict[str, c.Validator] = {
    "name": c.text(120, required=True, label="Name"),
    "role": c.choice(TeamRole, label="Role"),
    "manager_id": _manager,
    "email": c.text(200),
    "active": c.flag(),
}


def create_member(session: Session, values: Mapping[str, Any]) -> Changes:
    member = c.create(session, TeamMember, values, MEMBER_FIELDS)
    return Changes.of(created=[("member", member.id)])


def update_member(session: Session, member_id: int, values: Mapping[str, Any]) -> Changes:
    member = c.get(session, TeamMember, member_id, "team member")
    old = c.apply_fields(session, member, values, MEMBER_FIELDS)
    return Changes.of(updated=[("member", member_id)] if old else [], undo={"old": old})


def delete_member(session: Session, member_id: int) -> Changes:
    member = c.get(session, TeamMember, member_id, "team member")
    changes, _ = c.delete_with_snapshot(session, member)
    return changes


__all__ = [
    "COMPETITOR_FIELDS",
    "MEMBER_FIELDS",
    "create_competitor",
    "create_member",
    "delete_member",
    "update_member",
]
