"""Crash safety: SIGKILL the application at random moments and look at what is left.

Two parts, each killing the real code in a process of its own
(``bench/crash_worker.py``):

* **Edits** (100 kills) — a workspace made from the small sample gets mixed
  edits through the services (create and rename accounts and people, delete
  people, forced moves with a reason, payments), one transaction each. After
  each commit the worker appends the edit's number to a log and fsyncs it: the
  commits the application reported. The worker (forked from the bench, which
  has the model imported) is killed at a random moment within 2 s of opening
  the file; then ``check_workspace`` must pass and every reported commit must
  be in the file: names, each move in the stage history and the deal's stage,
  payments, created and deleted people. The one edit in flight at the kill may
  or may not have committed; the file says which. Every value an edit writes
  carries its number, so an edit that is in the file but never ran shows too.
  The next worker opens the same file, so each kill also tests that it opens.
* **Upgrade** (20 kills) — the large sample taken down to the first schema
  revision by the migrations' own ``downgrade`` (made once, kept in
  ``bench/.data``; the sample generator writes only the current schema, so it
  cannot fill an old file). A worker opens a copy, which backs it up and
  migrates it to head, and is killed at a moment drawn uniformly over the
  latest uninterrupted upgrade's duration. After each kill ``check_workspace``
  must pass, the file must be at the old or the new revision without Alembic's
  temporary tables, and the backups left beside it are counted and read back.
  The next attempt re-runs the upgrade on the same file. Every 10 killed
  attempts, and after a kill that came after the commit, an uninterrupted open
  must leave the file at head and passing the check (as must an attempt that
  completes before its kill); then a fresh copy is taken.

Prints a line per kill and figures; the last line is JSON
``{"kills", "lost_commits", "unopenable_files", ...}``. Findings never change
the exit status; only a failure of the harness itself (a worker that dies on
its own or never starts) exits non-zero. ``--quick`` kills 10 + 2.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import re
import select
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._data import DATA, sample_file
from model.schema import known_revisions, readonly_uri

ROOT = Path(__file__).resolve().parent.parent

WORKER = Path(__file__).with_name("crash_worker.py")
TOKEN = re.compile(r"crash-bench e(\d+)")
EDIT_WINDOW_S = 2.0
"""Edit workers are killed uniformly within this many seconds after they are ready."""
BASELINE_EDITS = 200
START_TIMEOUT_S = 120.0
FINISH_TIMEOUT_S = 900.0
CTX = multiprocessing.get_context("fork")
STARTED: list[Any] = []
"""Every worker process started here, so none outlives the bench when it stops early."""


class HarnessError(Exception):
    """The bench itself cannot go on (not a finding about the application)."""


# --- processes -------------------------------------------------------------


class Worker:
    """One crash_worker.py process whose stdout lines are read as they come."""

    def __init__(self, folder: Path, *args: str) -> None:
        self.stderr_path = folder / "worker.stderr"
        self.stderr = open(self.stderr_path, "wb")  # noqa: SIM115 - closed in finish()
        self.proc = subprocess.Popen(
            [sys.executable, str(WORKER), *args],
            stdout=subprocess.PIPE,
            stderr=self.stderr,
            cwd=ROOT,
        )
        STARTED.append(self.proc)
        self.lines: list[str] = []

    def wait_for(self, word: str, timeout: float) -> str:
        """Read lines until one starts with ``word``; fail on an early exit or error."""
        assert self.proc.stdout is not None
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                self.kill()
                raise HarnessError(f"the worker did not print {word!r} in {timeout:.0f} s")
            ready, _, _ = select.select([self.proc.stdout], [], [], left)
            if not ready:
                continue
            line = self.proc.stdout.readline().decode().strip()
            if not line:
                self.finish()
                raise HarnessError(f"the worker exited before {word!r}: {self.tail()}")
            self.lines.append(line)
            if line.startswith(("error:", word)):
                return line

    def kill(self) -> None:
        if self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
        self.finish()

    def finish(self, timeout: float | None = None) -> int:
        assert self.proc.stdout is not None
        try:
            code = self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.kill()
            raise HarnessError(f"the worker did not finish in {timeout:.0f} s") from None
        self.lines += [x for x in self.proc.stdout.read().decode().splitlines() if x.strip()]
        self.proc.stdout.close()
        self.stderr.close()
        return code

    def tail(self) -> str:
        text = self.stderr_path.read_text(errors="replace").strip().splitlines()
        return " | ".join(text[-6:]) or f"exit code {self.proc.returncode}"


class EditWorker:
    """A forked process running :func:`bench.crash_worker.edits`.

    Forked from the bench, which has imported the model already and holds no
    open database connection, so a kill costs no interpreter start-up.
    """

    def __init__(self, path: Path, log: Path, first: int, seed: int, count: int | None) -> None:
        self.mine, theirs = CTX.Pipe(duplex=False)
        sys.stdout.flush()  # the child must not inherit and flush unwritten output
        self.proc = CTX.Process(
            target=_edit_child, args=(theirs, path, log, first, seed, count), daemon=True
        )
        self.proc.start()
        STARTED.append(self.proc)
        theirs.close()

    def wait_ready(self, timeout: float) -> str:
        if not self.mine.poll(timeout):
            self.kill()
            raise HarnessError(f"the edit worker was not ready in {timeout:.0f} s")
        try:
            return str(self.mine.recv())
        except EOFError:
            self.proc.join()
            raise HarnessError(
                f"the edit worker exited before it was ready (exit code {self.proc.exitcode})"
            ) from None

    def kill(self) -> None:
        self.proc.kill()  # SIGKILL
        self.proc.join()
        self.mine.close()

    def finish(self, timeout: float) -> int:
        self.proc.join(timeout)
        if self.proc.exitcode is None:
            self.kill()
            raise HarnessError(f"the edit worker did not finish in {timeout:.0f} s")
        self.mine.close()
        return self.proc.exitcode


def _edit_child(conn: Any, path: Path, log: Path, first: int, seed: int, count: int | None) -> None:
    from bench.crash_worker import edits

    sys.exit(edits(path, log, first, seed, count, tell=conn.send))


# --- the ledger of reported edits ------------------------------------------


@dataclass
class Ledger:
    """What the reported commits say the file must contain.

    Reads the worker's log incrementally: an intent line before the edit's
    service call, a ``done`` line after its commit (or ``refused`` when the
    service said no and nothing was written).
    """

    log: Path
    offset: int = 0
    reported: int = 0
    unreported: int = 0  # committed but killed before the report
    next_n: int = 1
    names: dict[tuple[str, int], list[tuple[int, str]]] = field(default_factory=dict)
    created: dict[tuple[str, int], int] = field(default_factory=dict)
    deleted: dict[int, int] = field(default_factory=dict)
    moves: dict[int, tuple[int, str]] = field(default_factory=dict)
    stages: dict[int, list[tuple[int, str]]] = field(default_factory=dict)
    payments: dict[int, list[tuple[int, float, str]]] = field(default_factory=dict)
    refused: set[int] = field(default_factory=set)
    counted: set[tuple[Any, ...]] = field(default_factory=set)
    applied: set[int] = field(default_factory=set)

    def read(self) -> dict[str, Any] | None:
        """Take in new log lines; return the edit in flight (intent, no outcome)."""
        with open(self.log, "rb") as f:
            f.seek(self.offset)
            data = f.read()
        whole = data[: data.rfind(b"\n") + 1]
        self.offset += len(whole)
        if len(whole) < len(data):  # a line cut by the kill: the next worker starts afresh
            os.truncate(self.log, self.offset)
        intents: dict[int, dict[str, Any]] = {}
        for line in whole.decode().splitlines():
            record = json.loads(line)
            n = record["n"]
            self.next_n = max(self.next_n, n + 1)
            if "op" in record:
                intents[n] = record
            elif "refused" in record:
                self.refused.add(n)
                intents.pop(n, None)
            else:
                self.apply(intents.pop(n), record["done"])
                self.reported += 1
        if len(intents) > 1:
            raise HarnessError(f"edits {sorted(intents)} have intents but no outcome")
        return next(iter(intents.values()), None)

    def apply(self, edit: dict[str, Any], created: int | None) -> None:
        n, op = edit["n"], edit["op"]
        self.applied.add(n)
        if op in ("create_account", "create_person"):
            kind = op.removeprefix("create_")
            assert created is not None
            # SQLite hands out the id of a deleted last row again.
            if kind == "person":
                self.deleted.pop(created, None)
            self.created[(kind, created)] = n
            self.names[(kind, created)] = [(n, edit["value"])]
        elif op in ("rename_account", "rename_person"):
            kind = op.removeprefix("rename_")
            self.names.setdefault((kind, edit["id"]), []).append((n, edit["value"]))
        elif op == "delete_person":
            self.deleted[edit["id"]] = n
            self.created.pop(("person", edit["id"]), None)
            self.names.pop(("person", edit["id"]), None)
        elif op == "move_deal":
            self.moves[n] = (edit["id"], edit["stage"])
            self.stages.setdefault(edit["id"], []).append((n, edit["stage"]))
        elif op == "record_payment":
            self.payments.setdefault(edit["id"], []).append((n, edit["amount"], edit["value"]))

    def verify(self, path: Path) -> tuple[int, int, list[str]]:
        """Reported commits missing from the file, edits present that never ran, and how.

        The edit in flight at the kill is accepted whether or not it committed;
        the file tells which, and the ledger takes it in.
        """
        flight = self.read()
        db = Snapshot.read(path)
        problems: list[str] = []

        def lose(key: tuple[Any, ...], count: int, what: str) -> None:
            if count and key not in self.counted:  # each loss counted at the kill that shows it
                self.counted.add(key)
                problems.extend([what] * count)

        def in_flight(op: str, ident: int) -> dict[str, Any] | None:
            hit = flight is not None and flight["op"] == op and flight.get("id") == ident
            return flight if hit else None

        gone = set(self.deleted)
        if flight is not None and flight["op"] == "delete_person":
            gone.add(flight["id"])
        for (kind, ident), n in self.created.items():
            if ident not in db.table(kind) and not (kind == "person" and ident in gone):
                lose(("created", n), 1, f"edit {n} created {kind} id {ident}; it is not there")
        for ident, n in self.deleted.items():
            reused = flight is not None and flight["op"] == "create_person"
            if ident in db.people and not (reused and db.people[ident] == flight["value"]):
                lose(("deleted", n), 1, f"edit {n} deleted person id {ident}; it is still there")
        for (kind, ident), writes in self.names.items():
            if kind == "person" and ident in gone:
                continue
            other = in_flight(f"rename_{kind}", ident)
            actual = db.table(kind).get(ident)
            missing = _missing(writes, actual, other and other["value"])
            what = f"{kind} id {ident} is named {actual!r}, not {writes[-1][1]!r}"
            lose(("name", writes[-1][0]), missing, what)
        for n, (deal, stage) in self.moves.items():
            if db.moves.get(n) != (deal, stage):
                lose(("move", n), 1, f"edit {n} moved deal id {deal} to {stage}; not in history")
        for deal, moves in self.stages.items():
            accept = {moves[-1][1]}
            other = in_flight("move_deal", deal)
            if other is not None:
                accept.add(other["stage"])
            if db.deals.get(deal) not in accept:
                what = f"deal id {deal} is in {db.deals.get(deal)}, not {moves[-1][1]}"
                lose(("stage", moves[-1][0]), 1, what)
        for inst, paid in self.payments.items():
            # Transfers add up: every reported one is its own payment row.
            for n, amount, _how in paid:
                # (a paid-up instalment gets a new one planned for the transfer)
                found = db.transfers.get(n)
                if found is None or found[1] != round(amount, 2):
                    what = f"edit {n} paid {amount:.2f} (instalment id {inst}); no such transfer"
                    lose(("payment", n), 1, what)
        lost = len(problems)
        phantoms = sorted(db.tokens() - self.applied - ({flight["n"]} if flight else set()))
        for n in phantoms:
            lose(("phantom", n), 1, f"edit {n} is in the file but was never reported")
        if flight is not None and self._landed(flight, db):
            self.apply(flight, db.created_by(flight))
            self.unreported += 1
        return lost, len(problems) - lost, problems

    @staticmethod
    def _landed(edit: dict[str, Any], db: Snapshot) -> bool:
        op = edit["op"]
        if op == "delete_person":
            return edit["id"] not in db.people
        if op == "move_deal":
            return edit["n"] in db.moves
        if op == "record_payment":
            return edit["n"] in db.transfers  # every transfer is a row of its own
        if op.startswith("create_"):
            return db.created_by(edit) is not None
        return db.table(op.removeprefix("rename_")).get(edit["id"]) == edit["value"]


def _missing(writes: list[tuple[int, str]], actual: str | None, alternative: str | None) -> int:
    """Reported writes of one field not visible in ``actual`` (later ones hide earlier)."""
    if actual == writes[-1][1] or (alternative is not None and actual == alternative):
        return 0
    for i, (_n, value) in enumerate(writes):
        if value == actual:
            return len(writes) - 1 - i
    return 1


@dataclass
class Snapshot:
    """The rows the ledger checks, read with sqlite3 without writing."""

    accounts: dict[int, str]
    people: dict[int, str]
    deals: dict[int, str]
    instalments: dict[int, tuple[float, str]]
    moves: dict[int, tuple[int, str]]
    transfers: dict[int, tuple[int, float]]  # edit number -> (instalment id, amount)

    @staticmethod
    def read(path: Path) -> Snapshot:
        con = sqlite3.connect(readonly_uri(path), uri=True)
        try:
            q = con.execute
            moves: dict[int, tuple[int, str]] = {}
            for deal, stage, reason in q(
                "SELECT deal_id, to_stage, reason FROM stage_changes"
                " WHERE reason LIKE 'crash-bench %'"
            ):
                m = TOKEN.fullmatch(reason)
                if m:
                    moves[int(m.group(1))] = (deal, stage)
            return Snapshot(
                accounts=dict(q("SELECT id, name FROM accounts").fetchall()),
                people=dict(q("SELECT id, name FROM people").fetchall()),
                deals=dict(q("SELECT id, stage FROM deals").fetchall()),
                instalments={
                    i: (a, h) for i, a, h in q("SELECT id, received_amount, how FROM instalments")
                },
                moves=moves,
                transfers={
                    int(m.group(1)): (inst, round(amount, 2))
                    for inst, amount, how in q(
                        "SELECT instalment_id, amount, how FROM payments"
                        " WHERE how LIKE 'crash-bench %'"
                    )
                    if (m := TOKEN.fullmatch(how))
                },
            )
        finally:
            con.close()

    def table(self, kind: str) -> dict[int, str]:
        return self.accounts if kind == "account" else self.people

    def payment(self, inst: int) -> str | None:
        row = self.instalments.get(inst)
        return None if row is None else f"{row[1]} {row[0]:.2f}"

    def created_by(self, edit: dict[str, Any]) -> int | None:
        if not edit["op"].startswith("create_"):
            return None
        table = self.table(edit["op"].removeprefix("create_"))
        return next((i for i, name in table.items() if name == edit["value"]), None)

    def tokens(self) -> set[int]:
        """Edit numbers found anywhere in the file."""
        texts: Iterator[str] = (
            t
            for t in [
                *self.accounts.values(),
                *self.people.values(),
                *(h for _, h in self.instalments.values()),
            ]
            if t
        )
        found = {int(m.group(1)) for t in texts if (m := TOKEN.fullmatch(t))}
        return found | set(self.moves) | set(self.transfers)


# --- part 1: kills during edits ----------------------------------------------


def check(path: Path) -> tuple[bool, str]:
    from model.check import check_workspace

    report = check_workspace(path)
    return report.ok, "; ".join(f"{f.code}: {f.message}" for f in report.findings[:3])


def edit_kills(kills: int, rng: random.Random, folder: Path) -> dict[str, Any]:
    # Imported once here rather than in every forked worker.
    import bench.crash_worker  # noqa: F401
    import model.services.accounts
    import model.services.deals
    import model.services.people  # noqa: F401
    from model.sample import generate_sample
    from model.workspace import open_workspace

    path, log = folder / "edits.kan", folder / "edits.log"
    ws = open_workspace(path, create=True)
    generate_sample(ws.engine, lang="en", size="small")
    ws.close()
    log.touch()
    ledger = Ledger(log)

    # An uninterrupted run first: the ledger must agree with a file nobody killed.
    started = time.perf_counter()
    worker = EditWorker(path, log, first=1, seed=0, count=BASELINE_EDITS)
    if worker.wait_ready(START_TIMEOUT_S) != "ready" or worker.finish(FINISH_TIMEOUT_S) != 0:
        raise HarnessError("the uninterrupted edit run failed (its error is above)")
    base_s = time.perf_counter() - started
    base_lost, base_phantoms, problems = ledger.verify(path)
    base_ok, base_why = check(path)
    print(
        f"uninterrupted: {ledger.reported} edits in {base_s:.1f} s "
        f"({ledger.reported / base_s:.0f}/s with start-up); lost {base_lost}, "
        f"phantoms {base_phantoms}, check {'ok' if base_ok else 'FAILED: ' + base_why}"
    )
    for problem in problems[:5]:
        print(f"  {problem}")

    out: dict[str, Any] = {
        "kills": 0,
        "lost": base_lost,
        "phantoms": base_phantoms,
        "check_failures": int(not base_ok),
        "unopenable": 0,
    }
    for k in range(1, kills + 1):
        worker = EditWorker(path, log, ledger.next_n, rng.randrange(2**31), None)
        said = worker.wait_ready(START_TIMEOUT_S)
        if said != "ready":
            worker.finish(60)
            out["unopenable"] += 1
            print(f"edit kill {k}: the workspace does not open: {said}")
            break
        delay = rng.uniform(0, EDIT_WINDOW_S)
        time.sleep(delay)
        if not worker.proc.is_alive():
            raise HarnessError(f"the edit worker stopped on its own ({worker.finish(1)})")
        worker.kill()
        out["kills"] += 1
        made = ledger.reported
        lost, phantoms, problems = ledger.verify(path)
        made = ledger.reported - made
        ok, why = check(path)
        out["lost"] += lost
        out["phantoms"] += phantoms
        out["check_failures"] += not ok
        print(
            f"edit kill {k:3}/{kills} after {delay:4.2f} s: {made:3} reported, "
            f"lost {lost}, phantoms {phantoms}, check {'ok' if ok else 'FAILED: ' + why}"
        )
        for problem in problems[:3]:
            print(f"  {problem}")
    try:
        open_workspace(path).close()
    except Exception as exc:  # any failure to open is the finding
        out["unopenable"] += 1
        print(f"the edited workspace does not open after the last kill: {exc}")
    out.update(
        reported=ledger.reported,
        unreported_committed=ledger.unreported,
        refused=len(ledger.refused),
    )
    print(
        f"edits: {out['kills']} kills, {ledger.reported} reported commits "
        f"({BASELINE_EDITS} of them uninterrupted), {ledger.unreported} committed but killed "
        f"before the report, {len(ledger.refused)} refused by a service; lost {out['lost']}, "
        f"phantoms {out['phantoms']}, check failures {out['check_failures']}, "
        f"unopenable {out['unopenable']}"
    )
    return out


# --- part 2: kills during an upgrade -----------------------------------------


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal")]


def _remove(path: Path) -> None:
    for p in [path, *_sidecars(path)]:
        p.unlink(missing_ok=True)


def downgrade(path: Path, target: str) -> None:
    """Take a workspace down to ``target`` by the migrations' own downgrade, in one transaction."""
    from alembic import command
    from alembic.config import Config

    from model.workspace import MIGRATIONS, WRITE, make_engine, url_for

    engine = make_engine(url_for(path))
    cfg = Config()
    cfg.set_main_option("script_location", MIGRATIONS)
    try:
        with engine.connect() as conn:
            raw = conn.connection.driver_connection
            assert raw is not None
            raw.execute("PRAGMA foreign_keys=OFF")  # batch rebuilds must not cascade
            with conn.execution_options(**{WRITE: True}).begin():
                cfg.attributes["connection"] = conn
                command.downgrade(cfg, target)
            raw.execute("PRAGMA foreign_keys=ON")
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        engine.dispose()


