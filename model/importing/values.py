"""Turning one imported cell into a value: text, day, amount, stage, yes/no.

Each parser takes a :data:`~model.importing.sources.Cell` (a CSV string or an
XLSX cell as typed) and either returns the value or raises
:class:`ValueProblem`, whose template says in the user's words what is wrong
with the value (the desktop translates it like any domain error).

The vocabularies (stage names of common CRMs in English and Chinese, currency
signs, yes/no words) are data at the top of the module.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import lru_cache
from typing import Literal

from model.currencies import is_currency
from model.errors import DomainError
from model.importing.sources import Cell

DayOrder = Literal["ymd", "mdy", "dmy"]


class ValueProblem(DomainError):
    """A cell's value cannot be read as what its column holds."""


# -- text ----------------------------------------------------------------------------------


def as_text(cell: Cell) -> str:
    """The cell as text, trimmed; a number keeps all its digits and no ``.0`` or exponent.

    >>> as_text(13800138000), as_text(13800138000.0), as_text(1.38001380e10)
    ('13800138000', '13800138000', '13800138000')
    >>> as_text(4.403011990010113e17), as_text(0.1), as_text(1e-7), as_text(None)
    ('440301199001011000', '0.1', '0.0000001', '')
    >>> as_text("  x  ")
    'x'
    >>> as_text(datetime(2027, 1, 5)), as_text(True)
    ('2027-01-05', 'TRUE')
    """
    if type(cell) is str:
        return cell.strip()
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "TRUE" if cell else "FALSE"
    if isinstance(cell, int):
        return str(cell)
    if isinstance(cell, float):
        if not math.isfinite(cell):
            return str(cell)
        if cell.is_integer():
            if abs(cell) < 1e15:
                return str(int(cell))
            # Past 15 digits a double's digits are noise: say it as a spreadsheet shows it.
            return str(int(Decimal(format(cell, ".15g"))))
        text = repr(cell)
        if "e" in text:
            text = format(Decimal(text), "f")
        return text
    if isinstance(cell, datetime):
        if cell.hour == cell.minute == cell.second == cell.microsecond == 0:
            return cell.date().isoformat()
        return cell.isoformat(" ")
    if isinstance(cell, date):
        return cell.isoformat()
    return str(cell).strip()


def normalise(text: str) -> str:
    """Case, width and punctuation folded away, for looking words up.

    >>> normalise("Id. Decision Makers"), normalise("ＡＢＣ－１"), normalise("赢 单")
    ('iddecisionmakers', 'abc1', '赢单')
    """
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _shown(cell: Cell) -> str:
    """The value as quoted in a message (long text cut)."""
    text = as_text(cell)
    return text if len(text) <= 60 else text[:57] + "…"


# -- days ----------------------------------------------------------------------------------

_FIRST_YEAR, _LAST_YEAR = 1900, 2199
_EXCEL_1900 = date(1899, 12, 30)  # serial 61 is 1900-03-01: Excel counts a 29 February 1900
_EXCEL_1904 = date(1904, 1, 1)
_MAX_SERIAL = 2958465  # 9999-12-31 in the 1900 system

_YEAR_FIRST = re.compile(
    r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?(?:$|[\sT])"
)
_YEAR_LAST = re.compile(r"(\d{1,2})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})(?:$|[\sT,])")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})$")
_NAMED_MONTH_FIRST = re.compile(
    r"([a-z]{3,9})\.?\s*(\d{1,2})(?:st|nd|rd|th)?\s*,?\s*(\d{4})(?:$|[\sT,])"
)
_DAY_FIRST_NAMED = re.compile(
    r"(\d{1,2})(?:st|nd|rd|th)?[\s\-/.]*([a-z]{3,9})\.?[\s\-/.,]*(\d{4}|\d{2})(?:$|[\sT,])"
)
_MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}


