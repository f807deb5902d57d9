"""The lossless JSON export: export, load into an empty workspace, export again: the same.

Also what a load refuses (a workspace with data, a newer schema, a broken or
wrong file), that it names what and where, and that it never half-writes.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from model.base import Base
from model.entities import PRIVATE_FIELDS, Person
from model.errors import DomainError
from model.exporting.workspace_json import (
    FORMAT,
    VERSION,
    ExportFileError,
    NotEmpty,
    export_json,
    load_json,
)
from model.schema import REVISIONS
from model.services import accounts, people
from model.workspace import Workspace, open_workspace

MARK = "QX7PRIVATEZZ"


@pytest.fixture(scope="module")
def sample_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small sample with what it lacks: audit entries, personal attributes with a
    marker, and a person who reports to someone created after them (a higher id)."""
    from model.sample import generate_sample

    path = tmp_path_factory.mktemp("sample") / "sample.kan"
    ws = open_workspace(path, create=True)
    generate_sample(ws.engine, lang="en", size="small")
    with ws.begin() as s:
        s.info["who"] = "tester"
        acc = accounts.create_account(s, {"name": "中文 客户 Co., Ltd."}).created_id("account")
        report = people.create_person(s, acc, {"name": "早 Early", "phone": "13800138000"})
        boss = people.create_person(s, acc, {"name": "晚 Late boss"})
    with ws.begin() as s:
        people.update_person(
            s, report.created_id("person"), {"manager_id": boss.created_id("person")}
        )
        people.update_private(
            s, report.created_id("person"), {f: f"{f} {MARK}" for f in PRIVATE_FIELDS}
        )
    ws.close()
    return path


@pytest.fixture
def sample(tmp_path: Path, sample_file: Path) -> Iterator[Workspace]:
    path = tmp_path / "sample.kan"
    shutil.copy(sample_file, path)
    ws = open_workspace(path)
    yield ws
    ws.close()


@pytest.fixture
def empty(tmp_path: Path) -> Iterator[Workspace]:
    ws = open_workspace(tmp_path / "empty.kan", create=True)
    yield ws
    ws.close()


def _export(ws: Workspace, path: Path, private: bool = True) -> bytes:
    with ws.sessions() as s:
        export_json(s, path, private=private)
    return path.read_bytes()


def _all_rows(ws: Workspace) -> dict[str, list[Any]]:
    with ws.engine.connect() as conn:
        return {
            t.name: [tuple(r) for r in conn.execute(select(t).order_by(*t.primary_key))]
            for t in Base.metadata.sorted_tables
        }


def test_round_trip_gives_the_same_file_and_the_same_rows(
    sample: Workspace, empty: Workspace, tmp_path: Path
) -> None:
    first = _export(sample, tmp_path / "first.json")
    counts = load_json(tmp_path / "first.json", empty)
    second = _export(empty, tmp_path / "second.json")
    assert second == first
    before, after = _all_rows(sample), _all_rows(empty)
    assert after == before
    # Not vacuous: every table of the schema is in the file, the data is there.
    assert set(counts) == {t.name for t in Base.metadata.sorted_tables}
    assert counts["people"] > 100 and counts["audit_log"] > 0 and counts["people_private"] > 0
    with empty.sessions() as s:
        uuids = dict(s.execute(select(Person.id, Person.uuid)).all())
    with sample.sessions() as s:
        assert uuids == dict(s.execute(select(Person.id, Person.uuid)).all())
    assert MARK.encode() in first


def test_the_header_names_format_version_and_schema(sample: Workspace, tmp_path: Path) -> None:
    data = json.loads(_export(sample, tmp_path / "x.json"))
    assert (data["format"], data["version"], data["schema"]) == (FORMAT, VERSION, REVISIONS[-1])
    assert data["private"] is True
    assert list(data["tables"]) == [t.name for t in Base.metadata.sorted_tables]


