"""Import columns: targets that are real fields, headers of common CRMs, rows into records."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest

from model.entities import PRIVATE_FIELDS, Activity, Deal, Person
from model.enums import (
    ActivityKind,
    DealStatus,
    Nature,
    Role,
    SalesChannel,
    Scale,
    Seniority,
    VisitLevel,
)
from model.importing.columns import (
    CHOICES,
    HEADERS,
    KINDS,
    TARGETS,
    CellProblem,
    Kind,
    convert_row,
    guess_formats,
    guess_kind,
    guess_mapping,
    parse_choice,
    row_converter,
)
from model.importing.sources import SourceRow, read_source
from model.importing.values import ValueProblem
from model.services.accounts import ACCOUNT_FIELDS
from model.services.activities import ACTIVITY_FIELDS
from model.services.deals import DEAL_FIELDS
from model.services.people import PERSON_FIELDS

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "import"

# -- targets are the model's fields ------------------------------------------------------

# A reference by name fills the id field the planner resolves it to.
REFERENCES = {
    "accounts": {"owner": "owner_id", "parent": "parent_id"},
    "people": {"account": "account_id", "department": "department_id", "manager": "manager_id"},
    "deals": {"account": "account_id", "owner": "owner_id", "lost_to": "lost_to_id"},
    "activities": {"deal": "deal_id", "account": "account_id"},
}
# Fields set through their own service call rather than the *_FIELDS validators.
COLUMNS = {
    "accounts": set(ACCOUNT_FIELDS),
    "people": set(PERSON_FIELDS) | set(PRIVATE_FIELDS) | {c.key for c in Person.__table__.columns},
    "deals": set(DEAL_FIELDS) | {c.key for c in Deal.__table__.columns},
    "activities": set(ACTIVITY_FIELDS) | {c.key for c in Activity.__table__.columns},
}
# Keys that are no field of their own: the import's identity of a row, a person's
# name in two parts (joined into name), an activity's people (a list of names).
SPECIAL = {"external_id", "family_name", "given_name", "people"}


@pytest.mark.parametrize("kind", KINDS)
def test_every_target_fills_a_real_field(kind: Kind) -> None:
    for target in TARGETS[kind]:
        if target.key in SPECIAL:
            continue
        field = REFERENCES[kind].get(target.key, target.key)
        assert field in COLUMNS[kind], f"{kind}.{target.key} is no field of the model"
        assert (target.kind == "ref") == (target.key in REFERENCES[kind]), target.key


def test_the_contracts_targets_are_there_with_their_required_ones() -> None:
    keys = {kind: {t.key for t in TARGETS[kind]} for kind in KINDS}
    required = {kind: {t.key for t in TARGETS[kind] if t.required} for kind in KINDS}
    assert {"external_id", "name", "industry", "region", "territory", "owner", "nature"} <= keys[
        "accounts"
    ]
    assert {"scale", "note"} <= keys["accounts"]
    assert {"external_id", "name", "account", "title", "department", "phone", "email"} <= keys[
        "people"
    ]
    assert {"role", "support"} <= keys["people"]
    assert {"external_id", "name", "account", "amount", "currency", "stage", "status"} <= keys[
        "deals"
    ]
    assert {"expected_close", "owner", "note", "lost_to"} <= keys["deals"]
    assert {"external_id", "deal", "account", "kind", "on", "summary", "next_step"} <= keys[
        "activities"
    ]
    assert {"next_due", "people"} <= keys["activities"]
    assert required == {
        "accounts": {"name"},
        "people": {"name", "account"},
        "deals": {"name", "account"},
        "activities": {"deal", "on"},
    }


def test_a_persons_private_attributes_are_marked_private() -> None:
    private = {t.key for t in TARGETS["people"] if t.private}
    assert private == set(PRIVATE_FIELDS)
    assert not any(t.private for kind in KINDS if kind != "people" for t in TARGETS[kind])


def test_headers_vocabulary_names_only_targets() -> None:
    for kind in KINDS:
        assert set(HEADERS[kind]) <= {t.key for t in TARGETS[kind]}


# -- closed lists --------------------------------------------------------------------------

ENUMS = {
    "nature": Nature,
    "scale": Scale,
    "sales_channel": SalesChannel,
    "role": Role,
    "seniority": Seniority,
    "kind": ActivityKind,
    "level": VisitLevel,
    "status": DealStatus,
}


@pytest.mark.parametrize("key", sorted(ENUMS))
def test_every_stored_value_is_accepted_as_itself(key: str) -> None:
    for member in ENUMS[key]:
        assert parse_choice(key, member.value) == member.value
        assert parse_choice(key, member.value.upper()) == member.value
    assert set(CHOICES[key]) == {m.value for m in ENUMS[key]}


def _labels() -> dict[str, str]:
    """The app's Chinese label for each English one (the "Labels" context)."""
    tree = ET.parse(ROOT / "resources" / "i18n" / "keyaccount_zh_CN.ts")
    out: dict[str, str] = {}
    for context in tree.getroot():
        if context.findtext("name") == "Labels":
            for message in context.iter("message"):
                out[message.findtext("source") or ""] = message.findtext("translation") or ""
    return out


