"""From a drop (or Ctrl+Left/Right) to undoable commands.

A drop names deals and a target column. Forward moves run the gate first and
ask the gate decider when it is unmet; backward moves and reopening ask for
a reason; "won" checks the P7 rule and says why when it is refused; "lost"
and "shelved" ask for a reason from the workspace's list, a note (and a
competitor); the deal panel's menu closes through the same path. Everything
one drop does becomes one undo step. The deciders are plain attributes so
that tests replace them and never block on a dialog.

Every command says how the card looked when the user decided (``seen``: its
stage and status): a deal someone else moved or closed since is not moved from
where they put it; the conflict dialog shows both and lets the user reload or
re-apply.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from desktop import labels
from desktop.board.commands import CloseDealCommand, MoveDealCommand, ReopenDealCommand
from desktop.board.dialogs import CloseDecider, ReasonAsker, ask_close, ask_reason
from desktop.board.gate_dialog import GateDecider, ask_gate
from desktop.board.labels import column_title, tr
from desktop.board.store import BoardStore
from desktop.context import ServiceCommand, WorkspaceContext
from desktop.i18n import lang
from model.board import CLOSED_KEYS, STAGE_KEYS, column_of, competitor_choices
from model.errors import DomainError, EditConflict
from model.gates import RULE_FIRST_PAYMENT, Gate, deal_facts, won_gate
from model.methodology import load_methodology
from model.rows import DealCard
from model.services.deals import GateBlocked, evaluate_move
from model.settings import get_setting

Informer = Callable[[str, str], None]
KEYBOARD_ORDER = (*STAGE_KEYS, "won")
"""Ctrl+Right walks the funnel and ends in "won"; lost and shelved take a drag."""


def _number(stage: str) -> int:
    return int(stage[1:])


def _seen(card: DealCard, status: str | None = None) -> dict[str, str]:
    """The card as the user saw it when deciding (``status``: as an earlier step of
    the same drop leaves it, e.g. open after its reopen)."""
    return {"stage": card.stage, "status": status or card.status}


class MoveController(QObject):
    def __init__(
        self, ctx: WorkspaceContext, store: BoardStore, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.store, self.widget = ctx, store, parent
        self.gate_decider: GateDecider = ask_gate
        self.reason_asker: ReasonAsker = ask_reason
        self.close_decider: CloseDecider = ask_close
        self.inform: Informer = lambda title, text: ctx.hub.problem.emit(title, text)

    # -- entry points -------------------------------------------------------------------

    def drop(self, deal_ids: list[int], source: str, target: str) -> bool:
        """Run one drop; True when at least one deal moved."""
        cards = [self.store.cards[i] for i in deal_ids if i in self.store.cards]
        cards = [c for c in cards if column_of(c) != target]
        if not cards:
            return False
        if len(cards) == 1 and self._forward_only(cards[0], target):
            return self._move_forward(cards[0], target)
        if target == "won":
            groups = self._plan_won(cards)
        elif target in CLOSED_KEYS:
            groups = self._plan_close(cards, target)
        else:
            groups = self._plan_stage(cards, target)
        return self._push(groups, target)

    def step(self, deal_ids: list[int], source: str, direction: int) -> bool:
        """Ctrl+Left/Right: move the selected deals one column along the funnel."""
        if source not in KEYBOARD_ORDER:
            return False
        n = KEYBOARD_ORDER.index(source) + direction
        if not 0 <= n < len(KEYBOARD_ORDER):
            return False
        return self.drop(deal_ids, source, KEYBOARD_ORDER[n])

    # -- planning: decide everything before the first write ------------------------------

    def _plan_stage(self, cards: list[DealCard], target: str) -> list[list[ServiceCommand]]:
        groups: list[list[ServiceCommand]] = []
        closed = [c for c in cards if c.status != "open"]
        back = [c for c in cards if c.status == "open" and _number(target) < _number(c.stage)]
        forward = [c for c in cards if c.status == "open" and _number(target) > _number(c.stage)]
        for card in forward:
            move = self._forward(card, target)
            if move is not None:
                groups.append([move])
        if back:
            reason = self.reason_asker(
                self.widget,
                tr("Move back to {stage}").format(stage=column_title(target)),
                self._names(back)
                + "\n"
                + tr("Moving a deal back needs a reason; the stage history keeps it."),
            )
            if reason:
                groups += [[self._move(c, target, reason=reason)] for c in back]
        if closed:
            reason = self.reason_asker(
                self.widget,
                tr("Reopen"),
                self._names(closed) + "\n" + tr("Reopening puts the deal back in the funnel. Why?"),
            )
            if reason:
                for card in closed:
                    group: list[ServiceCommand] = [
                        ReopenDealCommand(
                            self.ctx,
                            tr("Reopen “{deal}”").format(deal=card.name),
                            card.id,
                            reason,
                            seen=_seen(card),
                        )
                    ]
                    if card.stage != target:
                        if _number(target) < _number(card.stage):
                            group.append(self._move(card, target, reason=reason, status="open"))
                        else:
                            move = self._forward(card, target, status="open")
                            if move is None:
                                continue
                            group.append(move)
                    groups.append(group)
        return groups

    @staticmethod
    def _forward_only(card: DealCard, target: str) -> bool:
        return (
            target in STAGE_KEYS and card.status == "open" and _number(target) > _number(card.stage)
        )

    def _move_forward(self, card: DealCard, target: str) -> bool:
        """One open card forward (the usual drop): the move itself judges the gate, so
        the gate's facts are read once, in the write. Only a move the gate refuses asks
        the gate decider, with the gate the refusal carries; nothing was written then."""
        command = self._move(card, target)
        try:
            command.first_run()
        except EditConflict as conflict:
            # Someone moved or closed the deal after the board showed it: both
            # versions, and the user's choice (reload theirs, re-apply mine).
            from desktop.conflict_dialog import resolve

            return resolve(self.ctx, command, conflict)
        except GateBlocked as blocked:
            decision = self.gate_decider(self.widget, card, blocked.gate)
            if decision is None:
                return False
            forced = self._move(
                card, target, tick=decision.tick, force=decision.force, reason=decision.reason
            )
            return self.ctx.push(forced)
        except DomainError:
            # Refused for another reason (the deal changed meanwhile, the file is
            # locked): nothing was written; the usual push runs it and says why.
            return self.ctx.push(command)
        self.ctx.undo_stack.push(command)  # its first run is done: redo only marks it
        return True

    def _forward(
        self, card: DealCard, target: str, *, status: str | None = None
    ) -> MoveDealCommand | None:
        gate: Gate = self.ctx.read(evaluate_move, card.id, target)
        if gate.met:
            return self._move(card, target, status=status)
        decision = self.gate_decider(self.widget, card, gate)
        if decision is None:
            return None
        return self._move(
            card,
            target,
            tick=decision.tick,
            force=decision.force,
            reason=decision.reason,
            status=status,
        )

    def _move(
        self,
        card: DealCard,
        target: str,
        *,
        tick: tuple[str, ...] = (),
        force: bool = False,
        reason: str = "",
        status: str | None = None,
    ) -> MoveDealCommand:
        # The undo history and the status bar's confirmation read this text.
        if force:
            words = tr("Move “{deal}” to {stage} past its unmet gate")
        elif card.status == "open" and _number(target) < _number(card.stage):
            words = tr("Move “{deal}” back to {stage}")
        else:
            words = tr("Move “{deal}” to {stage}")
        text = words.format(deal=card.name, stage=column_title(target))
        return MoveDealCommand(
            self.ctx,
            text,
            card.id,
            target,
            tick=tick,
            force=force,
            reason=reason,
            seen=_seen(card, status),
        )

    def _plan_won(self, cards: list[DealCard]) -> list[list[ServiceCommand]]:
        groups: list[list[ServiceCommand]] = []
        refused: list[str] = []
        for card in cards:
            if card.status != "open":
                refused.append(tr("“{deal}” is closed; reopen it first.").format(deal=card.name))
                continue
            gate = won_gate(self.ctx.read(deal_facts, card.id))
            if gate.met:
                text = tr("Mark “{deal}” as won").format(deal=card.name)
                groups.append([CloseDealCommand(self.ctx, text, card.id, "won", seen=_seen(card))])
            else:
                refused.append(self.won_refusal(card, gate))
        if refused:
            self.inform(tr("Not won yet"), "\n\n".join(refused))
        return groups

    @staticmethod
    def won_refusal(card: DealCard, gate: Gate) -> str:
        """Why a deal cannot count as won, in the method's words."""
        method = load_methodology()
        language = lang()
        lines = []
        for stage, criterion in gate.unmet_criteria:
            if criterion == "P7":  # the deal is not in P7 yet
                lines.append(
                    tr("The deal is in {stage}; only a deal in P7 can be won.").format(
                        stage=column_title(stage)
                    )
                )
            else:
                lines.append(method.text(criterion, language))
        if RULE_FIRST_PAYMENT in gate.rules:
            ratio = gate.first_payment_ratio or 0.0
            lines.append(
                method.text(RULE_FIRST_PAYMENT, language)
                + " "
                + tr("(now {ratio:.0%})").format(ratio=ratio)
            )
        head = tr("“{deal}” cannot be marked won yet:").format(deal=card.name)
        return head + "\n" + "\n".join(f"• {line}" for line in lines)

    def _plan_close(self, cards: list[DealCard], status: str) -> list[list[ServiceCommand]]:
        open_cards = [c for c in cards if c.status == "open"]
        if len(open_cards) < len(cards):
            self.inform(
                tr("Already closed"),
                tr("Reopen a closed deal before marking it {status}.").format(
                    status=labels.deal_status_label(status)
                ),
            )
        if not open_cards:
            return []
        competitors = self.ctx.read(competitor_choices) if status == "lost" else []
        reasons = list(self.ctx.read(get_setting, "close_reasons"))
        decision = self.close_decider(self.widget, open_cards, status, competitors, reasons)
        if decision is None:
            return []
        return [
            [
                CloseDealCommand(
                    self.ctx,
                    tr("Mark “{deal}” as {status}").format(
                        deal=c.name, status=column_title(status)
                    ),
                    c.id,
                    status,
                    close_reason=decision.close_reason,
                    reason=decision.reason,
                    competitor_id=decision.competitor_id if status == "lost" else None,
                    seen=_seen(c),
                )
            ]
            for c in open_cards
        ]

    # -- pushing: one undo step per drop ---------------------------------------------------

    def _push(self, groups: list[list[ServiceCommand]], target: str) -> bool:
        commands = [c for g in groups for c in g]
        if not commands:
            return False
        if len(commands) == 1:
            return self.ctx.push(commands[0])
        stack = self.ctx.undo_stack
        deals = len(groups)
        stack.beginMacro(
            tr("Move {n} deals to {column}").format(n=deals, column=column_title(target))
            if deals > 1
            else commands[0].text()
        )
        pushed = 0
        try:
            for group in groups:
                for command in group:
                    if not self.ctx.push(command):
                        break  # the rest of this deal's steps depend on this one
                    pushed += 1
        finally:
            stack.endMacro()
        if pushed == 0:
            _drop_empty_macro(self.ctx)
        return pushed > 0

    @staticmethod
    def _names(cards: list[DealCard]) -> str:
        names = labels.join_list((f"“{c.name}”" for c in cards[:3]), complete=len(cards) <= 3)
        return names + (tr(" and {n} more").format(n=len(cards) - 3) if len(cards) > 3 else "")


def _drop_empty_macro(ctx: WorkspaceContext) -> None:
    """A macro whose every command failed must not stay behind as an empty undo step.

    Marked obsolete, Qt's next undo deletes it without running anything.
    """
    stack = ctx.undo_stack
    command = stack.command(stack.index() - 1)
    if command is not None and command.childCount() == 0:
        command.setObsolete(True)
        stack.undo()
