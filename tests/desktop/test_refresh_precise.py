"""The accounts, targeting and team pages refresh only what an edit changed, and
only when shown (issue 11): reads are counted through the read functions the
pages call (monkeypatched), and what the page shows afterwards is checked
against a fresh read of the workspace."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QStackedWidget, QWidget

import desktop.pages.accounts as accounts_module
import desktop.pages.targeting as targeting_module
import desktop.pages.team as team_module
from desktop.board.commands import MoveDealCommand
from desktop.commands import EditCommand
from desktop.context import WorkspaceContext
from desktop.pages.accounts import AccountsPage
from desktop.pages.base import Page
from desktop.pages.targeting import TargetingPage
from desktop.pages.team import TeamPage
from model.dto import AccountRow
from model.rows import account_rows, board_rows, member_rows, person_rows
from model.services import deals
from model.services.team import update_member
from model.targeting import rank


class Shown:
    """A page and a placeholder in a shown window, stacked as the main window does."""

    def __init__(self, page: Page) -> None:
        self.stack = QStackedWidget()
        self.page = page
        self.other = QLabel("another page")
        self.stack.addWidget(page)
        self.stack.addWidget(self.other)
        self.stack.resize(1366, 768)
        self.stack.show()
        QApplication.processEvents()

    def hide_page(self) -> None:
        self.stack.setCurrentWidget(self.other)
        assert self.page.isHidden()

    def show_page(self) -> None:
        self.stack.setCurrentWidget(self.page)  # showEvent applies what waits
        QApplication.processEvents()

    def close(self) -> None:
        self.stack.close()
        self.stack.deleteLater()


def _shown(page: Page) -> Iterator[Shown]:
    shown = Shown(page)
    yield shown
    shown.close()


@pytest.fixture
def accounts(sample_ctx: WorkspaceContext) -> Iterator[Shown]:
    yield from _shown(AccountsPage(sample_ctx))


@pytest.fixture
def targeting(sample_ctx: WorkspaceContext) -> Iterator[Shown]:
    yield from _shown(TargetingPage(sample_ctx))


@pytest.fixture
def team(sample_ctx: WorkspaceContext) -> Iterator[Shown]:
    yield from _shown(TeamPage(sample_ctx))


def _counting(monkeypatch: pytest.MonkeyPatch, module: Any, name: str, fn: Any) -> list[Any]:
    """Every call of ``module.name`` (the page's read function), with its keywords."""
    seen: list[Any] = []

    def counting(session: Any, *args: Any, **kwargs: Any) -> Any:
        seen.append(kwargs)
        return fn(session, *args, **kwargs)

    monkeypatch.setattr(module, name, counting)
    return seen


def _open_deal(
    ctx: WorkspaceContext, stage: str, accounts: set[int] | None = None
) -> tuple[int, int]:
    """(deal id, account id) of an open deal in ``stage`` (of one of ``accounts``)."""
    card = next(
        c
        for c in ctx.read(board_rows)
        if c.status == "open"
        and c.stage == stage
        and (accounts is None or c.account_id in accounts)
    )
    return card.id, card.account_id


def _ranked_ids(page: TargetingPage) -> set[int]:
    return {r.account.id for r in page.ranked_model.rows()}


def _fresh(ctx: WorkspaceContext, account_id: int) -> AccountRow:
    return next(r for r in ctx.read(account_rows) if r.id == account_id)


def _shown_row(page: AccountsPage, account_id: int) -> AccountRow:
    return page.model.account_at(page.model.row_of(account_id))


def _move(ctx: WorkspaceContext, deal_id: int, stage: str) -> MoveDealCommand:
    command = MoveDealCommand(ctx, "Move", deal_id, stage, force=True, reason="test")
    assert ctx.push(command)
    return command


# -- the read itself ------------------------------------------------------------------------


def test_account_rows_of_a_few_accounts_equal_their_rows_in_the_full_read(
    sample_ctx: WorkspaceContext,
) -> None:
    everyone = {r.id: r for r in sample_ctx.read(account_rows)}
    some = sorted(everyone)[::3][:5]
    rows = sample_ctx.read(account_rows, account_ids=some)
    assert [r.id for r in rows] == sorted(some, key=lambda i: everyone[i].name)
    assert all(r == everyone[r.id] for r in rows)
    assert any(r.open_deals and r.people and r.last_activity for r in rows)


# -- accounts -------------------------------------------------------------------------------


def test_a_move_re_reads_only_the_accounts_row_and_it_shows_the_new_figures(
    accounts: Shown, sample_ctx: WorkspaceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = accounts.page
    assert isinstance(page, AccountsPage)
    deal_id, account_id = _open_deal(sample_ctx, "P2")
    page.select_account(account_id)
    before = _shown_row(page, account_id).stage_counts
    reads = _counting(monkeypatch, accounts_module, "account_rows", account_rows)

    _move(sample_ctx, deal_id, "P4")

    assert reads == [{"account_ids": [account_id]}], "the list read more than the moved row"
    shown = _shown_row(page, account_id)
    assert shown == _fresh(sample_ctx, account_id)
    assert shown.stage_counts[1] == before[1] - 1 and shown.stage_counts[3] == before[3] + 1
    assert page.current_account() == account_id  # the selection stays


def test_an_undo_re_reads_only_that_row_and_shows_the_figures_back(
    accounts: Shown, sample_ctx: WorkspaceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = accounts.page
    assert isinstance(page, AccountsPage)
    deal_id, account_id = _open_deal(sample_ctx, "P2")
    before = _shown_row(page, account_id)
    _move(sample_ctx, deal_id, "P5")
    reads = _counting(monkeypatch, accounts_module, "account_rows", account_rows)

    sample_ctx.undo_stack.undo()
    assert reads == [{"account_ids": [account_id]}]
    assert _shown_row(page, account_id) == before == _fresh(sample_ctx, account_id)

    sample_ctx.undo_stack.redo()
    assert reads[1:] == [{"account_ids": [account_id]}]
    assert _shown_row(page, account_id) == _fresh(sample_ctx, account_id) != before


def test_a_hidden_accounts_page_reads_nothing_and_shows_the_edits_when_shown(
    accounts: Shown, sample_ctx: WorkspaceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = accounts.page
    assert isinstance(page, AccountsPage)
    deal_id, account_id = _open_deal(sample_ctx, "P2")
    before = _shown_row(page, account_id)
    reads = _counting(monkeypatch, accounts_module, "account_rows", account_rows)
    accounts.hide_page()

    _move(sample_ctx, deal_id, "P3")
    _move(sample_ctx, deal_id, "P4")
    sample_ctx.undo_stack.undo()  # back to P3: three edits, one refresh later
    assert reads == [], "a hidden accounts page read rows for an edit made elsewhere"
    assert page.stale
    assert _shown_row(page, account_id) == before

    accounts.show_page()
    assert not page.stale
    assert reads == [{"account_ids": [account_id]}]
    assert _shown_row(page, account_id) == _fresh(sample_ctx, account_id) != before


def test_an_edit_elsewhere_leaves_the_profile_and_people_unread(
    accounts: Shown, sample_ctx: WorkspaceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A stage move names the account in ``affects`` only: the account editor and
    the people panel beside the list do not re-read themselves for it."""
    import desktop.editors.account_editor as editor_module
    import desktop.pages.people_panel as people_module

    page = accounts.page
    assert isinstance(page, AccountsPage)
    deal_id, account_id = _open_deal(sample_ctx, "P2")
    page.select_account(account_id)
    forms = _counting(
        monkeypatch, editor_module, "read_account_form", editor_module.read_account_form
    )
    people = _counting(monkeypatch, people_module, "person_rows", person_rows)
    _move(sample_ctx, deal_id, "P3")
    assert forms == [] and people == []


# -- targeting ------------------------------------------------------------------------------


def _ranks(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    return _counting(monkeypatch, targeting_module, "rank", rank)


def _assert_ranked_as_fresh(page: TargetingPage, ctx: WorkspaceContext, account_id: int) -> None:
    """The list shows the account's fresh row, in the order a fresh ranking gives."""
    shown = page.ranked_model.rows()
    assert next(r.account for r in shown if r.account.id == account_id) == _fresh(ctx, account_id)
    fresh = rank(ctx.read(account_rows), page._filters, page._weights)
    assert [r.account.id for r in shown] == [r.account.id for r in fresh if r.worth_showing]


def test_a_stage_move_reads_one_row_and_does_not_re_rank(
    targeting: Shown, sample_ctx: WorkspaceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    deal_id, account_id = _open_deal(sample_ctx, "P2")
    reads = _counting(monkeypatch, targeting_module, "account_rows", account_rows)
    ranks = _ranks(monkeypatch)
    _move(sample_ctx, deal_id, "P3")  # between open stages: the pipeline stays
    assert reads == [{"account_ids": [account_id]}]
    assert ranks == [], "the targets were ranked again for a change they do not show"


def test_an_amount_change_re_ranks_and_shows_the_new_pipeline(
    targeting: Shown, sample_ctx: WorkspaceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = targeting.page
    assert isinstance(page, TargetingPage)
    deal_id, account_id = _open_deal(sample_ctx, "P2", _ranked_ids(page))
    reads = _counting(monkeypatch, targeting_module, "account_rows", account_rows)
    ranks = _ranks(monkeypatch)
    amount = next(c for c in sample_ctx.read(board_rows) if c.id == deal_id).amount
    command = EditCommand(
        sample_ctx, "Amount", deals.update_deal, deal_id, {"amount": amount + 5_000_000}
    )
    assert sample_ctx.push(command)
    assert reads == [{"account_ids": [account_id]}]
    assert len(ranks) == 1
    _assert_ranked_as_fresh(page, sample_ctx, account_id)


def test_a_hidden_targeting_page_does_no_work_and_follows_when_shown(
    targeting: Shown, sample_ctx: WorkspaceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = targeting.page
    assert isinstance(page, TargetingPage)
    deal_id, account_id = _open_deal(sample_ctx, "P2", _ranked_ids(page))
    reads = _counting(monkeypatch, targeting_module, "account_rows", account_rows)
    ranks = _ranks(monkeypatch)
    targeting.hide_page()
    amount = next(c for c in sample_ctx.read(board_rows) if c.id == deal_id).amount
    sample_ctx.push(
        EditCommand(sample_ctx, "Amount", deals.update_deal, deal_id, {"amount": amount + 7})
    )
    _move(sample_ctx, deal_id, "P3")
    assert reads == [] and ranks == [], "a hidden targeting page read or ranked"
    assert page.stale

    targeting.show_page()
    assert reads == [{"account_ids": [account_id]}] and len(ranks) == 1
    _assert_ranked_as_fresh(page, sample_ctx, account_id)


# -- team -----------------------------------------------------------------------------------


def test_a_hidden_team_page_reads_nothing_and_shows_a_renamed_member_when_shown(
    team: Shown, sample_ctx: WorkspaceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = team.page
    assert isinstance(page, TeamPage)
    member = page.rows()[0]
    reads = _counting(monkeypatch, team_module, "member_rows", member_rows)
    team.hide_page()
    sample_ctx.push(
        EditCommand(sample_ctx, "Rename", update_member, member.id, {"name": "Renamed Person"})
    )
    deal_id, _account = _open_deal(sample_ctx, "P2")
    _move(sample_ctx, deal_id, "P3")
    assert reads == [] and page.stale

    team.show_page()
    assert len(reads) == 1 and not page.stale
    assert next(r for r in page.rows() if r.id == member.id).name == "Renamed Person"
    _move(sample_ctx, deal_id, "P4")  # shown: a deal's move is nothing the team shows
    assert len(reads) == 1


def test_pages_in_a_window_not_shown_follow_at_once(sample_ctx: WorkspaceContext) -> None:
    """Tests and start-up: nothing is seen, so nothing waits."""
    holder = QWidget()
    page = AccountsPage(sample_ctx, holder)
    deal_id, account_id = _open_deal(sample_ctx, "P2")
    _move(sample_ctx, deal_id, "P3")
    assert not page.stale
    assert _shown_row(page, account_id) == _fresh(sample_ctx, account_id)
    holder.deleteLater()