@pytest.mark.parametrize("key", sorted(ENUMS))
def test_the_apps_own_labels_in_english_and_chinese_are_accepted(key: str) -> None:
    from desktop import labels

    table = {
        "nature": labels._NATURE,
        "scale": labels._SCALE,
        "sales_channel": labels._SALES_CHANNEL,
        "role": labels._ROLE,
        "seniority": labels._SENIORITY,
        "kind": labels._ACTIVITY_KIND,
        "level": labels._VISIT_LEVEL,
        "status": labels._DEAL_STATUS,
    }[key]
    chinese = _labels()
    for code, english in table.items():
        assert parse_choice(key, str(english)) == str(code), english
        assert parse_choice(key, chinese[str(english)]) == str(code), chinese[str(english)]


def test_common_words_for_choices() -> None:
    assert parse_choice("nature", "国企") == "state"
    assert parse_choice("nature", "事业单位") == "public"
    assert parse_choice("nature", "合资") == "foreign"
    assert parse_choice("scale", "小微") == "small"
    assert parse_choice("role", "决策人") == "KDM"
    assert parse_choice("kind", "Meeting") == "visit"
    assert parse_choice("kind", "电话") == "call"
    assert parse_choice("currency", "人民币") == "CNY"
    assert parse_choice("currency", "￥") == "CNY"
    assert parse_choice("currency", "sek") == "SEK"
    with pytest.raises(ValueProblem) as info:
        parse_choice("scale", "huge")
    assert info.value.params == {"value": "huge", "allowed": "xl, large, medium, small"}


