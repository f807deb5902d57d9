"""bench/server.py runs end to end on a small sample: its JSON line has the issue's keys
and its writers lose no update (figures are the bench's business, never asserted here)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.postgres import Server

ROOT = Path(__file__).resolve().parents[1]


def test_the_server_bench_runs_and_loses_no_update(pg_server: Server) -> None:
    env = {**os.environ, "KAN_TEST_PG_URL": pg_server.url.render_as_string(hide_password=False)}
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "server.py"),
            "--quick",
            "--seconds",
            "3",
            "--writers",
            "4",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    assert {"pg_load_s", "sqlite_load_s", "moves", "lost_updates"} <= figures.keys()
    assert figures["moves"] > 0
    assert figures["lost_updates"] == 0
