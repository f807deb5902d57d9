"""Benchmark of what the board computes beside its cards, on the large sample (20,000 deals).

Not a test: it prints figures and ends with one JSON line
``{"deals", "card_extras_s", "chain_facts_s", "exit_progress_s", "warnings_s",
"senior_visits_s", "warned", "counted"}``.

* ``card_extras_s``   — :func:`model.board.card_extras` for the whole board: the
  n/m badge of every open P3-P6 deal and the warnings of every open deal, what
  the board page waits for in a worker while it reads the cards.
* ``chain_facts_s``   — :func:`model.rules.chain.chain_facts` of the open P3-P7
  deals, the decision chains card_extras reads once.
* ``exit_progress_s``, ``warnings_s`` — each half read alone (each reads the
  chains it needs itself).
* ``senior_visits_s`` — :func:`model.rules.visits.senior_visits_by_deal` for the
  open P5-P7 deals (chains included).

Each figure is the median of ``--runs`` runs (default 5) after one warm-up, in
one process and one session; the parts are timed in turns so that a busy
machine slows them alike. Usage: ``python bench/board_extras.py [WORKSPACE]
[--runs N]`` (default /tmp/large.kan, made with ``keyaccount sample
/tmp/large.kan --size large`` when missing). The file is copied first: opening
a workspace may write (a daily backup, an upgrade).
"""

from __future__ import annotations

import json
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._data import ensure_workspace


def main(argv: list[str]) -> int:
    args = [a for a in argv[1:] if not a.startswith("--")]
    runs = 5
    if "--runs" in argv:
        runs = int(argv[argv.index("--runs") + 1])
        args = [a for a in args if a != str(runs)]
    source = Path(args[0]) if args else Path("/tmp/large.kan")
    ensure_workspace(source)

    from sqlalchemy import select

    from model.board import (
        CHAIN_STAGES,
        SENIOR_VISIT_STAGES,
        card_extras,
        exit_progress,
        warnings_by_deal,
    )
    from model.entities import Deal
    from model.rules.chain import chain_facts
    from model.rules.visits import senior_visits_by_deal
    from model.workspace import open_workspace

    tmp = Path(tempfile.mkdtemp(prefix="extras-bench-"))
    path = tmp / "bench.kan"
    shutil.copy(source, path)
    ws = open_workspace(path)
    try:
        with ws.sessions() as s:
            deals = s.execute(select(Deal.id, Deal.stage).where(Deal.status == "open")).all()
            chained = [i for i, stage in deals if stage in CHAIN_STAGES]
            visited = [i for i, stage in deals if stage in SENIOR_VISIT_STAGES]
            total = s.execute(select(Deal.id)).scalars().all()
            print(
                f"deals: {len(total):,}; open {len(deals):,}, of which P3-P7 {len(chained):,} "
                f"and P5-P7 {len(visited):,}"
            )
            parts: dict[str, Callable[[], Any]] = {
                "card_extras_s": lambda: card_extras(s),
                "chain_facts_s": lambda: chain_facts(s, chained),
                "exit_progress_s": lambda: exit_progress(s),
                "warnings_s": lambda: warnings_by_deal(s),
                "senior_visits_s": lambda: senior_visits_by_deal(s, visited),
            }
            extras = card_extras(s)  # warm the file cache and the statement cache
            for fn in parts.values():
                fn()
            times: dict[str, list[float]] = {k: [] for k in parts}
            for _ in range(runs):
                for key, fn in parts.items():
                    started = time.perf_counter()
                    fn()
                    times[key].append(time.perf_counter() - started)
        result: dict[str, Any] = {"deals": len(total)}
        for key, found in times.items():
            result[key] = round(statistics.median(found), 3)
            print(
                f"{key.removesuffix('_s'):16s} {result[key]:.3f} s "
                f"(runs {', '.join(f'{x:.3f}' for x in found)})"
            )
        result["warned"] = len(extras.risks)
        result["counted"] = len(extras.progress)
        print(f"cards warned: {len(extras.risks):,}; n/m counted: {len(extras.progress):,}")
        print(json.dumps(result))
    finally:
        ws.close()
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
