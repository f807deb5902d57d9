"""Smoke test of bench/interactions.py: its quick mode runs the real window on the small
sample and ends with the JSON line the speed work is judged by."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KEYS = {
    "drop_ms",
    "undo_ms",
    "redo_ms",
    "forced_ms",
    "sort_ms",
    "key_ms",
    "first_visit_ms_max",
    "ready_ratio",
    "drop_ms_1x",
    "drop_ms_4x",
    "drop_ratio_4x",
}


def test_quick_run_times_every_step_and_ends_with_the_json_line() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "interactions.py"), "--quick"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=300,
    )
    assert out.returncode == 0, out.stderr[-3000:]
    lines = out.stdout.strip().splitlines()
    result = json.loads(lines[-1])
    assert set(result) >= KEYS, KEYS - set(result)
    for key in KEYS - {"drop_ms_4x", "drop_ratio_4x"}:  # no 4× workspace in the quick mode
        assert isinstance(result[key], (int, float)) and result[key] > 0, (key, result[key])
    assert result["drop_ms_1x"] == result["drop_ms"]
    text = out.stdout
    for page in ("accounts", "targets", "board", "map", "leads", "activities", "dashboard"):
        assert f"first visit of {page}" in text, f"no first visit of {page}"
