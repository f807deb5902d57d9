"""The main window: navigation, menus, toolbar, status bar, welcome screen.

The window owns no data. It holds the open :class:`WorkspaceContext` and
builds pages on first use; everything a page shows comes from the model.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QCoreApplication,
    QMargins,
    QRect,
    QSettings,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QGuiApplication,
    QIcon,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolBar,
    QToolButton,
    QUndoView,
)

from desktop.context import WorkspaceContext
from desktop.errors import error_text
from desktop.file_dialogs import remember_dir, start_dir
from desktop.pages.base import Page
from desktop.pages.registry import Entry, entries
from desktop.welcome import WelcomePage
from model.changes import Changes
from model.dto import AccountRow
from model.errors import DomainError

FILE_FILTER = str(
    QT_TRANSLATE_NOOP("MainWindow", "Key Account Navigator (*.kan);;SQLite (*.db *.sqlite);;*")
)


class MainWindow(QMainWindow):
    """Top-level window. ``openRequested`` asks the application to open a path."""

    openRequested = Signal(str)
    newRequested = Signal(str)
    sampleRequested = Signal()
    closeRequested = Signal()
    settingsRequested = Signal()
    backupsRequested = Signal()

    def __init__(
        self, settings: QSettings, ctx: WorkspaceContext | None = None, *, welcome: bool = True
    ) -> None:
        super().__init__()
        self.settings = settings
        # False: a workspace is shown next (start-up with a file), so the welcome
        # screen is built only if it fails to open (the next set_context(None)).
        self._welcome = welcome
        self.ctx: WorkspaceContext | None = None
        # Told of every workspace shown (None: the welcome screen) by the menus that
        # features add to this window (import, export, encryption), to enable theirs.
        self.context_hooks: list[Callable[[WorkspaceContext | None], None]] = []
        self.previewing = False  # showing the quick accounts list while opening
        self._preview_path: Path | None = None  # the file the preview read
        self._preview_rows: Sequence[AccountRow] | None = None  # its rows, for the page
        self.pages: dict[str, Page] = {}
        self.entries: list[Entry] = entries()
        self._page_actions: list[QAction] = []
        # Page states to give each page when it is built (language switch, reopening).
        self._pending_states: dict[str, dict[str, Any]] = {}
        self._undo_index = 0  # where the undo stack stood, to tell push/redo from undo
        self._redo_next: object | None = None  # the command a redo would run
        self._fitted_size: QSize | None = None  # the restored size, fitted again once shown
        self.setMinimumSize(QSize(960, 600))
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self.me_button = QToolButton()
        self.me_button.setObjectName("meButton")
        self.me_button.setAutoRaise(True)
        self.me_button.clicked.connect(self.act_me.trigger)
        self.statusBar().addPermanentWidget(self.me_button)
        self.workspace_label = QLabel()
        # Read-only, or also open elsewhere: said where the eye goes while editing.
        self.notice_label = QLabel()
        self.notice_label.setObjectName("workspaceNotice")
        self.notice_label.setStyleSheet(
            "QLabel { background: #fff4ce; color: #5c4400; padding: 2px 8px; }"
        )
        self.notice_label.hide()
        self.statusBar().addPermanentWidget(self.notice_label)
        self.statusBar().addPermanentWidget(self.workspace_label)
        self.set_context(ctx)
        self._restore_geometry()

    # -- actions and menus -------------------------------------------------

    def _action(
        self,
        text: str,
        slot: Callable[..., object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        tip: str = "",
        icon: QStyle.StandardPixmap | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        sp = QStyle.StandardPixmap
        self.act_new = self._action(
            self.tr("&New workspace…"),
            self.new_workspace,
            QKeySequence.StandardKey.New,
            self.tr("Create an empty workspace file"),
            sp.SP_FileIcon,
        )
        self.act_open = self._action(
            self.tr("&Open workspace…"),
            self.open_workspace,
            QKeySequence.StandardKey.Open,
            self.tr("Open a workspace file"),
            sp.SP_DialogOpenButton,
        )
        self.act_sample = self._action(
            self.tr("Open the &sample workspace"),
            self.sampleRequested.emit,
            None,
            self.tr("A ready-made workspace to try the method on"),
        )
        self.act_restore = self._action(
            self.tr("Restore from &backup…"),
            self.backupsRequested.emit,
            None,
            self.tr("The workspace's daily and pre-upgrade backups: look at one or restore it"),
        )
        self.act_close = self._action(
            self.tr("&Close workspace"),
            self.closeRequested.emit,
            QKeySequence.StandardKey.Close,
        )
        self.act_me = self._action(
            self.tr("I &am…"),
            self.choose_me,
            None,
            self.tr("Say which team member you are in this workspace"),
        )
        self.act_quit = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.act_undo = self._action(
            self.tr("&Undo"), self._undo, QKeySequence.StandardKey.Undo, icon=sp.SP_ArrowBack
        )
        self.act_redo = self._action(
            self.tr("&Redo"), self._redo, QKeySequence("Ctrl+Shift+Z"), icon=sp.SP_ArrowForward
        )
        self.act_history = self._action(
            self.tr("Undo &history"),
            self.show_history,
            QKeySequence("Ctrl+H"),
            self.tr("Every change of this session, to step back to any point"),
        )
        self.act_find = self._action(self.tr("&Find"), self._find, QKeySequence.StandardKey.Find)
        self.act_search = self._action(
            self.tr("&Go to…"),
            self.show_search,
            QKeySequence("Ctrl+K"),
            self.tr("Find an account, person or deal by name, pinyin initials or phone"),
        )
        self.act_log_activity = self._action(
            self.tr("&Log activity…"),
            lambda _c=False: __import__(
                "desktop.activities.editor", fromlist=["capture_from_window"]
            ).capture_from_window(self),
            QKeySequence("Ctrl+J"),
            self.tr("Log a visit, call or event, pre-filled with what the view has selected"),
        )
        self.act_print = self._action(
            self.tr("&Print…"),
            self.print_page,
            QKeySequence.StandardKey.Print,
            self.tr("Print the current view, with a preview first"),
        )
        self.act_legend = self._action(
            self.tr("&Legend"),
            self.show_legend,
            None,
            self.tr("What the card badges and the map's symbols mean"),
        )
        self.act_competitors = self._action(
            self.tr("Co&mpetitors…"),
            self.show_competitors,
            None,
            self.tr("The competitors we meet: profiles, and how often we win against each"),
        )
        self.act_settings = self._action(
            self.tr("&Settings…"),
            self.settingsRequested.emit,
            QKeySequence("Ctrl+,"),
            self.tr("Language, currency, protection period, stage probabilities"),
        )
        self.act_fullscreen = self._action(
            self.tr("&Full screen"), self._toggle_fullscreen, QKeySequence("F11")
        )
        self.act_presentation = self._action(
            self.tr("&Presentation mode…"),
            self.show_presentation,
            QKeySequence("Shift+F5"),  # F5 is the board's Reload, Ctrl+Shift+P the map's Add
            self.tr("Full screen, large type: step through the accounts of a segment or owner"),
        )
        self.act_bigger = self._action(
            self.tr("&Larger text"),
            lambda: self._zoom(1),
            QKeySequence.StandardKey.ZoomIn,
            self.tr("Larger text, for a projector"),
        )
        self.act_smaller = self._action(
            self.tr("S&maller text"), lambda: self._zoom(-1), QKeySequence.StandardKey.ZoomOut
        )
        self.act_about = self._action(self.tr("&About Key Account Navigator"), self._about)
        self.act_page_help = self._action(
            self.tr("&Help on this view"),
            self.show_page_help,
            QKeySequence(QKeySequence.StandardKey.HelpContents),
            self.tr("What this view is for, its actions and keys, and its part of the method"),
        )
        self.act_method = self._action(
            self.tr("The &method"),
            self.show_method,
            QKeySequence("Shift+F1"),
            self.tr("Every stage, exit criterion, key action, rule and warning of the method"),
        )

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.file_menu.addActions([self.act_new, self.act_open, self.act_sample])
        self.recent_menu = self.file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.file_menu.addSeparator()
        self._install_feature_menus()
        self.file_menu.addAction(self.act_me)
        self.file_menu.addAction(self.act_restore)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_print)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_close)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_quit)
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.edit_menu.addActions([self.act_undo, self.act_redo, self.act_history])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.act_find)
        self.edit_menu.addAction(self.act_search)
        self.edit_menu.addAction(self.act_log_activity)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.act_competitors)
        self.edit_menu.addAction(self.act_settings)
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.nav_actions: list[QAction] = []
        self.nav_group = QActionGroup(self)
        self.nav_group.setExclusive(True)
        for number, entry in enumerate(self.entries, start=1):
            action = self._action(
                entry.title(),
                lambda _checked=False, key=entry.key: self.show_page(key),
                QKeySequence(f"Ctrl+{number}"),
                entry.tooltip(),
            )
            action.setCheckable(True)  # the menu marks the view shown, as the list does
            self.nav_group.addAction(action)
            self.nav_actions.append(action)
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.view_menu.addActions([self.act_bigger, self.act_smaller, self.act_fullscreen])
        self.view_menu.addAction(self.act_presentation)
        self.page_menu = bar.addMenu(self.tr("&Actions"))
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.act_page_help)
        help_menu.addAction(self.act_method)
        help_menu.addAction(self.act_legend)
        help_menu.addSeparator()
        help_menu.addAction(self.act_about)

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self.tr("Main toolbar"), self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setIconSize(QSize(18, 18))
        self.toolbar.addActions([self.act_undo, self.act_redo])
        for action in (self.act_undo, self.act_redo):
            _tidy_toolbar_text(action)
        self.toolbar.addSeparator()
        self.addToolBar(self.toolbar)

    # -- workspace ---------------------------------------------------------

    def _show_notice(self, ctx: WorkspaceContext) -> None:
        """Tell that edits are off, or that someone else has the file open too."""
        from desktop.errors import CONTEXT

        workspace = ctx.workspace
        if workspace.read_only:
            why = QCoreApplication.translate(CONTEXT, workspace.read_only)
            text = self.tr("Read-only: {why}. You can look, not edit.").format(why=why)
        elif workspace.also_open_by:
            text = self.tr(
                "Also open by {who}. Their edits show here as views refresh; "
                "undo never overwrites them."
            ).format(who=workspace.also_open_by)
        else:
            text = ""
        self.notice_label.setText(text)
        self.notice_label.setToolTip(text)
        self.notice_label.setVisible(bool(text))

    def _install_feature_menus(self) -> None:
        """The File menu's data entries, each added by its own feature's module
        (its ``install`` adds actions before the next entries and may register a
        context hook); those modules import their heavy parts only when used."""
        from desktop.encryption.menu import install as install_encryption
        from desktop.exporting.menu import install as install_export
        from desktop.importing.menu import install as install_import
        from desktop.team.live import install as install_live
        from desktop.team.menu import install as install_team

        for install in (install_import, install_export, install_encryption, install_team):
            install(self)
        for install in (install_live,):
            install(self)

    def set_context(self, ctx: WorkspaceContext | None) -> None:
        """Show ``ctx`` (or the welcome screen when None)."""
        if self.ctx is not None and not self.previewing:
            self.save_workspace_views()  # what the user looked at, for the next opening
        old = self.takeCentralWidget()
        if old is not None:
            old.deleteLater()
        if self.ctx is not None:  # connected again below, so never twice
            with contextlib.suppress(RuntimeError, TypeError):
                self.ctx.undo_stack.indexChanged.disconnect(self._undo_moved)
            for signal in (self.ctx.hub.problem, self.ctx.hub.status):
                with contextlib.suppress(RuntimeError, TypeError):
                    signal.disconnect()
            with contextlib.suppress(RuntimeError, TypeError):
                self.ctx.meChanged.disconnect(self._show_me)
            with contextlib.suppress(RuntimeError, TypeError):
                self.ctx.hub.changed.disconnect(self._team_changed)
        opened = ctx.workspace.path if ctx is not None else None
        if self.previewing and opened is not None and opened.resolve() == self._preview_path:
            # The accounts the preview read are the rows the page shows: read once.
            self._preview_rows = self.preview.model.rows
        self.previewing = False
        self._preview_path = None
        self.pages.clear()
        self._pending_states = {}
        self._set_page_actions([])
        self.ctx = ctx
        for action in (
            self.act_close,
            self.act_history,
            self.act_find,
            self.act_search,
            self.act_print,
            self.act_competitors,
            self.act_presentation,
            *self.nav_actions,
        ):
            action.setEnabled(ctx is not None)
        self.act_restore.setEnabled(ctx is not None and ctx.workspace.path is not None)
        for hook in self.context_hooks:
            hook(ctx)
        if ctx is None:
            self.setWindowTitle(self.tr("Key Account Navigator"))
            self.workspace_label.setText("")
            self._show_me()
            self.notice_label.hide()
            self._bind_undo(None)
            if not self._welcome:
                self._welcome = True
                return
            welcome = WelcomePage(self.recent_files())
            welcome.newRequested.connect(self.new_workspace)
            welcome.openRequested.connect(self.open_workspace)
            welcome.sampleRequested.connect(self.sampleRequested.emit)
            welcome.recentRequested.connect(self.openRequested.emit)
            self.setCentralWidget(welcome)
            return
        if ctx.workspace.read_only:
            title = self.tr("{name} (read-only) — Key Account Navigator")
        else:
            title = self.tr("{name} — Key Account Navigator")
        self.setWindowTitle(title.format(name=ctx.workspace.label))
        self.workspace_label.setText(str(ctx.workspace.path or ctx.workspace.label))
        self._show_notice(ctx)
        ctx.hub.problem.connect(self.show_problem)
        ctx.hub.status.connect(self._show_status)
        ctx.meChanged.connect(self._show_me)
        ctx.hub.changed.connect(self._team_changed)
        self._show_me()
        self._bind_undo(ctx)
        self._build_body()
        self.nav.currentRowChanged.connect(self._on_nav)
        saved = self._saved_views(ctx)
        pages = saved.get("pages")
        if isinstance(pages, dict):
            self._pending_states = {
                str(k): v for k, v in pages.items() if isinstance(v, dict) and v
            }
        last = saved.get("page") or str(self.settings.value("window/page", "accounts"))
        keys = [e.key for e in self.entries]
        self.nav.setCurrentRow(keys.index(last) if last in keys else 0)
        self._preview_rows = None  # only for a page built now: later ones read afresh

    def finish_start(self) -> None:
        """On the turn after start-up painted the workspace: what its pages left for
        then (:meth:`Page.finish_building`). A refusal of the model is told as when
        a page is built (:meth:`_on_nav`)."""
        titles = {entry.key: entry.title() for entry in self.entries}
        for key, page in list(self.pages.items()):
            try:
                page.finish_building()
            except DomainError as exc:
                self.show_problem(titles.get(key, ""), error_text(exc))

    def _build_body(self) -> None:
        """Navigation on the left, the pages' stack on the right."""
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setMaximumWidth(190)
        self.nav.setIconSize(QSize(20, 20))
        for entry in self.entries:
            item = QListWidgetItem(entry.title())
            item.setToolTip(entry.tooltip())
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
            item.setSizeHint(QSize(0, 36))
            self.nav.addItem(item)
        self.stack = QStackedWidget()
        splitter = QSplitter()
        splitter.setObjectName("mainSplitter")
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(1, False)
        splitter.setSizes([190, 10_000])
        self.setCentralWidget(splitter)

    def show_preview(
        self, label: str, rows: Sequence[AccountRow], path: Path | None = None
    ) -> None:
        """The accounts at once, while the workspace opens (see Application.start).

        When the workspace of ``path`` opens next, the Accounts page takes these
        rows instead of reading them again (:meth:`take_preview_rows`).
        """
        from desktop.pages.accounts_preview import AccountsPreview

        old = self.takeCentralWidget()
        if old is not None:
            old.deleteLater()
        self.setWindowTitle(self.tr("{name} — Key Account Navigator").format(name=label))
        self.previewing = True
        self._preview_path = path.resolve() if path is not None else None
        self._preview_rows = None
        self._build_body()
        self.nav.setEnabled(False)
        self.nav.setCurrentRow(0)
        self.preview = AccountsPreview(rows)
        self.stack.addWidget(self.preview)

    def take_preview_rows(self) -> Sequence[AccountRow] | None:
        """The accounts the start-up preview read of the workspace just opened
        (once; None when there was none): the Accounts page's first rows."""
        rows, self._preview_rows = self._preview_rows, None
        return rows

    def _bind_undo(self, ctx: WorkspaceContext | None) -> None:
        self.act_undo.setEnabled(False)
        self.act_redo.setEnabled(False)
        if ctx is None:
            return
        stack = ctx.undo_stack
        stack.canUndoChanged.connect(self.act_undo.setEnabled)
        stack.canRedoChanged.connect(self.act_redo.setEnabled)
        # Bound methods, not lambdas: Qt drops them with the window (language switch).
        stack.undoTextChanged.connect(self._undo_text)
        stack.redoTextChanged.connect(self._redo_text)
        stack.indexChanged.connect(self._undo_moved)
        self._remember_undo_place()
        self.act_undo.setEnabled(stack.canUndo())
        self.act_redo.setEnabled(stack.canRedo())

    def _remember_undo_place(self) -> None:
        stack = self.ctx.undo_stack if self.ctx is not None else None
        self._undo_index = stack.index() if stack is not None else 0
        self._redo_next = (
            stack.command(self._undo_index)
            if stack is not None and self._undo_index < stack.count()
            else None
        )

    def _undo_moved(self, index: int) -> None:
        """Confirm in the status bar what was just done, undone or redone, and the key
        that takes it back: a move, a won/lost or a forced move says so where the eye
        can find it, with the way back."""
        if self.ctx is None:
            return
        stack = self.ctx.undo_stack
        before, redo_next = self._undo_index, self._redo_next
        self._remember_undo_place()
        native = QKeySequence.SequenceFormat.NativeText
        if index > before:
            command = stack.command(index - 1)
            if command is None or not command.text():
                return
            keys = self.act_undo.shortcut().toString(native)
            if command is redo_next:
                message = self.tr("Redone: {what} — {keys} to undo")
            else:
                message = self.tr("{what} — {keys} to undo")
        elif index < before:
            command = stack.command(index)
            if command is None or not command.text():
                return
            keys = self.act_redo.shortcut().toString(native)
            message = self.tr("Undone: {what} — {keys} to redo")
        else:
            return
        self.statusBar().showMessage(message.format(what=command.text(), keys=keys), 8000)

    def _undo_text(self, what: str) -> None:
        self.act_undo.setToolTip(self.tr("Undo {what}").format(what=what))

    def _redo_text(self, what: str) -> None:
        self.act_redo.setToolTip(self.tr("Redo {what}").format(what=what))

    def choose_me(self) -> None:
        """File → I am…: say which team member you are (desktop/me.py)."""
        if self.ctx is not None:
            from desktop import me

            me.choose(self.ctx, self.settings, self)

    def _show_me(self, *_changed: object) -> None:
        """The status bar's "Me: …" button and the I am… action follow the open workspace."""
        self.act_me.setEnabled(self.ctx is not None)
        self.me_button.setVisible(self.ctx is not None)
        if self.ctx is None:
            return
        from desktop.labels import team_role_label

        row = None
        if self.ctx.me is not None:  # not yet known at start-up's first paint: no import
            from desktop import me

            row = me.me_row(self.ctx)
        if row is None:
            self.me_button.setText(self.tr("Me: not chosen"))
            self.me_button.setToolTip(
                self.tr("Say which team member you are, so that your changes carry your name")
            )
        else:
            self.me_button.setText(self.tr("Me: {name}").format(name=row.name))
            self.me_button.setToolTip(
                self.tr("You act as {name} ({role}) in this workspace. Click to change.").format(
                    name=row.name, role=team_role_label(row.role)
                )
            )

    def _team_changed(self, changes: object) -> None:
        if (
            self.ctx is not None
            and isinstance(changes, Changes)
            and self.ctx.me in changes.ids("member")
        ):
            self._show_me()

    def _show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 5000)

    def _undo(self) -> None:
        if self.ctx is not None:
            self.ctx.undo_stack.undo()

    def _redo(self) -> None:
        if self.ctx is not None:
            self.ctx.undo_stack.redo()

    def _on_nav(self, row: int) -> None:
        if row < 0 or self.ctx is None:
            return
        entry = self.entries[row]
        page = self.pages.get(entry.key)
        if page is None:
            try:
                page = entry.build(self.ctx, self.stack)
            except DomainError as exc:
                self.show_problem(entry.title(), error_text(exc))
                return
            self.pages[entry.key] = page
            self.stack.addWidget(page)
            page.actionsChanged.connect(lambda p=page: self._refresh_page_actions(p))
            page.accountActivated.connect(self.open_account)
            pending = self._pending_states.pop(entry.key, None)
            if pending and getattr(page, "restores_hidden", False):
                # Before its first show: the page builds what it will show, not its
                # default first (the Dashboards built the Funnel tab, then the saved one).
                self._restore_page(page, pending)
                pending = None
            self.stack.setCurrentWidget(page)
            if pending:
                self._restore_page(page, pending)
        self.stack.setCurrentWidget(page)
        self.nav_actions[row].setChecked(True)
        self._set_page_actions(page.page_actions())
        self.settings.setValue("window/page", entry.key)

    def _refresh_page_actions(self, page: Page) -> None:
        if self.current_page() is page:
            self._set_page_actions(page.page_actions())

    def _set_page_actions(self, actions: list[QAction]) -> None:
        for action in self._page_actions:
            self.toolbar.removeAction(action)
        self.page_menu.clear()
        self._page_actions = actions
        for action in actions:
            _tidy_toolbar_text(action)
        self.toolbar.addActions(actions)
        self.page_menu.addActions(actions)
        self.page_menu.setEnabled(bool(actions))

    def show_page(self, key: str) -> Page | None:
        keys = [e.key for e in self.entries]
        if self.ctx is None or key not in keys:
            return None
        self.nav.setCurrentRow(keys.index(key))
        return self.pages.get(key)

    def open_account(self, account_id: int) -> None:
        """Show an account in the Accounts view (from a ranked list, a card, a map)."""
        page = self.show_page("accounts")
        if page is not None:
            page.select_account(account_id)

    def current_page(self) -> Page | None:
        if self.ctx is None:
            return None
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, Page) else None

    def current_entry(self) -> Entry | None:
        """The navigation entry of the page shown."""
        page = self.current_page()
        key = next((k for k, p in self.pages.items() if p is page), None)
        return next((e for e in self.entries if e.key == key), None)

    # -- what the user looks at, kept across a language switch and reopening ---

    def view_state(self) -> dict[str, Any]:
        """The page shown and every built page's :meth:`Page.view_state`."""
        pages: dict[str, Any] = dict(self._pending_states)  # given, not built yet
        for key, page in self.pages.items():
            try:
                state = page.view_state()
            except Exception:  # one page's state never stops the others
                _log().exception("view_state of %s", key)
                continue
            if state:
                pages[key] = state
        entry = self.current_entry()
        return {"page": entry.key if entry is not None else "", "pages": pages}

    def restore_view_state(self, state: dict[str, Any]) -> None:
        """Show again what :meth:`view_state` returned; pages not built yet get theirs
        when they are first shown."""
        pages = state.get("pages")
        if isinstance(pages, dict):
            for key, value in pages.items():
                if not isinstance(value, dict) or not value:
                    continue
                page = self.pages.get(str(key))
                if page is not None:
                    self._restore_page(page, value)
                else:
                    self._pending_states[str(key)] = value
        key = state.get("page")
        if isinstance(key, str) and key:
            self.show_page(key)

    @staticmethod
    def _restore_page(page: Page, state: dict[str, Any]) -> None:
        try:
            page.restore_view_state(state)
        except Exception:  # a stale saved state never stops a page opening
            _log().exception("restore_view_state of %s", page.key)

    def _views_key(self, ctx: WorkspaceContext) -> str | None:
        path = ctx.workspace.path
        if path is None:
            return None
        digest = hashlib.sha1(str(Path(path).resolve()).encode("utf-8")).hexdigest()[:16]
        return f"views/{digest}"

    def save_workspace_views(self) -> None:
        """Keep :meth:`view_state` in the settings, per workspace file."""
        if self.ctx is None or self.previewing:
            return
        key = self._views_key(self.ctx)
        if key is None:
            return
        try:
            text = json.dumps(self.view_state())
        except (TypeError, ValueError):
            _log().exception("view state is not JSON")
            return
        self.settings.setValue(key, text)

    def _saved_views(self, ctx: WorkspaceContext) -> dict[str, Any]:
        key = self._views_key(ctx)
        text = self.settings.value(key, "") if key is not None else ""
        try:
            value = json.loads(str(text)) if text else {}
        except ValueError:
            return {}
        return value if isinstance(value, dict) else {}

    # -- file commands -----------------------------------------------------

    def _start_dir(self) -> str:
        """The folder workspaces were last chosen in, else the documents folder."""
        return start_dir(self.settings, "workspace")

    def new_workspace(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("New workspace"), self._start_dir(), self.tr(FILE_FILTER)
        )
        if path:
            remember_dir(self.settings, "workspace", path)
            if not Path(path).suffix:
                path += ".kan"
            self.newRequested.emit(path)

    def open_workspace(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open workspace"), self._start_dir(), self.tr(FILE_FILTER)
        )
        if path:
            remember_dir(self.settings, "workspace", path)
            self.openRequested.emit(path)

    def recent_files(self) -> list[str]:
        value = self.settings.value("recent", [])
        items: list[object] = [value] if isinstance(value, str) else []
        if isinstance(value, (list, tuple)):
            items = list(value)
        return [str(v) for v in items if v]

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.recent_files()
        if not recent:
            empty = self.recent_menu.addAction(self.tr("No recent workspaces"))
            empty.setEnabled(False)
        for path in recent:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _=False, p=path: self.openRequested.emit(p))

    # -- odds and ends -----------------------------------------------------

    def show_problem(self, title: str, message: str) -> None:
        """A domain error: a calm dialog that names what is wrong, never a traceback."""
        QMessageBox.warning(self, title or self.tr("Cannot do that"), message)

    def show_history(self) -> None:
        if self.ctx is None:
            return
        view = QUndoView(self.ctx.undo_stack, self)
        view.setWindowFlag(Qt.WindowType.Tool)
        view.setWindowTitle(self.tr("Undo history"))
        view.setEmptyLabel(self.tr("<opened workspace>"))
        view.resize(360, 420)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.show()

    def show_competitors(self) -> None:
        """The workspace's competitors in a dialog over the window (Edit → Competitors…)."""
        if self.ctx is None:
            return
        from desktop.competitors.dialog import open_competitors

        open_competitors(self.ctx, self)

    def show_presentation(self) -> None:
        """View → Presentation mode… (Shift+F5): the review meeting's slides, full screen."""
        if self.ctx is not None:
            from desktop.presentation import open_presentation

            open_presentation(self.ctx, self)

    def show_search(self) -> None:
        """Edit → Go to… (Ctrl+K): the global search (desktop/search_dialog.py)."""
        if self.ctx is not None:
            from desktop.search_dialog import open_search

            open_search(self)

    def print_page(self) -> None:
        """File → Print… (Ctrl+P): the current page through a print preview."""
        page = self.current_page()
        entry = self.current_entry()
        if page is not None:
            from desktop.printing import print_page

            print_page(page, self, entry.title() if entry is not None else "")

    def help_topic(self) -> str | None:
        """The method item F1 points to: the page's own choice, else its entry's default."""
        page = self.current_page()
        entry = self.current_entry()
        topic = page.help_topic() if page is not None else None
        return topic or (entry.help if entry is not None else None)

    def show_page_help(self) -> None:
        """Help → Help on this view (F1): the page's help, or the method without a workspace."""
        entry = self.current_entry()
        page = self.current_page()
        if entry is None or page is None:
            self.show_method()
            return
        from desktop.page_help import open_page_help

        native = QKeySequence.SequenceFormat.NativeText
        general = [
            (
                self.tr("Go to a view (in the order of the list on the left)"),
                self.tr("{first} … {last}").format(
                    first=self.nav_actions[0].shortcut().toString(native),
                    last=self.nav_actions[-1].shortcut().toString(native),
                ),
            ),
        ]
        for action in (
            self.act_search,
            self.act_find,
            self.act_undo,
            self.act_redo,
            self.act_print,
            self.act_bigger,
            self.act_smaller,
            self.act_method,
        ):
            keys = action.shortcut().toString(native)
            if keys:
                general.append((action.text().replace("&", ""), keys))
        open_page_help(entry.key, entry.title(), self.help_topic(), page.page_actions(), general)

    def show_legend(self) -> None:
        """Help → Legend: card badges and map symbols explained."""
        from desktop.legend_help import open_legend

        open_legend(self)

    def _find(self) -> None:
        page = self.current_page()
        if page is not None:
            page.focus_search()

    def _toggle_fullscreen(self) -> None:
        self.setWindowState(self.windowState() ^ Qt.WindowState.WindowFullScreen)

    def _zoom(self, step: int) -> None:
        from desktop import text_size

        size = text_size.set_point_size(text_size.point_size() + step)
        self.settings.setValue("ui/font_size", size)

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Key Account Navigator"),
            self.tr(
                "Key Account Navigator helps a sales team win large enterprise deals with the "
                "seven-step method: from target customers and leads to a signed contract and "
                "the first payment."
            ),
        )

    def _restore_geometry(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restore_geometry(geometry)
        else:
            self.resize(1280, 720)  # fits a 1366×768 laptop; larger screens keep it
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)

    def restore_geometry(self, geometry: QByteArray) -> bool:
        """restoreGeometry, then fit a window saved on a larger screen onto this one.

        Qt refuses a geometry saved on a screen much wider or narrower (1920 → 1366:
        restoreGeometry returns False and the window would open at its minimum
        size); then the window takes the normal rectangle and maximised state kept
        beside it (see closeEvent), fitted to this screen."""
        restored = self.restoreGeometry(geometry)
        if not restored:
            normal = self.settings.value("window/normal")
            rect = normal if isinstance(normal, QRect) and normal.isValid() else None
            self.setGeometry(rect or QRect(0, 0, 1280, 720))
        self.fit_to_screen()
        self._fitted_size = self.size()
        if not restored and _true(self.settings.value("window/maximized", False)):
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        return restored

    def fit_to_screen(self) -> None:
        """Move and shrink the window into its screen's available area (a maximised
        or full-screen window stays so: the system fits it)."""
        if self.windowState() & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
            return
        screen = QGuiApplication.screenAt(self.geometry().center()) or self.screen()
        if screen is None:
            screen = QGuiApplication.primaryScreen()
        if screen is None:
            return
        # The frame (title bar, borders) must fit too; known once the window is shown.
        handle = self.windowHandle()
        margins = handle.frameMargins() if handle is not None else QMargins()
        frame = self.geometry().marginsAdded(margins)
        low = self.minimumSize().grownBy(margins)
        fitted = fit_rect(frame, screen.availableGeometry(), low).marginsRemoved(margins)
        if fitted != self.geometry():
            self.setGeometry(fitted)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._fitted_size is not None:  # now the frame is known: fit once more
            QTimer.singleShot(0, self._fit_after_show)

    def _fit_after_show(self) -> None:
        # Only the restored size: a size code set since (a snapshot's) stays as it is.
        if self._fitted_size is not None and self.size() == self._fitted_size:
            self.fit_to_screen()
        self._fitted_size = None

    def show_method(self) -> None:
        """Help → Method: the method's stages, criteria, rules and warnings."""
        from desktop.method_help import open_method_help

        open_method_help()

    def closeEvent(self, event: QCloseEvent) -> None:
        from desktop.legend_help import close_legend
        from desktop.method_help import close_method_help
        from desktop.page_help import close_page_help

        close_method_help()
        close_page_help()
        close_legend()
        self.save_workspace_views()
        self.settings.setValue("window/geometry", self.saveGeometry())
        # Beside Qt's blob, which Qt refuses on a screen of another width.
        self.settings.setValue("window/normal", self.normalGeometry())
        self.settings.setValue("window/maximized", self.isMaximized())
        self.settings.setValue("window/state", self.saveState())
        super().closeEvent(event)

    def window_icon(self) -> QIcon:
        return self.style().standardIcon(QStyle.StandardPixmap.SP_ComputerIcon)


