"""Import from other CRMs and spreadsheets (Qt-free).

- :mod:`.sources` reads a CSV or XLSX file into rows of cells (encoding,
  delimiter, date system);
- :mod:`.values` parses one cell: text, day, amount, stage, yes/no;
- :mod:`.columns` maps headers to fields and converts a row into a record;
- the planner and the writer (plan, dedupe, model.services.importing) build on these.
"""

from __future__ import annotations

from model.importing.columns import (
    CHOICES,
    HEADERS,
    KINDS,
    TARGETS,
    CellProblem,
    Kind,
    Target,
    convert_row,
    guess_formats,
    guess_kind,
    guess_mapping,
    row_converter,
)
from model.importing.sources import (
    Cell,
    ImportFileError,
    SourceRow,
    SourceTable,
    read_source,
    sheet_names,
)
from model.importing.values import (
    ValueProblem,
    as_text,
    guess_day_order,
    guess_decimal_mark,
    parse_amount,
    parse_day,
    parse_flag,
    parse_stage,
)

__all__ = [
    "CHOICES",
    "HEADERS",
    "KINDS",
    "TARGETS",
    "Cell",
    "CellProblem",
    "ImportFileError",
    "Kind",
    "SourceRow",
    "SourceTable",
    "Target",
    "ValueProblem",
    "as_text",
    "convert_row",
    "guess_day_order",
    "guess_decimal_mark",
    "guess_formats",
    "guess_kind",
    "guess_mapping",
    "parse_amount",
    "parse_day",
    "parse_flag",
    "parse_stage",
    "read_source",
    "row_converter",
    "sheet_names",
]
