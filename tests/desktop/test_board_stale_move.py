"""A card dragged on a board that is out of date: a teammate moved the deal after our
board showed it. The move carries the card as we saw it, so it is refused and the
conflict dialog opens: Reload leaves the deal where the teammate put it (nothing of
ours written), Re-apply mine moves it from there, and one undo puts it back where
the teammate left it, not where our stale card had it.

Two contexts on one workspace (a shared file, and a PostgreSQL database of the run's
server) stand for two copies of the app on two laptops: the ``two`` fixture of the
conflict dialog's tests, whose dialogs are answered the same way (the real dialog,
its button clicked).
"""

from __future__ import annotations

import pytest
import test_conflict_dialog as conflict_tests
from helpers import add_member, show_board
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from desktop import labels
from desktop.board.commands import SetCompetitorsCommand
from desktop.board.dialogs import CloseDecision
from desktop.conflict_dialog import ConflictView
from desktop.context import WorkspaceContext
from desktop.pages.board import BoardPage
from model.entities import Deal, StageChange
from model.methodology import load_methodology
from model.rules.chain import COMPUTED_CRITERIA
from model.services.accounts import create_account
from model.services.competitors import create_competitor
from model.services.deals import (
    create_deal,
    move_deal,
    set_competitors,
    set_deal_role,
    set_exit_check,
    verify_element,
)
from model.services.people import create_person

METHOD = load_methodology()
two = conflict_tests.two  # our app and a teammate's: on a shared file, on a server
_answer_with = conflict_tests._answer_with


def _deal_in_p2(ctx: WorkspaceContext) -> int:
    """A deal in P2 whose gates up to P4 are met (a move decides nothing but where)."""
    account = ctx.write(create_account, {"name": "Acme"}).created_id("account")
    deal = ctx.write(create_deal, {"name": "Tower", "account_id": account, "stage": "P2"})
    ident = deal.created_id("deal")
    rep = add_member(ctx, "Rep", "rep")
    for element in METHOD.five_elements:
        ctx.write(verify_element, ident, element.id, by=rep, method="visit")
    for name, role in (("Qian CTO", "KI"), ("Sun Ops", "KU")):  # P3.EXIT.1: insiders
        person = ctx.write(create_person, account, {"name": name}).created_id("person")
        ctx.write(set_deal_role, ident, person, role, support=1, insider=True)
    for stage in ("P2", "P3"):
        for criterion in METHOD.exit_criteria(stage):
            if criterion.id not in COMPUTED_CRITERIA:  # the data answers those
                ctx.write(set_exit_check, ident, criterion.id, True)
    return ident


def _drag(page: BoardPage, deal: int, source: str, target: str) -> bool:
    """What a drag does: the source column's mimeData, the target column's dropMimeData."""
    src = page.models[source]
    row = next(r for r in range(src.rowCount()) if src.deal_at(r) == deal)
    mime = src.mimeData([src.index(row)])
    return bool(
        page.models[target].dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, QModelIndex())
    )


def _stage(ctx: WorkspaceContext, deal: int) -> str:
    return str(ctx.read(lambda s: s.get(Deal, deal, populate_existing=True).stage))


def _history(ctx: WorkspaceContext, deal: int) -> list[tuple[str | None, str]]:
    return ctx.read(
        lambda s: [
            (h.from_stage, h.to_stage)
            for h in s.query(StageChange).filter_by(deal_id=deal).order_by(StageChange.id)
        ]
    )


def _stale_drag(
    qtbot: QtBot,
    two: tuple[WorkspaceContext, WorkspaceContext],
    monkeypatch: pytest.MonkeyPatch,
    button: str,
) -> tuple[int, BoardPage, list[ConflictView]]:
    """Our board shows the deal in P2; the teammate moves it to P3; we drag our stale
    card to P4 and answer the conflict dialog with ``button``."""
    ours, theirs = two
    deal = _deal_in_p2(ours)
    page = show_board(qtbot, ours)
    assert page.store.column(deal) == "P2"
    theirs.write(move_deal, deal, "P3", seen={"stage": "P2", "status": "open"})
    assert page.store.column(deal) == "P2"  # our board has not heard of it
    views: list[ConflictView] = []
    _answer_with(monkeypatch, button, views)
    _drag(page, deal, "P2", "P4")
    assert len(views) == 1
    assert views[0].rows == [("Stage", labels.label("stage", "P3"), labels.label("stage", "P4"))]
    assert views[0].can_reapply
    return deal, page, views


