"""People of an account: the table model, the panel and the person editor.

Data is built through the services in a fixture, so these tests do not
depend on the sample workspace.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.context import WorkspaceContext
from desktop.editors.person_editor import NEW_DEPARTMENT, LeftOnEdit
from desktop.models.people_model import BADGE_ROLE, ID_ROLE, Column, PeopleModel
from desktop.pages.people_panel import PeoplePanel
from desktop.widgets import TextBox
from model.audit import REDACTED
from model.entities import PRIVATE_FIELDS, AuditEntry, Person
from model.queries_people import competitor_choices, department_choices
from model.rows import person_rows
from model.services.accounts import create_account
from model.services.people import (
    create_department,
    create_person,
    get_private,
    update_person,
    update_private,
)
from model.services.team import create_competitor

SECRET = "Secret-Hobby-Sailing"
SECRET_FAMILY = "Secret-Family-Twins"


@dataclass
class People:
    account: int
    empty_account: int
    it: int
    rival: int
    boss: int  # KDM, everyone in IT reports up to her
    cio: int
    engineer: int
    buyer: int


def _person(ctx: WorkspaceContext, account: int, name: str, **values: Any) -> int:
    return ctx.write(create_person, account, {"name": name, **values}).created_id("person")


@pytest.fixture
def people(ctx: WorkspaceContext) -> People:
    account = ctx.write(create_account, {"name": "Northwind Grid"}).created_id("account")
    empty = ctx.write(create_account, {"name": "Empty Co"}).created_id("account")
    it = ctx.write(create_department, account, {"name": "IT"}).created_id("department")
    rival = ctx.write(create_competitor, {"name": "Globex"}).created_id("competitor")
    boss = _person(ctx, account, "Margaret Chen", title="CEO", role="KDM", support=1)
    cio = _person(
        ctx,
        account,
        "David Okafor",
        title="CIO",
        department_id=it,
        manager_id=boss,
        role="KI",
        support=2,
        coach=True,
    )
    engineer = _person(
        ctx, account, "Tom Becker", title="Engineer", manager_id=cio, insider=True, role="KU"
    )
    buyer = _person(
        ctx, account, "Lena Fischer", title="Buyer", support=-2, backs_competitor_id=rival
    )
    for i in range(8):  # enough rows to make the table realistic
        _person(ctx, account, f"Staff {i}", manager_id=cio if i % 2 else None)
    ctx.write(update_private, cio, {"tenure_hobbies": SECRET, "family": SECRET_FAMILY})
    ctx.undo_stack.clear()
    return People(account, empty, it, rival, boss, cio, engineer, buyer)


@pytest.fixture
def panel(qtbot: QtBot, ctx: WorkspaceContext, people: People) -> PeoplePanel:
    widget = PeoplePanel(ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 650)
    widget.show()
    widget.set_account(people.account)
    return widget


def _db_person(ctx: WorkspaceContext, person_id: int) -> Person | None:
    def read(session: Any) -> Person | None:
        person = session.get(Person, person_id)
        if person is not None:
            session.expunge(person)
        return person  # type: ignore[no-any-return]

    return ctx.read(read)


def _line(panel: PeoplePanel, name: str) -> QLineEdit:
    widget = panel.editor.widgets[name]
    assert isinstance(widget, QLineEdit)
    return widget


def _combo(panel: PeoplePanel, name: str) -> QComboBox:
    widget = panel.editor.widgets[name]
    assert isinstance(widget, QComboBox)
    return widget


def _offered(panel: PeoplePanel) -> set[Any]:
    """The reports-to choices a user can pick once they open the box (greyed ones
    cannot be picked)."""
    combo = _combo(panel, "manager_id")
    combo.showPopup()
    combo.hidePopup()
    model = combo.model()
    assert isinstance(model, QStandardItemModel)
    return {
        combo.itemData(i)
        for i in range(combo.count())
        if model.item(i) is not None and model.item(i).isEnabled()
    }


def _choose(combo: QComboBox, data: Any) -> None:
    """What a user's pick in the combo does: open it, set the item, then activated."""
    combo.showPopup()
    combo.hidePopup()
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def _edit_line(edit: QLineEdit, text: str) -> None:
    edit.setText(text)
    edit.editingFinished.emit()


