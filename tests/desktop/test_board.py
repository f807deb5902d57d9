"""The funnel board: drops through the column models, the gate's outcomes,
back moves, won/lost, undo/redo, filters, lanes, the deal panel, refreshes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.board.column_model import ColumnModel
from desktop.board.dialogs import CloseDecision
from desktop.board.gate_dialog import GateDecision, GateDialog
from desktop.board.mime import MIME_TYPE, decode
from desktop.context import WorkspaceContext
from desktop.pages.board import BoardPage
from model.board import LaneHeader
from model.entities import Deal, ExitCheck, StageChange
from model.gates import Gate
from model.methodology import load_methodology
from model.rows import DealCard
from model.services.accounts import create_account
from model.services.deals import (
    add_instalment,
    create_deal,
    record_payment,
    set_exit_check,
    update_deal,
    verify_element,
)
from model.services.team import create_competitor, create_member

METHOD = load_methodology()


def build(session: Session) -> dict[str, int]:
    """A small team's funnel with one deal per situation the board must handle."""
    ids: dict[str, int] = {}
    ids["rep"] = create_member(session, {"name": "Rita Rep", "role": "rep"}).created_id("member")
    ids["mgr"] = create_member(session, {"name": "Max Manager", "role": "manager"}).created_id(
        "member"
    )
    ids["rival"] = create_competitor(session, {"name": "Rival Corp"}).created_id("competitor")
    acme = create_account(
        session,
        {"name": "Acme Steel", "industry": "Manufacturing", "region": "China/East/Shanghai"},
    ).created_id("account")
    beta = create_account(
        session, {"name": "Beta Power", "industry": "Energy", "region": "China/North/Beijing"}
    ).created_id("account")
    ids["acme"], ids["beta"] = acme, beta

    def deal(key: str, account: int, stage: str, amount: float, owner: str, **extra: Any) -> int:
        values = {"name": key, "account_id": account, "stage": stage, "amount": amount}
        if stage not in ("P1", "P2"):  # entering past P2 skips the gate: forced, with a reason
            values.update(force=True, reason="Taken over from the old CRM")
        values["owner_id"] = ids[owner]
        values.update(extra)
        ids[key] = create_deal(session, values).created_id("deal")
        return ids[key]

    def verify_all(deal_id: int) -> None:
        for e in METHOD.five_elements:
            verify_element(session, deal_id, e.id, by=ids["rep"], method="visit")

    def tick(deal_id: int, stage: str) -> None:
        for c in METHOD.exit_criteria(stage):
            set_exit_check(session, deal_id, c.id, True)

    for n, amount in enumerate((100_000.0, 200_000.0, 300_000.0), start=1):
        deal(f"Target {n}", beta, "P1", amount, "mgr")
    verify_all(deal("Gate met", acme, "P2", 1_000_000, "rep", expected_close=date(2026, 9, 30)))
    tick(ids["Gate met"], "P2")
    verify_all(deal("Tick here", acme, "P2", 2_000_000, "rep"))
    deal("Force me", acme, "P3", 3_000_000, "rep")
    deal("Go back", beta, "P4", 4_000_000, "mgr")
    closing = deal(
        "Closing",
        acme,
        "P7",
        5_000_000,
        "rep",
        contract_signed_on=date.today() - timedelta(days=10),
        contract_value=5_000_000,
    )
    first = add_instalment(session, closing, amount=1_500_000).created_id("instalment")
    record_payment(session, first, amount=1_000_000)  # 20%: below the 30% rule
    ids["first_instalment"] = first
    return ids


@pytest.fixture
def data(ctx: WorkspaceContext) -> dict[str, int]:
    with ctx.workspace.begin() as session:
        return build(session)


@pytest.fixture
def page(qtbot: Any, ctx: WorkspaceContext, data: dict[str, int]) -> Iterator[BoardPage]:
    board = BoardPage(ctx)
    qtbot.addWidget(board)
    board.resize(1600, 900)
    board.gate_decider = _fail_gate
    board.reason_asker = lambda *_: pytest.fail("no reason should be asked")
    board.close_decider = lambda *_: pytest.fail("no close dialog expected")
    yield board


def _fail_gate(*_: object) -> GateDecision | None:
    pytest.fail("the gate dialog should not open")


def stage_of(ctx: WorkspaceContext, deal_id: int) -> tuple[str, str]:
    deal = ctx.read(lambda s: s.get(Deal, deal_id))
    return deal.stage, deal.status


def history(ctx: WorkspaceContext, deal_id: int) -> list[StageChange]:
    return ctx.read(
        lambda s: list(
            s.execute(
                select(StageChange)
                .where(StageChange.deal_id == deal_id)
                .order_by(StageChange.at, StageChange.id)
            ).scalars()
        )
    )


def drag(page: BoardPage, source: str, deal_ids: list[int], target: str) -> bool:
    """What a drag does: the source model's mimeData, the target model's dropMimeData."""
    src = page.models[source]
    indexes = [src.index(src.row_of(i)) for i in deal_ids]  # type: ignore[arg-type]
    mime = src.mimeData(indexes)
    dst = page.models[target]
    assert dst.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, QModelIndex())
    return dst.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, QModelIndex())


# -- loading and the models ----------------------------------------------------------------


def test_cards_stand_in_their_columns_with_header_figures(
    page: BoardPage, data: dict[str, int]
) -> None:
    assert sorted(page.models["P1"].deal_ids()) == sorted(data[f"Target {n}"] for n in (1, 2, 3))
    assert page.models["P2"].row_of(data["Gate met"]) is not None
    assert page.models["P7"].deal_ids() == [data["Closing"]]
    p1 = page.summaries["P1"]
    assert (p1.count, p1.total) == (3, 600_000)
    assert p1.weighted == pytest.approx(600_000 * METHOD.stage("P1").default_probability)
    assert page.summaries["won"].count == 0
    # Largest amount first is the default order.
    assert page.models["P1"].deal_ids() == [data[f"Target {n}"] for n in (3, 2, 1)]


