"""The mouse wheel scrolls forms and changes a value only in the box being edited.

Real wheel events are sent to real editors (the person editor, the deal panel)
inside their real scroll areas: an unfocused box keeps its value, nothing is
written or put on the undo stack, and the form scrolls instead; once the box
has the focus, the wheel changes it as before.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from helpers import show_board
from PySide6.QtCore import QDate, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QScrollArea,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop import wheel_guard
from desktop.context import WorkspaceContext
from desktop.editors.person_editor import PersonEditor
from desktop.widgets import GuardedComboBox
from model.queries_people import person_detail
from model.rows import board_rows
from model.services.accounts import create_account
from model.services.deals import create_deal
from model.services.people import create_person
from model.services.team import create_member


def wheel(widget: QWidget, notches: int = -1) -> None:
    """One turn of the wheel over the middle of ``widget`` (negative: towards the user)."""
    local = QPointF(widget.rect().center())
    event = QWheelEvent(
        local,
        QPointF(widget.mapToGlobal(local.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def focus(qtbot: QtBot, widget: QWidget) -> None:
    widget.window().activateWindow()
    widget.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def scroller_of(widget: QWidget) -> QAbstractScrollArea:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    assert parent is not None, "the box is not inside a scroll area"
    return parent


def test_the_application_installs_the_guard(qapp: QApplication) -> None:
    from desktop.app import qt_app

    assert qt_app() is qapp
    assert wheel_guard.installed()
    assert wheel_guard.install() is wheel_guard.install()  # once, however often asked


# -- the person editor ---------------------------------------------------------------------


@pytest.fixture
def person(ctx: WorkspaceContext) -> int:
    account = ctx.write(create_account, {"name": "Northwind Grid"}).created_id("account")
    return ctx.write(
        create_person,
        account,
        {"name": "Margaret Chen", "role": "KDM", "support": 1, "seniority": "middle"},
    ).created_id("person")


@pytest.fixture
def editor(qtbot: QtBot, ctx: WorkspaceContext, person: int) -> Iterator[PersonEditor]:
    widget = PersonEditor(ctx)
    qtbot.addWidget(widget)
    widget.resize(420, 320)  # short: the form scrolls
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_person(person)
    yield widget


@pytest.mark.parametrize("field", ["seniority", "support"])
def test_wheel_over_an_unfocused_person_box_scrolls_the_form(
    editor: PersonEditor, ctx: WorkspaceContext, person: int, field: str
) -> None:
    combo = editor.widgets[field]
    assert isinstance(combo, QComboBox) and not combo.hasFocus()
    area = scroller_of(combo)
    assert area is editor.scroller
    bar = area.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    before = combo.currentIndex()
    stored = getattr(ctx.read(person_detail, person), field)
    steps = ctx.undo_stack.count()

    wheel(combo, -1)
    wheel(combo, -1)

    assert combo.currentIndex() == before
    assert getattr(ctx.read(person_detail, person), field) == stored
    assert ctx.undo_stack.count() == steps
    assert bar.value() > 0, "the form did not scroll"


def test_wheel_over_the_focused_person_box_changes_it(
    qtbot: QtBot, editor: PersonEditor, ctx: WorkspaceContext, person: int
) -> None:
    combo = editor.widgets["support"]
    assert isinstance(combo, QComboBox)
    focus(qtbot, combo)
    before = combo.currentIndex()
    steps = ctx.undo_stack.count()
    wheel(combo, 1 if before > 0 else -1)
    assert combo.currentIndex() != before
    assert ctx.undo_stack.count() == steps + 1  # the user's choice is saved
    detail = ctx.read(person_detail, person)
    assert detail is not None and detail.support == combo.currentData()


def test_the_wheel_gives_no_focus_to_a_box(editor: PersonEditor) -> None:
    """Qt would focus a WheelFocus box before the guard sees the wheel."""
    for widget in editor.findChildren(QWidget):
        if isinstance(widget, wheel_guard.GUARDED):
            assert widget.focusPolicy() != Qt.FocusPolicy.WheelFocus, widget


# -- the deal panel ---------------------------------------------------------------------------


@pytest.fixture
def deal(ctx: WorkspaceContext) -> int:
    with ctx.workspace.begin() as session:
        create_member(session, {"name": "Mia Me", "role": "rep"})
        boss = create_member(session, {"name": "Bo Boss", "role": "manager"})
        account = create_account(session, {"name": "Acme Steel"}).created_id("account")
        return create_deal(
            session,
            {
                "name": "Furnace sensors",
                "account_id": account,
                "stage": "P2",
                "amount": 500,
                "owner_id": boss.created_id("member"),
            },
        ).created_id("deal")


def test_wheel_over_the_unfocused_deal_owner_scrolls_the_panel(
    qtbot: QtBot, ctx: WorkspaceContext, deal: int
) -> None:
    board = show_board(qtbot, ctx, deal, size=(1366, 500))
    owner = board.panel.findChild(GuardedComboBox, "field_owner_id")
    assert owner is not None and not owner.hasFocus()
    bar = scroller_of(owner).verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(0)
    before = owner.currentData()
    steps = ctx.undo_stack.count()

    wheel(owner, -1)

    assert owner.currentData() == before
    (card,) = ctx.read(board_rows, deal_ids=[deal])
    assert card.owner_id == before
    assert ctx.undo_stack.count() == steps
    assert bar.value() > 0, "the panel did not scroll"

    focus(qtbot, owner)
    wheel(owner, -1 if owner.currentIndex() < owner.count() - 1 else 1)
    assert owner.currentData() != before  # focused: the wheel picks as before
    assert ctx.undo_stack.count() == steps + 1


# -- every kind of box ----------------------------------------------------------------------


@pytest.mark.parametrize("kind", [QComboBox, QSpinBox, QDoubleSpinBox, QDateEdit, QSlider])
def test_every_value_box_lets_the_wheel_scroll_until_focused(
    qtbot: QtBot, kind: type[QWidget]
) -> None:
    area = QScrollArea()
    qtbot.addWidget(area)
    body = QWidget()
    column = QVBoxLayout(body)
    box = kind()
    if isinstance(box, QComboBox):
        box.addItems(["one", "two", "three"])
        box.setCurrentIndex(1)
    elif isinstance(box, QDateEdit):
        box.setDate(QDate(2026, 6, 15))
    elif isinstance(box, QSpinBox | QDoubleSpinBox | QSlider):
        box.setRange(0, 10)
        box.setValue(5)
    column.addWidget(box)
    column.addSpacing(2000)
    area.setWidget(body)
    area.resize(300, 200)
    area.show()
    qtbot.waitExposed(area)

    def value() -> object:
        if isinstance(box, QComboBox):
            return box.currentIndex()
        if isinstance(box, QDateEdit):
            return box.date()
        assert isinstance(box, QSpinBox | QDoubleSpinBox | QSlider)
        return box.value()

    before = value()
    wheel(box, -1)
    assert value() == before
    assert area.verticalScrollBar().value() > 0

    focus(qtbot, box)
    if isinstance(box, QDateEdit):
        box.setCurrentSection(QDateEdit.Section.DaySection)
    wheel(box, -1)
    assert value() != before
