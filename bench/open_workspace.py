"""Open the large sample and load every deal as board rows.

Compares the application's path (open workspace, Core select, DTO rows)
with a raw sqlite3 SELECT of the very same SQL in the same run. Target: ratio ≤ 3.
Prints figures; the last line is JSON {"load_s", "raw_s", "ratio"}.
"""

from __future__ import annotations

import json
import sqlite3
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._data import sample_file


def best_of(runs: int, fn) -> tuple[float, object]:  # type: ignore[no-untyped-def]
    best, result = float("inf"), None
    for _ in range(runs):
        started = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - started)
    return best, result


def main() -> None:
    from sqlalchemy.dialects import sqlite as sqlite_dialect

    from model.rows import board_rows, board_select
    from model.workspace import open_workspace

    path = sample_file("large")
    sql = str(
        board_select().compile(
            dialect=sqlite_dialect.dialect(), compile_kwargs={"literal_binds": True}
        )
    )

    def raw() -> list[tuple[object, ...]]:
        con = sqlite3.connect(path)
        try:
            return con.execute(sql).fetchall()
        finally:
            con.close()

    def app_load() -> int:
        ws = open_workspace(path)
        try:
            with ws.sessions() as session:
                return len(board_rows(session))
        finally:
            ws.close()

    app_load()  # warm the OS cache and SQLAlchemy's statement cache alike
    raw()
    raw_s, raw_rows = best_of(5, raw)
    load_s, count = best_of(5, app_load)
    assert isinstance(raw_rows, list) and count == len(raw_rows)
    ratio = load_s / raw_s
    print(f"deals loaded as board rows: {count}")
    print(f"raw sqlite3 SELECT:          {raw_s * 1000:8.1f} ms")
    print(f"open workspace + board rows: {load_s * 1000:8.1f} ms")
    print(f"ratio:                       {ratio:8.2f}  (target <= 3)")
    print(
        json.dumps({"load_s": round(load_s, 4), "raw_s": round(raw_s, 4), "ratio": round(ratio, 2)})
    )


if __name__ == "__main__":
    main()