def test_column_models_pass_the_model_tester(
    page: BoardPage, qtmodeltester: Any, data: dict[str, int]
) -> None:
    for model in page.models.values():
        qtmodeltester.check(model)
    page.filter_bar.lanes.setCurrentIndex(page.filter_bar.lanes.findData("owner"))
    for model in page.models.values():
        qtmodeltester.check(model)


def test_mime_data_carries_ids_and_the_source_column(page: BoardPage, data: dict[str, int]) -> None:
    model = page.models["P1"]
    mime = model.mimeData([model.index(0), model.index(1)])
    assert mime.hasFormat(MIME_TYPE)
    ids, source = decode(mime) or ([], "")
    assert source == "P1" and ids == model.deal_ids()[:2]
    # A column refuses its own cards.
    assert not model.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, QModelIndex())


# -- the gate's outcomes ----------------------------------------------------------------------


def test_gate_met_moves_without_asking(
    page: BoardPage, ctx: WorkspaceContext, data: dict[str, int]
) -> None:
    deal = data["Gate met"]
    assert drag(page, "P2", [deal], "P3")
    assert stage_of(ctx, deal) == ("P3", "open")
    assert page.models["P2"].row_of(deal) is None
    assert page.models["P3"].row_of(deal) is not None
    last = history(ctx, deal)[-1]
    assert (last.from_stage, last.to_stage, last.forced) == ("P2", "P3", False)
    assert ctx.undo_stack.count() == 1


def test_unmet_gate_ticked_in_the_dialog_moves_and_undo_unticks(
    page: BoardPage, ctx: WorkspaceContext, data: dict[str, int]
) -> None:
    deal = data["Tick here"]
    seen: list[Gate] = []

    def tick_all(_parent: object, card: DealCard, gate: Gate) -> GateDecision:
        seen.append(gate)
        assert card.id == deal
        return GateDecision(tick=tuple(c for _, c in gate.unmet_criteria))

    page.gate_decider = tick_all
    assert drag(page, "P2", [deal], "P3")
    assert [c for _, c in seen[0].unmet_criteria] == [c.id for c in METHOD.exit_criteria("P2")]
    assert stage_of(ctx, deal) == ("P3", "open")
    assert history(ctx, deal)[-1].forced is False
    done = _done(ctx, deal)
    assert {c.id for c in METHOD.exit_criteria("P2")} <= done

    ctx.undo_stack.undo()
    assert stage_of(ctx, deal) == ("P2", "open")
    assert not ({c.id for c in METHOD.exit_criteria("P2")} & _done(ctx, deal))
    assert page.models["P2"].row_of(deal) is not None
    ctx.undo_stack.redo()
    assert stage_of(ctx, deal) == ("P3", "open")
    assert page.models["P3"].row_of(deal) is not None


def _done(ctx: WorkspaceContext, deal_id: int) -> set[str]:
    return set(
        ctx.read(
            lambda s: s.execute(
                select(ExitCheck.criterion).where(ExitCheck.deal_id == deal_id, ExitCheck.done)
            ).scalars()
        )
    )


def test_forced_move_keeps_reason_and_unmet_in_history(
    page: BoardPage, ctx: WorkspaceContext, data: dict[str, int]
) -> None:
    deal = data["Force me"]
    page.gate_decider = lambda *_: GateDecision(force=True, reason="Customer wants to speed up")
    assert drag(page, "P3", [deal], "P4")
    assert stage_of(ctx, deal) == ("P4", "open")
    last = history(ctx, deal)[-1]
    assert last.forced is True
    assert last.reason == "Customer wants to speed up"
    assert "P3.EXIT.1" in last.unmet and "P3.FIVE.1" in last.unmet


def test_cancelled_gate_changes_nothing(
    page: BoardPage, ctx: WorkspaceContext, data: dict[str, int]
) -> None:
    deal = data["Force me"]
    before = history(ctx, deal)
    page.gate_decider = lambda *_: None
    assert not drag(page, "P3", [deal], "P5")
    assert stage_of(ctx, deal) == ("P3", "open")
    assert len(history(ctx, deal)) == len(before)
    assert ctx.undo_stack.count() == 0
    assert page.models["P3"].row_of(deal) is not None


def test_gate_dialog_enables_move_only_when_everything_is_ticked(
    qtbot: Any, page: BoardPage, data: dict[str, int]
) -> None:
    card = page.store.cards[data["Tick here"]]
    gate = page.ctx.read(
        lambda s: __import__("model.services.deals").services.deals.evaluate_move(s, card.id, "P3")
    )
    dialog = GateDialog(card, gate)
    qtbot.addWidget(dialog)
    assert not dialog.move_button.isEnabled() and not dialog.force_button.isEnabled()
    for box in dialog.boxes.values():
        box.setChecked(True)
    assert dialog.move_button.isEnabled()
    dialog.move_button.click()
    decision = dialog.decision()
    assert decision is not None and not decision.force
    assert set(decision.tick) == set(dialog.boxes)


def test_forcing_in_the_dialog_needs_a_reason(
    qtbot: Any, page: BoardPage, data: dict[str, int]
) -> None:
    from model.services.deals import evaluate_move

    card = page.store.cards[data["Force me"]]
    gate = page.ctx.read(evaluate_move, card.id, "P6")
    dialog = GateDialog(card, gate)
    qtbot.addWidget(dialog)
    assert gate.unverified_elements and "P5.RULE.1" in gate.rules
    assert not dialog.force_button.isEnabled()
    dialog.reason.setText("Board decision")
    assert dialog.force_button.isEnabled() and not dialog.move_button.isEnabled()
    dialog.force_button.click()
    assert dialog.decision() == GateDecision(tick=(), force=True, reason="Board decision")


