"""What a service changed, so views refresh exactly what they show.

Modelled on Anki's OpChanges: the UI does not re-query everything after an
edit; it looks at which kinds of entity a change touched.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from model.errors import DomainError

_IRREGULAR = {
    "people": "person",
    "people_private": "person",
    "activities": "activity",
    "five_elements": "five_element",
    "team_members": "member",
}


def kind_of_table(table_name: str) -> str:
    """The entity kind that Changes uses for rows of a table ("deals" -> "deal")."""
    return _IRREGULAR.get(table_name, table_name.removesuffix("s"))


Ref = tuple[str, int]
"""(entity kind, id), e.g. ("deal", 42). Kinds are the table names in singular."""


@dataclass(frozen=True)
class Changes:
    created: frozenset[Ref] = frozenset()
    updated: frozenset[Ref] = frozenset()
    deleted: frozenset[Ref] = frozenset()
    # Values a caller may need to undo the action (old field values, snapshots).
    undo: dict[str, Any] = field(default_factory=dict, compare=False)
    # Rules the change breaks without being refused (e.g. a first instalment
    # under the method's minimum): DomainError templates the UI shows inline.
    warnings: tuple[DomainError, ...] = field(default=(), compare=False)

    @staticmethod
    def of(
        *,
        created: tuple[Ref, ...] | list[Ref] = (),
        updated: tuple[Ref, ...] | list[Ref] = (),
        deleted: tuple[Ref, ...] | list[Ref] = (),
        undo: dict[str, Any] | None = None,
        warnings: tuple[DomainError, ...] = (),
    ) -> Changes:
        return Changes(
            frozenset(created), frozenset(updated), frozenset(deleted), undo or {}, warnings
        )

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.created | other.created,
            self.updated | other.updated,
            self.deleted | other.deleted,
            {**self.undo, **other.undo},
            self.warnings + other.warnings,
        )

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset(k for k, _ in self.created | self.updated | self.deleted)

    def touches(self, *kinds: str) -> bool:
        mine = self.kinds
        return any(k in mine for k in kinds)

    def ids(self, kind: str) -> frozenset[int]:
        return frozenset(i for k, i in self.created | self.updated | self.deleted if k == kind)

    def created_id(self, kind: str) -> int:
        """The id of the one entity of ``kind`` this change created."""
        found = [i for k, i in self.created if k == kind]
        if len(found) != 1:
            raise LookupError(f"expected one created {kind}, found {len(found)}")
        return found[0]

    def __bool__(self) -> bool:
        return bool(self.created or self.updated or self.deleted)
