"""Write the import fixture files of this folder (run it again after changing a fixture).

    .venv/bin/python tests/data/import/make_fixtures.py

The files are committed, so the tests read fixed bytes; this script says how each
was made: which encoding, which delimiter, which cells are numbers, which
workbook uses the 1904 date system. Their contents look like exports of other
CRMs (Salesforce, HubSpot, Odoo, Pipedrive, Chinese CRMs); every company,
person and number in them is made up.
"""

from __future__ import annotations

import codecs
from datetime import date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent

# A name with 㐀 (CJK extension A): GB18030 encodes it, GBK does not, so the file
# proves it was read as GB18030 and not as GBK.
GB_ACCOUNTS = [
    ["客户名称", "统一社会信用代码", "行业", "地区", "企业性质", "规模", "负责人", "备注"],
    [
        "华为技术有限公司",
        "914403001922038216",
        "通信",
        "广东/深圳",
        "民营企业",
        "特大型",
        "张伟",
        "",
    ],
    [
        "深圳市㐀光科技有限公司",
        "91440300MA5FXT4K2L",
        "制造",
        "广东/深圳",
        "民企",
        "中型",
        "李娜",
        "老客户",
    ],
    ["中国石油化工股份有限公司", "91110000710926094P", "能源", "北京", "国企", "特大", "王芳", ""],
    ["上海交通大学附属医院", "12310000425006117X", "医疗", "上海", "事业单位", "大型", "张伟", ""],
    [
        "苏州西门子电器有限公司",
        "913205947406592011",
        "制造",
        "江苏/苏州",
        "合资",
        "大型",
        "李娜",
        "",
    ],
]

BOM_PEOPLE = [
    ["姓名", "客户名称", "职务", "部门", "手机", "邮箱", "角色", "支持度", "身份证号"],
    [
        "赵强",
        "华为技术有限公司",
        "采购总监",
        "采购部",
        "13800138000",
        "zhao@example.cn",
        "关键决策人",
        "2",
        "110105199001011234",
    ],
    [
        "钱敏",
        "华为技术有限公司",
        "IT经理",
        "信息中心",
        "013912345678",
        "qian@example.cn",
        "KI",
        "1",
        "11010519850203123X",
    ],
    [
        "孙丽",
        "中国石油化工股份有限公司",
        "工程师",
        "信息中心",
        "+86 139 0000 1111",
        "sun@example.cn",
        "使用者",
        "中立",
        "440301198807150021",
    ],
]

# Salesforce opportunities, as a European Excel saves them: semicolons, decimal
# commas, day.month.year dates.
SEMICOLON_DEALS = [
    ["Opportunity Name", "Account Name", "Amount", "Close Date", "Stage", "Opportunity Owner"],
    ["MES rollout", "Siemens AG", "1.234,50 €", "05.01.2027", "Prospecting", "Anna Weber"],
    ["Plant 2 upgrade", "Siemens AG", "€ 12.000", "31.12.2027", "Qualification", "Anna Weber"],
    ["Data platform", "BASF SE", "EUR 7.500,00", "15.03.2027", "Needs Analysis", "Jonas Roth"],
    ["Retrofit; phase 2", "BASF SE", "2.000", "01.02.2027", "Value Proposition", "Jonas Roth"],
    ["Audit", "Bosch GmbH", "990", "28.02.2027", "Id. Decision Makers", "Anna Weber"],
    ["Security", "Bosch GmbH", "3.300,00", "10.04.2027", "Perception Analysis", "Anna Weber"],
    ["Cloud move", "SAP SE", "45.000", "11.05.2027", "Proposal/Price Quote", "Jonas Roth"],
    ["ERP support", "SAP SE", "8.800", "12.06.2027", "Negotiation/Review", "Jonas Roth"],
    ["Old ERP", "Bayer AG", "5.000", "13.07.2026", "Closed Won", "Anna Weber"],
    ["Lost bid", "Bayer AG", "6.000", "14.08.2026", "Closed Lost", "Anna Weber"],
]

# HubSpot deals export: tabs, US month/day dates, dollar amounts, internal stage ids.
TAB_DEALS = [
    ["Deal Name", "Company name", "Deal Stage", "Close Date", "Amount", "Deal owner", "Record ID"],
    [
        "Acme CRM",
        "Acme Inc.",
        "appointmentscheduled",
        "1/5/2027",
        "$2,500.00",
        "Tom Lee",
        "9876543210123",
    ],
    ["Acme BI", "Acme Inc.", "qualifiedtobuy", "12/31/2027", "$10,000", "Tom Lee", "9876543210124"],
    [
        "Globex ERP",
        "Globex Corp",
        "presentationscheduled",
        "2/14/2027",
        "US$ 1,200.5",
        "Amy Wu",
        "9876543210125",
    ],
    [
        "Globex HR",
        "Globex Corp",
        "decisionmakerboughtin",
        "3/1/2027",
        "7500",
        "Amy Wu",
        "9876543210126",
    ],
    ["Initech", "Initech LLC", "contractsent", "4/30/2027", "$ 900", "Tom Lee", "9876543210127"],
    ["Umbrella", "Umbrella Co.", "closedwon", "5/15/2026", "$3,000", "Amy Wu", "9876543210128"],
    ["Hooli", "Hooli", "closedlost", "6/1/2026", "$4,000", "Tom Lee", "9876543210129"],
]

