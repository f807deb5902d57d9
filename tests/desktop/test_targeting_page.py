"""Targeting page (P1): segments, the filter editor and the live ranked list."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.context import WorkspaceContext
from desktop.models.targets_model import (
    ID_ROLE,
    SCORE_ROLE,
    OptionsModel,
    RankedModel,
    RegionTreeModel,
    SegmentListModel,
)
from desktop.pages.targeting import TargetingPage
from model.rows import account_rows
from model.services.accounts import create_account
from model.services.deals import create_deal
from model.services.segments import save_segment
from model.services.team import create_member
from model.targeting import SegmentRow, rank, segment_rows, value_counts

ACCOUNTS = [
    # name, nature, industry, region, scale, core needs, open pipeline
    ("Shanghai Metro", "state", "Transport", "China/East/Shanghai/Pudong", "xl", "safety", 3e6),
    ("Jiangsu Grid", "state", "Energy", "China/East/Jiangsu/Nanjing", "xl", "cost control", 5e6),
    ("Hangzhou Retail", "private", "Retail", "China/East/Zhejiang", "medium", "insight", 8e5),
    ("Beijing Health", "public", "Public sector", "China/North/Beijing", "large", "security", 0),
    ("Shenzhen Drones", "private", "Manufacturing", "China/South/Shenzhen", "medium", "cost", 0),
    ("Suzhou Parts", "foreign", "Manufacturing", "China/East/Jiangsu/Suzhou", "large", "cost", 2e6),
]


@pytest.fixture
def data(ctx: WorkspaceContext) -> dict[str, int]:
    ids: dict[str, int] = {}
    rep = ctx.write(create_member, {"name": "Liu Yang", "role": "rep"}).created_id("member")
    for name, nature, industry, region, scale, needs, amount in ACCOUNTS:
        values = {
            "name": name,
            "nature": nature,
            "industry": industry,
            "region": region,
            "scale": scale,
            "core_needs": needs,
            "owner_id": rep,
        }
        ids[name] = ctx.write(create_account, values).created_id("account")
        if amount:
            deal = {"name": f"{name} deal", "account_id": ids[name], "amount": amount}
            ctx.write(create_deal, deal)
    ids["segment"] = ctx.write(
        save_segment,
        None,
        {
            "name": "East state giants",
            "filters": {"nature": ["state"], "region": ["China/East"]},
            "weights": {"nature": 2},
        },
    ).created_id("segment")
    return ids


@pytest.fixture
def page(ctx: WorkspaceContext, data: dict[str, int], qtbot: QtBot) -> TargetingPage:
    widget = TargetingPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1170, 680)
    return widget


def ranked_names(page: TargetingPage) -> list[str]:
    model = page.ranked_proxy
    return [model.index(r, 1).data() for r in range(model.rowCount())]


def segments(ctx: WorkspaceContext) -> dict[str, SegmentRow]:
    return {s.name: s for s in ctx.read(segment_rows)}


# -- models ---------------------------------------------------------------------


def test_models_pass_the_model_tester(
    ctx: WorkspaceContext, data: dict[str, int], qtmodeltester: Any
) -> None:
    rows = ctx.read(account_rows)
    segment_model = SegmentListModel()
    segment_model.set_rows(ctx.read(segment_rows))
    qtmodeltester.check(segment_model)

    options = OptionsModel("nature")
    options.set_options(value_counts(rows, "nature"), ["state", "unheard-of"])
    qtmodeltester.check(options)
    options.add_value("custom")
    options.set_checked(["private"])
    qtmodeltester.check(options)
    assert options.checked_values() == ["private"]

    regions = RegionTreeModel()
    regions.set_regions(value_counts(rows, "region"), ["China/East/Jiangsu"])
    qtmodeltester.check(regions)
    regions.add_value("Japan/Kanto")
    qtmodeltester.check(regions)
    assert regions.checked_values() == ["China/East/Jiangsu", "Japan/Kanto"]

    ranked = RankedModel()
    ranked.set_ranking(rank(rows, {"nature": ["state"]}), scored=True)
    qtmodeltester.check(ranked)
    ranked.set_ranking(rank(rows, {"scale": ["xl"]}), scored=True)  # same accounts, new order
    qtmodeltester.check(ranked)
    ranked.set_ranking(rank(rows[:2], {}), scored=False)
    qtmodeltester.check(ranked)


def test_region_tree_nests_levels(ctx: WorkspaceContext, data: Any) -> None:
    regions = RegionTreeModel()
    regions.set_regions(value_counts(ctx.read(account_rows), "region"), [])
    china = regions.index(0, 0)
    assert regions.path(china) == "China"
    east = regions.index_of("china/east")
    assert east.parent() == china
    assert regions.rowCount(east) == 3  # Jiangsu, Shanghai, Zhejiang
    assert "6" in china.data()


# -- model -> widget ------------------------------------------------------------


def test_saved_segment_is_loaded_and_ranks_accounts(page: TargetingPage) -> None:
    assert page.segment_model.rowCount() == 1
    assert page.name_edit.text() == "East state giants"
    nature = page.option_models["nature"]
    assert nature.checked_values() == ["state"]
    assert page.rows["nature"].weight.text() == "×2"
    names = ranked_names(page)
    # Both East state accounts fit fully; the bigger pipeline first.
    assert names[:2] == ["Jiangsu Grid", "Shanghai Metro"]
    assert "Beijing Health" not in names  # meets nothing of the description
    assert page.ranked_proxy.index(0, 2).data(SCORE_ROLE) == pytest.approx(100.0)
    assert page.act_save.isEnabled() is False


def test_changing_a_filter_reduces_the_list_without_writing(
    ctx: WorkspaceContext, page: TargetingPage
) -> None:
    page.new_segment(confirm=False)
    assert len(ranked_names(page)) == len(ACCOUNTS)
    regions = page.option_models["region"]
    assert isinstance(regions, RegionTreeModel)
    east = regions.index_of("China/East")
    assert regions.setData(east, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    names = ranked_names(page)
    assert len(names) == 4
    assert "Beijing Health" not in names
    page.set_filter("scale", ["large"])
    page.only_full.setChecked(True)
    assert ranked_names(page) == ["Suzhou Parts"]
    assert list(segments(ctx)) == ["East state giants"]  # nothing saved yet


def test_weights_reorder_live(page: TargetingPage) -> None:
    page.new_segment(confirm=False)
    page.set_filter("nature", ["private"])
    page.set_filter("scale", ["xl"])
    page.set_weight("nature", 3)
    assert ranked_names(page)[:2] == ["Hangzhou Retail", "Shenzhen Drones"]
    page.set_weight("nature", 1)
    page.set_weight("scale", 4)
    assert ranked_names(page)[:2] == ["Jiangsu Grid", "Shanghai Metro"]
    page.set_weight("scale", 0)
    assert page.rows["scale"].weight.text() == "off"
    assert "Jiangsu Grid" not in ranked_names(page)


def test_account_changes_elsewhere_refresh_the_list(
    ctx: WorkspaceContext, page: TargetingPage
) -> None:
    ctx.write(create_account, {"name": "Nanjing Steel", "nature": "state", "region": "China/East"})
    assert "Nanjing Steel" in ranked_names(page)


def test_refresh_reads_what_others_saved_unannounced(
    ctx: WorkspaceContext, page: TargetingPage
) -> None:
    """On a team database, after the connection came back nothing says which rows
    changed meanwhile: the page's refresh reads every account again."""
    with ctx.workspace.begin() as s:  # another user's edit: no Changes reach the hub
        create_account(s, {"name": "Nanjing Steel", "nature": "state", "region": "China/East"})
    assert "Nanjing Steel" not in ranked_names(page)
    page.refresh()
    assert "Nanjing Steel" in ranked_names(page)