# -- headers -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "headers", "expected"),
    [
        (  # Salesforce opportunities
            "deals",
            ["Opportunity ID", "Opportunity Name", "Account Name", "Amount", "Close Date", "Stage"],
            ["external_id", "name", "account", "amount", "expected_close", "stage"],
        ),
        (  # HubSpot deals
            "deals",
            ["Record ID", "Deal Name", "Deal Stage", "Close Date", "Amount", "Deal owner"],
            ["external_id", "name", "stage", "expected_close", "amount", "owner"],
        ),
        (  # Odoo CRM
            "deals",
            ["Opportunity", "Customer", "Expected Revenue", "Expected Closing", "Stage"],
            ["name", "account", "amount", "expected_close", "stage"],
        ),
        (  # Pipedrive
            "deals",
            ["Deal - Title", "Deal - Organization", "Deal - Value", "Deal - Currency"],
            ["name", "account", "amount", "currency"],
        ),
        (  # Salesforce and HubSpot with Chinese labels
            "deals",
            ["业务机会名称", "客户名", "金额", "结束日期", "阶段", "业务机会所有人"],
            ["name", "account", "amount", "expected_close", "stage", "owner"],
        ),
        (
            "deals",
            ["交易名称", "交易阶段", "成交日期", "金额", "交易所有者", "关联公司"],
            ["name", "stage", "expected_close", "amount", "owner", "account"],
        ),
        (  # a Chinese CRM
            "deals",
            ["商机名称", "客户名称", "金额", "预计成交日期", "阶段", "负责人"],
            ["name", "account", "amount", "expected_close", "stage", "owner"],
        ),
        (
            "accounts",
            ["Account Name", "Industry", "Billing Country", "Billing City", "Account Owner"],
            ["name", "industry", "region", "region", "owner"],
        ),
        (
            "accounts",
            ["公司名称", "统一社会信用代码", "所属行业", "省份", "城市", "企业性质", "规模"],
            ["name", "external_id", "industry", "region", "region", "nature", "scale"],
        ),
        (  # HubSpot contacts
            "people",
            ["First Name", "Last Name", "Email", "Phone Number", "Job Title", "Company Name"],
            ["given_name", "family_name", "email", "phone", "title", "account"],
        ),
        (
            "people",
            ["姓名", "公司", "手机", "邮箱", "职务", "部门", "角色"],
            ["name", "account", "phone", "email", "title", "department", "role"],
        ),
        (
            "activities",
            ["Subject", "Activity Type", "Date", "Opportunity", "Contacts", "Next step"],
            ["summary", "kind", "on", "deal", "people", "next_step"],
        ),
        (
            "activities",
            ["跟进日期", "跟进方式", "商机名称", "客户名称", "跟进内容", "下次跟进日期"],
            ["on", "kind", "deal", "account", "summary", "next_due"],
        ),
    ],
)
def test_headers_of_common_crm_exports_map_to_fields(
    kind: Kind, headers: list[str], expected: list[str]
) -> None:
    assert guess_mapping(kind, headers) == dict(enumerate(expected))


def test_headers_match_whatever_their_case_spacing_and_decoration() -> None:
    mapping = guess_mapping(
        "deals", ["OPPORTUNITY_NAME", "account name", "Amount (CNY)", "客户名称（必填）", "x"]
    )
    assert mapping == {0: "name", 1: "account", 2: "amount", 3: None, 4: None}
    # a field's own key and English label match too
    assert guess_mapping("deals", ["expected_close", "Lost to"]) == {
        0: "expected_close",
        1: "lost_to",
    }


def test_a_header_is_read_by_its_last_word_and_known_strangers_are_left_out() -> None:
    assert guess_mapping("deals", ["Deal - Organization", "Deal - Title", "Deal - Close Date"]) == {
        0: "account",
        1: "name",
        2: "expected_close",
    }
    assert guess_mapping("people", ["联系人手机", "所属客户名称", "Contact Email"]) == {
        0: "phone",
        1: "account",
        2: "email",
    }
    # the account's owner is not the deal's; a contact on a deal row is not the deal
    assert guess_mapping("deals", ["Account Owner", "联系人", "Opportunity Owner"]) == {
        0: None,
        1: None,
        2: "owner",
    }
    assert guess_mapping("people", ["客户名称（必填）", "Name *"]) == {0: "account", 1: "name"}


def test_a_field_is_filled_once_unless_it_takes_several_columns() -> None:
    mapping = guess_mapping("people", ["手机", "电话", "姓名", "备注"])
    assert mapping == {0: "phone", 1: None, 2: "name", 3: None}
    assert guess_mapping("accounts", ["备注", "Notes"]) == {0: "note", 1: "note"}


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("gb18030_accounts.csv", "accounts"),
        ("utf8_bom_people.csv", "people"),
        ("semicolon_deals.csv", "deals"),
        ("hubspot_deals.tsv", "deals"),
        ("chinese_deals.csv", "deals"),
        ("pipe_deals.csv", "deals"),
        ("deals_1904.xlsx", "deals"),
    ],
)
def test_the_kind_of_a_file_is_guessed_from_its_headers(name: str, kind: str) -> None:
    assert guess_kind(read_source(DATA / name).headers) == kind