def old_sample() -> tuple[Path, str]:
    """The large sample at the first schema revision, made once and kept in bench/.data."""
    first = known_revisions()[0][0]
    large = sample_file("large")
    old = DATA / f"large-en-{first}.kan"
    if old.exists() and old.stat().st_mtime >= large.stat().st_mtime:
        return old, first
    started = time.perf_counter()
    partial = old.with_name(old.name + ".partial")
    _remove(partial)
    src, dst = sqlite3.connect(large), sqlite3.connect(partial)
    with dst:
        src.backup(dst)
    src.close()
    dst.close()
    downgrade(partial, first)
    ok, why = check(partial)
    if not ok:
        raise HarnessError(f"the large sample taken down to {first} fails check: {why}")
    _remove(old)
    os.replace(partial, old)
    _remove(partial)
    print(
        f"made {old.name} ({old.stat().st_size / 1e6:.0f} MB) from {large.name} by downgrade "
        f"in {time.perf_counter() - started:.1f} s (check ok)"
    )
    return old, first


def revision_and_leftovers(path: Path) -> tuple[str | None, int]:
    con = sqlite3.connect(readonly_uri(path), uri=True)
    try:
        rev = con.execute("SELECT version_num FROM alembic_version").fetchone()
        tmp = con.execute(
            "SELECT count(*) FROM sqlite_master WHERE name LIKE '\\_alembic\\_tmp\\_%' ESCAPE '\\'"
        ).fetchone()[0]
        return (None if rev is None else str(rev[0])), int(tmp)
    finally:
        con.close()