def excel_day(serial: float, date_system: int = 1900) -> date:
    """The day of an Excel serial number in the workbook's date system.

    >>> excel_day(46392), excel_day(44930, 1904)
    (datetime.date(2027, 1, 5), datetime.date(2027, 1, 5))
    >>> excel_day(61), excel_day(59)
    (datetime.date(1900, 3, 1), datetime.date(1900, 2, 28))
    """
    if not math.isfinite(serial):
        raise ValueProblem("'{value}' is not a date.", value=_shown(serial))
    whole = math.floor(serial)
    if date_system == 1904:
        if not 0 <= whole <= _MAX_SERIAL - 1462:
            raise ValueProblem(
                "{value} is not a date: as an Excel day number it is out of range.",
                value=_shown(serial),
            )
        return _EXCEL_1904 + timedelta(days=whole)
    if not 1 <= whole <= _MAX_SERIAL:
        raise ValueProblem(
            "{value} is not a date: as an Excel day number it is out of range.",
            value=_shown(serial),
        )
    if whole == 60:
        raise ValueProblem(
            "{value} is Excel's 29 February 1900, a day that never was.", value=_shown(serial)
        )
    if whole < 60:
        return _EXCEL_1900 + timedelta(days=whole + 1)
    return _EXCEL_1900 + timedelta(days=whole)


def _day(cell: Cell, year: int, month: int, day: int) -> date:
    if not _FIRST_YEAR <= year <= _LAST_YEAR:
        raise ValueProblem(
            "'{value}' is not a date this import accepts: the year {year} is out of range.",
            value=_shown(cell),
            year=year,
        )
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueProblem(
            "'{value}' is not a day of the calendar (year {year}, month {month}, day {day}).",
            value=_shown(cell),
            year=year,
            month=month,
            day=day,
        ) from None


def _full_year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 70 else 1900
    return year


def parse_day(cell: Cell, *, order: DayOrder = "ymd", date_system: int = 1900) -> date:
    """A day from a date cell, an Excel serial number or text.

    Text may be ISO (``2027-01-05``, with a time after it), ``2027/1/5``,
    ``2027年1月5日``, ``20270105``, ``Jan 5, 2027`` / ``5 Jan 2027``, or
    ``1/5/2027`` read as ``order`` says (``mdy``: 5 January; ``dmy``: 1 May; under
    ``ymd`` only when one of the two numbers is over 12).

    >>> parse_day("2027年1月5日"), parse_day("1/5/2027", order="mdy")
    (datetime.date(2027, 1, 5), datetime.date(2027, 1, 5))
    >>> parse_day("05.01.2027", order="dmy"), parse_day(46392.5)
    (datetime.date(2027, 1, 5), datetime.date(2027, 1, 5))
    """
    if isinstance(cell, str):
        text = cell.strip()
        if len(text) == 10 and text[4] == "-" and text[7] == "-":
            try:
                return _in_range(cell, date.fromisoformat(text))
            except ValueError:
                pass
        return _text_day(cell, text, order, date_system)
    if isinstance(cell, datetime):
        return _in_range(cell, cell.date())
    if isinstance(cell, date):
        return _in_range(cell, cell)
    if isinstance(cell, bool) or cell is None:
        raise ValueProblem("'{value}' is not a date.", value=_shown(cell))
    if isinstance(cell, int) and 19000101 <= cell <= 21991231:
        return _text_day(cell, str(cell), order, date_system)
    return excel_day(cell, date_system)


def _in_range(cell: Cell, day: date) -> date:
    if not _FIRST_YEAR <= day.year <= _LAST_YEAR:
        raise ValueProblem(
            "'{value}' is not a date this import accepts: the year {year} is out of range.",
            value=_shown(cell),
            year=day.year,
        )
    return day


