"""One run of bench/interactions.py inside the real main window (a child process).

Usage: ``python bench/interactions_worker.py WORKSPACE [--reps N] [--drops-only]
[--badges-on-thread]``. WORKSPACE is changed (the drops are committed): the parent
passes a copy. ``--badges-on-thread`` has the board read its badges on a thread of
the app, as before they had a process of their own (desktop.pages.board.extras_file):
run beside a plain run, it compares the two on the same machine in the same minutes.

It builds desktop.app.Application with throwaway QSettings (English), opens the
workspace on a placeholder page, visits every page once (timing each first
visit), then on the board times drops, undo and redo (the real Edit actions)
and forced moves through the real gate dialog, answered by code; on the
accounts page a header click (sort) and keystrokes in the search box.
Every step ends when its result is painted: pending events are processed and
the whole window is repainted synchronously, as the user would see it.
The last line is JSON: the milliseconds of every repetition of every step, and
under ``cpu_ms`` the main thread's CPU time of the same steps (time.thread_time):
on a shared machine the wall time also holds what other processes took.
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QModelIndex, QPoint, QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

WIDTH, HEIGHT = 1366, 768
START_PAGE = "team"  # the smallest page (a list of members): every other visit below is a first
SEARCH_KEYS = ("a", "Backspace", "e", "Backspace", "o", "Backspace", "i", "Backspace")
SORT_COLUMNS = ("OPEN_DEALS", "PIPELINE", "NAME", "PEOPLE", "LAST_ACTIVITY", "OWNER")


class Bench:
    def __init__(self, path: Path) -> None:
        from desktop.app import Application

        self.folder = Path(tempfile.mkdtemp(prefix="interactions-settings-"))
        self.settings = QSettings(str(self.folder / "s.ini"), QSettings.Format.IniFormat)
        self.settings.setValue("ui/language", "en")
        self.settings.setValue("window/page", START_PAGE)
        started = time.perf_counter()
        self.app = Application(self.settings, interactive=False)
        self.qt = self.app.qt
        self.window = self.app.window
        self.window.resize(WIDTH, HEIGHT)
        self.window.show()
        self.app.open(path)
        self.settle()
        self.open_ms = (time.perf_counter() - started) * 1000
        assert self.app.ctx is not None, "the workspace did not open"
        self.ctx = self.app.ctx
        self.step = "open"  # which step timed() is timing: its CPU times go under this name
        self.cpu: dict[str, list[float]] = {}

    def settle(self) -> None:
        """Until the result is on screen: pending events (twice, for what they post),
        then a synchronous repaint of the whole window."""
        self.qt.processEvents()
        self.qt.processEvents()
        self.window.repaint()

    def timed(self, action: Callable[[], object]) -> float:
        started, cpu = time.perf_counter(), time.thread_time()
        action()
        self.settle()
        self.cpu.setdefault(self.step, []).append((time.thread_time() - cpu) * 1000)
        return (time.perf_counter() - started) * 1000

    # -- pages ---------------------------------------------------------------------------

    def first_visits(self) -> dict[str, float]:
        out = {}
        for entry in self.window.entries:
            if entry.key == START_PAGE:
                continue
            out[entry.key] = self.timed(partial(self.window.show_page, entry.key))
            assert entry.key in self.window.pages, f"page {entry.key} was not built"
        return out

    def page(self, key: str) -> Any:
        page = self.window.show_page(key)
        self.settle()
        return page

    # -- the board -----------------------------------------------------------------------

    def board(self) -> Any:
        board = self.page("board")
        board.wait_for_extras()  # its badges are read by a worker after the first paint
        self.settle()
        return board

    def drops(self, board: Any, reps: int, source: str = "P1", target: str = "P2") -> list[float]:
        """Drops of the top card of P1 on P2 (P1 has no exit criteria: the gate runs, passes)."""
        times = []
        src, dst = board.models[source], board.models[target]
        for _ in range(reps):
            deal = src.deal_at(0)
            assert deal is not None, f"no card left in {source}"

            def drop(deal: int = deal) -> None:
                mime = src.mimeData([src.index(0)])
                ok = dst.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, QModelIndex())
                assert ok, "the drop was refused"

            times.append(self.timed(drop))
            assert dst.row_of(deal) is not None and src.row_of(deal) is None, (
                "the card did not move"
            )
        return times

    def undo_redo(self, board: Any, reps: int) -> tuple[list[float], list[float]]:
        stack = self.ctx.undo_stack
        undo, redo = [], []
        for _ in range(reps):
            index = stack.index()
            undo.append(self.timed(self.window.act_undo.trigger))
            assert stack.index() == index - 1, "Edit ▸ Undo did nothing"
        for _ in range(reps):
            index = stack.index()
            redo.append(self.timed(self.window.act_redo.trigger))
            assert stack.index() == index + 1, "Edit ▸ Redo did nothing"
        return undo, redo

    def forced(self, board: Any, reps: int) -> tuple[list[float], list[float]]:
        """Forward moves past an unmet gate: the real dialog opens (ask_gate, exec) and is
        answered at its first event-loop turn with a reason and Force move.

        Returns (drop → repainted, Force move clicked → repainted)."""
        from desktop.board.gate_dialog import GateDialog
        from model.board import STAGE_KEYS
        from model.services.deals import evaluate_move

        picks: list[tuple[str, str, int]] = []
        for source, target in itertools.pairwise(STAGE_KEYS[1:]):
            model = board.models[source]
            for row in range(min(model.rowCount(), 200)):
                deal = model.deal_at(row)
                if deal is None:
                    continue
                gate = self.ctx.read(evaluate_move, deal, target)
                if not gate.met:
                    picks.append((source, target, deal))
                    break
            if len(picks) >= reps:
                break
        total, after = [], []
        clicked: list[float] = []

        def answer() -> None:
            dialogs = [
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, GateDialog) and w.isVisible()
            ]
            if not dialogs:
                QTimer.singleShot(0, answer)
                return
            dialog = dialogs[0]
            dialog.reason.setText("The customer asked (bench)")
            clicked.append(time.perf_counter())
            dialog.force_button.click()

        for source, target, deal in picks:
            src, dst = board.models[source], board.models[target]
            row = src.row_of(deal)
            clicked.clear()

            def drop(src: Any = src, dst: Any = dst, row: int = row) -> None:
                QTimer.singleShot(0, answer)
                mime = src.mimeData([src.index(row)])
                dst.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, QModelIndex())

            total.append(self.timed(drop))
            ended = time.perf_counter()
            assert clicked, "the gate dialog did not open"
            assert dst.row_of(deal) is not None, "the forced move did not land"
            after.append((ended - clicked[0]) * 1000)
        return total, after

    # -- the accounts page ---------------------------------------------------------------

    def sorts(self, reps: int) -> list[float]:
        from desktop.models.accounts_model import Column

        page = self.page("accounts")
        table = page.table
        header = table.horizontalHeader()
        columns = [int(getattr(Column, name)) for name in SORT_COLUMNS]
        columns = [c for c in columns if not header.isSectionHidden(c)]  # the user's choice
        times = []
        for n in range(reps):
            column = columns[n % len(columns)]
            x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
            if not 0 <= x < header.viewport().width():
                table.scrollTo(table.model().index(0, column))
                self.settle()
                x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
            point = QPoint(x, header.height() // 2)
            before = (header.sortIndicatorSection(), header.sortIndicatorOrder())
            left, no_keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
            times.append(
                self.timed(partial(QTest.mouseClick, header.viewport(), left, no_keys, point))
            )
            after = (header.sortIndicatorSection(), header.sortIndicatorOrder())
            assert after != before and after[0] == column, "the header click did not sort"
        return times

    def keystrokes(self, reps: int) -> list[float]:
        page = self.page("accounts")
        search = page.search
        search.setFocus()
        self.settle()
        times = []
        for n in range(reps):
            name = SEARCH_KEYS[n % len(SEARCH_KEYS)]
            key = name if len(name) == 1 else getattr(Qt.Key, f"Key_{name}")
            text = search.text()
            times.append(self.timed(partial(QTest.keyClick, search, key)))
            assert search.text() != text, "the keystroke did not reach the search box"
        return times


def main(argv: list[str]) -> int:
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("workspace", type=Path)
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--drops-only", action="store_true")
    parser.add_argument("--badges-on-thread", action="store_true")
    args = parser.parse_args(argv[1:])
    if args.badges_on_thread:
        import desktop.pages.board

        desktop.pages.board.extras_file = lambda ctx: None  # type: ignore[assignment]

    from desktop import me

    me.decider = lambda *a: None  # nobody answers "who are you?"
    bench = Bench(args.workspace)
    out: dict[str, Any] = {"open_ms": round(bench.open_ms, 1)}
    bench.step = "first_visit_ms"
    visits = bench.first_visits()
    out["first_visit_ms"] = {k: round(v, 1) for k, v in visits.items()}
    board = bench.board()
    bench.step = "drop_ms"
    out["drop_ms"] = bench.drops(board, args.reps)
    if not args.drops_only:
        bench.step = "undo_redo_ms"  # undo first, then redo: split below
        out["undo_ms"], out["redo_ms"] = bench.undo_redo(board, args.reps)
        both = bench.cpu.pop("undo_redo_ms", [])
        bench.cpu["undo_ms"], bench.cpu["redo_ms"] = both[: args.reps], both[args.reps :]
        bench.step = "forced_ms"
        out["forced_ms"], out["forced_after_click_ms"] = bench.forced(board, args.reps)
        bench.step = "sort_ms"
        out["sort_ms"] = bench.sorts(args.reps)
        bench.step = "key_ms"
        out["key_ms"] = bench.keystrokes(args.reps)
    for key, value in out.items():
        if isinstance(value, list):
            out[key] = [round(v, 1) for v in value]
    out["cpu_ms"] = {k: [round(v, 1) for v in vs] for k, vs in bench.cpu.items()}
    print(json.dumps(out), flush=True)
    shutil.rmtree(bench.folder, ignore_errors=True)
    os._exit(0)  # the app's own quit skips Python's teardown too (see desktop/cli.py)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
