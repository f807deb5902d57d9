"""Benchmark of the funnel board on the large sample (20,000 deals).

Not a test: it prints figures and ends with one JSON line
``{"open_s", "bare_s", "open_ratio", "badges_s", "drop_ms", "scroll_frame_ms", "peak_mb"}``.

* ``open_s``   — open the board: read the cards and probabilities, build ten
  column models and views, first paint. A board of 3,000 cards or more paints
  before its badges and warnings are read (a worker reads them meanwhile);
  ``badges_s`` is the time until they are painted too.
* ``bare_s``   — the same read of the same rows into one bare QListView
  (a QStringListModel of the names, uniform item sizes), first paint; same
  run, same window size, warm database. ``open_ratio = open_s / bare_s``.
* ``drop_ms``  — median time from a drop (mimeData → dropMimeData) to the
  move committed, the two columns patched and repainted.
* ``scroll_frame_ms`` — median time to paint the biggest column's viewport
  after scrolling it by a third of its height (fresh cards come into view).
* ``peak_mb``  — peak resident memory of the process (ru_maxrss).

Usage: ``python bench/board.py [WORKSPACE]`` (default /tmp/large.kan, made with
``keyaccount sample /tmp/large.kan --size large`` when missing). The file is
copied first: the drops must not change it.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QModelIndex, QStringListModel, Qt
from PySide6.QtWidgets import QApplication, QListView

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench._data import ensure_workspace

WIDTH, HEIGHT = 1600, 1000


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        pages = int(f.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bare(ctx: Any, app: QApplication) -> tuple[float, QListView]:
    from model.rows import board_rows

    start = time.perf_counter()
    rows = ctx.read(board_rows)
    view = QListView()
    view.setUniformItemSizes(True)
    # The leanest list Qt has: names in a C++ string list model, default delegate.
    view.setModel(QStringListModel([r.name for r in rows]))
    view.resize(WIDTH, HEIGHT)
    view.show()
    app.processEvents()
    view.repaint()
    return time.perf_counter() - start, view


BADGES: list[float] = []
"""Seconds from opening the board until the badges and warnings are painted too."""


def board(ctx: Any, app: QApplication) -> tuple[float, Any]:
    from desktop.pages.board import BoardPage

    start = time.perf_counter()
    page = BoardPage(ctx)
    page.resize(WIDTH, HEIGHT)
    page.show()
    app.processEvents()
    page.repaint()
    first_paint = time.perf_counter() - start
    page.wait_for_extras()  # a large board fills badges in after its first paint
    app.processEvents()
    page.repaint()
    BADGES.append(time.perf_counter() - start)
    return first_paint, page


def drops(page: Any, app: QApplication, count: int = 15) -> list[float]:
    """P1 → P2 moves: no exit criteria in P1, so the gate runs and passes."""
    times = []
    source, target = page.models["P1"], page.models["P2"]
    for _ in range(count):
        deal = source.deal_at(0)
        if deal is None:
            break
        start = time.perf_counter()
        mime = source.mimeData([source.index(0)])
        ok = target.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, QModelIndex())
        page.columns["P1"].view.viewport().repaint()
        page.columns["P2"].view.viewport().repaint()
        times.append((time.perf_counter() - start) * 1000)
        assert ok and target.row_of(deal) is not None, "the drop did not land"
        app.processEvents()
    return times


def scroll_key(page: Any) -> str:
    from model.board import STAGE_KEYS

    return max(STAGE_KEYS, key=lambda k: page.models[k].rowCount())


def scroll_frames(page: Any, app: QApplication, steps: int = 120) -> list[float]:
    key = scroll_key(page)
    view = page.columns[key].view
    bar = view.verticalScrollBar()
    step = max(1, view.viewport().height() // 3)
    times = []
    value = 0
    for _ in range(steps):
        value = value + step if value + step <= bar.maximum() else 0
        bar.setValue(value)
        start = time.perf_counter()
        view.viewport().repaint()
        times.append((time.perf_counter() - start) * 1000)
    app.processEvents()
    return times


def _dispose(widget: Any, app: QApplication) -> None:
    """Really delete a contestant, so an old board does not follow the drops too."""
    widget.close()
    widget.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()


def main(argv: list[str]) -> int:
    source = Path(argv[1]) if len(argv) > 1 else Path("/tmp/large.kan")
    ensure_workspace(source)
    from desktop.app import qt_app
    from desktop.context import WorkspaceContext
    from desktop.i18n import install_language
    from model.rows import board_rows
    from model.workspace import open_workspace

    app = qt_app([])
    install_language("en")
    tmp = Path(tempfile.mkdtemp(prefix="board-bench-"))
    path = tmp / "bench.kan"
    shutil.copy(source, path)
    ctx = WorkspaceContext(open_workspace(path))
    try:
        t = time.perf_counter()
        deals = len(ctx.read(board_rows))  # warm the file cache for both contestants
        print(f"deals: {deals:,}  (warm-up read {time.perf_counter() - t:.2f} s)")

        base_rss = rss_mb()
        bare_times = []
        for _ in range(3):
            s, view = bare(ctx, app)
            bare_times.append(s)
            _dispose(view, app)
        bare_s = statistics.median(bare_times)
        print(f"bare QListView: {bare_s:.3f} s (runs {', '.join(f'{x:.3f}' for x in bare_times)})")

        open_times = []
        page = None
        for n in range(3):
            if page is not None:
                _dispose(page, app)
            before = rss_mb()
            s, page = board(ctx, app)
            open_times.append(s)
            if n == 0:
                print(f"board memory: +{rss_mb() - before:.0f} MB resident on first open")
        open_s = statistics.median(open_times)
        print(f"board open:     {open_s:.3f} s (runs {', '.join(f'{x:.3f}' for x in open_times)})")
        assert page is not None
        from model.board import warnings_by_deal

        reads = []
        for fn in (board_rows, warnings_by_deal):
            t = time.perf_counter()
            ctx.read(fn)
            reads.append(time.perf_counter() - t)
        print(
            f"  of which reading the cards {reads[0]:.3f} s (the bare view reads them too), "
            f"the warnings {reads[1]:.3f} s"
        )
        shown = sum(len(m.deal_ids()) for m in page.models.values())
        print(f"cards on the board: {shown:,}")

        t = time.perf_counter()
        page.grab()
        print(f"whole board rendered again (grab): {(time.perf_counter() - t) * 1000:.1f} ms")

        drop_times = drops(page, app)
        drop_ms = statistics.median(drop_times)
        print(
            f"drop → committed + repainted: median {drop_ms:.1f} ms, "
            f"max {max(drop_times):.1f} ms over {len(drop_times)} drops"
        )
        t = time.perf_counter()
        ctx.undo_stack.undo()
        page.columns["P1"].view.viewport().repaint()
        page.columns["P2"].view.viewport().repaint()
        print(f"undo of a drop → repainted: {(time.perf_counter() - t) * 1000:.1f} ms")

        frames = scroll_frames(page, app)
        scroll_ms = statistics.median(frames)
        frames_sorted = sorted(frames)
        print(
            f"scroll frame: median {scroll_ms:.2f} ms, p95 "
            f"{frames_sorted[int(len(frames) * 0.95) - 1]:.2f} ms, max {frames_sorted[-1]:.2f} ms"
        )
        peak = peak_mb()
        print(f"memory: resident {rss_mb():.0f} MB (was {base_rss:.0f} MB before the views)")
        result = {
            "open_s": round(open_s, 3),
            "bare_s": round(bare_s, 3),
            "open_ratio": round(open_s / bare_s, 2),
            "badges_s": round(statistics.median(BADGES), 3),
            "drop_ms": round(drop_ms, 1),
            "scroll_frame_ms": round(scroll_ms, 2),
            "peak_mb": round(peak, 1),
        }
        print(json.dumps(result))
    finally:
        ctx.close()
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
