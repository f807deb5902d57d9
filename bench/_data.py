"""Sample workspaces for benchmarks, generated once and kept in bench/.data/."""

from __future__ import annotations

import shutil
import time
from datetime import date
from pathlib import Path
from typing import Literal

DATA = Path(__file__).resolve().parent / ".data"


def sample_file(size: str = "large", lang: str = "en") -> Path:
    from model.sample import generate_sample
    from model.workspace import open_workspace

    DATA.mkdir(exist_ok=True)
    path = DATA / f"{size}-{lang}.kan"
    if not path.exists():
        started = time.perf_counter()
        partial = path.with_suffix(".partial")
        for extra in DATA.glob(partial.name + "*"):
            extra.unlink()
        ws = open_workspace(partial, create=True)
        generate_sample(ws.engine, lang=lang, size=size)
        ws.close()
        shutil.move(partial, path)
        print(f"generated {path.name} in {time.perf_counter() - started:.1f} s")
    return path


def ensure_workspace(path: Path) -> None:
    """The large sample at ``path`` (a bench's argument), generated when missing."""
    if path.exists():
        return
    from model.sample import generate_sample
    from model.workspace import open_workspace

    print(f"generating the large sample at {path} (about a minute)…", flush=True)
    ws = open_workspace(path, create=True)
    try:
        generate_sample(ws.engine, lang="en", size="large")
    finally:
        ws.close()


def scaled_sample_file(factor: int, lang: Literal["zh", "en"] = "en") -> Path:
    """The large sample grown ``factor`` times (accounts, people, deals, leads, teams).

    ``model.sample`` sizes "large" with a factor (tests use it to shrink it); the
    benches use it to grow it, e.g. to see whether a drop's cost grows with the
    number of accounts. Generated once into bench/.data/ (4×: a few minutes).
    """
    from model.sample import _generate, _plan
    from model.workspace import open_workspace

    DATA.mkdir(exist_ok=True)
    path = DATA / f"large-x{factor}-{lang}.kan"
    if not path.exists():
        started = time.perf_counter()
        partial = path.with_suffix(".partial")
        for extra in DATA.glob(partial.name + "*"):
            extra.unlink()
        ws = open_workspace(partial, create=True)
        try:
            _generate(ws.engine, _plan("large", factor=float(factor)), lang, 7, date.today())
        finally:
            ws.close()
        shutil.move(partial, path)
        print(f"generated {path.name} in {time.perf_counter() - started:.1f} s")
    return path
