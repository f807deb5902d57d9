"""The Accounts page: list model and proxy, the account editor, and the actions,
checked both ways (model → widget, widget → model) with undo/redo round trips."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop import labels
from desktop.context import WorkspaceContext
from desktop.editors.account_editor import AccountEditor
from desktop.models.accounts_model import (
    ID_ROLE,
    UNASSIGNED,
    AccountsFilterProxy,
    AccountsTableModel,
    Column,
    in_region,
)
from desktop.pages.accounts import AccountsPage
from model.dto import AccountRow
from model.entities import Account, Deal, Person
from model.regions import region_prefixes
from model.rows import account_rows
from model.services.accounts import update_account
from model.services.deals import create_deal

# -- helpers -----------------------------------------------------------------------


def rows(ctx: WorkspaceContext) -> list[AccountRow]:
    return ctx.read(account_rows)


def account(ctx: WorkspaceContext, account_id: int) -> dict[str, Any] | None:
    def read(session: Session) -> dict[str, Any] | None:
        obj = session.get(Account, account_id)
        if obj is None:
            return None
        return {c.name: getattr(obj, c.name) for c in Account.__table__.columns}

    return ctx.read(read)


def counts(ctx: WorkspaceContext, account_id: int) -> tuple[int, int]:
    def read(session: Session) -> tuple[int, int]:
        people = session.scalar(
            select(func.count()).select_from(Person).where(Person.account_id == account_id)
        )
        deals = session.scalar(
            select(func.count()).select_from(Deal).where(Deal.account_id == account_id)
        )
        return int(people or 0), int(deals or 0)

    return ctx.read(read)


def shown_ids(page: AccountsPage) -> set[int]:
    proxy = page.proxy
    return {int(proxy.index(r, 0).data(ID_ROLE)) for r in range(proxy.rowCount())}


def by_name(ctx: WorkspaceContext, fragment: str) -> AccountRow:
    return next(r for r in rows(ctx) if fragment in r.name)


def choose(combo: QComboBox, value: Any) -> None:
    """What a user's pick does: change the index, then Qt emits activated."""
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


@pytest.fixture
def page(sample_ctx: WorkspaceContext, qtbot: QtBot) -> AccountsPage:
    widget = AccountsPage(sample_ctx)
    qtbot.addWidget(widget)
    widget.resize(1170, 700)
    widget.show()
    return widget


# -- the list model ------------------------------------------------------------------


def test_table_model_and_proxy_pass_the_model_tester(
    sample_ctx: WorkspaceContext, qtmodeltester: Any
) -> None:
    model = AccountsTableModel()
    model.set_rows(rows(sample_ctx))
    qtmodeltester.check(model)
    proxy = AccountsFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(Column.PIPELINE, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy)
    proxy.set_filter(region="China/East", text="co")
    qtmodeltester.check(proxy)


def test_partial_refresh_updates_inserts_and_removes_rows(
    sample_ctx: WorkspaceContext, qtmodeltester: Any
) -> None:
    model = AccountsTableModel()
    all_rows = rows(sample_ctx)
    model.set_rows(all_rows[:-1])
    qtmodeltester.check(model, force_py=True)
    changed = all_rows[0]
    renamed = replace(changed, name="Zed")
    model.refresh_rows([changed.id, all_rows[-1].id, all_rows[1].id], [renamed, all_rows[-1]])
    assert model.rowCount() == len(all_rows) - 1  # one in, one out
    assert model.account_at(model.row_of(changed.id)).name == "Zed"
    assert model.row_of(all_rows[1].id) == -1
    assert model.row_of(all_rows[-1].id) >= 0


def test_rows_show_the_sample(page: AccountsPage, sample_ctx: WorkspaceContext) -> None:
    expected = rows(sample_ctx)
    assert page.model.rowCount() == len(expected) > 0
    assert page.stack.currentWidget() is page.content
    grid = by_name(sample_ctx, "East China Grid")
    row = page.model.row_of(grid.id)
    cell = page.model.index(row, Column.NAME).data()
    assert cell == grid.name
    assert page.model.index(row, Column.NATURE).data() == "State-owned enterprise"
    assert page.model.index(row, Column.OPEN_DEALS).data() == str(grid.open_deals)
    pipeline = page.model.index(row, Column.PIPELINE).data()
    assert pipeline == labels.amount(grid.pipeline) and pipeline[-1] in "KMB"
    stages = page.model.index(row, Column.STAGES).data()
    assert stages == "·".join(str(n) for n in grid.stage_counts)
    assert "P1" in page.model.index(row, Column.STAGES).data(Qt.ItemDataRole.ToolTipRole)
    assert page.count_label.text() == f"{len(expected)} accounts"
    # the first row is selected, and the side shows it
    assert page.current_account() is not None
    assert page.editor.account_id == page.current_account()


