"""Signing in to a team database on a PostgreSQL server (issue 15).

A team database is named by a URL, ``postgresql+psycopg://USER@HOST:PORT/DATABASE``,
built here with :meth:`URL.create` from the parts a user types (never pasted
together). The password is kept apart from it: the URL the application
remembers (recent files, the last workspace) is :func:`public_url`, which has
none; the password comes from the system's keyring or the user (desktop/team).

:func:`check_login` connects once and says, as a :class:`LoginProblem` with a
translatable template, what stops a sign-in: the server cannot be reached, the
password is missing or wrong, the database does not exist, or it was written by
a newer version. :func:`explain` gives the same reading of a failed
:func:`model.workspace.open_workspace`.

PostgreSQL says why a sign-in failed in words only (libpq gives connection
failures no SQLSTATE), so the words of an English-speaking server are read;
any other failure is told with the server's own words.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from model.errors import WorkspaceError, WorkspaceTooNew

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

# SQLAlchemy is imported where it is used: ``keyaccount URL`` asks is_server()
# before the window, whose start-up reads the accounts without SQLAlchemy.

DRIVER = "postgresql+psycopg"
DEFAULT_PORT = 5432
CONNECT_TIMEOUT_S = 10
"""How long a sign-in waits for a server that does not answer (libpq's connect_timeout)."""


class LoginProblem(WorkspaceError):
    """What stops a sign-in; ``kind`` tells the desktop what to ask next."""

    kind: Literal["unreachable", "password", "database", "newer", "other"] = "other"


class ServerUnreachable(LoginProblem):
    kind = "unreachable"


class PasswordProblem(LoginProblem):
    """No password was given, or it (or the user name) is wrong: ask for it."""

    kind = "password"


class DatabaseMissing(LoginProblem):
    kind = "database"


@dataclass(frozen=True)
class ServerParts:
    """What a user types to reach a team database (no password)."""

    host: str
    port: int
    database: str
    user: str


def is_server(text: object) -> bool:
    """Whether ``text`` names a database server rather than a workspace file.

    >>> is_server("postgresql+psycopg://kan@db:5432/team"), is_server("/home/a/team.kan")
    (True, False)
    >>> is_server("sqlite:////tmp/x.kan"), is_server("C:\\\\work\\\\team.kan")
    (False, False)
    """
    if not isinstance(text, str) or "://" not in text:
        return False
    scheme = text.split("://", 1)[0].lower()
    return scheme.split("+", 1)[0] == "postgresql"


def server_url(parts: ServerParts, password: str | None = None) -> URL:
    """The URL of ``parts`` (with ``password`` when given), built, never pasted."""
    from sqlalchemy.engine import URL

    return URL.create(
        DRIVER,
        username=parts.user or None,
        password=password or None,
        host=parts.host or None,
        port=parts.port or None,
        database=parts.database or None,
    )


def parts_of(url: str | URL) -> ServerParts:
    """The parts of a server URL, for a form to show."""
    from sqlalchemy.engine import make_url

    u = make_url(url) if isinstance(url, str) else url
    return ServerParts(u.host or "", u.port or DEFAULT_PORT, u.database or "", u.username or "")


def public_url(url: str | URL) -> str:
    """``url`` as the application may remember and show it: without its password.

    >>> public_url("postgresql+psycopg://kan:s3cret@db:5432/team")
    'postgresql+psycopg://kan@db:5432/team'
    """
    from sqlalchemy.engine import make_url

    u = _without_query_secrets(make_url(url) if isinstance(url, str) else url)
    return u._replace(password=None).render_as_string(hide_password=False)


SECRET_QUERY_KEYS: frozenset[str] = frozenset({"password", "sslpassword"})
"""Query options libpq reads as secrets (``?password=`` works as ``user:password@``)."""


def _without_query_secrets(u: URL) -> URL:
    keys = [key for key in u.query if key.lower() in SECRET_QUERY_KEYS]
    return u.difference_update_query(keys) if keys else u


def unreadable(text: str) -> str:
    """A URL that could not be read, as a message may repeat it: its scheme only (the
    rest may hold a password).

    >>> unreadable("postgresql://kan:s3cret@db:port/team"), unreadable("/a/b.kan")
    ('postgresql://…', '/a/b.kan')
    """
    return text.split("://", 1)[0] + "://…" if "://" in text else text


def password_in(url: str | URL) -> str | None:
    """The password written in ``url`` itself (a URL typed on the command line), or None."""
    from sqlalchemy.engine import make_url

    u = make_url(url) if isinstance(url, str) else url
    if u.password is not None:
        return str(u.password)
    for key, value in u.query.items():
        if key.lower() == "password":
            return str(value if isinstance(value, str) else value[-1])
    return None


def with_password(url: str | URL, password: str | None) -> URL:
    """``url`` carrying ``password`` (None: as it is)."""
    from sqlalchemy.engine import make_url

    u = make_url(url) if isinstance(url, str) else url
    if password is None:
        return u
    # One password: the given one, not a stale one left in the query (libpq takes that last).
    keys = [key for key in u.query if key.lower() == "password"]
    return u.difference_update_query(keys).set(password=password)


def label(url: str | URL) -> str:
    """How a server database is named in messages: ``team on db:5432 as kan``."""
    p = parts_of(url)
    return f"{p.database} on {p.host}:{p.port} as {p.user}"


@dataclass(frozen=True)
class LoginCheck:
    """A sign-in that worked: the database's schema revision (None: an empty database)."""

    revision: str | None
    tables: int


def check_login(url: str | URL) -> LoginCheck:
    """Connect once to ``url`` and look at what it holds; a :class:`LoginProblem` if not.

    Nothing is written. A database of a newer version is :class:`WorkspaceTooNew`.
    """
    from sqlalchemy import create_engine, inspect, text
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import DBAPIError
    from sqlalchemy.pool import NullPool

    from model.schema import known_revisions

    u = make_url(url) if isinstance(url, str) else url
    engine = create_engine(
        u, poolclass=NullPool, connect_args={"connect_timeout": CONNECT_TIMEOUT_S}
    )
    try:
        with engine.connect() as conn:
            names = inspect(conn).get_table_names()
            revision = None
            if "alembic_version" in names:
                revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except DBAPIError as exc:
        raise explain_driver(u, exc) from exc
    except ImportError as exc:
        raise WorkspaceError(
            "Cannot open {url}: the database driver '{driver}' is not installed "
            "(for PostgreSQL: pip install psycopg).",
            url=public_url(u),
            driver=exc.name or u.drivername,
        ) from exc
    finally:
        engine.dispose()
    revisions, _head = known_revisions()
    if revision is not None and revision not in revisions:
        raise WorkspaceTooNew(
            "The database at {url} was written by a newer version "
            "(schema {schema}); nothing was changed.",
            url=public_url(u),
            schema=revision,
        )
    return LoginCheck(None if revision is None else str(revision), len(names))


def explain_driver(url: URL, exc: BaseException) -> WorkspaceError:
    """The sign-in problem a driver's failure to connect to ``url`` stands for."""
    orig = getattr(exc, "orig", None) or exc
    words = str(orig)
    low = words.lower()
    where = public_url(url)
    parts = parts_of(url)
    if "password authentication failed" in low or "no password supplied" in low:
        return PasswordProblem(
            "The server at {server} refused the password of {user}: enter the right "
            "password. Nothing was changed.",
            server=f"{parts.host}:{parts.port}",
            user=parts.user,
        )
    if "role" in low and "does not exist" in low:
        return PasswordProblem(
            "The server at {server} has no user {user}: check the user name and password.",
            server=f"{parts.host}:{parts.port}",
            user=parts.user,
        )
    if "database" in low and "does not exist" in low:
        return DatabaseMissing(
            "The server at {server} has no database {database}: check its name, or ask "
            "the administrator to create it.",
            server=f"{parts.host}:{parts.port}",
            database=parts.database,
        )
    unreachable = (
        "connection refused",
        "could not translate host name",
        "failed to resolve host",
        "timeout expired",
        "no route to host",
        "network is unreachable",
        "could not connect to server",
    )
    if any(mark in low for mark in unreachable):
        return ServerUnreachable(
            "The server at {server} cannot be reached: check the host name and port, "
            "and that the server is running and lets this computer connect.",
            server=f"{parts.host}:{parts.port}",
        )
    return LoginProblem(
        "Cannot connect to {url}: {reason}", url=where, reason=words.replace("\n\t", " ")
    )


def explain(exc: WorkspaceError, url: str | URL) -> WorkspaceError:
    """A failed :func:`model.workspace.open_workspace` of ``url``, read as a sign-in problem
    when a driver's failure to connect is behind it (else ``exc`` itself)."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import OperationalError

    cause = exc.__cause__
    if isinstance(exc, LoginProblem) or not isinstance(cause, OperationalError):
        return exc
    u = make_url(url) if isinstance(url, str) else url
    found = explain_driver(u, cause)
    return found if type(found) is not LoginProblem else exc
