"""Sample workspaces for benchmarks, generated once and kept in bench/.data/."""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

DATA = Path(__file__).resolve().parent / ".data"


def _stamp() -> str:
    """The schema head, in each sample's name: a sample made before a migration is
    made again instead of being upgraded (and backed up) by every bench that opens it."""
    from model.schema import REVISIONS

    return REVISIONS[-1]


def _generated(path: Path, fill: Callable[[Engine], None]) -> Path:
    """``path``, filled by ``fill`` beside it and renamed into place when missing,
    so an interrupted generation never leaves a half sample under the real name."""
    from model.workspace import open_workspace

    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    partial = path.with_suffix(".partial")
    for extra in path.parent.glob(partial.name + "*"):
        extra.unlink()
    ws = open_workspace(partial, create=True)
    try:
        fill(ws.engine)
    finally:
        ws.close()
    shutil.move(partial, path)
    print(f"generated {path.name} in {time.perf_counter() - started:.1f} s", flush=True)
    return path


def sample_file(size: str = "large", lang: str = "en") -> Path:
    from model.sample import generate_sample

    return _generated(
        DATA / f"{size}-{lang}-{_stamp()}.kan",
        lambda engine: generate_sample(engine, lang=lang, size=size),
    )


def ensure_workspace(path: Path) -> None:
    """The large sample at ``path`` (a bench's argument), generated when missing."""
    from model.sample import generate_sample

    if not path.exists():
        print(f"generating the large sample at {path} (about a minute)…", flush=True)
    _generated(path, lambda engine: generate_sample(engine, lang="en", size="large"))


def scaled_sample_file(factor: int, lang: Literal["zh", "en"] = "en") -> Path:
    """The large sample grown ``factor`` times (accounts, people, deals, leads, teams).

    ``model.sample`` sizes "large" with a factor (tests use it to shrink it); the
    benches use it to grow it, e.g. to see whether a drop's cost grows with the
    number of accounts. Generated once into bench/.data/ (4×: a few minutes).
    """
    from model.sample import _generate, _plan

    plan = _plan("large", factor=float(factor))
    return _generated(
        DATA / f"large-x{factor}-{lang}-{_stamp()}.kan",
        lambda engine: _generate(engine, plan, lang, 7, date.today()),
    )