def test_filters_reduce_rows(page: AccountsPage, sample_ctx: WorkspaceContext) -> None:
    everyone = rows(sample_ctx)
    choose(page.nature_filter, "state")
    assert shown_ids(page) == {r.id for r in everyone if r.nature == "state"}
    assert page.count_label.text().startswith(f"{len(shown_ids(page))} of")
    assert page.clear_button.isEnabled()

    page.clear_filters()
    assert shown_ids(page) == {r.id for r in everyone}
    # a region at any level holds everything under it
    assert page.region_filter.findData("China/East") >= 0
    assert page.region_filter.findData("China/East/Shanghai") >= 0
    choose(page.region_filter, "China/East")
    east = {r.id for r in everyone if r.region.startswith("China/East/")}
    assert shown_ids(page) == east and 0 < len(east) < len(everyone)
    choose(page.region_filter, "China/East/Shanghai")
    assert shown_ids(page) == {r.id for r in everyone if "/Shanghai/" in r.region}

    page.clear_filters()
    page.search.setText("grid")
    assert shown_ids(page) == {r.id for r in everyone if "grid" in r.name.lower()}
    page.search.setText("energy shanghai")  # every word must match somewhere
    assert shown_ids(page) == {
        r.id for r in everyone if r.industry == "Energy" and "Shanghai" in r.region
    }
    page.clear_filters()
    grid = by_name(sample_ctx, "East China Grid")
    choose(page.owner_filter, grid.owner_id)
    assert shown_ids(page) == {r.id for r in everyone if r.owner_id == grid.owner_id}
    choose(page.owner_filter, UNASSIGNED)
    assert shown_ids(page) == {r.id for r in everyone if r.owner_id is None}


def test_region_helpers() -> None:
    assert region_prefixes("a/b/c") == ["a", "a/b", "a/b/c"]
    assert in_region("a/b/c", "a/b") and in_region("a/b", "a/b")
    assert not in_region("a/bc", "a/b")


def test_sorting_by_numbers_not_text(page: AccountsPage) -> None:
    page.table.sortByColumn(Column.PIPELINE, Qt.SortOrder.DescendingOrder)
    values = [
        page.proxy.index(r, Column.PIPELINE).data(ID_ROLE) for r in range(page.proxy.rowCount())
    ]
    pipelines = [page.model.account_at(page.model.row_of(i)).pipeline for i in values]
    assert pipelines == sorted(pipelines, reverse=True)


# -- refresh from the hub ------------------------------------------------------------------


def test_a_change_naming_an_account_refreshes_only_its_row(
    page: AccountsPage, sample_ctx: WorkspaceContext, qtbot: QtBot
) -> None:
    target = by_name(sample_ctx, "Cloudpeak")
    resets: list[int] = []
    page.model.modelReset.connect(lambda: resets.append(1))
    sample_ctx.write(
        create_deal,
        {
            "name": "Extra",
            "account_id": target.id,
            "amount": 1000,
            "stage": "P4",
            "force": True,
            "reason": "taken over mid-funnel",
        },
    )
    row = page.model.account_at(page.model.row_of(target.id))
    assert row.open_deals == target.open_deals + 1
    assert row.stage_counts[3] == target.stage_counts[3] + 1
    assert not resets
    sample_ctx.write(update_account, target.id, {"name": "Cloudpeak Renamed"})
    assert page.model.account_at(page.model.row_of(target.id)).name == "Cloudpeak Renamed"
    assert not resets


# -- the editor: widget → model, model → widget, undo --------------------------------------------