# A Chinese CRM's deals, UTF-8 without a byte order mark.
CHINESE_DEALS = [
    ["商机名称", "客户名称", "金额", "预计成交日期", "阶段", "负责人", "商机编号"],
    ["数据中心扩容", "华为技术有限公司", "¥1,234.50", "2027年1月5日", "线索", "张伟", "000123"],
    ["ERP升级", "华为技术有限公司", "12.5万元", "2027/2/1", "初步接触", "张伟", "000124"],
    [
        "安全加固",
        "中国石油化工股份有限公司",
        "RMB 2,000",
        "2027-03-15",
        "需求确认",
        "王芳",
        "000125",
    ],
    ["云迁移", "中国石油化工股份有限公司", "￥3,000元", "2027年4月1日", "方案", "王芳", "000126"],
    ["智慧医院", "上海交通大学附属医院", "50万", "2027.05.20", "立项", "李娜", "000127"],
    ["招标项目", "上海交通大学附属医院", "1,000,000", "2027年6月30日", "招投标", "李娜", "000128"],
    ["合同谈判中", "苏州西门子电器有限公司", "80000", "2027年7月1日", "商务谈判", "李娜", "000129"],
    ["已签约项目", "苏州西门子电器有限公司", "90,000.00", "2027年8月1日", "签约", "张伟", "000130"],
    ["去年大单", "华为技术有限公司", "200万元", "2026年9月1日", "赢单", "张伟", "000131"],
    ["丢掉的单", "华为技术有限公司", "10万元", "2026年10月1日", "输单", "张伟", "000132"],
]

# Odoo and Pipedrive stage names, pipe-delimited (a CRM's "custom delimiter" export).
PIPE_DEALS = [
    ["Opportunity", "Customer", "Expected Revenue", "Expected Closing", "Stage"],
    ["Odoo A", "Azure Interior", "1000", "2027-01-05", "New"],
    ["Odoo B", "Azure Interior", "2000", "2027-01-06", "Qualified"],
    ["Odoo C", "Deco Addict", "3000", "2027-01-07", "Proposition"],
    ["Odoo D", "Deco Addict", "4000", "2026-01-08", "Won"],
    ["Pipedrive A", "Gemini Furniture", "500", "2027-02-01", "Lead In"],
    ["Pipedrive B", "Gemini Furniture", "600", "2027-02-02", "Contact Made"],
    ["Pipedrive C", "Ready Mat", "700", "2027-02-03", "Demo Scheduled"],
    ["Pipedrive D", "Ready Mat", "800", "2027-02-04", "Proposal Made"],
    ["Pipedrive E", "Ready Mat", "900", "2027-02-05", "Negotiations Started"],
]


def _csv_text(rows: list[list[str]], delimiter: str) -> str:
    """Rows as CSV text, quoting only what needs it (as CRMs write it)."""

    def cell(value: str) -> str:
        if any(ch in value for ch in (delimiter, '"', "\n", "\r")):
            return '"' + value.replace('"', '""') + '"'
        return value

    return "".join(delimiter.join(cell(v) for v in row) + "\r\n" for row in rows)


def write_csv_files() -> None:
    (HERE / "gb18030_accounts.csv").write_bytes(_csv_text(GB_ACCOUNTS, ",").encode("gb18030"))
    gbk_only = [row for row in GB_ACCOUNTS if "㐀" not in row[0]]
    (HERE / "gbk_accounts.csv").write_bytes(_csv_text(gbk_only, ",").encode("gbk"))
    (HERE / "utf8_bom_people.csv").write_bytes(
        codecs.BOM_UTF8 + _csv_text(BOM_PEOPLE, ",").encode("utf-8")
    )
    (HERE / "semicolon_deals.csv").write_bytes(_csv_text(SEMICOLON_DEALS, ";").encode("utf-8-sig"))
    (HERE / "hubspot_deals.tsv").write_bytes(_csv_text(TAB_DEALS, "\t").encode("utf-8"))
    (HERE / "chinese_deals.csv").write_bytes(_csv_text(CHINESE_DEALS, ",").encode("utf-8"))
    (HERE / "pipe_deals.csv").write_bytes(_csv_text(PIPE_DEALS, "|").encode("utf-8"))
    # Excel's "sep=" line before the header.
    (HERE / "sep_line.csv").write_bytes(
        ("sep=;\r\n" + _csv_text(SEMICOLON_DEALS[:3], ";")).encode("utf-8")
    )
    # Broken rows among good ones: a line 4 with one cell too many (an unquoted
    # comma in an amount), line 5 with a cell missing, line 6 with a closing quote
    # followed by text, and a quoted value over two lines (lines 7-8).
    (HERE / "broken_rows.csv").write_bytes(
        (
            "商机名称,客户名称,金额,阶段\r\n"
            "好的一行,华为技术有限公司,100,线索\r\n"
            '带引号的,"华为技术有限公司, 深圳",200,方案\r\n'
            "多一列,华为技术有限公司,1,000,线索\r\n"
            "少一列,华为技术有限公司\r\n"
            '坏引号,"华为"技术,300,线索\r\n'
            '两行的,"中国石油化工\r\n股份有限公司",400,签约\r\n'
            "\r\n"
            "最后一行,中国石油化工股份有限公司,500,赢单\r\n"
        ).encode()
    )
    # A quote opened on line 3 and never closed: the rest would vanish into one cell.
    (HERE / "unterminated_quote.csv").write_bytes(
        b'Deal Name,Company name,Amount\r\nA,Acme,1\r\nB,"Acme,2\r\nC,Acme,3\r\nD,Acme,4\r\n'
    )
    # Neither UTF-8 nor GB18030: 0x80 and 0xFF never start a GB18030 character.
    (HERE / "not_text.csv").write_bytes(b"name,amount\r\nok,1\r\nbad\x80\xff,2\r\n")
    # Excel's "Unicode text": UTF-16 with its mark, tab-delimited.
    (HERE / "utf16_accounts.txt").write_bytes(
        codecs.BOM_UTF16_LE + _csv_text(GB_ACCOUNTS[:3], "\t").encode("utf-16-le")
    )