def _text_day(cell: Cell, text: str, order: DayOrder, date_system: int = 1900) -> date:
    if not text:
        raise ValueProblem("The date is empty.")
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    if m := _YEAR_FIRST.match(text + " "):
        return _day(cell, int(m[1]), int(m[2]), int(m[3]))
    if m := _YEAR_LAST.match(text + " "):
        a, b, year = int(m[1]), int(m[3]), _full_year(m[4])
        if a > 12 >= b:
            order = "dmy"
        elif b > 12 >= a:
            order = "mdy"
        elif order == "ymd" and a <= 12 and b <= 12:
            raise ValueProblem(
                "'{value}' could be read month first or day first: say which order "
                "the file's dates use.",
                value=_shown(cell),
            )
        return _day(cell, year, a, b) if order == "mdy" else _day(cell, year, b, a)
    if m := _COMPACT.match(text):
        return _day(cell, int(m[1]), int(m[2]), int(m[3]))
    lower = text.lower() + " "
    if (m := _NAMED_MONTH_FIRST.match(lower)) and m[1] in _MONTHS:
        return _day(cell, int(m[3]), _MONTHS[m[1]], int(m[2]))
    if (m := _DAY_FIRST_NAMED.match(lower)) and m[2] in _MONTHS:
        return _day(cell, _full_year(m[3]), _MONTHS[m[2]], int(m[1]))
    try:
        number = float(text)
    except ValueError:
        number = math.nan
    if math.isfinite(number) and number > 0 and text.replace(".", "", 1).isdigit():
        return excel_day(number, date_system)
    raise ValueProblem(
        "'{value}' is not a date: write it as 2027-01-05, 2027/1/5, 2027年1月5日 or 1/5/2027.",
        value=_shown(cell),
    )


def guess_day_order(cells: Iterable[Cell]) -> DayOrder:
    """The order of a column's dates: ``mdy`` or ``dmy`` when they put the year last, else ``ymd``.

    A number over 12 decides (13/1/2027 is day first); undecided year-last dates
    are taken as month first, as US exports (Salesforce, HubSpot) write them.

    >>> guess_day_order(["1/5/2027", "12/31/2027"]), guess_day_order(["31.12.2027"])
    ('mdy', 'dmy')
    >>> guess_day_order(["2027-01-05", None, 46392])
    'ymd'
    """
    month_first = day_first = year_last = 0
    for cell in cells:
        if type(cell) is not str:
            continue
        m = _YEAR_LAST.match(cell.strip() + " ")
        if not m:
            continue
        year_last += 1
        a, b = int(m[1]), int(m[3])
        if a > 12 >= b:
            day_first += 1
        elif b > 12 >= a:
            month_first += 1
    if not year_last:
        return "ymd"
    return "dmy" if day_first > month_first else "mdy"


# -- amounts -------------------------------------------------------------------------------

_UNITS: dict[str, tuple[str | None, float]] = {
    # token (lower case, no spaces) -> (currency, multiplier)
    "¥": ("CNY", 1.0),
    "￥": ("CNY", 1.0),
    "元": ("CNY", 1.0),
    "人民币": ("CNY", 1.0),
    "rmb": ("CNY", 1.0),
    "人民币元": ("CNY", 1.0),
    "万": (None, 1e4),
    "万元": ("CNY", 1e4),
    "万人民币": ("CNY", 1e4),
    "¥万": ("CNY", 1e4),
    "亿": (None, 1e8),
    "亿元": ("CNY", 1e8),
    "千元": ("CNY", 1e3),
    "$": ("USD", 1.0),
    "us$": ("USD", 1.0),
    "美元": ("USD", 1.0),
    "万美元": ("USD", 1e4),
    "hk$": ("HKD", 1.0),
    "港币": ("HKD", 1.0),
    "港元": ("HKD", 1.0),
    "s$": ("SGD", 1.0),
    "a$": ("AUD", 1.0),
    "c$": ("CAD", 1.0),
    "nt$": ("TWD", 1.0),
    "€": ("EUR", 1.0),
    "欧元": ("EUR", 1.0),
    "万欧元": ("EUR", 1e4),
    "£": ("GBP", 1.0),
    "英镑": ("GBP", 1.0),
    "日元": ("JPY", 1.0),
    "₩": ("KRW", 1.0),
    "₹": ("INR", 1.0),
    "chf": ("CHF", 1.0),
}
"""Currency signs and words before or after an amount, and the Chinese 万 / 亿 units."""

