"""The sample is written in batches as it is made, not held whole until the end
(the large sample peaked at 770-900 MB): the stored data is exactly what holding
every row and writing once stores, and the rows waiting in memory stay few."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

import model.sample as sample
from model.base import Base
from model.sample import _Builder, _generate, _plan, _write
from model.workspace import open_workspace

TODAY = date(2025, 6, 30)


def _dump(engine: Engine) -> dict[str, list[Any]]:
    with engine.connect() as c:
        return {
            name: list(c.exec_driver_sql(f'SELECT * FROM "{name}" ORDER BY 1, 2').fetchall())
            for name in Base.metadata.tables
            if name != "alembic_version"
        }


def _all_at_once(path: Path, size: str, factor: float, lang: str) -> dict[str, list[Any]]:
    """Every row built in memory, then one write (as the sample was made before)."""
    engine = open_workspace(path, create=True).engine
    try:
        builder = _Builder(_plan(size, factor), lang, 7, TODAY)  # type: ignore[arg-type]
        builder.build()
        with engine.begin() as c:
            _write(c, builder.rows)
        return _dump(engine)
    finally:
        engine.dispose()


@pytest.mark.parametrize(("size", "factor", "lang"), [("small", 1.0, "zh"), ("large", 0.01, "en")])
def test_batches_store_exactly_what_one_write_stores(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, size: str, factor: float, lang: str
) -> None:
    waiting: list[int] = []  # rows in memory at each flush
    flush = _Builder.flush

    def counted(self: _Builder) -> None:
        waiting.append(sum(map(len, self.rows.values())))
        flush(self)

    # Small batches, so that many flushes fall inside the steps, between accounts.
    monkeypatch.setattr(sample, "_FLUSH_ROWS", 300)
    monkeypatch.setattr(_Builder, "flush", counted)
    engine = open_workspace(tmp_path / "batches.kan", create=True).engine
    try:
        stats = _generate(engine, _plan(size, factor), lang, 7, TODAY)  # type: ignore[arg-type]
        streamed = _dump(engine)
    finally:
        engine.dispose()
    whole = _all_at_once(tmp_path / "whole.kan", size, factor, lang)

    assert sum(map(len, whole.values())) > 10 * 300
    assert {k: len(v) for k, v in streamed.items()} == {k: len(v) for k, v in whole.items()}
    for name in whole:
        assert streamed[name] == whole[name], name
    assert (stats.accounts, stats.deals) == (len(whole["accounts"]), len(whole["deals"]))
    assert (stats.people, stats.leads) == (len(whole["people"]), len(whole["leads"]))
    assert stats.activities == len(whole["activities"])
    # Written a batch at a time: many flushes, none holding more than a few batches.
    assert len(waiting) > 10
    assert max(waiting) < 4_000 < sum(map(len, whole.values()))


def test_a_lead_still_rewrites_the_first_history_entry_it_started(tmp_path: Path) -> None:
    """The first history entry of a deal a lead started is held until leads are made."""
    engine = open_workspace(tmp_path / "s.kan", create=True).engine
    try:
        sample.generate_sample(engine, lang="en", size="small", today=TODAY)
        with engine.connect() as c:
            rows = c.exec_driver_sql(
                "SELECT sc.reason FROM leads l JOIN stage_changes sc ON sc.deal_id = l.deal_id"
                " WHERE l.status = 'converted' AND sc.from_stage IS NULL"
            ).fetchall()
    finally:
        engine.dispose()
    lead_reason = sample._LEAD_REASON[1]
    assert rows and all(r == lead_reason for (r,) in rows)
