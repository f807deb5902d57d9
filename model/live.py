"""Others' edits of a team database, heard as they are committed (issue 15).

Migration 0008 makes every row written on PostgreSQL send a notification on the
channel ``kan_changes``: the table, the row's key, the operation, the account and
deal it belongs to (never a value of the row, nor who wrote it).
A :class:`Listener` keeps a connection of its own that LISTENs there and turns what
it hears into :class:`model.changes.Changes`, the same record a local edit returns,
so the views refresh the rows named and nothing more.

- The app's own edits are dropped: their command spread its Changes already. A
  notification carries the server process (``pid``) of the connection that made it;
  :class:`OwnConnections` knows the processes of the workspace's own connections.
- A burst (an import, a bulk move) arrives as one :class:`Batch`: notifications
  are gathered for ``coalesce_s`` after the first.
- A lost connection is retried, sooner first, then every few seconds; once back
  the batch asks for everything to be read again (``everything``): what was
  committed meanwhile was told to nobody. A connection quiet for ``ping_s`` is
  asked ``SELECT 1``, so a link that died without a word (a laptop asleep, a
  network changed) is noticed too.

Qt-free: ``desktop/team/live.py`` runs :meth:`Listener.run` on a thread and
hands each batch to the window's hub.
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import threading
import time
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from model.changes import Changes, Ref, kind_of_table

if TYPE_CHECKING:
    import psycopg
    from sqlalchemy import Engine
    from sqlalchemy.engine import URL

CHANNEL = "kan_changes"
"""The channel migration 0008's triggers notify."""

State = Literal["connecting", "live", "reconnecting", "stopped"]

# Rows of these tables name what they belong to, not a row of their own (the key
# migration 0008 sends for them): a change of them is a change of that row.
_BELONGS_TO = {
    "people_private": "person",
    "deal_competitors": "deal",
    "activity_members": "activity",
    "activity_people": "activity",
}
# A change of these rows is a change of their deal, as the services report it
# (an instalment, a payment, a stage move's history, a checked criterion…).
_PARTS_OF_DEAL = frozenset(
    {
        "exit_checks",
        "five_elements",
        "stage_changes",
        "instalments",
        "payments",
        "deal_competitors",
        "protection_events",
    }
)
_BUCKET = {"I": "created", "U": "updated", "D": "deleted"}
EVERYTHING_FROM = 10_000
"""A batch naming more rows than this asks for everything to be read again instead."""
_PID = "kan_backend_pid"
"""Where a pooled connection's record keeps its server process (OwnConnections)."""
RETRY_S = (0.2, 0.5, 1.0, 2.0, 5.0)
"""Waits between attempts to reconnect; the last one repeats."""


def changes_from(payloads: Iterable[Mapping[str, Any]]) -> Changes:
    """The Changes that the notifications' payloads (decoded) name.

    >>> c = changes_from([{"t": "deals", "o": "U", "id": 7, "a": 3},
    ...                   {"t": "stage_changes", "o": "I", "id": 40, "d": 7, "a": 3},
    ...                   {"t": "people_private", "o": "U", "id": 12, "a": 3}])
    >>> sorted(c.updated), sorted(c.created), sorted(c.affects)
    ([('deal', 7), ('person', 12)], [('stage_change', 40)], [('account', 3)])
    >>> changes_from([{"t": "settings", "o": "U"}]).updated
    frozenset({('setting', 0)})
    """
    groups: dict[str, set[Ref]] = {"created": set(), "updated": set(), "deleted": set()}
    affects: set[Ref] = set()
    for p in payloads:
        table, ident = p.get("t"), p.get("id")
        if not isinstance(table, str):
            continue
        if table == "settings":
            groups["updated"].add(("setting", 0))
        elif isinstance(ident, int) and table in _BELONGS_TO:
            groups["updated"].add((_BELONGS_TO[table], ident))
        elif isinstance(ident, int) and p.get("o") in _BUCKET:
            groups[_BUCKET[p["o"]]].add((kind_of_table(table), ident))
        if table in _PARTS_OF_DEAL:
            groups["updated"].update(("deal", d) for d in (p.get("d"), p.get("d0")) if d)
        affects.update(("account", a) for a in (p.get("a"), p.get("a0")) if a)
    # A row made and removed again within one batch is gone; one made is not "updated".
    groups["updated"] -= groups["created"] | groups["deleted"]
    return Changes.of(
        created=list(groups["created"] - groups["deleted"]),
        updated=list(groups["updated"]),
        deleted=list(groups["deleted"]),
        affects=frozenset(affects),
    )


