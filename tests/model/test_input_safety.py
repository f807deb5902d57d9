"""Values that must never reach the file: inf, NaN, 1.7 people, control characters,
lone surrogates and currencies that are not money."""

from __future__ import annotations

import pytest

from model.entities import Account, Deal, Person
from model.errors import InvalidValue
from model.services import accounts, deals, people
from model.settings import set_setting
from model.workspace import Workspace


@pytest.fixture
def ids(workspace: Workspace) -> dict[str, int]:
    with workspace.begin() as s:
        account = accounts.create_account(s, {"name": "Acme"}).created_id("account")
        person = people.create_person(s, account, {"name": "Li"}).created_id("person")
        deal = deals.create_deal(s, {"name": "D", "account_id": account}).created_id("deal")
    return {"account": account, "person": person, "deal": deal}


@pytest.mark.parametrize("bad", [float("inf"), float("-inf"), float("nan"), "inf", "1e400"])
def test_amounts_and_contract_values_are_finite(
    workspace: Workspace, ids: dict[str, int], bad: object
) -> None:
    for field in ("amount", "contract_value"):
        with workspace.begin() as s, pytest.raises(InvalidValue):
            deals.update_deal(s, ids["deal"], {field: bad})
    with workspace.sessions() as s:
        deal = s.get(Deal, ids["deal"])
        assert deal is not None and deal.amount == 0 and deal.contract_value is None


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), -float("inf")])
def test_map_positions_are_finite(workspace: Workspace, ids: dict[str, int], bad: float) -> None:
    with workspace.begin() as s, pytest.raises(InvalidValue):
        people.set_positions(s, {ids["person"]: (bad, 10.0)})
    with workspace.sessions() as s:
        person = s.get(Person, ids["person"])
        assert person is not None and person.map_x is None


@pytest.mark.parametrize("bad", [1.7, "1.5", True])
def test_support_is_a_whole_number_not_rounded(
    workspace: Workspace, ids: dict[str, int], bad: object
) -> None:
    with workspace.begin() as s, pytest.raises(InvalidValue):
        people.update_person(s, ids["person"], {"support": bad})
    with workspace.begin() as s:
        people.update_person(s, ids["person"], {"support": 2.0})
    with workspace.sessions() as s:
        person = s.get(Person, ids["person"])
        assert person is not None and person.support == 2


@pytest.mark.parametrize("bad", ["Ac\x00me", "Ac\x07me", "line\nbreak", "sur\ud800rogate"])
def test_names_refuse_control_characters_and_lone_surrogates(
    workspace: Workspace, ids: dict[str, int], bad: str
) -> None:
    with workspace.begin() as s, pytest.raises(InvalidValue, match="control character"):
        accounts.update_account(s, ids["account"], {"name": bad})
    with workspace.sessions() as s:
        account = s.get(Account, ids["account"])
        assert account is not None and account.name == "Acme"


def test_notes_keep_line_breaks_and_tabs(workspace: Workspace, ids: dict[str, int]) -> None:
    with workspace.begin() as s:
        deals.update_deal(s, ids["deal"], {"note": "first\n\tsecond 中文"})
    with workspace.sessions() as s:
        deal = s.get(Deal, ids["deal"])
        assert deal is not None and deal.note == "first\n\tsecond 中文"


@pytest.mark.parametrize("bad", ["人民币", "ÄÖÜ", "XXX", "ABC", "US"])
def test_currencies_are_iso_4217(workspace: Workspace, ids: dict[str, int], bad: str) -> None:
    with workspace.begin() as s, pytest.raises(InvalidValue, match="ISO 4217"):
        deals.update_deal(s, ids["deal"], {"currency": bad})
    with workspace.begin() as s, pytest.raises(InvalidValue, match="ISO 4217"):
        set_setting(s, "default_currency", bad)
    with workspace.begin() as s:
        deals.update_deal(s, ids["deal"], {"currency": "usd"})
    with workspace.sessions() as s:
        deal = s.get(Deal, ids["deal"])
        assert deal is not None and deal.currency == "USD"