def _model_texts(model: PeopleModel) -> list[str]:
    """Everything any role of any cell or header says, as text."""
    roles = [int(r) for r in Qt.ItemDataRole if int(r) < int(Qt.ItemDataRole.UserRole)]
    roles += [int(Qt.ItemDataRole.UserRole) + i for i in range(16)]
    found = []
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            found += [str(index.data(role)) for role in roles]
    for column in range(model.columnCount()):
        for role in roles:
            found.append(str(model.headerData(column, Qt.Orientation.Horizontal, role)))
    return found


# -- the table model ------------------------------------------------------------


def test_model_passes_qtmodeltester(
    qtmodeltester: Any, ctx: WorkspaceContext, people: People
) -> None:
    model = PeopleModel()
    competitors = dict(ctx.read(competitor_choices))
    model.set_rows(ctx.read(person_rows, people.account), competitors)
    qtmodeltester.check(model)
    model.set_rows([], {})
    qtmodeltester.check(model)
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.data(QModelIndex()) is None


def test_model_shows_roles_support_and_competitor(ctx: WorkspaceContext, people: People) -> None:
    model = PeopleModel()
    model.set_rows(ctx.read(person_rows, people.account), dict(ctx.read(competitor_choices)))
    buyer = model.row_of(people.buyer)
    cio = model.row_of(people.cio)
    assert buyer is not None and cio is not None
    assert model.index(buyer, Column.SUPPORT).data() == "Strong opponent"
    assert model.index(buyer, Column.COMPETITOR).data() == "Globex"
    assert model.index(buyer, Column.SUPPORT).data(BADGE_ROLE) is not None
    assert model.index(cio, Column.ROLE).data() == "KI"
    assert "Key influencer" in model.index(cio, Column.ROLE).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(cio, Column.MARKS).data() == "Coach"
    assert model.index(cio, Column.MANAGER).data() == "Margaret Chen"
    assert model.index(cio, Column.DEPARTMENT).data() == "IT"
    assert model.index(cio, 0).data(ID_ROLE) == people.cio


# -- empty states and model → widget ------------------------------------------------


def test_empty_states(qtbot: QtBot, ctx: WorkspaceContext, people: People) -> None:
    panel = PeoplePanel(ctx)
    qtbot.addWidget(panel)
    assert panel.stack.currentWidget() is panel.no_account
    assert not panel.act_add.isEnabled()
    panel.set_account(people.empty_account)
    assert panel.stack.currentWidget() is panel.no_people
    assert panel.no_people.button is not None
    panel.no_people.button.click()  # "Add person" straight from the empty state
    assert panel.stack.currentWidget() is panel.main
    assert panel.model.rowCount() == 1
    assert panel.editor.person_id == panel.model.person(0).id
    panel.set_account(None)
    assert panel.stack.currentWidget() is panel.no_account


def test_rows_and_editor_follow_the_model(
    panel: PeoplePanel, ctx: WorkspaceContext, people: People
) -> None:
    assert panel.stack.currentWidget() is panel.main
    assert panel.model.rowCount() == 12
    assert panel.count.text() == "12 people"
    assert panel.editor.person_id is not None  # the first person is shown at once
    panel.select_person(people.cio)
    assert panel.editor.person_id == people.cio
    assert _line(panel, "title").text() == "CIO"
    assert _combo(panel, "department_id").currentData() == people.it
    assert _combo(panel, "manager_id").currentData() == people.boss
    assert _combo(panel, "role").currentData() == "KI"
    assert _combo(panel, "support").currentData() == 2
    coach = panel.editor.widgets["coach"]
    assert isinstance(coach, QCheckBox) and coach.isChecked()
    # Reports-to holds the manager alone until opened (a big customer's thousands
    # of names are not filled at each selection).
    managers = _combo(panel, "manager_id")
    assert [managers.itemData(i) for i in range(managers.count())] == [None, people.boss]
    # Reports-to offers neither the person nor anyone below them: they are greyed.
    assert _offered(panel) >= {people.boss, people.buyer}
    assert people.cio not in _offered(panel) and people.engineer not in _offered(panel)
    # Another person of the account: the list is kept, only what is greyed changes.
    panel.select_person(people.engineer)
    assert {people.cio, people.boss} <= _offered(panel)
    assert people.engineer not in _offered(panel)
    panel.select_person(people.cio)
    assert people.cio not in _offered(panel) and people.engineer not in _offered(panel)

    # A change made elsewhere (another view, a script) shows up in both.
    ctx.write(update_person, people.cio, {"title": "Chief Information Officer"})
    assert _line(panel, "title").text() == "Chief Information Officer"
    row = panel.model.row_of(people.cio)
    assert row is not None
    assert panel.model.index(row, Column.TITLE).data() == "Chief Information Officer"
    assert panel.current_person_id() == people.cio  # selection survives the refresh


