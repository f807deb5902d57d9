"""What a service stored, read back detached from its session, for model tests.

Imported by test modules of this folder as ``stored`` (pytest puts the folder
of a test module without ``__init__.py`` on ``sys.path``).
"""

from __future__ import annotations

from sqlalchemy import select

from model.entities import Deal, StageChange
from model.workspace import Workspace


def deal_row(workspace: Workspace, deal_id: int) -> Deal:
    with workspace.sessions() as s:
        deal = s.get(Deal, deal_id)
        assert deal is not None
        s.expunge(deal)
        return deal


def history(workspace: Workspace, deal_id: int) -> list[StageChange]:
    """The deal's stage changes, oldest first."""
    with workspace.sessions() as s:
        rows = list(
            s.execute(
                select(StageChange)
                .where(StageChange.deal_id == deal_id)
                .order_by(StageChange.at, StageChange.id)
            ).scalars()
        )
        s.expunge_all()
        return rows
