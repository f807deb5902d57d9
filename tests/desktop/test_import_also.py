"""The wizard's preview says what an import creates beside its rows."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from desktop.importing.wizard import also_text


def test_owners_the_rows_name_are_listed_as_new_team_members(qapp: Any) -> None:
    plan: Any = SimpleNamespace(
        new_accounts={"acme": "Acme"},
        new_competitors={},
        new_members={"wang wu": "Wang Wu", "li si": "Li Si"},
        ignored=[],
    )
    text = also_text(plan)
    assert "New accounts the rows name, created too (1): Acme" in text
    assert "New team members the rows name as owners, created too (2): Wang Wu, Li Si" in text
    assert "competitors" not in text  # nothing to say: no line


def test_every_rule_the_planner_names_is_listed_for_translation() -> None:
    from desktop.importing.wizard import RULES
    from model.importing import plan

    assert set(RULES) == {plan._SAME_IN_FILE, *plan._RULES.values()}
