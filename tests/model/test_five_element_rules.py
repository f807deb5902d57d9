"""Five elements (P3.FIVE.n, P3.CONFIRM.n): who verified, at which level, when.

The level is the verifier's team role's, not a choice; a day in the future is
refused (the user's local day); the direct manager's confirmation (P3.CONFIRM.3,
a verification at manager level) is recorded by a manager or executive; undo
restores the record exactly.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from model.entities import AuditEntry, FiveElementCheck
from model.errors import InvalidValue
from model.services import accounts, deals, team
from model.services.deals import restore_element, verification_level, verify_element
from model.workspace import Workspace


@dataclass
class Team:
    rep: int
    presales: int
    manager: int
    executive: int
    deal: int


@pytest.fixture
def t(workspace: Workspace) -> Team:
    with workspace.begin() as s:
        ids = {
            role: team.create_member(
                s, {"name": f"{role.title()} Member", "role": role}
            ).created_id("member")
            for role in ("rep", "presales", "manager", "executive")
        }
        acc = accounts.create_account(s, {"name": "Acme"}).created_id("account")
        deal = deals.create_deal(s, {"name": "ERP", "account_id": acc}).created_id("deal")
    return Team(ids["rep"], ids["presales"], ids["manager"], ids["executive"], deal)


def element(workspace: Workspace, deal_id: int, eid: str = "P3.FIVE.1") -> dict[str, Any] | None:
    with workspace.sessions() as s:
        row = s.execute(
            select(FiveElementCheck).where(
                FiveElementCheck.deal_id == deal_id, FiveElementCheck.element == eid
            )
        ).scalar_one_or_none()
        if row is None:
            return None
        return {k: getattr(row, k) for k in deals.ELEMENT_FIELDS}


def verify(
    workspace: Workspace, t: Team, *, acting: int | None = None, **values: Any
) -> dict[str, Any]:
    with workspace.begin() as s:
        if acting is not None:
            s.info["member_id"] = acting
        changes = verify_element(
            s, t.deal, "P3.FIVE.1", method=values.pop("method", "visit"), **values
        )
    return changes.undo


# -- the level follows the team role ------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "level"),
    [("rep", "rep"), ("presales", "rep"), ("manager", "manager"), ("executive", "executive")],
)
def test_the_level_is_the_verifier_s_team_role(
    workspace: Workspace, t: Team, role: str, level: str
) -> None:
    member = getattr(t, role)
    verify(workspace, t, acting=member, by=member)
    row = element(workspace, t.deal)
    assert row is not None and (row["verified_by_id"], row["level"]) == (member, level)
    assert verification_level(role) == level


def test_the_level_cannot_be_chosen(workspace: Workspace, t: Team) -> None:
    with pytest.raises(TypeError), workspace.begin() as s:
        verify_element(s, t.deal, "P3.FIVE.1", by=t.rep, method="visit", level="executive")  # type: ignore[call-arg]


def test_by_defaults_to_the_acting_member(workspace: Workspace, t: Team) -> None:
    verify(workspace, t, acting=t.presales)
    row = element(workspace, t.deal)
    assert row is not None and (row["verified_by_id"], row["level"]) == (t.presales, "rep")
    with workspace.sessions() as s:
        logged = s.execute(
            select(AuditEntry.member_id).where(AuditEntry.entity == "five_element")
        ).scalars()
        assert list(logged) == [t.presales]


def test_a_verification_without_anyone_named_is_refused(workspace: Workspace, t: Team) -> None:
    with pytest.raises(InvalidValue, match="who verified it"), workspace.begin() as s:
        verify_element(s, t.deal, "P3.FIVE.1", method="visit")


# -- P3.CONFIRM.3: the direct manager's confirmation ------------------------------------------


def test_a_rep_cannot_record_the_manager_s_confirmation(workspace: Workspace, t: Team) -> None:
    with pytest.raises(
        InvalidValue, match=r"direct manager's confirmation.*not by Rep Member"
    ) as info:
        verify(workspace, t, acting=t.rep, by=t.manager)
    assert info.value.field == "by"
    assert element(workspace, t.deal) is None
    with pytest.raises(InvalidValue, match="direct manager's confirmation"):
        verify(workspace, t, acting=t.presales, by=t.executive)


def test_managers_and_executives_record_it(workspace: Workspace, t: Team) -> None:
    verify(workspace, t, acting=t.manager, by=t.manager)
    verify(workspace, t, acting=t.executive, by=t.manager)  # a VP enters the manager's check
    row = element(workspace, t.deal)
    assert row is not None and row["level"] == "manager"
    verify(workspace, t, by=t.executive)  # nobody acting: the verifier records it
    row = element(workspace, t.deal)
    assert row is not None and row["level"] == "executive"
    verify(workspace, t, acting=t.manager, by=t.rep)  # a manager may enter a rep's check
    row = element(workspace, t.deal)
    assert row is not None and row["level"] == "rep"


# -- no dates in the future (local days; users live at UTC+8) -------------------------------------


def test_a_day_in_the_future_is_refused(local_zone: str, workspace: Workspace, t: Team) -> None:
    tomorrow = date.today() + timedelta(days=1)
    with pytest.raises(InvalidValue, match="in the future") as info:
        verify(workspace, t, by=t.rep, on=tomorrow)
    assert info.value.field == "on" and tomorrow.isoformat() in info.value.message
    verify(workspace, t, by=t.rep, on=date.today())
    row = element(workspace, t.deal)
    assert row is not None and row["verified_on"] == date.today(), local_zone
    verify(workspace, t, by=t.rep)  # no day given: today, the local day
    row = element(workspace, t.deal)
    assert row is not None and row["verified_on"] == date.today()


# -- undo is exact ----------------------------------------------------------------------------


def test_undo_restores_the_record_exactly_even_after_a_role_change(
    workspace: Workspace, t: Team
) -> None:
    first = verify(
        workspace, t, acting=t.manager, by=t.manager, on=date(2025, 5, 1), evidence="mail"
    )
    assert first["old"] is None
    before = element(workspace, t.deal)
    second = verify(workspace, t, acting=t.rep, by=t.rep, method="phone")
    with workspace.begin() as s:
        team.update_member(s, t.manager, {"role": "rep"})  # since then no longer a manager
        restore_element(s, t.deal, "P3.FIVE.1", second["old"])
    assert element(workspace, t.deal) == before
    assert before is not None and before["level"] == "manager"
    with workspace.begin() as s:
        restore_element(s, t.deal, "P3.FIVE.1", first["old"])
    assert element(workspace, t.deal) is None
