"""Helper process of ``bench/crash.py``: the process that gets killed.

``crash_worker.py edits PATH LOG --first N --seed S [--count C]`` opens the
workspace and makes mixed edits through the real services, one transaction
per edit (``Workspace.begin``): create and rename accounts and people, delete
people, move open deals with ``force`` and a reason, record payments. Inside
the transaction, before the service call, it appends the edit's intent to LOG;
after the commit it appends ``{"n": N, "done": ...}`` and fsyncs LOG: the
commits the application reported. Every value it writes carries the token
``crash-bench eN``, so the parent can find each edit in the file. It runs
until killed, or for ``--count`` edits. The bench calls :func:`edits` in a
forked process instead, which saves the interpreter's start-up per kill.

``crash_worker.py upgrade PATH`` opens (and so upgrades) an old workspace
and prints the phases it passes (``backup``, ``migrate``, ``committed``,
``opened``) with the seconds since ``ready``.

Run alone with no arguments it does nothing and exits 0, because
``make bench`` runs every ``bench/*.py``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

TOKEN = "crash-bench e{n}"
"""What every value written by edit ``n`` contains (names, reasons, payment notes)."""

OPS: dict[str, int] = {
    "create_account": 8,
    "rename_account": 12,
    "create_person": 15,
    "rename_person": 15,
    "delete_person": 8,
    "move_deal": 27,
    "record_payment": 15,
}
"""The mix of edits and their weights."""

RUN_LIMIT_S = 600.0
"""A worker left alone stops after this long (the parent kills it much sooner)."""


def say(line: str) -> None:
    print(line, flush=True)


class Edits:
    """The ids the worker may pick from, and one method per kind of edit.

    Each method runs inside the edit's transaction, calls ``intent`` with what
    it is about to write before the service call, and returns the id of a
    created row (or None).
    """

    def __init__(self, session: Any, rng: random.Random) -> None:
        from sqlalchemy import select

        from model.entities import Account, Deal, Instalment, Person

        self.rng = rng
        self.accounts: list[int] = list(session.scalars(select(Account.id)))
        self.people: list[int] = list(session.scalars(select(Person.id)))
        self.deals: list[int] = list(session.scalars(select(Deal.id).where(Deal.status == "open")))
        self.instalments: list[int] = list(
            session.scalars(
                select(Instalment.id)
                .join(Deal, Deal.id == Instalment.deal_id)
                .where(Deal.status == "open")
            )
        )
        self.deleted: int | None = None

    def possible(self) -> list[str]:
        ops = ["create_account", "create_person"]
        if self.accounts:
            ops.append("rename_account")
        if self.people:
            ops += ["rename_person", "delete_person"]
        if self.deals:
            ops.append("move_deal")
        if self.instalments:
            ops.append("record_payment")
        return ops

    def create_account(self, s: Any, n: int, intent: Callable[..., None]) -> int | None:
        from model.services import accounts

        intent(op="create_account", value=TOKEN.format(n=n))
        return accounts.create_account(s, {"name": TOKEN.format(n=n)}).created_id("account")

    def rename_account(self, s: Any, n: int, intent: Callable[..., None]) -> int | None:
        from model.services import accounts

        target = self.rng.choice(self.accounts)
        intent(op="rename_account", id=target, value=TOKEN.format(n=n))
        accounts.update_account(s, target, {"name": TOKEN.format(n=n)})
        return None

    def create_person(self, s: Any, n: int, intent: Callable[..., None]) -> int | None:
        from model.services import people

        account = self.rng.choice(self.accounts)
        intent(op="create_person", account=account, value=TOKEN.format(n=n))
        changes = people.create_person(s, account, {"name": TOKEN.format(n=n)})
        return changes.created_id("person")

    def rename_person(self, s: Any, n: int, intent: Callable[..., None]) -> int | None:
        from model.services import people

        target = self.rng.choice(self.people)
        intent(op="rename_person", id=target, value=TOKEN.format(n=n))
        people.update_person(s, target, {"name": TOKEN.format(n=n)})
        return None

    def delete_person(self, s: Any, n: int, intent: Callable[..., None]) -> int | None:
        from model.services import people

        target = self.rng.choice(self.people)
        intent(op="delete_person", id=target)
        people.delete_person(s, target)
        self.deleted = target
        return None

    def move_deal(self, s: Any, n: int, intent: Callable[..., None]) -> int | None:
        from model.entities import Deal
        from model.enums import STAGES
        from model.services import deals

        target = self.rng.choice(self.deals)
        deal = s.get(Deal, target)
        stage = self.rng.choice([st.value for st in STAGES if st.value != deal.stage])
        intent(op="move_deal", id=target, stage=stage, value=TOKEN.format(n=n))
        deals.move_deal(s, target, stage, force=True, reason=TOKEN.format(n=n))
        return None

    def record_payment(self, s: Any, n: int, intent: Callable[..., None]) -> int | None:
        from model.entities import Instalment
        from model.services import deals

        target = self.rng.choice(self.instalments)
        row = s.get(Instalment, target)
        outstanding = round(row.amount - row.received_amount, 2)
        if outstanding < 0.02:  # paid in full: a transfer now would be refused
            outstanding = 0.0
        amount = round(self.rng.uniform(0.01, max(outstanding, 0.01)), 2)
        intent(op="record_payment", id=target, amount=amount, value=TOKEN.format(n=n))
        if outstanding == 0.0:
            # Nothing left to pay: plan one more instalment and pay into that.
            target = deals.add_instalment(s, row.deal_id, amount=amount).created_id("instalment")
        deals.record_payment(s, target, amount=amount, how=TOKEN.format(n=n))
        return None

    def committed(self, op: str, created: int | None) -> None:
        """Keep the lists in step with what was committed."""
        if op == "create_account" and created is not None:
            self.accounts.append(created)
        elif op == "create_person" and created is not None:
            self.people.append(created)
        elif op == "delete_person" and self.deleted is not None:
            self.people.remove(self.deleted)
        self.deleted = None


def edits(
    path: Path,
    log: Path,
    first: int,
    seed: int,
    count: int | None,
    tell: Callable[[str], None] = say,
) -> int:
    """Edit until killed (or ``count`` edits); ``tell`` gets "ready" or "error: ..."."""
    from model.errors import DomainError, WorkspaceError
    from model.workspace import open_workspace

    try:
        ws = open_workspace(path)
    except WorkspaceError as exc:
        tell(f"error: {exc}")
        return 3
    rng = random.Random(seed)
    with ws.sessions() as session:
        work = Edits(session, rng)
    fd = os.open(log, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)

    def append(record: dict[str, Any], sync: bool) -> None:
        os.write(fd, (json.dumps(record) + "\n").encode())
        if sync:
            os.fsync(fd)

    tell("ready")
    n, made, stop = first, 0, time.monotonic() + RUN_LIMIT_S
    while (count is None or made < count) and time.monotonic() < stop:
        ops = work.possible()
        op = rng.choices(ops, [OPS[o] for o in ops])[0]

        def intent(n: int = n, **what: Any) -> None:
            append({"n": n, **what}, sync=False)

        try:
            with ws.begin() as s:
                created = getattr(work, op)(s, n, intent)
        except DomainError as exc:  # refused and rolled back: nothing to find
            append({"n": n, "refused": str(exc)}, sync=True)
            work.deleted = None
        else:
            append({"n": n, "done": created}, sync=True)  # the reported commit
            work.committed(op, created)
            made += 1
        n += 1
    os.close(fd)
    ws.close()
    return 0


def upgrade(path: Path) -> int:
    import model.workspace as workspace
    from model.errors import WorkspaceError

    started = time.perf_counter()

    def mark(phase: str) -> None:
        say(f"{phase} {time.perf_counter() - started:.3f}")

    # Observe the phases of open_workspace without changing what it does.
    backup_sqlite, migrate = workspace.backup_sqlite, workspace.migrate

    def backup_marked(*args: Any, **kwargs: Any) -> Path:
        mark("backup")
        return backup_sqlite(*args, **kwargs)

    def migrate_marked(*args: Any, **kwargs: Any) -> None:
        mark("migrate")
        migrate(*args, **kwargs)
        mark("committed")

    workspace.backup_sqlite = backup_marked
    workspace.migrate = migrate_marked
    say("ready")
    started = time.perf_counter()
    try:
        ws = workspace.open_workspace(path)
    except WorkspaceError as exc:
        say(f"error: {exc}")
        return 3
    mark("opened")
    ws.close()
    return 0


def main(argv: list[str]) -> int:
    if not argv:
        return 0  # run by `make bench` on its own: nothing to do
    parser = argparse.ArgumentParser(prog="crash_worker.py")
    sub = parser.add_subparsers(dest="mode", required=True)
    e = sub.add_parser("edits")
    e.add_argument("path", type=Path)
    e.add_argument("log", type=Path)
    e.add_argument("--first", type=int, default=1)
    e.add_argument("--seed", type=int, default=0)
    e.add_argument("--count", type=int, default=None)
    u = sub.add_parser("upgrade")
    u.add_argument("path", type=Path)
    args = parser.parse_args(argv)
    if args.mode == "edits":
        return edits(args.path, args.log, args.first, args.seed, args.count)
    return upgrade(args.path)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
