"""Undoing a change of a deal's competitors puts the replaced list back only while
the deal still holds the list the change wrote (``set_competitors(expected=)``): a
list someone else set meanwhile is refused with EditConflict and stays as it is."""

from __future__ import annotations

import pytest

from model.entities import Deal
from model.errors import EditConflict
from model.services.accounts import create_account
from model.services.competitors import create_competitor
from model.services.deals import create_deal, set_competitors
from model.workspace import Workspace


def _setup(workspace: Workspace) -> tuple[int, list[int]]:
    with workspace.begin() as s:
        account = create_account(s, {"name": "Acme"}).created_id("account")
        deal = create_deal(s, {"name": "Tower", "account_id": account}).created_id("deal")
        rivals = [
            create_competitor(s, {"name": name}).created_id("competitor")
            for name in ("Rival A", "Rival B", "Rival C")
        ]
    return deal, rivals


def _held(workspace: Workspace, deal: int) -> list[int]:
    with workspace.sessions() as s:
        return sorted(x.id for x in s.get(Deal, deal).competitors)


def test_undo_over_the_list_it_wrote_puts_the_old_one_back(workspace: Workspace) -> None:
    deal, (a, b, c) = _setup(workspace)
    workspace.write(set_competitors, deal, [a])
    changes = workspace.write(set_competitors, deal, [b, c])
    assert changes.undo["old"] == [a]
    # The list in another order is the same list: the undo goes through.
    workspace.write(set_competitors, deal, changes.undo["old"], expected=[c, b])
    assert _held(workspace, deal) == [a]


def test_undo_after_someone_changed_the_list_is_refused(workspace: Workspace) -> None:
    deal, (a, b, c) = _setup(workspace)
    workspace.write(set_competitors, deal, [a])
    ours = workspace.write(set_competitors, deal, [b])
    workspace.write(set_competitors, deal, [b, c])  # a teammate adds a rival
    with pytest.raises(EditConflict) as refused:
        workspace.write(set_competitors, deal, ours.undo["old"], expected=[b])
    assert (refused.value.kind, refused.value.ident) == ("deal", deal)
    assert "Tower" in refused.value.message
    assert _held(workspace, deal) == [b, c]  # theirs stands


def test_a_first_set_without_expected_is_not_checked(workspace: Workspace) -> None:
    deal, (a, b, _c) = _setup(workspace)
    workspace.write(set_competitors, deal, [a])
    workspace.write(set_competitors, deal, [b])
    assert _held(workspace, deal) == [b]
    with pytest.raises(EditConflict):  # an emptied list is a list too
        workspace.write(set_competitors, deal, [a], expected=[])
    assert _held(workspace, deal) == [b]
