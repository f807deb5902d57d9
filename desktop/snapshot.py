"""Render a view offscreen to PNG: for the README, reviews and checking our work."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from model.errors import DomainError
from model.files import save_with


def snapshot(
    workspace: str,
    view: str,
    out: Path,
    size: tuple[int, int] = (1600, 1000),
    lang: str = "en",
    account: str | None = None,
    routes: bool = True,
) -> Path:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop.app import Application
    from desktop.pages.registry import VIEW_KEYS

    if view not in VIEW_KEYS:
        raise DomainError(
            "Unknown view '{view}'; choose one of {views}.", view=view, views=", ".join(VIEW_KEYS)
        )
    # A throwaway settings file: a snapshot must not change the user's window state,
    # nor leave anything beside its output, even when it fails.
    scratch = Path(tempfile.mkdtemp(prefix="keyaccount-snapshot-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    settings = QSettings(str(scratch / "snapshot.ini"), QSettings.Format.IniFormat)
    settings.setValue("ui/language", lang)
    settings.setValue("window/page", view)
    app = Application(settings, interactive=False)
    try:
        # A team database is read as it is (nothing of it is written by a look).
        source = workspace if "://" in workspace else _readable_copy(Path(workspace), scratch)
        if not app.open(source):
            raise DomainError("Cannot open {workspace}.", workspace=workspace)
        window = app.window
        window.resize(*size)
        window.show()
        page = window.show_page(view)
        if account and page is not None:
            account_id = _account_id(app, account)
            for key, other in window.pages.items():
                if key != view or other is page:
                    other.select_account(account_id)
        for _ in range(5):
            QApplication.processEvents()
        if routes and page is not None and hasattr(page, "act_route"):
            # The map's point: light the strongest routes to the decision maker.
            page.act_route.trigger()
            for _ in range(5):
                QApplication.processEvents()
        image = window.grab()

        def write(temporary: Path) -> None:
            if not image.save(str(temporary), "PNG"):
                raise OSError(f"cannot write {out}")

        save_with(out, write)
    finally:
        if app.ctx is not None:
            app.ctx.close()
        shutil.rmtree(scratch, ignore_errors=True)
    return out


def _readable_copy(path: Path, scratch: Path) -> Path:
    """The file itself when it is current; else a copy to upgrade, so a snapshot never writes.

    Opening an older file upgrades it; a snapshot sounds read-only and must be.
    """
    from model.schema import REVISIONS, read_revision_readonly

    if not path.is_file() or read_revision_readonly(path) == REVISIONS[-1]:
        return path
    copy = scratch / path.name
    shutil.copy2(path, copy)
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        shutil.copy2(wal, copy.with_name(copy.name + "-wal"))
    return copy


def _account_id(app: object, name: str) -> int:
    from model.account_form import account_named

    ctx = app.ctx  # type: ignore[attr-defined]
    found = ctx.read(account_named, name)
    if found is None:
        raise DomainError(
            "No account named '{name}' in {workspace}.", name=name, workspace=ctx.workspace.label
        )
    return int(found)
