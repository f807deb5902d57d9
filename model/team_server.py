"""Who is who on a team server: members as PostgreSQL roles, rows by row-level security.

On PostgreSQL every team member signs in as a database role of their own
(:func:`add_member` makes it). The role is granted one of four group roles of
the database (rep, presales, manager, executive), which hold the table
privileges; *which rows* a member reads and writes is decided by the server's
row-level security policies that :func:`secure` installs (migration 0007 runs it):

* a member works an account when they own it, it falls in their territory (the
  most specific match, as :func:`model.protection.match_territory` decides), or
  they own, have a task on or visited with one of its deals or activities;
* a member sees the accounts worked by their team: themselves and everybody
  whose ``manager_id`` chain reaches them (a rep's team is the rep); an
  executive sees every account;
* every row hanging off an account (people, deals, activities, ...) follows
  the account, through ``account_id`` / ``deal_id`` / ``person_id`` / ...;
* private attributes of customer people (``people_private``) are readable only
  by members who work that account themselves, whatever their role;
* the team and its territories are read by all, changed by executives only
  (a member's level of sight is their ``team_members.role``; their group role
  holds the table privileges, so the two are kept equal by add-member);
* the audit log's ``member_id`` is the signed-in member, set by the server, and
  a member's new account is theirs unless they name another owner.

The table owner (the admin who created the database) is not subject to these
policies, as PostgreSQL does for owners: the application's connection for a
member is never the owner. The policies call small SQL functions (SECURITY
DEFINER, STABLE, fixed ``search_path``) that find the member of
``current_user`` and the accounts visible to them, so each policy stays one
line; a transaction computes a member's accounts once (kept, signed, in a
transaction-local setting; see ``kan_cached_accounts``).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import text
from sqlalchemy.engine import URL, Connection
from sqlalchemy.exc import DBAPIError

from model.enums import TeamRole
from model.errors import DomainError, InvalidValue, NotFound, WorkspaceError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from model.workspace import Workspace

TEAM_ROLES: tuple[str, ...] = tuple(r.value for r in TeamRole)

LOGIN_PATTERN = re.compile(r"[a-z_][a-z0-9_]{0,62}")
"""A login we make or accept: a plain lower-case identifier (no quoting surprises)."""

# -- the SQL functions the policies call -------------------------------------------------

# Every object the functions use is written with its schema; their search_path names
# only pg_catalog (and pg_temp, last, which is never searched for functions then), never
# a schema a member may create in: where ``public`` is open to all (before PostgreSQL
# 15), a member's ``public.btrim(varchar, text)`` outranked pg_catalog's for a varchar
# column and ran as the owner.
_DEFINER = "STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp"

FUNCTIONS: tuple[str, ...] = (
    # The database's secret, readable by the owner only (signs kept answers, below).
    "CREATE SCHEMA IF NOT EXISTS kan_private",
    "REVOKE ALL ON SCHEMA kan_private FROM PUBLIC",
    "CREATE TABLE IF NOT EXISTS kan_private.secret (secret text NOT NULL)",
    "INSERT INTO kan_private.secret SELECT gen_random_uuid()::text || gen_random_uuid()::text "
    "WHERE NOT EXISTS (SELECT 1 FROM kan_private.secret)",
    # The member signed in as ``who`` (current_user), if it is active. Asked by
    # another role than the session's own, it answers only for roles that
    # session may act as (SET ROLE), so nobody learns anything of another.
    f"""
    CREATE OR REPLACE FUNCTION public.kan_member_for(who name) RETURNS integer
    LANGUAGE sql {_DEFINER} AS $$
        SELECT m.id FROM public.team_members m
        WHERE m.login = who AND m.active AND pg_has_role(session_user, who, 'MEMBER')
    $$""",
    f"""
    CREATE OR REPLACE FUNCTION public.kan_role_for(who name) RETURNS text
    LANGUAGE sql {_DEFINER} AS $$
        SELECT m.role FROM public.team_members m WHERE m.id = public.kan_member_for(who)
    $$""",
    # The member and everybody whose manager chain reaches them.
    f"""
    CREATE OR REPLACE FUNCTION public.kan_team_for(who name) RETURNS SETOF integer
    LANGUAGE sql {_DEFINER} AS $$
        WITH RECURSIVE team(id) AS (
            SELECT public.kan_member_for(who)
            UNION
            SELECT m.id FROM public.team_members m JOIN team t ON m.manager_id = t.id
        )
        SELECT id FROM team WHERE id IS NOT NULL
    $$""",
    # The accounts worked by any of ``members``: owned, in their territory (the
    # most specific match wins: a named account, then the deepest region, then
    # the industry), or on whose deals or activities they are.
    f"""
    CREATE OR REPLACE FUNCTION public.kan_worked_accounts(members integer[])
    RETURNS SETOF integer LANGUAGE sql {_DEFINER} AS $$
        SELECT a.id FROM public.accounts a WHERE a.owner_id = ANY(members)
        UNION
        SELECT t.account_id FROM public.territories t
        WHERE t.kind = 'account' AND t.member_id = ANY(members) AND t.account_id IS NOT NULL
        UNION
        SELECT a.id FROM public.accounts a
        JOIN public.territories t ON t.kind = 'region' AND t.member_id = ANY(members)
            AND btrim(t.value, '/') <> ''
            AND (btrim(a.region, '/') = btrim(t.value, '/')
                 OR starts_with(btrim(a.region, '/'), btrim(t.value, '/') || '/'))
        WHERE NOT EXISTS (SELECT 1 FROM public.territories n
                          WHERE n.kind = 'account' AND n.account_id = a.id)
          AND NOT EXISTS (
            SELECT 1 FROM public.territories d
            WHERE d.kind = 'region' AND btrim(d.value, '/') <> ''
              AND starts_with(btrim(a.region, '/') || '/', btrim(d.value, '/') || '/')
              AND length(btrim(d.value, '/')) - length(replace(btrim(d.value, '/'), '/', ''))
                > length(btrim(t.value, '/')) - length(replace(btrim(t.value, '/'), '/', '')))
        UNION
        SELECT a.id FROM public.accounts a
        JOIN public.territories t ON t.kind = 'industry' AND t.member_id = ANY(members)
            AND btrim(t.value) <> '' AND lower(btrim(a.industry)) = lower(btrim(t.value))
        WHERE NOT EXISTS (SELECT 1 FROM public.territories n
                          WHERE n.kind = 'account' AND n.account_id = a.id)
          AND NOT EXISTS (
            SELECT 1 FROM public.territories r
            WHERE r.kind = 'region' AND btrim(r.value, '/') <> ''
              AND starts_with(btrim(a.region, '/') || '/', btrim(r.value, '/') || '/'))
        UNION
        SELECT d.account_id FROM public.deals d WHERE d.owner_id = ANY(members)
        UNION
        SELECT d.account_id FROM public.tasks k JOIN public.deals d ON d.id = k.deal_id
        WHERE k.assignee_id = ANY(members)
        UNION
        SELECT v.account_id FROM public.activity_members am
        JOIN public.activities v ON v.id = am.activity_id
        WHERE am.member_id = ANY(members)
    $$""",
    # Computing the accounts takes a tenth of a second on the large sample, and a
    # query through several policies asks several times: the answer is kept for
    # the rest of the transaction (a transaction-local setting, so it goes with
    # the transaction), and forgotten by any write that may change it
    # (kan_forget_access, a statement trigger on the tables it reads).
    f"""
    CREATE OR REPLACE FUNCTION public.kan_cached_accounts(who name, private boolean)
    RETURNS integer[] LANGUAGE plpgsql {_DEFINER} AS $$
    DECLARE
        setting text := CASE WHEN private THEN 'kan.private_accounts'
                             ELSE 'kan.visible_accounts' END;
        kept text := current_setting(setting, true);
        -- Anybody may set a setting: what is kept is signed with the database's
        -- secret, for this backend and this transaction only.
        salt text := (SELECT s.secret FROM kan_private.secret s)
                     || pg_backend_pid() || ':' || now() || ':';
        ids integer[];
        body text;
    BEGIN
        IF length(kept) > 33 THEN
            body := substr(kept, 34);
            IF left(kept, 33) = md5(salt || body) || ' '
               AND left(body, length(who) + 1) = who || ':' THEN
                RETURN string_to_array(substr(body, length(who) + 2), ',')::integer[];
            END IF;
        END IF;
        IF private THEN
            ids := ARRAY(SELECT public.kan_worked_accounts(ARRAY[public.kan_member_for(who)])
                         WHERE public.kan_member_for(who) IS NOT NULL);
        ELSE
            ids := ARRAY(SELECT public.kan_worked_accounts(ARRAY(SELECT public.kan_team_for(who))));
        END IF;
        body := who || ':' || array_to_string(ids, ',');
        PERFORM set_config(setting, md5(salt || body) || ' ' || body, true);
        RETURN ids;
    END $$""",
    f"""
    CREATE OR REPLACE FUNCTION public.kan_visible_accounts_for(who name)
    RETURNS SETOF integer LANGUAGE sql {_DEFINER} AS $$
        SELECT unnest(public.kan_cached_accounts(who, false))
    $$""",
    f"""
    CREATE OR REPLACE FUNCTION public.kan_private_accounts_for(who name)
    RETURNS SETOF integer LANGUAGE sql {_DEFINER} AS $$
        SELECT unnest(public.kan_cached_accounts(who, true))
    $$""",
    """
    CREATE OR REPLACE FUNCTION public.kan_forget_access() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
    BEGIN
        PERFORM set_config('kan.visible_accounts', '', true);
        PERFORM set_config('kan.private_accounts', '', true);
        RETURN NULL;
    END $$""",
    # What the policies call, for the role running the query (inlined wrappers).
    """
    CREATE OR REPLACE FUNCTION public.kan_me() RETURNS integer
    LANGUAGE sql STABLE SET search_path = pg_catalog, public
    AS $$ SELECT public.kan_member_for(current_user) $$""",
    """
    CREATE OR REPLACE FUNCTION public.kan_sees_all() RETURNS boolean
    LANGUAGE sql STABLE SET search_path = pg_catalog, public
    AS $$ SELECT coalesce(public.kan_role_for(current_user) = 'executive', false) $$""",
    """
    CREATE OR REPLACE FUNCTION public.kan_team() RETURNS SETOF integer
    LANGUAGE sql STABLE SET search_path = pg_catalog, public
    AS $$ SELECT public.kan_team_for(current_user) $$""",
    """
    CREATE OR REPLACE FUNCTION public.kan_visible_accounts() RETURNS SETOF integer
    LANGUAGE sql STABLE SET search_path = pg_catalog, public
    AS $$ SELECT public.kan_visible_accounts_for(current_user) $$""",
    """
    CREATE OR REPLACE FUNCTION public.kan_private_accounts() RETURNS SETOF integer
    LANGUAGE sql STABLE SET search_path = pg_catalog, public
    AS $$ SELECT public.kan_private_accounts_for(current_user) $$""",
    # The audit log names the signed-in member, whatever the client said.
    """
    CREATE OR REPLACE FUNCTION public.kan_audit_member() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
    DECLARE
        me integer := public.kan_me();
    BEGIN
        IF me IS NOT NULL THEN
            NEW.member_id := me;
        ELSIF NOT pg_has_role(current_user,
                              (SELECT c.relowner FROM pg_class c WHERE c.oid = TG_RELID),
                              'MEMBER') THEN
            -- A role that is no member (a member acting as their group role, SET ROLE)
            -- names nobody: only the owner (the admin's tools) says who it was.
            NEW.member_id := NULL;
        END IF;
        RETURN NEW;
    END $$""",
    # The log's values stay as written: a member may only put the tombstone of a
    # deleted person in place of a value (model.services.common._forget_people);
    # the UPDATE grant and policy are for that alone. The owner (migrations) is free.
    """
    CREATE OR REPLACE FUNCTION public.kan_audit_keep() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
    BEGIN
        IF NOT pg_has_role(current_user,
                           (SELECT c.relowner FROM pg_class c WHERE c.oid = TG_RELID), 'MEMBER')
           AND ((NEW."old" IS DISTINCT FROM OLD."old" AND NEW."old" IS DISTINCT FROM '(deleted)')
             OR (NEW."new" IS DISTINCT FROM OLD."new" AND NEW."new" IS DISTINCT FROM '(deleted)'))
        THEN
            RAISE EXCEPTION 'the audit log keeps what was done: its values can only be '
                            'erased with the person they named'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
    END $$""",
    # A member's new account is theirs unless they name another owner (of their team:
    # the policy's check), so that they can see what they just added.
    """
    CREATE OR REPLACE FUNCTION public.kan_own_new_account() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
    BEGIN
        IF NEW.owner_id IS NULL THEN
            NEW.owner_id := public.kan_me();
        END IF;
        RETURN NEW;
    END $$""",
    # Only the definer functions (run as the owner) compute accounts for given members.
    "REVOKE ALL ON FUNCTION public.kan_worked_accounts(integer[]) FROM PUBLIC",
    "REVOKE ALL ON FUNCTION public.kan_cached_accounts(name, boolean) FROM PUBLIC",
)

FORGETTING: dict[str, str] = {
    # Table -> the columns whose change may change who works which account.
    "accounts": "owner_id, region, industry",
    "territories": "member_id, kind, value, account_id",
    "team_members": "manager_id, role, login, active",
    "deals": "owner_id, account_id",
    "tasks": "assignee_id, deal_id",
    "activities": "account_id",
    "activity_members": "activity_id, member_id",
}
"""The tables :func:`kan_worked_accounts` reads: a write to them forgets the kept answer."""

FUNCTION_NAMES: tuple[str, ...] = (
    "kan_audit_keep()",
    "kan_audit_member()",
    "kan_own_new_account()",
    "kan_forget_access()",
    "kan_private_accounts()",
    "kan_visible_accounts()",
    "kan_team()",
    "kan_sees_all()",
    "kan_me()",
    "kan_private_accounts_for(name)",
    "kan_visible_accounts_for(name)",
    "kan_cached_accounts(name, boolean)",
    "kan_worked_accounts(integer[])",
    "kan_team_for(name)",
    "kan_role_for(name)",
    "kan_member_for(name)",
)

INDEXES: tuple[tuple[str, str, str], ...] = (
    # What the functions read, beside the ORM's own indexes (owner_id, member_id, ...).
    ("ix_kan_team_members_manager", "team_members", "manager_id"),
    ("ix_kan_activity_members_member", "activity_members", "member_id"),
    ("ix_kan_territories_kind_account", "territories", "kind, account_id"),
)

# -- the policies, table by table ------------------------------------------------------

_ALL = "(SELECT public.kan_sees_all())"


def _visible(column: str) -> str:
    return f"({_ALL} OR {column} IN (SELECT public.kan_visible_accounts()))"


def _through(column: str, table: str) -> str:
    """Rows hanging off a parent follow it: the parent's own policy filters the subquery
    (an executive's query skips it)."""
    return f"({_ALL} OR {column} IN (SELECT p.id FROM public.{table} p))"


_TEAM_OWNED = f"({_ALL} OR owner_id IN (SELECT public.kan_team()))"

# Table -> (USING/WITH CHECK of its policy, or None for readable by all and written
# by executives). Tables not named here follow their columns (see _rule_for).
RULES: dict[str, str | None] = {
    # Owned by the team: the same rows, said so that a new account (not yet in the
    # accounts the functions read) is seen by whoever adds it, as RETURNING needs.
    "accounts": f"({_visible('id')} OR owner_id IN (SELECT public.kan_team()))",
    "leads": (
        f"({_visible('account_id')} OR (account_id IS NULL "
        "AND (owner_id IS NULL OR owner_id IN (SELECT public.kan_team()))))"
    ),
    "forecast_lines": (f"({_through('deal_id', 'deals')} OR (deal_id IS NULL AND {_TEAM_OWNED}))"),
    "people_private": (
        "(person_id IN (SELECT p.id FROM public.people p "
        "WHERE p.account_id IN (SELECT public.kan_private_accounts())))"
    ),
    "influences": _through("source_id", "people"),
    "relationships": _through("person_id", "people"),
    "activity_members": _through("activity_id", "activities"),
    "activity_people": _through("activity_id", "activities"),
    "payments": _through("instalment_id", "instalments"),
    "team_members": None,
    "territories": None,
}

OPEN_TABLES: frozenset[str] = frozenset({"segments", "settings"})
"""Shared by the whole team (no customer rows): every member reads and writes them."""

_ME = "(SELECT public.kan_me())"

READ_ALL: dict[str, tuple[str, str] | tuple[str, str, str]] = {
    # A competitor is added and edited by anybody; removed only by an executive: its
    # links on every deal go with it (a cascade no policy filters), and a rep's undo
    # could not bring back those on deals she cannot see.
    "competitors": ("true", "true", _ALL),
    # A snapshot's lines go with it (ON DELETE CASCADE, which no policy filters):
    # only its taker or an executive removes it, so nobody deletes lines they cannot see.
    "forecast_snapshots": ("true", f"({_ALL} OR by_id = {_ME})"),
    # A member's target is set by their managers (up the chain) or an executive, never by
    # the member; the team's own (no member) by an executive.
    "targets": (
        f"({_ALL} OR (member_id IN (SELECT public.kan_team()) AND member_id <> {_ME}))",
        f"({_ALL} OR (member_id IN (SELECT public.kan_team()) AND member_id <> {_ME}))",
    ),
}
"""Read by every member; (INSERT check, UPDATE rule[, DELETE rule]) for writes."""

_AUDIT_SEES = (
    f"({_ALL} OR member_id IN (SELECT public.kan_team())"
    f" OR (entity = 'account' AND {_through('entity_id', 'accounts')})"
    f" OR (entity = 'deal' AND {_through('entity_id', 'deals')})"
    f" OR (entity = 'person' AND {_through('entity_id', 'people')}))"
)


def _rule_for(table: str, columns: Sequence[str]) -> str | bool | None:
    """The policy expression of ``table``; None: read by all, changed by executives;
    True: no row-level security (shared by the team)."""
    if table in RULES:
        return RULES[table]
    if table in READ_ALL:
        return READ_ALL[table][1]
    if table in OPEN_TABLES:
        return True
    for column, parent in (
        ("account_id", None),
        ("deal_id", "deals"),
        ("person_id", "people"),
        ("activity_id", "activities"),
        ("instalment_id", "instalments"),
    ):
        if column in columns:
            return _visible(column) if parent is None else _through(column, parent)
    return True


# -- group roles -----------------------------------------------------------------------


def group_prefix(database: str) -> str:
    """The database's group roles are ``<prefix>_rep`` etc.: its name, made safe and short.

    >>> group_prefix("sales")
    'sales_kan'
    >>> group_prefix("Team DB") == group_prefix("Team DB") != group_prefix("team db")
    True
    """
    plain = database if re.fullmatch(r"[a-z0-9_]{1,40}", database) else ""
    if plain:
        return f"{plain}_kan"
    digest = hashlib.sha1(database.encode()).hexdigest()[:10]
    head = re.sub(r"[^a-z0-9_]", "", database.lower())[:24]
    return f"{head}_{digest}_kan" if head else f"db_{digest}_kan"


def group_role(conn: Connection, team_role: str) -> str:
    database = conn.execute(text("SELECT current_database()")).scalar_one()
    return f"{group_prefix(str(database))}_{team_role}"


def _quote(conn: Connection, name: str) -> str:
    quoted = conn.execute(text("SELECT quote_ident(:n)"), {"n": name}).scalar_one()
    return str(quoted)


def can_create_roles(conn: Connection) -> bool:
    row = conn.execute(
        text("SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user")
    ).scalar()
    return bool(row)


def _role_exists(conn: Connection, name: str) -> bool:
    found = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name})
    return found.first() is not None