def test_kind_guesses_for_activities_and_unknown_headers() -> None:
    assert guess_kind(["Subject", "Activity Type", "Date", "Opportunity"]) == "activities"
    assert guess_kind(["姓名", "手机", "邮箱"]) == "people"
    assert guess_kind(["foo", "bar"]) == "accounts"


# -- rows into records --------------------------------------------------------------------


def _records(
    name: str, kind: Kind | None = None, **kwargs: object
) -> list[tuple[int, dict[str, object], list[CellProblem]]]:
    table = read_source(DATA / name, **kwargs)  # type: ignore[arg-type]
    kind = kind or guess_kind(table.headers)
    mapping = guess_mapping(kind, table.headers)
    convert = row_converter(
        kind,
        mapping,
        table.headers,
        date_system=table.date_system or 1900,
        **guess_formats(kind, mapping, table.rows),
    )
    return [(row.line, *convert(row)) for row in table.rows]


def test_a_chinese_crms_deals_become_records() -> None:
    rows = _records("chinese_deals.csv")
    assert all(problems == [] for _, _, problems in rows)
    first = rows[0][1]
    assert first == {
        "name": "数据中心扩容",
        "account": "华为技术有限公司",
        "amount": 1234.5,
        "currency": "CNY",
        "expected_close": date(2027, 1, 5),
        "stage": "P2",
        "status": "open",
        "owner": "张伟",
        "external_id": "000123",
    }
    amounts = [record["amount"] for _, record, _ in rows]
    assert amounts == [1234.5, 125000.0, 2000.0, 3000.0, 500000.0, 1e6, 80000.0, 90000.0, 2e6, 1e5]
    stages = [(record.get("stage"), record["status"]) for _, record, _ in rows]
    assert stages == [
        ("P2", "open"),
        ("P2", "open"),
        ("P3", "open"),
        ("P4", "open"),
        ("P5", "open"),
        ("P5", "open"),
        ("P6", "open"),
        ("P7", "open"),
        ("P7", "won"),
        (None, "lost"),
    ]
    assert [r["expected_close"] for _, r, _ in rows][4] == date(2027, 5, 20)


def test_a_european_salesforce_export_reads_day_first_with_decimal_commas() -> None:
    rows = _records("semicolon_deals.csv")
    assert all(problems == [] for _, _, problems in rows)
    by_name = {r["name"]: r for _, r, _ in rows}
    assert by_name["MES rollout"]["amount"] == 1234.5
    assert by_name["MES rollout"]["currency"] == "EUR"
    assert by_name["MES rollout"]["expected_close"] == date(2027, 1, 5)
    assert by_name["Retrofit; phase 2"]["amount"] == 2000.0
    assert by_name["Plant 2 upgrade"]["expected_close"] == date(2027, 12, 31)
    assert by_name["Old ERP"]["status"] == "won" and by_name["Lost bid"]["status"] == "lost"


@pytest.mark.parametrize(
    ("name", "formats"),
    [
        ("semicolon_deals.csv", {"day_order": "dmy", "decimal": ","}),
        ("hubspot_deals.tsv", {"day_order": "mdy", "decimal": "."}),
        ("chinese_deals.csv", {"day_order": "ymd", "decimal": "."}),
    ],
)
def test_the_files_day_order_and_decimal_mark_are_guessed(
    name: str, formats: dict[str, str]
) -> None:
    table = read_source(DATA / name)
    mapping = guess_mapping("deals", table.headers)
    assert guess_formats("deals", mapping, table.rows) == formats