_AMOUNT = re.compile(
    r"(?P<open>[(（]?)\s*(?P<neg>[-−]?)\s*(?P<pre>[^\d\s.,()（）+\-−]*)\s*(?P<neg2>[-−]?)\s*"
    r"(?P<num>\d[\d.,'’\s]*)(?P<post>[^\d()（）]*?)\s*(?P<close>[)）]?)$"
)
_GROUPED = re.compile(r"\d{1,3}(?:[,.'’ ]\d{3})+")


@lru_cache(maxsize=512)
def _known_unit(token: str) -> tuple[str | None, float] | None:
    if token in _UNITS:
        return _UNITS[token]
    if is_currency(token.upper()):
        return token.upper(), 1.0
    # A code and a unit, as "USD万" or "万USD".
    for prefix in ("万", "亿"):
        rest = (
            token.removeprefix(prefix) if token.startswith(prefix) else token.removesuffix(prefix)
        )
        if rest != token and is_currency(rest.upper()):
            return rest.upper(), _UNITS[prefix][1]
    return None


def _unit(token: str, cell: Cell) -> tuple[str | None, float]:
    if not token:
        return None, 1.0
    token = "".join(token.split()).lower()
    found = _known_unit(token) if token else (None, 1.0)
    if found is None:
        raise ValueProblem(
            "'{value}' is not an amount: '{text}' is not a currency sign or unit this import "
            "knows.",
            value=_shown(cell),
            text=token,
        )
    return found


def _marks(digits: str, decimal: str) -> tuple[str, str]:
    """(decimal mark, thousands mark) of a number's digits.

    ``decimal`` is the file's usual decimal mark; it decides a lone mark before
    three digits: "1,234" and "2.000" are thousands unless written with the
    file's own decimal mark.
    """
    other = "." if decimal == "," else ","
    commas, dots = digits.count(","), digits.count(".")
    if commas and dots:
        return (",", ".") if digits.rfind(",") > digits.rfind(".") else (".", ",")
    if not commas and not dots:
        return decimal, other
    mark = "," if commas else "."
    flip = "." if mark == "," else ","
    if commas > 1 or dots > 1:
        return flip, mark
    three = len(digits) - digits.find(mark) - 1 == 3
    if mark == decimal or not three:
        return mark, flip
    return flip, mark


def _number(digits: str, cell: Cell, decimal: str = ".") -> float:
    """A number written with thousands separators and a decimal point or comma."""
    digits = digits.replace(" ", "").replace("'", "").replace("’", "")
    decimal_mark, group = _marks(digits, decimal)
    if decimal_mark in digits:
        whole, _, fraction = digits.rpartition(decimal_mark)
    else:
        whole, fraction = digits, ""
    if group in whole and not _GROUPED.fullmatch(whole):
        raise ValueProblem(
            "'{value}' is not an amount: its digits are not grouped by thousands.",
            value=_shown(cell),
        )
    if not fraction.isdigit() and fraction:
        raise ValueProblem("'{value}' is not an amount.", value=_shown(cell))
    plain = whole.replace(group, "") + ("." + fraction if fraction else "")
    try:
        return float(plain)
    except ValueError:
        raise ValueProblem("'{value}' is not an amount.", value=_shown(cell)) from None


