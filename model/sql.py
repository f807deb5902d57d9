"""SQL that reads the same on SQLite and PostgreSQL, and values read back from either.

A workspace is a SQLite file or a PostgreSQL database (model/workspace.py); every
query of the model runs on both and must give the same answer. The differences that
bit are kept here, once:

- the larger or smaller of several values in one row: SQLite's scalar ``max(a, b)``
  and ``min(a, b)`` are aggregates of one argument on PostgreSQL, which spells them
  ``GREATEST`` and ``LEAST``: use :func:`greatest` and :func:`least`;
- dates and times read without SQLAlchemy's type processing (``type_coerce(col,
  String)``, raw rows, ``text()`` queries) come back as ISO strings from SQLite but
  as ``date`` / ``datetime`` objects from psycopg: read them with :func:`as_datetime`
  and :func:`as_date`;
- the order of text: SQLite compares strings by their bytes (code points), a
  PostgreSQL database by its locale's collation (``'a' < 'B'`` under ICU, not in
  SQLite; punctuation weighed apart under glibc's): order and compare names and
  codes through :func:`bytewise`, which asks both for code point order, the order
  Python's own ``sorted()`` gives.

>>> from sqlalchemy import column
>>> from sqlalchemy.dialects import postgresql, sqlite
>>> expr = greatest(column("a"), column("b"))
>>> print(expr.compile(dialect=postgresql.dialect()))
greatest(a, b)
>>> print(expr.compile(dialect=sqlite.dialect()))
max(coalesce(a, b), coalesce(b, a))
>>> print(bytewise(column("name")).compile(dialect=postgresql.dialect()))
(name) COLLATE "C"
>>> print(bytewise(column("name")).compile(dialect=sqlite.dialect()))
(name) COLLATE BINARY
>>> as_datetime("2027-01-05 08:30:00.000000"), as_datetime(datetime(2027, 1, 5, 8, 30))
(datetime.datetime(2027, 1, 5, 8, 30), datetime.datetime(2027, 1, 5, 8, 30))
>>> as_date("2027-01-05"), as_date(datetime(2027, 1, 5, 8, 30)), as_date(None)
(datetime.date(2027, 1, 5), datetime.date(2027, 1, 5), None)
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, overload

from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import ReturnTypeFromArgs

__all__ = ["as_date", "as_datetime", "bytewise", "greatest", "least"]


class greatest(ReturnTypeFromArgs[Any]):
    """The largest of its arguments in one row, NULLs left out (NULL only when all
    are): PostgreSQL's ``GREATEST``; on SQLite the scalar ``max()``, each argument
    standing in for the NULL ones so that a NULL never wins.

    The type of the result is that of the first argument.
    """

    name = "greatest"
    inherit_cache = True
    _register = False


class least(ReturnTypeFromArgs[Any]):
    """The smallest of its arguments in one row, NULLs left out (NULL only when all
    are): PostgreSQL's ``LEAST``, SQLite's scalar ``min()`` (see :class:`greatest`).
    """

    name = "least"
    inherit_cache = True
    _register = False


class bytewise(ReturnTypeFromArgs[Any]):
    """Text compared and ordered by code point on every backend: ``COLLATE "C"`` on
    PostgreSQL (whatever the database's locale), ``COLLATE BINARY`` on SQLite. For
    UTF-8 both are the order of Python's ``sorted()`` over the same strings.

    ``ORDER BY bytewise(Account.name), Account.id`` lists accounts alike from a file
    and from a team server; a comparison with a bytewise side is bytewise too. For
    text columns only: PostgreSQL refuses a collation on a number.
    """

    name = "bytewise"
    inherit_cache = True
    _register = False


@compiles(bytewise)
def _bytewise_default(element: bytewise, compiler: SQLCompiler, **kw: Any) -> str:
    (clause,) = element.clauses
    return f"({compiler.process(clause, **kw)}) COLLATE BINARY"


@compiles(bytewise, "postgresql")
def _bytewise_postgresql(element: bytewise, compiler: SQLCompiler, **kw: Any) -> str:
    (clause,) = element.clauses
    return f'({compiler.process(clause, **kw)}) COLLATE "C"'


def _sqlite_scalar(name: str, element: greatest | least, compiler: SQLCompiler, **kw: Any) -> str:
    """``max``/``min`` over the arguments, each one coalesced with all the others
    after it: SQLite's scalar max/min answer NULL as soon as one argument is NULL,
    where GREATEST/LEAST skip it. A NULL argument is replaced by one of the non-NULL
    values, which cannot change the result."""
    args = [compiler.process(clause, **kw) for clause in element.clauses]
    if len(args) < 2:
        return f"({args[0]})" if args else "NULL"
    each = [", ".join(args[i:] + args[:i]) for i in range(len(args))]
    return name + "(" + ", ".join(f"coalesce({one})" for one in each) + ")"


@compiles(greatest, "sqlite")
def _greatest_sqlite(element: greatest, compiler: SQLCompiler, **kw: Any) -> str:
    return _sqlite_scalar("max", element, compiler, **kw)


@compiles(least, "sqlite")
def _least_sqlite(element: least, compiler: SQLCompiler, **kw: Any) -> str:
    return _sqlite_scalar("min", element, compiler, **kw)


@overload
def as_datetime(raw: str | date) -> datetime: ...
@overload
def as_datetime(raw: Any) -> datetime | None: ...


def as_datetime(raw: Any) -> datetime | None:
    """A date and time as read from either backend: an ISO string (SQLite), a
    ``datetime`` (psycopg) or NULL. A plain date becomes its midnight.

    Called once per row over ~100,000 stage changes: the string comes first."""
    if raw.__class__ is str:
        return datetime.fromisoformat(raw)
    if raw is None:
        return None
    if isinstance(raw, datetime):
        return raw
    if isinstance(raw, date):
        return datetime(raw.year, raw.month, raw.day)
    return datetime.fromisoformat(str(raw))


@overload
def as_date(raw: str | date) -> date: ...
@overload
def as_date(raw: Any) -> date | None: ...


def as_date(raw: Any) -> date | None:
    """A date as read from either backend: an ISO string (SQLite, a date or a date
    and time), a ``date`` or ``datetime`` (psycopg), or NULL. A date and time gives
    its own date, as stored (no change of zone)."""
    if raw is None:
        return None
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    text = str(raw)
    return date.fromisoformat(text[:10]) if len(text) > 10 else date.fromisoformat(text)
