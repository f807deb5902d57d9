"""Help → Method: the method inside the application, and the links that lead there.

The window shows every stage, criterion, action, rule and warning from the
method data in the user's language, with an anchor per ID. Where a rule fires
(the gate dialog, a card's warnings, the deal panel, the map's risks) its name
leads to the window, scrolled to that item.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QStyleOptionViewItem,
    QTextBrowser,
    QToolButton,
)

from desktop.board.delegate import MARGIN_X, MARGIN_Y, PAD, CardDelegate
from desktop.board.gate_dialog import GateDialog
from desktop.board.labels import history_note
from desktop.context import WorkspaceContext
from desktop.i18n import install_language
from desktop.method_help import (
    MethodHelp,
    close_method_help,
    connect_links,
    item_from_link,
    item_ref,
    method_help_window,
    method_html,
    method_link,
    open_method_help,
)
from desktop.pages.board import BoardPage
from desktop.pages.map import MapPage
from model.methodology import REQUIRED_IDS, load_methodology
from model.services.deals import evaluate_move

METHOD = load_methodology()
RAW_ID = re.compile(r"\b[A-Z][A-Z0-9_]*(?:\.[A-Z0-9_]+)+\b")


@pytest.fixture(autouse=True)
def _no_window_left(qapp: QApplication) -> Iterator[None]:
    close_method_help()
    yield
    close_method_help()
    install_language("en")
    QApplication.processEvents()


def shown_window() -> MethodHelp:
    window = method_help_window()
    assert window is not None and window.isVisible(), "the method window is not open"
    return window


def anchor_top(browser: QTextBrowser, name: str) -> float:
    """Where the anchor ``name`` sits in the document (pixels from its top)."""
    document = browser.document()
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            if name in it.fragment().charFormat().anchorNames():
                return document.documentLayout().blockBoundingRect(block).top()
            it += 1
        block = block.next()
    raise AssertionError(f"no anchor {name} in the method window")


def assert_shows(window: MethodHelp, item_id: str) -> None:
    """The window is at ``item_id``: its anchor is in view and the item is highlighted."""
    assert window.current == item_id
    browser = window.browser
    top = anchor_top(browser, item_id)
    scroll = browser.verticalScrollBar().value()
    assert scroll <= top <= scroll + browser.viewport().height() - 10, (scroll, top)
    assert 'background-color:#FFF1C2;"><a name="' + item_id + '"' in window_html(window)


def window_html(window: MethodHelp) -> str:
    return method_html(window.language, window.current)


# -- the window's content ---------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "zh"])
def test_every_item_of_the_method_is_there_in_the_users_language(language: str) -> None:
    page = method_html(language)
    other = "zh" if language == "en" else "en"
    for item_id in REQUIRED_IDS:
        assert f'<a name="{item_id}">' in page, item_id
        assert METHOD.item(item_id).text(language).replace("&", "&amp;") in page.replace(
            "&#x27;", "'"
        ), item_id
    assert METHOD.text("P5.EXIT.7", other) not in page
    for stage in METHOD.stages:
        assert stage.summary.get(language) in page
    assert METHOD.risk_note.get(language) in page
    assert METHOD.protection_purpose.get(language) in page
    option = METHOD.item("REL.SUPPORT").options[0]
    assert option.text(language) in page


def test_items_are_numbered_as_their_references_say() -> None:
    install_language("en")
    assert item_ref("P5.EXIT.8") == "P5 exit criterion 8"
    assert item_ref("P7.RULE.FIRST_PAYMENT_MIN") == "P7 rule 1"
    assert item_ref("P3.PROTECT.4") == "P3 rule 4"  # protection rules are P3's rules
    assert item_ref("P3.FIVE.2") == "Five elements 2"
    assert item_ref("RISK.NOT_YET.5") == "Not yours yet 5"
    assert item_ref("P3") == "P3 · Opportunity"
    assert item_ref("NOT.AN.ID") == "NOT.AN.ID"
    for item_id in REQUIRED_IDS:
        assert not RAW_ID.search(item_ref(item_id)), item_id
    # "P5 exit criterion 8" is the eighth numbered line under P5's exit criteria.
    page = method_html("en")
    p5 = page[page.index('<a name="P5">') : page.index('<a name="P6">')]
    exits = p5[p5.index("Exit criteria") :]
    assert re.search(r'<a name="P5\.EXIT\.8"></a>8\.&nbsp;', exits)


def test_links_name_an_item() -> None:
    link = method_link("P5.RULE.1", "Senior visits <by P5>")
    assert link == '<a href="method:P5.RULE.1">Senior visits &lt;by P5&gt;</a>'
    assert item_from_link("method:P5.RULE.1") == "P5.RULE.1"
    assert item_from_link("https://example.com") is None


# -- opening it --------------------------------------------------------------------------


def test_the_help_menus_action_opens_the_method(sample_app: Any) -> None:
    window = sample_app.window
    help_menu = next(
        a.menu() for a in window.menuBar().actions() if a.menu() and "Help" in a.text()
    )
    action = next(a for a in help_menu.actions() if a.shortcut().toString() == "Shift+F1")
    assert action is window.act_method
    action.trigger()
    method = shown_window()
    assert method.windowTitle() and method.current is None
    assert METHOD.text("P3.PROTECT.4", "en") in method.browser.toPlainText()
    assert method.browser.verticalScrollBar().value() < 20  # at the top
    assert method.contents.count() >= len(METHOD.stages)
    # The contents list leads to a stage.
    method.contents.setCurrentRow(4)
    method.contents.itemClicked.emit(method.contents.item(4))
    top = anchor_top(method.browser, "P5")
    assert method.browser.verticalScrollBar().value() == pytest.approx(top, abs=40)
    # Closing the main window closes the method too (it has no parent to go with).
    window.close()
    assert method_help_window() is None


def test_the_window_speaks_the_users_language(qapp: QApplication) -> None:
    install_language("zh")
    window = open_method_help("P3.FIVE.1")
    text = window.browser.toPlainText()
    assert METHOD.text("P3.FIVE.1", "zh") in text and METHOD.stage("P3").zh in text
    assert METHOD.text("P3.FIVE.1", "en") not in text
    install_language("en")
    open_method_help("P3.FIVE.1")  # the same window, rebuilt in the new language
    assert window is method_help_window()
    assert METHOD.text("P3.FIVE.1", "en") in window.browser.toPlainText()


def test_opening_at_an_item_scrolls_there_and_marks_it(qapp: QApplication) -> None:
    window = open_method_help("P6.EXIT.4")
    assert_shows(window, "P6.EXIT.4")
    open_method_help("GOAL.10")
    assert_shows(window, "GOAL.10")
    open_method_help("P1")
    assert window.current == "P1"


def test_a_method_link_in_a_label_opens_the_window(qtbot: Any) -> None:
    label = connect_links(QLabel(method_link("RISK.NOT_YET.2", "publicity period")))
    qtbot.addWidget(label)
    label.linkActivated.emit("method:RISK.NOT_YET.2")
    assert_shows(shown_window(), "RISK.NOT_YET.2")


# -- where rules fire --------------------------------------------------------------------


@pytest.fixture
def board(qtbot: Any, sample_ctx: WorkspaceContext) -> BoardPage:
    page = BoardPage(sample_ctx)
    qtbot.addWidget(page)
    page.resize(1600, 900)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_the_gate_dialogs_question_mark_opens_the_method_at_the_criterion(
    qtbot: Any, board: BoardPage
) -> None:
    card = next(c for c in board.store.cards.values() if c.status == "open" and c.stage == "P5")
    gate = board.ctx.read(evaluate_move, card.id, "P6")
    dialog = GateDialog(card, gate)
    qtbot.addWidget(dialog)
    dialog.show()
    unmet = [criterion for _stage, criterion in gate.unmet_criteria]
    assert unmet, "a P5 deal of the sample should have unmet criteria"
    target = unmet[-1]
    button = dialog.findChild(QToolButton, f"methodHelp_{target}")
    assert button is not None and button.text() == "?"
    assert item_ref(target) in button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert_shows(shown_window(), target)
    for rule in gate.rules:  # rules and unverified elements have one too
        assert dialog.findChild(QToolButton, f"methodHelp_{rule}") is not None
    for element in gate.unverified_elements:
        assert dialog.findChild(QToolButton, f"methodHelp_{element}") is not None
    # No raw ID anywhere the dialog shows text.
    texts = [w.toolTip() for w in dialog.findChildren(QLabel)] + [
        w.text() for w in dialog.findChildren(QLabel)
    ]
    assert not [t for t in texts if RAW_ID.search(t)]


def test_clicking_a_cards_warning_badge_opens_the_method(qtbot: Any, board: BoardPage) -> None:
    deal_id, risks = next((d, r) for d, r in board.store.risks.items() if r)
    key = board.store.column(deal_id)
    assert key is not None
    view = board.columns[key].view
    model = board.models[key]
    index = model.index(model.row_of(deal_id), 0)
    view.scrollTo(index)
    QApplication.processEvents()
    option = QStyleOptionViewItem()
    option.rect = view.visualRect(index)
    option.font = view.font()
    delegate = view.itemDelegate()
    assert isinstance(delegate, CardDelegate)
    card_view = board.store.view(deal_id)
    fonts = delegate.fonts(option.font)
    card = option.rect.adjusted(MARGIN_X, MARGIN_Y, -MARGIN_X, -MARGIN_Y)
    plan = delegate._plan(card_view, card.width() - 2 * PAD, fonts)
    badge = next(rect for rect, b, _t in plan.badges if b.kind == "risks")
    where = badge.center() + QPoint(card.left() + PAD, card.top() + PAD - 1)
    assert delegate.badge_at(card_view, option, where) == "risks"
    assert "method" in delegate.badge_tooltip(card_view, "risks")
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert_shows(shown_window(), risks[0])


def test_the_deal_panels_warnings_lead_to_the_method(qtbot: Any, board: BoardPage) -> None:
    deal_id, risks = next((d, r) for d, r in board.store.risks.items() if r)
    board.open_deal(deal_id)
    panel = board.panel
    button = panel.findChild(QToolButton, f"methodHelp_{risks[-1]}")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert_shows(shown_window(), risks[-1])


def test_the_maps_risk_list_names_the_rule_and_opens_it(
    qtbot: Any, sample_ctx: WorkspaceContext
) -> None:
    from model.rows import account_rows

    page = MapPage(sample_ctx)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    qtbot.waitExposed(page)
    page.tabs.setCurrentWidget(page.gaps_panel)
    model = page.gaps_panel.risk_model
    for account in sample_ctx.read(account_rows):
        page.select_account(account.id)
        QApplication.processEvents()
        if model.rowCount():
            break
    assert model.rowCount(), "some account of the sample should have a risk"
    risk = model.row(0).data
    assert model.row(0).cells[0] == item_ref(risk.rule_id)
    assert not RAW_ID.search(model.row(0).cells[0]) and not RAW_ID.search(model.row(0).tip)
    table = page.gaps_panel.risks
    table.scrollTo(model.index(0, 0))
    rect = table.visualRect(model.index(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert_shows(shown_window(), risk.rule_id)
    close_method_help()
    rect = table.visualRect(model.index(0, 1))  # the risk's text: selects, no window
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert method_help_window() is None


# -- history notes ------------------------------------------------------------------------


def test_notes_the_application_wrote_are_shown_in_the_users_language(qapp: Any) -> None:
    install_language("en")
    assert history_note("Entered directly in P3") == "Entered directly in P3 · Opportunity"
    assert history_note("Entered directly in P3 because") == "Entered directly in P3 because"
    assert history_note("客户要求提前") == "客户要求提前"  # what people typed stays as typed
    install_language("zh")
    assert "P3 · 商机" in history_note("Entered directly in P3")