__all__ = ["MainWindow", "fit_rect"]


def fit_rect(saved: QRect, available: QRect, minimum: QSize | None = None) -> QRect:
    """``saved`` moved and shrunk to lie inside ``available`` (never below ``minimum``).

    >>> fit_rect(QRect(1500, 900, 1920, 1080), QRect(0, 0, 1366, 728))
    PySide6.QtCore.QRect(0, 0, 1366, 728)
    >>> fit_rect(QRect(100, 50, 800, 600), QRect(0, 0, 1366, 728))
    PySide6.QtCore.QRect(100, 50, 800, 600)
    """
    low = minimum if minimum is not None else QSize(0, 0)
    width = max(min(saved.width(), available.width()), low.width())
    height = max(min(saved.height(), available.height()), low.height())
    x = max(available.left(), min(saved.x(), available.left() + available.width() - width))
    y = max(available.top(), min(saved.y(), available.top() + available.height() - height))
    return QRect(x, y, width, height)


def _true(value: object) -> bool:
    """A boolean from the settings (an INI file gives it back as "true")."""
    return value is True or str(value).lower() in ("true", "1")


def _log() -> Any:
    import logging

    return logging.getLogger(__name__)


_ACCELERATOR = re.compile(r"\s*\(&\w\)")


def _tidy_toolbar_text(action: QAction) -> None:
    """Chinese menus write accelerators as "撤销(&U)"; a toolbar button shows
    no accelerator, so it gets the text without the bracket."""
    text = action.text()
    if _ACCELERATOR.search(text):
        action.setIconText(_ACCELERATOR.sub("", text).replace("&&", "&"))
