"""A person's data on request: "Export this person's data…" and "Erase this person…"
in the org map's person menu.

Kept light (the menu is built on every right click): the dialogs and the
model's code are imported when an entry is chosen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu, QWidget

CONTEXT = "PersonData"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def add_person_data_actions(menu: QMenu, page: QWidget, person_id: int) -> None:
    """Add the person's data entries to ``menu`` (``page`` has the workspace's ``ctx``)."""
    menu.addSeparator()
    export = menu.addAction(tr("Export this person's data…"))
    export.setObjectName("export_person_data")
    export.setToolTip(tr("Write everything held about this person to a JSON file"))
    export.triggered.connect(lambda _c=False: _export(page, person_id))
    erase = menu.addAction(tr("Erase this person…"))
    erase.setObjectName("erase_person")
    erase.setToolTip(
        tr("Remove this person with every trace of them: notes, links, audit-log values")
    )
    ctx = getattr(page, "ctx", None)
    erase.setEnabled(ctx is not None and not ctx.workspace.read_only)
    erase.triggered.connect(lambda _c=False: _erase(page, person_id))


def _export(page: QWidget, person_id: int) -> None:
    from desktop.exporting.person import export_person_data

    export_person_data(page, person_id)


def _erase(page: QWidget, person_id: int) -> None:
    from desktop.exporting.person import erase_person

    erase_person(page, person_id)
