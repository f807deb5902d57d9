"""A department's kind, set right under the department in the person editor.

The gates read the KI/KU side from a person's role or their department's kind
(model.rules.chain); these tests choose the kind as a user does (keys on the
focused combo, a click in its list), check the model, the undo stack, the
wheel guard and what the chain then reads.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLabel
from pytestqt.qtbot import QtBot

from desktop import labels
from desktop.context import WorkspaceContext
from desktop.editors.person_editor import NEW_DEPARTMENT
from desktop.pages.people_panel import PeoplePanel
from model.queries_people import department_choices, person_detail
from model.rules.chain import chain_facts
from model.services.accounts import create_account
from model.services.deals import create_deal
from model.services.people import create_department, create_person, get_department

TOOLTIP = (
    "Influencing, technical and user departments count as the KI/KU side for the exit criteria"
)


@dataclass
class Data:
    account: int
    it: int
    clerk: int  # an insider in IT with no role: on a side only through the department
    loner: int  # no department
    deal: int


@pytest.fixture
def data(ctx: WorkspaceContext) -> Data:
    account = ctx.write(create_account, {"name": "Northwind Grid"}).created_id("account")
    it = ctx.write(create_department, account, {"name": "IT"}).created_id("department")
    clerk = ctx.write(
        create_person, account, {"name": "Tom Becker", "department_id": it, "insider": True}
    ).created_id("person")
    loner = ctx.write(create_person, account, {"name": "Lena Fischer"}).created_id("person")
    deal = ctx.write(create_deal, {"account_id": account, "name": "Grid upgrade"}).created_id(
        "deal"
    )
    ctx.undo_stack.clear()
    return Data(account, it, clerk, loner, deal)


@pytest.fixture
def panel(qtbot: QtBot, ctx: WorkspaceContext, data: Data) -> PeoplePanel:
    widget = PeoplePanel(ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 650)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.set_account(data.account)
    widget.select_person(data.clerk)
    return widget


def _kind_combo(panel: PeoplePanel) -> QComboBox:
    combo = panel.editor.findChild(QComboBox, "departmentKind")
    assert combo is not None
    return combo


def _department_combo(panel: PeoplePanel) -> QComboBox:
    combo = panel.editor.widgets["department_id"]
    assert isinstance(combo, QComboBox)
    return combo


def _kind(ctx: WorkspaceContext, department_id: int) -> str:
    row = ctx.read(get_department, department_id)
    assert row is not None
    return row.kind


def _sides(ctx: WorkspaceContext, data: Data) -> frozenset[str]:
    facts = ctx.read(chain_facts, [data.deal], today=date(2030, 1, 1))[data.deal]
    return next(p.sides for p in facts.people if p.id == data.clerk)


def _wheel(widget: QComboBox, steps: int) -> None:
    event = QWheelEvent(
        QPointF(5, 5),
        QPointF(widget.mapToGlobal(QPoint(5, 5))),
        QPoint(0, 0),
        QPoint(0, -120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def _choose(combo: QComboBox, data: Any) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_the_kind_shows_under_the_department_and_says_why_it_matters(
    panel: PeoplePanel, data: Data
) -> None:
    combo = _kind_combo(panel)
    assert combo.isVisible() and combo.isEnabled()
    assert combo.currentData() == "other"
    assert combo.currentText() == labels.department_kind_label("other")
    assert [combo.itemData(i) for i in range(combo.count())] == [
        v for v, _ in labels.options("department_kind")
    ]
    assert combo.toolTip() == TOOLTIP
    department = _department_combo(panel)
    # Right under the department, as wide, so neither name is cut short.
    assert combo.geometry().left() == department.geometry().left()
    assert 0 < combo.geometry().top() - department.geometry().bottom() <= 12
    assert combo.width() == department.width()
    label = next(
        w for w in panel.editor.findChildren(QLabel) if w.buddy() is combo and w.isVisible()
    )
    assert label.text() == "Department kind"

    # Nobody's department, nothing to set.
    panel.select_person(data.loner)
    assert not combo.isEnabled() and not label.isEnabled()
    panel.select_person(data.clerk)
    assert combo.isEnabled() and label.isEnabled() and combo.currentData() == "other"


def test_choosing_the_kind_with_keys_is_one_undo_step_and_the_chain_follows(
    panel: PeoplePanel, ctx: WorkspaceContext, data: Data, qtbot: QtBot
) -> None:
    combo = _kind_combo(panel)
    department = _department_combo(panel)
    department.setFocus(Qt.FocusReason.OtherFocusReason)
    QTest.keyClick(department, Qt.Key.Key_Tab)  # Tab from the department lands on its kind
    qtbot.waitUntil(combo.hasFocus)
    assert _sides(ctx, data) == frozenset()

    QTest.keyClick(combo, Qt.Key.Key_Up)  # "Other" is last; one up is "Using department"
    assert _kind(ctx, data.it) == "user"
    assert combo.currentData() == "user"
    assert _sides(ctx, data) == {"KU"}
    assert ctx.undo_stack.count() == 1
    assert ctx.undo_stack.undoText() == "Department IT: Using department"

    ctx.undo_stack.undo()
    assert _kind(ctx, data.it) == "other"
    assert combo.currentData() == "other"
    assert _sides(ctx, data) == frozenset()
    ctx.undo_stack.redo()
    assert _kind(ctx, data.it) == "user"
    assert combo.currentData() == "user"


def test_choosing_the_kind_in_its_list_with_the_mouse(
    panel: PeoplePanel, ctx: WorkspaceContext, data: Data, qtbot: QtBot
) -> None:
    combo = _kind_combo(panel)
    QTest.mouseClick(combo, Qt.MouseButton.LeftButton)
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    index = combo.model().index(combo.findData("technical"), 0)
    rect = view.visualRect(index)
    # The list ignores a release too soon after it opened (that is the opening click's).
    qtbot.wait(QApplication.doubleClickInterval() + 50)
    QTest.mouseMove(view.viewport(), rect.center())
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center()
    )
    qtbot.waitUntil(lambda: not view.isVisible())
    assert _kind(ctx, data.it) == "technical"
    assert _sides(ctx, data) == {"KI"}
    assert ctx.undo_stack.count() == 1
    ctx.undo_stack.undo()
    assert _kind(ctx, data.it) == "other"
    assert combo.currentData() == "other"


def test_the_wheel_over_the_unfocused_kind_changes_nothing(
    panel: PeoplePanel, ctx: WorkspaceContext, data: Data, qtbot: QtBot
) -> None:
    combo = _kind_combo(panel)
    panel.editor.widgets["name"].setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: not combo.hasFocus())
    _wheel(combo, -1)  # up: "Other" is last, so this would choose "Using department"
    assert combo.currentData() == "other"
    assert _kind(ctx, data.it) == "other"
    assert ctx.undo_stack.count() == 0

    # Once the user put the focus there, the wheel is theirs to use.
    combo.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(combo.hasFocus)
    _wheel(combo, -1)
    assert _kind(ctx, data.it) != "other"
    assert ctx.undo_stack.count() == 1


def test_a_change_made_elsewhere_shows_in_the_combo(
    panel: PeoplePanel, ctx: WorkspaceContext, data: Data
) -> None:
    from model.services.people import update_department

    ctx.write(update_department, data.it, {"kind": "influencer"})
    assert _kind_combo(panel).currentData() == "influencer"


def test_a_new_department_starts_as_other_and_its_kind_is_then_set(
    panel: PeoplePanel, ctx: WorkspaceContext, data: Data, monkeypatch: pytest.MonkeyPatch
) -> None:
    combo = _kind_combo(panel)
    panel.select_person(data.loner)
    assert not combo.isEnabled()
    monkeypatch.setattr(panel.editor, "ask_department_name", lambda: "Plant")
    _choose(_department_combo(panel), NEW_DEPARTMENT)
    plant = dict((n, i) for i, n in ctx.read(department_choices, data.account))["Plant"]
    detail = ctx.read(person_detail, data.loner)
    assert detail is not None and detail.department_id == plant
    assert combo.isEnabled() and combo.currentData() == "other"
    assert _kind(ctx, plant) == "other"

    _choose(combo, "technical")
    assert _kind(ctx, plant) == "technical"
    assert ctx.undo_stack.count() == 2

    ctx.undo_stack.undo()  # the kind
    assert _kind(ctx, plant) == "other" and combo.currentData() == "other"
    ctx.undo_stack.undo()  # the department, one step
    assert ctx.read(get_department, plant) is None
    detail = ctx.read(person_detail, data.loner)
    assert detail is not None and detail.department_id is None
    assert not combo.isEnabled()

    ctx.undo_stack.redo()  # the very same department, the person in it
    ctx.undo_stack.redo()
    assert _kind(ctx, plant) == "technical"
    detail = ctx.read(person_detail, data.loner)
    assert detail is not None and detail.department_id == plant
    assert combo.isEnabled() and combo.currentData() == "technical"


def test_the_new_department_is_one_write(
    panel: PeoplePanel, ctx: WorkspaceContext, data: Data, monkeypatch: pytest.MonkeyPatch
) -> None:
    writes: list[str] = []
    write = ctx.write

    def counting(fn: Any, *args: Any, **kwargs: Any) -> Any:
        writes.append(fn.__name__)
        return write(fn, *args, **kwargs)

    monkeypatch.setattr(ctx, "write", counting)
    monkeypatch.setattr(panel.editor, "ask_department_name", lambda: "Plant")
    _choose(_department_combo(panel), NEW_DEPARTMENT)
    assert writes == ["create_department_for"]
    ctx.undo_stack.undo()
    assert writes[1:] == ["remove_department_for"]
    ctx.undo_stack.redo()
    assert writes[2:] == ["restore_department_for"]
