"""Presentation mode (View ▸ Presentation mode…): the account review meeting's slides.

:func:`open_presentation` asks which accounts to go through
(:mod:`desktop.presentation.start`), reads them in meeting order
(:mod:`model.presentation`) and shows :class:`~desktop.presentation.window.PresentationWindow`
through :data:`present` — full screen on the main window's screen; tests
replace it to show the window at a fixed size.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from desktop.context import WorkspaceContext
from desktop.presentation import start
from desktop.presentation.start import ALL, OWNER, SEGMENT, StartChoice, StartRequest

if TYPE_CHECKING:
    from desktop.presentation.window import PresentationWindow


def _full_screen(window: PresentationWindow) -> None:
    parent = window.parentWidget()
    screen = parent.screen() if parent is not None else None
    if screen is not None:
        window.setGeometry(screen.geometry())
    window.showFullScreen()


present: Callable[[PresentationWindow], None] = _full_screen
"""How the window is shown; tests replace it (windowed, at a size they choose)."""


def start_request(ctx: WorkspaceContext) -> StartRequest:
    from model.presentation import owner_choices, segment_choices
    from model.rows import account_rows

    return StartRequest(
        tuple(ctx.read(segment_choices)),
        tuple(ctx.read(owner_choices)),
        len(ctx.read(account_rows)),
        ctx.me,
    )


def accounts_of(ctx: WorkspaceContext, choice: StartChoice) -> list[int]:
    """The accounts of the choice, in meeting order."""
    from model.presentation import every_account, owner_accounts, segment_accounts

    if choice.kind == SEGMENT and choice.id is not None:
        return ctx.read(segment_accounts, choice.id)
    if choice.kind == OWNER and choice.id is not None:
        return ctx.read(owner_accounts, choice.id)
    assert choice.kind == ALL
    return ctx.read(every_account)


def open_presentation(ctx: WorkspaceContext, parent: QWidget | None) -> PresentationWindow | None:
    """Ask which accounts, then show their slides; None when the user cancels."""
    from desktop.presentation.window import PresentationWindow

    choice = start.decide_start(parent, start_request(ctx))
    if choice is None:
        return None
    ids = accounts_of(ctx, choice)
    if not ids:
        return None
    window = PresentationWindow(ctx, choice, ids, parent)
    present(window)
    return window