def test_left_on_is_marked_and_counted_apart(
    panel: PeoplePanel, ctx: WorkspaceContext, people: People
) -> None:
    panel.select_person(people.buyer)
    left = panel.editor.widgets["left_on"]
    assert isinstance(left, LeftOnEdit) and left.value() is None
    left.check.click()
    person = _db_person(ctx, people.buyer)
    assert person is not None and person.left_on == date.today()
    assert panel.count.text() == "11 people · 1 left"
    row = panel.model.row_of(people.buyer)
    assert row is not None and "Left" in panel.model.index(row, Column.MARKS).data()
    ctx.undo_stack.undo()
    assert left.value() is None and not left.date.isEnabled()
    assert panel.count.text() == "12 people"


def test_filter(panel: PeoplePanel, people: People) -> None:
    panel.filter.setText("globex")
    assert panel.proxy.rowCount() == 1
    assert panel.proxy.index(0, 0).data(ID_ROLE) == people.buyer
    assert panel.editor.person_id == people.buyer  # the first match is shown
    assert panel.count.text() == "1 of 12 shown"
    panel.filter.setText("KDM")
    assert panel.proxy.index(0, 0).data(ID_ROLE) == people.boss
    panel.filter.clear()
    assert panel.proxy.rowCount() == 12


# -- widget → model, errors, undo/redo --------------------------------------------


def test_edit_title_writes_and_undoes(
    panel: PeoplePanel, ctx: WorkspaceContext, people: People
) -> None:
    panel.select_person(people.engineer)
    _edit_line(_line(panel, "title"), "Lead Engineer")
    person = _db_person(ctx, people.engineer)
    assert person is not None and person.title == "Lead Engineer"
    assert ctx.undo_stack.count() == 1
    assert "title" in ctx.undo_stack.undoText().lower()

    ctx.undo_stack.undo()
    person = _db_person(ctx, people.engineer)
    assert person is not None and person.title == "Engineer"
    assert _line(panel, "title").text() == "Engineer"
    ctx.undo_stack.redo()
    assert _line(panel, "title").text() == "Lead Engineer"

    # Unchanged text (or only spaces added) makes no undo step.
    _edit_line(_line(panel, "title"), "Lead Engineer  ")
    assert ctx.undo_stack.count() == 1
    assert _line(panel, "title").text() == "Lead Engineer"


def test_combo_and_checkbox_edits(
    panel: PeoplePanel, ctx: WorkspaceContext, people: People
) -> None:
    panel.select_person(people.engineer)
    _choose(_combo(panel, "support"), -1)
    _choose(_combo(panel, "backs_competitor_id"), people.rival)
    _choose(_combo(panel, "role"), None)
    coach = panel.editor.widgets["coach"]
    assert isinstance(coach, QCheckBox)
    coach.click()
    person = _db_person(ctx, people.engineer)
    assert person is not None
    assert (person.support, person.backs_competitor_id, person.role, person.coach) == (
        -1,
        people.rival,
        None,
        True,
    )
    assert ctx.undo_stack.count() == 4
    for _ in range(4):
        ctx.undo_stack.undo()
    person = _db_person(ctx, people.engineer)
    assert person is not None
    assert (person.support, person.backs_competitor_id, person.role, person.coach) == (
        0,
        None,
        "KU",
        False,
    )
    assert _combo(panel, "role").currentData() == "KU"
    assert not coach.isChecked()