# -- back moves, undo/redo, several cards ---------------------------------------------------------


def test_back_move_needs_a_reason(
    page: BoardPage, ctx: WorkspaceContext, data: dict[str, int]
) -> None:
    deal = data["Go back"]
    page.reason_asker = lambda *_: None
    assert not drag(page, "P4", [deal], "P2")
    assert stage_of(ctx, deal) == ("P4", "open")
    page.reason_asker = lambda *_: "Budget frozen until next year"
    assert drag(page, "P4", [deal], "P2")
    assert stage_of(ctx, deal) == ("P2", "open")
    assert history(ctx, deal)[-1].reason == "Budget frozen until next year"


def test_undo_and_redo_restore_stage_time_and_history(
    page: BoardPage, ctx: WorkspaceContext, data: dict[str, int]
) -> None:
    deal = data["Gate met"]
    entered = ctx.read(lambda s: s.get(Deal, deal).stage_entered_at)
    before = [(h.from_stage, h.to_stage) for h in history(ctx, deal)]
    assert drag(page, "P2", [deal], "P3")
    moved_at = ctx.read(lambda s: s.get(Deal, deal).stage_entered_at)
    assert moved_at > entered
    ctx.undo_stack.undo()
    restored = ctx.read(lambda s: s.get(Deal, deal))
    assert restored.stage == "P2"
    assert restored.stage_entered_at == entered
    assert [(h.from_stage, h.to_stage) for h in history(ctx, deal)] == before
    ctx.undo_stack.redo()
    assert stage_of(ctx, deal) == ("P3", "open")
    assert [(h.from_stage, h.to_stage) for h in history(ctx, deal)] == [*before, ("P2", "P3")]
    assert page.models["P3"].row_of(deal) is not None


def test_several_cards_are_one_undo_step(
    page: BoardPage, ctx: WorkspaceContext, data: dict[str, int]
) -> None:
    deals = [data[f"Target {n}"] for n in (1, 2, 3)]
    assert drag(page, "P1", deals, "P2")
    assert ctx.undo_stack.count() == 1
    assert "3" in ctx.undo_stack.undoText()
    assert all(stage_of(ctx, d) == ("P2", "open") for d in deals)
    assert page.models["P1"].deal_ids() == []
    ctx.undo_stack.undo()
    assert all(stage_of(ctx, d) == ("P1", "open") for d in deals)
    assert sorted(page.models["P1"].deal_ids()) == sorted(deals)
    ctx.undo_stack.redo()
    assert all(stage_of(ctx, d) == ("P2", "open") for d in deals)


def test_a_drop_where_every_move_fails_leaves_no_empty_undo_step(
    page: BoardPage, ctx: WorkspaceContext, data: dict[str, int]
) -> None:
    problems: list[str] = []
    ctx.hub.problem.connect(lambda _title, text: problems.append(text))
    page.gate_decider = lambda *_: GateDecision()  # neither ticks enough nor forces
    deals = [data["Target 1"], data["Target 2"]]
    assert not drag(page, "P1", deals, "P3")
    assert len(problems) == 2
    assert ctx.undo_stack.count() == 0
    assert all(stage_of(ctx, d) == ("P1", "open") for d in deals)


def test_badges_explain_themselves(page: BoardPage, data: dict[str, int]) -> None:
    view = page.store.view(data["Closing"])
    risks = page.delegate.badge_tooltip(view, "risks")
    assert METHOD.text("RISK.NOT_YET.5", "en") in risks
    assert "5 of 5" not in page.delegate.badge_tooltip(view, "elements")
    assert "KDM" in page.delegate.badge_tooltip(view, "kdm") or "decision" in (
        page.delegate.badge_tooltip(view, "kdm")
    )
    slow = page.store.view(data["Go back"])
    assert str(slow.usual_days) in page.delegate.days_tooltip(slow)


def test_a_drop_patches_columns_instead_of_resetting_them(
    page: BoardPage, data: dict[str, int]
) -> None:
    resets: list[str] = []
    removed: list[str] = []
    inserted: list[str] = []
    for key, model in page.models.items():
        model.modelReset.connect(lambda k=key: resets.append(k))
        model.rowsRemoved.connect(lambda *_a, k=key: removed.append(k))
        model.rowsInserted.connect(lambda *_a, k=key: inserted.append(k))
    assert drag(page, "P2", [data["Gate met"]], "P3")
    assert resets == []
    assert removed == ["P2"] and inserted == ["P3"]


def test_keyboard_moves_the_selection_and_keeps_it_selected(
    page: BoardPage, ctx: WorkspaceContext, data: dict[str, int]
) -> None:
    deal = data["Target 1"]
    page.select_deals([deal])
    assert page.columns["P1"].view.selected_ids() == [deal]
    assert page.step(1, page.columns["P1"].view)
    assert stage_of(ctx, deal) == ("P2", "open")
    assert page.columns["P2"].view.selected_ids() == [deal]


