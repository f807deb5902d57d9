"""What model tests create the same way, inside an open session: members, an
account, its people and a deal taken over at a stage — each returning its id.

Imported by test modules of this folder as ``make`` (pytest puts the folder
of a test module without ``__init__.py`` on ``sys.path``).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from model.services import accounts, deals, people, team


def member(s: Session, name: str, role: str) -> int:
    return team.create_member(s, {"name": name, "role": role}).created_id("member")


def account(s: Session, name: str) -> int:
    return accounts.create_account(s, {"name": name}).created_id("account")


def person(s: Session, account_id: int, name: str, role: str | None = None) -> int:
    """A person of the account, with a buying-group role (KDM, KI, KU, ...) or none."""
    values = {"name": name, "role": role}
    return people.create_person(s, account_id, values).created_id("person")


def deal_at(s: Session, account_id: int, name: str, stage: str) -> int:
    """An open deal put straight into ``stage`` (forced, as one taken over)."""
    values = {"name": name, "account_id": account_id, "stage": stage, "force": True}
    return deals.create_deal(s, {**values, "reason": "taken over"}).created_id("deal")