def test_double_click_activates_the_account(
    page: TargetingPage, data: dict[str, int], qtbot: QtBot
) -> None:
    page.show()
    qtbot.waitExposed(page)
    index = page.ranked_proxy.index(0, 1)
    rect = page.ranked.visualRect(index)
    # Offscreen Qt needs the first click sent apart to see the second as a double-click.
    viewport, left, none = page.ranked.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0)
    QTest.mouseClick(viewport, left, none, rect.center())
    with qtbot.waitSignal(page.accountActivated) as blocker:
        QTest.mouseDClick(viewport, left, none, rect.center())
    assert blocker.args == [index.data(ID_ROLE)]
    assert blocker.args == [data["Jiangsu Grid"]]


def test_select_account_and_search(page: TargetingPage, data: dict[str, int]) -> None:
    page.select_account(data["Shanghai Metro"])
    assert page.ranked.currentIndex().data(ID_ROLE) == data["Shanghai Metro"]
    page.search.setText("grid")
    assert ranked_names(page) == ["Jiangsu Grid"]


def test_empty_workspace_explains_itself(ctx: WorkspaceContext, qtbot: QtBot) -> None:
    widget = TargetingPage(ctx)
    qtbot.addWidget(widget)
    assert widget.rank_stack.currentWidget() is widget.no_accounts
    assert widget.segment_stack.currentWidget() is widget.no_segments
    assert "Describe your best customers" in widget.no_segments.text()
    # Natures and sizes can be chosen before any account exists.
    assert widget.option_models["nature"].rowCount() == 4