def test_reports_to_loop_is_refused_inline(
    panel: PeoplePanel, ctx: WorkspaceContext, people: People
) -> None:
    panel.select_person(people.boss)
    # The combo never offers a subordinate, but the data can move under it
    # (another user on a shared workspace); the service still refuses.
    assert not panel.editor.commit_field("manager_id", people.engineer)
    error = panel.editor.errors["manager_id"]
    assert "loop" in error.text()
    assert not error.isHidden()
    assert _combo(panel, "manager_id").currentData() is None  # reverted
    person = _db_person(ctx, people.boss)
    assert person is not None and person.manager_id is None
    assert ctx.undo_stack.count() == 0
    # The next good edit of that field clears the message.
    _choose(_combo(panel, "manager_id"), people.buyer)
    assert error.isHidden()


def test_empty_name_is_refused_inline_and_reverted(
    panel: PeoplePanel, ctx: WorkspaceContext, people: People
) -> None:
    panel.select_person(people.buyer)
    _edit_line(_line(panel, "name"), "   ")
    assert "must not be empty" in panel.editor.errors["name"].text()
    assert _line(panel, "name").text() == "Lena Fischer"
    person = _db_person(ctx, people.buyer)
    assert person is not None and person.name == "Lena Fischer"
    panel.select_person(people.boss)
    assert panel.editor.errors["name"].isHidden()  # errors belong to one person


def test_add_person_undo_redo(panel: PeoplePanel, ctx: WorkspaceContext, people: People) -> None:
    panel.filter.setText("nobody matches this")
    panel.act_add.trigger()
    new_id = panel.editor.person_id
    assert new_id is not None and new_id not in (people.boss, people.cio)
    assert panel.current_person_id() == new_id
    assert panel.filter.text() == ""  # cleared so the new person is in view
    assert _line(panel, "name").text() == "New person"
    assert panel.model.rowCount() == 13

    _edit_line(_line(panel, "name"), "Grace Liu")
    ctx.undo_stack.undo()  # the rename
    ctx.undo_stack.undo()  # the creation
    assert _db_person(ctx, new_id) is None
    assert panel.model.rowCount() == 12
    assert panel.editor.person_id is None
    ctx.undo_stack.redo()
    ctx.undo_stack.redo()
    person = _db_person(ctx, new_id)
    assert person is not None and person.name == "Grace Liu"
    assert panel.model.row_of(new_id) is not None


def test_delete_person_undo_restores_links(
    panel: PeoplePanel, ctx: WorkspaceContext, people: People, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[str, int]] = []

    def confirm(name: str, reports: int) -> bool:
        asked.append((name, reports))
        return True

    monkeypatch.setattr(panel, "confirm_delete", confirm)
    panel.select_person(people.cio)
    panel.act_delete.trigger()
    assert asked == [("David Okafor", 5)]  # Tom and four staff report to him
    assert _db_person(ctx, people.cio) is None
    engineer = _db_person(ctx, people.engineer)
    assert engineer is not None and engineer.manager_id is None
    assert panel.model.row_of(people.cio) is None
    assert panel.current_person_id() is not None  # the next row is selected

    ctx.undo_stack.undo()
    engineer = _db_person(ctx, people.engineer)
    assert engineer is not None and engineer.manager_id == people.cio
    assert ctx.read(get_private, people.cio)["family"] == SECRET_FAMILY
    assert panel.model.row_of(people.cio) is not None
    ctx.undo_stack.redo()
    assert _db_person(ctx, people.cio) is None

    # Saying no deletes nothing.
    monkeypatch.setattr(panel, "confirm_delete", lambda name, reports: False)
    panel.select_person(people.boss)
    panel.act_delete.trigger()
    assert _db_person(ctx, people.boss) is not None