_KEYS = ("id", "a", "a0", "d", "d0")
"""The payload's row keys: each a positive integer when there."""


def _known_tables() -> frozenset[str]:
    global _TABLES
    if _TABLES is None:
        import model.entities  # noqa: F401 (the tables are those of the entities)
        from model.base import Base

        _TABLES = frozenset(Base.metadata.tables)
    return _TABLES


_TABLES: frozenset[str] | None = None


def _decode(payload: str) -> dict[str, Any] | None:
    """A notification's payload as migration 0008's trigger sends it, or None.

    Anybody who may connect may NOTIFY the channel with any text: what is not the
    trigger's shape (a known table, I/U/D, positive integer keys) is left out, so
    a forged payload can neither stop the listener nor name odd rows to the window.
    """
    try:
        decoded = json.loads(payload)
    except ValueError:
        return None
    if not isinstance(decoded, dict):
        return None
    table = decoded.get("t")
    if not isinstance(table, str) or table not in _known_tables():
        return None
    if "o" in decoded and decoded["o"] not in _BUCKET:
        return None
    for key in _KEYS:
        value = decoded.get(key)
        if value is not None and (type(value) is not int or value <= 0):
            return None
    return decoded


@dataclass(frozen=True)
class Batch:
    """What others changed since the last batch: ``changes``, or ``everything``
    when that cannot be told (back after a lost connection, a batch too large)."""

    changes: Changes = field(default_factory=Changes)
    everything: bool = False