def test_nothing_fits_shows_a_hint(page: TargetingPage) -> None:
    page.new_segment(confirm=False)
    page.option_models["industry"].add_value("Aerospace")
    assert page.rank_stack.currentWidget() is page.no_fit


# -- widget -> model, with undo ---------------------------------------------------


def test_saving_a_new_segment_writes_filters_and_weights(
    ctx: WorkspaceContext, page: TargetingPage
) -> None:
    page.new_segment(confirm=False)
    page.name_edit.setText("Cost-driven makers")
    page.set_filter("industry", ["Manufacturing"])
    page.option_models["core_needs"].add_value("cost")
    page.set_weight("core_needs", 3)
    page.act_save.trigger()
    saved = segments(ctx)["Cost-driven makers"]
    assert saved.filters == {"industry": ("Manufacturing",), "core_needs": ("cost",)}
    assert saved.weights["core_needs"] == 3.0
    assert saved.weights["nature"] == 1.0
    assert page.segment_list.currentIndex().data(ID_ROLE) == saved.id
    assert "Saved" in page.state_label.text()

    ctx.undo_stack.undo()
    assert "Cost-driven makers" not in segments(ctx)
    ctx.undo_stack.redo()
    assert segments(ctx)["Cost-driven makers"].id == saved.id


def test_a_segment_needs_a_name(ctx: WorkspaceContext, page: TargetingPage) -> None:
    page.new_segment(confirm=False)
    page.set_filter("nature", ["public"])
    page.act_save.trigger()
    assert "name" in page.state_label.text()
    assert ctx.undo_stack.count() == 0


def test_editing_a_segment_undo_redo(
    ctx: WorkspaceContext, page: TargetingPage, data: dict[str, int]
) -> None:
    page.set_filter("region", ["China/East/Jiangsu"])
    page.set_weight("region", 4)
    assert page.is_dirty()
    assert not page.revert_button.isHidden()
    page.act_save.trigger()
    stored = segments(ctx)["East state giants"]
    assert stored.filters["region"] == ("China/East/Jiangsu",)
    assert stored.weights["region"] == 4.0
    assert not page.is_dirty()

    ctx.undo_stack.undo()
    stored = segments(ctx)["East state giants"]
    assert stored.filters["region"] == ("China/East",)
    assert page.option_models["region"].checked_values() == ["China/East"]
    assert page.rows["region"].weight.text() == "×1"
    ctx.undo_stack.redo()
    assert segments(ctx)["East state giants"].filters["region"] == ("China/East/Jiangsu",)
    assert page.option_models["region"].checked_values() == ["China/East/Jiangsu"]


def test_fractional_weights_show_as_saved(ctx: WorkspaceContext, page: TargetingPage) -> None:
    ident = ctx.write(
        save_segment,
        None,
        {"name": "Shares", "filters": {"scale": ["xl"]}, "weights": {"scale": 0.3}},
    ).created_id("segment")
    page.load_segment(ident)
    assert page.rows["scale"].weight.text() == "×0.3"
    assert page.rows["scale"].slider.value() == 3
    assert not page.is_dirty()
    page.set_weight("scale", 0.5)
    assert page.draft_values()["weights"]["scale"] == 0.5


def test_revert_drops_unsaved_changes(page: TargetingPage) -> None:
    page.set_filter("nature", [])
    assert page.is_dirty()
    page.revert()
    assert page.option_models["nature"].checked_values() == ["state"]
    assert not page.is_dirty()