def test_personal_attributes_are_left_out_unless_asked(
    sample: Workspace, empty: Workspace, tmp_path: Path
) -> None:
    raw = _export(sample, tmp_path / "x.json", private=False)
    data = json.loads(raw)
    assert data["private"] is False
    assert "people_private" not in data["tables"]
    assert MARK.encode() not in raw
    load_json(data, empty)
    assert _all_rows(empty)["people_private"] == []
    assert _all_rows(empty)["people"] == _all_rows(sample)["people"]


def test_a_workspace_with_data_is_refused_and_unchanged(sample: Workspace, tmp_path: Path) -> None:
    _export(sample, tmp_path / "x.json")
    before = _all_rows(sample)
    with pytest.raises(NotEmpty) as err:
        load_json(tmp_path / "x.json", sample)
    assert "is not empty" in err.value.message and "sample.kan" in err.value.message
    assert _all_rows(sample) == before


def _small_export(empty: Workspace, tmp_path: Path) -> dict[str, Any]:
    with empty.begin() as s:
        acc = accounts.create_account(s, {"name": "Acme"}).created_id("account")
        people.create_person(s, acc, {"name": "Li"})
    data: dict[str, Any] = json.loads(_export(empty, tmp_path / "small.json"))
    return data


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda d: d.update(schema="0099"), ["newer version", "schema 0099"]),
        (lambda d: d.update(version=VERSION + 1), ["newer version", f"format {VERSION + 1}"]),
        (lambda d: d.update(format="something/else"), ["not a Key Account Navigator", "else"]),
        (lambda d: d.update(schema="abc"), ["does not know", "abc"]),
        (lambda d: d["tables"].update(gadgets={"columns": [], "rows": []}), ["gadgets"]),
        (
            lambda d: d["tables"]["people"]["columns"].__setitem__(0, "shoe_size"),
            ["people", "shoe_size"],
        ),
        (lambda d: d["tables"]["people"]["rows"][0].pop(), ["people", "row 1", "values"]),
        (
            lambda d: d["tables"]["people"]["rows"][0].__setitem__(
                d["tables"]["people"]["columns"].index("left_on"), "31/12/2026"
            ),
            ["people", "row 1", "left_on", "31/12/2026", "not a day"],
        ),
        (
            lambda d: d["tables"]["people"]["rows"][0].__setitem__(
                d["tables"]["people"]["columns"].index("account_id"), 999
            ),
            ["people", "do not fit", "Nothing was loaded"],
        ),
    ],
)
def test_a_bad_file_is_refused_naming_what_and_where(
    empty: Workspace, tmp_path: Path, change: Any, words: list[str]
) -> None:
    data = _small_export(empty, tmp_path)
    change(data)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    target = open_workspace(tmp_path / "target.kan", create=True)
    try:
        with pytest.raises(DomainError) as err:
            load_json(path, target)
        for word in words:
            assert word in err.value.message
        assert all(rows == [] for rows in _all_rows(target).values())  # nothing half-written
    finally:
        target.close()


def test_a_truncated_file_names_line_and_column(sample: Workspace, tmp_path: Path) -> None:
    raw = _export(sample, tmp_path / "x.json")
    cut = tmp_path / "cut.json"
    cut.write_bytes(raw[: len(raw) // 2])
    target = open_workspace(tmp_path / "target.kan", create=True)
    try:
        with pytest.raises(ExportFileError) as err:
            load_json(cut, target)
    finally:
        target.close()
    assert "broken JSON at line" in err.value.message and "cut.json" in err.value.message


def test_a_failure_late_in_the_load_leaves_nothing(
    sample: Workspace, empty: Workspace, tmp_path: Path
) -> None:
    """The last tables break a reference: the earlier ones, already inserted, go too."""
    data = json.loads(_export(sample, tmp_path / "x.json"))
    last = list(data["tables"])[-1]
    table = data["tables"][last]
    assert table["rows"], last
    for column in table["columns"]:
        if column.endswith("_id"):
            table["rows"][-1][table["columns"].index(column)] = 10**9
            break
    with pytest.raises(ExportFileError) as err:
        load_json(data, empty)
    assert last in err.value.message
    assert all(rows == [] for rows in _all_rows(empty).values())
