"""Planning an import: the duplicate rules, what each row would do, rejects and the error file.

Fixture files: tests/data/import/a2_*.csv (UTF-8). A plan writes nothing.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import func, select

from model.base import Base
from model.entities import Account, AuditEntry, Person
from model.importing.columns import Kind, guess_kind, guess_mapping
from model.importing.dedupe import account_key, email_key, name_key, phone_key, same_person
from model.importing.errors_file import write_error_file
from model.importing.plan import ImportCancelled, ImportPlan, plan_import
from model.importing.sources import read_source
from model.services.accounts import create_account
from model.services.people import create_person, update_private
from model.services.team import create_member
from model.workspace import Workspace

DATA = Path(__file__).resolve().parents[1] / "data" / "import"


def plan_of(ws: Workspace, name: str, kind: Kind | None = None) -> ImportPlan:
    table = read_source(DATA / name)
    kind = kind or guess_kind(table.headers)
    with ws.begin() as s:
        return plan_import(s, table, kind, guess_mapping(kind, table.headers))


def by_line(plan: ImportPlan) -> dict[int, tuple[str, str]]:
    return {r.line: (r.action, r.reason) for r in plan.rows}


# -- the rules ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("华为技术有限公司", "华为技术（中国）有限公司"),
        ("华为技术有限公司", "华为技术股份有限公司"),
        ("中国石油化工股份有限公司", "中国石油化工集团有限责任公司"),
        ("Acme Co., Ltd.", "ACME"),
        ("Acme Inc.", "acme llc"),
        ("Siemens GmbH", "ＳＩＥＭＥＮＳ"),
        ("Contoso Corp.", "Contoso (China)"),
        ("Northwind-Trading Ltd", "northwind trading"),
    ],
)
def test_account_names_that_are_one_company(a: str, b: str) -> None:
    assert account_key(a) == account_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [("华为技术有限公司", "华为终端有限公司"), ("Acme", "Acme Labs"), ("Costco", "Cost")],
)
def test_account_names_of_different_companies(a: str, b: str) -> None:
    assert account_key(a) != account_key(b)


def test_a_name_that_is_only_a_legal_form_still_has_a_key() -> None:
    assert account_key("有限公司") == "有限公司"
    assert account_key("Inc.") == "inc"


def test_phones_mails_and_names_as_compared() -> None:
    assert phone_key("+86 138-0013-8000") == phone_key("13800138000") == "13800138000"
    assert phone_key("0086 13800138000") == "13800138000"
    assert phone_key("(010) 8888 6666") == "01088886666"
    assert email_key("  Zhao@Example.CN ") == "zhao@example.cn"
    assert name_key("Wang  Fang") == name_key("wang fang") == name_key("ＷＡＮＧ·FANG")


def test_people_are_one_by_phone_or_mail_and_namesakes_are_not() -> None:
    assert same_person("+86 13800138000", "", "13800138000", "")
    assert same_person("", "a@b.cn", "139", "A@B.CN")
    assert not same_person("13800138000", "", "13900000000", "")
    assert not same_person("", "a@b.cn", "", "c@d.cn")
    assert same_person("", "", "", "")  # nothing tells them apart


# -- duplicates within the file and against the workspace ------------------------------------


def test_accounts_duplicates_in_the_file_and_in_the_workspace(workspace: Workspace) -> None:
    with workspace.begin() as s:
        create_member(s, {"name": "Wang Fang", "role": "rep"})
        northwind = create_account(s, {"name": "NORTHWIND TRADING"}).created_id("account")
    plan = plan_of(workspace, "a2_accounts.csv")
    assert plan.kind == "accounts"
    lines = by_line(plan)
    assert lines[2][0] == "create"  # 华为技术有限公司
    # 华为技术（中国）有限公司: the same company as line 2; its note fills line 2's record.
    assert lines[3][0] == "merge"
    first = next(r for r in plan.rows if r.line == 2)
    assert first.record["note"] == "first note"
    assert lines[4][0] == "create"  # ACME Co., Ltd.
    # Acme: the same as line 4, with another industry: kept, listed as a conflict.
    acme = next(r for r in plan.rows if r.line == 5)
    assert acme.action == "skip" and acme.match_line == 4
    assert [(c.field, c.current, c.incoming) for c in acme.conflicts] == [
        ("industry", "Manufacturing", "Retail")
    ]
    assert next(r for r in plan.rows if r.line == 4).record["industry"] == "Manufacturing"
    # Northwind Trading GmbH is the workspace's NORTHWIND TRADING: the region fills it.
    north = next(r for r in plan.rows if r.line == 6)
    assert (north.action, north.match_id) == ("merge", northwind)
    assert north.fills == {"region": "Germany"}
    dups = {d.line: d for d in plan.duplicates}
    assert set(dups) == {3, 5, 6}
    assert dups[6].match_id == northwind and dups[6].match_line is None
    assert dups[6].match_name == "NORTHWIND TRADING"
    assert dups[3].match_line == 2 and dups[3].match_id is None
    assert dups[3].match_name == "华为技术有限公司"
    assert plan.counts == {"create": 2, "merge": 2, "skip": 1, "reject": 2}


def test_people_by_name_account_and_phone_or_mail(workspace: Workspace) -> None:
    with workspace.begin() as s:
        huawei = create_account(s, {"name": "华为技术有限公司"}).created_id("account")
        qian = create_person(s, huawei, {"name": "钱敏", "email": "qian@example.cn"}).created_id(
            "person"
        )
    plan = plan_of(workspace, "a2_people.csv")
    assert plan.kind == "people"
    rows = {r.line: r for r in plan.rows}
    assert rows[2].action == "create" and rows[2].record["account_id"] == huawei
    # The same phone written another way: the same person; the mail fills the first row.
    assert rows[3].action == "merge" and rows[3].match_line == 2
    assert rows[2].record["email"] == "zhao@example.cn"
    # A namesake with another phone is somebody else.
    assert rows[4].action == "create"
    # 钱敏 by her mail, case aside; the title fills the empty one.
    assert rows[5].action == "merge" and rows[5].match_id == qian
    assert rows[5].fills == {"title": "IT经理", "support": 1}
    assert rows[6].action == "reject"  # support 5
    # 中国石油化工 is not in the workspace: a row naming it would create it, but the only
    # such row is rejected, and a rejected row creates nothing.
    assert plan.new_accounts == {}


def test_a_merge_fills_private_notes_only_where_empty(workspace: Workspace) -> None:
    with workspace.begin() as s:
        huawei = create_account(s, {"name": "华为技术有限公司"}).created_id("account")
        zhao = create_person(s, huawei, {"name": "赵强", "phone": "13800138000"}).created_id(
            "person"
        )
        update_private(s, zhao, {"character": "calm"})
    plan = plan_of(workspace, "a2_people.csv")
    row = next(r for r in plan.rows if r.line == 2)
    assert row.match_id == zhao and "character" not in row.fills
    assert [(c.field, c.current) for c in row.conflicts] == [("character", "calm")]


def test_rejected_rows_name_line_column_value_and_reason(workspace: Workspace) -> None:
    with workspace.begin() as s:
        create_member(s, {"name": "Wang Fang", "role": "rep"})
    plan = plan_of(workspace, "a2_deals.csv")
    rejects = {r.line: r for r in plan.rejects}
    assert set(rejects) == {5}
    (amount,) = rejects[5].problems
    assert (amount.line, amount.column, amount.value) == (5, "Amount", "abc")
    assert amount.reason and amount.template


def test_an_owner_not_in_the_team_is_created_with_the_import(workspace: Workspace) -> None:
    with workspace.begin() as s:
        wang = create_member(s, {"name": "Wang Fang", "role": "rep"}).created_id("member")
    plan = plan_of(workspace, "a2_deals.csv")
    row = next(r for r in plan.rows if r.line == 6)
    assert row.action == "create" and row.refs["owner"] == "nobody"
    assert "owner_id" not in row.record
    assert plan.new_members == {"nobody": "Nobody"}
    assert "create team member Nobody" in plan.summary()
    # Wang Fang is in the team: found by name.
    assert next(r for r in plan.rows if r.line == 2).record["owner_id"] == wang


def test_a_row_with_several_problems_lists_them_all(workspace: Workspace) -> None:
    plan = plan_of(workspace, "a2_accounts.csv")
    contoso = next(r for r in plan.rows if r.line == 8)
    assert contoso.action == "reject"
    assert [p.column for p in contoso.problems] == ["Scale"]
    assert contoso.problems[0].value == "gigantic"
    empty = next(r for r in plan.rows if r.line == 7)
    assert empty.action == "reject" and empty.problems


def test_deal_rows_resolve_stage_status_owner_and_new_accounts(workspace: Workspace) -> None:
    with workspace.begin() as s:
        wang = create_member(s, {"name": "Wang Fang", "role": "rep"}).created_id("member")
        huawei = create_account(s, {"name": "华为技术有限公司"}).created_id("account")
    plan = plan_of(workspace, "a2_deals.csv")
    rows = {r.line: r for r in plan.rows}
    mes = rows[2].record
    assert (mes["stage"], mes["status"], mes["owner_id"], mes["account_id"]) == (
        "P5",
        "open",
        wang,
        huawei,
    )
    assert mes["amount"] == 1200.5 and mes["currency"] == "CNY"
    assert (rows[3].record["stage"], rows[3].record["status"]) == ("P7", "won")
    assert rows[3].record["account_id"] == huawei  # 华为技术（中国）有限公司
    assert rows[4].record["status"] == "lost" and rows[4].refs == {
        "account": account_key("Globex Corp."),
        "lost_to": name_key("Oracle"),
    }
    assert "create account Globex Corp." in plan.summary()
    assert "create competitor Oracle" in plan.summary()
    assert rows[7].action == "skip" and rows[7].match_line == 2


def test_activities_find_their_deal_and_people(workspace: Workspace) -> None:
    from model.services.deals import create_deal

    with workspace.begin() as s:
        huawei = create_account(s, {"name": "华为技术有限公司"}).created_id("account")
        deal = create_deal(s, {"name": "MES rollout", "account_id": huawei}).created_id("deal")
        zhao = create_person(s, huawei, {"name": "赵强"}).created_id("person")
    plan = plan_of(workspace, "a2_activities.csv")
    assert plan.kind == "activities"
    rows = {r.line: r for r in plan.rows}
    assert rows[2].action == "create"
    assert (rows[2].record["deal_id"], rows[2].record["account_id"]) == (deal, huawei)
    assert rows[2].refs == {"people": [zhao]}
    assert rows[3].action == "create" and rows[3].record["account_id"] == huawei
    assert rows[4].action == "skip" and rows[4].match_line == 2
    assert rows[5].action == "reject" and rows[5].problems[0].column == "Deal"


# -- a plan writes nothing; progress and cancel ------------------------------------------------


def stored(workspace: Workspace) -> object:
    """What a plan must leave as it was: the SQLite file's bytes; on a server every
    row and where each id sequence stands (a row inserted and rolled back moves it)."""
    if workspace.path is not None:
        workspace.checkpoint()
        return workspace.path.read_bytes()
    with workspace.engine.connect() as conn:
        return {
            t.name: sorted(map(tuple, conn.execute(select(t)).all()), key=repr)
            for t in Base.metadata.sorted_tables
        } | {
            "sequences": conn.exec_driver_sql(
                "SELECT sequencename, last_value FROM pg_sequences ORDER BY 1"
            ).all()
        }


def test_planning_writes_nothing(workspace: Workspace) -> None:
    with workspace.begin() as s:
        create_account(s, {"name": "NORTHWIND TRADING"})
    before = stored(workspace)
    plan_of(workspace, "a2_accounts.csv")
    plan_of(workspace, "a2_deals.csv")
    assert stored(workspace) == before
    with workspace.begin() as s:
        assert s.execute(select(func.count()).select_from(Account)).scalar_one() == 1
        assert s.execute(select(func.count()).select_from(AuditEntry)).scalar_one() == 1


def test_progress_is_reported_and_a_false_answer_cancels(workspace: Workspace) -> None:
    table = read_source(DATA / "a2_accounts.csv")
    mapping = guess_mapping("accounts", table.headers)
    seen: list[tuple[int, int]] = []
    with workspace.begin() as s:
        plan_import(s, table, "accounts", mapping, progress=lambda d, t: seen.append((d, t)))
    assert seen == [(7, 7)]
    with pytest.raises(ImportCancelled) as info, workspace.begin() as s:
        plan_import(s, table, "accounts", mapping, progress=lambda d, t: False)
    assert info.value.message == "The import was cancelled; nothing was changed."


# -- the error file ------------------------------------------------------------------------


def _read_errors(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with a BOM
    return list(csv.reader(raw.decode("utf-8-sig").splitlines()))


def test_error_file_lists_every_problem_of_the_rejected_rows(
    workspace: Workspace, tmp_path: Path
) -> None:
    with workspace.begin() as s:
        create_member(s, {"name": "Wang Fang", "role": "rep"})
    plan = plan_of(workspace, "a2_deals.csv")
    out = tmp_path / "errors.csv"
    assert write_error_file(out, plan) == 1
    rows = _read_errors(out)
    assert rows[0] == ["line", "column", "value", "reason"]
    assert rows[1][:3] == ["5", "Amount", "abc"]
    assert rows[1][3] == plan.rejects[0].problems[0].reason != ""


def test_error_file_redacts_personal_notes(workspace: Workspace, tmp_path: Path) -> None:
    with workspace.begin() as s:
        create_account(s, {"name": "华为技术有限公司"})
    plan = plan_of(workspace, "a2_people_private.csv")
    (row,) = plan.rejects
    assert [p.column for p in row.problems] == ["性格"]
    out = tmp_path / "errors.csv"
    write_error_file(out, plan)
    text = out.read_text(encoding="utf-8-sig")
    assert "MARKER" not in text
    assert "性格" in text and "control character" in text
    # The other file's private column: its value is not in any problem of the plan either.
    people = plan_of(workspace, "a2_people.csv")
    assert all("MARKER" not in p.value for r in people.rejects for p in r.problems)


def test_error_file_from_problems_redacts_the_columns_named(tmp_path: Path) -> None:
    from model.importing.columns import CellProblem

    problems = [
        CellProblem(3, "Family", "MARKER secret", "'MARKER secret' is too long"),
        CellProblem(2, "Phone", "abc", "not a phone"),
    ]
    out = tmp_path / "e.csv"
    write_error_file(out, problems, private_columns={"Family"})
    rows = _read_errors(out)
    assert rows[1] == ["2", "Phone", "abc", "not a phone"]
    assert rows[2] == ["3", "Family", "•••", "'•••' is too long"]


def test_a_person_row_matched_by_phone_is_not_in_the_workspace_twice(
    workspace: Workspace,
) -> None:
    """The planned people of a file refer to one Person row per person found."""
    with workspace.begin() as s:
        huawei = create_account(s, {"name": "华为技术有限公司"}).created_id("account")
        create_person(s, huawei, {"name": "赵强", "phone": "+8613800138000"})
    plan = plan_of(workspace, "a2_people.csv")
    matched = [r for r in plan.rows if r.match_id is not None]
    assert {r.line for r in matched} == {2, 3}
    with workspace.begin() as s:
        assert s.execute(select(func.count()).select_from(Person)).scalar_one() == 1
