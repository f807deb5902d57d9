"""PySide6 6.12.0 on CPython 3.11 drops a reference to None on every Qt call
that returns nothing; after a few thousand calls the interpreter aborts with
``Fatal Python error: none_dealloc``. pyproject keeps 3.11 below 6.12; this
test fails if a binding with that bug is ever installed."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_void_qt_calls_keep_none_refcount(qapp: object) -> None:
    obj = QObject()
    before = sys.getrefcount(None)
    for _ in range(2000):
        obj.setObjectName("x")  # returns void
    after = sys.getrefcount(None)
    # Immortal None (3.12+) reports a huge constant; on 3.11 a leak shows as
    # a drop of about one per call.
    assert before - after < 100, f"None refcount fell by {before - after} over 2000 void calls"