def test_keys_open_and_move_a_card(
    qtbot: Any, page: BoardPage, ctx: WorkspaceContext, data: dict[str, int]
) -> None:
    page.show()
    qtbot.waitExposed(page)
    deal = data["Target 2"]
    page.select_deals([deal])
    view = page.columns["P1"].view
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert page.panel.isVisible() and page.panel.deal_id == deal
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert stage_of(ctx, deal) == ("P2", "open")
    assert page.panel.detail is not None and page.panel.detail.stage == "P2"
    page.reason_asker = lambda *_: "Not ready yet"
    qtbot.keyClick(page.columns["P2"].view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert stage_of(ctx, deal) == ("P1", "open")
    qtbot.keyClick(page.columns["P1"].view, Qt.Key.Key_Escape)
    assert not page.panel.isVisible()


# -- won, lost, shelved, reopen -------------------------------------------------------------------


def test_won_is_refused_below_the_first_payment_minimum(
    page: BoardPage, ctx: WorkspaceContext, data: dict[str, int]
) -> None:
    deal = data["Closing"]
    told: list[tuple[str, str]] = []
    page.moves.inform = lambda title, text: told.append((title, text))
    assert not drag(page, "P7", [deal], "won")
    assert stage_of(ctx, deal) == ("P7", "open")
    assert told and "20%" in told[0][1]
    assert METHOD.text("P7.RULE.FIRST_PAYMENT_MIN", "en") in told[0][1]
    # A second transfer for the rest: the two add up to 30% of the contract.
    ctx.write(record_payment, data["first_instalment"], amount=500_000)
    told.clear()
    assert drag(page, "P7", [deal], "won")
    assert stage_of(ctx, deal) == ("P7", "won")
    assert page.models["won"].deal_ids() == [deal]
    ctx.undo_stack.undo()
    assert stage_of(ctx, deal) == ("P7", "open")


def test_lost_asks_reason_and_competitor_and_reopen_asks_again(
    page: BoardPage, ctx: WorkspaceContext, data: dict[str, int]
) -> None:
    deal = data["Go back"]
    asked: list[tuple[str, list[tuple[int, str]]]] = []

    def decide(  # type: ignore[no-untyped-def]
        _p: object,
        cards: list[DealCard],
        status: str,
        rivals: list[tuple[int, str]],
        reasons: list[str],
    ):
        asked.append((status, rivals))
        assert "price" in reasons  # the workspace's list of close reasons
        return CloseDecision("Lost on price", data["rival"], close_reason="price")

    page.close_decider = decide
    assert drag(page, "P4", [deal], "lost")
    assert asked == [("lost", [(data["rival"], "Rival Corp")])]
    closed = ctx.read(lambda s: s.get(Deal, deal))
    assert (closed.status, closed.close_reason, closed.status_reason, closed.lost_to_id) == (
        "lost",
        "price",
        "Lost on price",
        data["rival"],
    )
    page.reason_asker = lambda *_: "Customer came back"
    assert drag(page, "lost", [deal], "P4")
    assert stage_of(ctx, deal) == ("P4", "open")
    ctx.undo_stack.undo()
    assert stage_of(ctx, deal) == ("P4", "lost")


# -- filters and lanes ---------------------------------------------------------------------


def test_filters_narrow_every_column(page: BoardPage, data: dict[str, int]) -> None:
    bar = page.filter_bar
    bar.owner.setCurrentIndex(bar.owner.findData(data["mgr"]))
    shown = {i for m in page.models.values() for i in m.deal_ids()}
    assert shown == {data["Target 1"], data["Target 2"], data["Target 3"], data["Go back"]}
    assert page.summaries["P1"].count == 3 and page.summaries["P2"].count == 0
    bar.reset()
    bar.industry.setCurrentIndex(bar.industry.findData("Manufacturing"))
    assert {i for m in page.models.values() for i in m.deal_ids()} == {
        data[k] for k in ("Gate met", "Tick here", "Force me", "Closing")
    }
    bar.reset()
    bar.region.setCurrentIndex(bar.region.findData("China/North"))
    assert data["Go back"] in page.models["P4"].deal_ids()
    assert page.models["P2"].deal_ids() == []
    bar.reset()
    bar.quarter.setCurrentIndex(bar.quarter.findData("2026-Q3"))
    assert [i for m in page.models.values() for i in m.deal_ids()] == [data["Gate met"]]
    bar.reset()
    bar.amount_min.setText("1.5M")
    bar.amount_max.setText("3M")
    page._on_filter()  # the text boxes wait for typing to pause; do not wait here
    assert {i for m in page.models.values() for i in m.deal_ids()} == {
        data["Tick here"],
        data["Force me"],
    }
    bar.reset()
    bar.search.setText("target 2")
    page._on_filter()
    assert [i for m in page.models.values() for i in m.deal_ids()] == [data["Target 2"]]
    bar.reset()
    bar.account.setCurrentIndex(bar.account.findData(data["beta"]))
    assert data["Go back"] in page.models["P4"].deal_ids()
    assert page.models["P7"].deal_ids() == []


def test_a_drop_respects_the_filter(page: BoardPage, data: dict[str, int]) -> None:
    bar = page.filter_bar
    bar.owner.setCurrentIndex(bar.owner.findData(data["rep"]))
    assert drag(page, "P2", [data["Gate met"]], "P3")
    assert page.models["P3"].row_of(data["Gate met"]) is not None
    assert page.models["P1"].deal_ids() == []  # still filtered out


def test_swimlanes_line_up_across_the_funnel(page: BoardPage, data: dict[str, int]) -> None:
    bar = page.filter_bar
    bar.lanes.setCurrentIndex(bar.lanes.findData("owner"))

    def lanes(key: str) -> dict[str, tuple[int, int]]:
        """Lane label -> (row of its header, cards in this column)."""
        model = page.models[key]
        return {
            e.label: (row, e.count)
            for row, e in enumerate(model.entries())
            if isinstance(e, LaneHeader)
        }

    p2 = lanes("P2")
    assert p2 == {"Max Manager": (0, 0), "Rita Rep": (4, 2)}  # Max has 3 cards in P1
    rows = {key: page.models[key].rowCount() for key in ("P1", "P2", "P3", "P4", "P7")}
    assert len(set(rows.values())) == 1  # every stage column is the same grid
    assert all({k: v[0] for k, v in lanes(key).items()} == {"Max Manager": 0, "Rita Rep": 4}
               for key in ("P1", "P3", "P7"))  # fmt: skip
    header = page.models["P2"].index(0)
    filler = page.models["P2"].index(1)
    for index in (header, filler):
        assert not (page.models["P2"].flags(index) & Qt.ItemFlag.ItemIsSelectable)
        assert not (page.models["P2"].flags(index) & Qt.ItemFlag.ItemIsDragEnabled)
    page.reason_asker = lambda *_: "Contract on hold"
    assert drag(page, "P7", [data["Closing"]], "P6")
    assert lanes("P7")["Rita Rep"][1] == 0 and lanes("P6")["Rita Rep"][1] == 1
    assert page.models["P6"].row_of(data["Closing"]) is not None
    # Scrolling one column scrolls the others with it.
    page.resize(800, 400)
    page.show()
    view, other = page.columns["P1"].view, page.columns["P4"].view
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    assert other.verticalScrollBar().value() == view.verticalScrollBar().value() > 0


def test_sort_orders_a_column(page: BoardPage, data: dict[str, int]) -> None:
    bar = page.filter_bar
    bar.sort.setCurrentIndex(bar.sort.findData("name"))
    assert page.models["P1"].deal_ids() == [data[f"Target {n}"] for n in (1, 2, 3)]


# -- refreshes from elsewhere ----------------------------------------------------------------------


def test_edits_elsewhere_update_the_card(
    page: BoardPage, ctx: WorkspaceContext, data: dict[str, int]
) -> None:
    deal = data["Force me"]
    ctx.write(update_deal, deal, {"name": "Renamed", "amount": 9_000_000})
    assert page.store.cards[deal].name == "Renamed"
    assert page.models["P3"].data(page.models["P3"].index(0)) == "Renamed"
    assert page.summaries["P3"].total == 9_000_000
    created = ctx.write(
        create_deal, {"name": "Brand new", "account_id": data["acme"], "stage": "P2"}
    ).created_id("deal")
    assert page.models["P2"].row_of(created) is not None


# -- the deal panel -------------------------------------------------------------------------------


def test_panel_shows_the_deal_and_its_edits_are_undoable(
    page: BoardPage, ctx: WorkspaceContext, data: dict[str, int]
) -> None:
    deal = data["Force me"]
    page.show()
    page.open_deal(deal)
    panel = page.panel
    assert panel.isVisible() and panel.detail is not None and panel.detail.id == deal
    box = panel.findChild(object, "exit_P3.EXIT.2")
    assert box is not None
    box.setChecked(True)  # type: ignore[attr-defined]
    assert "P3.EXIT.2" in _done(ctx, deal)
    assert page.store.view(deal).badges.exits == 1
    ctx.undo_stack.undo()
    assert "P3.EXIT.2" not in _done(ctx, deal)

    name = panel.findChild(object, "field_name")
    name.setText("Renamed in the panel")  # type: ignore[attr-defined]
    name.editingFinished.emit()  # type: ignore[attr-defined]
    assert ctx.read(lambda s: s.get(Deal, deal).name) == "Renamed in the panel"
    assert panel.title.text() == "Renamed in the panel"
    ctx.undo_stack.undo()
    assert ctx.read(lambda s: s.get(Deal, deal).name) == "Force me"

    assert panel.verify(
        "P3.FIVE.2",
        {"status": "verified", "by": data["mgr"], "method": "phone"},
    )
    element = next(e for e in panel.detail.elements if e.id == "P3.FIVE.2")
    assert (element.status, element.by) == ("verified", "Max Manager")
    ctx.undo_stack.undo()
    element = next(e for e in panel.detail.elements if e.id == "P3.FIVE.2")
    assert element.status == "unknown"


def test_panel_shows_warnings_and_payment_plan(
    page: BoardPage, ctx: WorkspaceContext, data: dict[str, int]
) -> None:
    page.show()
    page.open_deal(data["Closing"])
    detail = page.panel.detail
    assert detail is not None
    # 20% paid, and nobody recorded a senior visit for the deal (P5.RULE.1)
    assert detail.warnings == ("RISK.NOT_YET.5", "P5.RULE.1")
    assert detail.first_payment_ratio == pytest.approx(0.2)
    assert page.store.view(data["Closing"]).badges.risks == ("RISK.NOT_YET.5", "P5.RULE.1")


def test_payment_commands_round_trip(
    page: BoardPage, ctx: WorkspaceContext, data: dict[str, int]
) -> None:
    from desktop.board.payments import AddInstalmentCommand, RecordTransferCommand

    deal = data["Go back"]
    assert ctx.push(AddInstalmentCommand(ctx, "add", deal, 1_200_000, date(2026, 12, 1)))
    ident = ctx.undo_stack.command(0).ident  # type: ignore[attr-defined]
    paid_on = date.today() - timedelta(days=1)
    assert ctx.push(RecordTransferCommand(ctx, "pay", ident, 1_200_000, paid_on, "bank"))
    assert page.store.view(deal).badges.risks == ()  # no contract signed: no warning
    ctx.undo_stack.undo()
    from model.entities import Instalment

    row = ctx.read(lambda s: s.get(Instalment, ident))
    assert row.received_on is None and row.received_amount == 0
    ctx.undo_stack.undo()
    assert ctx.read(lambda s: s.get(Instalment, ident)) is None
    ctx.undo_stack.redo()
    ctx.undo_stack.redo()
    row = ctx.read(lambda s: s.get(Instalment, ident))
    assert (row.received_on, row.received_amount) == (paid_on, 1_200_000)


# -- the sample, rendered ------------------------------------------------------------------


def test_sample_board_renders(qtbot: Any, sample_ctx: WorkspaceContext) -> None:
    board = BoardPage(sample_ctx)
    qtbot.addWidget(board)
    board.resize(1366, 700)
    board.show()
    qtbot.waitExposed(board)
    image = board.grab()
    assert not image.isNull()
    total = sum(len(m.deal_ids()) for m in board.models.values())
    assert total == len(board.store.cards) > 0
    stage_model: ColumnModel = board.models["P3"]
    if stage_model.rowCount():
        board.open_deal(stage_model.deal_at(0))  # type: ignore[arg-type]
        assert board.panel.detail is not None


# -- exit criteria the deal's data answers (model/rules/chain.py) -------------------------------


def _chain_deal(ctx: WorkspaceContext, data: dict[str, int]) -> tuple[int, dict[str, int]]:
    """A P5 deal whose KDM opposes us (−1), KI and KU support it; what can be ticked is ticked."""
    from model.services.people import create_person

    with ctx.workspace.begin() as s:
        people = {
            name: create_person(
                s, data["acme"], {"name": name, "role": role, "support": support}
            ).created_id("person")
            for name, role, support in (
                ("Wang Wei", "KDM", -1),
                ("Qian Li", "KI", 1),
                ("Sun Hao", "KU", 2),
            )
        }
        deal = create_deal(
            s,
            {
                "name": "Chain deal",
                "account_id": data["acme"],
                "stage": "P5",
                "amount": 800_000,
                "force": True,
                "reason": "Taken over from the old CRM",
            },
        ).created_id("deal")
        for e in METHOD.five_elements:
            verify_element(s, deal, e.id, by=data["rep"], method="visit")
        for criterion in ("P5.EXIT.1", "P5.EXIT.2", "P5.EXIT.6"):
            set_exit_check(s, deal, criterion, True)
    return deal, people


def test_gate_dialog_shows_the_data_s_answer_and_no_checkbox_for_it(
    qtbot: Any, page: BoardPage, ctx: WorkspaceContext, data: dict[str, int]
) -> None:
    from PySide6.QtWidgets import QCheckBox, QLabel, QWidget

    deal, _ = _chain_deal(ctx, data)
    page.reload()
    opened: list[GateDialog] = []

    def real_dialog(parent: Any, card: DealCard, gate: Gate) -> GateDecision | None:
        dialog = GateDialog(card, gate, parent)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        opened.append(dialog)
        kdm = dialog.findChild(QWidget, "computed_P5.EXIT.5")
        assert kdm is not None and not kdm.findChildren(QCheckBox)
        says = kdm.findChild(QLabel, "findingSays")
        assert says is not None
        assert "Wang Wei (KDM) is at −1; backing us means +1 or more." in says.text()
        todo = kdm.findChild(QLabel, "findingTodo")
        assert todo is not None and "Win Wang Wei over" in todo.text()
        assert "P5.EXIT.5" not in dialog.boxes  # nothing to tick for it
        assert {"P5.EXIT.3", "P5.EXIT.4"}.isdisjoint(gate.findings)  # KI and KU back us
        for box in dialog.boxes.values():
            box.setChecked(True)
        assert not dialog.move_button.isEnabled()  # ticks cannot get past the data
        dialog.reason.setText("The board decided to go on")
        qtbot.mouseClick(dialog.force_button, Qt.MouseButton.LeftButton)
        return dialog.decision()

    page.gate_decider = real_dialog
    assert drag(page, "P5", [deal], "P6")
    assert len(opened) == 1
    assert stage_of(ctx, deal) == ("P6", "open")
    last = history(ctx, deal)[-1]
    assert last.forced and "P5.EXIT.5" in last.unmet
    assert "P5.EXIT.5" not in _done(ctx, deal)


def test_panel_shows_the_data_s_answers_and_follows_the_data(
    page: BoardPage, ctx: WorkspaceContext, data: dict[str, int]
) -> None:
    from PySide6.QtWidgets import QCheckBox, QLabel, QWidget

    from desktop.commands import EditCommand
    from model.services.people import update_person

    deal, people = _chain_deal(ctx, data)
    page.reload()
    page.show()
    page.open_deal(deal)
    panel = page.panel

    def kdm_line() -> str:
        box = panel.findChild(QWidget, "computed_P5.EXIT.5")
        assert box is not None and not box.findChildren(QCheckBox)
        says = box.findChild(QLabel, "findingSays")
        assert says is not None
        return says.text()

    assert panel.findChild(QWidget, "exit_P5.EXIT.5") is None  # no checkbox for it
    assert panel.findChild(QWidget, "exit_P5.EXIT.1") is not None  # ticked by hand
    assert "Wang Wei (KDM) is at −1" in kdm_line()
    assert page.store.view(deal).badges.exits == 5  # 3 ticks + KI and KU back us; of 6
    assert page.store.view(deal).badges.exits_total == 6

    text = "Wang Wei supports us"
    assert ctx.push(EditCommand(ctx, text, update_person, people["Wang Wei"], {"support": 1}))
    assert kdm_line() == "Data: Wang Wei (KDM) supports us at +1."
    assert panel.findChild(QWidget, "computed_P5.EXIT.5").findChild(QLabel, "findingTodo") is None
    assert page.store.view(deal).badges.exits == 6
    ctx.undo_stack.undo()
    assert "Wang Wei (KDM) is at −1" in kdm_line()
    assert page.store.view(deal).badges.exits == 5


def test_verify_dialog_takes_the_level_from_the_team_role(
    qtbot: Any, page: BoardPage, ctx: WorkspaceContext, data: dict[str, int]
) -> None:
    from PySide6.QtWidgets import QLabel, QPushButton

    from desktop.board.dialogs import VerifyDialog

    deal = data["Force me"]
    page.show()
    page.open_deal(deal)
    panel = page.panel
    seen: list[VerifyDialog] = []

    def fill(parent: Any, element: str, members: Any, me: Any, current: Any, roles: Any) -> Any:
        dialog = VerifyDialog(element, members, me, current, parent, roles)
        qtbot.addWidget(dialog)
        dialog.show()
        seen.append(dialog)
        level = dialog.findChild(QLabel, "verify_level")
        assert level is not None and isinstance(dialog.level, QLabel)  # shown, not chosen
        dialog.by.setCurrentIndex(dialog.by.findData(data["rep"]))
        assert level.text() == "Rep"
        dialog.by.setCurrentIndex(dialog.by.findData(data["mgr"]))
        assert level.text() == "Manager"
        assert dialog.on.maximumDate() == dialog.on.date().currentDate()  # never ahead
        dialog.method.setCurrentIndex(dialog.method.findData("phone"))
        return dialog.values()

    panel.verify_asker = fill
    button = panel.findChild(QPushButton, "verify_P3.FIVE.2")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(seen) == 1
    element = next(e for e in panel.detail.elements if e.id == "P3.FIVE.2")  # type: ignore[union-attr]
    assert (element.status, element.by, element.level, element.method) == (
        "verified",
        "Max Manager",
        "manager",
        "phone",
    )
    ctx.undo_stack.undo()
    element = next(e for e in panel.detail.elements if e.id == "P3.FIVE.2")  # type: ignore[union-attr]
    assert (element.status, element.level) == ("unknown", None)

    # A rep cannot enter the manager's confirmation (P3.CONFIRM.3): refused, nothing stored.
    problems: list[str] = []
    ctx.hub.problem.connect(lambda _what, message: problems.append(message))
    ctx.set_me(data["rep"])
    button = panel.findChild(QPushButton, "verify_P3.FIVE.2")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert problems and "direct manager's confirmation" in problems[-1]
    element = next(e for e in panel.detail.elements if e.id == "P3.FIVE.2")  # type: ignore[union-attr]
    assert element.status == "unknown"


def test_only_forcing_gets_past_a_criterion_the_data_answers(
    qtbot: Any, page: BoardPage, data: dict[str, int]
) -> None:
    from model.rules.chain import ChainFacts, computed_criteria

    card = page.store.cards[data["Go back"]]
    coach = computed_criteria(ChainFacts())["P4.EXIT.3"]
    gate = Gate(
        "P4",
        "P5",
        unmet_criteria=(("P4", "P4.EXIT.1"), ("P4", "P4.EXIT.3")),
        findings={"P4.EXIT.3": coach},
    )
    dialog = GateDialog(card, gate)
    qtbot.addWidget(dialog)
    assert set(dialog.boxes) == {"P4.EXIT.1"}
    dialog.boxes["P4.EXIT.1"].setChecked(True)
    assert not dialog.move_button.isEnabled() and not dialog.force_button.isEnabled()
    dialog.reason.setText("Coach known, not yet recorded")
    assert dialog.force_button.isEnabled()
    qtbot.mouseClick(dialog.force_button, Qt.MouseButton.LeftButton)
    assert dialog.decision() == GateDecision(
        tick=("P4.EXIT.1",), force=True, reason="Coach known, not yet recorded"
    )


# -- protection and the method's rules on the card and the panel -------------------------------


def test_dragging_back_before_p3_ends_protection_and_undo_restores_it(
    page: BoardPage, ctx: WorkspaceContext, data: dict[str, int]
) -> None:
    from model.services.deals import update_deal

    deal = data["Go back"]
    ctx.write(update_deal, deal, {"protection_expires": date(2031, 1, 31)})
    page.reason_asker = lambda *_: "No budget after all"
    assert drag(page, "P4", [deal], "P2")
    assert ctx.read(lambda s: s.get(Deal, deal).protection_expires) is None
    ctx.undo_stack.undo()
    restored = ctx.read(lambda s: s.get(Deal, deal))
    assert (restored.stage, restored.protection_expires) == ("P4", date(2031, 1, 31))
    ctx.undo_stack.redo()
    assert ctx.read(lambda s: s.get(Deal, deal).protection_expires) is None


def test_a_missing_senior_visit_is_a_rule_on_the_card_and_in_the_panel(
    page: BoardPage, data: dict[str, int]
) -> None:
    from PySide6.QtWidgets import QLabel

    view = page.store.view(data["Closing"])
    tip = page.delegate.badge_tooltip(view, "risks")
    assert tip.index("Not yours yet:") < tip.index(METHOD.text("RISK.NOT_YET.5", "en"))
    assert tip.index("Method rules not met:") < tip.index(METHOD.text("P5.RULE.1", "en"))
    page.show()
    page.open_deal(data["Closing"])
    from desktop.labels import join_list

    texts = [label.text() for label in page.panel.findChildren(QLabel)]
    assert "Method rules not met" in texts
    roles = join_list(["KI", "KU", "KDM"])  # nobody is on this deal at all
    assert any(f"No senior visit for this deal yet to: {roles}." in t for t in texts), texts


# -- long titles and lane names --------------------------------------------------------------


LONG = "Regulatory reporting platform for the provincial branches"


def _long_names(ctx: WorkspaceContext, data: dict[str, int]) -> tuple[int, int]:
    """Two deals and two owners whose names share a beginning far wider than a card."""
    with ctx.workspace.begin() as session:
        north = create_member(session, {"name": "Alexandra Konstantinidou-Whitfield (North)"})
        south = create_member(session, {"name": "Alexandra Konstantinidou-Whitfield (South)"})
        a = create_deal(
            session,
            {"name": f"{LONG} – phase 1", "account_id": data["acme"], "stage": "P1",
             "amount": 1.0, "owner_id": north.created_id("member")},
        ).created_id("deal")  # fmt: skip
        b = create_deal(
            session,
            {"name": f"{LONG} – phase 2", "account_id": data["acme"], "stage": "P2",
             "amount": 2.0, "owner_id": south.created_id("member")},
        ).created_id("deal")  # fmt: skip
    return a, b


def _option(view: Any, row: int) -> Any:
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = view.visualRect(view.model().index(row, 0))
    return option


def test_titles_sharing_a_long_beginning_read_differently(
    qtbot: Any, page: BoardPage, ctx: WorkspaceContext, data: dict[str, int]
) -> None:
    from desktop.board.column_model import VIEW_ROLE

    a, b = _long_names(ctx, data)
    page.reload()
    page.show()
    qtbot.waitExposed(page)
    shown = []
    for deal, key in ((a, "P1"), (b, "P2")):
        view, model = page.columns[key].view, page.models[key]
        row = model.row_of(deal)
        assert row is not None
        option = _option(view, row)
        plan = page.delegate.card_plan(model.index(row).data(VIEW_ROLE), option)
        assert plan.name2, "a long title takes a second line"
        fm = page.delegate.fonts(option.font).fm_title
        assert fm.horizontalAdvance(plan.name2) <= plan.name2_rect.width()
        shown.append((plan.name, plan.name2))
        tip = model.data(model.index(row), Qt.ItemDataRole.ToolTipRole)
        assert f"{LONG} – phase {1 if deal == a else 2}" in tip  # the full title
    assert shown[0] != shown[1]
    assert shown[0][1].endswith("1") and shown[1][1].endswith("2")  # elided in the middle


def test_lane_titles_line_up_and_stay_distinct(
    qtbot: Any, page: BoardPage, ctx: WorkspaceContext, data: dict[str, int]
) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    _long_names(ctx, data)
    page.reload()
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    bar = page.filter_bar
    bar.lanes.setCurrentIndex(bar.lanes.findData("owner"))
    # The same lane starts at the same height in every stage column.
    tops: dict[str, set[int]] = {}
    for key in ("P1", "P2", "P3", "P4", "P5", "P6", "P7"):
        view, model = page.columns[key].view, page.models[key]
        for row, entry in enumerate(model.entries()):
            if isinstance(entry, LaneHeader):
                y = view.viewport().mapTo(page, view.visualRect(model.index(row)).topLeft()).y()
                tops.setdefault(entry.label, set()).add(y)
    assert len(tops) == 4 and all(len(ys) == 1 for ys in tops.values()), tops
    # Two owners whose names differ only at the end get different lane titles.
    view, model = page.columns["P1"].view, page.models["P1"]
    titles = {}
    for row, entry in enumerate(model.entries()):
        if isinstance(entry, LaneHeader) and entry.label.startswith("Alexandra"):
            option = _option(view, row)
            width = page.delegate.lane_inner_width(option.rect)
            f = page.delegate.fonts(option.font)
            first, second, _figures = page.delegate.lane_texts(entry, width, f)
            assert f.fm_title.horizontalAdvance(second) <= width
            titles[entry.label] = (first, second)
            # The tooltip over the lane's title has the full name.
            pos = view.visualRect(model.index(row)).center()
            event = QHelpEvent(QEvent.Type.ToolTip, pos, view.viewport().mapToGlobal(pos))
            QToolTip.hideText()
            QApplication.sendEvent(view.viewport(), event)
            assert entry.label in QToolTip.text()
    assert len(titles) == 2 and len(set(titles.values())) == 2, titles
    # The columns still scroll as one grid.
    page.resize(900, 400)
    other = page.columns["P4"].view
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    assert other.verticalScrollBar().value() == view.verticalScrollBar().value() > 0


def test_chinese_amounts_use_wan_and_yi_on_cards_headers_and_lanes(
    qtbot: Any, ctx: WorkspaceContext, data: dict[str, int]
) -> None:
    from desktop.i18n import install_language

    install_language("zh")
    try:
        board = BoardPage(ctx)
        qtbot.addWidget(board)
        assert board.store.view(data["Gate met"]).amount.endswith("100万")
        header = board.columns["P2"].header
        assert "万" in header.toolTip()
        board.filter_bar.lanes.setCurrentIndex(board.filter_bar.lanes.findData("owner"))
        entries = board.models["P2"].entries()
        lane = next(e for e in entries if isinstance(e, LaneHeader) and e.count)
        assert "万" in board.delegate.lane_figures(lane)
        assert "万" in board.totals.text()
    finally:
        install_language("en")


def test_undo_texts_say_what_a_move_did(
    page: BoardPage, ctx: WorkspaceContext, data: dict[str, int]
) -> None:
    """The undo history and the status bar's confirmation read these texts."""
    stack = ctx.undo_stack
    page.gate_decider = lambda *_: GateDecision(force=True, reason="Customer asked")
    assert drag(page, "P3", [data["Force me"]], "P4")
    assert stack.text(stack.index() - 1) == "Move “Force me” to P4 · Approval past its unmet gate"
    page.reason_asker = lambda *_: "Budget frozen"
    assert drag(page, "P4", [data["Go back"]], "P3")
    assert stack.text(stack.index() - 1).startswith("Move “Go back” back to P3")
    page.gate_decider = _fail_gate
    assert drag(page, "P2", [data["Gate met"]], "P3")
    assert stack.text(stack.index() - 1).startswith("Move “Gate met” to P3")