def test_new_department_is_one_undo_step(
    panel: PeoplePanel, ctx: WorkspaceContext, people: People, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(panel.editor, "ask_department_name", lambda: "Legal")
    panel.select_person(people.cio)
    _choose(_combo(panel, "department_id"), NEW_DEPARTMENT)
    names = dict((n, i) for i, n in ctx.read(department_choices, people.account))
    assert set(names) == {"IT", "Legal"}
    person = _db_person(ctx, people.cio)
    assert person is not None and person.department_id == names["Legal"]
    assert _combo(panel, "department_id").currentData() == names["Legal"]
    assert ctx.undo_stack.count() == 1

    ctx.undo_stack.undo()
    assert [n for _, n in ctx.read(department_choices, people.account)] == ["IT"]
    person = _db_person(ctx, people.cio)
    assert person is not None and person.department_id == people.it
    assert _combo(panel, "department_id").currentData() == people.it
    ctx.undo_stack.redo()
    person = _db_person(ctx, people.cio)
    assert person is not None and person.department_id == names["Legal"]

    # Cancelling the name dialog changes nothing.
    monkeypatch.setattr(panel.editor, "ask_department_name", lambda: "")
    _choose(_combo(panel, "department_id"), NEW_DEPARTMENT)
    assert _combo(panel, "department_id").currentData() == names["Legal"]
    assert ctx.undo_stack.count() == 1


# -- the sensitive attributes ----------------------------------------------------------


def test_private_section_closed_by_default_and_never_in_the_list(
    panel: PeoplePanel, ctx: WorkspaceContext, people: People
) -> None:
    panel.select_person(people.cio)
    editor = panel.editor
    assert not editor.private_toggle.isChecked()
    assert editor.private_body.isHidden()
    assert editor.private is None  # not even read yet
    for name in PRIVATE_FIELDS:
        widget = editor.widgets[name]
        assert isinstance(widget, QLineEdit | TextBox)
        assert widget.text() == ""

    texts = _model_texts(panel.model)
    assert not any(SECRET in t or SECRET_FAMILY in t for t in texts)
    proxy_texts = [
        str(panel.proxy.index(r, c).data(Qt.ItemDataRole.ToolTipRole))
        for r in range(panel.proxy.rowCount())
        for c in range(panel.proxy.columnCount())
    ]
    assert not any(SECRET in t for t in proxy_texts)
    panel.filter.setText(SECRET)
    assert panel.proxy.rowCount() == 0  # filtering cannot find people by them either
    assert panel.editor.person_id is None
    panel.filter.clear()
    panel.select_person(people.cio)

    editor.private_toggle.click()
    assert not editor.private_body.isHidden()
    hobbies = editor.widgets["tenure_hobbies"]
    assert isinstance(hobbies, TextBox) and hobbies.text() == SECRET

    # Switching person closes the section again.
    panel.select_person(people.boss)
    assert not editor.private_toggle.isChecked()
    assert editor.private is None and hobbies.text() == ""


def test_private_edit_is_undoable_and_redacted_in_the_audit_log(
    panel: PeoplePanel, ctx: WorkspaceContext, people: People
) -> None:
    panel.select_person(people.engineer)
    editor = panel.editor
    editor.private_toggle.click()
    character = editor.widgets["character"]
    assert isinstance(character, TextBox)
    character.setPlainText("Quietly ambitious")
    character.editingFinished.emit()
    assert ctx.read(get_private, people.engineer)["character"] == "Quietly ambitious"
    assert "Quietly" not in ctx.undo_stack.undoText()

    ctx.undo_stack.undo()
    assert ctx.read(get_private, people.engineer)["character"] == ""
    assert character.text() == ""
    ctx.undo_stack.redo()
    assert character.text() == "Quietly ambitious"

    def audit(session: Any) -> list[tuple[str, str | None, str | None]]:
        rows = session.execute(select(AuditEntry.field, AuditEntry.old, AuditEntry.new))
        return [tuple(r) for r in rows]

    entries = ctx.read(audit)
    logged = [(old, new) for field, old, new in entries if field == "character"]
    assert logged and all(value in (None, "", REDACTED) for pair in logged for value in pair)
    everything = " ".join(str(v) for entry in entries for v in entry)
    assert "Quietly" not in everything and SECRET not in everything

    # Whatever is typed when the section closes is kept, not lost.
    character.setPlainText("Changed my mind")
    editor.private_toggle.click()
    assert ctx.read(get_private, people.engineer)["character"] == "Changed my mind"
    assert character.text() == ""
