"""Desktop fixtures: offscreen Qt, throwaway settings, workspaces with data."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QWidget

from desktop.context import WorkspaceContext
from desktop.i18n import install_language
from model.workspace import open_workspace

if TYPE_CHECKING:
    from desktop.app import Application


@pytest.fixture(autouse=True, scope="session")
def _wheel_guard(qapp: object) -> None:
    """The wheel guard desktop.app.qt_app installs on the application (once)."""
    from desktop import wheel_guard

    wheel_guard.install()


@pytest.fixture(autouse=True)
def _collector_as_it_was() -> Iterator[None]:
    """The app freezes what a workspace loads (gc.freeze) and pauses the collector
    while it opens at start-up: right for one long session, but across a thousand
    tests the frozen windows of earlier tests would never be freed, and a start-up
    a test leaves half done would keep the collector off for all later tests."""
    import gc

    yield
    gc.unfreeze()
    gc.enable()


@pytest.fixture(autouse=True)
def _no_unexpected_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal message box offscreen waits forever; fail the test instead.

    Tests that expect a dialog patch it themselves (their patch wins).
    """
    from PySide6.QtWidgets import QMessageBox

    def refuse(*args: object, **_kw: object) -> None:
        texts = [a for a in args if isinstance(a, str)]
        raise AssertionError(f"unexpected message box: {texts}")

    for name in ("warning", "critical", "information", "question", "about"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(refuse))


@pytest.fixture(autouse=True)
def _who_am_i_later(monkeypatch: pytest.MonkeyPatch) -> None:
    """Opening a workspace asks "who are you?" (desktop/me.py); by default nobody answers.

    The app then acts as no member, as it did before it asked. Tests of the
    dialog set ``desktop.me.decider`` themselves (their patch wins).
    """
    from desktop import me

    monkeypatch.setattr(me, "decider", lambda *_args: None)


@pytest.fixture(autouse=True)
def _conflicts_reload(monkeypatch: pytest.MonkeyPatch) -> None:
    """An edit someone else saved first opens the conflict dialog (modal); by default
    the test's user answers "Reload" at once, as a refusal did before the dialog.
    Tests of the dialog set ``desktop.conflict_dialog.decider`` themselves."""
    from desktop import conflict_dialog

    monkeypatch.setattr(conflict_dialog, "decider", lambda *_args: conflict_dialog.RELOAD)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """Fresh settings per test, never the user's real ones."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def ctx(qapp: object, tmp_path: Path) -> Iterator[WorkspaceContext]:
    """An empty workspace."""
    install_language("en")
    context = WorkspaceContext(open_workspace(tmp_path / "empty.kan", create=True))
    yield context
    context.close()


@pytest.fixture(scope="session")
def _sample_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from model.sample import generate_sample

    path = tmp_path_factory.mktemp("sample") / "sample.kan"
    ws = open_workspace(path, create=True)
    generate_sample(ws.engine, lang="en", size="small")
    ws.close()
    return path


@pytest.fixture
def sample_ctx(qapp: object, tmp_path: Path, _sample_file: Path) -> Iterator[WorkspaceContext]:
    """A copy of the small English sample workspace, private to the test."""
    install_language("en")
    path = tmp_path / "sample.kan"
    shutil.copy(_sample_file, path)
    context = WorkspaceContext(open_workspace(path))
    yield context
    context.close()


@pytest.fixture
def app(qapp: object, settings: QSettings) -> Iterator[Application]:
    """The application in English, no workspace open yet; closed after the test."""
    from desktop.app import Application

    settings.setValue("ui/language", "en")
    application = Application(settings)
    yield application
    application.integrity_check = None  # a start-up check still running is ignored
    if application.ctx is not None:
        application.ctx.close()
    application._drop_look_copy()
    _delete_now(application.window)


def _delete_now(window: QWidget) -> None:
    """Close and destroy a test's main window now. Its signals hold lambdas that hold
    the Application, a cycle through Qt that Python's collector cannot see: left to
    itself every window of the suite stays alive (GBs), and each app-wide font change
    or top-level walk of a later test visits them all."""
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def sample_copy(tmp_path: Path, _sample_file: Path) -> Path:
    """A copy of the small English sample workspace's file, private to the test."""
    path = tmp_path / "copy.kan"
    shutil.copy(_sample_file, path)
    return path


@pytest.fixture
def sample_app(app: Application, sample_copy: Path) -> Application:
    """The application with a copy of the sample open in it."""
    assert app.open(sample_copy)
    return app