def test_deleting_a_segment_undo_redo(
    ctx: WorkspaceContext, page: TargetingPage, data: dict[str, int]
) -> None:
    page.act_delete.trigger()
    assert segments(ctx) == {}
    assert page.segment_stack.currentWidget() is page.no_segments
    assert page.name_edit.text() == ""
    ctx.undo_stack.undo()
    assert segments(ctx)["East state giants"].id == data["segment"]
    assert page.segment_model.rowCount() == 1
    ctx.undo_stack.redo()
    assert segments(ctx) == {}


def test_switching_segments_loads_each(ctx: WorkspaceContext, page: TargetingPage) -> None:
    ctx.write(save_segment, None, {"name": "Another", "filters": {"scale": ["medium"]}})
    row = page.segment_model.row_of(segments(ctx)["Another"].id)
    page.segment_list.setCurrentIndex(page.segment_model.index(row))
    assert page.name_edit.text() == "Another"
    assert page.option_models["scale"].checked_values() == ["medium"]
    assert set(ranked_names(page)) == {"Hangzhou Retail", "Shenzhen Drones"}


def test_unsaved_changes_are_kept_when_the_user_cancels(
    ctx: WorkspaceContext, page: TargetingPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx.write(save_segment, None, {"name": "Another", "filters": {}})
    page.set_filter("scale", ["small"])
    monkeypatch.setattr(page, "confirm_discard", lambda: False)
    row = page.segment_model.row_of(segments(ctx)["Another"].id)
    page.segment_list.setCurrentIndex(page.segment_model.index(row))
    assert page.name_edit.text() == "East state giants"
    assert page.option_models["scale"].checked_values() == ["small"]


def test_page_actions_have_shortcuts_and_tips(page: TargetingPage) -> None:
    for action in page.page_actions():
        assert action.toolTip()
        assert not action.shortcut().isEmpty()


def test_sample_workspace_shows_segments_and_ranked_accounts(
    sample_ctx: WorkspaceContext, qtbot: QtBot
) -> None:
    widget = TargetingPage(sample_ctx)
    qtbot.addWidget(widget)
    assert widget.segment_model.rowCount() > 0
    assert widget.ranked_model.rowCount() > 0
    for row in range(widget.segment_model.rowCount()):
        widget.segment_list.setCurrentIndex(widget.segment_model.index(row))
        assert widget.name_edit.text() == widget.segment_model.index(row).data()


# -- issue 10: Save in the unsaved-segment question, the ranked rows' menu, hooks ----------


class Answer:
    """Answers the real question box as a user would: by clicking one of its buttons."""

    def __init__(self, button: QMessageBox.StandardButton) -> None:
        self.button = button
        self.boxes: list[QMessageBox] = []

    def __call__(self, box: QMessageBox) -> QMessageBox.StandardButton:
        self.boxes.append(box)
        box.button(self.button).click()
        return box.standardButton(box.clickedButton())


def click_segment(page: TargetingPage, row: int) -> None:
    view = page.segment_list
    rect = view.visualRect(page.segment_model.index(row))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def shown_page(page: TargetingPage, qtbot: QtBot) -> TargetingPage:
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.mark.parametrize("choice", ["Save", "Discard", "Cancel"])
def test_switching_away_from_an_edited_segment_asks_save_discard_or_cancel(
    ctx: WorkspaceContext, page: TargetingPage, qtbot: QtBot, choice: str
) -> None:
    shown_page(page, qtbot)
    ctx.write(save_segment, None, {"name": "Another", "filters": {"scale": ["medium"]}})
    first = segments(ctx)["East state giants"].id
    page.set_filter("scale", ["large"])  # an edit, not saved
    assert page.is_dirty()
    button = getattr(QMessageBox.StandardButton, choice)
    answer = Answer(button)
    page.ask = answer  # type: ignore[method-assign]
    click_segment(page, page.segment_model.row_of(segments(ctx)["Another"].id))
    assert len(answer.boxes) == 1
    box = answer.boxes[0]
    buttons = QMessageBox.StandardButton
    assert box.standardButtons() == buttons.Save | buttons.Discard | buttons.Cancel
    assert box.defaultButton() is box.button(buttons.Save)
    stored = segments(ctx)["East state giants"].filters
    if choice == "Save":
        assert list(stored.get("scale", ())) == ["large"]
        assert page.name_edit.text() == "Another"
        ctx.undo_stack.undo()  # the save is one undo step
        assert "scale" not in segments(ctx)["East state giants"].filters
    elif choice == "Discard":
        assert "scale" not in stored
        assert page.name_edit.text() == "Another"
    else:
        assert "scale" not in stored
        assert page.name_edit.text() == "East state giants"
        assert page.option_models["scale"].checked_values() == ["large"]
        assert page.view_state()["segment"] == first


def test_save_that_cannot_save_keeps_the_draft(
    ctx: WorkspaceContext, page: TargetingPage, qtbot: QtBot
) -> None:
    shown_page(page, qtbot)
    page.act_new.trigger()  # a new, nameless segment
    page.set_filter("scale", ["small"])
    page.ask = Answer(QMessageBox.StandardButton.Save)  # type: ignore[method-assign]
    click_segment(page, 0)
    assert page.view_state()["segment"] is None  # no name: not saved, still here
    assert page.option_models["scale"].checked_values() == ["small"]
    assert "name" in page.state_label.text()


def test_right_click_on_a_ranked_account(
    page: TargetingPage, data: dict[str, int], qtbot: QtBot
) -> None:
    shown_page(page, qtbot)
    menus: list[QMenu] = []
    page.row_menu.runner = lambda menu, _at: menus.append(menu)
    index = page.ranked_proxy.index(1, 1)
    pos = page.ranked.visualRect(index).center()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, pos, page.ranked.viewport().mapToGlobal(pos)
    )
    QApplication.sendEvent(page.ranked.viewport(), event)
    assert menus
    texts = [a.text().replace("&", "") for a in menus[-1].actions() if not a.isSeparator()]
    assert texts == ["Open account", "Show on map", "Copy name"]
    with qtbot.waitSignal(page.accountActivated) as opened:
        next(a for a in menus[-1].actions() if a.text() == "&Open account").trigger()
    assert opened.args == [data[index.data()]]
    next(a for a in menus[-1].actions() if a.text() == "&Copy name").trigger()
    assert QGuiApplication.clipboard().text() == index.data()