def clear_backups(path: Path) -> tuple[int, int, int, float]:
    """Remove the backups beside ``path``.

    Returns how many were whole and read back ok, whole but unreadable, and
    partial (a temporary file of an interrupted backup), and the partial ones' MB.
    """
    good = bad = partial = 0
    size = 0.0
    for p in sorted(path.parent.iterdir()):
        if not p.name.startswith((f"{path.name}.backup-", f".{path.name}.backup-")):
            continue
        if ".partial" in p.name:
            partial += p.name.endswith(".partial")
            size += p.stat().st_size / 1e6
        elif not p.name.endswith(("-journal", "-wal", "-shm")):
            try:
                con = sqlite3.connect(readonly_uri(p), uri=True)
                try:
                    ok = con.execute("PRAGMA quick_check").fetchone()[0] == "ok"
                finally:
                    con.close()
            except sqlite3.DatabaseError:
                ok = False
            good += ok
            bad += not ok
        p.unlink()
    return good, bad, partial, size


def upgrade_kills(kills: int, chain: int, rng: random.Random, folder: Path) -> dict[str, Any]:
    old, first = old_sample()
    head = known_revisions()[1]
    path = folder / "upgrade.kan"

    def fresh() -> None:
        _remove(path)
        clear_backups(path)
        shutil.copyfile(old, path)

    def full_open(label: str) -> tuple[bool, float, dict[str, float]]:
        """Open the file in a worker left alone; its phases as seconds since ready."""
        started = time.perf_counter()
        worker = Worker(folder, "upgrade", str(path))
        worker.wait_for("ready", START_TIMEOUT_S)
        code = worker.finish(FINISH_TIMEOUT_S)
        seconds = time.perf_counter() - started
        if code == 3:
            print(f"{label}: the file does not open: {worker.lines[-1]}")
            return False, seconds, {}
        if code != 0:
            raise HarnessError(f"the upgrade worker failed: {worker.tail()}")
        marks = [x.split() for x in worker.lines if x != "ready"]
        return True, seconds, {name: float(at) for name, at in marks}

    fresh()
    opened, _, phases = full_open("uninterrupted upgrade")
    if not opened or "committed" not in phases:
        raise HarnessError("an uninterrupted upgrade of the old sample does not run")
    duration = phases["opened"]
    ok, why = check(path)
    print(
        f"uninterrupted upgrade {first} -> {head} of {old.stat().st_size / 1e6:.0f} MB: "
        f"{duration:.1f} s (backup until {phases['migrate']:.1f} s, "
        f"committed at {phases['committed']:.1f} s), check {'ok' if ok else 'FAILED: ' + why}"
    )
    out: dict[str, Any] = {
        "lost": 0,
        "check_failures": 0,
        "unopenable": 0,
        "leftover_tmp_tables": 0,
        "phases": Counter(),
        "finished_before_kill": 0,
        "backups_left": 0,
        "bad_backups": 0,
        "partial_backups_left": 0,
        "partial_backup_mb": 0.0,
        "check_s": [],
        "baseline_check_ok": ok,
    }

    def verify_opened(after: int, seconds: float, how: str) -> None:
        """The file was opened after ``after`` killed attempts: it must be at head and pass."""
        rev = revision_and_leftovers(path)[0]
        ok, why = check(path) if rev == head else (False, "not checked")
        out["unopenable"] += rev != head
        out["check_failures"] += rev == head and not ok
        print(
            f"  {how} after {after} killed attempt(s), {seconds:.1f} s: "
            f"{'at ' + head if rev == head else 'NOT UPGRADED (at ' + str(rev) + ')'}, "
            f"check {'ok' if ok else why}"
        )

    fresh()
    done, in_chain = 0, 0
    while done < kills:
        worker = Worker(folder, "upgrade", str(path))
        if worker.wait_for("ready", START_TIMEOUT_S).startswith("error:"):
            worker.finish()
            out["unopenable"] += 1
            print(f"upgrade attempt: the file does not open: {worker.lines[-1]}")
            fresh()
            in_chain = 0
            continue
        delay = rng.uniform(0, duration)
        time.sleep(delay)
        if worker.proc.poll() is not None:  # done before its kill: a re-run that completed
            code = worker.finish()
            if code == 3:
                out["unopenable"] += 1
                print(f"upgrade attempt: the file does not open: {worker.lines[-1]}")
            elif code != 0:
                raise HarnessError(f"the upgrade worker failed: {worker.tail()}")
            else:
                out["finished_before_kill"] += 1
                marks = [x.split() for x in worker.lines if x != "ready"]
                duration = float(marks[-1][1])  # the machine's load changes: follow it
                if in_chain:
                    verify_opened(in_chain, duration, "finished before its kill")
            fresh()
            in_chain = 0
            continue
        worker.kill()
        done += 1
        in_chain += 1
        rev, tmp = revision_and_leftovers(path)
        marks = [x.split()[0] for x in worker.lines if x != "ready"]
        phase = "after commit" if rev == head else (marks[-1] if marks else "start")
        out["phases"][phase] += 1
        wal = path.with_name(path.name + "-wal")
        wal_mb = wal.stat().st_size / 1e6 if wal.exists() else 0.0
        started = time.perf_counter()
        ok, why = check(path)
        out["check_s"].append(time.perf_counter() - started)
        good, bad, partial, mb = clear_backups(path)
        out["check_failures"] += not ok
        out["leftover_tmp_tables"] += tmp
        out["backups_left"] += good
        out["bad_backups"] += bad
        out["partial_backups_left"] += partial
        out["partial_backup_mb"] += mb if partial else 0.0
        print(
            f"upgrade kill {done:2}/{kills} at {delay:5.1f} s ({phase}): file at {rev}, "
            f"WAL {wal_mb:.0f} MB, temporary tables {tmp}, check "
            f"{'ok' if ok else 'FAILED: ' + why}; backups left {good} whole"
            + (f", {bad} UNREADABLE" if bad else "")
            + f", {partial} partial"
        )
        if rev not in (first, head):
            out["unopenable"] += 1
        if rev == head or in_chain >= chain or done == kills:
            opened, seconds, _ = full_open(f"after upgrade kill {done}")
            if opened:
                verify_opened(in_chain, seconds, "opened")
            else:
                out["unopenable"] += 1
            fresh()
            in_chain = 0
    _remove(path)
    clear_backups(path)
    out["phases"] = dict(out["phases"])
    out["upgrade_s"] = round(duration, 1)
    out["kills"] = done
    checks = out.pop("check_s")
    print(
        f"upgrade: {done} kills ({', '.join(f'{n} in {p}' for p, n in out['phases'].items())}), "
        f"{out['finished_before_kill']} attempts finished before their kill; "
        f"check after a kill {sum(checks) / max(1, len(checks)):.1f} s on average; "
        f"temporary tables left {out['leftover_tmp_tables']}, check failures "
        f"{out['check_failures']}, unopenable {out['unopenable']}; each kill after the backup "
        f"left a whole backup ({out['backups_left']}), each kill during it a partial one "
        f"({out['partial_backups_left']}, {out.pop('partial_backup_mb'):.0f} MB)"
    )
    return out


