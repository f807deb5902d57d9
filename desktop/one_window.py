"""One help window of a kind per application, reused while it is open.

The method, the page help and the legend are parentless tool windows (a modal
dialog must not block them) that the main window closes when it closes. Each
keeps its one instance here; closing the window forgets it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)


class OneWindow(Generic[W]):
    def __init__(self, make: Callable[[], W]) -> None:
        self._make = make
        self._open: list[W] = []

    def get(self) -> W | None:
        """The open window, if any (tests look at it)."""
        return self._open[0] if self._open else None

    def show(self, fill: Callable[[W, bool], None] | None = None) -> W:
        """Make or reuse the window, let ``fill(window, new)`` set its content, bring it up."""
        window = self.get()
        new = window is None
        if window is None:
            window = self._make()
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.destroyed.connect(lambda *_: self._open.clear())
            self._open.append(window)
        window.show()
        if fill is not None:
            fill(window, new)
        window.raise_()
        window.activateWindow()
        return window

    def close(self) -> None:
        window = self.get()
        self._open.clear()
        if window is not None:
            window.close()
