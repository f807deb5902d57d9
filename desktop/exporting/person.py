"""A person's data on request, from the org map's person menu.

"Export this person's data…" writes everything held about one customer
person (model/exporting/person.py says what that is) to a JSON file, their
personal attributes included: it answers that person's own request.

"Erase this person…" removes them with every trace of them, after a
confirmation that names what goes. It is not an undoable edit: the point is
that nothing of them is kept, and an undo would need a copy. The window's
whole undo history is cleared afterwards, because earlier steps (an edit of
their phone, a deleted link) hold their old values in memory and undoing one
would write them back or fail on the missing row; a Qt undo stack cannot drop
single steps.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.errors import error_text
from model.errors import DomainError

CONTEXT = "PersonData"
PURPOSE = "person-data"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _settings(page: QWidget) -> QSettings:
    settings = getattr(page.window(), "settings", None)
    return settings if isinstance(settings, QSettings) else QSettings()


def file_name(name: str) -> str:
    """A file name for a person's data: their name without the characters files refuse."""
    safe = "".join("_" if ch in '<>:"/\\|?*' else ch for ch in name).strip(" .")
    return f"{safe or 'person'} - {tr('personal data')}.json"


def export_person_data(page: Any, person_id: int) -> Path | None:
    """Ask where, and write everything held about the person there; the path or None."""
    from desktop.file_dialogs import remember_dir, start_dir
    from model.exporting.person import person_data
    from model.files import save_bytes

    ctx = page.ctx
    try:
        data = ctx.read(person_data, person_id)
    except DomainError as exc:
        ctx.hub.problem.emit(tr("Export this person's data"), error_text(exc))
        return None
    settings = _settings(page)
    name, _ = QFileDialog.getSaveFileName(
        page,
        tr("Export this person's data"),
        start_dir(settings, PURPOSE, file_name(data["person"]["name"])),
        tr("Personal data (*.json)"),
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() != ".json":
        path = path.with_name(path.name + ".json")
    remember_dir(settings, PURPOSE, path)
    try:
        save_bytes(path, json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"))
    except DomainError as exc:
        ctx.hub.problem.emit(tr("Export this person's data"), error_text(exc))
        return None
    ctx.hub.status.emit(
        tr("Everything held about {person} was saved to {path}.").format(
            person=data["person"]["name"], path=str(path)
        )
    )
    return path


def erase_person(page: Any, person_id: int) -> bool:
    """Confirm, erase the person for good and clear the undo history; True when erased."""
    from desktop.exporting import dialogs
    from model.exporting.person import erase_person as erase
    from model.exporting.person import erasure_plan

    ctx = page.ctx
    try:
        plan = ctx.read(erasure_plan, person_id)
    except DomainError as exc:
        ctx.hub.problem.emit(tr("Erase this person"), error_text(exc))
        return False
    if not dialogs.decide_erase(page, plan):
        return False
    try:
        ctx.write(erase, person_id)
    except DomainError as exc:
        ctx.hub.problem.emit(tr("Erase this person"), error_text(exc))
        return False
    ctx.undo_stack.clear()
    ctx.hub.status.emit(
        tr("{person} was erased with every trace of them; the undo history was cleared.").format(
            person=plan.name
        )
    )
    return True
