"""What a service changed, so views refresh exactly what they show.

Modelled on Anki's OpChanges: the UI does not re-query everything after an
edit; it looks at which kinds of entity a change touched.

``created`` / ``updated`` / ``deleted`` name the rows a service wrote.
``affects`` names rows it did NOT write but whose roll-ups may now read
differently: every service that writes a deal, a person, an activity, an
instalment or payment, an exit check or a five-elements record names the
deal's (or person's) account there, ``("account", id)`` — the accounts list
shows deal counts, pipeline and last contact per account, so it re-reads that
one row instead of all of them.

Why a field of its own and not ``("account", id)`` in ``updated``: an editor
of the account's own fields (the account editor) re-reads itself on
``touches("account")``, and the board re-reads every card of an account that
is ``updated`` (the account's name is on them); a stage move changes neither.
So ``touches`` and ``ids`` keep meaning "rows written", and views that show
roll-ups ask :meth:`Changes.affected` ("written or affected"). A service that
writes the account row itself still puts it in ``updated``.
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
    # Rows not written whose roll-ups may have changed (see the module docstring).
    affects: frozenset[Ref] = frozenset()

    @staticmethod
    def of(
        *,
        created: tuple[Ref, ...] | list[Ref] = (),
        updated: tuple[Ref, ...] | list[Ref] = (),
        deleted: tuple[Ref, ...] | list[Ref] = (),
        undo: dict[str, Any] | None = None,
        warnings: tuple[DomainError, ...] = (),
        affects: tuple[Ref, ...] | list[Ref] | frozenset[Ref] = (),
    ) -> Changes:
        return Changes(
            frozenset(created),
            frozenset(updated),
            frozenset(deleted),
            undo or {},
            warnings,
            frozenset(affects),
        )

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.created | other.created,
            self.updated | other.updated,
            self.deleted | other.deleted,
            {**self.undo, **other.undo},
            self.warnings + other.warnings,
            self.affects | other.affects,
        )

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset(k for k, _ in self.created | self.updated | self.deleted)

    def touches(self, *kinds: str) -> bool:
        mine = self.kinds
        return any(k in mine for k in kinds)

    def ids(self, kind: str) -> frozenset[int]:
        return frozenset(i for k, i in self.created | self.updated | self.deleted if k == kind)

    def affected(self, kind: str) -> frozenset[int]:
        """Ids of ``kind`` written or named in ``affects``: the rows whose shown
        figures may differ now (the accounts list refreshes these)."""
        return self.ids(kind) | frozenset(i for k, i in self.affects if k == kind)

    def with_affects(self, refs: tuple[Ref, ...] | list[Ref] | frozenset[Ref]) -> Changes:
        """The same Changes naming ``refs`` in ``affects`` too."""
        return self | Changes(affects=frozenset(refs))

    def created_id(self, kind: str) -> int:
        """The id of the one entity of ``kind`` this change created."""
        found = [i for k, i in self.created if k == kind]
        if len(found) != 1:
            raise LookupError(f"expected one created {kind}, found {len(found)}")
        return found[0]

    def __bool__(self) -> bool:
        return bool(self.created or self.updated or self.deleted or self.affects)
