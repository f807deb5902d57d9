"""One Qt object that re-emits what the model changed, so views stay in step.

Views subscribe to ``changed`` and refresh only when a change touches the
kinds they show; nothing else tells a view to reload.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Hub(QObject):
    changed = Signal(object)  # model.changes.Changes
    problem = Signal(str, str)  # title, message: a domain error to show the user
    status = Signal(str)  # short note for the status bar
