"""The deal panel's fields and its ⋯ menu: edit, delete with confirmation,
close as lost or shelved with a reason from the workspace's list, reopen —
each one undo step — and the same close dialog behind a drop."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from helpers import show_board
from PySide6.QtCore import QModelIndex, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.board.dialogs import CloseDecision, CloseDialog
from desktop.context import WorkspaceContext
from desktop.pages.board import BoardPage
from desktop.widgets import GuardedComboBox
from model.entities import Deal, ExitCheck, FiveElementCheck, Instalment, StageChange
from model.methodology import load_methodology
from model.rows import DealCard
from model.services.accounts import create_account
from model.services.deals import add_instalment, create_deal, set_exit_check, verify_element
from model.services.team import create_competitor, create_member
from model.settings import CLOSE_REASON_KEYS, set_setting

METHOD = load_methodology()
Choice = tuple[int, str]


@pytest.fixture
def data(ctx: WorkspaceContext) -> dict[str, int]:
    with ctx.workspace.begin() as session:
        ids = {
            "me": create_member(session, {"name": "Mia Me", "role": "rep"}).created_id("member"),
            "boss": create_member(session, {"name": "Bo Boss", "role": "manager"}).created_id(
                "member"
            ),
            "rival": create_competitor(session, {"name": "Rival Corp"}).created_id("competitor"),
            "acme": create_account(session, {"name": "Acme Steel"}).created_id("account"),
        }
        deal = create_deal(
            session,
            {"name": "Furnace sensors", "account_id": ids["acme"], "stage": "P2", "amount": 500},
        ).created_id("deal")
        for element in METHOD.five_elements[:2]:
            verify_element(session, deal, element.id, by=ids["me"], method="visit")
        set_exit_check(session, deal, METHOD.exit_criteria("P2")[0].id, True, by=ids["me"])
        add_instalment(session, deal, amount=100)
        ids["deal"] = deal
    ctx.me = ids["me"]
    return ids


@pytest.fixture
def page(qtbot: QtBot, ctx: WorkspaceContext, data: dict[str, int]) -> Iterator[BoardPage]:
    board = show_board(qtbot, ctx, data["deal"], size=(1360, 760))
    board.confirm = lambda *_: pytest.fail("no confirmation expected")
    board.close_decider = lambda *_: pytest.fail("no close dialog expected")
    board.reason_asker = lambda *_: pytest.fail("no reason expected")
    yield board


def deal_row(ctx: WorkspaceContext, deal_id: int) -> Deal | None:
    return ctx.read(lambda s: s.get(Deal, deal_id))


def count(ctx: WorkspaceContext, entity: Any, deal_id: int) -> int:
    return int(
        ctx.read(
            lambda s: s.execute(
                select(func.count()).select_from(entity).where(entity.deal_id == deal_id)
            ).scalar_one()
        )
    )


def close_with(
    qtbot: QtBot, reason: str, note: str = "", competitor: int | None = None
) -> tuple[Any, list[CloseDialog]]:
    """A close decider that fills the real close dialog and clicks its OK button."""
    seen: list[CloseDialog] = []

    def decide(
        parent: Any, cards: list[DealCard], status: str, rivals: list[Choice], reasons: list[str]
    ) -> CloseDecision | None:
        dialog = CloseDialog(cards, status, reasons, rivals if status == "lost" else None, parent)
        qtbot.addWidget(dialog)
        seen.append(dialog)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled()  # nothing chosen yet
        dialog.close_reason.setCurrentIndex(dialog.close_reason.findData(reason))
        assert ok.isEnabled()
        qtbot.keyClicks(dialog.note, note)
        if dialog.competitor is not None and competitor is not None:
            dialog.competitor.setCurrentIndex(dialog.competitor.findData(competitor))
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        return dialog.decision() if dialog.result() else None

    return decide, seen


# -- fields -----------------------------------------------------------------------------------


def test_panel_fields_write_to_the_model_and_undo(
    page: BoardPage, qtbot: QtBot, ctx: WorkspaceContext, data: dict[str, int]
) -> None:
    panel = page.panel
    owner = panel.findChild(GuardedComboBox, "field_owner_id")
    assert owner is not None and owner.currentData() is None
    owner.setCurrentIndex(owner.findData(data["boss"]))
    owner.activated.emit(owner.currentIndex())
    deal = deal_row(ctx, data["deal"])
    assert deal is not None and deal.owner_id == data["boss"]
    currency = panel.findChild(QLineEdit, "field_currency")
    assert currency is not None and currency.text() == "CNY"
    currency.setText("usd")
    currency.editingFinished.emit()
    deal = deal_row(ctx, data["deal"])
    assert deal is not None and deal.currency == "USD"
    # Model -> widget: the panel was rebuilt with the stored values.
    currency = panel.findChild(QLineEdit, "field_currency")
    assert currency is not None and currency.text() == "USD"
    assert "Bo Boss" in panel.subtitle.text()
    assert ctx.undo_stack.undoText() == "Edit Currency of “Furnace sensors”"
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    deal = deal_row(ctx, data["deal"])
    assert deal is not None and (deal.currency, deal.owner_id) == ("CNY", None)


def test_wheel_over_an_unfocused_panel_box_changes_nothing(
    page: BoardPage, qtbot: QtBot, ctx: WorkspaceContext, data: dict[str, int]
) -> None:
    owner = page.panel.findChild(GuardedComboBox, "field_owner_id")
    assert owner is not None and not owner.hasFocus()
    before = owner.currentIndex()
    wheel = QWheelEvent(
        QPointF(5, 5),
        QPointF(owner.mapToGlobal(QPoint(5, 5))),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(owner, wheel)
    assert owner.currentIndex() == before
    deal = deal_row(ctx, data["deal"])
    assert deal is not None and deal.owner_id is None
    assert owner.focusPolicy() == Qt.FocusPolicy.StrongFocus


# -- delete ---------------------------------------------------------------------------------


def test_delete_asks_naming_what_goes_and_undo_brings_back_the_evidence(
    page: BoardPage, ctx: WorkspaceContext, data: dict[str, int]
) -> None:
    deal = data["deal"]
    asked: list[tuple[str, str]] = []

    def cancel(_parent: object, title: str, text: str) -> bool:
        asked.append((title, text))
        return False

    page.confirm = cancel
    page.panel.menu.act_delete.trigger()
    assert deal_row(ctx, deal) is not None  # cancelled: nothing happened
    assert asked[0][0] == "Delete deal"
    text = asked[0][1]
    assert "“Furnace sensors” (Acme Steel)" in text
    assert "stage history" in text and "evidence for 2 of the five elements" in text
    assert "payment plan" in text and "roles" not in text  # nobody has a role in it

    page.confirm = lambda *_: True
    page.panel.menu.act_delete.trigger()
    assert deal_row(ctx, deal) is None
    assert page.models["P2"].deal_ids() == []
    assert not page.panel.isVisible()
    assert ctx.undo_stack.count() == 1
    ctx.undo_stack.undo()
    assert deal_row(ctx, deal) is not None
    assert page.models["P2"].deal_ids() == [deal]
    assert count(ctx, FiveElementCheck, deal) == 2
    assert count(ctx, ExitCheck, deal) == 1
    assert count(ctx, Instalment, deal) == 1
    assert count(ctx, StageChange, deal) == 1
    ctx.undo_stack.redo()
    assert deal_row(ctx, deal) is None


# -- close, reopen ------------------------------------------------------------------------------


def test_close_as_lost_from_the_menu_with_reason_note_and_competitor(
    page: BoardPage, qtbot: QtBot, ctx: WorkspaceContext, data: dict[str, int]
) -> None:
    deal = data["deal"]
    menu = page.panel.menu
    assert menu.act_lost.isEnabled() and not menu.act_reopen.isEnabled()
    page.close_decider, seen = close_with(qtbot, "price", "Undercut by 20%", data["rival"])
    menu.act_lost.trigger()
    dialog = seen[0]
    # The workspace's list, built-in reasons in words, and the competitors.
    labels = [dialog.close_reason.itemText(n) for n in range(dialog.close_reason.count())]
    assert labels[:3] == ["Price", "Relationship", "Product fit"]
    assert len(labels) == len(CLOSE_REASON_KEYS)
    assert dialog.competitor is not None and dialog.competitor.findData(data["rival"]) > 0
    row = deal_row(ctx, deal)
    assert row is not None
    assert (row.status, row.close_reason, row.status_reason, row.lost_to_id) == (
        "lost",
        "price",
        "Undercut by 20%",
        data["rival"],
    )
    assert page.models["lost"].deal_ids() == [deal]
    # Model -> widget: the panel says why, and offers reopening only.
    panel_text = " ".join(w.text() for w in page.panel.findChildren(type(page.panel.title)))
    assert "Reason: Price" in panel_text and "Lost to Rival Corp" in panel_text
    assert menu.act_reopen.isEnabled() and not menu.act_lost.isEnabled()
    ctx.undo_stack.undo()
    row = deal_row(ctx, deal)
    assert row is not None and (row.status, row.stage, row.lost_to_id) == ("open", "P2", None)
    assert page.models["P2"].deal_ids() == [deal]
    ctx.undo_stack.redo()
    row = deal_row(ctx, deal)
    assert row is not None and (row.status, row.close_reason) == ("lost", "price")


def test_shelve_asks_no_competitor_and_reopen_asks_why(
    page: BoardPage, qtbot: QtBot, ctx: WorkspaceContext, data: dict[str, int]
) -> None:
    deal = data["deal"]
    page.close_decider, seen = close_with(qtbot, "budget", "Next year")
    page.panel.menu.act_shelve.trigger()
    assert seen[0].competitor is None
    row = deal_row(ctx, deal)
    assert row is not None and (row.status, row.close_reason) == ("shelved", "budget")
    asked: list[str] = []

    def why(_parent: object, title: str, _prompt: str) -> str:
        asked.append(title)
        return "Budget came through"

    page.reason_asker = why
    page.panel.menu.act_reopen.trigger()
    assert asked == ["Reopen"]
    row = deal_row(ctx, deal)
    assert row is not None and (row.status, row.stage, row.close_reason) == ("open", "P2", "")
    assert page.panel.menu.act_shelve.isEnabled()


def test_a_teams_own_close_reason_is_offered_as_typed(
    page: BoardPage, qtbot: QtBot, ctx: WorkspaceContext, data: dict[str, int]
) -> None:
    ctx.write(set_setting, "close_reasons", ["price", "Customer merged"])
    page.close_decider, seen = close_with(qtbot, "Customer merged")
    page.panel.menu.act_shelve.trigger()
    combo = seen[0].close_reason
    assert [combo.itemText(n) for n in range(combo.count())] == ["Price", "Customer merged"]
    row = deal_row(ctx, data["deal"])
    assert row is not None and row.close_reason == "Customer merged"


def test_a_drop_on_lost_uses_the_same_dialog(
    page: BoardPage, qtbot: QtBot, ctx: WorkspaceContext, data: dict[str, int]
) -> None:
    deal = data["deal"]
    page.close_decider, seen = close_with(qtbot, "competitor", "", data["rival"])
    source = page.models["P2"]
    mime = source.mimeData([source.index(source.row_of(deal) or 0)])
    assert page.models["lost"].dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, QModelIndex())
    assert len(seen) == 1
    row = deal_row(ctx, deal)
    assert row is not None and (row.status, row.close_reason, row.lost_to_id) == (
        "lost",
        "competitor",
        data["rival"],
    )


def test_won_from_the_menu_before_p7_is_explained(
    page: BoardPage, ctx: WorkspaceContext, data: dict[str, int]
) -> None:
    told: list[tuple[str, str]] = []
    page.moves.inform = lambda title, text: told.append((title, text))
    page.panel.menu.act_won.trigger()
    assert told and "P7" in told[0][1]
    row = deal_row(ctx, data["deal"])
    assert row is not None and row.status == "open"


def test_new_deal_from_the_menu_preselects_the_deals_account(
    page: BoardPage, qtbot: QtBot, ctx: WorkspaceContext, data: dict[str, int]
) -> None:
    seen: list[Any] = []

    def cancel(dialog: Any) -> int:
        seen.append((dialog.account.account_id(), dialog.stage.currentData()))
        return 0

    page.new_deal_runner = cancel
    page.panel.menu.act_new.trigger()
    assert seen == [(data["acme"], "P2")]


def test_the_menu_button_opens_the_menu(
    page: BoardPage, qtbot: QtBot, data: dict[str, int]
) -> None:
    from PySide6.QtWidgets import QToolButton

    button = page.panel.findChild(QToolButton, "dealMenuButton")
    assert button is not None and button.menu() is page.panel.menu
    names = [a.objectName() for a in page.panel.menu.actions() if not a.isSeparator()]
    assert names == [
        "deal_menu_new",
        "deal_menu_won",
        "deal_menu_lost",
        "deal_menu_shelve",
        "deal_menu_reopen",
        "deal_menu_protection",  # desktop/protection: an expired deal's decision
        "deal_menu_claim",
        "deal_menu_delete",
        "deal_menu_log_activity",  # the activity log's entry (desktop/activities/editor.py)
    ]
    shown: list[bool] = []

    def look_and_close() -> None:
        shown.append(page.panel.menu.isVisible())
        page.panel.menu.hide()

    page.panel.menu.aboutToShow.connect(lambda: QTimer.singleShot(0, look_and_close))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert shown == [True]
