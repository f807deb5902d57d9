"""Settings a whole team shares, kept in the workspace (not per machine)."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from model.changes import Changes
from model.currencies import BASE_CURRENCY, is_currency
from model.entities import Setting
from model.errors import InvalidValue

DEFAULTS: dict[str, Any] = {
    "protection_months": 6,
    "default_currency": "CNY",
    "stale_days": 90,
    # Days a task made from a stage's key actions has, from the day the deal enters it.
    "task_due_days": 14,
    # None: use the method data's default probabilities per stage (or the learned
    # ones, see below). A dict {stage: 0..1} is the team's manual override.
    "stage_probabilities": None,
    # Learn stage probabilities from the workspace's own closed deals (issue 13)
    # once at least ``learn_min_deals`` closed deals passed through a stage.
    "learn_probabilities": True,
    "learn_min_deals": 10,
    # Totals across currencies are converted into this one at ``currency_rates``:
    # {code: how many base units one unit of the code is worth}.
    "base_currency": BASE_CURRENCY,
    "currency_rates": {},
    # The team lead's review list: deals with no activity for this many days.
    "review_idle_days": 30,
    # Take a forecast snapshot automatically once a week (on open).
    "weekly_snapshots": True,
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
    if key == "base_currency" and not is_currency(value):
        raise InvalidValue(
            "The base currency '{value}' is not an ISO 4217 code such as CNY or USD.",
            value=value,
        )
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
    if key == "currency_rates" and not (
        isinstance(value, dict)
        and all(
            is_currency(k) and isinstance(v, int | float) and not isinstance(v, bool) and v > 0
            for k, v in value.items()
        )
    ):
        raise InvalidValue(
            "Currency rates are ISO 4217 codes each with a rate above zero (base units per unit)."
        )
    if key in ("learn_probabilities", "weekly_snapshots") and not isinstance(value, bool):
        raise InvalidValue("'{key}' is on or off.", key=key)
    if key in ("learn_min_deals", "review_idle_days") and not (
        isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 1000
    ):
        raise InvalidValue("'{key}' must be a whole number from 1 to 1000.", key=key)
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
