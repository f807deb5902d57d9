"""Benchmark of the team database: PostgreSQL against SQLite, and concurrent writers.

Not a test: it prints figures and ends with one JSON line whose keys are
``pg_load_s``, ``sqlite_load_s``, ``load_ratio``, ``moves``, ``conflicts``,
``errors`` and ``lost_updates``.

In one run:

* a PostgreSQL server of its own (``tests/postgres.py``: initdb and pg_ctl in a
  temporary folder on a loopback port), stopped at the end whatever happens;
* the large sample (2,000 accounts, 20,000 deals) as a SQLite file
  (``bench/.data``) and the same sample written into a PostgreSQL database by the
  same generator with the same seed and day;
* ``sqlite_load_s`` / ``pg_load_s``: open the workspace and load the board as the
  app does (its cards, the probabilities and rates, the cards' warnings), median
  of three;
* ten writers, each with a workspace of its own on the PostgreSQL database, moving
  deals for 30 s through the board's service (``move_deal``, forced with a reason
  where a gate is unmet, as the gate dialog does), all on the same 200 deals so
  that they collide. Each writer records the moves it saw committed and the ones
  refused as conflicts (someone else moved the deal first: refused, not lost).
  Afterwards the database is compared with the records: every committed move is in
  the deal's history, each history entry starts where the one before ended, and
  the deal stands where its last entry put it. ``lost_updates`` counts what
  disagrees (target 0).

Usage: ``python bench/server.py [--quick] [--seconds S] [--writers N]``.
``--quick`` uses the small sample and 5 s (a smoke run; the test suite runs it).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import select  # noqa: E402

from bench._data import DATA, _generated, _stamp  # noqa: E402
from model.entities import Deal, StageChange  # noqa: E402
from model.enums import Stage  # noqa: E402
from model.errors import DomainError, EditConflict  # noqa: E402
from model.workspace import open_workspace  # noqa: E402
from tests import postgres  # noqa: E402

SAMPLE_DAY = date(2026, 12, 1)
"""The sample's "today" on both sides, so the SQLite file and the server hold the same."""


def load_board(url: Any) -> float:
    """Open the workspace and read what the board shows: seconds."""
    from model.board import card_extras, stage_probabilities
    from model.money import workspace_rates
    from model.rows import board_rows

    started = time.perf_counter()
    ws = open_workspace(url)
    try:
        with ws.sessions() as session:
            cards = board_rows(session)
            stage_probabilities(session)
            workspace_rates(session)
            card_extras(session)
        assert cards, "the sample has deals"
        return time.perf_counter() - started
    finally:
        ws.close()


def median_load(url: Any, runs: int = 3) -> float:
    return statistics.median(load_board(url) for _ in range(runs))


@dataclass
class Writer:
    """One user moving deals; what it saw committed and refused."""

    number: int
    url: Any
    deals: list[int]
    until: float
    committed: list[tuple[int, int, str]] = field(default_factory=list)
    conflicts: int = 0
    errors: list[str] = field(default_factory=list)

    def run(self) -> None:
        from model.services.deals import move_deal

        stages = [s.value for s in Stage]
        pick = random.Random(self.number)
        ws = open_workspace(self.url)
        try:
            while time.perf_counter() < self.until:
                deal_id = pick.choice(self.deals)
                try:
                    with ws.begin() as session:
                        now = session.get(Deal, deal_id)
                        assert now is not None
                        here = stages.index(now.stage)
                        step = (
                            pick.choice((-1, 1))
                            if 0 < here < len(stages) - 1
                            else (1 if here == 0 else -1)
                        )
                        target = stages[here + step]
                        changes = move_deal(
                            session, deal_id, target, reason=f"writer {self.number}", force=True
                        )
                        entry = next(i for k, i in changes.created if k == "stage_change")
                    self.committed.append((deal_id, entry, target))
                except EditConflict:
                    self.conflicts += 1
                except DomainError as exc:
                    self.errors.append(exc.message)
                except Exception as exc:  # a refusal below the model counts as a conflict
                    if _is_conflict(exc):
                        self.conflicts += 1
                    else:
                        self.errors.append(f"{type(exc).__name__}: {exc}")
        finally:
            ws.close()


def _is_conflict(exc: BaseException) -> bool:
    """The database refused the write because another one came first (the row's
    version moved on, or PostgreSQL's serialisation check): nothing was written."""
    from sqlalchemy.exc import DBAPIError
    from sqlalchemy.orm.exc import StaleDataError

    if isinstance(exc, StaleDataError):
        return True
    return isinstance(exc, DBAPIError) and getattr(exc.orig, "sqlstate", "") in {
        "40001",
        "40P01",
    }


