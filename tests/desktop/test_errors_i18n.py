"""Domain errors reach the user in the interface language.

The model raises English templates with parameters; desktop/errors.py
translates the template, and every ``*_label`` parameter, in the "Errors"
context. In Chinese a real service refusal must read Chinese and still carry
its values; in English it is exactly the model's message.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.commands import EditCommand
from desktop.context import WorkspaceContext
from desktop.errors import error_text
from desktop.i18n import install_language, qm_path
from model.errors import DomainError, WorkspaceError
from model.methodology import load_methodology
from model.services import accounts, deals, people
from model.services.deals import GateBlocked, ReasonRequired

CHINESE = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def zh(ctx: WorkspaceContext) -> Iterator[None]:
    if not qm_path("zh").exists():
        pytest.fail("keyaccount_zh_CN.qm is missing: run `make translations`")
    install_language("zh")
    yield
    install_language("en")


@pytest.fixture
def data(ctx: WorkspaceContext) -> dict[str, int]:
    account = ctx.write(accounts.create_account, {"name": "Acme"}).created_id("account")
    person = ctx.write(people.create_person, account, {"name": "Zhao"}).created_id("person")
    values = {"name": "MES", "account_id": account, "stage": "P3", "force": True, "reason": "CRM"}
    deal = ctx.write(deals.create_deal, values).created_id("deal")
    return {"account": account, "person": person, "deal": deal}


def refusal(ctx: WorkspaceContext, fn: Callable[..., Any], *args: Any, **kw: Any) -> DomainError:
    with pytest.raises(DomainError) as info:
        ctx.write(fn, *args, **kw)
    return info.value


def test_an_empty_name_is_refused_in_chinese(
    ctx: WorkspaceContext, data: dict[str, int], zh: None
) -> None:
    exc = refusal(ctx, accounts.update_account, data["account"], {"name": ""})
    text = error_text(exc)
    assert text == "客户名称不能为空。"  # the label is translated too


def test_a_move_back_without_reason_is_refused_in_chinese(
    ctx: WorkspaceContext, data: dict[str, int], zh: None
) -> None:
    exc = refusal(ctx, deals.move_deal, data["deal"], "P2")
    assert isinstance(exc, ReasonRequired)
    assert CHINESE.search(error_text(exc))
    assert "Moving" not in error_text(exc)


def test_values_survive_the_translation(
    ctx: WorkspaceContext, data: dict[str, int], zh: None
) -> None:
    exc = refusal(ctx, people.update_person, data["person"], {"support": 5})
    text = error_text(exc)
    assert "支持度" in text and "-2" in text and "2" in text and "5" in text
    gate = refusal(ctx, deals.move_deal, data["deal"], "P4")
    assert isinstance(gate, GateBlocked)
    text = error_text(gate)
    assert CHINESE.search(text) and "P3" in text and "P4" in text
    # The unmet criteria in words, never as raw IDs.
    assert load_methodology().text("P3.EXIT.1", "zh") in text and "P3.EXIT.1" not in text
    missing = refusal(ctx, accounts.update_account, 999, {"name": "x"})
    assert error_text(missing) == "此工作区中没有 id 为 999 的客户。"


def test_a_status_word_is_translated_as_a_label(
    ctx: WorkspaceContext, data: dict[str, int], zh: None
) -> None:
    ctx.write(deals.close_deal, data["deal"], "lost", close_reason="price")
    exc = refusal(ctx, deals.close_deal, data["deal"], "shelved", close_reason="timing")
    assert "MES" in error_text(exc) and "丢单" in error_text(exc)


def test_english_is_the_models_own_message(ctx: WorkspaceContext, data: dict[str, int]) -> None:
    install_language("en")
    for exc in (
        refusal(ctx, accounts.update_account, data["account"], {"name": ""}),
        refusal(ctx, deals.move_deal, data["deal"], "P2"),
        refusal(ctx, people.update_person, data["person"], {"support": 5}),
        refusal(ctx, accounts.update_account, 999, {"name": "x"}),
    ):
        assert error_text(exc) == exc.message
    gate = refusal(ctx, deals.move_deal, data["deal"], "P4")
    assert "P3.EXIT.1" in gate.message  # the log keeps the IDs; the user reads the words
    text = error_text(gate)
    assert load_methodology().text("P3.EXIT.1", "en") in text and "P3.EXIT.1" not in text
    assert text.startswith("Moving from P3 to P4 needs: ")


def test_an_unknown_or_broken_template_falls_back_to_the_message(zh: None) -> None:
    exc = DomainError("Not in any catalogue: {x}", x=1)
    assert error_text(exc) == "Not in any catalogue: 1"
    broken = DomainError("Odd {brace")  # e.g. an f-string with a path in it
    assert error_text(broken) == "Odd {brace"


def test_an_inline_refusal_comes_back_translated(
    ctx: WorkspaceContext, data: dict[str, int], zh: None
) -> None:
    command = EditCommand(ctx, "edit", accounts.update_account, data["account"], {"name": ""})
    assert ctx.try_push(command) == "客户名称不能为空。"


def test_a_dialog_refusal_is_translated(
    ctx: WorkspaceContext, data: dict[str, int], zh: None
) -> None:
    shown: list[tuple[str, str]] = []
    ctx.hub.problem.connect(lambda title, text: shown.append((title, text)))
    command = EditCommand(ctx, "edit", people.update_person, data["person"], {"support": 9})
    assert not ctx.push(command)
    assert shown and shown[0][1].startswith("支持度")


def test_a_workspace_that_cannot_open_says_so_in_chinese(
    qapp: object, settings: Any, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.app import Application

    settings.setValue("ui/language", "zh")
    app = Application(settings)
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _parent, _title, text: shown.append(text))
    )
    try:
        missing = tmp_path / "missing.kan"
        assert not app.open(missing)
        assert shown == [f"{missing} 处没有工作区。"]
    finally:
        app.window.close()
        app.window.deleteLater()
        install_language("en")


def test_every_workspace_error_template_is_translated(zh: None) -> None:
    exc = WorkspaceError("No workspace at {path}.", path="/x.kan")
    assert error_text(exc) == "/x.kan 处没有工作区。"
