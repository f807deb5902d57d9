"""Settings a whole team shares, kept in the workspace (not per machine)."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from model.changes import Changes
from model.currencies import is_currency
from model.entities import Setting
from model.errors import InvalidValue

DEFAULTS: dict[str, Any] = {
    "protection_months": 6,
    "default_currency": "CNY",
    "stale_days": 90,
    # Days a task made from a stage's key actions has, from the day the deal enters it.
    "task_due_days": 14,
    # None: use the method data's default probabilities per stage.
    "stage_probabilities": None,
    # Why deals close as lost or shelved: keys the desktop translates, or a
    # team's own words. Editable in settings; a close picks one.
    "close_reasons": list(
        (
            "price",
            "relationship",
            "product_fit",
            "competitor",
            "no_decision",
            "budget",
            "timing",
            "other",
        )
    ),
}

CLOSE_REASON_KEYS: tuple[str, ...] = tuple(DEFAULTS["close_reasons"])
"""The built-in close reasons; any other entry of the list is a team's own text."""


def get_setting(session: Session, key: str) -> Any:
    if key not in DEFAULTS:
        raise KeyError(key)
    raw = session.execute(select(Setting.value).where(Setting.key == key)).scalar_one_or_none()
    return DEFAULTS[key] if raw is None else json.loads(raw)


def set_setting(session: Session, key: str, value: Any) -> Changes:
    if key not in DEFAULTS:
        raise InvalidValue("Unknown workspace setting '{key}'.", key=key)
    row = session.get(Setting, key)
    old = None if row is None else json.loads(row.value)
    if value is None:  # back to the default (also the undo of a first change)
        if row is not None:
            session.delete(row)
        return Changes.of(updated=[("setting", 0)], undo={"old": old})
    if key == "default_currency" and not is_currency(value):
        raise InvalidValue(
            "The default currency '{value}' is not an ISO 4217 code such as CNY or USD.",
            value=value,
        )
    if key == "protection_months" and not (
        isinstance(value, int) and not isinstance(value, bool) and 3 <= value <= 6
    ):
        # P3.PROTECT.2: the method keeps the protection period between 3 and 6 months.
        raise InvalidValue("The protection period must be 3 to 6 months.")
    if key == "task_due_days" and not (
        isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 365
    ):
        raise InvalidValue("A task's days until due must be a whole number from 1 to 365.")
    if key == "close_reasons" and not (
        isinstance(value, list)
        and value
        and all(isinstance(v, str) and v.strip() and len(v) <= 40 for v in value)
        and len(set(value)) == len(value)
    ):
        raise InvalidValue(
            "Close reasons are a list of distinct, non-empty names of at most 40 characters."
        )
    if (
        key == "stage_probabilities"
        and value is not None
        and (
            not isinstance(value, dict)
            or not all(isinstance(v, int | float) and 0 <= v <= 1 for v in value.values())
        )
    ):
        raise InvalidValue("Stage probabilities must be numbers from 0 to 1.")
    if row is None:
        session.add(Setting(key=key, value=json.dumps(value)))
    else:
        row.value = json.dumps(value)
    return Changes.of(updated=[("setting", 0)], undo={"old": old})