def _tables(conn: Connection) -> dict[str, list[str]]:
    rows = conn.execute(
        text(
            "SELECT c.relname, a.attname FROM pg_class c "
            "JOIN pg_namespace s ON s.oid = c.relnamespace AND s.nspname = 'public' "
            "JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped "
            "WHERE c.relkind IN ('r', 'p') ORDER BY c.relname, a.attnum"
        )
    )
    out: dict[str, list[str]] = {}
    for table, column in rows:
        out.setdefault(str(table), []).append(str(column))
    return out


def secure(conn: Connection, *, refresh: bool = False) -> None:
    """Install the functions, policies, triggers and grants; what is there stays.

    Migration 0007 runs it with ``refresh`` (every policy and trigger made anew: a
    later migration that changes them does the same); :func:`add_member` runs it
    without, so that a table a later migration added gets its policy and grants,
    while the tables that have theirs are not touched: changing a table's policies
    waits for every open transaction on it, and a team at work has some.
    Group roles and grants need a role that may create roles; without that only
    the policies are set.
    """
    for sql in FUNCTIONS:
        conn.exec_driver_sql(sql)
    for name, table, keys in INDEXES:
        if refresh or not _has(conn, "SELECT 1 FROM pg_class WHERE relname = :n", name):
            conn.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS {name} ON public.{table} ({keys})")
    tables = _tables(conn)
    for table, columns in tables.items():
        if table != "alembic_version":
            _policies(conn, table, columns, refresh)
    for name, table, when, what in _triggers():
        there = "SELECT 1 FROM pg_trigger WHERE tgname = :n AND tgrelid = CAST(:t AS regclass)"
        if not refresh and _has(conn, there, name, f"public.{table}"):
            continue
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name} ON public.{table}")
        conn.exec_driver_sql(f"CREATE TRIGGER {name} {when} ON public.{table} {what}")
    if can_create_roles(conn):
        _grant(conn, tables)


