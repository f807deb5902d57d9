"""The map's helper process: a big map's layout, analysis and routes, away from the window.

A worker *thread* shares Python's interpreter lock with the UI thread: while it laid
out or analysed 20,000 people, every frame, card move and panel read of the window
waited for the lock again and again (a 60 ms turn of the UI thread took 130–230 ms of
wall clock on a quiet machine, ``bench/orgmap.py --editor 20000``). A process has a
lock of its own.

What crosses the process boundary is kept small. The child reads the account itself
(the workspace's URL and the account's ids go over the pipe, never the 60,000 rows of
an :class:`~graph.types.OrgData`) and keeps the last one it read, under the version
the page gave it (:func:`version_of`), with its graph: the layout and the analysis an
edit asks for share one graph, and an edit the map patched reaches the child as the
people it changed (:func:`edit_of`), not as a new read. What comes back is the answer alone —
20,000 positions, a :class:`~desktop.map.data.MapAnalysis`, a :class:`~graph.RouteAnswer`
— pickled by the child and unpickled by the parent's reader thread (4 ms for 20,000
positions), never a networkx graph.

An encrypted workspace's passphrase goes to the child over the same pipe, as an
argument of the job (never on disk, in the environment or in a log; :class:`Source`'s
``repr`` leaves it out); the child keeps it in :mod:`model.encryption`'s registry like
the app does. A database only one connection can see (SQLite in memory) cannot be read
by another process: the page keeps its worker thread for it.

The process is started at the first job (``spawn``: a fresh interpreter, nothing of
the window's memory copied), runs one job at a time in the order asked, and is ended
when the application quits (``QCoreApplication.aboutToQuit``, and ``atexit`` for
scripts), when the last map page is gone (:func:`page_closed`), or by
:func:`shutdown`. A job the page no longer wants still runs to its end in the child;
its answer is dropped by the page (each job's generation). If the child dies, the jobs
waiting for it fail with :class:`MapJobFailed` (a readable message) and the next job
starts a new one.
"""

from __future__ import annotations

import atexit
import contextlib
import copyreg
import io
import itertools
import pickle
import sys
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass, field
from functools import partial
from types import MappingProxyType
from typing import Any

from PySide6.QtCore import QCoreApplication

__all__ = [
    "MapJobFailed",
    "Source",
    "page_closed",
    "page_opened",
    "process_id",
    "shutdown",
    "submit",
    "version_of",
    "warm_up",
]

JOBS = ("layout", "analysis", "routes")


class MapJobFailed(Exception):
    """A job of the helper process failed, or the process stopped: the message says so
    in the user's words (no values of the account in it: only the kind of fault)."""


def _failed(kind: str) -> MapJobFailed:
    return MapJobFailed(
        QCoreApplication.translate(
            "MapWorker",
            "The map's layout and analysis could not be brought up to date ({kind}). "
            "The map shows what it read before; pick the account again to retry.",
        ).format(kind=kind)
    )


def _stopped() -> MapJobFailed:
    return MapJobFailed(
        QCoreApplication.translate(
            "MapWorker",
            "The helper that lays out big maps stopped unexpectedly. The map shows what "
            "it read before; pick the account again to retry.",
        )
    )


@dataclass(frozen=True)
class Source:
    """Where the child reads the account: the workspace's database URL (a
    ``sqlalchemy.engine.URL``, passed as it is) and, for an encrypted file, its
    passphrase (left out of ``repr``)."""

    url: Any
    passphrase: str | None = field(default=None, repr=False)


# -- versions of what the page shows ----------------------------------------------------

_VERSIONS: list[tuple[object, int]] = []
"""The last few objects given a version, kept alive so that an id is never reused."""
_COUNTER = itertools.count(1)


def version_of(org: object) -> int:
    """A number naming ``org`` (the page's :class:`~graph.types.OrgData`): the same
    object gets the same number, another one a new number (the child reads again)."""
    for known, version in _VERSIONS:
        if known is org:
            return version
    version = next(_COUNTER)
    _VERSIONS.insert(0, (org, version))
    del _VERSIONS[4:]
    return version


