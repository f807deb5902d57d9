"""``keyaccount export`` and ``keyaccount person`` from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.cli import main
from model.entities import PRIVATE_FIELDS, Person
from model.services import accounts, people
from model.workspace import open_workspace

MARK = "QX7CLIMARKZZ"


@pytest.fixture
def path(tmp_path: Path) -> Path:
    path = tmp_path / "w.kan"
    ws = open_workspace(path, create=True)
    with ws.begin() as s:
        acc = accounts.create_account(s, {"name": "Acme"}).created_id("account")
        pid = people.create_person(s, acc, {"name": f"Li {MARK}"}).created_id("person")
        people.create_person(s, acc, {"name": "Wang Fang", "phone": "13800138000"})
    with ws.begin() as s:
        people.update_private(s, pid, {f: MARK for f in PRIVATE_FIELDS})
    ws.close()
    return path


def test_export_json_then_load_into_a_new_workspace(
    path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.json"
    assert main(["export", str(path), "--out", str(out), "--private"]) == 0
    assert "with personal attributes" in capsys.readouterr().out
    new = tmp_path / "new.kan"
    assert main(["export", "--from", str(out), "--into", str(new)]) == 0
    assert "loaded" in capsys.readouterr().out
    again = tmp_path / "again.json"
    assert main(["export", str(new), "--out", str(again), "--private"]) == 0
    assert again.read_bytes() == out.read_bytes()
    # A second load into the same (now full) workspace is refused, saying why.
    assert main(["export", "--from", str(out), "--into", str(new)]) == 2
    assert "is not empty" in capsys.readouterr().err


def test_export_leaves_personal_attributes_out_by_default(path: Path, tmp_path: Path) -> None:
    for name in ("x.json", "x.xlsx", "folder"):
        assert main(["export", str(path), "--out", str(tmp_path / name)]) == 0
    assert MARK.encode() in (tmp_path / "x.json").read_bytes()  # in the name, not private
    data = json.loads((tmp_path / "x.json").read_text(encoding="utf-8"))
    assert "people_private" not in data["tables"]
    assert (tmp_path / "x.xlsx").stat().st_size > 0
    assert (tmp_path / "folder" / "people.csv").exists()
    assert not (tmp_path / "folder" / "people_private.csv").exists()


def test_a_broken_load_leaves_no_workspace_behind(
    path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "key-account-navigator/workspace", "version": 1,', "utf-8")
    new = tmp_path / "new.kan"
    assert main(["export", "--from", str(broken), "--into", str(new)]) == 2
    err = capsys.readouterr().err
    assert "broken JSON at line 1" in err and "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.json", "w.kan"]


def test_export_refuses_an_unknown_format_and_missing_arguments(
    path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", str(path), "--out", str(tmp_path / "x.txt")]) == 2
    assert "cannot tell the format" in capsys.readouterr().err
    assert main(["export", str(path)]) == 2
    assert "--out" in capsys.readouterr().err
    assert main(["export", str(path), "--from", "x.json", "--into", "y.kan"]) == 2


def test_person_export_and_erase(
    path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "li.json"
    assert main(["person", "export", str(path), "--person", f"li {MARK}", "--out", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["private"]["family"] == MARK
    capsys.readouterr()
    # Without --yes: only what would go; nothing changes.
    assert main(["person", "erase", str(path), "--person", f"Li {MARK}"]) == 1
    said = capsys.readouterr().out
    assert "cannot be undone" in said and "personal attributes" in said and "--yes" in said
    assert MARK.encode() in path.read_bytes()
    assert main(["person", "erase", str(path), "--person", f"Li {MARK}", "--yes"]) == 0
    assert "erased" in capsys.readouterr().out
    assert [p.name for p in path.parent.iterdir() if MARK.encode() in p.read_bytes()] == ["li.json"]
    ws = open_workspace(path)
    with ws.sessions() as s:
        assert s.scalars(select(Person.name)).all() == ["Wang Fang"]
    ws.close()
    assert main(["person", "erase", str(path), "--person", f"Li {MARK}", "--yes"]) == 2
    assert "No person named" in capsys.readouterr().err