def _has(conn: Connection, sql: str, name: str, table: str = "") -> bool:
    return conn.execute(text(sql), {"n": name, "t": table}).first() is not None


def _kan_policies(conn: Connection, table: str) -> list[str]:
    found = conn.execute(
        text("SELECT policyname FROM pg_policies WHERE schemaname = 'public' AND tablename = :t"),
        {"t": table},
    )
    return [str(name) for name in found.scalars() if str(name).startswith("kan_")]


def _triggers() -> list[tuple[str, str, str, str]]:
    """(name, table, "BEFORE/AFTER events", "FOR EACH ... EXECUTE FUNCTION ...") of the
    triggers :func:`secure` installs and :func:`unsecure` drops."""
    rows = [
        ("kan_audit_member", "audit_log", "BEFORE INSERT", "ROW", "kan_audit_member"),
        ("kan_audit_keep", "audit_log", "BEFORE UPDATE", "ROW", "kan_audit_keep"),
        ("kan_own_new_account", "accounts", "BEFORE INSERT", "ROW", "kan_own_new_account"),
    ]
    rows += [
        (
            "kan_forget_access",
            table,
            f"AFTER INSERT OR DELETE OR TRUNCATE OR UPDATE OF {columns}",
            "STATEMENT",
            "kan_forget_access",
        )
        for table, columns in FORGETTING.items()
    ]
    return [
        (name, table, when, f"FOR EACH {level} EXECUTE FUNCTION public.{function}()")
        for name, table, when, level, function in rows
    ]


