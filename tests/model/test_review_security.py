"""Second reading of the team database (issue 15): defects proven before they were fixed.

* The row-level security's SECURITY DEFINER functions run as the database's owner:
  their ``search_path`` must name no schema a member may create objects in. Where
  ``public`` is open to everybody (a server before PostgreSQL 15, or a database whose
  admin opened it), a rep's own ``public.btrim(varchar, text)`` was the better match
  for ``btrim(a.region, '/')`` and ran as the owner: a rep made themselves executive.
* A server URL's password may come in its query (``?password=…``, which libpq takes
  as well as ``user:password@``): the URL the application remembers and shows must
  drop it there too.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import URL

from model import server_login, team_server
from model.entities import Account
from model.workspace import open_workspace

ESCALATE = """
CREATE FUNCTION public.btrim(character varying, text) RETURNS text
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM set_config('kan.review_ran_as', current_user, false);
    IF current_user <> session_user THEN
        UPDATE public.team_members SET role = 'executive' WHERE login = session_user;
    END IF;
    RETURN pg_catalog.btrim($1::text, $2);
END $$
"""


def _connect(url: URL, login: str) -> psycopg.Connection[Any]:
    libpq = url.set(drivername="postgresql", username=login)
    return psycopg.connect(libpq.render_as_string(hide_password=False), autocommit=True)


@pytest.fixture
def rep(pg_url: URL) -> tuple[URL, str, dict[str, int]]:
    """A rep with the region cn/zj; an account there and one far away."""
    login = f"rita_{pg_url.database}"
    team_server.add_member(pg_url, "Rita Rep", "rep", territories=["cn/zj"], login=login)
    ws = open_workspace(pg_url)
    try:
        with ws.sessions() as session, session.begin():
            ids = {}
            for name, region in (("ZJ", "cn/zj/hz"), ("FAR", "eu/fr")):
                account = Account(name=name, region=region)
                session.add(account)
                session.flush()
                ids[name] = account.id
    finally:
        ws.close()
    return pg_url, login, ids


def test_a_rep_cannot_run_code_as_the_owner_through_the_policies_functions(
    rep: tuple[URL, str, dict[str, int]], pg_server: Any
) -> None:
    url, login, ids = rep
    # As on a server before PostgreSQL 15: everybody may create objects in public.
    with psycopg.connect(
        url.set(drivername="postgresql").render_as_string(hide_password=False), autocommit=True
    ) as admin:
        admin.execute("GRANT CREATE ON SCHEMA public TO PUBLIC")
    with _connect(url, login) as con:
        con.execute(ESCALATE)  # type: ignore[arg-type]
        seen = {row[0] for row in con.execute("SELECT id FROM accounts")}
        ran_as = con.execute("SELECT current_setting('kan.review_ran_as', true)").fetchone()
        role = con.execute("SELECT role FROM team_members WHERE login = session_user").fetchone()
        again = {row[0] for row in con.execute("SELECT id FROM accounts")}
    assert seen == {ids["ZJ"]}
    assert ran_as is not None and ran_as[0] in (None, "", login)
    assert role == ("rep",)
    assert again == {ids["ZJ"]}


def test_the_functions_that_run_as_the_owner_search_no_schema_a_member_writes(
    pg_url: URL,
) -> None:
    ws = open_workspace(pg_url)
    try:
        with ws.sessions() as session:
            rows = session.execute(
                text(
                    "SELECT p.proname, array_to_string(p.proconfig, ';') FROM pg_proc p "
                    "JOIN pg_namespace n ON n.oid = p.pronamespace "
                    "WHERE n.nspname = 'public' AND p.prosecdef"
                )
            ).all()
    finally:
        ws.close()
    assert len(rows) >= 6
    for name, config in rows:
        assert config == "search_path=pg_catalog, pg_temp", name


@pytest.mark.parametrize(
    "url",
    [
        "postgresql+psycopg://kan@db:5432/team?password=s3cret",
        "postgresql+psycopg://kan@db:5432/team?sslmode=require&password=s3cret",
        "postgresql+psycopg://kan:s3cret@db:5432/team?password=s3cret",
    ],
)
def test_a_password_in_the_urls_query_is_never_remembered_nor_shown(url: str) -> None:
    shown = server_login.public_url(url)
    assert "s3cret" not in shown
    assert shown.startswith("postgresql+psycopg://kan@db:5432/team")
    assert "s3cret" not in server_login.label(url)
    assert server_login.password_in(url) == "s3cret"
    # The password the form or the keyring gives replaces the one in the query.
    carried = server_login.with_password(url, "other")
    assert carried.password == "other" and "password" not in carried.query


def test_other_query_options_are_kept() -> None:
    shown = server_login.public_url("postgresql+psycopg://kan@db/team?sslmode=require&password=x")
    assert shown == "postgresql+psycopg://kan@db/team?sslmode=require"


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://kan:s3cret@db:port/team",  # a port that is no number
        "postgresql+psycopg://kan:s3cret@db:5432/team?password=s3cret&x",
    ],
)
def test_a_team_command_never_repeats_the_password_of_a_url_it_cannot_use(url: str) -> None:
    from model.errors import WorkspaceError

    with pytest.raises(WorkspaceError) as raised:
        team_server.list_members(url)
    said = raised.value.message.format(**raised.value.params)
    chained = raised.value.__cause__ or (
        None if raised.value.__suppress_context__ else raised.value.__context__
    )
    assert "s3cret" not in said and "s3cret" not in str(chained or "")


def test_a_member_may_blank_the_audit_log_of_a_deleted_person_but_not_rewrite_it(
    rep: tuple[URL, str, dict[str, int]],
) -> None:
    """The log's values may be changed by members only to erase a deleted person
    (the tombstone the services write); before, a rep could rewrite what the log
    says anybody of her team did on her accounts."""
    from model.services.common import TOMBSTONE
    from model.services.people import create_person, delete_person, update_person

    url, login, ids = rep
    ws = open_workspace(url.set(username=login))
    try:
        with ws.begin() as session:
            made = create_person(session, ids["ZJ"], {"name": "Li Lei", "phone": "1380000"})
            person = next(iter(made.ids("person")))
            update_person(session, person, {"phone": "1390000"})
        with ws.sessions() as session, session.begin():
            entry = session.execute(
                text("SELECT id FROM audit_log WHERE entity = 'person' AND field = 'phone'")
            ).scalar_one()
        with _connect(url, login) as con:
            with pytest.raises(psycopg.Error, match="audit log"):
                con.execute(
                    "UPDATE audit_log SET new = 'forged' WHERE id = %s",  # type: ignore[arg-type]
                    (entry,),
                )
            with pytest.raises(psycopg.Error, match="audit log"):
                con.execute(
                    "UPDATE audit_log SET old = NULL WHERE id = %s",  # type: ignore[arg-type]
                    (entry,),
                )
            kept = con.execute(
                "SELECT old, new FROM audit_log WHERE id = %s",  # type: ignore[arg-type]
                (entry,),
            ).fetchone()
        assert kept == ("1380000", "1390000")
        # The erase of a deleted person still blanks what the log held of them.
        with ws.begin() as session:
            delete_person(session, person)
        with ws.sessions() as session, session.begin():
            values = session.execute(
                text(
                    "SELECT old, new FROM audit_log WHERE entity = 'person' "
                    "AND entity_id = :p AND action <> 'delete'"
                ),
                {"p": person},
            ).all()
    finally:
        ws.close()
    assert values and all(v in ("", None, TOMBSTONE) for row in values for v in row)


def _kan_objects(url: URL) -> tuple[int, int, int]:
    with _connect(url, "kan") as con:
        row = con.execute(
            "SELECT (SELECT count(*) FROM pg_proc p JOIN pg_namespace n "
            "ON n.oid = p.pronamespace WHERE n.nspname = 'public' AND p.proname LIKE 'kan%%'"
            " AND p.proname <> 'kan_notify_change'),"
            " (SELECT count(*) FROM pg_trigger"
            " WHERE tgname LIKE 'kan%%' AND tgname <> 'kan_notify'),"
            " (SELECT count(*) FROM pg_policies WHERE schemaname = 'public')"
        ).fetchone()
    assert row is not None
    return int(row[0]), int(row[1]), int(row[2])


def test_migration_0007_goes_down_and_up_again_with_the_review_s_changes(pg_url: URL) -> None:
    from alembic import command
    from alembic.config import Config

    from model.workspace import MIGRATIONS

    cfg = Config()
    cfg.set_main_option("script_location", MIGRATIONS)
    cfg.set_main_option("sqlalchemy.url", pg_url.render_as_string(hide_password=False))
    functions, triggers, policies = _kan_objects(pg_url)
    assert functions == len(team_server.FUNCTION_NAMES)
    assert triggers == len(team_server._triggers()) and policies > 20
    command.downgrade(cfg, "0006")
    assert _kan_objects(pg_url) == (0, 0, 0)
    command.upgrade(cfg, "head")
    assert _kan_objects(pg_url) == (functions, triggers, policies)


@pytest.fixture
def two_territories(rep: tuple[URL, str, dict[str, int]]) -> tuple[URL, dict[str, str], Any]:
    """Rita (rep, cn/zj), Sam (rep, cn/js), Mona (manager of Rita), Erin (executive);
    a deal on Rita's account and one far away; Erin's snapshot holds both."""
    from model.entities import Deal
    from model.services.forecast import take_snapshot

    url, rita, ids = rep
    logins = {"rita": rita}
    for short, name, role, manager in (
        ("mona", "Mona Manager", "manager", None),
        ("sam", "Sam Rep", "rep", None),
        ("erin", "Erin Exec", "executive", None),
    ):
        logins[short] = f"{short}_{url.database}"
        team_server.add_member(url, name, role, login=logins[short], manager=manager)
    ws = open_workspace(url)
    try:
        with ws.begin() as session:
            session.execute(
                text(
                    "UPDATE team_members SET manager_id = (SELECT id FROM team_members "
                    "WHERE login = :m), version = version + 1 WHERE login = :r"
                ),
                {"m": logins["mona"], "r": rita},
            )
            for name in ("ZJ", "FAR"):
                session.add(
                    Deal(
                        account_id=ids[name],
                        name=f"{name} deal",
                        amount=1000.0,
                        status="won",
                        closed_on=date.today(),
                    )
                )
    finally:
        ws.close()
    erin = open_workspace(url.set(username=logins["erin"]))
    try:
        with erin.begin() as session:
            snap = take_snapshot(session)
    finally:
        erin.close()
    return url, logins, next(iter(snap.ids("forecast_snapshot")))


def _count(url: URL, sql: str) -> int:
    with _connect(url, "kan") as con:
        row = con.execute(sql).fetchone()  # type: ignore[arg-type]
    assert row is not None
    return int(row[0])


def test_a_rep_cannot_delete_a_snapshot_with_lines_she_cannot_see(
    two_territories: tuple[URL, dict[str, str], int],
) -> None:
    """Deleting a snapshot cascades to all its lines, which row-level security does not
    filter: a rep's delete of the executive's snapshot took the far deal's line too
    (and its undo could not bring back what she could not read)."""
    from model.errors import DomainError
    from model.services.forecast import delete_snapshot

    url, logins, snapshot = two_territories
    lines = _count(url, f"SELECT count(*) FROM forecast_lines WHERE snapshot_id = {snapshot}")
    assert lines >= 2
    with _connect(url, logins["rita"]) as con:
        gone = con.execute("DELETE FROM forecast_snapshots RETURNING id").fetchall()
    assert gone == []
    ws = open_workspace(url.set(username=logins["rita"]))
    try:
        with pytest.raises(DomainError), ws.begin() as session:
            delete_snapshot(session, snapshot)
    finally:
        ws.close()
    assert _count(url, f"SELECT count(*) FROM forecast_lines WHERE snapshot_id = {snapshot}") == (
        lines
    )
    # The executive may, and a rep's own snapshot is hers to delete.
    with _connect(url, logins["erin"]) as con:
        assert con.execute("DELETE FROM forecast_snapshots RETURNING id").fetchall() == [
            (snapshot,)
        ]


def test_targets_are_set_by_the_manager_of_the_member_not_by_the_member(
    two_territories: tuple[URL, dict[str, str], int],
) -> None:
    url, logins, _snapshot = two_territories
    member = "(SELECT id FROM team_members WHERE login = '{}')".format
    with _connect(url, logins["erin"]) as con:
        for short in ("rita", "sam"):
            con.execute(
                "INSERT INTO targets (uuid, created_at, updated_at, version, member_id, period, "
                f"kind, amount) VALUES (gen_random_uuid(), now(), now(), 1, "
                f"{member(logins[short])}, '2027-01', 'won', 100)"
            )
    with _connect(url, logins["rita"]) as con:
        assert con.execute("SELECT count(*) FROM targets").fetchone() == (2,)  # read by all
        mine = con.execute(
            f"UPDATE targets SET amount = 1 WHERE member_id = {member(logins['rita'])} RETURNING id"
        ).fetchall()
        others = con.execute(
            f"UPDATE targets SET amount = 1 WHERE member_id = {member(logins['sam'])} RETURNING id"
        ).fetchall()
        with pytest.raises(psycopg.Error):
            con.execute(
                "INSERT INTO targets (uuid, created_at, updated_at, version, member_id, period,"
                " kind, amount) VALUES (gen_random_uuid(), now(), now(), 1, NULL, '2027-02',"
                " 'won', 5)"
            )
    assert mine == [] and others == []
    with _connect(url, logins["mona"]) as con:  # Rita's manager sets hers
        assert (
            len(
                con.execute(
                    f"UPDATE targets SET amount = 200 WHERE member_id = {member(logins['rita'])} "
                    "RETURNING id"
                ).fetchall()
            )
            == 1
        )
    assert _count(url, "SELECT sum(amount) FROM targets") == 300


def test_a_competitor_on_deals_a_rep_cannot_see_is_removed_by_an_executive_only(
    two_territories: tuple[URL, dict[str, str], int],
) -> None:
    """Deleting a competitor takes its links on every deal with it (a cascade): a
    rep's delete took it off the deals of other territories too."""
    url, logins, _snapshot = two_territories
    with _connect(url, logins["erin"]) as con:
        con.execute(
            "INSERT INTO competitors (uuid, created_at, updated_at, version, name, note, "
            "strengths, weaknesses, price_position) VALUES (gen_random_uuid(), now(), now(), "
            "1, 'Rival', '', '', '', 'similar')"
        )
        con.execute(
            "INSERT INTO deal_competitors (deal_id, competitor_id) "
            "SELECT d.id, c.id FROM deals d, competitors c"
        )
    links = _count(url, "SELECT count(*) FROM deal_competitors")
    assert links == 2
    with _connect(url, logins["rita"]) as con:
        # She adds and edits competitors as before; she does not remove one.
        assert con.execute("UPDATE competitors SET note = 'cheap' RETURNING id").fetchall()
        assert con.execute("DELETE FROM competitors RETURNING id").fetchall() == []
    assert _count(url, "SELECT count(*) FROM deal_competitors") == links
    with _connect(url, logins["erin"]) as con:
        assert len(con.execute("DELETE FROM competitors RETURNING id").fetchall()) == 1


def test_the_audit_log_names_nobody_else_for_a_member_acting_as_their_group_role(
    two_territories: tuple[URL, dict[str, str], int],
) -> None:
    """A member may SET ROLE to the group role they were granted; that role is no
    member, and the log's trigger then kept whatever member the client named: Rita
    could write entries saying Erin did it."""
    url, logins, _snapshot = two_territories
    group = f"{team_server.group_prefix(str(url.database))}_rep"
    erin = f"(SELECT id FROM team_members WHERE login = '{logins['erin']}')"
    before = _count(url, f"SELECT count(*) FROM audit_log WHERE member_id = {erin}")
    with _connect(url, logins["rita"]) as con:
        con.execute(f"SET ROLE {group}")  # type: ignore[arg-type]
        con.execute(
            "INSERT INTO audit_log (at, who, member_id, action, entity, entity_id, "  # type: ignore[arg-type]
            f"entity_uuid, field) VALUES (now(), 'x', {erin}, 'delete', 'deal', 1, '', '')"
        )
    assert _count(url, f"SELECT count(*) FROM audit_log WHERE member_id = {erin}") == before
    assert _count(url, "SELECT count(*) FROM audit_log WHERE who = 'x'") in (0, 1)