def _stands(
    qtbot: QtBot,
    two: tuple[WorkspaceContext, WorkspaceContext],
    deal: int,
    page: BoardPage,
    history: list[tuple[str | None, str]],
    undo_steps: int,
) -> None:
    """The deal stands where ``history`` ends, saved and on our board."""
    ours, theirs = two
    assert _stage(theirs, deal) == history[-1][1]
    assert _history(theirs, deal) == history
    assert ours.undo_stack.count() == undo_steps
    qtbot.waitUntil(lambda: page.store.column(deal) == history[-1][1])


def test_reload_leaves_the_deal_where_the_teammate_put_it(
    qtbot: QtBot, two: tuple[WorkspaceContext, WorkspaceContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    deal, page, _views = _stale_drag(qtbot, two, monkeypatch, "reload_button")
    _stands(qtbot, two, deal, page, [(None, "P2"), ("P2", "P3")], 0)  # nothing of ours
    assert deal in page.models["P3"].deal_ids()
    assert deal not in page.models["P2"].deal_ids()


def test_reapply_moves_it_from_where_it_is_and_one_undo_gives_theirs_back(
    qtbot: QtBot, two: tuple[WorkspaceContext, WorkspaceContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    ours, theirs = two
    deal, page, _views = _stale_drag(qtbot, two, monkeypatch, "reapply_button")
    _stands(qtbot, two, deal, page, [(None, "P2"), ("P2", "P3"), ("P3", "P4")], 1)
    ours.undo_stack.undo()
    assert _stage(theirs, deal) == "P3"  # their value, not the P2 our card showed
    assert _history(theirs, deal) == [(None, "P2"), ("P2", "P3")]
    qtbot.waitUntil(lambda: page.store.column(deal) == "P3")
    ours.undo_stack.redo()  # the re-applied move runs again from where undo left it
    assert _stage(theirs, deal) == "P4"


def test_a_close_on_a_stale_card_is_refused_and_reloaded(
    qtbot: QtBot, two: tuple[WorkspaceContext, WorkspaceContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Closing goes through the same check: a deal the teammate moved is not shelved
    from our stale card without asking."""
    ours, theirs = two
    deal = _deal_in_p2(ours)
    page = show_board(qtbot, ours)
    theirs.write(move_deal, deal, "P3", seen={"stage": "P2", "status": "open"})
    views: list[ConflictView] = []
    _answer_with(monkeypatch, "reload_button", views)
    page.close_decider = lambda _parent, _cards, _status, _rivals, reasons: CloseDecision(
        reason="budget moved", close_reason=reasons[0]
    )
    _drag(page, deal, "P2", "shelved")
    assert len(views) == 1
    assert views[0].rows == [
        ("Status", labels.label("deal_status", "open"), labels.label("deal_status", "shelved"))
    ]
    assert ours.read(lambda s: s.get(Deal, deal, populate_existing=True).status) == "open"
    assert ours.undo_stack.count() == 0
    qtbot.waitUntil(lambda: page.store.column(deal) == "P3")


def test_undoing_competitors_a_teammate_changed_since_keeps_theirs(
    qtbot: QtBot, two: tuple[WorkspaceContext, WorkspaceContext]
) -> None:
    """The undo of a competitors edit checks the list it replaced is still there."""
    ours, theirs = two
    deal = _deal_in_p2(ours)
    a, b, c = (ours.write(create_competitor, {"name": n}).created_id("competitor") for n in "ABC")
    ours.write(set_competitors, deal, [a])
    assert ours.push(SetCompetitorsCommand(ours, "Competitors", deal, [b]))
    theirs.write(set_competitors, deal, [b, c])  # a teammate adds a rival
    problems: list[tuple[str, str]] = []
    ours.hub.problem.connect(lambda title, text: problems.append((title, text)))
    ours.undo_stack.undo()
    held = ours.read(lambda s: sorted(x.id for x in s.get(Deal, deal).competitors))
    assert held == [b, c]  # theirs stands, not our old [a]
    assert len(problems) == 1 and "Someone else changed this deal" in problems[0][1]
    # Undone over the list it wrote, it puts the old one back.
    theirs.write(set_competitors, deal, [a])
    assert ours.push(SetCompetitorsCommand(ours, "Competitors", deal, [c]))
    ours.undo_stack.undo()
    assert ours.read(lambda s: [x.id for x in s.get(Deal, deal).competitors]) == [a]
