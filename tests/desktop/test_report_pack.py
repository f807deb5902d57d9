"""The account review pack: the PDF's pages and text, `keyaccount report`, the export dialog.

The PDF is read back with pypdf (a dev extra). The small account: a KDM with
personal attributes (their marker must never reach the PDF unless asked), a KI
we know who sways the KDM (a route), a deal at P4 with one exit criterion ticked,
a visit with a next step.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from helpers import add_account, add_deal_at, add_member, add_person, queue_dialogs
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from desktop.context import WorkspaceContext
from desktop.report import dialog as pack_dialog
from desktop.report.dialog import ReviewPackDialog, review_pack_action
from desktop.report.pack import read_pack, render_pack
from model.entities import PRIVATE_FIELDS
from model.services import accounts, activities, deals, people

MARK = "QX7PRIVATE"
PAGES = 5  # account, map, deals, activities and next steps, people: one page each here


def _world(ctx: WorkspaceContext) -> dict[str, int]:
    rep = add_member(ctx, "Zhao Rep", "rep")
    acme = add_account(ctx, "Acme Steel")
    add_account(ctx, "Acme Mining")
    ctx.write(accounts.update_account, acme, {"owner_id": rep, "core_needs": "Cut energy cost"})
    kdm = add_person(ctx, acme, "Wang Kdm", role="KDM", title="General Manager")
    ki = add_person(ctx, acme, "Li Ki", role="KI", title="CIO", manager_id=kdm)
    ctx.write(people.update_private, kdm, {f: f"{f} {MARK}" for f in PRIVATE_FIELDS})
    ctx.write(people.set_influence, ki, kdm, 0.8)
    ctx.write(
        people.set_relationship,
        rep,
        ki,
        {"strength": 0.9, "last_contact": date.today() - timedelta(days=3)},
    )
    mill = add_deal_at(ctx, acme, "Mill upgrade", "P4")
    ctx.write(deals.set_exit_check, mill, "P4.EXIT.1", True, by=rep)
    ctx.write(
        activities.log_activity,
        acme,
        {
            "on": date.today() - timedelta(days=2),
            "summary": "Met the CIO",
            "next_step": "Send the reference list",
            "next_due": date.today() + timedelta(days=4),
            "deal_id": mill,
        },
        members=[rep],
        people=[ki],
    )
    return {"acme": acme, "kdm": kdm, "ki": ki, "mill": mill, "rep": rep}


@pytest.fixture
def world(ctx: WorkspaceContext) -> dict[str, int]:
    return _world(ctx)


def _text(data: bytes) -> tuple[PdfReader, list[str]]:
    reader = PdfReader(io.BytesIO(data))
    return reader, [page.extract_text() or "" for page in reader.pages]


def _flat(pages: list[str]) -> str:
    return " ".join(" ".join(pages).split())


def test_the_pack_has_its_pages_and_says_what_the_meeting_needs(
    ctx: WorkspaceContext, world: dict[str, int]
) -> None:
    content = ctx.read(read_pack, world["acme"])
    assert content is not None
    reader, pages = _text(render_pack(content))
    assert len(pages) == PAGES
    # the map's page is landscape, the others portrait
    shapes = [float(p.mediabox.width) > float(p.mediabox.height) for p in reader.pages]
    assert shapes == [False, True, False, False, False]
    text = _flat(pages)
    front = _flat(pages[:1])
    assert "Acme Steel" in front and "Cut energy cost" in front
    # the best route to the KDM, from our rep through the KI
    assert "Zhao Rep —knows→ Li Ki —influences→ Wang Kdm" in _flat(pages[:1])
    assert "Wang Kdm" in _flat(pages[1:2]) and "Li Ki" in _flat(pages[1:2])  # the map's cards
    deals_page = _flat(pages[2:3])
    assert "Mill upgrade" in deals_page
    assert "Exit criteria of P4: 1 of 4 met" in deals_page
    assert "P4.EXIT.1" in deals_page and "P4.EXIT.4" in deals_page
    assert "P3.FIVE.5" in deals_page  # the five elements
    steps_page = _flat(pages[3:4])
    assert "Send the reference list" in steps_page and "Met the CIO" in steps_page
    assert "Wang Kdm" in _flat(pages[4:5])
    assert f"Page 1 of {PAGES}" in front and f"Page {PAGES} of {PAGES}" in _flat(pages[-1:])
    # personal attributes are left out unless asked for
    assert MARK not in text
    assert "Family" not in text


def test_personal_attributes_when_asked(ctx: WorkspaceContext, world: dict[str, int]) -> None:
    content = ctx.read(read_pack, world["acme"], private=True)
    assert content is not None
    _, pages = _text(render_pack(content))
    people_page = _flat(pages[-1:])
    assert f"Family: family {MARK}" in people_page
    assert f"Age: age {MARK}" in people_page
    assert "keep within the account team" in _flat(pages[:1])


def test_an_account_without_people_or_deals_still_reads(ctx: WorkspaceContext) -> None:
    empty = add_account(ctx, "Blank Ltd")
    content = ctx.read(read_pack, empty)
    assert content is not None
    _, pages = _text(render_pack(content))
    assert len(pages) == PAGES
    text = _flat(pages)
    assert "No open deal on this account." in text
    assert "the map is empty" in text
    assert "No open next step." in text


# -- keyaccount report -----------------------------------------------------------------------


def test_keyaccount_report_end_to_end(
    ctx: WorkspaceContext,
    world: dict[str, int],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from desktop.cli import main

    path = ctx.workspace.path
    assert path is not None
    ctx.workspace.checkpoint()
    before = path.read_bytes()
    out = tmp_path / "pack.pdf"
    assert main(["report", str(path), "--account", "Acme Steel", "--out", str(out)]) == 0
    assert f"wrote {out}" in capsys.readouterr().out
    _, pages = _text(out.read_bytes())
    assert len(pages) == PAGES and "Mill upgrade" in _flat(pages)
    assert MARK not in _flat(pages)
    private = tmp_path / "private.pdf"
    args = ["report", str(path), "--account", "Acme Steel", "--out", str(private), "--private"]
    assert main(args) == 0
    assert MARK in _flat(_text(private.read_bytes())[1])
    # an unknown name: one line naming the close matches, no file, no traceback
    missing = tmp_path / "none.pdf"
    assert main(["report", str(path), "--account", "Acme", "--out", str(missing)]) == 2
    err = capsys.readouterr().err
    assert "No account named 'Acme'" in err and "Acme Mining; Acme Steel" in err
    assert not missing.exists()
    assert path.read_bytes() == before  # the workspace was only read


def test_keyaccount_report_in_chinese(
    ctx: WorkspaceContext, world: dict[str, int], tmp_path: Path
) -> None:
    from desktop.cli import main
    from desktop.i18n import install_language, lang

    path = ctx.workspace.path
    assert path is not None
    out = tmp_path / "zh.pdf"
    try:
        args = ["report", str(path), "--account", "Acme Steel", "--out", str(out), "--lang", "zh"]
        assert main(args) == 0
        assert lang() == "zh"
    finally:
        install_language("en")
    _, pages = _text(out.read_bytes())
    assert len(pages) == PAGES and "Acme Steel" in _flat(pages[:1])


# -- the export dialog -----------------------------------------------------------------------


@pytest.fixture
def pack_dialogs(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Any]]:
    yield from queue_dialogs(
        monkeypatch, pack_dialog, "decide_pack", ReviewPackDialog, lambda d: d.values()
    )


def test_export_dialog_writes_the_selected_accounts_pack(
    ctx: WorkspaceContext,
    world: dict[str, int],
    tmp_path: Path,
    qtbot: QtBot,
    pack_dialogs: list[Any],
) -> None:
    from desktop.pages.accounts import AccountsPage

    page = AccountsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1170, 700)
    page.show()
    page.select_account(world["acme"])
    action = next(a for a in page.page_actions() if a.objectName() == "act_review_pack")
    assert action is review_pack_action(page)
    target = tmp_path / "acme.pdf"
    seen: dict[str, Any] = {}

    def fill(d: ReviewPackDialog) -> None:
        seen["account"] = d.account.currentText()
        seen["path"] = d.path.text()
        seen["private"] = d.private.isChecked()
        d.path.setText(str(tmp_path / "acme"))  # ".pdf" is added
        d.private.setChecked(True)

    pack_dialogs.append(fill)
    with qtbot.waitSignal(ctx.hub.status) as status:
        action.trigger()
    assert seen["account"] == "Acme Steel"  # the page's account first
    assert seen["path"].endswith("Acme Steel - review pack.pdf")
    assert seen["private"] is False  # never ticked by default
    assert target.is_file()
    assert str(target) in str(status.args[0])
    assert MARK in _flat(_text(target.read_bytes())[1])

    # no file name: Export stays disabled and nothing is written
    def clear(d: ReviewPackDialog) -> None:
        d.path.clear()

    target.unlink()
    pack_dialogs.append(clear)
    action.trigger()
    assert not target.exists()