def parse_amount(cell: Cell, *, decimal: str = ".") -> tuple[float, str | None]:
    """``(amount, ISO currency or None)`` from a number or text with separators and signs.

    >>> parse_amount("¥1,234.50"), parse_amount("1.234,50 €"), parse_amount("12.5万元")
    ((1234.5, 'CNY'), (1234.5, 'EUR'), (125000.0, 'CNY'))
    >>> parse_amount("RMB 2,000"), parse_amount("(1,000)"), parse_amount(3)
    ((2000.0, 'CNY'), (-1000.0, None), (3.0, None))
    """
    if type(cell) is not str:
        if isinstance(cell, bool | date | str) or cell is None:
            raise ValueProblem("'{value}' is not an amount.", value=_shown(cell))
        value = float(cell)
        if not math.isfinite(value):
            raise ValueProblem("'{value}' is not an amount.", value=_shown(cell))
        return value, None
    text = cell.strip()
    if not text:
        raise ValueProblem("The amount is empty.")
    if (
        text[0].isdigit()
        and text[-1].isdigit()
        and "_" not in text
        and (decimal == "." or "." not in text)
    ):
        try:
            return float(text), None
        except ValueError:
            pass
    try:
        return _amount(text, cell, decimal)
    except ValueProblem:
        if text.isascii():
            raise
        wide = unicodedata.normalize("NFKC", text)  # full-width digits and marks
        if wide == text:
            raise
        return _amount(wide, cell, decimal)


def _amount(text: str, cell: Cell, decimal: str) -> tuple[float, str | None]:
    m = _AMOUNT.match(text)
    if not m:
        raise ValueProblem("'{value}' is not an amount.", value=_shown(cell))
    before, scale_before = _unit(m["pre"], cell)
    after, scale_after = _unit(m["post"], cell)
    if before and after and before != after:
        raise ValueProblem(
            "'{value}' names two currencies, {first} and {second}.",
            value=_shown(cell),
            first=before,
            second=after,
        )
    if bool(m["open"]) != bool(m["close"]):
        raise ValueProblem(
            "'{value}' is not an amount: a bracket is not closed.", value=_shown(cell)
        )
    value = _number(m["num"].strip(), cell, decimal) * scale_before * scale_after
    if m["open"] or m["neg"] or m["neg2"]:
        value = -value
    return value, before or after


_LAST_MARK = re.compile(r"[.,](\d+)\D*$")


def guess_decimal_mark(cells: Iterable[Cell]) -> Literal[".", ","]:
    """The decimal mark a column of amounts uses: ``","`` for 1.234,50 or 12,5; else ``"."``.

    >>> guess_decimal_mark(["1.234,50 €", "2.000"]), guess_decimal_mark(["$1,234.50", "2,000"])
    (',', '.')
    """
    comma = point = 0
    for cell in cells:
        if type(cell) is not str or ("," not in cell and "." not in cell):
            continue
        m = _LAST_MARK.search(cell)
        if not m:
            continue
        mark = cell[m.start()]
        if len(m[1]) != 3 or ("," in cell and "." in cell):
            if mark == ",":
                comma += 1
            else:
                point += 1
    return "," if comma > point else "."


# -- stages --------------------------------------------------------------------------------

_OPEN, _WON, _LOST, _SHELVED = "open", "won", "lost", "shelved"

