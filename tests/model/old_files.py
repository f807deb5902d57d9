"""Workspace files as the first version of the app left them, for upgrade tests.

Imported by test modules of this folder as ``old_files`` (pytest puts the
folder of a test module without ``__init__.py`` on ``sys.path``).
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from model.workspace import make_engine, migrate, url_for


def at_0001_with_acme(path: Path) -> Engine:
    """A workspace at schema 0001 holding one account, Acme (id 1), written with
    that schema's columns; the caller adds what it needs and disposes the engine."""
    engine = make_engine(url_for(path))
    migrate(engine, url_for(path), "0001")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO accounts (id, uuid, name, nature, industry, region, scale, sales_channel,"
            " partner_name, territory, industry_chain, main_business, org_structure,"
            " development_stage, markets, business_regions, registered_capital, culture,"
            ' it_situation, core_needs, "values", note, created_at, updated_at) VALUES'
            " (1, 'a1', 'Acme', 'private', '', '', 'large', 'direct', '', '', '', '', '', '',"
            " '', '', '', '', '', '', '[]', '', '2025-01-01', '2025-01-01')"
        )
    return engine
