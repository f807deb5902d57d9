"""The start-up preview hands its rows to the Accounts page: the page neither sorts
nor measures again the very rows the preview has just sorted and measured, and
anything else (other rows, another order, another language) is worked out anew."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

import desktop.models.accounts_model as accounts_model
from desktop.context import WorkspaceContext
from desktop.i18n import install_language
from desktop.models.accounts_model import (
    AccountsFilterProxy,
    AccountsTableModel,
    Column,
    sort_rows,
)
from desktop.pages.accounts_preview import AccountsPreview
from desktop.pages.accounts_table import accounts_table
from model.rows import account_rows


def test_the_preview_rows_are_not_sorted_or_measured_twice(
    sample_ctx: WorkspaceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    ranked: list[int] = []
    real_ranks = accounts_model.ranks

    def counted(texts: Any) -> dict[str, int]:
        ranked.append(1)
        return real_ranks(texts)

    monkeypatch.setattr(accounts_model, "ranks", counted)
    rows = list(reversed(sample_ctx.read(account_rows)))
    shown = AccountsPreview(rows)  # sorts and measures them
    preview = shown.model
    assert ranked and [r.name for r in preview.rows] == sorted(r.name for r in rows)
    names = preview.column_texts(Column.NAME)
    pipeline = preview.column_texts(Column.PIPELINE)

    page = AccountsTableModel()
    proxy = AccountsFilterProxy()
    proxy.setSourceModel(page)
    table = accounts_table(proxy)  # sorts and measures its empty model, as the page's does
    ranked.clear()
    calls: list[int] = []
    real_display = AccountsTableModel._display
    monkeypatch.setattr(
        AccountsTableModel, "_display", lambda m, r, c: calls.append(1) or real_display(m, r, c)
    )
    page.set_rows(preview.rows)  # what take_preview_rows gives; the table fits its columns
    assert ranked == []  # in order already: no collation keys worked out
    assert calls == []  # and the figures' texts known
    assert page.rows == preview.rows
    assert page.column_texts(Column.PIPELINE) == pipeline and calls == []
    assert page.column_texts(Column.NAME) == names

    # Other rows, another order or another language: worked out again.
    descending = sort_rows(preview.rows, Column.NAME, descending=True)
    assert ranked and [r.name for r in descending] == sorted(names, reverse=True)
    ranked.clear()
    changed = [replace(preview.rows[0], pipeline=123_456_789.0), *preview.rows[1:]]
    page.set_rows(changed)
    assert ranked  # equal values, other objects: sorted again
    assert "123M" in page.column_texts(Column.PIPELINE) and calls
    ranked.clear()
    install_language("zh")
    try:
        sort_rows(changed, Column.NAME, descending=False)
        assert ranked
        assert "1.23亿" in page.column_texts(Column.PIPELINE)
    finally:
        install_language("en")
    table.deleteLater()
    shown.deleteLater()