class OwnConnections:
    """The server processes of an engine's connections, as they are used.

    Each connection taken from the engine's pool says its ``pid``
    (``pg_backend_pid()``, known to psycopg without a query); a connection closed is
    forgotten, since the server may give its number to someone else's later.
    """

    def __init__(self, engine: Engine) -> None:
        from sqlalchemy import event

        self.engine = engine
        self._pids: set[int] = set()
        self._lock = threading.Lock()
        self._listeners: list[tuple[str, Callable[..., Any]]] = [
            ("checkout", self._checked_out),
            ("close", self._closed),
            ("close_detached", self._detached_closed),
            ("invalidate", self._invalidated),
        ]
        for name, fn in self._listeners:
            event.listen(engine, name, fn)

    def __call__(self) -> frozenset[int]:
        with self._lock:
            return frozenset(self._pids)

    def detach(self) -> None:
        """Stop following the engine."""
        from sqlalchemy import event

        for name, fn in self._listeners:
            if event.contains(self.engine, name, fn):
                event.remove(self.engine, name, fn)

    @staticmethod
    def _pid(dbapi_connection: Any) -> int | None:
        try:
            pid = dbapi_connection.info.backend_pid
        except Exception:  # not psycopg's, or a connection already broken
            return None
        return pid if isinstance(pid, int) and pid > 0 else None

    def _checked_out(self, dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        pid = self._pid(dbapi_connection)
        if pid is not None:
            record.info[_PID] = pid  # for when it closes, broken perhaps
            with self._lock:
                self._pids.add(pid)

    def _closed(self, _dbapi_connection: Any, record: Any) -> None:
        self._forget(record.info.pop(_PID, None))

    def _invalidated(self, _dbapi_connection: Any, record: Any, _exc: Any) -> None:
        self._forget(record.info.pop(_PID, None))

    def _detached_closed(self, dbapi_connection: Any) -> None:
        self._forget(self._pid(dbapi_connection))

    def _forget(self, pid: int | None) -> None:
        if pid is not None:
            with self._lock:
                self._pids.discard(pid)


def connector(url: URL) -> Callable[[], psycopg.Connection[Any]]:
    """A function that opens a listening connection to the database of ``url``.

    TCP keepalives and a user timeout make a dead link fail within about half a
    minute instead of the system's quarter of an hour.
    """
    conninfo = url.set(drivername="postgresql").render_as_string(hide_password=False)

    def connect() -> psycopg.Connection[Any]:
        import psycopg

        return psycopg.connect(
            conninfo,
            autocommit=True,
            connect_timeout=5,
            application_name="keyaccount live",
            keepalives=1,
            keepalives_idle=20,
            keepalives_interval=5,
            keepalives_count=3,
            tcp_user_timeout=20_000,
        )

    return connect


class Listener:
    """Hears the changes others commit to one database (see the module docstring).

    ``connect`` opens a connection (:func:`connector`); ``own`` gives the server
    processes whose notifications are this app's own (:class:`OwnConnections`);
    ``on_state`` is told "connecting", "live", "reconnecting" and "stopped" (on the
    listener's thread). :meth:`stop` and :meth:`check` may be called from any thread.
    """

    def __init__(
        self,
        connect: Callable[[], psycopg.Connection[Any]],
        *,
        own: Callable[[], Collection[int]] = frozenset,
        on_state: Callable[[State], None] | None = None,
        coalesce_s: float = 0.1,
        ping_s: float = 60.0,
        retry_s: tuple[float, ...] = RETRY_S,
    ) -> None:
        self._connect = connect
        self._own = own
        self.on_state = on_state
        self.coalesce_s = coalesce_s
        self.ping_s = ping_s
        self.retry_s = retry_s
        self.state: State = "connecting"
        self.backend_pid: int | None = None  # the listening connection's server process
        self.reconnects = 0
        self._conn: psycopg.Connection[Any] | None = None
        self._wake_r, self._wake_w = os.pipe()
        os.set_blocking(self._wake_r, False)
        os.set_blocking(self._wake_w, False)
        self._pipe_lock = threading.Lock()  # no wake-up written to a pipe being closed
        self._stopped = threading.Event()
        self._ping_asked = threading.Event()
        self._lost = False  # a connection was lost: the next one starts with everything
        self._attempt = 0
        self._last_heard = time.monotonic()

    # -- from any thread ---------------------------------------------------------------

    def stop(self) -> None:
        """End :meth:`run` (or a waiting :meth:`next_batch`) soon, from any thread."""
        self._stopped.set()
        self._wake()

    def check(self) -> None:
        """Ask the server now whether the connection still lives (the window came back
        after a while: a sleeping laptop's link may be dead without a word)."""
        self._ping_asked.set()
        self._wake()

    def _wake(self) -> None:
        with self._pipe_lock:
            if self._wake_w < 0:
                return  # closed: nothing waits any more
            with contextlib.suppress(OSError):  # (the pipe full: awake already)
                os.write(self._wake_w, b"x")

    # -- on the listener's thread ------------------------------------------------------

    def run(self, deliver: Callable[[Batch], None]) -> None:
        """Hear and ``deliver`` batches until :meth:`stop`; then close everything."""
        try:
            while not self._stopped.is_set():
                batch = self.next_batch(timeout=None)
                if batch is not None:
                    deliver(batch)
        finally:
            self.close()

    def next_batch(self, timeout: float | None = None) -> Batch | None:
        """The next batch of others' changes, or None when ``timeout`` (seconds)
        passed without one or the listener was stopped."""
        deadline = None if timeout is None else time.monotonic() + timeout
        heard: list[str] = []  # the payloads, decoded only for a batch that is not too big
        count = 0
        everything = False
        until: float | None = None  # the end of the burst being gathered
        while not self._stopped.is_set():
            if self._conn is None:
                if not self._open(deadline):
                    break
                if self._lost:
                    self._lost = False
                    everything = True
                    until = time.monotonic() + self.coalesce_s
            now = time.monotonic()
            ends = [t for t in (deadline, until) if t is not None]
            wait = self._last_heard + self.ping_s - now
            if ends:
                wait = min(wait, min(ends) - now)
            try:
                new = self._hear(max(0.0, wait))
            except Exception:  # psycopg's errors, and a closed socket's
                self._lose()
                continue
            count += len(new)
            if count <= EVERYTHING_FROM:
                heard.extend(new)
            if new and until is None:
                until = time.monotonic() + self.coalesce_s
            ends = [t for t in (deadline, until) if t is not None]
            if ends and time.monotonic() >= min(ends):
                break
        if everything or count > EVERYTHING_FROM:
            return Batch(everything=True)
        payloads = [p for p in map(_decode, heard) if p is not None]
        return Batch(changes_from(payloads)) if payloads else None

    def _hear(self, wait: float) -> list[str]:
        """Wait up to ``wait`` seconds; the payloads of others' notifications heard."""
        conn = self._conn
        assert conn is not None
        ready, _, _ = select.select([conn.fileno(), self._wake_r], [], [], wait)
        if self._wake_r in ready:
            with contextlib.suppress(BlockingIOError):
                os.read(self._wake_r, 4096)
        if self._ping_asked.is_set() or time.monotonic() >= self._last_heard + self.ping_s:
            self._ping_asked.clear()
            conn.execute("SELECT 1")  # a dead link raises here; notifications wait
            self._last_heard = time.monotonic()
        own = self._own()
        found: list[str] = []
        for note in conn.notifies(timeout=0):
            self._last_heard = time.monotonic()
            if note.channel == CHANNEL and note.pid not in own:
                found.append(note.payload)
        return found

    def _open(self, deadline: float | None) -> bool:
        """Connect and LISTEN, waiting between attempts; False when stopped or past
        ``deadline`` without a connection."""
        while not self._stopped.is_set():
            if self._attempt:
                pause = self.retry_s[min(self._attempt - 1, len(self.retry_s) - 1)]
                if deadline is not None:
                    pause = min(pause, max(0.0, deadline - time.monotonic()))
                select.select([self._wake_r], [], [], pause)
                if self._stopped.is_set():
                    return False
            try:
                conn = self._connect()
                conn.execute(f"LISTEN {CHANNEL}")
            except Exception:  # psycopg's errors: the server is away
                self._attempt += 1
                self._lost = True  # what is committed meanwhile is told to nobody
                self._set_state("reconnecting")
                if deadline is not None and time.monotonic() >= deadline:
                    return False
                continue
            self._conn = conn
            self.backend_pid = conn.info.backend_pid
            self._attempt = 0
            self._last_heard = time.monotonic()
            self._set_state("live")
            return True
        return False

    def _lose(self) -> None:
        """The connection broke: drop it; the next batch asks for everything."""
        self._drop_connection()
        self._lost = True
        self._attempt = 1
        self.reconnects += 1
        self._set_state("reconnecting")

    def _drop_connection(self) -> None:
        conn, self._conn = self._conn, None
        self.backend_pid = None
        if conn is not None:
            with contextlib.suppress(Exception):  # (closing a broken connection)
                conn.close()

    def _set_state(self, state: State) -> None:
        if state != self.state:
            self.state = state
            if self.on_state is not None:
                self.on_state(state)

    def close(self) -> None:
        """Close the connection and the wake-up pipe (the listener is done)."""
        self._stopped.set()
        self._drop_connection()
        with self._pipe_lock:
            for fd in (self._wake_r, self._wake_w):
                if fd >= 0:
                    os.close(fd)
            self._wake_r = self._wake_w = -1
        self._set_state("stopped")
