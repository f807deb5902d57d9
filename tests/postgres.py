"""A real PostgreSQL server for the test run: initdb and pg_ctl in a temporary folder.

``make test`` needs no server of its own: the first test that asks for PostgreSQL
starts one on a free loopback port (data in a temporary folder, fsync off: the
tests' data need not survive a crash), and the run stops it at the end. Where a
server is given (``KAN_TEST_PG_URL=postgresql+psycopg://user@host:port/db``, a
role allowed to create databases and roles) it is used instead.

PostgreSQL refuses to run as root; under root the server runs as the system's
``postgres`` user (Debian's package makes it) through ``runuser``.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.engine import URL, make_url

MISSING = (
    "PostgreSQL's server programs (initdb, pg_ctl) were not found, so the tests that "
    "run on PostgreSQL did not run. Install the one package `postgresql` "
    "(Debian/Ubuntu: apt-get install postgresql; macOS: brew install postgresql@16), "
    "or point KAN_TEST_PG_URL at a server."
)


def server_programs() -> Path | None:
    """The folder holding initdb and pg_ctl, newest version first."""
    on_path = shutil.which("pg_ctl")
    if on_path and shutil.which("initdb"):
        return Path(os.path.realpath(on_path)).parent
    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if Path(folder, "initdb").exists():
            return Path(folder)
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Server:
    """A running server: ``url`` of its superuser, ``admin`` on the ``postgres`` database."""

    url: URL
    folder: Path | None = None
    _as_user: list[str] = field(default_factory=list)
    _bin: Path | None = None

    def database(self, name: str) -> URL:
        return self.url.set(database=name)

    def admin_execute(self, *statements: str) -> None:
        import psycopg

        with psycopg.connect(self._libpq(self.database("postgres")), autocommit=True) as con:
            for sql in statements:
                con.execute(sql)  # type: ignore[arg-type]

    def fresh_database(self, template: str | None = None) -> URL:
        name = "t_" + uuid.uuid4().hex[:16]
        clause = f" TEMPLATE {template}" if template else ""
        self.admin_execute(f"CREATE DATABASE {name}{clause}")
        return self.database(name)

    def drop_database(self, url: URL) -> None:
        self.admin_execute(f"DROP DATABASE IF EXISTS {url.database} WITH (FORCE)")

    @staticmethod
    def _libpq(url: URL) -> str:
        return url.set(drivername="postgresql").render_as_string(hide_password=False)

    def stop(self) -> None:
        if self.folder is None or self._bin is None:
            return
        subprocess.run(
            [
                *self._as_user,
                str(self._bin / "pg_ctl"),
                "-D",
                str(self.folder / "data"),
                "-m",
                "immediate",
                "-w",
                "stop",
            ],
            capture_output=True,
            check=False,
        )
        shutil.rmtree(self.folder, ignore_errors=True)
        self.folder = None


def start() -> Server | None:
    """A server for this run, or None when PostgreSQL is not installed."""
    given = os.environ.get("KAN_TEST_PG_URL")
    if given:
        return Server(make_url(given))
    programs = server_programs()
    if programs is None:
        return None
    folder = Path(tempfile.mkdtemp(prefix="kan-pg-"))
    as_user: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    port = _free_port()
    subprocess.run(
        [
            *as_user,
            str(programs / "initdb"),
            "-D",
            str(folder / "data"),
            "-U",
            "kan",
            "--auth=trust",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        ],
        capture_output=True,
        check=True,
    )
    options = (
        f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off "
        "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
    )
    subprocess.run(
        [
            *as_user,
            str(programs / "pg_ctl"),
            "-D",
            str(folder / "data"),
            "-o",
            options,
            "-l",
            str(folder / "log"),
            "-w",
            "start",
        ],
        capture_output=True,
        check=True,
    )
    url = URL.create(
        "postgresql+psycopg", username="kan", host="127.0.0.1", port=port, database="postgres"
    )
    return Server(url, folder, as_user, programs)