def test_targeting_hooks(ctx: WorkspaceContext, page: TargetingPage, qtbot: QtBot) -> None:
    assert page.help_topic() == "P1"
    assert page.print_widget() is page.ranked
    ctx.write(save_segment, None, {"name": "Zeta", "filters": {"scale": ["medium"]}})
    other = segments(ctx)["Zeta"].id
    page.load_segment(other)
    state = page.view_state()
    again = TargetingPage(ctx)
    qtbot.addWidget(again)
    assert again.view_state()["segment"] != other
    again.restore_view_state(state)
    assert again.view_state()["segment"] == other
    assert again.name_edit.text() == "Zeta"
    again.restore_view_state({"segment": 10**9})  # gone: ignored
    assert again.view_state()["segment"] == other


# -- larger text ------------------------------------------------------------------------


def test_larger_text_keeps_weights_and_ranked_columns_whole(sample_app: Any, qtbot: QtBot) -> None:
    """View ▸ Larger text on the page shown at 1366: weights keep their last digit,
    the ranked columns stay inside the table with their titles whole."""
    from desktop import text_size
    from desktop.layout_check import clipped_widgets
    from desktop.models.targets_model import Column

    window = sample_app.window
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    page = window.show_page("targets")
    assert isinstance(page, TargetingPage)
    base = text_size.point_size()
    try:
        for _ in range(2):
            window.act_bigger.trigger()
        for _ in range(10):
            QApplication.processEvents()
        for row in page.rows.values():
            row.show_weight(page, 0.6)  # "×0.6": the widest a weight reads here
            metrics = row.weight.fontMetrics()
            assert row.weight.width() >= metrics.horizontalAdvance(row.weight.text())
        table, header = page.ranked, page.ranked.horizontalHeader()
        assert header.length() <= table.viewport().width() + 1
        meets = header.fontMetrics().horizontalAdvance("Meets")
        assert header.sectionSize(Column.MATCHED) >= meets + 8
        assert clipped_widgets(page) == []
        # A wider window: the account's name takes the room.
        before = header.sectionSize(Column.ACCOUNT)
        window.resize(1920, 1080)
        for _ in range(3):
            QApplication.processEvents()
        assert header.sectionSize(Column.ACCOUNT) > before
        assert header.length() <= table.viewport().width() + 1
    finally:
        text_size.set_point_size(base)
        QApplication.processEvents()