_SENT: list[tuple[tuple[Any, ...], Any, int] | None] = [None]
"""The account last sent to the child: (where, its org, its version)."""


def edit_of(old: Any, new: Any, base: int) -> tuple[int, tuple[Any, ...], tuple[int, ...]] | None:
    """What turned ``old`` into ``new`` (the org of version ``base``): the people new
    or changed and the ids of those gone, when nothing else changed (an edit the map
    patched: its links are the very same objects), else None (the child reads the
    account again). Found by identity (a patch keeps every person it did not read
    again): ~1 ms at 20,000 people, where the child's read of the account takes 1.5–4 s."""
    links = ("members", "influences", "relationships", "visits")
    if any(getattr(old, name) is not getattr(new, name) for name in links):
        return None
    if old.insider_sources != new.insider_sources:  # (a copy each time an org is made)
        return None
    if len(old.people) == len(new.people):  # the usual edit: people changed in place
        changed = []
        for a, b in zip(old.people, new.people, strict=True):
            if a is not b:
                if a.id != b.id:
                    break
                changed.append(b)
        else:
            return base, tuple(changed), ()
    before = {p.id: p for p in old.people}  # (0.6 ms at 20,000 people)
    after = {p.id: p for p in new.people}
    return (
        base,
        tuple(p for pid, p in after.items() if before.get(pid) is not p),
        tuple(before.keys() - after.keys()),
    )


def _edited(org: Any, changed: tuple[Any, ...], gone: tuple[int, ...]) -> Any:
    """``org`` with the people ``changed`` put in and those ``gone`` taken out, in the
    order the page's patch put them (:func:`desktop.map.data.patch_people`)."""
    from desktop.map.data import _people_after

    return _people_after(org, {p.id: p for p in changed}, set(gone))


# -- pickling: the graph layer's answers hold read-only mappings --------------------------


def _proxy(items: dict[Any, Any]) -> MappingProxyType[Any, Any]:
    return MappingProxyType(items)


