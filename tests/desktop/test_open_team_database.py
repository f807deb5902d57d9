"""File → Open team database…: the dialog signs in to the run's PostgreSQL server, the
window shows the team's workspace, the password lives in the keyring (never the
settings), recent workspaces keep the URL without it, and problems are said in words."""

from __future__ import annotations

import socket
import uuid
from collections.abc import Callable, Iterator
from contextlib import suppress
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from sqlalchemy.engine import URL

from desktop import cli
from desktop.app import Application
from desktop.pages.board import BoardPage
from desktop.team import passwords
from desktop.team.open_dialog import OpenTeamDialog
from desktop.team.passwords import LoginAnswer, LoginRequest
from model.copying import copy_workspace
from model.rows import board_rows
from model.workspace import open_for_reading, open_workspace
from tests.model.keyrings import MemoryKeyring, using
from tests.postgres import Server

Filler = Callable[[OpenTeamDialog], None]


# -- the server: the sample in a database, a member who signs in with a password ------------


@pytest.fixture(scope="module")
def sample_template(pg_server: Server, _sample_file: Path) -> Iterator[str]:
    """The small sample copied into a database once; each test gets a copy of it."""
    url = pg_server.fresh_database()
    copy_workspace(_sample_file, url)
    yield str(url.database)
    pg_server.drop_database(url)


@pytest.fixture
def team_db(pg_server: Server, sample_template: str) -> Iterator[URL]:
    url = pg_server.fresh_database(template=sample_template)
    yield url
    pg_server.drop_database(url)


class Member:
    def __init__(self, name: str, password: str) -> None:
        self.name = name
        self.password = password


@pytest.fixture
def member(pg_server: Server) -> Iterator[Member]:
    """A role that must give its password (the run's server trusts its own superuser:
    a line ahead of that one in pg_hba.conf asks this role for a password)."""
    name = "kan_p5_" + uuid.uuid4().hex[:10]
    password = "right-" + uuid.uuid4().hex[:6]
    hba = pg_server.folder / "data" / "pg_hba.conf" if pg_server.folder else None
    before = hba.read_text(encoding="utf-8") if hba is not None else ""
    if hba is not None:
        hba.write_text(f"host all {name} 127.0.0.1/32 scram-sha-256\n{before}", encoding="utf-8")
    pg_server.admin_execute(
        f"CREATE ROLE {name} LOGIN SUPERUSER PASSWORD '{password}'", "SELECT pg_reload_conf()"
    )
    yield Member(name, password)
    if hba is not None:
        hba.write_text(before, encoding="utf-8")
    with suppress(Exception):
        pg_server.admin_execute(f"DROP ROLE IF EXISTS {name}", "SELECT pg_reload_conf()")


@pytest.fixture(autouse=True)
def ring() -> Iterator[MemoryKeyring]:
    """A keyring in memory (never the system's), and no password held between tests."""
    memory = MemoryKeyring()
    passwords.forget_all()
    with using(memory):
        yield memory
    passwords.forget_all()


# -- standing in for the user ----------------------------------------------------------------


class Answers(list[Filler]):
    """Fillers for the dialogs to come; ``requests``: what each dialog was asked."""

    def __init__(self) -> None:
        super().__init__()
        self.requests: list[LoginRequest] = []


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> Iterator[Answers]:
    """The real dialog for each sign-in; the queued filler types and clicks in it as the
    user would (its Open button checks the connection). Its answer if it was accepted."""
    queue = Answers()

    def decide(parent: QWidget | None, request: LoginRequest) -> LoginAnswer | None:
        assert queue, "a sign-in dialog opened that the test did not expect"
        queue.requests.append(request)
        dialog = OpenTeamDialog(request, parent)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        queue.pop(0)(dialog)
        accepted = dialog.result() == QDialog.DialogCode.Accepted
        dialog.hide()
        return dialog.answer() if accepted else None

    monkeypatch.setattr(passwords, "decider", decide)
    yield queue
    assert not queue, "a sign-in dialog the test prepared never opened"


def type_into(qtbot: QtBot, edit: QLineEdit, value: str) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, value)


def fill(qtbot: QtBot, url: URL, user: str, password: str, *, remember: bool = False) -> Filler:
    def typed(dialog: OpenTeamDialog) -> None:
        type_into(qtbot, dialog.host, str(url.host))
        dialog.port.selectAll()
        qtbot.keyClicks(dialog.port, str(url.port))
        type_into(qtbot, dialog.database, str(url.database))
        type_into(qtbot, dialog.user, user)
        type_into(qtbot, dialog.password, password)
        if remember:
            qtbot.mouseClick(dialog.remember, Qt.MouseButton.LeftButton)

    return typed


def click(qtbot: QtBot, dialog: OpenTeamDialog, which: str) -> None:
    button = {
        "test": dialog.test_button,
        "open": dialog.ok,
        "cancel": dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel),
    }[which]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def then(*steps: Filler) -> Filler:
    def run(dialog: OpenTeamDialog) -> None:
        for step in steps:
            step(dialog)

    return run


def action(app: Application, name: str) -> QAction:
    found = app.window.findChild(QAction, name)
    assert found is not None, name
    return found


def sample_deals(sample_file: Path) -> set[int]:
    with open_for_reading(sample_file) as session:
        return {card.id for card in board_rows(session)}


def board_deals(app: Application) -> set[int]:
    page = app.window.show_page("board")
    assert isinstance(page, BoardPage)
    return {deal for model in page.models.values() for deal in model.deal_ids()}


def public(url: URL, user: str) -> str:
    return url.set(username=user).render_as_string(hide_password=True).replace(":***", "")


# -- the tests -------------------------------------------------------------------------------


