"""Rows the first window shows, defined without SQLAlchemy.

The accounts list is painted before SQLAlchemy is imported (it costs more
than all of Qt's start-up), so its row type lives apart from the queries.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class AccountRow:
    id: int
    name: str
    nature: str
    industry: str
    region: str
    scale: str
    sales_channel: str
    owner_id: int | None
    owner: str
    development_stage: str
    it_situation: str
    core_needs: str
    people: int
    open_deals: int
    pipeline: float
    stage_counts: tuple[int, ...]  # open deals in P1..P7
    last_activity: date | None
