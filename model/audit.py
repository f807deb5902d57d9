"""The audit log: every service write leaves (when, who, entity, field, old → new).

Sensitive personal attributes are logged as changed but never with their
values, because logs travel further than the workspace (support, backups).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from model.changes import kind_of_table
from model.entities import PRIVATE_FIELDS, AuditEntry

REDACTED = "•••"
"""Stands for a sensitive value in the log."""


def kind_of(obj: Any) -> str:
    return kind_of_table(obj.__tablename__)


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, date | datetime):
        return value.isoformat()
    return str(value)


def who(session: Session) -> str:
    return str(session.info.get("who", ""))


def member(session: Session) -> int | None:
    """The team member acting (the user's "I am" choice), if the desktop named one."""
    value = session.info.get("member_id")
    return int(value) if value is not None else None


def log(
    session: Session,
    action: str,
    obj: Any,
    field: str = "",
    old: Any = None,
    new: Any = None,
) -> None:
    sensitive = obj.__tablename__ == "people_private" or field in PRIVATE_FIELDS
    entity_id = obj.person_id if obj.__tablename__ == "people_private" else obj.id
    session.execute(
        insert(AuditEntry),
        [
            {
                "who": who(session),
                "member_id": member(session),
                "action": action,
                "entity": kind_of(obj),
                "entity_id": entity_id,
                "entity_uuid": getattr(obj, "uuid", "") or "",
                "field": field,
                "old": REDACTED if sensitive and old not in (None, "") else _text(old),
                "new": REDACTED if sensitive and new not in (None, "") else _text(new),
            }
        ],
    )