def test_editing_the_name_writes_the_account_and_undo_redo_round_trip(
    page: AccountsPage, sample_ctx: WorkspaceContext, qtbot: QtBot
) -> None:
    target = by_name(sample_ctx, "Liaohe")
    page.select_account(target.id)
    editor = page.editor
    assert editor.name_edit.text() == target.name
    editor.name_edit.selectAll()
    qtbot.keyClicks(editor.name_edit, "Liaohe Heavy Industries")
    assert account(sample_ctx, target.id)["name"] == target.name  # not per keystroke
    qtbot.keyClick(editor.name_edit, Qt.Key.Key_Return)
    assert account(sample_ctx, target.id)["name"] == "Liaohe Heavy Industries"
    assert sample_ctx.undo_stack.count() == 1
    assert sample_ctx.undo_stack.undoText() == "Edit account name"
    model_row = page.model.row_of(target.id)
    assert page.model.index(model_row, Column.NAME).data() == "Liaohe Heavy Industries"
    assert page.title.text() == "Liaohe Heavy Industries"

    sample_ctx.undo_stack.undo()
    assert account(sample_ctx, target.id)["name"] == target.name
    assert editor.name_edit.text() == target.name  # the form follows the model
    assert page.model.index(model_row, Column.NAME).data() == target.name
    sample_ctx.undo_stack.redo()
    assert account(sample_ctx, target.id)["name"] == "Liaohe Heavy Industries"
    assert editor.name_edit.text() == "Liaohe Heavy Industries"


def test_every_kind_of_field_commits_one_step(
    page: AccountsPage, sample_ctx: WorkspaceContext
) -> None:
    target = by_name(sample_ctx, "Cloudpeak")
    page.select_account(target.id)
    editor = page.editor
    stack = sample_ctx.undo_stack
    choose(editor.nature_combo, "foreign")
    choose(editor.scale_combo, "large")
    editor.industry_combo.setEditText("Cloud services")
    editor.industry_line.editingFinished.emit()
    editor.region_edit.setText(" China / North / Tianjin ")
    editor.region_edit.editingFinished.emit()
    editor.profile_edits["core_needs"].setText("Faster builds")
    editor.profile_edits["core_needs"].editingFinished.emit()
    editor.value_checks[0].click()
    editor.note_edit.setText("Met at the summit")
    editor.note_edit.editingFinished.emit()
    parent = by_name(sample_ctx, "East China Grid")
    choose(editor.parent_combo, parent.id)
    stored = account(sample_ctx, target.id)
    assert stored is not None
    assert stored["nature"] == "foreign" and stored["scale"] == "large"
    assert stored["industry"] == "Cloud services"
    assert stored["region"] == "China/North/Tianjin"
    assert editor.region_edit.text() == "China/North/Tianjin"  # shown as stored
    assert stored["core_needs"] == "Faster builds"
    assert 1 in stored["values"]
    assert stored["note"] == "Met at the summit"
    assert stored["parent_id"] == parent.id
    assert stack.count() == 8  # one step per field
    for _ in range(8):
        stack.undo()
    restored = account(sample_ctx, target.id)
    assert restored is not None
    assert (restored["nature"], restored["region"], restored["parent_id"]) == (
        target.nature,
        target.region,
        None,
    )
    assert editor.nature_combo.currentData() == target.nature


def test_refused_value_is_explained_inline_and_the_field_reverts(
    page: AccountsPage, sample_ctx: WorkspaceContext
) -> None:
    problems: list[tuple[str, str]] = []
    sample_ctx.hub.problem.connect(lambda title, text: problems.append((title, text)))
    target = by_name(sample_ctx, "Cloudpeak")
    page.select_account(target.id)
    editor = page.editor
    editor.name_edit.setText("   ")
    editor.name_edit.editingFinished.emit()
    assert "must not be empty" in editor.message
    assert editor.name_edit.text() == target.name
    assert account(sample_ctx, target.id)["name"] == target.name
    assert sample_ctx.undo_stack.count() == 0
    assert not problems  # inline, not a dialog
    editor.territory_edit.setText("North")
    editor.territory_edit.editingFinished.emit()
    assert editor.message == ""


