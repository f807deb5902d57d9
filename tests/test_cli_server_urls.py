"""The commands that read or make a workspace take a team database's URL as well as a
file path (a path would fold the URL's ``//`` and name a file in the current folder)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.engine import URL

from desktop.cli import main
from model.services.accounts import create_account
from model.workspace import open_workspace
from tests.postgres import Server


def text(url: URL) -> str:
    return url.render_as_string(hide_password=False)


def test_new_makes_an_empty_database_a_workspace(
    pg_server: Server,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    url = pg_server.fresh_database()
    try:
        assert main(["new", text(url)]) == 0
        assert "created postgresql+psycopg://" in capsys.readouterr().out
        assert list(tmp_path.iterdir()) == [], "no file named after the URL"
        open_workspace(url).close()  # a workspace now: it opens without create
    finally:
        pg_server.drop_database(url)


def test_forecast_report_and_snapshot_read_a_server(
    pg_url: URL, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = open_workspace(pg_url)
    with ws.begin() as s:
        create_account(s, {"name": "Hangzhou Metro"})
    ws.close()
    assert main(["forecast", text(pg_url), "--json"]) == 0
    assert '"period"' in capsys.readouterr().out
    pdf = tmp_path / "pack.pdf"
    assert main(["report", text(pg_url), "--account", "Hangzhou Metro", "--out", str(pdf)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    png = tmp_path / "board.png"
    assert main(["snapshot", text(pg_url), "--view", "accounts", "--out", str(png)]) == 0
    assert png.read_bytes().startswith(b"\x89PNG")


def test_a_url_with_a_port_that_is_no_number_is_said_plainly(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["forecast", "postgresql+psycopg://kan@db.example.com:54x/sales"]) != 0
    assert "neither a file path nor a database URL" in capsys.readouterr().err
