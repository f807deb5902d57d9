"""Migration 0008's trigger function (review R2): its search_path is fixed and the
tables it reads are named with their schema, so a table a user makes in pg_temp
never stands in for them; its payload names the rows, never who wrote them."""

from __future__ import annotations

import json

import make
import psycopg
from sqlalchemy.engine import URL

from model.changes import Changes
from model.live import CHANNEL, changes_from
from model.services import activities
from model.workspace import Workspace


def _libpq(url: URL) -> str:
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


def test_the_function_runs_with_a_fixed_search_path(pg_url: URL) -> None:
    with psycopg.connect(_libpq(pg_url)) as con:
        row = con.execute(
            "SELECT proconfig FROM pg_proc WHERE proname = 'kan_notify_change'"
        ).fetchone()
    assert row is not None
    assert "search_path=pg_catalog, public" in (row[0] or [])


def test_a_notification_names_no_writer_and_ignores_a_shadow_table(
    pg_url: URL, pg_workspace: Workspace
) -> None:
    with pg_workspace.begin() as s:
        account = make.account(s, "Acme")
        person = make.person(s, account, "Ann", "KDM")
        logged = activities.log_activity(s, account, {}, people=[person])
    activity = logged.created_id("activity")
    with psycopg.connect(_libpq(pg_url), autocommit=True) as listening:
        listening.execute(f"LISTEN {CHANNEL}")
        with psycopg.connect(_libpq(pg_url)) as writer:
            # A "people" of the writer's own that puts Ann at another account, first on
            # the writer's search_path: the function's own setting must pass it by.
            writer.execute("CREATE TEMP TABLE people (id bigint, account_id bigint)")
            writer.execute("INSERT INTO pg_temp.people VALUES (%s, 999999)", (person,))
            writer.execute("SET search_path = pg_temp, public")
            writer.execute("DELETE FROM public.activity_people WHERE activity_id = %s", (activity,))
            writer.commit()
        notes = list(listening.notifies(timeout=5, stop_after=1))
    assert notes, "nothing was heard"
    payload = json.loads(notes[0].payload)
    assert payload["t"] == "activity_people"
    assert "r" not in payload and "kan" not in notes[0].payload  # no writer's login
    assert payload["a"] == account
    assert changes_from([payload]) == Changes.of(
        updated=[("activity", activity)], affects=[("account", account)]
    )
