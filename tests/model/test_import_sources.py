"""Reading import files: encodings in their strict order, delimiters, lines, XLSX date systems.

The fixtures under tests/data/import are written by make_fixtures.py there.
"""

from __future__ import annotations

import codecs
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from model.importing.sources import (
    ImportFileError,
    SourceRow,
    read_source,
    sheet_names,
    sniff_delimiter,
)

DATA = Path(__file__).resolve().parents[1] / "data" / "import"


# -- encodings -------------------------------------------------------------------------------


def test_a_gb18030_file_is_read_as_gb18030_with_its_chinese_intact() -> None:
    table = read_source(DATA / "gb18030_accounts.csv")
    assert table.encoding == "gb18030"
    assert table.format == "csv" and table.delimiter == ","
    assert table.headers[:3] == ("客户名称", "统一社会信用代码", "行业")
    # 㐀 is outside GBK: only a GB18030 reading gets it back
    assert table.rows[1].cells[0] == "深圳市㐀光科技有限公司"
    assert table.rows[0].cells[1] == "914403001922038216"


def test_a_gbk_file_reads_as_gb18030_its_superset() -> None:
    raw = (DATA / "gbk_accounts.csv").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # the fixture really is not UTF-8
    table = read_source(DATA / "gbk_accounts.csv")
    assert table.encoding == "gb18030"
    assert [r.cells[0] for r in table.rows][:2] == ["华为技术有限公司", "中国石油化工股份有限公司"]


def test_utf8_with_a_bom_comes_first_and_the_bom_is_not_part_of_the_first_header() -> None:
    table = read_source(DATA / "utf8_bom_people.csv")
    assert table.encoding == "utf-8-sig"
    assert table.headers[0] == "姓名"
    assert table.rows[0].cells[:2] == ("赵强", "华为技术有限公司")


def test_utf8_without_bom_is_tried_before_gb18030(tmp_path: Path) -> None:
    # These UTF-8 bytes decode as GB18030 too (into other characters): the order
    # decides, and UTF-8 wins.
    raw = "名称,金额\n华为,1\n".encode()
    assert raw.decode("gb18030") != raw.decode("utf-8")
    path = tmp_path / "both.csv"
    path.write_bytes(raw)
    table = read_source(path)
    assert table.encoding == "utf-8"
    assert table.headers == ("名称", "金额") and table.rows[0].cells == ("华为", "1")
    assert read_source(DATA / "chinese_deals.csv").encoding == "utf-8"


def test_a_gb18030_file_that_is_utf8_for_its_first_64_kib_is_read_as_gb18030(
    tmp_path: Path,
) -> None:
    """The whole file decides the encoding, not the part the delimiter is sniffed from."""
    head = "name,note\n" + "".join(f"Acme {n},plain note\n" for n in range(4000))
    assert len(head) > 64 * 1024
    path = tmp_path / "late.csv"
    path.write_bytes(head.encode() + "华为技术有限公司,备注\n".encode("gb18030"))
    table = read_source(path)
    assert table.encoding == "gb18030" and table.delimiter == ","
    assert len(table.rows) == 4001
    assert table.rows[-1].cells == ("华为技术有限公司", "备注") and table.rows[-1].line == 4002


def test_a_file_in_no_known_encoding_is_refused_naming_the_file_and_the_byte_offset() -> None:
    with pytest.raises(ImportFileError) as info:
        read_source(DATA / "not_text.csv")
    assert info.value.params["file"] == "not_text.csv"
    assert info.value.params["offset"] == 22  # the 0x80 after "bad"
    assert "not_text.csv" in info.value.message and "22" in info.value.message


def test_an_encoding_given_is_used_strictly() -> None:
    with pytest.raises(ImportFileError) as info:
        read_source(DATA / "gb18030_accounts.csv", encoding="utf-8")
    assert info.value.params["encoding"] == "utf-8"
    assert isinstance(info.value.params["offset"], int)
    table = read_source(DATA / "gbk_accounts.csv", encoding="gbk")
    assert table.encoding == "gbk" and table.rows[0].cells[0] == "华为技术有限公司"
    with pytest.raises(ImportFileError):
        read_source(DATA / "gbk_accounts.csv", encoding="no-such-codec")


