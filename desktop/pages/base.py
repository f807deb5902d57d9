"""What every navigation page shares, and the empty state a page shows
when it has nothing yet (it says what will be there and how to get it)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStyle, QVBoxLayout, QWidget

from desktop.context import WorkspaceContext, freeze_heap
from model.changes import Changes


def make_action(
    owner: QWidget,
    text: str,
    tip: str,
    slot: Callable[..., Any],
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    icon: QStyle.StandardPixmap | None = None,
    *,
    checkable: bool = False,
    context: Qt.ShortcutContext | None = None,
) -> QAction:
    """An action of ``owner`` for a toolbar and menu; its tooltip names its shortcut
    (pages use :meth:`Page.make_action`, a view inside a page this)."""
    action = QAction(text, owner)
    action.setCheckable(checkable)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
        if context is not None:
            action.setShortcutContext(context)
        key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        tip = f"{tip} ({key})"
    action.setToolTip(tip)
    action.setStatusTip(tip)
    if icon is not None:
        action.setIcon(owner.style().standardIcon(icon))
    # A checkable action follows its state, also when code sets it.
    (action.toggled if checkable else action.triggered).connect(slot)
    return action


class Page(QWidget):
    """A navigation entry's view. Pages read through ``ctx`` and edit through commands.

    **Following the model lazily.** A page the user cannot see does no work
    for an edit made elsewhere; it keeps what changed and refreshes once when
    it is shown. To use it, a page

    1. connects ``ctx.hub.changed`` to :meth:`changes_arrived` (not to its
       own handler), and
    2. overrides :meth:`apply_changes` with what its handler did (refresh
       only the rows ``changes`` names).

    While the page is hidden in a shown window (another page is current),
    :meth:`changes_arrived` merges the Changes into a pending set
    (``Changes | Changes``) and returns at once; :meth:`showEvent` applies the
    merged set in one call. In a window that is not shown (tests, start-up)
    changes apply at once, as before. A hook that must see current data
    while the page is hidden (``show_deal`` before the page is raised, a
    print) calls :meth:`flush_pending` first. :attr:`stale` says whether
    something waits.
    """

    key = ""
    actionsChanged = Signal()  # page_actions() now returns something else
    accountActivated = Signal(int)  # the user wants to open this account

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._pending: Changes | None = None
        self._frozen = False  # rows read for the first show are kept out of the gc's walks

    # -- lazy refresh (see the class docstring) --------------------------------------

    def changes_arrived(self, changes: Changes) -> None:
        """Slot for ``ctx.hub.changed``: apply now if the page is seen, else keep."""
        if self.isHidden() and self.window().isVisible():
            self._pending = changes if self._pending is None else self._pending | changes
            return
        pending, self._pending = self._pending, None
        self.apply_changes(changes if pending is None else pending | changes)

    def apply_changes(self, changes: Changes) -> None:
        """Refresh what ``changes`` touched (pages that follow the model override this)."""

    def follow_model(self) -> None:
        """The end of a following page's ``__init__``, once its widgets are built:
        connect ``ctx.hub.changed`` to :meth:`changes_arrived` (step 1 above) and
        read what the page shows."""
        self.ctx.hub.changed.connect(self.changes_arrived)
        self.refresh()

    def refresh(self) -> None:
        """Read again all the page shows (pages that show data override this)."""

    def finish_building(self) -> None:
        """After the first paint of a page built at start-up: what it left for then
        (the accounts page lists its rows first; see AccountsPage). Once; by default
        nothing."""

    @property
    def stale(self) -> bool:
        """Changes arrived while hidden and wait for the page to be shown."""
        return self._pending is not None

    def flush_pending(self) -> None:
        """Apply what arrived while hidden, in one refresh."""
        pending, self._pending = self._pending, None
        if pending is not None:
            self.apply_changes(pending)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.flush_pending()
        if not self._frozen:
            self._frozen = True
            QTimer.singleShot(0, freeze_heap)

    make_action = make_action
    """An action of the page for the toolbar and menu (the page is its owner)."""

    def page_actions(self) -> list[QAction]:
        """Actions this page adds to the toolbar and the menu while it is shown."""
        return []

    def focus_search(self) -> None:
        """Ctrl+F: put the cursor in this page's search box, if it has one."""

    def select_account(self, account_id: int | None) -> None:
        """Follow the account chosen elsewhere (pages that show one account)."""

    # -- hooks the main window calls (global search, F1, print, language switch) --

    def show_deal(self, deal_id: int) -> bool:
        """Bring ``deal_id`` into view and select it; False if this page cannot."""
        return False

    def show_person(self, account_id: int, person_id: int) -> bool:
        """Bring a customer person into view and select them; False if this page cannot."""
        return False

    def help_topic(self) -> str | None:
        """What F1 opens on this page: a method item ID (e.g. ``"P3"``) or None for
        the page's own help (see desktop/page_help.py)."""
        return None

    def print_widget(self) -> QWidget | None:
        """The widget Ctrl+P prints (its whole content, not only the visible part),
        or None when the page has nothing to print. By default the page as shown."""
        return self

    def print_title(self) -> str:
        """What a printout's header names besides the view (e.g. the account shown)."""
        return ""

    def view_state(self) -> dict[str, Any]:
        """What the user chose on this page (selected account, map account, …),
        kept when the window is rebuilt for another language or reopened; plain
        JSON values only (the main window keeps it in the settings).

        By default the one account the page shows, for pages that show one (a
        ``current_account()`` method or an ``account_id`` attribute); pages with
        more to keep override this and :meth:`restore_view_state` together."""
        current = getattr(self, "current_account", None)
        account = current() if callable(current) else getattr(self, "account_id", None)
        return {"account": account} if isinstance(account, int) else {}

    def restore_view_state(self, state: dict[str, Any]) -> None:
        """Show again what :meth:`view_state` returned (ignore what no longer exists)."""
        account = state.get("account")
        if isinstance(account, int):
            self.select_account(account)


class EmptyState(QWidget):
    """A calm, centred explanation in place of a blank pane."""

    def __init__(
        self,
        title: str,
        text: str,
        button: str | None = None,
        parent: QWidget | None = None,
        *,
        then: Callable[[], object] | None = None,
    ) -> None:
        """``button``: the text of a button that does the first step, ``then``: what it does."""
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        heading = QLabel(title)
        heading.setObjectName("emptyTitle")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        body = QLabel(text)
        body.setObjectName("emptyText")
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body.setMaximumWidth(560)
        layout.addWidget(heading)
        # Between stretches (not AlignHCenter) so the label gets a width to wrap in.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(body, 4)
        row.addStretch(1)
        layout.addLayout(row)
        self.button: QPushButton | None = None
        if button:
            self.button = QPushButton(button)
            if then is not None:
                self.button.clicked.connect(lambda _checked=False: then())
            layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)


class PlaceholderPage(Page):
    """A view that a later part of the product fills; until then it explains itself."""

    def __init__(
        self, ctx: WorkspaceContext, key: str, title: str, text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.key = key
        layout = QVBoxLayout(self)
        layout.addWidget(EmptyState(title, text))

    def print_widget(self) -> QWidget | None:
        return None  # an explanation of a view to come is nothing to print
