"""The command line: new, sample, check, methodology (no screen needed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main


def test_new_creates_an_empty_workspace_and_refuses_to_overwrite(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "w.kan"
    assert main(["new", str(path)]) == 0
    assert path.exists()
    assert main(["new", str(path)]) == 2
    assert "exists already" in capsys.readouterr().err


def test_check_of_a_sound_workspace_exits_zero(tmp_path: Path) -> None:
    path = tmp_path / "w.kan"
    main(["new", str(path)])
    assert main(["check", str(path)]) == 0


def test_check_of_a_missing_file_names_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["check", str(tmp_path / "nope.kan")])
    assert code != 0
    out = capsys.readouterr()
    assert "nope.kan" in out.out + out.err


def test_methodology_json_carries_both_languages(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["methodology", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    text = json.dumps(data, ensure_ascii=False)
    assert "P3.FIVE.1" in text and "五要素" in text


def test_methodology_in_english_only(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["methodology", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "P7.RULE.FIRST_PAYMENT_MIN" in out
    from model.methodology import load_methodology

    method = load_methodology()
    # English texts keep the users' own Chinese terms (内线, 公田) in brackets,
    # but no Chinese sentence of the method may appear.
    for item_id in ("P3.FIVE.1", "P2.EXIT.1", "RISK.NOT_YET.5"):
        assert method.text(item_id, "en") in out
        assert method.text(item_id, "zh") not in out


def test_sample_command_writes_a_sound_workspace(tmp_path: Path) -> None:
    path = tmp_path / "s.kan"
    assert main(["sample", str(path), "--lang", "zh"]) == 0
    assert main(["check", str(path)]) == 0
