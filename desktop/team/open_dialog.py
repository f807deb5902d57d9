"""File → Open team database…: server, database, user and password of a team database.

The form builds no URL itself: :func:`model.server_login.server_url` does, from
the parts. "Test connection" signs in once and says what it found (a workspace,
an empty database to set one up in) or what is wrong (the server unreachable,
the password refused, no such database, a newer version); Open does the same
check and closes only when it passed. The password is never written to the
settings: it is held by the process, and saved in the system's keyring when
"remember the password" is ticked (desktop/team/passwords.py).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import error_text
from desktop.team.passwords import LoginAnswer, LoginRequest
from model.errors import WorkspaceError
from model.server_login import DEFAULT_PORT, ServerParts


class OpenTeamDialog(QDialog):
    """The sign-in form; :meth:`answer` once it is accepted."""

    def __init__(self, request: LoginRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openTeamDialog")
        self.setWindowTitle(self.tr("Open team database"))
        self.request = request
        parts = request.parts or ServerParts("", DEFAULT_PORT, "", "")
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "A team database is one workspace on a PostgreSQL server that the whole "
                "team opens. Sign in with the user name your administrator gave you."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.host = QLineEdit(parts.host)
        self.host.setObjectName("host")
        self.host.setPlaceholderText(self.tr("e.g. db.example.com"))
        self.port = QSpinBox()
        self.port.setObjectName("port")
        self.port.setRange(1, 65535)
        self.port.setValue(parts.port or DEFAULT_PORT)
        self.port.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)  # 5 digits
        self.port.setToolTip(
            self.tr("The server's port: 5432 unless your administrator says another.")
        )
        self.database = QLineEdit(parts.database)
        self.database.setObjectName("database")
        self.database.setPlaceholderText(self.tr("e.g. sales_team"))
        self.user = QLineEdit(parts.user)
        self.user.setObjectName("user")
        self.user.setPlaceholderText(self.tr("as your administrator gave it"))
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Server:"), self.host)
        form.addRow(self.tr("P&ort:"), self.port)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("&Password:"), self.password)
        layout.addLayout(form)
        self.remember = QCheckBox(self.tr("&Remember the password in the system keyring"))
        self.remember.setObjectName("rememberPassword")
        if not request.keyring:
            self.remember.setEnabled(False)
            self.remember.setToolTip(
                self.tr("This system has no keyring: the password is asked for at each opening.")
            )
        layout.addWidget(self.remember)
        self.status = QLabel()
        self.status.setObjectName("loginStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._say(request.problem, problem=True)  # why it asks again, said as a problem
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Open"))
        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.setObjectName("testConnection")
        self.test_button.setToolTip(
            self.tr("Sign in once and say what the database holds, without opening it.")
        )
        self.buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.test_button.clicked.connect(self.test_connection)
        layout.addSpacing(self.fontMetrics().height() // 2)  # the buttons apart from the words
        layout.addWidget(self.buttons)
        self.ok.setDefault(True)  # once in the dialog: Enter opens from any field
        for edit in (self.host, self.database, self.user):
            edit.textChanged.connect(self._enable)
        self._enable()
        first_empty = next(
            (w for w in (self.host, self.database, self.user) if not w.text().strip()),
            self.password,
        )
        first_empty.setFocus()
        # About 80 characters wide at any text size (the intro in two or three lines),
        # never wider than the screen; as tall as the wrapped text needs.
        screen = self.screen().availableGeometry().width() * 9 // 10
        width = max(self.sizeHint().width(), self.fontMetrics().averageCharWidth() * 80)
        self.setMinimumWidth(min(width, screen))

    def parts(self) -> ServerParts:
        return ServerParts(
            self.host.text().strip(),
            self.port.value(),
            self.database.text().strip(),
            self.user.text().strip(),
        )

    def _enable(self) -> None:
        p = self.parts()
        filled = bool(p.host and p.database and p.user)
        self.ok.setEnabled(filled)
        self.test_button.setEnabled(filled)

    def _say(self, text: str, *, problem: bool) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("QLabel { color: #b00020; }" if problem else "")
        self.status.setVisible(bool(text))
        if self.isVisible():  # room for the words, the form's spacing kept
            self.layout().activate()
            need = self.heightForWidth(self.width())
            if need > self.height():
                self.resize(self.width(), need)

    def check(self) -> bool:
        """Sign in once with what is typed; say what was found. True when it may open."""
        from model.schema import REVISIONS
        from model.server_login import check_login, server_url

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            found = check_login(server_url(self.parts(), self.password.text() or None))
        except WorkspaceError as exc:
            self._say(error_text(exc), problem=True)
            return False
        finally:
            QApplication.restoreOverrideCursor()
        name = self.parts().database
        if found.revision is None and found.tables:
            self._say(
                self.tr(
                    "Connected, but {database} holds tables of another application, not a "
                    "Key Account Navigator workspace. Choose another database."
                ).format(database=name),
                problem=True,
            )
            return False
        if found.revision is None:
            text = self.tr(
                "Connected: {database} is empty; opening it sets up a new workspace in it."
            )
        elif found.revision != REVISIONS[-1]:
            text = self.tr(
                "Connected: {database} was saved by an older version; opening it upgrades it."
            )
        else:
            text = self.tr("Connected: {database} is a team workspace.")
        self._say(text.format(database=name), problem=False)
        return True

    def test_connection(self) -> None:
        self.check()

    def accept(self) -> None:
        if self.ok.isEnabled() and self.check():
            super().accept()

    def answer(self) -> LoginAnswer:
        from model.server_login import public_url, server_url

        return LoginAnswer(
            public_url(server_url(self.parts())),
            self.password.text(),
            save=self.remember.isEnabled() and self.remember.isChecked(),
        )


def ask_login(parent: QWidget | None, request: LoginRequest) -> LoginAnswer | None:
    """Show the dialog; its answer, or None when cancelled."""
    dialog = OpenTeamDialog(request, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.answer()
