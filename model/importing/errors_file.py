"""The error file of an import: every rejected row's problems, for the user to fix and retry.

A CSV in UTF-8 with a BOM (Excel opens it with the right encoding), columns
``line, column, value, reason``, one line per problem, in the file's order.
Personal notes never leave the workspace through it: a value in a column that
holds a person's private attributes (:data:`model.entities.PRIVATE_FIELDS`) or
a person's note is written as :data:`model.audit.REDACTED`, and so is any
mention of it in the reason.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path

from model.audit import REDACTED
from model.importing.columns import CellProblem
from model.importing.plan import ImportPlan

HEADER = ("line", "column", "value", "reason")


def redacted(problem: CellProblem, private_columns: frozenset[str]) -> tuple[str, str, str, str]:
    """One line of the error file; a private column's value blanked out, in the reason too."""
    value, reason = problem.value, problem.reason
    if problem.column in private_columns and value:
        reason = reason.replace(value, REDACTED)
        value = REDACTED
    return (str(problem.line), problem.column, value, reason)


def write_error_file(
    path: Path,
    plan_or_rejects: ImportPlan | Iterable[CellProblem],
    *,
    private_columns: Iterable[str] = (),
) -> int:
    """Write the rejected rows' problems to ``path``; the number of lines written.

    Given a plan, its rejected rows are written and its private columns
    redacted (:meth:`ImportPlan.private_columns`); given problems, those in
    ``private_columns`` are.
    """
    if isinstance(plan_or_rejects, ImportPlan):
        problems = [p for row in plan_or_rejects.rejects for p in row.problems]
        private = plan_or_rejects.private_columns() | frozenset(private_columns)
    else:
        problems = list(plan_or_rejects)
        private = frozenset(private_columns)
    problems.sort(key=lambda p: p.line)
    with Path(path).open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(HEADER)
        writer.writerows(redacted(p, private) for p in problems)
    return len(problems)
