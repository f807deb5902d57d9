"""``keyaccount import PATH FILE [--dry-run] [--mapping MAP.json] [--errors OUT.csv]``
through the real entry point: output, exit codes, files written or not."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.cli import main
from model.entities import Account, Deal
from model.services.accounts import create_account
from model.services.team import create_member
from model.workspace import open_workspace

DATA = Path(__file__).resolve().parents[1] / "data" / "import"


@pytest.fixture
def ws_file(tmp_path: Path) -> Path:
    path = tmp_path / "w.kan"
    ws = open_workspace(path, create=True)
    try:
        with ws.begin() as s:
            create_member(s, {"name": "Wang Fang", "role": "rep"})
            create_account(s, {"name": "NORTHWIND TRADING"})
        ws.checkpoint()
    finally:
        ws.close()
    return path


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = main(["import", *map(str, args)])
    out = capsys.readouterr()
    return code, out.out, out.err


def rows(path: Path, entity: object) -> int:
    ws = open_workspace(path)
    try:
        with ws.begin() as s:
            return int(s.execute(select(func.count()).select_from(entity)).scalar_one())
    finally:
        ws.close()


def test_import_prints_counts_duplicates_and_rejects(
    ws_file: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    errors = tmp_path / "rejects.csv"
    code, out, err = run(capsys, ws_file, DATA / "a2_accounts.csv", "--errors", errors)
    assert code == 1  # some rows were rejected; the valid ones landed
    assert "a2_accounts.csv (csv, utf-8, delimiter ','" in out
    assert "imported accounts" in out
    assert "2 to create, 2 to merge, 1 unchanged, 2 rejected (accounts, 7 rows)" in out
    assert "line 6: Northwind Trading GmbH = NORTHWIND TRADING (workspace #1)" in out
    assert "fills region" in out
    assert "line 3: 华为技术（中国）有限公司 = 华为技术有限公司 (line 2)" in out
    assert "keeps industry 'Manufacturing' (file: 'Retail')" in out
    assert "  line 7: Account name is required, and this row leaves it empty." in err
    assert "  line 8, Scale 'gigantic': 'gigantic' is not one of the values" in err
    assert f"2 problems written to {errors}" in out
    with errors.open(encoding="utf-8-sig", newline="") as f:
        assert list(csv.reader(f)) == [
            ["line", "column", "value", "reason"],
            ["7", "", "", "Account name is required, and this row leaves it empty."],
            ["8", "Scale", "gigantic", err.split("'gigantic': ")[1].splitlines()[0]],
        ]
    assert rows(ws_file, Account) == 3


def test_everything_valid_exits_zero_and_twice_creates_nothing(
    ws_file: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    source = tmp_path / "clean.csv"
    source.write_text("Account Name,Industry\nContoso Ltd.,Software\n", encoding="utf-8")
    code, out, _ = run(capsys, ws_file, source)
    assert code == 0 and "1 to create" in out
    code, out, _ = run(capsys, ws_file, source)
    assert code == 0 and "0 to create, 0 to merge, 1 unchanged" in out
    assert rows(ws_file, Account) == 2


def test_dry_run_writes_nothing(ws_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = ws_file.read_bytes()
    listing = sorted(p.name for p in ws_file.parent.iterdir())
    code, out, _ = run(capsys, ws_file, DATA / "a2_deals.csv", "--dry-run")
    assert code == 1
    assert "would import deals" in out
    assert "4 to create, 0 to merge, 1 unchanged, 1 rejected" in out
    assert "create account Globex Corp." in out
    assert "create team member Nobody" in out
    assert "line 7: MES rollout = MES rollout (line 2)" in out
    assert ws_file.read_bytes() == before
    assert sorted(p.name for p in ws_file.parent.iterdir()) == listing
    assert rows(ws_file, Deal) == 0


def test_a_mapping_file_names_the_columns(
    ws_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(
        capsys, ws_file, DATA / "a2_deals.csv", "--mapping", DATA / "a2_mapping.json", "--dry-run"
    )
    assert code == 1
    # "Lost To" is left out by the mapping: CRM's row creates no competitor.
    assert "create competitor" not in out
    assert "would import deals" in out


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "is not valid JSON: Expecting property name enclosed in double quotes"),
        ("[1, 2]", "must hold an object"),
        ('{"kind": "orders"}', "kind 'orders' is not one of accounts, people, deals, activities"),
        ('{"colums": {}}', "unknown entries colums; use kind, columns and day_order"),
        ('{"columns": {"Nope": "name"}}', "names the column 'Nope', which the file does not have"),
        (
            '{"kind": "deals", "columns": {"Stage": "colour"}}',
            "the column 'Stage' maps to 'colour', which is not a field of deals",
        ),
        (
            '{"kind": "deals", "columns": {"Stage": "name", "Opportunity Name": "name"}}',
            "the columns 'Stage' and 'Opportunity Name' both map to 'name'",
        ),
        (
            '{"kind": "deals", "columns": {"Opportunity Name": null}}',
            "maps to the required field(s) name of deals",
        ),
        ('{"day_order": "ydm"}', "day_order 'ydm' is not one of ymd, mdy, dmy"),
        ('{"columns": {"Stage": 3}}', "the column 'Stage' must map to a field name or null"),
    ],
)
def test_a_bad_mapping_file_is_a_clear_message(
    ws_file: Path,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    content: str,
    message: str,
) -> None:
    mapping = tmp_path / "map.json"
    mapping.write_text(content, encoding="utf-8")
    before = ws_file.read_bytes()
    code, out, err = run(capsys, ws_file, DATA / "a2_deals.csv", "--mapping", mapping)
    assert code == 2
    assert err.startswith("keyaccount: Mapping file") or err.startswith("keyaccount: No column")
    assert message in err
    assert "Traceback" not in err and out == ""
    assert ws_file.read_bytes() == before


def test_a_missing_mapping_file_or_source_or_workspace(
    ws_file: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(capsys, ws_file, DATA / "a2_deals.csv", "--mapping", tmp_path / "no.json")
    assert code == 2 and "no.json does not exist" in err
    code, _, err = run(capsys, ws_file, tmp_path / "none.csv")
    assert code == 2 and "no file to import at" in err
    code, _, err = run(capsys, tmp_path / "none.kan", DATA / "a2_deals.csv")
    assert code == 2 and "no workspace at" in err
    assert not (tmp_path / "none.kan").exists()


def test_a_broken_file_is_a_clear_message(
    ws_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, ws_file, DATA / "not_text.csv")
    assert code == 2 and out == "" and err.startswith("keyaccount: ") and "Traceback" not in err


def test_kind_and_day_order_by_hand(
    ws_file: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    source = tmp_path / "us.csv"
    source.write_text("Deal,Account Name,Close Date\nMES,Contoso,03/04/2027\n", encoding="utf-8")
    code, out, _ = run(capsys, ws_file, source, "--kind", "deals", "--day-order", "dmy")
    assert code == 0 and "dates dmy" in out
    ws = open_workspace(ws_file)
    try:
        with ws.begin() as s:
            close = s.execute(select(Deal.expected_close)).scalar_one()
    finally:
        ws.close()
    assert (close.year, close.month, close.day) == (2027, 4, 3)


def test_mapping_json_example_is_documented_in_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["import", "--help"])
    out = capsys.readouterr().out
    for option in ("--dry-run", "--mapping", "--errors", "--kind", "--sheet", "--day-order"):
        assert option in out
    assert json.loads((DATA / "a2_mapping.json").read_text())["kind"] == "deals"
