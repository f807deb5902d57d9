"""Parsing imported cells: text that keeps every digit, days, amounts, stages, yes/no."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from model.errors import DomainError
from model.importing.values import (
    STAGE_NAMES,
    ValueProblem,
    as_text,
    excel_day,
    guess_day_order,
    guess_decimal_mark,
    parse_amount,
    parse_day,
    parse_flag,
    parse_stage,
)

# -- text ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "text"),
    [
        (13800138000, "13800138000"),
        (13800138000.0, "13800138000"),
        (1.3912345678e10, "13912345678"),
        (75528780808.0, "75528780808"),
        ("914403001922038216", "914403001922038216"),
        ("  0755-1234 ", "0755-1234"),
        (123456789012345.0, "123456789012345"),
        (0.5, "0.5"),
        (1e-7, "0.0000001"),
        (1.5e20, "150000000000000000000"),
        (-3.0, "-3"),
        (None, ""),
        (True, "TRUE"),
        (date(2027, 1, 5), "2027-01-05"),
        (datetime(2027, 1, 5, 9, 30), "2027-01-05 09:30:00"),
    ],
)
def test_as_text_keeps_every_digit_and_never_shows_an_exponent_or_a_dot_zero(
    cell: object, text: str
) -> None:
    assert as_text(cell) == text  # type: ignore[arg-type]
    assert "e+" not in as_text(cell) and not as_text(cell).endswith(".0")  # type: ignore[arg-type]


# -- days ----------------------------------------------------------------------------------

JAN_5 = date(2027, 1, 5)


@pytest.mark.parametrize(
    "text",
    [
        "2027-01-05",
        "2027-1-5",
        "2027/01/05",
        "2027/1/5",
        "2027.1.5",
        "2027年1月5日",
        "2027年01月05日",
        "2027 年 1 月 5 日",
        "２０２７年１月５日",
        "2027年1月5号",
        "2027-01-05T10:30:00",
        "2027-01-05 10:30",
        "2027/1/5 10:30",
        "20270105",
        "Jan 5, 2027",
        "January 5 2027",
        "5 Jan 2027",
        "05-Jan-2027",
        "5-jan-27",
    ],
)
def test_year_first_chinese_and_named_month_dates_read_in_any_order(text: str) -> None:
    for order in ("ymd", "mdy", "dmy"):
        assert parse_day(text, order=order) == JAN_5  # type: ignore[arg-type]


def test_year_last_dates_follow_the_order_given() -> None:
    assert parse_day("1/5/2027", order="mdy") == JAN_5
    assert parse_day("5/1/2027", order="dmy") == JAN_5
    assert parse_day("05.01.2027", order="dmy") == JAN_5
    assert parse_day("1/5/27", order="mdy") == JAN_5
    assert parse_day("1-5-2027", order="mdy") == JAN_5
    assert parse_day("1/5/2027 11:00 AM", order="mdy") == JAN_5
    # one number over 12 settles it whatever the order says
    assert parse_day("12/31/2027", order="dmy") == date(2027, 12, 31)
    assert parse_day("31/12/2027", order="mdy") == date(2027, 12, 31)
    assert parse_day("13/1/2027") == date(2027, 1, 13)


def test_an_ambiguous_year_last_date_without_an_order_is_a_problem_not_a_guess() -> None:
    with pytest.raises(ValueProblem) as info:
        parse_day("1/5/2027")
    assert info.value.params == {"value": "1/5/2027"}
    assert "order" in info.value.message


def test_excel_serial_numbers_in_both_date_systems() -> None:
    assert parse_day(46392) == JAN_5
    assert parse_day(46392.75) == JAN_5  # a time of day
    assert parse_day(44930, date_system=1904) == JAN_5
    assert parse_day("46392") == JAN_5
    assert parse_day("44930", date_system=1904) == JAN_5  # a serial typed as text
    assert excel_day(1) == date(1900, 1, 1)
    assert excel_day(59) == date(1900, 2, 28)
    assert excel_day(61) == date(1900, 3, 1)
    assert excel_day(0, 1904) == date(1904, 1, 1)
    with pytest.raises(ValueProblem):
        excel_day(60)  # Excel's 29 February 1900
    with pytest.raises(ValueProblem):
        parse_day(-3)
    assert parse_day(20270105) == JAN_5  # a yyyymmdd number, not a serial


def test_dates_and_datetimes_pass_through_whatever_the_zone(local_zone: str) -> None:
    assert parse_day(datetime(2027, 3, 15, 23, 59)) == date(2027, 3, 15)
    assert parse_day(datetime(2027, 3, 15, 0, 0)) == date(2027, 3, 15)
    assert parse_day(date(2027, 3, 15)) == date(2027, 3, 15)


@pytest.mark.parametrize(
    ("cell", "words"),
    [
        ("2027-02-30", "not a day of the calendar"),
        ("2027年2月30日", "not a day of the calendar"),
        ("13/13/2027", "not a day of the calendar"),
        ("next week", "not a date"),
        ("2027年1月", "not a date"),
        ("0027-01-05", "out of range"),
        ("", "empty"),
        (True, "not a date"),
        (None, "not a date"),
        (float("nan"), "not a date"),
        (float("inf"), "not a date"),
        (1e12, "out of range"),
    ],
)
def test_a_day_that_cannot_be_read_says_why(cell: object, words: str) -> None:
    with pytest.raises(ValueProblem) as info:
        parse_day(cell, order="mdy")  # type: ignore[arg-type]
    assert words in info.value.message
    assert isinstance(info.value, DomainError)


def test_the_day_order_of_a_column_is_guessed_from_its_dates() -> None:
    assert guess_day_order(["1/5/2027", "12/31/2027", "2/1/2027"]) == "mdy"
    assert guess_day_order(["5/1/2027", "31/12/2027"]) == "dmy"
    assert guess_day_order(["05.01.2027", "15.03.2027"]) == "dmy"
    assert guess_day_order(["1/5/2027", "2/1/2027"]) == "mdy"  # undecided: US exports
    assert guess_day_order(["2027-01-05", "2027年1月5日", None, 46392]) == "ymd"
    assert guess_day_order([]) == "ymd"


# -- amounts -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "amount", "currency"),
    [
        ("1234.5", 1234.5, None),
        ("¥1,234.50", 1234.5, "CNY"),
        ("￥1,234.50", 1234.5, "CNY"),
        ("￥3,000元", 3000.0, "CNY"),
        ("RMB 2,000", 2000.0, "CNY"),
        ("CNY2000", 2000.0, "CNY"),
        ("2000 人民币", 2000.0, "CNY"),
        ("12.5万元", 125000.0, "CNY"),
        ("12.5 万", 125000.0, None),
        ("200万元", 2_000_000.0, "CNY"),
        ("1.5亿元", 150_000_000.0, "CNY"),
        ("10万美元", 100_000.0, "USD"),
        ("$2,500.00", 2500.0, "USD"),
        ("US$ 1,200.5", 1200.5, "USD"),
        ("HK$1,000", 1000.0, "HKD"),
        ("1,000,000", 1_000_000.0, None),
        ("1.234,50 €", 1234.5, "EUR"),
        ("EUR 7.500,00", 7500.0, "EUR"),
        ("€ 12.000,5", 12000.5, "EUR"),
        ("1 234,50", 1234.5, None),
        ("1'234.50 CHF", 1234.5, "CHF"),
        ("£99", 99.0, "GBP"),
        ("1234,5", 1234.5, None),
        ("-500", -500.0, None),
        ("-¥500", -500.0, "CNY"),
        ("$-500", -500.0, "USD"),
        ("(1,000)", -1000.0, None),
        (2500, 2500.0, None),
        (1234.5, 1234.5, None),
    ],
)
def test_amounts_with_separators_signs_and_units(
    cell: object, amount: float, currency: str | None
) -> None:
    assert parse_amount(cell) == (amount, currency)  # type: ignore[arg-type]


def test_a_lone_mark_before_three_digits_follows_the_files_decimal_mark() -> None:
    assert parse_amount("2.000") == (2.0, None)
    assert parse_amount("2.000", decimal=",") == (2000.0, None)
    assert parse_amount("2,000") == (2000.0, None)
    assert parse_amount("2,000", decimal=",") == (2.0, None)
    assert parse_amount("1.234.567") == (1234567.0, None)
    assert parse_amount("1.5", decimal=",") == (1.5, None)
    assert parse_amount("1.234,50 €", decimal=",") == (1234.5, "EUR")


def test_the_decimal_mark_of_a_column_is_guessed_from_its_amounts() -> None:
    assert guess_decimal_mark(["1.234,50 €", "€ 12.000", "2.000"]) == ","
    assert guess_decimal_mark(["12,5", "3"]) == ","
    assert guess_decimal_mark(["$2,500.00", "$10,000", "7500"]) == "."
    assert guess_decimal_mark(["1,000", "2,000"]) == "."  # undecided: thousands
    assert guess_decimal_mark([1234.5, None]) == "."


@pytest.mark.parametrize(
    ("cell", "words"),
    [
        ("abc", "not an amount"),
        ("12 apples", "apples"),
        ("1,2,3", "grouped by thousands"),
        ("12,34,567", "grouped by thousands"),
        ("¥100 USD", "two currencies"),
        ("(100", "bracket"),
        ("nan", "not an amount"),
        ("", "empty"),
        (True, "not an amount"),
        (date(2027, 1, 5), "not an amount"),
        (float("inf"), "not an amount"),
    ],
)
def test_a_value_that_is_no_amount_says_why(cell: object, words: str) -> None:
    with pytest.raises(ValueProblem) as info:
        parse_amount(cell)  # type: ignore[arg-type]
    assert words in info.value.message


# -- stages --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("names", "stage", "status"),
    [
        # Salesforce's default opportunity stages
        (("Prospecting",), "P2", "open"),
        (("Qualification", "Needs Analysis"), "P3", "open"),
        (("Value Proposition", "Id. Decision Makers"), "P4", "open"),
        (("Perception Analysis", "Proposal/Price Quote"), "P5", "open"),
        (("Negotiation/Review",), "P6", "open"),
        (("Closed Won",), "P7", "won"),
        (("Closed Lost",), None, "lost"),
        # HubSpot's default pipeline, internal ids and labels
        (("appointmentscheduled", "Appointment Scheduled"), "P2", "open"),
        (("qualifiedtobuy", "Qualified To Buy"), "P3", "open"),
        (("presentationscheduled", "Presentation Scheduled"), "P4", "open"),
        (("decisionmakerboughtin", "Decision Maker Bought-In"), "P5", "open"),
        (("contractsent", "Contract Sent"), "P6", "open"),
        (("closedwon",), "P7", "won"),
        (("closedlost",), None, "lost"),
        # Odoo
        (("New",), "P2", "open"),
        (("Qualified",), "P3", "open"),
        (("Proposition",), "P5", "open"),
        (("Won",), "P7", "won"),
        # Pipedrive
        (("Lead In",), "P2", "open"),
        (("Contact Made",), "P3", "open"),
        (("Demo Scheduled",), "P4", "open"),
        (("Proposal Made",), "P5", "open"),
        (("Negotiations Started",), "P6", "open"),
        # Chinese CRMs
        (("线索", "初步接触"), "P2", "open"),
        (("需求确认", "有效商机"), "P3", "open"),
        (("方案", "初步认可"), "P4", "open"),
        (("立项", "招投标", "招标", "投标"), "P5", "open"),
        (("商务谈判",), "P6", "open"),
        (("签约", "回款"), "P7", "open"),
        (("赢单", "成交"), "P7", "won"),
        (("输单", "丢单"), None, "lost"),
        (("搁置",), None, "shelved"),
        # localised exports: Salesforce and HubSpot in Chinese, 销售易, Dynamics 365, Zoho
        (("勘察", "已安排预约", "初步接洽"), "P2", "open"),
        (("资格审查", "有资格购买", "需求确定", "Qualify"), "P3", "open"),
        (("价值主张", "确定决策者", "Identify Decision Makers", "Develop"), "P4", "open"),
        (("感知分析", "提案/报价", "决策者已认同", "方案/报价", "Propose"), "P5", "open"),
        (("谈判/审查", "合同已发送", "谈判审核", "Close"), "P6", "open"),
        (("结束并成交",), "P7", "won"),
        (("结束但未成交", "Closed-Lost to Competition"), None, "lost"),
        # the method's own names and codes
        (("P1", "p1", "定位目标客户群", "Target the customer group"), "P1", "open"),
        (("P5", "P5 赢得认可并引导招标", "P5 - Win approval and steer the tender"), "P5", "open"),
        (("将线索转为有效商机", "Turn the lead into a valid opportunity"), "P3", "open"),
        (("回款成交",), "P7", "open"),
    ],
)
def test_stage_names_of_common_crms_map_onto_the_method(
    names: tuple[str, ...], stage: str | None, status: str
) -> None:
    for name in names:
        assert parse_stage(name) == (stage, status), name
        assert parse_stage(f"  {name.upper()} ") == (stage, status), name


def test_stage_names_are_data_with_a_meaning_for_each_entry() -> None:
    seen: dict[str, tuple[str | None, str]] = {}
    for meaning, names in STAGE_NAMES.items():
        for name in names:
            assert parse_stage(name) == meaning, name
            seen[name] = meaning
    assert len(seen) > 150


def test_a_stage_nobody_knows_is_a_problem() -> None:
    with pytest.raises(ValueProblem) as info:
        parse_stage("Stage 42 of the moon")
    assert info.value.params == {"value": "Stage 42 of the moon"}
    assert "P1 to P7" in info.value.message
    with pytest.raises(ValueProblem):
        parse_stage("P8")
    with pytest.raises(ValueProblem):
        parse_stage("")


# -- yes / no -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "value"),
    [
        ("yes", True),
        ("Y", True),
        ("TRUE", True),
        ("1", True),
        ("是", True),
        ("√", True),
        (True, True),
        (1, True),
        (1.0, True),
        ("no", False),
        ("N", False),
        ("false", False),
        ("0", False),
        ("否", False),
        (False, False),
        (0, False),
    ],
)
def test_yes_and_no_in_english_chinese_and_numbers(cell: object, value: bool) -> None:
    assert parse_flag(cell) is value  # type: ignore[arg-type]


@pytest.mark.parametrize("cell", ["maybe", "2", 2, "", None])
def test_neither_yes_nor_no_is_a_problem(cell: object) -> None:
    with pytest.raises(ValueProblem) as info:
        parse_flag(cell)  # type: ignore[arg-type]
    assert "neither yes nor no" in info.value.message