def _policies(conn: Connection, table: str, columns: Sequence[str], refresh: bool) -> None:
    q = f"public.{table}"
    ours = _kan_policies(conn, table)
    rule: str | bool | None = _AUDIT_SEES if table == "audit_log" else _rule_for(table, columns)
    if ours and not refresh:
        return
    if rule is True:
        if refresh:
            conn.exec_driver_sql(f"ALTER TABLE {q} DISABLE ROW LEVEL SECURITY")
        return
    for old in ours:
        conn.exec_driver_sql(f"DROP POLICY {old} ON {q}")
    conn.exec_driver_sql(f"ALTER TABLE {q} ENABLE ROW LEVEL SECURITY")
    if table in READ_ALL:
        add, change, *rest = READ_ALL[table]
        remove = rest[0] if rest else change
        conn.exec_driver_sql(f"CREATE POLICY kan_read ON {q} FOR SELECT USING (true)")
        conn.exec_driver_sql(f"CREATE POLICY kan_add ON {q} FOR INSERT WITH CHECK ({add})")
        conn.exec_driver_sql(
            f"CREATE POLICY kan_change ON {q} FOR UPDATE USING ({change}) WITH CHECK ({change})"
        )
        conn.exec_driver_sql(f"CREATE POLICY kan_remove ON {q} FOR DELETE USING ({remove})")
        return
    if table == "audit_log":
        conn.exec_driver_sql(f"CREATE POLICY kan_read ON {q} FOR SELECT USING {rule}")
        conn.exec_driver_sql(f"CREATE POLICY kan_add ON {q} FOR INSERT WITH CHECK (true)")
        # A deleted person's values are blanked in the log by whoever deletes them.
        conn.exec_driver_sql(f"CREATE POLICY kan_forget ON {q} FOR UPDATE USING {rule}")
        return
    if rule is None:
        conn.exec_driver_sql(f"CREATE POLICY kan_read ON {q} FOR SELECT USING (true)")
        conn.exec_driver_sql(f"CREATE POLICY kan_change ON {q} FOR ALL USING ({_ALL})")
        return
    conn.exec_driver_sql(f"CREATE POLICY kan_rows ON {q} FOR ALL USING {rule} WITH CHECK {rule}")


