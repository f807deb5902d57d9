"""The accounts list read with sqlite3 alone, for the first paint.

Importing SQLAlchemy's ORM costs more than starting Qt, so the first window
shows the accounts from this read while the workspace opens fully just
after. It answers only for a local file whose schema is current (and, when
the file is encrypted, whose passphrase this process holds) and returns
None otherwise (the full path then does everything). A test keeps it equal
to :func:`model.rows.account_rows`.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from model.currencies import RATE_SETTINGS, base_amount_sql, base_and_rates
from model.dto import AccountRow
from model.encryption import connect, db_errors, is_encrypted, known
from model.errors import WorkspaceError
from model.schema import REVISIONS, read_revision_readonly, readonly_uri

_STAGES = ", ".join(f"coalesce(od.p{i}, 0)" for i in range(1, 8))
_STAGE_SUMS = ", ".join(
    f"sum(CASE WHEN d.stage = 'P{i}' THEN 1 ELSE 0 END) AS p{i}" for i in range(1, 8)
)

ACCOUNTS_SQL = f"""
SELECT a.id, a.name, a.nature, a.industry, a.region, a.scale, a.sales_channel,
       a.owner_id, coalesce(m.name, ''), a.development_stage, a.it_situation, a.core_needs,
       coalesce(pp.n, 0), coalesce(od.n, 0), coalesce(od.value, 0.0), {_STAGES}, la."on"
FROM accounts AS a
LEFT JOIN team_members AS m ON m.id = a.owner_id
LEFT JOIN (SELECT d.account_id, count(*) AS n, sum({{value}}) AS value, {_STAGE_SUMS}
           FROM deals AS d WHERE d.status = 'open' GROUP BY d.account_id) AS od
       ON od.account_id = a.id
LEFT JOIN (SELECT account_id, count(*) AS n FROM people WHERE left_on IS NULL
           GROUP BY account_id) AS pp ON pp.account_id = a.id
LEFT JOIN (SELECT account_id, max("on") AS "on" FROM activities GROUP BY account_id) AS la
       ON la.account_id = a.id
ORDER BY a.name, a.id
"""


def preview_accounts(path: Path) -> list[AccountRow] | None:
    """The account rows of a current SQLite workspace, or None when it is not one."""
    if not path.is_file():
        return None
    if is_encrypted(path) and known(path) is None:
        return None  # the full path asks for the passphrase (no keyring look here)
    try:
        if read_revision_readonly(path) != REVISIONS[-1]:
            return None  # new, older or newer: the full path explains or migrates
        con = connect(path, uri=readonly_uri(path))
    except db_errors(WorkspaceError):
        return None
    try:
        stored = con.execute(
            "SELECT key, value FROM settings WHERE key IN (?, ?)", RATE_SETTINGS
        ).fetchall()
        value = base_amount_sql("d.amount", "d.currency", *base_and_rates(dict(stored)))
        rows = con.execute(ACCOUNTS_SQL.format(value=value)).fetchall()
    except db_errors(ValueError, TypeError, AttributeError):
        return None  # a setting the full path reads and explains
    finally:
        con.close()
    out: list[AccountRow] = []
    for r in rows:
        values: list[Any] = [
            *r[:12],
            int(r[12]),
            int(r[13]),
            float(r[14]),
            tuple(int(x) for x in r[15:22]),
            date.fromisoformat(r[22]) if r[22] else None,
        ]
        out.append(AccountRow(*values))
    return out