# fmt: off
STAGE_NAMES: dict[tuple[str | None, str], tuple[str, ...]] = {
    # (stage, status): names as CRMs write them; looked up case-, space- and
    # punctuation-blind (normalise), so "Closed Won" also matches "closedwon".
    # The method's stages (P1..P7), in the app's own words
    ("P1", _OPEN): (
        "P1", "Target the customer group", "Target customer group", "Targeting", "Target",
        "Suspect", "定位目标客户群", "目标客户", "目标客户群", "目标",
    ),
    ("P2", _OPEN): (
        # Salesforce in Chinese, HubSpot in Chinese, 销售易 / 纷享销客
        "勘察", "已安排预约", "初步接洽", "初步洽谈", "验证客户",
        "P2", "Mine leads", "Lead", "Leads", "New lead", "Prospecting", "Prospect",
        "Appointment scheduled", "Appointmentscheduled", "New", "Lead In", "Lead-in",
        "Initial contact", "First contact", "Contacted", "Discovery", "挖掘销售线索", "线索",
        "销售线索", "潜在客户", "初步接触", "初次接触", "初步沟通", "初访", "接触", "首次拜访",
        "意向客户",
    ),
    ("P3", _OPEN): (
        "资格审查", "有资格购买", "需求确定", "Qualify",
        "P3", "Turn the lead into a valid opportunity", "Valid opportunity", "Qualification",
        "Qualified", "Qualified to buy", "Qualifiedtobuy", "Needs Analysis", "Needs defined",
        "Needs assessment", "Contact Made", "Opportunity", "Sales qualified lead", "SQL",
        "将线索转为有效商机", "有效商机", "商机确认", "需求确认", "需求分析", "需求调研",
        "需求沟通", "验证商机", "商机", "确认需求",
    ),
    ("P4", _OPEN): (
        "价值主张", "确定决策者", "已安排演示", "Identify Decision Makers", "Develop",
        "P4", "Initial customer approval", "Initial approval", "Value Proposition",
        "Id. Decision Makers", "Presentation scheduled", "Presentationscheduled", "Demo Scheduled",
        "Demo", "Solution", "Solution presentation", "Technical evaluation", "获得客户初步认可",
        "初步认可", "方案", "方案交流", "方案汇报", "方案演示", "产品演示", "演示", "技术交流",
        "方案设计", "方案制定", "测试", "试用", "POC",
    ),
    ("P5", _OPEN): (
        "感知分析", "提案/报价", "决策者已认同", "Propose",
        "P5", "Win approval and steer the tender", "Perception Analysis", "Proposal",
        "Proposal/Price Quote", "Price Quote", "Quote", "Quotation", "Proposition", "Proposal Made",
        "Decision maker bought-in", "Decisionmakerboughtin", "Tender", "Bidding", "Bid", "RFP",
        "赢得认可并引导招标", "赢取认可并引导招标", "赢取认可", "引导招标", "立项", "项目立项",
        "招投标", "招标", "投标", "报价", "方案报价", "提交方案", "商务报价", "决策", "评标",
    ),
    ("P6", _OPEN): (
        "谈判/审查", "合同已发送", "谈判审核", "Close",
        "P6", "Business negotiation", "Negotiation", "Negotiation/Review", "Review",
        "Negotiations Started", "Contract sent", "Contractsent", "Contract", "Commit", "Closing",
        "商务谈判", "谈判", "合同谈判", "议价", "中标", "合同审批", "合同流程",
    ),
    ("P7", _OPEN): (
        "P7", "Payment and close", "Contract signed", "Signed", "Invoicing", "Payment", "回款成交",
        "签约", "合同签订", "已签约", "签订合同", "回款", "待回款", "执行", "实施",
    ),
    ("P7", _WON): (
        "结束并成交", "Closed/Won",
        "Won", "Closed Won", "Closedwon", "Win", "Closed - Won", "Deal won", "Success", "赢单",
        "成交", "已成交", "赢", "成功", "已赢单", "签单", "已回款", "结单",
    ),
    (None, _LOST): (
        "结束但未成交", "交易失败", "Closed-Lost to Competition", "Closed/Lost",
        "Lost", "Closed Lost", "Closedlost", "Loss", "Closed - Lost", "Deal lost", "Dead", "Lose",
        "输单", "丢单", "失败", "输", "已输单", "已丢单", "赢单失败", "失单", "落标", "未中标",
    ),
    (None, _SHELVED): (
        "Shelved", "On hold", "Paused", "Suspended", "Closed - Inactive", "Dormant", "搁置", "暂停",
        "挂起", "冻结", "暂缓",
    ),
    (None, _OPEN): ("Open", "In progress", "Active", "进行中", "跟进中", "未关闭"),
}
# fmt: on
"""Stage names of the method and of common CRMs (Salesforce, HubSpot, Odoo,
Pipedrive, Chinese CRMs) by what they mean in the method's funnel:
P2 leads and first contact, P3 the five elements confirmed, P4 the solution
presented and approved by KI/KU, P5 the decision makers won and the tender or
proposal steered, P6 business negotiation and contract, P7 signed, payment.
Won is P7 (the method's close); lost and shelved keep whatever stage the deal had."""

