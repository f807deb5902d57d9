"""A large board's badges read by a process of their own say what ``card_extras`` says.

The board (desktop.pages.board) runs :func:`model.board.card_extras_command` and
reads its last line of output; these tests run the same command on a copy of the
sample that is open for writing here, with edits still in its WAL, and hold the
answer equal to ``card_extras`` read in this process — under more than one time
zone, since warnings are judged on the local day. A file that cannot be read is
one line on stderr and exit status 1, never a half answer on stdout.
"""

from __future__ import annotations

import json
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from model import board
from model.board import (
    CardExtras,
    card_extras,
    card_extras_command,
    extras_from_json,
    extras_to_json,
)
from model.entities import Deal, ExitCheck
from model.sample import generate_sample
from model.services.deals import set_exit_check
from model.workspace import Workspace, open_workspace


@pytest.fixture(scope="module")
def sample_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path: Path = tmp_path_factory.mktemp("extras-process") / "sample.kan"
    ws = open_workspace(path, create=True)
    generate_sample(ws.engine, lang="en", size="small")
    ws.close()
    return path


@pytest.fixture
def workspace(sample_file: Path, tmp_path: Path) -> Iterator[Workspace]:
    """A copy of the sample, open for writing as the app holds it."""
    path = tmp_path / "copy.kan"
    path.write_bytes(sample_file.read_bytes())
    ws = open_workspace(path)
    yield ws
    ws.close()


def run_child(path: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        card_extras_command(path), capture_output=True, text=True, cwd=cwd, timeout=120
    )


def read_here(ws: Workspace) -> CardExtras:
    with ws.sessions() as s:
        return card_extras(s)


def untick_a_met_criterion(ws: Workspace) -> int:
    """An edit the process must see: a deal's ticked criterion of its stage unticked."""
    with ws.sessions() as s:
        deal, criterion = s.execute(
            select(ExitCheck.deal_id, ExitCheck.criterion)
            .join(Deal, Deal.id == ExitCheck.deal_id)
            .where(
                Deal.status == "open",
                Deal.stage.in_(("P5", "P6")),
                ExitCheck.done,
                ExitCheck.criterion.like(Deal.stage.concat(".EXIT.%")),
            )
            .order_by(ExitCheck.deal_id)
        ).first() or (None, None)
    assert deal is not None and criterion is not None, "the sample has no ticked P5/P6 criterion"
    with ws.begin() as s:
        set_exit_check(s, deal, criterion, False)
    return deal


@pytest.mark.parametrize("tz", ["Asia/Shanghai", "UTC"])
def test_the_process_reads_what_card_extras_reads_with_edits_still_in_the_wal(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, tz: str
) -> None:
    monkeypatch.setenv("TZ", tz)  # the child inherits it, as it inherits the app's
    time.tzset()
    try:
        before = read_here(workspace)
        changed = untick_a_met_criterion(workspace)
        assert Path(str(workspace.path) + "-wal").stat().st_size > 0  # not checkpointed
        expected = read_here(workspace)
        assert expected.progress[changed] != before.progress[changed]
        assert expected.risks and expected.progress
        elsewhere = tmp_path / "elsewhere"  # the package is found from any folder
        elsewhere.mkdir()
        done = run_child(workspace.path or Path(), elsewhere)
        assert done.returncode == 0, done.stderr
        assert extras_from_json(done.stdout.splitlines()[-1]) == expected
    finally:
        monkeypatch.undo()
        time.tzset()


def test_the_answer_survives_its_line_of_json_exactly(workspace: Workspace) -> None:
    extras = read_here(workspace)
    line = extras_to_json(extras)
    assert "\n" not in line
    back = extras_from_json(line)
    assert back == extras
    assert all(isinstance(k, int) for k in [*back.risks, *back.progress])
    assert all(isinstance(v, tuple) for v in [*back.risks.values(), *back.progress.values()])


@pytest.mark.parametrize(
    "text", ["", "not json", "[]", '{"risks": {}}', '{"risks": {"1": []}, "progress": {"x": 1}}']
)
def test_a_line_that_is_not_the_answer_is_a_value_error(text: str) -> None:
    with pytest.raises(ValueError):
        extras_from_json(text)


def test_a_file_that_cannot_be_read_is_one_line_on_stderr(tmp_path: Path) -> None:
    path = tmp_path / "notes.kan"
    path.write_bytes(b"Wang Wei likes golf\n" * 300)  # no database (and no value to repeat)
    done = run_child(path, tmp_path)
    assert done.returncode == 1
    assert done.stdout == ""
    said = done.stderr.strip().splitlines()
    assert len(said) == 1 and said[0].startswith("DatabaseError: "), done.stderr
    assert "golf" not in done.stderr


def test_what_else_the_reading_prints_goes_to_stderr(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A stray print of the model (a warning, a debug line) cannot spoil the answer."""
    real = board.card_extras_of_file

    def noisy(path: Path) -> CardExtras:
        print("noise on stdout")
        return real(path)

    monkeypatch.setattr(board, "card_extras_of_file", noisy)
    assert board.card_extras_main([str(workspace.path)]) == 0
    out, err = capsys.readouterr()
    assert "noise on stdout" in err
    assert out.count("\n") == 1 and json.loads(out)  # one line of JSON and nothing else
    assert extras_from_json(out) == read_here(workspace)