def test_switching_to_a_partner_asks_for_the_partner_kind_first(
    page: AccountsPage, sample_ctx: WorkspaceContext
) -> None:
    target = by_name(sample_ctx, "Cloudpeak")
    assert target.sales_channel == "direct"
    page.select_account(target.id)
    editor = page.editor
    assert not editor.partner_kind_combo.isEnabled()
    choose(editor.channel_combo, "partner")
    assert "partner kind" in editor.message
    assert editor.partner_kind_combo.isEnabled() and editor.partner_name_edit.isEnabled()
    assert account(sample_ctx, target.id)["sales_channel"] == "direct"  # nothing saved yet
    assert sample_ctx.undo_stack.count() == 0
    choose(editor.partner_kind_combo, "oem")
    stored = account(sample_ctx, target.id)
    assert (stored["sales_channel"], stored["partner_kind"]) == ("partner", "oem")
    assert editor.message == ""
    assert sample_ctx.undo_stack.count() == 1  # one step for channel and kind

    choose(editor.channel_combo, "direct")
    stored = account(sample_ctx, target.id)
    assert (stored["sales_channel"], stored["partner_kind"]) == ("direct", None)
    assert not editor.partner_kind_combo.isEnabled()
    sample_ctx.undo_stack.undo()  # back to partner, with its kind
    stored = account(sample_ctx, target.id)
    assert (stored["sales_channel"], stored["partner_kind"]) == ("partner", "oem")
    assert editor.partner_kind_combo.currentData() == "oem"
    sample_ctx.undo_stack.undo()
    stored = account(sample_ctx, target.id)
    assert (stored["sales_channel"], stored["partner_kind"]) == ("direct", None)
    assert editor.channel_combo.currentData() == "direct"


def test_parent_choices_exclude_itself_and_descendants_and_subsidiaries_open(
    page: AccountsPage, sample_ctx: WorkspaceContext
) -> None:
    grid = by_name(sample_ctx, "East China Grid")
    child = by_name(sample_ctx, "Shanghai Urban Power")
    assert account(sample_ctx, child.id)["parent_id"] == grid.id
    page.select_account(grid.id)
    editor = page.editor
    choices = {editor.parent_combo.itemData(i) for i in range(editor.parent_combo.count())}
    assert grid.id not in choices and child.id not in choices
    assert editor.subsidiaries_list.count() == 1
    item = editor.subsidiaries_list.item(0)
    assert item.text() == child.name
    editor.subsidiaries_list.itemClicked.emit(item)
    assert page.current_account() == child.id
    assert editor.account_id == child.id
    assert editor.parent_combo.currentData() == grid.id


# -- actions ---------------------------------------------------------------------------------------


def test_new_account_is_created_selected_and_undoable(
    page: AccountsPage, sample_ctx: WorkspaceContext
) -> None:
    before = {r.id for r in rows(sample_ctx)}
    choose(page.nature_filter, "public")  # a new account would be hidden by this
    page.act_new.trigger()
    created = {r.id for r in rows(sample_ctx)} - before
    assert len(created) == 1
    (new_id,) = created
    assert account(sample_ctx, new_id)["name"] == "New account"
    assert page.current_account() == new_id
    assert new_id in shown_ids(page)
    assert page.editor.account_id == new_id
    assert page.window().focusWidget() is page.editor.name_edit
    assert sample_ctx.undo_stack.undoText() == "New account"

    sample_ctx.undo_stack.undo()
    assert account(sample_ctx, new_id) is None
    assert page.model.row_of(new_id) == -1
    assert page.current_account() != new_id
    sample_ctx.undo_stack.redo()
    assert account(sample_ctx, new_id)["name"] == "New account"
    assert page.model.row_of(new_id) >= 0