def test_a_hubspot_export_reads_month_first_in_dollars() -> None:
    rows = _records("hubspot_deals.tsv")
    assert all(problems == [] for _, _, problems in rows)
    first = rows[0][1]
    assert first["expected_close"] == date(2027, 1, 5)
    assert (first["amount"], first["currency"]) == (2500.0, "USD")
    assert first["external_id"] == "9876543210123"
    assert [r.get("stage") for _, r, _ in rows] == ["P2", "P3", "P4", "P5", "P6", "P7", None]


@pytest.mark.parametrize("name", ["deals_1900.xlsx", "deals_1904.xlsx"])
def test_workbook_dates_read_the_same_in_both_date_systems(name: str) -> None:
    table = read_source(DATA / name)
    mapping = {0: "name", 1: "account", 3: "expected_close", 7: "contract_signed_on"}
    convert = row_converter("deals", mapping, table.headers, date_system=table.date_system or 0)
    records = [convert(row)[0] for row in table.rows]
    assert [r["expected_close"] for r in records] == [
        date(2027, 1, 5),
        date(2027, 2, 1),
        date(2027, 3, 15),
    ]
    # the bare serial numbers, read in the workbook's own system
    assert [r["contract_signed_on"] for r in records] == [
        date(2027, 1, 5),
        date(2027, 1, 6),
        date(2027, 1, 7),
    ]


def test_phones_stored_as_numbers_come_back_as_their_digits() -> None:
    table = read_source(DATA / "deals_1904.xlsx", sheet="联系人")
    mapping = guess_mapping("people", table.headers)
    assert mapping == {0: "name", 1: "account", 2: "phone", 3: None, 4: "external_id"}
    zhao, qian, sun = (convert_row("people", mapping, row, table.headers) for row in table.rows)
    assert zhao == (
        {
            "name": "赵强",
            "account": "华为技术有限公司",
            "phone": "13800138000",
            "external_id": "440301199001011234",
        },
        [],
    )
    assert qian[0]["phone"] == "13912345678"  # a float cell, 1.3912345678E10
    assert qian[0]["external_id"] == "91440300MA5FXT4K2L"
    # an 18-digit ID typed as a number lost its last digits: refused, not imported wrong
    _record, problems = sun
    assert [(p.line, p.column, p.value) for p in problems] == [
        (4, "外部编号", "440301199001011000")
    ]
    assert "15 digits" in problems[0].reason
    office = convert_row("people", {3: "phone"}, table.rows[0], table.headers)[0]
    assert office == {"phone": "75528780808"}


def test_18_digit_ids_in_csv_stay_text() -> None:
    rows = _records("gb18030_accounts.csv")
    assert [r["external_id"] for _, r, _ in rows] == [
        "914403001922038216",
        "91440300MA5FXT4K2L",
        "91110000710926094P",
        "12310000425006117X",
        "913205947406592011",
    ]
    assert [r["nature"] for _, r, _ in rows] == ["private", "private", "state", "public", "foreign"]
    assert [r["scale"] for _, r, _ in rows] == ["xl", "medium", "xl", "large", "large"]


def test_broken_rows_are_rejected_with_their_line_and_the_rest_converts() -> None:
    rows = _records("broken_rows.csv")
    good = [line for line, _, problems in rows if not problems]
    assert good == [2, 3, 7, 10]
    bad = {line: problems for line, _, problems in rows if problems}
    assert set(bad) == {4, 5, 6}
    assert bad[4][0].params == {"count": 5, "expected": 4}
    assert bad[5][0].params == {"count": 2, "expected": 4}
    assert "quote" in bad[6][0].reason
    assert all(p.line == line for line, problems in bad.items() for p in problems)