_STAGES: dict[str, tuple[str | None, str]] = {
    normalise(name): key for key, names in STAGE_NAMES.items() for name in names
}
_STAGE_PREFIX = re.compile(r"p([1-7])(?!\d)")


@lru_cache(maxsize=2048)
def _stage_of(text: str) -> tuple[str | None, str] | None:
    key = normalise(text)
    if key in _STAGES:
        return _STAGES[key]
    # "P3 有效商机", "P3 - Valid opportunity", "3. Needs Analysis", "阶段：方案"
    if m := _STAGE_PREFIX.match(key):
        return f"P{m[1]}", _OPEN
    stripped = key.lstrip("0123456789")
    if stripped != key and stripped in _STAGES:
        return _STAGES[stripped]
    for noise in ("阶段", "stage", "deal"):
        trimmed = key.removeprefix(noise).removesuffix(noise)
        if trimmed != key and trimmed in _STAGES:
            return _STAGES[trimmed]
    return None


def parse_stage(cell: Cell) -> tuple[str | None, str | None]:
    """``(stage, status)`` of a name: ``("P3", "open")``, ``("P7", "won")``, ``(None, "lost")``.

    >>> parse_stage("Needs Analysis"), parse_stage("closedwon"), parse_stage("输单")
    (('P3', 'open'), ('P7', 'won'), (None, 'lost'))
    >>> parse_stage("P5 赢得认可并引导招标"), parse_stage("商务谈判")
    (('P5', 'open'), ('P6', 'open'))
    """
    text = cell.strip() if type(cell) is str else as_text(cell)
    if not text:
        raise ValueProblem("The stage is empty.")
    found = _stage_of(text)
    if found is None:
        raise ValueProblem(
            "'{value}' is not a stage this import knows: use P1 to P7, won or lost, or a "
            "stage name of a common CRM.",
            value=_shown(cell),
        )
    return found


# -- yes / no ------------------------------------------------------------------------------

# fmt: off
FLAG_WORDS: dict[bool, tuple[str, ...]] = {
    True: (
        "yes", "y", "true", "t", "1", "x", "✓", "✔", "on", "checked", "ja", "oui", "si", "是", "对",
        "有", "已", "√", "真", "是的",
    ),
    False: (
        "no", "n", "false", "f", "0", "off", "unchecked", "-", "nein", "non", "否", "不", "无",
        "没有", "未", "×", "假", "不是",
    ),
}
# fmt: on
_FLAGS: dict[str, bool] = {
    word.casefold(): value for value, words in FLAG_WORDS.items() for word in words
}


def parse_flag(cell: Cell) -> bool:
    """Yes or no: yes/no, true/false, 1/0, Y/N, 是/否 (Excel's TRUE/FALSE cells as they are).

    >>> parse_flag("是"), parse_flag("N"), parse_flag(1.0), parse_flag(True)
    (True, False, True, True)
    """
    if isinstance(cell, bool):
        return cell
    if isinstance(cell, int | float) and cell in (0, 1):
        return bool(cell)
    text = as_text(cell)
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    found = _FLAGS.get(text.casefold())
    if found is None:
        raise ValueProblem(
            "'{value}' is neither yes nor no: write yes or no, 1 or 0, 是 or 否.",
            value=_shown(cell),
        )
    return found
