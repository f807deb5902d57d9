"""Undoable map edits: positions, links. Each redo/undo calls model services only.

Adding and deleting people, and reports-to changes, use the generic commands of
:mod:`desktop.commands`; this module adds what they cannot express:

* :class:`PlaceCommand` stores many positions at once (a drag of several cards,
  an auto-layout) as one undo step; undo puts back the old positions, including
  "never placed" (the card then follows the automatic layout again);
* :class:`LinkCommand` creates or changes an influence or one of our
  relationships; undo removes the link it created, or restores its old values.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

from desktop.context import ServiceCommand, WorkspaceContext
from model.changes import Changes
from model.services.common import Snapshot, restore
from model.services.people import (
    Place,
    delete_link_of,
    place_people,
    set_influence,
    set_relationship,
)


class PlaceCommand(ServiceCommand):
    """Move several people on the map as one step."""

    def __init__(
        self,
        ctx: WorkspaceContext,
        text: str,
        new: Mapping[int, tuple[float, float]],
        old: Mapping[int, Place],
    ) -> None:
        super().__init__(ctx, text)
        self.new: dict[int, Place] = {k: (float(x), float(y)) for k, (x, y) in new.items()}
        self.old: dict[int, Place] = dict(old)

    def apply(self) -> None:
        self.ctx.write(place_people, self.new)

    def revert(self) -> None:
        self.ctx.write(place_people, self.old)


def _remove_link(kind: str) -> Any:
    """The service that removes one link of ``kind`` (a DeleteCommand's ``delete``)."""
    return functools.partial(delete_link_of, kind)


class LinkCommand(ServiceCommand):
    """Create or change an influence (person → person) or a relationship (member → person)."""

    def __init__(
        self,
        ctx: WorkspaceContext,
        text: str,
        kind: str,
        source: int,
        target: int,
        values: Mapping[str, Any],
    ) -> None:
        super().__init__(ctx, text)
        if kind not in ("influence", "relationship"):
            raise ValueError(f"not a link kind: {kind!r}")
        self.kind, self.source, self.target = kind, source, target
        self.values = dict(values)
        self.link_id: int | None = None
        self.created = False
        self.old: dict[str, Any] = {}
        self.snapshot: Snapshot | None = None

    def _set(self, values: Mapping[str, Any]) -> Changes:
        if self.kind == "influence":
            return self.ctx.write(
                set_influence,
                self.source,
                self.target,
                values.get("strength", 0.5),
                values.get("note", ""),
            )
        return self.ctx.write(set_relationship, self.source, self.target, dict(values))

    def apply(self) -> None:
        if self.snapshot is not None:
            self.ctx.write(restore, self.snapshot)
            self.snapshot = None
            return
        changes = self._set(self.values)
        if self.link_id is None:
            created = [i for k, i in changes.created if k == self.kind]
            updated = [i for k, i in changes.updated if k == self.kind]
            self.created = bool(created)
            found = created or updated
            self.link_id = found[0] if found else None
            self.old = dict(changes.undo.get("old") or {})
            if not self.created and not self.old and not self._pushed:
                self.setObsolete(True)  # the link already was just so

    def revert(self) -> None:
        if self.link_id is None:
            return
        if self.created:
            changes = self.ctx.write(_remove_link(self.kind), self.link_id)
            self.snapshot = changes.undo["snapshot"]
        elif self.old:
            self._set({**self.values, **self.old})