XLSX_HEADERS = [
    "商机名称",
    "客户名称",
    "金额",
    "预计成交日期",
    "阶段",
    "联系人手机",
    "统一社会信用代码",
    "序列号日期",
]


def _xlsx_rows() -> list[list[object]]:
    """Deals as a Chinese user's workbook holds them: typed cells, not text."""
    return [
        # phone as an int, the ID as a text cell, a real date cell, a bare serial number
        [
            "数据中心扩容",
            "华为技术有限公司",
            1234.5,
            date(2027, 1, 5),
            "线索",
            13800138000,
            "914403001922038216",
            None,
        ],
        # phone as a float (1.39e10), the ID with letters
        [
            "ERP升级",
            "华为技术有限公司",
            125000,
            date(2027, 2, 1),
            "需求确认",
            13912345678.0,
            "91440300MA5FXT4K2L",
            None,
        ],
        # an 18-digit ID stored as a number: Excel kept 15 digits
        [
            "安全加固",
            "中国石油化工股份有限公司",
            "RMB 2,000",
            datetime(2027, 3, 15, 14, 30),
            "赢单",
            13700001111,
            440301199001011234,
            None,
        ],
    ]


def write_xlsx(path: Path, *, date1904: bool) -> None:
    import openpyxl
    from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900

    book = openpyxl.Workbook()
    book.epoch = CALENDAR_MAC_1904 if date1904 else CALENDAR_WINDOWS_1900
    fixed = datetime(2026, 1, 1)
    book.properties.created = fixed
    book.properties.modified = fixed
    sheet = book.active
    sheet.title = "商机"
    sheet.append(XLSX_HEADERS)
    serial = 44930 if date1904 else 46392  # 2027-01-05 in each system, unformatted
    for number, row in enumerate(_xlsx_rows()):
        sheet.append([*row[:-1], serial + number])
    # The ID column is text, as a careful user formats it ("@").
    for (cell,) in sheet.iter_rows(min_row=2, min_col=7, max_col=7):
        if isinstance(cell.value, str):
            cell.number_format = "@"
    people = book.create_sheet("联系人")
    people.append(["姓名", "客户名称", "手机", "办公电话", "外部编号"])
    # phones as numbers (int and float), IDs: an 18-digit text cell, and one typed
    # as a number (Excel keeps 15 digits: it reads 440301199001011000)
    people.append(["赵强", "华为技术有限公司", 13800138000, 75528780808.0, "440301199001011234"])
    people.append(["钱敏", "华为技术有限公司", 13912345678.0, None, "91440300MA5FXT4K2L"])
    people.append(["孙丽", "中国石油化工股份有限公司", 13700001111, 1062345678, 440301199001011234])
    people.cell(row=2, column=5).number_format = "@"
    people.cell(row=3, column=5).number_format = "@"
    notes = book.create_sheet("说明")
    notes.append(["这个工作表说明导入的列。"])
    empty = book.create_sheet("Empty")
    del empty
    book.save(path)
    _float_phone(path)


def _float_phone(path: Path) -> None:
    """Write 钱敏's phone as Excel writes a number it holds as a double: 1.3912345678E10.

    openpyxl writes 13912345678.0 as ``13912345678``; a workbook saved by other
    tools may hold the exponent form, which reads back as a float.
    """
    import zipfile

    with zipfile.ZipFile(path) as source:
        entries = [(info, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in entries:
            if info.filename == "xl/worksheets/sheet2.xml":
                data = data.replace(b"<v>13912345678</v>", b"<v>1.3912345678E10</v>")
            target.writestr(info, data)


def main() -> None:
    write_csv_files()
    write_xlsx(HERE / "deals_1904.xlsx", date1904=True)
    write_xlsx(HERE / "deals_1900.xlsx", date1904=False)
    print(f"fixtures written to {HERE}")


if __name__ == "__main__":
    main()