def _grant(conn: Connection, tables: dict[str, list[str]]) -> None:
    groups = {role: group_role(conn, role) for role in TEAM_ROLES}
    for name in groups.values():
        if not _role_exists(conn, name):
            conn.exec_driver_sql(f"CREATE ROLE {_quote(conn, name)} NOLOGIN")
    everyone = ", ".join(_quote(conn, n) for n in groups.values())
    executive = _quote(conn, groups["executive"])
    conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA public TO {everyone}")
    conn.exec_driver_sql(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {everyone}")
    for table in tables:
        q = f"public.{table}"
        if table == "alembic_version":
            conn.exec_driver_sql(f"GRANT SELECT ON {q} TO {everyone}")
        elif table == "audit_log":
            conn.exec_driver_sql(f"GRANT SELECT, INSERT ON {q} TO {everyone}")
            conn.exec_driver_sql(f'GRANT UPDATE ("old", "new") ON {q} TO {everyone}')
        elif table in RULES and RULES[table] is None:
            conn.exec_driver_sql(f"GRANT SELECT ON {q} TO {everyone}")
            conn.exec_driver_sql(f"GRANT INSERT, UPDATE, DELETE ON {q} TO {executive}")
        else:
            conn.exec_driver_sql(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {q} TO {everyone}")


def unsecure(conn: Connection) -> None:
    """Undo :func:`secure` in this database (migration 0007's downgrade). Group roles
    are left: members may still hold them; ``DROP ROLE`` is the admin's call."""
    for name, table, _when, _what in _triggers():
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name} ON public.{table}")
    for table in _tables(conn):
        for old in _kan_policies(conn, table):
            conn.exec_driver_sql(f"DROP POLICY {old} ON public.{table}")
        conn.exec_driver_sql(f"ALTER TABLE public.{table} DISABLE ROW LEVEL SECURITY")
    for signature in FUNCTION_NAMES:
        conn.exec_driver_sql(f"DROP FUNCTION IF EXISTS public.{signature}")
    conn.exec_driver_sql("DROP SCHEMA IF EXISTS kan_private CASCADE")
    for name, _table, _columns in INDEXES:
        conn.exec_driver_sql(f"DROP INDEX IF EXISTS public.{name}")


# -- "me" -------------------------------------------------------------------------------


def signed_in_member(session: Session) -> int | None:
    """The team member the session's database role is (None on a file, or for an admin)."""
    if session.get_bind().dialect.name != "postgresql":
        return None
    found = session.execute(
        text("SELECT id FROM team_members WHERE login = current_user AND active")
    ).scalar()
    return int(found) if found is not None else None


def sign_in(workspace: Workspace) -> int | None:
    """:func:`signed_in_member` of a new session of ``workspace`` (the end of
    ``open_workspace`` calls it); a role that may not read the team is told so and
    the workspace closed."""
    if workspace.engine.dialect.name != "postgresql":
        return None
    try:
        with workspace.sessions() as session:
            return signed_in_member(session)
    except DBAPIError as exc:
        workspace.close()
        raise WorkspaceError(
            "{workspace} cannot be read as its team member ({detail}). Ask the "
            "database's admin to add you: keyaccount team add-member.",
            workspace=workspace.label,
            detail=str(getattr(exc, "orig", None) or exc).splitlines()[0],
        ) from exc


# -- members ---------------------------------------------------------------------------


def login_for(name: str) -> str:
    """A safe role name for a member called ``name``.

    >>> login_for("Alice Wang"), login_for("Zoë O'Neil")
    ('alice_wang', 'zoe_oneil')
    >>> login_for("王芳").startswith("member_")
    True
    """
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", plain.lower().replace("'", ""))
    login = "_".join(words)[:40]
    if login and not login[0].isdigit():
        return login
    return "member_" + hashlib.sha1(name.strip().encode()).hexdigest()[:8]


@dataclass(frozen=True)
class MemberRow:
    name: str
    role: str
    manager: str
    login: str
    can_sign_in: bool
    active: bool
    territories: tuple[str, ...]


def _server_url(url: str | Path | URL) -> URL:
    from model.server_login import password_in, unreadable, with_password
    from model.workspace import url_for

    try:
        parsed = url_for(url)
    except Exception:
        raise WorkspaceError(
            "'{url}' is neither a file path nor a database URL.", url=unreadable(str(url))
        ) from None
    if parsed.get_backend_name() != "postgresql":
        raise WorkspaceError(
            "{workspace} is not a team database: team members are server roles; "
            "a SQLite file has one user. Use a postgresql+psycopg:// URL.",
            workspace=str(url),
        )
    # A password given in the query (?password=) goes where messages hide it.
    return with_password(parsed, password_in(parsed))


def _member_by_name(session: Session, name: str) -> dict[str, Any] | None:
    rows = session.execute(
        text(
            "SELECT id, name, role, login, active FROM team_members "
            "WHERE name = :n OR login = :n ORDER BY (name = :n) DESC, id"
        ),
        {"n": name},
    ).mappings()
    first = rows.first()
    return dict(first) if first is not None else None


def _set_password(conn: Connection, login: str, password: str) -> None:
    """Give ``login`` a password, sent as the server stores it (SCRAM): never in clear."""
    from psycopg import sql

    dbapi: Any = conn.connection.dbapi_connection
    hashed = bytes(
        dbapi.pgconn.encrypt_password(password.encode(), login.encode(), b"scram-sha-256")
    )
    with dbapi.cursor() as cursor:
        cursor.execute(
            sql.SQL("ALTER ROLE {} PASSWORD {}").format(
                sql.Identifier(login), sql.Literal(hashed.decode())
            )
        )


def _check_admin(conn: Connection) -> None:
    if not can_create_roles(conn):
        user = conn.execute(text("SELECT current_user")).scalar_one()
        raise WorkspaceError(
            "The role {user} may not create roles, so it cannot add or remove team "
            "members. Connect as the database's admin (a role with CREATEROLE that owns "
            "the workspace's tables).",
            user=user,
        )


def _admin_workspace(server: URL) -> Workspace:
    """The workspace at ``server`` opened (and migrated) by a role that may create roles;
    another role is told so before anything is read."""
    from model.server_login import public_url
    from model.workspace import make_engine, open_workspace

    engine = make_engine(server)
    try:
        with engine.connect() as conn:
            _check_admin(conn)
    except DBAPIError as exc:
        raise WorkspaceError(
            "Cannot open workspace {path}: {reason}",
            path=public_url(server),
            reason=str(getattr(exc, "orig", None) or exc).splitlines()[0],
        ) from exc
    finally:
        engine.dispose()
    return open_workspace(server)


def add_member(
    url: str | Path | URL,
    name: str,
    role: str,
    *,
    manager: str | None = None,
    territories: Iterable[str] = (),
    login: str | None = None,
    password: str | None = None,
) -> str:
    """Make ``name`` a member who signs in as a server role of their own; the login.

    Creates the LOGIN role (password stored hashed, if given), grants it the
    database's group role for ``role``, and creates the team member, or links the
    member of that name who has no login yet. Refused, with nothing changed, on a
    SQLite file, for a role that may not create roles, and for a login or member
    that exists.
    """
    from model.services import protection as protection_services
    from model.services import team as team_services

    server = _server_url(url)
    if role not in TEAM_ROLES:
        raise InvalidValue(
            "Role '{raw}' is not one of: {allowed}.", raw=role, allowed=", ".join(TEAM_ROLES)
        )
    name = name.strip()
    if not name:
        raise InvalidValue("A team member needs a name.")
    login = login or login_for(name)
    if not LOGIN_PATTERN.fullmatch(login):
        raise InvalidValue(
            "'{login}' cannot be a login: use lower-case letters, digits and _ "
            "(at most 63, not starting with a digit).",
            login=login,
        )
    workspace = _admin_workspace(server)
    try:
        with workspace.sessions() as session, session.begin():
            conn = session.connection()
            if _role_exists(conn, login):
                raise InvalidValue(
                    "A server role named {login} exists already; choose another with --login.",
                    login=login,
                )
            found = _member_by_name(session, name)
            if found is not None and found["login"]:
                raise InvalidValue(
                    "{name} is a team member already (login {login}).",
                    name=name,
                    login=found["login"],
                )
            manager_id = None
            if manager:
                boss = _member_by_name(session, manager)
                if boss is None:
                    raise NotFound("No team member called {name}.", name=manager)
                manager_id = boss["id"]
            secure(conn)
            q = _quote(conn, login)
            conn.exec_driver_sql(f"CREATE ROLE {q} LOGIN")
            if password:
                _set_password(conn, login, password)
            conn.exec_driver_sql(f"GRANT {_quote(conn, group_role(conn, role))} TO {q}")
            session.info["who"] = "keyaccount team"
            values: dict[str, Any] = {"name": name, "role": role, "active": True}
            if manager_id is not None or found is None:  # a linked member keeps theirs
                values["manager_id"] = manager_id
            if found is None:
                changes = team_services.create_member(session, values)
                member_id = next(iter(changes.ids("member")))
            else:
                member_id = int(found["id"])
                team_services.update_member(session, member_id, values)
            session.execute(
                text("UPDATE team_members SET login = :l, version = version + 1 WHERE id = :i"),
                {"l": login, "i": member_id},
            )
            for prefix in territories:
                protection_services.create_territory(
                    session, member_id, {"kind": "region", "value": prefix}
                )
    except DBAPIError as exc:
        raise _server_refused(exc) from exc
    finally:
        workspace.close()
    return login


def _server_refused(exc: DBAPIError) -> DomainError:
    detail = str(getattr(exc, "orig", None) or exc).splitlines()[0]
    return WorkspaceError(
        "The server refused the change ({detail}); nothing was changed.", detail=detail
    )


def remove_member(url: str | Path | URL, name: str) -> str:
    """Take away ``name``'s sign-in and group roles; the member stays (inactive) with
    everything they did. Their login."""
    from model.services import team as team_services

    server = _server_url(url)
    workspace = _admin_workspace(server)
    try:
        with workspace.sessions() as session, session.begin():
            conn = session.connection()
            found = _member_by_name(session, name)
            if found is None or not found["login"]:
                raise NotFound("No team member called {name} signs in to this database.", name=name)
            login = str(found["login"])
            if _role_exists(conn, login):
                q = _quote(conn, login)
                conn.exec_driver_sql(f"ALTER ROLE {q} NOLOGIN")
                for team_role in TEAM_ROLES:
                    group = group_role(conn, team_role)
                    if _role_exists(conn, group):
                        conn.exec_driver_sql(f"REVOKE {_quote(conn, group)} FROM {q}")
            session.info["who"] = "keyaccount team"
            team_services.update_member(session, int(found["id"]), {"active": False})
    except DBAPIError as exc:
        raise _server_refused(exc) from exc
    finally:
        workspace.close()
    return login


def list_members(url: str | Path | URL) -> list[MemberRow]:
    """The team as the server knows it: each member, their login and whether it signs in."""
    from model.workspace import open_workspace

    server = _server_url(url)
    workspace = open_workspace(server)
    try:
        with workspace.sessions() as session:
            rows = session.execute(
                text(
                    "SELECT m.id, m.name, m.role, coalesce(b.name, '') AS manager, "
                    "coalesce(m.login, '') AS login, coalesce(r.rolcanlogin, false) AS can, "
                    "m.active FROM team_members m "
                    "LEFT JOIN team_members b ON b.id = m.manager_id "
                    "LEFT JOIN pg_roles r ON r.rolname = m.login ORDER BY m.name, m.id"
                )
            ).all()
            places: dict[int, list[str]] = {}
            for member_id, kind, value, account in session.execute(
                text(
                    "SELECT t.member_id, t.kind, t.value, coalesce(a.name, '') "
                    "FROM territories t LEFT JOIN accounts a ON a.id = t.account_id "
                    "ORDER BY t.kind, t.value"
                )
            ):
                shown = account if kind == "account" else value
                places.setdefault(int(member_id), []).append(f"{kind}:{shown}")
    except DBAPIError as exc:
        raise _server_refused(exc) from exc
    finally:
        workspace.close()
    return [
        MemberRow(name, role, manager, login, bool(can), bool(active), tuple(places.get(mid, ())))
        for mid, name, role, manager, login, can, active in rows
    ]