def test_delete_of_a_plain_account_and_undo(
    ctx: WorkspaceContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An account with people and deals only: gone with them, back with them."""
    from model.services.accounts import create_account
    from model.services.people import create_person

    keep = ctx.write(create_account, {"name": "Keep"}).created_id("account")
    doomed = ctx.write(create_account, {"name": "Doomed"}).created_id("account")
    for name in ("Ann", "Bo"):
        ctx.write(create_person, doomed, {"name": name})
    ctx.write(create_deal, {"name": "Big one", "account_id": doomed, "amount": 5})
    page = AccountsPage(ctx)
    qtbot.addWidget(page)
    monkeypatch.setattr(page, "confirm", lambda _title, _text: True)
    page.select_account(doomed)
    page.act_delete.trigger()
    assert account(ctx, doomed) is None and counts(ctx, doomed) == (0, 0)
    assert page.current_account() == keep
    ctx.undo_stack.undo()
    assert account(ctx, doomed)["name"] == "Doomed"
    assert counts(ctx, doomed) == (2, 1)
    assert page.model.account_at(page.model.row_of(doomed)).people == 2


def test_delete_takes_people_and_deals_and_undo_brings_them_back(
    page: AccountsPage, sample_ctx: WorkspaceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = by_name(sample_ctx, "Penghai")
    people, deals = counts(sample_ctx, target.id)
    assert people > 0 and deals > 0
    asked: list[str] = []

    def confirm(_title: str, text: str) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(page, "confirm", confirm)
    page.select_account(target.id)
    page.act_delete.trigger()
    assert f"people ({people})" in asked[0] and f"deals ({deals})" in asked[0]
    assert account(sample_ctx, target.id) is None
    assert counts(sample_ctx, target.id) == (0, 0)
    assert page.model.row_of(target.id) == -1
    assert page.current_account() not in (None, target.id)  # landed on a neighbour

    sample_ctx.undo_stack.undo()
    assert account(sample_ctx, target.id)["name"] == target.name
    assert counts(sample_ctx, target.id) == (people, deals)
    restored = page.model.account_at(page.model.row_of(target.id))
    assert restored == target
    sample_ctx.undo_stack.redo()
    assert account(sample_ctx, target.id) is None


def test_delete_can_be_cancelled(
    page: AccountsPage, sample_ctx: WorkspaceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(page, "confirm", lambda _title, _text: False)
    current = page.current_account()
    page.act_delete.trigger()
    assert current is not None and account(sample_ctx, current) is not None
    assert sample_ctx.undo_stack.count() == 0


def test_actions_have_shortcuts_and_tooltips(page: AccountsPage) -> None:
    actions = page.page_actions()
    assert page.act_new in actions and page.act_delete in actions
    for action in (page.act_new, page.act_delete):
        assert not action.shortcut().isEmpty()
        assert action.toolTip()


def test_ctrl_f_focuses_the_search(page: AccountsPage) -> None:
    page.focus_search()
    assert page.window().focusWidget() is page.search


# -- empty workspace ------------------------------------------------------------------------------


def test_empty_workspace_explains_and_offers_the_first_account(
    ctx: WorkspaceContext, qtbot: QtBot
) -> None:
    page = AccountsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.stack.currentWidget() is page.empty
    assert page.empty.button is not None
    assert page.empty.button.text() == "Add the first account"
    page.empty.button.click()
    assert page.stack.currentWidget() is page.content
    assert page.model.rowCount() == 1
    ctx.undo_stack.undo()
    assert page.stack.currentWidget() is page.empty


def test_editor_stands_alone(ctx: WorkspaceContext, qtbot: QtBot) -> None:
    editor = AccountEditor(ctx)
    qtbot.addWidget(editor)
    assert not editor.body.isEnabled()
    from model.services.accounts import create_account

    new_id = ctx.write(create_account, {"name": "Acme"}).created_id("account")
    editor.set_account(new_id)
    assert editor.body.isEnabled() and editor.name_edit.text() == "Acme"
    ctx.write(update_account, new_id, {"name": "Acme Ltd"})  # edited elsewhere
    assert editor.name_edit.text() == "Acme Ltd"


def test_text_being_typed_is_saved_before_another_account_shows(
    page: AccountsPage, sample_ctx: WorkspaceContext, qtbot: QtBot
) -> None:
    first, second = by_name(sample_ctx, "Cloudpeak"), by_name(sample_ctx, "Liaohe")
    page.select_account(first.id)
    page.activateWindow()
    page.editor.territory_edit.setFocus()
    qtbot.waitUntil(page.editor.territory_edit.hasFocus)
    page.editor.territory_edit.setText("Beijing and Tianjin")
    page.select_account(second.id)
    assert account(sample_ctx, first.id)["territory"] == "Beijing and Tianjin"
    assert page.editor.territory_edit.text() == account(sample_ctx, second.id)["territory"]


def test_people_tab_brings_its_actions(page: AccountsPage, qtbot: QtBot) -> None:
    with qtbot.waitSignal(page.actionsChanged):
        page.tabs.setCurrentWidget(page.people)
    assert set(page.people.actions_for_page()) <= set(page.page_actions())
    assert page.people.account_id == page.current_account()
    page.tabs.setCurrentWidget(page.editor)
    pack = page._review_pack_action  # Export review pack… (desktop.report.dialog)
    assert page.page_actions() == [page.act_new, page.act_new_deal, page.act_delete, pack]


def test_the_editor_reads_one_row_after_its_own_edit_and_its_undo(
    page: AccountsPage, sample_ctx: WorkspaceContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    import desktop.editors.account_editor as editor_module
    import model.account_form as account_form

    target = by_name(sample_ctx, "Liaohe")
    page.select_account(target.id)
    editor = page.editor
    full: list[int] = []
    real = account_form.read_account_form

    def counted(db: Any, account_id: int) -> Any:
        full.append(account_id)
        return real(db, account_id)

    monkeypatch.setattr(editor_module, "read_account_form", counted)
    monkeypatch.setattr(account_form, "read_account_form", counted)
    editor.name_edit.setFocus()
    editor.name_edit.selectAll()
    qtbot.keyClicks(editor.name_edit, "Liaohe Renamed")
    qtbot.keyClick(editor.name_edit, Qt.Key.Key_Return)
    assert account(sample_ctx, target.id)["name"] == "Liaohe Renamed"
    assert editor.form is not None and editor.form.values["name"] == "Liaohe Renamed"
    assert (target.id, "Liaohe Renamed") in [(i, n) for i, n, _p in editor.form.accounts]
    sample_ctx.undo_stack.undo()
    assert editor.name_edit.text() == target.name and editor.form.values["name"] == target.name
    sample_ctx.undo_stack.redo()
    assert editor.name_edit.text() == "Liaohe Renamed"
    assert full == []  # the name changed no choice list: one row each time

    # The industry feeds the industries' list: that change reads the whole form again.
    assert editor.commit({"industry": "Zeppelin making"}, "Edit industry")
    assert full == [target.id]
    assert "Zeppelin making" in editor.form.industries
    # Another account's edit: its name may be in the parents' list, read again.
    other = next(r for r in rows(sample_ctx) if r.id != target.id)
    sample_ctx.write(update_account, other.id, {"name": "Somebody Else"})
    assert full == [target.id, target.id]
    assert (other.id, "Somebody Else") in [(i, n) for i, n, _p in editor.form.accounts]


def test_the_same_sort_again_on_rows_just_sorted_sorts_nothing(
    sample_ctx: WorkspaceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    import desktop.models.accounts_model as accounts_model

    sorts: list[Column] = []
    real = accounts_model.sort_rows

    def counted(rows: Any, column: Column, **kwargs: Any) -> Any:
        sorts.append(column)
        return real(rows, column, **kwargs)

    monkeypatch.setattr(accounts_model, "sort_rows", counted)
    model = AccountsTableModel()
    model.sort(Column.NAME)  # the view sorts its empty model
    sorts.clear()
    model.set_rows(rows(sample_ctx))
    assert sorts == [Column.NAME]
    model.sort(Column.NAME)  # the view's header sorts again: nothing to do
    assert sorts == [Column.NAME]
    model.sort(Column.NAME, Qt.SortOrder.DescendingOrder)
    assert sorts == [Column.NAME, Column.NAME]
    names = [model.account_at(r).name for r in range(model.rowCount())]
    first = model.account_at(0)
    model.refresh_rows([first.id], [replace(first, name="Aaaa first now")])  # moves it
    assert model.account_at(model.rowCount() - 1).name == "Aaaa first now"
    model.sort(Column.NAME, Qt.SortOrder.DescendingOrder)
    assert len(sorts) == 3  # refresh_rows put it in order once; the same sort does nothing
    assert [model.account_at(r).name for r in range(model.rowCount() - 1)] == names[1:]


def test_open_value_follows_the_rates(qtbot: QtBot, ctx: WorkspaceContext) -> None:
    """The Pipeline column is in the base currency: a dollar deal counts once a rate is set
    (Edit ▸ Settings… ▸ Currencies), and the shown page re-reads on that change."""
    from model.services.accounts import create_account
    from model.settings import set_setting

    acme = ctx.write(create_account, {"name": "Acme"}).created_id("account")
    ctx.write(create_deal, {"name": "Yuan", "account_id": acme, "amount": 100})
    ctx.write(create_deal, {"name": "Dollar", "account_id": acme, "amount": 10, "currency": "USD"})
    page = AccountsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    value = page.model.index(page.model.row_of(acme), Column.PIPELINE)
    assert page.model.account_at(page.model.row_of(acme)).pipeline == 100.0  # no USD rate
    ctx.write(set_setting, "currency_rates", {"USD": 7})
    assert page.model.account_at(page.model.row_of(acme)).pipeline == 170.0
    assert value.data() == labels.amount(170.0)
    ctx.write(set_setting, "currency_rates", {})
    assert page.model.account_at(page.model.row_of(acme)).pipeline == 100.0
