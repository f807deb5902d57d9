"""Issue 15, the team database: change_notifications (PostgreSQL only; nothing on SQLite).

Every row written in a table the views show tells the listening apps which row it
was: an AFTER row trigger sends ``pg_notify('kan_changes', …)`` with the table, the
row's key, the operation and the account and deal it belongs to (looked up through its
deal, instalment or person when the row has no such column). Never a value of the row,
nor who wrote it (a listener of another territory need not learn a teammate's login;
the app drops its own edits by the connection's process id): customer people's private attributes are in
``people_private`` and a listener of another territory must learn nothing but that
person ``id`` changed. The payload is a few dozen bytes (PostgreSQL's limit is 8000).

NOTIFY is transactional: a rolled-back edit sends nothing, and the listeners hear a
committed one once, after its commit. ``model/live.py`` turns the payloads into
``model.changes.Changes``.

Revision ID: 0008
Revises: 0007
"""

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

CHANNEL = "kan_changes"
FUNCTION = "kan_notify_change"
TRIGGER = "kan_notify"

# table -> the column that names the row in the notification. Tables whose key is not
# ``id`` name the row they belong to (a private record its person, a link its deal or
# activity); ``settings`` names none (its key is text; the views re-read them all).
TABLES: dict[str, str] = {
    "team_members": "id",
    "competitors": "id",
    "accounts": "id",
    "departments": "id",
    "people": "id",
    "people_private": "person_id",
    "influences": "id",
    "relationships": "id",
    "deals": "id",
    "deal_roles": "id",
    "deal_competitors": "deal_id",
    "five_elements": "id",
    "exit_checks": "id",
    "stage_changes": "id",
    "instalments": "id",
    "payments": "id",
    "leads": "id",
    "activities": "id",
    "activity_members": "activity_id",
    "activity_people": "activity_id",
    "territories": "id",
    "protection_events": "id",
    "tasks": "id",
    "targets": "id",
    "forecast_overrides": "id",
    "forecast_snapshots": "id",
    "segments": "id",
    "settings": "",
}

# The row as jsonb is read for its keys only (id, account_id, deal_id, person_id,
# source_id, instalment_id); nothing else of it leaves the function. Its search_path
# is fixed and the tables it reads are named with their schema, so an object a user
# creates in a schema of their own (a "deals" of pg_temp) is never what it reads.
FUNCTION_SQL = f"""
CREATE OR REPLACE FUNCTION {FUNCTION}() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public AS $body$
DECLARE
    rec jsonb := CASE WHEN TG_OP = 'DELETE' THEN to_jsonb(OLD) ELSE to_jsonb(NEW) END;
    old_rec jsonb := CASE WHEN TG_OP = 'UPDATE' THEN to_jsonb(OLD) ELSE NULL END;
    key text := TG_ARGV[0];
    account bigint := (rec ->> 'account_id')::bigint;
    deal bigint := (rec ->> 'deal_id')::bigint;
    person bigint := coalesce(rec ->> 'person_id', rec ->> 'source_id')::bigint;
    payload jsonb;
BEGIN
    IF TG_TABLE_NAME = 'people' THEN
        person := NULL;
    END IF;
    IF deal IS NULL AND rec ? 'instalment_id' THEN
        SELECT i.deal_id INTO deal FROM public.instalments i
        WHERE i.id = (rec ->> 'instalment_id')::bigint;
    END IF;
    IF account IS NULL AND deal IS NOT NULL THEN
        SELECT d.account_id INTO account FROM public.deals d WHERE d.id = deal;
    END IF;
    IF account IS NULL AND person IS NOT NULL THEN
        SELECT p.account_id INTO account FROM public.people p WHERE p.id = person;
    END IF;
    payload := jsonb_build_object(
        't', TG_TABLE_NAME,
        'o', left(TG_OP, 1),
        'id', CASE WHEN key = '' THEN NULL ELSE rec -> key END,
        'a', account,
        'd', deal
    );
    IF old_rec IS NOT NULL THEN
        -- Moved to another account or deal: the one it left shows it no more.
        IF (old_rec ->> 'account_id') IS DISTINCT FROM (rec ->> 'account_id') THEN
            payload := payload || jsonb_build_object('a0', (old_rec ->> 'account_id')::bigint);
        END IF;
        IF (old_rec ->> 'deal_id') IS DISTINCT FROM (rec ->> 'deal_id') THEN
            payload := payload || jsonb_build_object('d0', (old_rec ->> 'deal_id')::bigint);
        END IF;
    END IF;
    PERFORM pg_catalog.pg_notify('{CHANNEL}', jsonb_strip_nulls(payload)::text);
    RETURN NULL;
END
$body$
"""


def _server() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def upgrade() -> None:
    if not _server():
        return
    op.execute(FUNCTION_SQL)
    for table, key in TABLES.items():
        op.execute(f"DROP TRIGGER IF EXISTS {TRIGGER} ON {table}")
        op.execute(
            f"CREATE TRIGGER {TRIGGER} AFTER INSERT OR UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION {FUNCTION}('{key}')"
        )


def downgrade() -> None:
    if not _server():
        return
    for table in TABLES:
        op.execute(f"DROP TRIGGER IF EXISTS {TRIGGER} ON {table}")
    op.execute(f"DROP FUNCTION IF EXISTS {FUNCTION}()")
