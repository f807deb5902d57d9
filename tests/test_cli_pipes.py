"""Every ``keyaccount`` command behaves in a pipe whose reader goes away.

``keyaccount methodology --json | head`` used to end in a BrokenPipeError
traceback; short outputs (``check``, ``backups``, ``--help``) failed instead
in the interpreter's own flush at exit ("Exception ignored ... BrokenPipeError",
exit code 120). Each command here runs as a real process whose stdout is a
pipe closed by the reader, with Python's usual buffering (PYTHONUNBUFFERED
unset) and unbuffered.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RUN = "import sys; from desktop.cli import main; sys.exit(main(sys.argv[1:]))"


def _env(buffered: bool) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONUNBUFFERED", None)
    if not buffered:
        env["PYTHONUNBUFFERED"] = "1"
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def _into_closed_pipe(args: list[str], *, read_lines: int = 0, buffered: bool = True) -> str:
    """Run ``keyaccount ARGS`` into a pipe that is closed after ``read_lines`` lines.

    Returns what the command wrote on stderr; fails if it did not end at once.
    """
    proc = subprocess.Popen(
        [sys.executable, "-c", RUN, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env=_env(buffered),
    )
    assert proc.stdout is not None and proc.stderr is not None
    for _ in range(read_lines):
        assert proc.stdout.readline(), "the command ended before writing a line"
    proc.stdout.close()  # the reader goes away, like `head` once it has its lines
    err = proc.stderr.read().decode("utf-8", "replace")
    code = proc.wait(timeout=300)
    assert "Traceback" not in err, err
    assert "BrokenPipe" not in err, err
    assert "Exception ignored" not in err, err
    assert code == 0, (code, err)
    return err


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small sample workspace with one backup beside it."""
    from desktop.cli import main
    from model.backups import daily_backup

    path = tmp_path_factory.mktemp("pipes") / "s.kan"
    assert main(["sample", str(path)]) == 0
    assert daily_backup(path) is not None
    return path


@pytest.mark.parametrize("buffered", [True, False], ids=["buffered", "unbuffered"])
@pytest.mark.parametrize(
    "args",
    [["methodology", "--json"], ["methodology"], ["methodology", "--lang", "en"]],
    ids=["json", "both-languages", "english"],
)
def test_methodology_like_head(args: list[str], buffered: bool) -> None:
    """`keyaccount methodology --json | head -1`: one line read, then the pipe closes."""
    _into_closed_pipe(args, read_lines=1, buffered=buffered)


@pytest.mark.parametrize("buffered", [True, False], ids=["buffered", "unbuffered"])
def test_check_into_a_closed_pipe(workspace: Path, buffered: bool) -> None:
    _into_closed_pipe(["check", str(workspace)], buffered=buffered)


@pytest.mark.parametrize("verify", [[], ["--verify"]], ids=["list", "verify"])
def test_backups_into_a_closed_pipe(workspace: Path, verify: list[str]) -> None:
    _into_closed_pipe(["backups", str(workspace), *verify])


@pytest.mark.parametrize(
    "args",
    [["--help"], *([c, "--help"] for c in ("new", "sample", "check", "methodology", "backups"))],
    ids=lambda a: " ".join(a),
)
def test_help_into_a_closed_pipe(args: list[str]) -> None:
    _into_closed_pipe(args)


def test_new_into_a_closed_pipe(tmp_path: Path) -> None:
    path = tmp_path / "n.kan"
    _into_closed_pipe(["new", str(path)])
    assert path.exists()


def test_sample_into_a_closed_pipe_still_writes_the_workspace(tmp_path: Path) -> None:
    """The pipe closes before the sample is done: the workspace is still whole."""
    path = tmp_path / "s.kan"
    _into_closed_pipe(["sample", str(path)])
    assert path.exists()
    assert not path.with_name(path.name + ".partial").exists()


def test_restore_into_a_closed_pipe(workspace: Path, tmp_path: Path) -> None:
    from model.backups import list_backups

    backup = list_backups(workspace)[0].path
    target = tmp_path / "r.kan"
    target.write_bytes(workspace.read_bytes())
    _into_closed_pipe(["restore", str(target), str(backup)])


def test_snapshot_into_a_closed_pipe(workspace: Path, tmp_path: Path) -> None:
    out = tmp_path / "board.png"
    _into_closed_pipe(["snapshot", str(workspace), "--view", "accounts", "--out", str(out)])
    assert out.exists()


def test_a_failure_into_a_closed_pipe_keeps_its_code_and_message(workspace: Path) -> None:
    """A refusal still says why on stderr and exits 2 while stdout is a closed pipe."""
    proc = subprocess.Popen(
        [sys.executable, "-c", RUN, "new", str(workspace)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env=_env(True),
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=300) == 2
    assert "exists already" in err and "Traceback" not in err
