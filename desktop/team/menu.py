"""File → Open team database…: a workspace on a PostgreSQL server (issue 15).

The dialog (desktop/team/open_dialog.py) asks for the server, database, user and
password; the database then opens through the window's ordinary open path
(``openRequested``, as a file chosen in File → Open does), by its URL without
the password, which is what the recent workspaces keep. The password waits in
desktop/team/passwords.py, held by the process or saved in the keyring.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from desktop.mainwindow import MainWindow

CONTEXT = "TeamMenu"
LAST = "team/last"
"""Settings key of the team database opened from the dialog last (its URL, no password)."""


def install(window: MainWindow) -> None:
    """Add File → Open team database… under File → Open recent."""
    action = QAction(QCoreApplication.translate(CONTEXT, "Open &team database…"), window)
    action.setObjectName("openTeamDatabase")
    action.setStatusTip(
        QCoreApplication.translate(
            CONTEXT, "Open the team's shared workspace on a PostgreSQL server"
        )
    )
    action.triggered.connect(lambda _checked=False: open_team_database(window))
    actions = window.file_menu.actions()
    recent = window.recent_menu.menuAction()
    after = actions.index(recent) + 1 if recent in actions else len(actions)
    if after < len(actions):
        window.file_menu.insertAction(actions[after], action)
    else:
        window.file_menu.addAction(action)
    window.act_open_team = action  # type: ignore[attr-defined]


def open_team_database(window: MainWindow) -> None:
    """Ask for a team database and open it as File → Open opens a file."""
    from desktop.team import passwords
    from model.server_login import is_server, parts_of

    last = str(window.settings.value(LAST, "") or "")
    request = passwords.LoginRequest(
        parts_of(last) if is_server(last) else None, keyring=passwords.keyring_available()
    )
    answer = passwords.decider(window, request)
    if answer is None:
        return
    if answer.password:
        passwords.hold(answer.url, answer.password, save=answer.save)
    window.settings.setValue(LAST, answer.url)
    window.openRequested.emit(answer.url)