def test_utf16_with_its_mark_is_read_excel_unicode_text() -> None:
    table = read_source(DATA / "utf16_accounts.txt")
    assert table.encoding == "utf-16" and table.delimiter == "\t"
    assert table.rows[0].cells[0] == "华为技术有限公司"


# -- delimiters -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "delimiter", "columns"),
    [
        ("semicolon_deals.csv", ";", 6),
        ("hubspot_deals.tsv", "\t", 7),
        ("pipe_deals.csv", "|", 5),
        ("chinese_deals.csv", ",", 7),
    ],
)
def test_the_delimiter_is_sniffed(name: str, delimiter: str, columns: int) -> None:
    table = read_source(DATA / name)
    assert table.delimiter == delimiter
    assert len(table.headers) == columns
    assert all(len(r.cells) == columns for r in table.rows)


def test_a_quoted_delimiter_stays_in_its_value() -> None:
    table = read_source(DATA / "semicolon_deals.csv")
    assert table.rows[3].cells[0] == "Retrofit; phase 2"
    assert table.rows[0].cells[2] == "1.234,50 €"  # cells are never converted


def test_excels_sep_line_names_the_delimiter_and_is_not_the_header() -> None:
    table = read_source(DATA / "sep_line.csv")
    assert table.delimiter == ";"
    assert table.headers[0] == "Opportunity Name"
    assert table.header_line == 2
    assert [r.line for r in table.rows] == [3, 4]


