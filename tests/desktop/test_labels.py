"""Every stored value of the model has a display label, in every kind's order."""

from __future__ import annotations

import inspect
from enum import StrEnum

import pytest

import model.enums as enums
from desktop import labels
from model.enums import SUPPORT_MAX, SUPPORT_MIN, Nature, Role, Stage

ALL_ENUMS = [
    cls
    for _name, cls in inspect.getmembers(enums, inspect.isclass)
    if issubclass(cls, StrEnum) and cls is not StrEnum and cls.__module__ == enums.__name__
]

BRIEF_KINDS = (
    "nature",
    "scale",
    "sales_channel",
    "partner_kind",
    "team_role",
    "role",
    "support",
    "seniority",
    "visit_level",
    "deal_status",
    "lead_kind",
    "lead_status",
    "activity_kind",
    "element_status",
    "verify_method",
)


def test_every_enum_of_the_model_has_a_label_kind() -> None:
    assert ALL_ENUMS, "found no enums in model.enums"
    missing = [cls.__name__ for cls in ALL_ENUMS if cls not in labels.ENUM_KINDS]
    assert not missing


@pytest.mark.parametrize("enum", ALL_ENUMS, ids=lambda cls: cls.__name__)
def test_every_member_has_its_own_readable_label(enum: type[StrEnum]) -> None:
    texts = [labels.label(enum, member) for member in enum]
    assert all(text.strip() for text in texts)
    # A label is words, not the stored code ...
    assert all(text != member.value for text, member in zip(texts, enum, strict=True))
    # ... and two members never read the same.
    assert len(set(texts)) == len(texts)
    # The code, the member and the kind's name all find the same label.
    kind = labels.ENUM_KINDS[enum]
    for member in enum:
        assert labels.label(kind, member.value) == labels.label(enum, member)


@pytest.mark.parametrize("enum", ALL_ENUMS, ids=lambda cls: cls.__name__)
def test_options_list_every_member_in_model_order_as_plain_codes(enum: type[StrEnum]) -> None:
    pairs = labels.options(enum)
    assert [value for value, _ in pairs] == [member.value for member in enum]
    assert all(type(value) is str for value, _ in pairs)  # Qt item data, not enum objects
    assert labels.options(labels.ENUM_KINDS[enum]) == pairs


def test_brief_kinds_are_all_there() -> None:
    for kind in BRIEF_KINDS:
        assert labels.options(kind), kind


def test_support_levels() -> None:
    levels = range(SUPPORT_MIN, SUPPORT_MAX + 1)
    texts = [labels.support_label(level) for level in levels]
    assert texts == [text for _, text in labels.options("support")]
    assert len(set(texts)) == len(texts)
    assert labels.support_label(-2) == "Strong opponent"
    assert labels.support_label(2) == "Strong supporter"
    assert [labels.support_sign(level) for level in levels] == ["−−", "−", "0", "+", "++"]


def test_named_functions_match_the_generic_lookup() -> None:
    assert labels.nature_label(Nature.STATE) == "State-owned enterprise"
    assert labels.nature_label("state") == labels.label("nature", "state")
    assert labels.role_label(Role.KDM) == "Key decision maker (KDM)"
    assert labels.role_short("KDM") == "KDM"
    assert labels.scale_label("xl") == "Extra-large"
    assert labels.stage_label(Stage.P3) == "Opportunity"
    assert labels.department_kind_label("user") == "Using department"


def test_missing_and_unknown_values_do_not_break_a_view() -> None:
    assert labels.nature_label(None) == ""
    assert labels.role_label("") == ""
    assert labels.nature_label("martian") == "martian"
    assert labels.support_label(None) == ""
    assert labels.support_sign(None) == ""


def test_unknown_kind_is_a_programming_error() -> None:
    with pytest.raises(KeyError):
        labels.options("colour")
    with pytest.raises(KeyError):
        labels.label(StrEnum, "x")
