"""``keyaccount forecast PATH [--period …] [--json]`` through the real entry point.

The workspace holds the world of ``test_forecast`` (figures in its docstring).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from test_forecast import World, build_world

from desktop.cli import main
from model.money import quarter_key
from model.workspace import open_workspace


@pytest.fixture
def world_file(tmp_path: Path) -> tuple[Path, World]:
    path = tmp_path / "w.kan"
    ws = open_workspace(path, create=True)
    try:
        with ws.begin() as s:
            world = build_world(s)
    finally:
        ws.close()
    return path, world


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["forecast", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_json_of_a_month(
    world_file: tuple[Path, World], capsys: pytest.CaptureFixture[str]
) -> None:
    path, world = world_file
    before = sorted(p.name for p in path.parent.iterdir())
    stamp = path.stat().st_mtime_ns
    code, out, err = run(capsys, str(path), "--period", "2027-02", "--json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert (data["period"], data["base"], data["missing_rates"]) == ("2027-02", "CNY", ["EUR"])
    [feb] = data["win"]["periods"]
    assert (feb["won"], feb["commit"], feb["best_case"], feb["pipeline"]) == (
        150_000,
        260_000,
        70_000,
        0,
    )
    assert feb["weighted"] == pytest.approx(219_000)
    assert data["win"]["undated"] == [world.d["D7"]]
    assert data["win"]["slipped"] == [world.d["D8"]]
    [cash] = data["cash"]["months"]
    assert (cash["period"], cash["received"], cash["due_won"]) == ("2027-02", 65_000, 40_000)
    assert cash["expected_open"] == pytest.approx(31_500)
    assert cash["total"] == pytest.approx(136_500)
    due = {(o["deal_id"], o["seq"]) for o in data["cash"]["overdue"]}
    late = {
        (world.d["W2"], 1, date(2027, 1, 10)),
        (world.d["D9"], 1, date(2027, 1, 31)),
        (world.d["W1"], 2, date(2027, 2, 5)),
    }
    assert due == {(d, n) for d, n, on in late if on < date.today()}
    # only read: no file beside it, the file untouched
    assert sorted(p.name for p in path.parent.iterdir()) == before
    assert path.stat().st_mtime_ns == stamp


def test_a_quarter_as_tables(
    world_file: tuple[Path, World], capsys: pytest.CaptureFixture[str]
) -> None:
    path, _world = world_file
    code, out, _err = run(capsys, str(path), "--period", "2027Q1")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Win forecast 2027Q1 (CNY)"
    # won W1 + W2; best case D2 + D8; weighted 219,000 + 40,000 (D3) + 45,000 (D8)
    assert lines[2].split() == [
        "2027Q1",
        "200,000",
        "260,000",
        "160,000",
        "200,000",
        "304,000",
        "504,000",
    ]
    d5 = next(line for line in lines if line.startswith("D5 "))
    assert d5.split() == [
        "D5",
        "Acme",
        "Bob",
        "P4",
        "commit",
        "*",
        "2027-02-25",
        "60,000",
        "CNY",
        "40%",
        "24,000",
    ]
    assert "* overridden by a manager" in lines
    months = [line.split() for line in lines if line[:8] in ("2027-01 ", "2027-02 ", "2027-03 ")]
    assert months == [
        # D8's first 30% (27,000 ×0.5) and D9's first instalment (30,000 ×0.9)
        ["2027-01", "15,000", "35,000", "40,500", "90,500"],
        ["2027-02", "65,000", "40,000", "31,500", "136,500"],
        ["2027-03", "0", "0", "20,000", "20,000"],
    ]
    assert "note: 1 open deal(s) have no expected close and are in no period" in lines
    assert "note: left out for want of a rate to CNY: EUR" in lines


def test_the_default_period_is_the_current_quarter(
    world_file: tuple[Path, World], capsys: pytest.CaptureFixture[str]
) -> None:
    path, _world = world_file
    code, out, _err = run(capsys, str(path), "--json")
    assert code == 0
    data = json.loads(out)
    assert data["period"] == quarter_key(date.today())
    assert len(data["cash"]["months"]) == 3


def test_a_year_shows_four_quarters_and_twelve_months(
    world_file: tuple[Path, World], capsys: pytest.CaptureFixture[str]
) -> None:
    path, _world = world_file
    code, out, _err = run(capsys, str(path), "--period", "2027", "--json")
    data = json.loads(out)
    assert code == 0
    assert [p["period"] for p in data["win"]["periods"]] == ["2027Q1", "2027Q2", "2027Q3", "2027Q4"]
    assert len(data["cash"]["months"]) == 12


def test_errors_are_one_line(
    tmp_path: Path, world_file: tuple[Path, World], capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = run(capsys, str(tmp_path / "nope.kan"))
    assert code == 2 and err.startswith("keyaccount: ") and "nope.kan" in err
    with pytest.raises(SystemExit) as exc:
        main(["forecast", str(world_file[0]), "--period", "2027-13"])
    assert exc.value.code == 2
    assert "not a month (2027-01), quarter (2027Q1) or year (2027)" in capsys.readouterr().err