def _dumps(value: Any) -> bytes:
    """``value`` pickled, read-only mappings as their items (a Risk's or a
    Suggestion's ``detail``)."""
    out = io.BytesIO()
    pickler = pickle.Pickler(out, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = copyreg.dispatch_table.copy()
    pickler.dispatch_table[MappingProxyType] = lambda m: (_proxy, (dict(m),))
    pickler.dump(value)
    return out.getvalue()


# -- the child ------------------------------------------------------------------------------


class _Reader:
    """The child's reads: one engine per workspace, the last account read kept."""

    def __init__(self) -> None:
        self.sessions: dict[str, Any] = {}
        self.last: tuple[tuple[Any, ...], Any, str | None, Any] | None = None

    def read(self, source: Source, fn: Callable[..., Any], *args: Any) -> Any:
        from model.workspace import Sessions, make_engine, sqlite_path

        key = str(source.url)
        sessions = self.sessions.get(key)
        if sessions is None:
            path = sqlite_path(source.url)
            if path is not None and source.passphrase is not None:
                from model.encryption import remember

                remember(path, source.passphrase)
            sessions = self.sessions[key] = Sessions(make_engine(source.url))
        with sessions() as session:
            return fn(session, *args)

    def account(
        self,
        source: Source,
        account_id: int,
        deal_id: int | None,
        version: int,
        delta: tuple[int, tuple[Any, ...], tuple[int, ...]] | None = None,
    ) -> tuple[Any, str | None, Any]:
        """The account as :class:`~graph.types.OrgData`, its stage and its graph, read
        and built once per version (the layout and the analysis of an edit share them;
        no job changes the graph)."""
        from graph import build_org_graph
        from graph.from_model import account_stage, org_data

        key = (str(source.url), account_id, deal_id, version)
        if self.last is None or self.last[0] != key:
            last, self.last = self.last, None  # (freed before the next is made)
            if delta is not None and last is not None and last[0] == (*key[:3], delta[0]):
                org, stage = _edited(last[1], delta[1], delta[2]), last[2]  # the page's edit
            else:
                org = self.read(source, org_data, account_id, deal_id)
                stage = self.read(source, account_stage, account_id, deal_id)
            del last
            self.last = (key, org, stage, build_org_graph(org))
        return self.last[1], self.last[2], self.last[3]


def run_job(reader: _Reader, job: str, source: Source, ids: tuple[Any, ...], *extra: Any) -> Any:
    """One job, in the child: ``ids`` is (account id, deal id, version of the org, the
    edit from the version before, see :func:`edit_of`)."""
    from desktop.map.data import MapData, analyse, find_routes
    from desktop.map.layout import map_layout
    from graph import release_views

    org, stage, G = reader.account(source, *ids)
    try:
        if job == "layout":
            return map_layout(G)
        if job == "analysis":
            (today,) = extra
            return analyse(MapData(stage=stage, org=org, graph=G), today)
        if job == "routes":
            return find_routes(G, *extra)
        raise ValueError(job)
    finally:
        release_views(G)  # (its cached views: the next job asks afresh)


def serve(conn: Any) -> None:
    """The child's loop: a job in, its answer out (pickled bytes), until told to stop."""
    reader = _Reader()
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        number, job, source, ids, extra = message
        try:
            reply = (number, True, run_job(reader, job, source, ids, *extra))
        except Exception as exc:  # said by its kind, never its values
            reply = (number, False, type(exc).__name__)
        try:
            conn.send_bytes(_dumps(reply))
        except (OSError, ValueError):
            return


# -- the parent -------------------------------------------------------------------------------


@contextlib.contextmanager
def _main_unseen() -> Iterator[None]:
    """While the child is started, the parent's ``__main__`` names no module or file:
    ``spawn`` would import it again in the child, and ``python -m desktop`` (whose
    ``__main__`` runs the app when imported) would open a second window there. The
    child needs nothing of it: :func:`serve` lives here."""
    main = sys.modules.get("__main__")
    if main is None:
        yield
        return
    saved: dict[str, Any] = {
        k: main.__dict__[k] for k in ("__spec__", "__file__") if k in main.__dict__
    }
    main.__dict__["__spec__"] = None
    main.__dict__.pop("__file__", None)
    try:
        yield
    finally:
        main.__dict__.pop("__spec__", None)
        main.__dict__.update(saved)


class _Process:
    """The one helper process of the application, started at the first job."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.process: Any = None
        self.conn: Any = None
        self.reader: threading.Thread | None = None
        self.waiting: dict[int, Future[Any]] = {}
        self.numbers = itertools.count(1)
        self.hooked = False

    def _start(self) -> None:
        """Start the child (the lock held)."""
        from multiprocessing import get_context

        context = get_context("spawn")
        ours, theirs = context.Pipe()
        process = context.Process(target=serve, args=(theirs,), name="keyaccount-map", daemon=True)
        with _main_unseen():
            process.start()
        theirs.close()
        self.process, self.conn = process, ours
        self.reader = threading.Thread(
            target=self._read, args=(ours,), name="map-process-reader", daemon=True
        )
        self.reader.start()
        if not self.hooked:
            self.hooked = True
            atexit.register(shutdown)
            app = QCoreApplication.instance()
            if app is not None:
                app.aboutToQuit.connect(shutdown)

    def _detach(self) -> tuple[Any, Any, Any, dict[int, Future[Any]]]:
        """Let go of the child (the lock held); :meth:`_end` ends it, the lock free."""
        state = (self.process, self.conn, self.reader, self.waiting)
        self.process = self.conn = self.reader = None
        self.waiting = {}
        return state

    @staticmethod
    def _end(process: Any, conn: Any, reader: Any, waiting: dict[int, Future[Any]]) -> None:
        """End a child let go of: asked to stop, then terminated, then killed."""
        if conn is not None:
            with contextlib.suppress(OSError, ValueError):
                conn.send(None)
        if process is not None:
            process.join(0.5)
            if process.is_alive():
                process.terminate()
                process.join(2)
            if process.is_alive():
                process.kill()
                process.join(2)
            process.close()
        if conn is not None:
            conn.close()
        if reader is not None and reader is not threading.current_thread():
            reader.join(2)
        for future in waiting.values():
            if not future.done():
                future.set_exception(_stopped())

    def submit(
        self, job: str, source: Source, ids: tuple[Any, ...], extra: tuple[Any, ...]
    ) -> Future[Any]:
        future: Future[Any] = Future()
        future.set_running_or_notify_cancel()
        try:
            self.warm_up()  # (a child that died: its jobs fail, a new one takes over)
        except Exception:  # no process could be started: said as a stopped helper
            future.set_exception(_stopped())
            return future
        with self.lock:
            number = next(self.numbers)
            self.waiting[number] = future
            try:
                if self.conn is None:
                    raise OSError("stopped")  # (ended by another thread meanwhile)
                self.conn.send((number, job, source, ids, extra))
            except (OSError, ValueError):
                self.waiting.pop(number, None)
                future.set_exception(_stopped())
        return future

    def _read(self, conn: Any) -> None:
        """The reader thread: each answer to the future that waits for it."""
        while True:
            try:
                number, ok, value = pickle.loads(conn.recv_bytes())
            except (EOFError, OSError, pickle.UnpicklingError):
                break
            with self.lock:
                future = self.waiting.pop(number, None)
            if future is None:
                continue
            if ok:
                future.set_result(value)
            else:
                future.set_exception(_failed(str(value)))
        with self.lock:  # the child is gone: what waited for it fails (unless let go of)
            waiting = self.waiting if self.conn is conn else {}
            if self.conn is conn:
                self.waiting = {}
        for future in waiting.values():
            future.set_exception(_stopped())

    def warm_up(self) -> None:
        stale = None
        with self.lock:
            if self.process is not None and not self.process.is_alive():
                stale = self._detach()
            if self.process is None:
                self._start()
        if stale is not None:
            self._end(*stale)

    def stop(self) -> None:
        with self.lock:
            state = self._detach()
        self._end(*state)

    def pid(self) -> int | None:
        process = self.process
        return process.pid if process is not None and process.is_alive() else None


_PROCESS = _Process()
_PAGES: set[int] = set()
"""The map pages alive (their numbers, :func:`page_opened`)."""


def submit(
    job: str, source: Source, account_id: int | None, deal_id: int | None, org: object, *extra: Any
) -> Future[Any]:
    """Run ``job`` (``"layout"``, ``"analysis"`` with today's date, ``"routes"`` with
    source, target and k) on the helper process for the account as ``org`` shows it."""
    if job not in JOBS:
        raise ValueError(job)
    version = version_of(org)
    where = (str(source.url), account_id, deal_id)
    delta = None
    sent = _SENT[0]
    if sent is not None and sent[0] == where and sent[2] != version:
        delta = edit_of(sent[1], org, sent[2])
    _SENT[0] = (where, org, version)
    return _PROCESS.submit(job, source, (account_id, deal_id, version, delta), extra)


def warm_up() -> None:
    """Start the helper process now (a big map is being read: its first edit's layout
    then does not wait for a fresh interpreter's imports, ~1 s). A process that cannot
    be started is said by the first job that needs it."""
    with contextlib.suppress(Exception):
        _PROCESS.warm_up()


def process_id() -> int | None:
    """The helper process's id while it runs (tests)."""
    return _PROCESS.pid()


def shutdown() -> None:
    """End the helper process (the application quits; no map page is left) and let go
    of the accounts kept for it."""
    _PROCESS.stop()
    _SENT[0] = None
    _VERSIONS.clear()


def page_opened(page: object) -> Callable[..., None]:
    """Count ``page`` as a map page alive; returns what to call when it is gone
    (connected to its ``destroyed`` signal: it keeps no reference to the page)."""
    number = id(page)
    _PAGES.add(number)
    return partial(page_closed, number)


def page_closed(number: int, *_args: Any) -> None:
    """The map page ``number`` is gone: with the last one, the process ends too."""
    if number in _PAGES:
        _PAGES.discard(number)
        if not _PAGES:
            shutdown()
