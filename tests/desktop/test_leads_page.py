"""Leads page: the real capture form, in-place edits, delete, the real conversion
dialog (with undo and redo), filters and search, and the channel yield table."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from helpers import queue_dialogs
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.context import WorkspaceContext
from desktop.leads import convert as convert_module
from desktop.leads import form as form_module
from desktop.leads.convert import ConvertDialog
from desktop.leads.form import CaptureDialog
from desktop.leads.table import LeadTableModel
from desktop.leads.yield_view import YieldColumn
from desktop.pages.leads import LeadsPage
from model.entities import Deal, FiveElementCheck, Lead
from model.leads import lead_rows
from model.services import team
from model.services.accounts import create_account
from model.services.deals import close_deal, update_deal
from model.services.leads import convert_lead, create_lead

P2_EXITS = [f"P2.EXIT.{n}" for n in range(1, 6)]
FIVE = [f"P3.FIVE.{n}" for n in range(1, 6)]


@pytest.fixture
def data(ctx: WorkspaceContext) -> dict[str, int]:
    ids = {
        "Chen": ctx.write(team.create_member, {"name": "Chen", "role": "manager"}).created_id(
            "member"
        ),
        "Liu": ctx.write(team.create_member, {"name": "Liu", "role": "rep"}).created_id("member"),
        "Acme": ctx.write(create_account, {"name": "Acme Steel"}).created_id("account"),
    }
    lead = {"company": "Beta Paper", "channel": 9, "kind": "new", "contact_name": "Ms Qian"}
    ids["beta"] = ctx.write(create_lead, lead | {"received_on": date(2026, 11, 2)}).created_id(
        "lead"
    )
    lead = {"account_id": ids["Acme"], "channel": 1, "kind": "existing", "owner_id": ids["Liu"]}
    ids["acme"] = ctx.write(
        create_lead, lead | {"received_on": date(2026, 10, 5), "note": "new plant"}
    ).created_id("lead")
    return ids


@pytest.fixture
def page(ctx: WorkspaceContext, data: dict[str, int], qtbot: QtBot) -> LeadsPage:
    widget = LeadsPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    return widget


@pytest.fixture
def captures(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Any]]:
    yield from queue_dialogs(
        monkeypatch, form_module, "decide_capture", CaptureDialog, CaptureDialog.values
    )


@pytest.fixture
def conversions(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Any]]:
    yield from queue_dialogs(
        monkeypatch, convert_module, "decide_conversion", ConvertDialog, ConvertDialog.values
    )


def stored(ctx: WorkspaceContext) -> dict[str, Any]:
    return {r.company: r for r in ctx.read(lead_rows)}


def test_table_passes_the_model_tester(
    ctx: WorkspaceContext, data: dict[str, int], qtmodeltester: Any
) -> None:
    model = LeadTableModel()
    model.set_rows(ctx.read(lead_rows))
    qtmodeltester.check(model)


def test_empty_page_says_what_to_do(
    ctx: WorkspaceContext, qtbot: QtBot, captures: list[Any]
) -> None:
    widget = LeadsPage(ctx)
    qtbot.addWidget(widget)
    assert widget.stack.currentIndex() == 0
    assert widget.empty.button is not None and "Capture" in widget.empty.button.text()
    opened: list[CaptureDialog] = []
    captures.append(opened.append)  # the user looks, then cancels
    widget.empty.button.click()
    assert len(opened) == 1 and ctx.undo_stack.count() == 0


def test_capture_form_saves_a_lead_with_undo_and_redo(
    ctx: WorkspaceContext, page: LeadsPage, data: dict[str, int], captures: list[Any], qtbot: QtBot
) -> None:
    def fill(dialog: CaptureDialog) -> None:
        f = dialog.form
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled()  # no company yet
        f.company.setEditText("Gamma Hospital")
        assert ok.isEnabled()
        f.channel.setCurrentIndex(f.channel.findData(3))
        f.kind.setCurrentIndex(f.kind.findData("dormant"))
        qtbot.keyClicks(f.source, "Met at the Shanghai summit")
        qtbot.keyClicks(f.contact_name, "Dr Wu")
        f.contact_phone.setText("+86 21 5555 0101")
        f.contact_email.setText("wu@gamma.example")
        f.owner.setCurrentIndex(f.owner.findData(data["Chen"]))
        f.received.setDate(QDate(2026, 11, 30))
        f.note.setText("Wants a demo")
        assert "not protected" in f.rules.text()

    captures.append(fill)
    page.act_new.trigger()
    lead = stored(ctx)["Gamma Hospital"]
    assert (lead.channel, lead.kind, lead.source, lead.contact_name) == (
        3,
        "dormant",
        "Met at the Shanghai summit",
        "Dr Wu",
    )
    assert (lead.contact_email, lead.owner_id, lead.received_on, lead.note) == (
        "wu@gamma.example",
        data["Chen"],
        date(2026, 11, 30),
        "Wants a demo",
    )
    assert lead.account_id is None and lead.status == "new"
    assert page.selected_lead() is not None and page.selected_lead().id == lead.id  # type: ignore[union-attr]
    assert page.count.text() == "3 leads"
    ctx.undo_stack.undo()
    assert "Gamma Hospital" not in stored(ctx)
    assert page.count.text() == "2 leads"
    ctx.undo_stack.redo()
    assert stored(ctx)["Gamma Hospital"].id == lead.id


def test_capture_picks_an_existing_account(
    ctx: WorkspaceContext, page: LeadsPage, data: dict[str, int], captures: list[Any]
) -> None:
    captures.append(lambda d: d.form.company.setCurrentIndex(d.form.company.findData(data["Acme"])))
    page.act_new.trigger()
    rows = [r for r in ctx.read(lead_rows) if r.account_id == data["Acme"]]
    assert len(rows) == 2


def test_edit_in_place_with_undo(
    ctx: WorkspaceContext, page: LeadsPage, data: dict[str, int], qtbot: QtBot
) -> None:
    page.select(data["beta"])
    form = page.editor.form
    assert form.contact_name.text() == "Ms Qian"  # model -> widget
    form.contact_name.setText("Ms Qian Li")
    form.contact_name.editingFinished.emit()
    assert stored(ctx)["Beta Paper"].contact_name == "Ms Qian Li"  # widget -> model
    form.channel.setCurrentIndex(form.channel.findData(2))
    form.channel.activated.emit(form.channel.currentIndex())
    assert stored(ctx)["Beta Paper"].channel == 2
    # the company becomes an existing account
    form.company.setCurrentIndex(form.company.findData(data["Acme"]))
    form.company.activated.emit(form.company.currentIndex())
    beta = next(r for r in ctx.read(lead_rows) if r.id == data["beta"])
    assert beta.account_id == data["Acme"]
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    beta = next(r for r in ctx.read(lead_rows) if r.id == data["beta"])
    assert (beta.account_id, beta.channel) == (None, 9)
    assert form.channel.currentData() == 9  # the form follows the undo
    ctx.undo_stack.redo()
    assert stored(ctx)["Beta Paper"].channel == 2


def test_delete_with_undo_and_redo(
    ctx: WorkspaceContext, page: LeadsPage, data: dict[str, int]
) -> None:
    page.select(data["beta"])
    page.act_delete.trigger()
    assert "Beta Paper" not in stored(ctx)
    assert page.table_model.row_of(data["beta"]) < 0
    ctx.undo_stack.undo()
    assert stored(ctx)["Beta Paper"].id == data["beta"]
    assert page.table_model.row_of(data["beta"]) >= 0
    ctx.undo_stack.redo()
    assert "Beta Paper" not in stored(ctx)


def test_filters_and_search(page: LeadsPage, data: dict[str, int], qtbot: QtBot) -> None:
    def shown() -> list[str]:
        return sorted(r.company for r in page.rows())

    assert shown() == ["Acme Steel", "Beta Paper"]
    page.channel_filter.setCurrentIndex(page.channel_filter.findData(9))
    assert shown() == ["Beta Paper"]
    assert page.count.text() == "1 of 2 shown"
    page.channel_filter.setCurrentIndex(0)
    page.kind_filter.setCurrentIndex(page.kind_filter.findData("existing"))
    assert shown() == ["Acme Steel"]
    page.kind_filter.setCurrentIndex(0)
    page.owner_filter.setCurrentIndex(page.owner_filter.findData(data["Liu"]))
    assert shown() == ["Acme Steel"]
    page.owner_filter.setCurrentIndex(0)
    page.status_filter.setCurrentIndex(page.status_filter.findData("converted"))
    assert shown() == []
    assert page.stack.currentIndex() == 1  # filtered to nothing is not the empty state
    page.status_filter.setCurrentIndex(0)
    qtbot.keyClicks(page.search, "PLANT")  # the note
    assert shown() == ["Acme Steel"]
    page.search.clear()
    assert shown() == ["Acme Steel", "Beta Paper"]


def _fill_conversion(data: dict[str, int]) -> Any:
    def fill(dialog: ConvertDialog) -> None:
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled()
        assert "5 still open" in dialog.missing.text()
        dialog.deal_name.setText("Beta paper line MES")
        dialog.amount.setValue(600_000)
        assert not dialog.close_on.isEnabled()  # no day until somebody knows one
        dialog.has_close.click()  # what a click on the box does
        assert dialog.close_on.isEnabled()
        dialog.close_on.setDate(QDate(2027, 3, 31))
        for criterion in P2_EXITS:
            dialog.criteria[criterion].setChecked(True)
        assert not ok.isEnabled()  # the five elements are not verified yet
        # the rep verified the first element; its level is the rep's
        first = dialog.elements[0]
        first.status.setCurrentIndex(first.status.findData("verified"))
        first.by.setCurrentIndex(first.by.findData(data["Liu"]))
        assert first.level.text() == "Rep"
        # evidence typed per element, kept through the manager's confirmation below
        QTest.keyClicks(dialog.elements[0].evidence, "Org chart from Ms Qian")
        QTest.keyClicks(dialog.elements[3].evidence, "  Budget line in the 2027 plan ")
        assert "not yet confirmed" in dialog.confirmed.text().casefold()
        # the manager confirms all five
        dialog.manager.setCurrentIndex(dialog.manager.findData(data["Chen"]))
        dialog.manager_method.setCurrentIndex(dialog.manager_method.findData("phone"))
        dialog.confirm_button.click()
        assert all(row.level.text() == "Manager" for row in dialog.elements)
        assert "has confirmed" in dialog.confirmed.text()
        assert ok.isEnabled(), dialog.missing.text()

    return fill


def _deal_and_lead(ctx: WorkspaceContext, lead_id: int) -> tuple[Any, ...]:
    def read(session: Any) -> tuple[Any, ...]:
        lead = session.get(Lead, lead_id)
        deals = session.query(Deal).filter(Deal.name == "Beta paper line MES").all()
        deal = deals[0] if deals else None
        return (
            lead.status,
            lead.deal_id,
            lead.account_id,
            None
            if deal is None
            else (deal.stage, deal.amount, deal.account_id, deal.expected_close),
        )

    return ctx.read(read)


def test_conversion_dialog_converts_with_undo_and_redo(
    ctx: WorkspaceContext, page: LeadsPage, data: dict[str, int], conversions: list[Any]
) -> None:
    page.select(data["beta"])
    assert page.act_convert.isEnabled()
    conversions.append(_fill_conversion(data))
    page.act_convert.trigger()
    status, deal_id, account_id, deal = _deal_and_lead(ctx, data["beta"])
    assert status == "converted" and deal_id is not None and account_id is not None
    assert deal == ("P3", 600_000, account_id, date(2027, 3, 31))
    assert not page.act_convert.isEnabled()  # a second conversion is not offered
    assert "now in P3" in page.editor.deal.text()
    ctx.undo_stack.undo()
    assert _deal_and_lead(ctx, data["beta"]) == ("new", None, None, None)
    assert page.act_convert.isEnabled()
    ctx.undo_stack.redo()
    assert _deal_and_lead(ctx, data["beta"]) == ("converted", deal_id, account_id, deal)
    evidence = ctx.read(
        lambda s: {
            e.element: e.evidence
            for e in s.query(FiveElementCheck).filter(FiveElementCheck.deal_id == deal_id)
        }
    )
    assert evidence == {
        "P3.FIVE.1": "Org chart from Ms Qian",
        "P3.FIVE.2": "",
        "P3.FIVE.3": "",
        "P3.FIVE.4": "Budget line in the 2027 plan",
        "P3.FIVE.5": "",
    }
    # and the page refuses a second conversion in words
    page.convert_lead()
    assert "already became" in page.editor.error.text()


def test_converted_lead_appears_in_p3_on_the_board(
    sample_app: Any, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = sample_app.window
    ctx = sample_app.ctx
    page = window.show_page("leads")
    assert isinstance(page, LeadsPage)
    lead = next(r for r in page.rows() if r.deal_id is None)
    page.select(lead.id)
    members = {m.name: m.id for m in page._choices.members}
    chen = next(m.id for m in page._choices.members if m.role == "manager")
    data = {"Liu": next(iter(members.values())), "Chen": chen}

    def fill(dialog: ConvertDialog) -> None:
        dialog.deal_name.setText("Beta paper line MES")
        for criterion in P2_EXITS:
            dialog.criteria[criterion].setChecked(True)
        dialog.manager.setCurrentIndex(dialog.manager.findData(data["Chen"]))
        dialog.confirm_button.click()

    monkeypatch.setattr(
        convert_module,
        "decide_conversion",
        lambda parent, request: (lambda d: (fill(d), d.values())[1])(
            ConvertDialog(request, parent)
        ),
    )
    page.act_convert.trigger()
    deal_id = _deal_and_lead(ctx, lead.id)[1]
    assert deal_id is not None
    board = window.show_page("board")
    qtbot.waitUntil(lambda: deal_id in board.columns["P3"].view.model().deal_ids(), timeout=5000)
    assert deal_id not in board.columns["P2"].view.model().deal_ids()
    ctx.undo_stack.undo()
    qtbot.waitUntil(
        lambda: deal_id not in board.columns["P3"].view.model().deal_ids(), timeout=5000
    )


def test_yield_table_shows_hand_computed_numbers(
    ctx: WorkspaceContext, data: dict[str, int], qtbot: QtBot
) -> None:
    # Acme's lead (channel 1, Oct 2026) becomes a deal of 500, then won with contract 800;
    # Beta's (channel 9, Nov 2026) stays a lead; one more channel-9 lead in Nov 2026.
    five = {e: {"status": "verified", "by": data["Chen"], "method": "visit"} for e in FIVE}
    made = ctx.write(
        convert_lead, data["acme"], deal_name="D", amount=500, elements=five, criteria=P2_EXITS
    )
    deal = made.created_id("deal")
    ctx.write(create_lead, {"company": "Delta", "channel": 9, "received_on": date(2026, 11, 20)})

    def win(session: Any) -> Any:
        d = session.get(Deal, deal)
        d.stage, d.status, d.contract_value = "P7", "won", 800.0
        return update_deal(session, deal, {"note": "won"})

    ctx.write(win)
    widget = LeadsPage(ctx)
    qtbot.addWidget(widget)
    view = widget.yield_view
    model = view.model

    def cell(row: int, column: YieldColumn) -> str:
        return str(model.index(row, column).data())

    # all time
    assert [
        cell(0, c) for c in (YieldColumn.LEADS, YieldColumn.OPPORTUNITIES, YieldColumn.WON)
    ] == [
        "1",
        "1",
        "1",
    ]
    assert cell(0, YieldColumn.OPPORTUNITY_AMOUNT) == "¥500"
    assert cell(0, YieldColumn.WON_AMOUNT) == "¥800"
    assert cell(8, YieldColumn.LEADS) == "2" and cell(8, YieldColumn.OPPORTUNITY_RATE) == "0%"
    assert cell(10, YieldColumn.LEADS) == "3" and cell(10, YieldColumn.OPPORTUNITY_RATE) == "33%"
    assert "lead, as the method expects" in view.finding.text()
    # November 2026 only: two channel-9 leads, none from channels 1-3
    view.kind.setCurrentIndex(view.kind.findData("month"))
    view.period.setCurrentIndex(view.period.findData("2026-11"))
    assert cell(0, YieldColumn.LEADS) == "0" and cell(8, YieldColumn.LEADS) == "2"
    assert "No lead came from channels 1–3" in view.finding.text()
    view.kind.setCurrentIndex(view.kind.findData("quarter"))
    assert view.period.currentData() == "2026-Q4"
    assert cell(10, YieldColumn.LEADS) == "3"
    _ = close_deal  # the won deal is set directly: the P7 payment rule is not what this tests
    _ = Qt
