"""Helpers for reads that build many small objects at once (the board's batches)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["collector_paused"]


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector paused for one batch read; also a decorator.

    A batch such as the board's decision chains builds some 100,000 small
    objects that all live until it ends, and the collector would walk them
    again and again as they pile up: a third of the time on the large sample.
    They hold no reference cycles. The collector resumes, if it was on, when
    the batch ends, whatever happens; a batch inside another leaves it to the
    outer one.

    >>> import gc
    >>> with collector_paused():
    ...     gc.isenabled()
    False
    >>> gc.isenabled()
    True
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