def test_a_delimiter_given_overrides_the_sniffer(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("a;b,c\n1;2,3\n", encoding="utf-8")
    assert read_source(path).headers == ("a;b", "c")
    assert read_source(path, delimiter=";").headers == ("a", "b,c")
    with pytest.raises(ImportFileError):
        read_source(path, delimiter='"')


def test_sniffing_falls_back_to_the_header_then_to_a_comma() -> None:
    assert sniff_delimiter("名称|金额\n") == "|"
    assert sniff_delimiter("one column\nvalue\n") == ","
    # the sniffer alone would take the comma inside the values
    assert sniff_delimiter("a;b\n1,5;2,5\n3,5;4,5\n") == ";"


def test_csv_cells_stay_text_zeros_and_all() -> None:
    table = read_source(DATA / "chinese_deals.csv")
    assert table.rows[0].cells[-1] == "000123"
    assert all(isinstance(c, str) for r in table.rows for c in r.cells)


# -- lines and broken rows ---------------------------------------------------------------


def test_rows_keep_their_physical_line_and_blank_lines_are_skipped() -> None:
    table = read_source(DATA / "broken_rows.csv")
    assert [r.line for r in table.rows] == [2, 3, 4, 5, 6, 7, 10]
    two_lines = table.rows[5]
    assert two_lines.cells[1] == "中国石油化工\r\n股份有限公司"


def test_a_row_with_a_bad_quote_is_kept_as_a_problem_and_the_rest_still_reads() -> None:
    table = read_source(DATA / "broken_rows.csv")
    bad = table.rows[4]
    assert bad.line == 6 and bad.cells == () and "quote" in bad.problem
    assert table.rows[-1] == SourceRow(10, ("最后一行", "中国石油化工股份有限公司", "500", "赢单"))
    # rows with the wrong number of cells are read as they are (the converter rejects them)
    assert len(table.rows[2].cells) == 5 and len(table.rows[3].cells) == 2


def test_a_quote_never_closed_is_a_file_error_naming_its_line() -> None:
    with pytest.raises(ImportFileError) as info:
        read_source(DATA / "unterminated_quote.csv")
    assert info.value.params == {"file": "unterminated_quote.csv", "line": 3}
    assert "line 3" in info.value.message


def test_a_quote_never_closed_in_a_large_file_is_the_same_error(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    body = "".join(f"row {i},{i}\n" for i in range(20_000))
    path.write_text('name,amount\nfirst,1\nsecond,"2\n' + body, encoding="utf-8")
    with pytest.raises(ImportFileError) as info:
        read_source(path)
    assert info.value.params["line"] == 3


def test_empty_missing_and_old_excel_files_get_a_clear_refusal(tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(codecs.BOM_UTF8 + b"\r\n\r\n")
    with pytest.raises(ImportFileError) as info:
        read_source(empty)
    assert "no rows" in info.value.message
    with pytest.raises(ImportFileError) as info:
        read_source(tmp_path / "missing.csv")
    assert "missing.csv" in info.value.message
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(ImportFileError) as info:
        read_source(old)
    assert ".xlsx" in info.value.message
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(ImportFileError) as info:
        read_source(fake)
    assert "fake.xlsx" in info.value.message


def test_a_header_with_empty_names_gets_column_numbers(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("name,,amount\nA,x,1\n", encoding="utf-8")
    assert read_source(path).headers == ("name", "#2", "amount")


# -- XLSX ----------------------------------------------------------------------------------


def test_a_workbook_reports_its_date_system_and_dates_read_the_same_in_both() -> None:
    new = read_source(DATA / "deals_1900.xlsx")
    mac = read_source(DATA / "deals_1904.xlsx")
    assert (new.format, new.date_system, mac.date_system) == ("xlsx", 1900, 1904)
    assert new.encoding is None and new.delimiter is None
    assert new.sheet == mac.sheet == "商机"
    assert [r.cells[3] for r in new.rows] == [r.cells[3] for r in mac.rows]
    assert mac.rows[0].cells[3] == datetime(2027, 1, 5)
    assert mac.rows[2].cells[3] == datetime(2027, 3, 15, 14, 30)
    # a bare serial number is left as the number it is; the systems differ by 1462 days
    assert new.rows[0].cells[7] - mac.rows[0].cells[7] == 1462  # type: ignore[operator]
    epoch_1900, epoch_1904 = datetime(1899, 12, 30), datetime(1904, 1, 1)
    day_1900 = epoch_1900 + timedelta(days=new.rows[0].cells[7])  # type: ignore[arg-type]
    day_1904 = epoch_1904 + timedelta(days=mac.rows[0].cells[7])  # type: ignore[arg-type]
    assert day_1900 == day_1904 == datetime(2027, 1, 5)


def test_xlsx_cells_keep_their_types_phones_as_numbers_ids_as_text() -> None:
    table = read_source(DATA / "deals_1904.xlsx", sheet="联系人")
    assert table.sheet == "联系人" and table.headers[2] == "手机"
    zhao, qian, sun = table.rows
    assert zhao.line == 2
    assert zhao.cells[2] == 13800138000 and isinstance(zhao.cells[2], int)
    assert isinstance(qian.cells[2], float) and qian.cells[2] == 13912345678.0
    assert zhao.cells[4] == "440301199001011234"
    assert qian.cells[3] is None  # an empty cell
    assert isinstance(sun.cells[4], float)  # the 18 digits typed as a number


def test_sheets_are_listed_and_an_unknown_one_is_refused_naming_the_others() -> None:
    assert sheet_names(DATA / "deals_1904.xlsx") == ["商机", "联系人", "说明", "Empty"]
    assert sheet_names(DATA / "chinese_deals.csv") == []
    with pytest.raises(ImportFileError) as info:
        read_source(DATA / "deals_1904.xlsx", sheet="Deals")
    assert info.value.params["sheets"] == "商机, 联系人, 说明, Empty"
    with pytest.raises(ImportFileError) as info:
        read_source(DATA / "deals_1904.xlsx", sheet="Empty")
    assert "Empty" in info.value.message


def test_xlsx_rows_are_as_wide_as_the_header(tmp_path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append([None])
    sheet.append(["name", "amount", None])
    sheet.append(["A"])
    sheet.append([])
    sheet.append(["B", 2, None, None])
    sheet.append(["C", 3, None, "extra"])
    path = tmp_path / "wide.xlsx"
    book.save(path)
    table = read_source(path)
    assert table.headers == ("name", "amount") and table.header_line == 2
    assert [(r.line, r.cells) for r in table.rows] == [
        (3, ("A", None)),
        (5, ("B", 2)),
        (6, ("C", 3, None, "extra")),
    ]


def test_a_workbook_that_states_a_wrong_size_is_read_whole(tmp_path: Path) -> None:
    """Some exporters write <dimension ref="A1"/>; read-only openpyxl would trust it."""
    import re
    import zipfile

    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["name", "phone", "amount"])
    sheet.append(["Acme", 13800138000, 12.5])
    sheet.append(["Beta", None, 2])
    right = tmp_path / "right.xlsx"
    book.save(right)
    wrong = tmp_path / "wrong.xlsx"
    with zipfile.ZipFile(right) as source, zipfile.ZipFile(wrong, "w") as out:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                stated = rb'<dimension ref="[^"]*"\s*/>'
                data, count = re.subn(stated, b'<dimension ref="A1"/>', data)
                assert count == 1
            out.writestr(item, data)
    for path in (right, wrong):
        table = read_source(path)
        assert table.headers == ("name", "phone", "amount"), path
        assert [(r.line, r.cells) for r in table.rows] == [
            (2, ("Acme", 13800138000, 12.5)),
            (3, ("Beta", None, 2)),
        ], path


def test_a_title_above_the_header_is_left_out(tmp_path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["客户列表"])
    sheet.append(["导出时间：2027-01-05"])
    sheet.append([])
    sheet.append(["客户名称", "行业", "地区"])
    sheet.append(["华为技术有限公司", "通信"])
    path = tmp_path / "titled.xlsx"
    book.save(path)
    table = read_source(path)
    assert table.headers == ("客户名称", "行业", "地区") and table.header_line == 4
    assert [(r.line, r.cells) for r in table.rows] == [(5, ("华为技术有限公司", "通信", None))]
    csv_path = tmp_path / "titled.csv"
    csv_path.write_text("商机列表\n\n商机名称,金额\nA,1\n", encoding="utf-8")
    table = read_source(csv_path)
    assert table.headers == ("商机名称", "金额") and table.header_line == 3
    assert [r.line for r in table.rows] == [4]


def test_a_file_of_one_column_keeps_its_first_row_as_header(tmp_path: Path) -> None:
    path = tmp_path / "names.csv"
    path.write_text("客户名称\n华为技术有限公司\n中国石油化工股份有限公司\n", encoding="utf-8")
    table = read_source(path)
    assert table.headers == ("客户名称",)
    assert [r.cells for r in table.rows] == [("华为技术有限公司",), ("中国石油化工股份有限公司",)]


def test_a_long_note_is_read_and_nul_characters_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    note = "很长的备注" * 40_000  # 200,000 characters, past the csv module's default limit
    path.write_text(f'name,note\nA,"{note}"\nB,short\n', encoding="utf-8")
    table = read_source(path)
    assert table.rows[0].cells[1] == note and table.rows[1].cells == ("B", "short")
    utf16 = tmp_path / "utf16_no_bom.csv"
    utf16.write_bytes("name,amount\nA,1\n".encode("utf-16-le"))
    with pytest.raises(ImportFileError) as info:
        read_source(utf16)
    assert "NUL" in info.value.message and "utf16_no_bom.csv" in info.value.message


def test_no_file_content_crashes_the_reader(tmp_path: Path) -> None:
    """Random text and bytes: a table or a clear refusal, never another exception."""
    import random

    rnd = random.Random(14)
    pieces = [",", ";", "\t", "|", '"', "\r\n", "\n", "\r", " ", "a", "名", "1", "sep=", '""']
    for i in range(200):
        path = tmp_path / f"f{i}.csv"
        if i % 4 == 0:
            path.write_bytes(bytes(rnd.randrange(256) for _ in range(rnd.randint(0, 60))))
        else:
            text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 40)))
            path.write_bytes(text.encode(rnd.choice(["utf-8", "gb18030", "utf-8-sig"])))
        try:
            table = read_source(path)
        except ImportFileError as exc:
            assert exc.message
            continue
        assert all(r.line >= 1 for r in table.rows)
