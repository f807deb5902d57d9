"""What the screenshots of issue 8 showed, held: forms open at the size their texts need.

Qt sizes a window by its size hint, which measures wrapped texts at a narrower
width than the window's minimum; the gate dialog then cut its last criteria
under the reason field (English) or left an empty band (Chinese), and the New
deal form's forced-entry box kept empty lines. A row of long competitor names
widened the deal panel past its view and hid the right edge of every field.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea
from pytestqt.qtbot import QtBot

from desktop.board.dialogs import VerifyDialog
from desktop.board.gate_dialog import GateDialog
from desktop.board.new_deal import NewDealDialog
from desktop.context import WorkspaceContext
from desktop.i18n import install_language
from desktop.pages.board import BoardPage
from model.services.accounts import create_account
from model.services.competitors import create_competitor
from model.services.deals import create_deal, set_competitors
from model.services.team import create_member

LONG_NAMES = (
    "Northwind Systems International",
    "Crestline Data Holdings Group",
    "Apex Digital Technologies",
)


@pytest.fixture
def data(ctx: WorkspaceContext) -> dict[str, int]:
    with ctx.workspace.begin() as session:
        ids = {
            "me": create_member(session, {"name": "Mia Me", "role": "rep"}).created_id("member"),
            "acme": create_account(session, {"name": "Acme Steel"}).created_id("account"),
        }
        ids["deal"] = create_deal(
            session, {"name": "Plant 2 MES upgrade", "account_id": ids["acme"], "stage": "P2"}
        ).created_id("deal")
        rivals = [
            create_competitor(session, {"name": name}).created_id("competitor")
            for name in LONG_NAMES
        ]
        set_competitors(session, ids["deal"], rivals)
    ctx.me = ids["me"]
    return ids


@pytest.fixture
def page(qtbot: QtBot, ctx: WorkspaceContext, data: dict[str, int]) -> Iterator[BoardPage]:
    board = BoardPage(ctx)
    qtbot.addWidget(board)
    board.resize(1366, 700)
    board.show()
    yield board


@pytest.fixture
def chinese(ctx: WorkspaceContext) -> Iterator[None]:
    """The Chinese interface for one test (after ``ctx`` has installed English)."""
    install_language("zh")
    yield
    install_language("en")


def gate_shown(page: BoardPage, deal: int, target: str) -> GateDialog:
    """The gate dialog as the board's real move opens it, shown (not waited on)."""
    opened: list[GateDialog] = []

    def decide(parent: Any, card: Any, gate: Any) -> None:
        dialog = GateDialog(card, gate, parent)
        dialog.show()
        QApplication.processEvents()
        opened.append(dialog)
        return None  # cancel: nothing moves

    page.gate_decider = decide
    page.moves.drop([deal], "P2", target)
    assert len(opened) == 1
    return opened[0]


def assert_fits(dialog: GateDialog) -> None:
    scroll = dialog.findChild(QScrollArea)
    assert scroll is not None
    body = scroll.widget()
    view = scroll.viewport()
    # Nothing lies under the reason field: the criteria end above it.
    assert scroll.geometry().bottom() < dialog.reason.geometry().top()
    needed = body.heightForWidth(view.width())
    if needed <= 460:  # what fits is shown whole, without a scroll or an empty band
        assert scroll.verticalScrollBar().maximum() == 0
        assert view.height() - needed < 24, (view.height(), needed)
    else:
        assert view.height() >= 400


@pytest.mark.parametrize("target", ["P3", "P6"])
def test_the_gate_dialog_opens_as_tall_as_its_criteria_need(
    page: BoardPage, data: dict[str, int], target: str
) -> None:
    dialog = gate_shown(page, data["deal"], target)
    try:
        assert_fits(dialog)
    finally:
        dialog.close()


def test_the_gate_dialog_fits_in_chinese_too(
    chinese: None, page: BoardPage, data: dict[str, int]
) -> None:
    dialog = gate_shown(page, data["deal"], "P3")
    try:
        assert dialog.windowTitle() != "Stage gate"  # the Chinese interface is in use
        assert_fits(dialog)
    finally:
        dialog.close()


def test_the_forced_entry_box_of_a_new_deal_has_no_empty_lines_in_chinese(
    chinese: None, qtbot: QtBot, page: BoardPage
) -> None:
    seen: list[dict[str, int]] = []

    def run(dialog: NewDealDialog) -> int:
        dialog.show()
        QApplication.processEvents()
        assert dialog.gate_box.isVisible()
        label = dialog.gate_text
        seen.append(
            {
                "height": dialog.height(),
                "needed": dialog.heightForWidth(dialog.width()),
                "label": label.height(),
                "label needed": label.heightForWidth(label.width()),
            }
        )
        return 0  # cancelled

    page.new_deal_runner = run
    button = page.columns["P4"].header.add_button  # the P4 column's "+"
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(seen) == 1
    sizes = seen[0]
    assert sizes["height"] - sizes["needed"] <= 2, sizes
    assert sizes["label"] - sizes["label needed"] <= 2, sizes


def test_long_competitor_names_wrap_inside_the_deal_panel(
    page: BoardPage, data: dict[str, int]
) -> None:
    page.open_deal(data["deal"])
    page.splitter.setSizes([2000, page.panel.minimumWidth()])
    QApplication.processEvents()
    body = page.panel.scroller.widget()
    view = page.panel.scroller.viewport()
    shown = [label.text() for label in body.findChildren(QLabel)]
    assert any(all(name in text for name in LONG_NAMES) for text in shown)
    assert body.minimumSizeHint().width() <= view.width()
    assert body.width() <= view.width()


def test_the_verify_dialog_shows_the_start_of_long_evidence(qtbot: QtBot) -> None:
    evidence = "Steven Fang confirmed the Tendering & Procurement Center leads the purchase"
    dialog = VerifyDialog(
        "P3.FIVE.1", [(1, "Tom Sun")], 1, {"status": "verified", "by": 1, "evidence": evidence}
    )
    qtbot.addWidget(dialog)
    assert dialog.evidence.text() == evidence
    assert dialog.evidence.cursorPosition() == 0
