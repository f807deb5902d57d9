"""File ▸ Export…: ask what and where, then export off the UI thread with progress.

The export only reads (in one read transaction, so it sees one moment of the
workspace); it changes nothing, so there is nothing to undo. Cancel stops it
and leaves no file behind (every file is written whole or not at all).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QWidget

from desktop.progress import Cancelled, Progress, failure_text, run_with_progress, stop_on_cancel

if TYPE_CHECKING:
    from desktop.context import WorkspaceContext

CONTEXT = "ExportWorkspace"
PURPOSE = "export-workspace"
PROGRESS = "exportProgress"  # the progress dialog's object name


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def export_workspace(
    ctx: WorkspaceContext, settings: QSettings | None, parent: QWidget | None = None
) -> Path | None:
    """Ask what to export where and write it; the path written, or None."""
    from desktop.exporting import dialogs
    from desktop.file_dialogs import remember_dir, start_dir

    settings = settings if isinstance(settings, QSettings) else QSettings()
    path = ctx.workspace.path
    stem = path.stem if path is not None else "workspace"
    request = dialogs.ExportRequest(start_dir(settings, PURPOSE), stem)
    choice = dialogs.decide_export(parent, request)
    if choice is None:
        return None
    remember_dir(settings, PURPOSE, choice.path if choice.kind != "csv" else choice.path.parent)

    def work(progress: Progress) -> Any:
        from model.cli_export import export_to

        with ctx.workspace.sessions() as session, session.begin():
            return export_to(
                session,
                choice.kind,
                choice.path,
                private=choice.private,
                progress=stop_on_cancel(progress),
            )

    try:
        counts, where = run_with_progress(
            parent,
            tr("Export the workspace"),
            tr("Exporting the workspace…"),
            tr("Cancel"),
            work,
            object_name=PROGRESS,
        )
    except Cancelled:
        ctx.hub.status.emit(tr("Export cancelled; nothing was written."))
        return None
    except OSError as exc:
        ctx.hub.problem.emit(
            tr("Export the workspace"),
            tr("Cannot write {path}: {reason}. Nothing was written.").format(
                path=str(choice.path), reason=exc.strerror or str(exc)
            ),
        )
        return None
    except Exception as exc:  # a domain error, or a fault of the database: said, not a crash
        ctx.hub.problem.emit(tr("Export the workspace"), failure_text(exc))
        return None
    if choice.private:
        text = tr("Exported {rows} rows of {tables} tables to {path}, with personal attributes.")
    else:
        text = tr("Exported {rows} rows of {tables} tables to {path}.")
    ctx.hub.status.emit(text.format(rows=sum(counts.values()), tables=len(counts), path=str(where)))
    return Path(where)
