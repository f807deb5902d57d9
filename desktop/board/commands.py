"""Undoable edits the board and the deal panel make: moves, closes and evidence.

Each command's redo and undo call model services only. A move remembers the
stage-history entry it created (``Changes.created``) so that undo reverts
exactly that entry, and the criteria it ticked on the way so that undo
unticks them again — and nothing that was ticked before.

Moves, closes and reopens carry ``seen``, the card as the user saw it when
deciding (its stage and status): when someone moved the deal since, the service
refuses with EditConflict and the conflict dialog opens (desktop/conflict_dialog.py).
Its "Re-apply mine" takes the deal as it is now as what was seen
(``ServiceCommand.rebase``), so the re-run is not refused again for the old card.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from desktop.context import ServiceCommand, WorkspaceContext
from model.board import done_criteria
from model.services.deals import (
    close_deal,
    move_deal,
    reopen_deal,
    restore_element,
    restore_exit_check,
    revert_move,
    revert_stage_change,
    set_competitors,
    set_exit_check,
    verify_element,
)


class MoveDealCommand(ServiceCommand):
    """Move one deal to a stage, with the gate dialog's ticks, force and reason."""

    def __init__(
        self,
        ctx: WorkspaceContext,
        text: str,
        deal_id: int,
        stage: str,
        *,
        tick: Iterable[str] = (),
        force: bool = False,
        reason: str = "",
        seen: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(ctx, text)
        self.deal_id, self.stage = deal_id, stage
        self.tick, self.force, self.reason = tuple(tick), force, reason
        self.seen = dict(seen) if seen else None
        self.change_id: int | None = None
        self.ticked: tuple[str, ...] = ()
        # Not ``self.undo``: that would hide QUndoCommand.undo and crash the stack.
        self.restore: dict[str, Any] = {}

    def apply(self) -> None:
        before = self.ctx.read(done_criteria, self.deal_id) if self.tick else frozenset()
        changes = self.ctx.write(
            move_deal,
            self.deal_id,
            self.stage,
            reason=self.reason,
            force=self.force,
            by=self.ctx.me,
            tick=self.tick,
            seen=self.seen,
        )
        self.ticked = tuple(c for c in self.tick if c not in before)
        self.change_id = changes.created_id("stage_change")
        self.restore = changes.undo

    def intended(self) -> dict[str, Any]:
        return {"stage": self.stage}

    def revert(self) -> None:
        assert self.change_id is not None
        self.ctx.write(revert_move, self.change_id, self.deal_id, self.ticked, self.restore)


class CloseDealCommand(ServiceCommand):
    """Mark a deal won, lost or shelved; undo puts it back in its stage, open.

    ``close_reason`` is a key of the workspace's list, ``reason`` the free note.
    """

    def __init__(
        self,
        ctx: WorkspaceContext,
        text: str,
        deal_id: int,
        status: str,
        *,
        close_reason: str = "",
        reason: str = "",
        competitor_id: int | None = None,
        seen: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(ctx, text)
        self.deal_id, self.status = deal_id, status
        self.close_reason, self.reason, self.competitor_id = close_reason, reason, competitor_id
        self.seen = dict(seen) if seen else None
        self.change_id: int | None = None

    def apply(self) -> None:
        changes = self.ctx.write(
            close_deal,
            self.deal_id,
            self.status,
            close_reason=self.close_reason,
            reason=self.reason,
            competitor_id=self.competitor_id,
            by=self.ctx.me,
            seen=self.seen,
        )
        self.change_id = changes.created_id("stage_change")

    def intended(self) -> dict[str, Any]:
        return {"status": self.status}

    def revert(self) -> None:
        assert self.change_id is not None
        self.ctx.write(revert_stage_change, self.change_id)


class ReopenDealCommand(ServiceCommand):
    """Put a closed deal back in the funnel, in the stage it was closed in."""

    def __init__(
        self,
        ctx: WorkspaceContext,
        text: str,
        deal_id: int,
        reason: str,
        *,
        seen: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(ctx, text)
        self.deal_id, self.reason = deal_id, reason
        self.seen = dict(seen) if seen else None
        self.change_id: int | None = None
        self.closed: dict[str, object] | None = None

    def apply(self) -> None:
        changes = self.ctx.write(
            reopen_deal, self.deal_id, reason=self.reason, by=self.ctx.me, seen=self.seen
        )
        self.change_id = changes.created_id("stage_change")
        self.closed = changes.undo.get("closed")

    def intended(self) -> dict[str, Any]:
        return {"status": "open"}

    def revert(self) -> None:
        assert self.change_id is not None
        self.ctx.write(revert_stage_change, self.change_id, closed=self.closed)


class SetExitCheckCommand(ServiceCommand):
    def __init__(
        self, ctx: WorkspaceContext, text: str, deal_id: int, criterion: str, done: bool
    ) -> None:
        super().__init__(ctx, text)
        self.deal_id, self.criterion, self.done = deal_id, criterion, done
        self.before: dict[str, object] | None = None
        self._first = True

    def apply(self) -> None:
        changes = self.ctx.write(
            set_exit_check, self.deal_id, self.criterion, self.done, by=self.ctx.me
        )
        if self._first:
            self.before, self._first = changes.undo.get("row"), False

    def revert(self) -> None:
        # Exactly as it was, who ticked it and when included.
        self.ctx.write(restore_exit_check, self.deal_id, self.criterion, self.before)


class VerifyElementCommand(ServiceCommand):
    """Record who verified one of the five elements, how and when."""

    def __init__(
        self,
        ctx: WorkspaceContext,
        text: str,
        deal_id: int,
        element: str,
        values: dict[str, Any],
    ) -> None:
        super().__init__(ctx, text)
        self.deal_id, self.element, self.values = deal_id, element, dict(values)
        self.old: dict[str, Any] | None = None
        self._first = True

    def apply(self) -> None:
        changes = self.ctx.write(verify_element, self.deal_id, self.element, **self.values)
        if self._first:
            self.old, self._first = changes.undo.get("old"), False

    def revert(self) -> None:
        # Exactly as it was (no record, or who, level, how and when), not re-verified.
        self.ctx.write(restore_element, self.deal_id, self.element, self.old)


class SetCompetitorsCommand(ServiceCommand):
    """Set the competitors of a deal; undo puts the replaced list back.

    Undo and redo each check that the deal still holds the list the previous step
    left (``expected=``): a list someone changed since is not overwritten, the step
    is refused with EditConflict (and dropped from the stack, as any stale step).
    """

    def __init__(
        self, ctx: WorkspaceContext, text: str, deal_id: int, competitor_ids: Iterable[int]
    ) -> None:
        super().__init__(ctx, text)
        self.deal_id, self.ids = deal_id, list(dict.fromkeys(competitor_ids))
        self.old: list[int] | None = None

    def apply(self) -> None:
        # The first run writes what the user chose; a redo only over the list undo left.
        expected = None if self.old is None else self.old
        changes = self.ctx.write(set_competitors, self.deal_id, self.ids, expected=expected)
        if self.old is None:
            self.old = list(changes.undo.get("old") or [])

    def revert(self) -> None:
        self.ctx.write(set_competitors, self.deal_id, self.old or [], expected=self.ids)