def lost_updates(url: Any, writers: list[Writer]) -> int:
    """Committed moves missing from the history, history entries that do not start
    where the one before ended, and deals not standing where their last entry says."""
    ws = open_workspace(url)
    lost = 0
    try:
        with ws.sessions() as session:
            deals = sorted({d for w in writers for d in w.deals})
            history: dict[int, list[StageChange]] = defaultdict(list)
            for entry in session.scalars(
                select(StageChange)
                .where(StageChange.deal_id.in_(deals))
                .order_by(StageChange.deal_id, StageChange.at, StageChange.id)
            ):
                history[entry.deal_id].append(entry)
            by_id = {e.id: e for entries in history.values() for e in entries}
            for writer in writers:
                for deal_id, entry_id, target in writer.committed:
                    found = by_id.get(entry_id)
                    if found is None or found.deal_id != deal_id or found.to_stage != target:
                        lost += 1
            for deal_id in deals:
                entries = history[deal_id]
                lost += sum(1 for a, b in pairwise(entries) if b.from_stage != a.to_stage)
                deal = session.get(Deal, deal_id)
                if entries and deal is not None and deal.stage != entries[-1].to_stage:
                    lost += 1
    finally:
        ws.close()
    return lost


def shared_deals(url: Any, count: int) -> list[int]:
    from model.enums import DealStatus

    ws = open_workspace(url)
    try:
        with ws.sessions() as session:
            ids = session.scalars(
                select(Deal.id).where(Deal.status == DealStatus.OPEN).order_by(Deal.id)
            ).all()
    finally:
        ws.close()
    return list(ids[:count])


def concurrent_moves(url: Any, writers: int, seconds: float, deals: int) -> dict[str, Any]:
    shared = shared_deals(url, deals)
    until = time.perf_counter() + seconds
    crew = [Writer(n, url, shared, until) for n in range(writers)]
    threads = [threading.Thread(target=w.run, name=f"writer-{w.number}") for w in crew]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    errors = [e for w in crew for e in w.errors]
    for message in sorted(set(errors))[:5]:
        print("  error:", message)
    return {
        "moves": sum(len(w.committed) for w in crew),
        "conflicts": sum(w.conflicts for w in crew),
        "errors": len(errors),
        "lost_updates": lost_updates(url, crew),
        "shared_deals": len(shared),
    }


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sample, 5 s of writers")
    parser.add_argument("--seconds", type=float, default=None)
    parser.add_argument("--writers", type=int, default=10)
    args = parser.parse_args(argv)
    size = "small" if args.quick else "large"
    seconds = args.seconds if args.seconds is not None else (5.0 if args.quick else 30.0)

    server = postgres.start()
    if server is None:
        print(postgres.MISSING, file=sys.stderr)
        return 2
    pg = None
    try:
        from model.sample import generate_sample

        sqlite = _generated(
            DATA / f"server-{size}-{_stamp()}.kan",
            lambda engine: generate_sample(engine, lang="en", size=size, today=SAMPLE_DAY),
        )
        pg = server.fresh_database()
        started = time.perf_counter()
        ws = open_workspace(pg, create=True)
        try:
            generate_sample(ws.engine, lang="en", size=size, today=SAMPLE_DAY)
        finally:
            ws.close()
        print(f"sample ({size}) written to PostgreSQL in {time.perf_counter() - started:.1f} s")
        sqlite_s = median_load(sqlite)
        pg_s = median_load(pg)
        print(
            f"load board: SQLite {sqlite_s:.3f} s, PostgreSQL {pg_s:.3f} s ({pg_s / sqlite_s:.2f}×)"
        )
        moves = concurrent_moves(pg, args.writers, seconds, 40 if args.quick else 200)
        print(
            f"{args.writers} writers for {seconds:.0f} s: {moves['moves']} moves committed, "
            f"{moves['conflicts']} refused as conflicts, {moves['errors']} errors, "
            f"{moves['lost_updates']} lost"
        )
        result = {
            "pg_load_s": round(pg_s, 3),
            "sqlite_load_s": round(sqlite_s, 3),
            "load_ratio": round(pg_s / sqlite_s, 2),
            **moves,
        }
        print(json.dumps(result))
        return 0
    finally:
        if pg is not None:
            server.drop_database(pg)
        server.stop()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