def test_the_menu_opens_the_team_database_and_the_board_shows_its_deals(
    app: Application,
    qtbot: QtBot,
    team_db: URL,
    member: Member,
    answers: Answers,
    ring: MemoryKeyring,
    settings: QSettings,
    _sample_file: Path,
) -> None:
    status: list[str] = []

    def tested(dialog: OpenTeamDialog) -> None:
        click(qtbot, dialog, "test")
        status.append(dialog.status.text())

    answers.append(
        then(
            fill(qtbot, team_db, member.name, member.password, remember=True),
            tested,
            lambda d: click(qtbot, d, "open"),
        )
    )
    action(app, "openTeamDatabase").trigger()
    assert status == [f"Connected: {team_db.database} is a team workspace."]
    assert app.ctx is not None and app.ctx.workspace.path is None
    assert str(team_db.database) in app.window.windowTitle()
    assert board_deals(app) == sample_deals(_sample_file) != set()
    where = public(team_db, member.name)
    assert app.window.recent_files()[0] == where
    assert ring.saved == {(passwords.KEYRING_SERVICE, where): member.password}
    settings.sync()
    assert member.password not in Path(settings.fileName()).read_text(encoding="utf-8")

    # Another day: the recent entry opens with the keyring's password, nothing asked.
    app.close_workspace()
    passwords.forget_all()
    app.window.recent_menu.aboutToShow.emit()
    entry = next(a for a in app.window.recent_menu.actions() if a.text() == where)
    entry.trigger()
    assert app.ctx is not None and board_deals(app) == sample_deals(_sample_file)


def test_a_wrong_password_is_said_in_the_dialog_and_nothing_opens(
    app: Application,
    qtbot: QtBot,
    team_db: URL,
    member: Member,
    answers: Answers,
    ring: MemoryKeyring,
) -> None:
    said: list[str] = []
    answers.append(
        then(
            fill(qtbot, team_db, member.name, "wrong", remember=True),
            lambda d: click(qtbot, d, "open"),
            lambda d: said.append(d.status.text()),
            lambda d: click(qtbot, d, "cancel"),
        )
    )
    action(app, "openTeamDatabase").trigger()
    assert len(said) == 1 and "refused the password of " + member.name in said[0]
    assert app.ctx is None and ring.saved == {}
    assert app.window.recent_files() == []


def test_a_stale_password_in_the_keyring_is_asked_again_and_the_new_one_kept(
    app: Application,
    qtbot: QtBot,
    team_db: URL,
    member: Member,
    answers: Answers,
    ring: MemoryKeyring,
) -> None:
    where = public(team_db, member.name)
    passwords.save_password(where, "changed-since")
    answers.append(
        then(
            lambda d: type_into(qtbot, d.password, member.password),
            lambda d: qtbot.mouseClick(d.remember, Qt.MouseButton.LeftButton),
            lambda d: click(qtbot, d, "open"),
        )
    )
    assert app.open(where)  # as a recent entry or `keyaccount URL` opens it
    request = answers.requests[0]
    assert request.parts is not None
    assert request.parts.user == member.name and request.parts.database == team_db.database
    assert "refused the password" in request.problem
    assert ring.saved[(passwords.KEYRING_SERVICE, where)] == member.password
    # cancelled: nothing opened, the entry stays among the recent workspaces
    app.close_workspace()
    passwords.forget_all()
    passwords.save_password(where, "stale-again")
    answers.append(lambda d: click(qtbot, d, "cancel"))
    assert not app.open(where)
    assert app.ctx is None and app.window.recent_files()[0] == where


def test_the_dialog_says_what_is_wrong_in_words(
    app: Application,
    qtbot: QtBot,
    pg_server: Server,
    team_db: URL,
    answers: Answers,
) -> None:
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]
    future = pg_server.fresh_database()
    ws = open_workspace(future, create=True)
    with ws.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    ws.close()
    empty = pg_server.fresh_database()
    said: list[str] = []

    def look(url: URL) -> Filler:
        return then(
            fill(qtbot, url, "kan", "any"),
            lambda d: click(qtbot, d, "test"),
            lambda d: said.append(d.status.text()),
        )

    try:
        answers.append(
            then(
                look(team_db.set(port=closed)),
                look(team_db.set(database="no_such_db")),
                look(future),
                look(empty),
                lambda d: click(qtbot, d, "cancel"),
            )
        )
        action(app, "openTeamDatabase").trigger()
    finally:
        pg_server.drop_database(future)
        pg_server.drop_database(empty)
    assert "cannot be reached" in said[0] and str(closed) in said[0]
    assert "has no database no_such_db" in said[1]
    assert "newer version" in said[2] and "9999_from_the_future" in said[2]
    assert "is empty; opening it sets up a new workspace" in said[3]
    assert app.ctx is None


def test_keyaccount_url_opens_it_as_a_url(
    app: Application,
    team_db: URL,
    member: Member,
    monkeypatch: pytest.MonkeyPatch,
    _sample_file: Path,
) -> None:
    given = team_db.set(username=member.name, password=member.password)
    typed = given.render_as_string(hide_password=False)
    started: list[object] = []

    class Started:
        def __init__(self, **_kw: object) -> None:
            pass

        def start(self, path: object) -> None:
            started.append(path)

        def run(self) -> int:
            return 0

    monkeypatch.setattr("desktop.app.Application", Started)
    monkeypatch.setattr(cli, "_end_process", lambda code: code)
    assert cli.run_gui(cli.gui_parser().parse_args([typed])) == 0
    assert started == [typed]  # a URL, never made a file path
    app.start(typed)  # what the real application then does with it
    assert app.ctx is not None and board_deals(app) == sample_deals(_sample_file)
    recent = app.window.recent_files()
    assert recent == [public(team_db, member.name)] and member.password not in recent[0]