def test_a_cell_that_cannot_be_read_names_line_column_value_and_reason() -> None:
    headers = ("商机名称", "客户名称", "金额", "预计成交日期", "阶段")
    row = SourceRow(7, ("A", "B", "12 apples", "2027-02-30", "moon"))
    mapping = dict(enumerate(["name", "account", "amount", "expected_close", "stage"]))
    _record, problems = convert_row("deals", mapping, row, headers)
    assert [(p.line, p.column, p.value) for p in problems] == [
        (7, "金额", "12 apples"),
        (7, "预计成交日期", "2027-02-30"),
        (7, "阶段", "moon"),
    ]
    amount = problems[0]
    assert amount.template.startswith("'{value}' is not an amount")
    assert amount.params == {"value": "12 apples", "text": "apples"}
    assert amount.reason == (
        "'12 apples' is not an amount: 'apples' is not a currency sign or unit this import knows."
    )


def test_a_required_field_left_empty_is_a_problem() -> None:
    headers = ("name", "account")
    record, problems = convert_row(
        "deals", {0: "name", 1: "account"}, SourceRow(3, ("X", " ")), headers
    )
    assert record == {"name": "X"}
    assert [(p.line, p.column, p.params) for p in problems] == [(3, "", {"label": "Account"})]
    assert problems[0].reason == "Account is required, and this row leaves it empty."


@pytest.mark.parametrize("zero", ["0000-00-00", "0000-00-00 00:00:00", "0000/0/0", " 0000-00-00 "])
def test_a_databases_zero_date_is_an_empty_date_not_a_rejected_row(zero: str) -> None:
    """CRMs on MySQL export 'no date' as 0000-00-00: the row imports, the day is left empty."""
    headers = ("name", "account", "close", "amount")
    mapping = {0: "name", 1: "account", 2: "expected_close", 3: "amount"}
    record, problems = convert_row("deals", mapping, SourceRow(2, ("X", "Y", zero, "5")), headers)
    assert problems == [] and record == {"name": "X", "account": "Y", "amount": 5.0}
    # A required day stays required; and only days read it as empty.
    record, problems = convert_row(
        "activities", {0: "deal", 1: "on"}, SourceRow(3, ("X", zero)), ("deal", "on")
    )
    assert [(p.line, p.params) for p in problems] == [(3, {"label": "Date"})]
    _record, problems = convert_row("deals", mapping, SourceRow(4, ("X", "Y", "", zero)), headers)
    assert [(p.column, p.value) for p in problems] == [("amount", zero.strip())]
    _record, problems = convert_row(
        "deals", mapping, SourceRow(5, ("X", "Y", "0000-01-05", "5")), headers
    )
    assert [(p.column, p.value) for p in problems] == [("close", "0000-01-05")]


def test_a_private_value_never_shows_in_a_problem() -> None:
    headers = ("姓名", "客户", "年龄", "支持度")
    mapping = {0: "name", 1: "account", 2: "age", 3: "support"}
    record, problems = convert_row(
        "people", mapping, SourceRow(2, ("赵", "华为", "42", "5")), headers
    )
    assert record["age"] == "42"
    assert [(p.column, p.value) for p in problems] == [("支持度", "5")]


@pytest.mark.parametrize(
    ("cell", "support"),
    [
        ("-1", -1),
        ("−2", -2),
        ("+1", 1),
        ("2.0", 2),
        (-2, -2),
        (1.0, 1),
        ("坚决反对", -2),
        ("Strong supporter", 2),
        ("中立", 0),
        ("++", 2),
        ("--", -2),
    ],
)
def test_support_reads_numbers_signs_and_the_apps_words(cell: object, support: int) -> None:
    record, problems = convert_row("people", {0: "support"}, SourceRow(2, (cell,)), ("支持度",))
    assert record == {"support": support}
    assert [p.params for p in problems] == [{"label": "Name"}, {"label": "Account"}]