def stop_workers() -> None:
    for proc in STARTED:
        if isinstance(proc, subprocess.Popen):
            if proc.poll() is None:
                os.kill(proc.pid, signal.SIGKILL)
                proc.wait()
        elif proc.is_alive():
            proc.kill()
            proc.join()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="10 edit kills and 2 upgrade kills")
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--edit-kills", type=int, default=None)
    parser.add_argument("--upgrade-kills", type=int, default=None)
    parser.add_argument("--chain", type=int, default=None, help="killed upgrades per full open")
    args = parser.parse_args()
    edits_n = args.edit_kills if args.edit_kills is not None else (10 if args.quick else 100)
    upgrades_n = args.upgrade_kills if args.upgrade_kills is not None else (2 if args.quick else 20)
    chain = args.chain or (2 if args.quick else 10)
    seed = args.seed if args.seed is not None else random.randrange(2**31)
    rng = random.Random(seed)
    print(f"seed {seed}: {edits_n} kills during edits, {upgrades_n} during an upgrade")
    started = time.perf_counter()
    try:
        with tempfile.TemporaryDirectory(prefix="crash-bench-") as tmp:
            folder = Path(tmp)
            t = time.perf_counter()
            e = edit_kills(edits_n, rng, folder) if edits_n else {}
            e_s = time.perf_counter() - t
            t = time.perf_counter()
            u = upgrade_kills(upgrades_n, chain, rng, folder) if upgrades_n else {}
            u_s = time.perf_counter() - t
    except HarnessError as exc:
        print(f"harness failure: {exc}", file=sys.stderr)
        return 1
    finally:
        stop_workers()
    total = time.perf_counter() - started
    result = {
        "kills": e.get("kills", 0) + u.get("kills", 0),
        "lost_commits": e.get("lost", 0),
        "unopenable_files": e.get("unopenable", 0) + u.get("unopenable", 0),
        "check_failures": e.get("check_failures", 0) + u.get("check_failures", 0),
        "edit_kills": e.get("kills", 0),
        "reported_commits": e.get("reported", 0),
        "unreported_committed": e.get("unreported_committed", 0),
        "phantom_edits": e.get("phantoms", 0),
        "upgrade_kills": u.get("kills", 0),
        "upgrade_kill_phases": u.get("phases", {}),
        "leftover_tmp_tables": u.get("leftover_tmp_tables", 0),
        "backups_left_by_kills": u.get("backups_left", 0),
        "unreadable_backups": u.get("bad_backups", 0),
        "partial_backups_left": u.get("partial_backups_left", 0),
        "upgrade_baseline_check_ok": u.get("baseline_check_ok"),
        "upgrades_finished_before_kill": u.get("finished_before_kill", 0),
        "upgrade_s": u.get("upgrade_s"),
        "edits_part_s": round(e_s, 1),
        "upgrade_part_s": round(u_s, 1),
        "total_s": round(total, 1),
        "seed": seed,
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
