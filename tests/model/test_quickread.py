"""The first-paint read must show exactly what the full query shows."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from model.quickread import preview_accounts
from model.rows import account_rows
from model.sample import generate_sample
from model.workspace import open_workspace


def test_preview_equals_account_rows(tmp_path: Path) -> None:
    path = tmp_path / "s.kan"
    ws = open_workspace(path, create=True)
    generate_sample(ws.engine, lang="en")
    with ws.sessions() as session:
        full = account_rows(session)
    ws.close()
    preview = preview_accounts(path)
    assert preview == full
    assert len(full) >= 6 and any(r.last_activity for r in full)


def test_preview_declines_what_it_cannot_answer(tmp_path: Path) -> None:
    assert preview_accounts(tmp_path / "missing.kan") is None
    broken = tmp_path / "broken.kan"
    broken.write_bytes(b"no database here" * 40)
    assert preview_accounts(broken) is None
    old = tmp_path / "old.kan"
    open_workspace(old, create=True).close()
    con = sqlite3.connect(old)
    con.execute("UPDATE alembic_version SET version_num = '0001'")
    con.commit()
    con.close()
    assert preview_accounts(old) is None


def test_quickread_does_not_import_sqlalchemy() -> None:
    import subprocess

    code = "import sys, model.quickread; print('sqlalchemy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_open_value_is_in_the_base_currency_in_both_reads(tmp_path: Path) -> None:
    """¥100 + $10 at 7 = ¥170; €1,000 has no rate and is left out, never added as yuan."""
    from model.services.accounts import create_account
    from model.services.deals import create_deal
    from model.settings import set_setting

    path = tmp_path / "money.kan"
    ws = open_workspace(path, create=True)
    with ws.sessions() as s, s.begin():
        account = next(iter(create_account(s, {"name": "Acme"}).created))[1]
        for amount, currency in ((100.0, "CNY"), (10.0, "USD"), (1000.0, "EUR")):
            create_deal(s, {"account_id": account, "name": currency, "amount": amount,
                            "currency": currency})  # fmt: skip
        set_setting(s, "currency_rates", {"USD": 7})
    with ws.sessions() as s:
        (full,) = account_rows(s)
    ws.close()
    assert (full.open_deals, full.pipeline) == (3, 170.0)
    assert preview_accounts(path) == [full]