def test_one_column_for_two_fields_and_two_columns_for_one() -> None:
    headers = ("Name", "Country", "Province", "City", "Amount", "Currency")
    row = SourceRow(2, ("Acme", "中国", "广东", "深圳", "", ""))
    record, problems = convert_row(
        "accounts", {0: "name", 1: "region", 2: "region", 3: "region"}, row, headers
    )
    assert record == {"name": "Acme", "region": "中国/广东/深圳"} and problems == []
    given = convert_row(
        "people",
        {0: "given_name", 1: "family_name", 2: "account"},
        SourceRow(2, ("Ada", "Lovelace", "Acme")),
        ("First Name", "Last Name", "Company"),
    )
    assert given == ({"name": "Ada Lovelace", "account": "Acme"}, [])
    chinese = convert_row(
        "people",
        {0: "family_name", 1: "given_name", 2: "account"},
        SourceRow(2, ("张", "伟", "华为")),
        ("姓", "名", "公司"),
    )
    assert chinese == ({"name": "张伟", "account": "华为"}, [])
    people = convert_row(
        "activities",
        {0: "deal", 1: "on", 2: "people", 3: "kind"},
        SourceRow(2, ("MES", "2027/1/5", "赵强、钱敏, Ada Lovelace", "上门拜访")),
        ("商机", "日期", "参与人", "类型"),
    )
    assert people == (
        {
            "deal": "MES",
            "on": date(2027, 1, 5),
            "people": ["赵强", "钱敏", "Ada Lovelace"],
            "kind": "visit",
        },
        [],
    )


def test_an_amounts_currency_and_a_stages_status_must_agree_with_their_own_columns() -> None:
    headers = ("name", "account", "amount", "currency", "stage", "status")
    mapping = dict(enumerate(headers))
    agree = SourceRow(2, ("A", "B", "$5", "usd", "Closed Won", "won"))
    record, problems = convert_row("deals", mapping, agree, headers)
    assert problems == [] and record["currency"] == "USD" and record["status"] == "won"
    clash = SourceRow(3, ("A", "B", "$5", "EUR", "Closed Won", "lost"))
    record, problems = convert_row("deals", mapping, clash, headers)
    assert [p.params for p in problems] == [
        {"first": "USD", "second": "EUR"},
        {"first": "won", "second": "lost"},
    ]
    negative = SourceRow(4, ("A", "B", "-5", "", "", ""))
    assert "negative" in convert_row("deals", mapping, negative, headers)[1][0].reason


def test_a_mapping_to_no_field_or_no_column_is_refused() -> None:
    with pytest.raises(ValueProblem):
        row_converter("deals", {0: "birthday"}, ("x",))
    with pytest.raises(ValueProblem):
        row_converter("deals", {3: "name"}, ("x",))


def test_no_cell_of_any_type_or_shape_crashes_a_conversion() -> None:
    """Whatever a file holds, a row converts or lists its problems; nothing raises."""
    import random
    from datetime import datetime

    rnd = random.Random(14)
    alphabet = "0123456789,.;-+/ ()¥$€元万年月日PpwWonlst是否xX\u3000\r\n\"'%e"
    samples: list[object] = [
        None,
        "",
        " ",
        True,
        False,
        0,
        -1,
        1.5,
        float("nan"),
        float("inf"),
        1e300,
        -1e300,
        10**30,
        46392,
        2**63,
        date(2027, 1, 5),
        datetime(2027, 1, 5, 23, 59),
        "\x00",
        "\ufeff",
    ]
    for kind in KINDS:
        targets = TARGETS[kind]
        headers = tuple(t.key for t in targets)
        mapping = dict(enumerate(headers))
        for order in ("ymd", "mdy", "dmy"):
            convert = row_converter(kind, mapping, headers, day_order=order, decimal=",")
            for _ in range(300):
                cells = tuple(
                    rnd.choice(samples)
                    if rnd.random() < 0.3
                    else "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 12)))
                    for _ in headers
                )
                record, problems = convert(SourceRow(2, cells))  # type: ignore[arg-type]
                assert all(isinstance(p, CellProblem) and p.reason for p in problems)
                assert isinstance(record, dict)
