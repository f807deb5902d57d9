"""Who is who on the team server: each member signs in as a role of their own and
the server's row-level security decides what each connection reads and writes.

The team (made with the CLI's function, model.team_server.add_member):

* Erin, executive; Mona, manager of Rita (rep) and Pete (presales); Sam, a rep
  with no manager.
* Rita's territory is the region cn/zj and cn/js/sz; Sam's is cn/js.
* Accounts: ZJ (cn/zj/hz, Rita's by territory), JS (cn/js/nj, Sam's), SZ
  (cn/js/sz/1: both territories cover it, Rita's is the more specific),
  OWNED (us/ca, owned by Rita), TEAMED (cn/js/wx: Sam's, but Pete has a task on
  its deal), FAR (eu/fr: nobody's).

Every check is plain SQL over a psycopg connection made as the member.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import psycopg
import pytest
from psycopg.errors import InsufficientPrivilege
from sqlalchemy import update
from sqlalchemy.engine import URL

from model import team_server
from model.entities import Account, Deal, Person, PersonPrivate, Task, Territory
from model.errors import WorkspaceError
from model.workspace import open_workspace
from tests.postgres import Server

ACCOUNTS = {
    "ZJ": ("cn/zj/hz", None),
    "JS": ("cn/js/nj", None),
    "SZ": ("cn/js/sz/1", None),
    "OWNED": ("us/ca", "rita"),
    "TEAMED": ("cn/js/wx", None),
    "FAR": ("eu/fr", None),
}


@dataclass
class Team:
    url: URL
    members: dict[str, int]  # short name (rita) -> member id
    accounts: dict[str, int]  # name -> id
    people: dict[str, int]  # account name -> its person's id
    deals: dict[str, int]  # account name -> its deal's id

    def login(self, short: str) -> str:
        """Roles belong to the whole server: each test's are named after its database."""
        return f"{short}_{self.url.database}"

    def connect(self, short: str, url: URL | None = None) -> psycopg.Connection[Any]:
        libpq = (url or self.url).set(drivername="postgresql", username=self.login(short))
        return psycopg.connect(libpq.render_as_string(hide_password=False), autocommit=True)

    def names(self, ids: set[int]) -> set[str]:
        by_id = {v: k for k, v in self.accounts.items()}
        return {by_id[i] for i in ids}


def _person_sql(account_id: int, name: str) -> str:
    return (
        "INSERT INTO people (uuid, created_at, updated_at, version, account_id, name, title, "
        "seniority, support, insider, coach, insider_sources, product_preference, "
        "purchase_history, kpi, phone, email) VALUES (gen_random_uuid(), now(), now(), 1, "
        f"{account_id}, '{name}', '', 'staff', 0, false, false, 0, '', '', '', '', '')"
    )


def _ids(con: psycopg.Connection[Any], sql: str) -> set[int]:
    return {row[0] for row in con.execute(sql)}  # type: ignore[arg-type]


@pytest.fixture
def team(pg_url: URL) -> Team:
    from sqlalchemy import text

    logins = Team(pg_url, {}, {}, {}, {}).login
    add = team_server.add_member
    add(pg_url, "Erin Exec", "executive", login=logins("erin"))
    add(pg_url, "Mona Manager", "manager", login=logins("mona"))
    add(
        pg_url,
        "Rita Rep",
        "rep",
        manager="Mona Manager",
        territories=["cn/zj"],
        login=logins("rita"),
    )
    add(pg_url, "Pete Presales", "presales", manager="Mona Manager", login=logins("pete"))
    add(pg_url, "Sam Rep", "rep", territories=["cn/js"], login=logins("sam"))
    ws = open_workspace(pg_url)
    try:
        with ws.sessions() as session, session.begin():
            members = {
                login.split("_")[0]: mid
                for login, mid in session.execute(text("SELECT login, id FROM team_members"))
            }
            accounts: dict[str, int] = {}
            people: dict[str, int] = {}
            deals: dict[str, int] = {}
            for name, (region, owner) in ACCOUNTS.items():
                account = Account(name=name, region=region, owner_id=members.get(owner or ""))
                session.add(account)
                session.flush()
                person = Person(account_id=account.id, name=f"{name} person")
                session.add(person)
                session.flush()
                session.add(PersonPrivate(person_id=person.id, family=f"{name} family"))
                deal = Deal(account_id=account.id, name=f"{name} deal")
                session.add(deal)
                session.flush()
                accounts[name], people[name], deals[name] = account.id, person.id, deal.id
            session.add(Territory(member_id=members["rita"], kind="region", value="cn/js/sz"))
            session.execute(
                update(Deal).where(Deal.id == deals["TEAMED"]).values(owner_id=members["sam"])
            )
            session.add(Task(deal_id=deals["TEAMED"], stage="P3", assignee_id=members["pete"]))
    finally:
        ws.close()
    return Team(pg_url, members, accounts, people, deals)


SEES = {
    "rita": {"ZJ", "SZ", "OWNED"},
    "sam": {"JS", "TEAMED"},
    "pete": {"TEAMED"},
    "mona": {"ZJ", "SZ", "OWNED", "TEAMED"},  # Rita's and Pete's
    "erin": set(ACCOUNTS),
}


@pytest.mark.parametrize("login", sorted(SEES))
def test_each_member_reads_the_accounts_deals_and_people_of_their_rows_only(
    team: Team, login: str
) -> None:
    with team.connect(login) as con:
        assert con.execute("SELECT current_user").fetchone() == (team.login(login),)
        assert team.names(_ids(con, "SELECT id FROM accounts")) == SEES[login]
        deals = _ids(con, "SELECT id FROM deals")
        assert deals == {team.deals[a] for a in SEES[login]}
        people = _ids(con, "SELECT id FROM people")
        assert people == {team.people[a] for a in SEES[login]}
        # Rows hanging off a deal follow it.
        tasks = _ids(con, "SELECT deal_id FROM tasks")
        assert tasks == ({team.deals["TEAMED"]} if "TEAMED" in SEES[login] else set())


def test_a_rep_cannot_read_another_territory_even_by_its_id(team: Team) -> None:
    with team.connect("rita") as con:
        js = team.accounts["JS"]
        assert con.execute(f"SELECT name FROM accounts WHERE id = {js}").fetchall() == []
        assert con.execute(f"SELECT count(*) FROM people WHERE account_id = {js}").fetchone() == (
            0,
        )
        assert con.execute(
            f"SELECT count(*) FROM deals WHERE id = {team.deals['JS']}"
        ).fetchone() == (0,)


def test_private_attributes_only_for_those_working_the_account(team: Team) -> None:
    def families(login: str) -> set[str]:
        with team.connect(login) as con:
            return {r[0] for r in con.execute("SELECT family FROM people_private")}

    assert families("rita") == {"ZJ family", "SZ family", "OWNED family"}
    assert families("pete") == {"TEAMED family"}
    # Mona sees her team's people but works none of their accounts herself.
    assert families("mona") == set()
    assert families("erin") == set()
    with team.connect("mona") as con:
        assert con.execute("SELECT count(*) FROM people").fetchone() == (4,)


def test_a_rep_cannot_change_rows_outside_their_own(team: Team) -> None:
    js, zj = team.accounts["JS"], team.accounts["ZJ"]
    with team.connect("rita") as con:
        cur = con.execute(f"UPDATE accounts SET note = 'mine now' WHERE id = {js}")
        assert cur.rowcount == 0
        cur = con.execute(f"UPDATE people SET name = 'x' WHERE id = {team.people['JS']}")
        assert cur.rowcount == 0
        cur = con.execute(f"DELETE FROM deals WHERE id = {team.deals['JS']}")
        assert cur.rowcount == 0
        with pytest.raises(InsufficientPrivilege, match="row-level security"):
            con.execute(_person_sql(js, "spy"))
        # Moving a deal of her own into Sam's account is refused too.
        with pytest.raises(InsufficientPrivilege, match="row-level security"):
            con.execute(f"UPDATE deals SET account_id = {js} WHERE id = {team.deals['ZJ']}")
        assert con.execute(f"UPDATE accounts SET note = 'ok' WHERE id = {zj}").rowcount == 1
    with team.connect("sam") as con:
        assert con.execute(f"SELECT note FROM accounts WHERE id = {js}").fetchone() == ("",)


def test_the_team_and_territories_are_read_by_all_changed_by_executives(team: Team) -> None:
    rita, erin = team.members["rita"], team.members["erin"]
    with team.connect("rita") as con:
        assert con.execute("SELECT count(*) FROM team_members").fetchone() == (5,)
        with pytest.raises(InsufficientPrivilege):
            con.execute(f"UPDATE team_members SET role = 'executive' WHERE id = {rita}")
        with pytest.raises(InsufficientPrivilege):
            con.execute("UPDATE territories SET value = '' ")
    with team.connect("erin") as con:
        assert con.execute(f"UPDATE team_members SET email = 'e@x' WHERE id = {erin}").rowcount
    with team.connect("rita") as con:  # Erin's write did not widen anybody's rows
        assert team.names(_ids(con, "SELECT id FROM accounts")) == SEES["rita"]


def test_signed_in_member_and_the_audit_log_carry_the_role(team: Team) -> None:
    from sqlalchemy import select

    from model.entities import AuditEntry
    from model.services.accounts import update_account

    rita = team.members["rita"]
    ws = open_workspace(team.url.set(username=team.login("rita")))
    try:
        assert team_server.sign_in(ws) == rita
        with ws.begin() as session:
            assert team_server.signed_in_member(session) == rita
            # A client that names somebody else is overruled by the server.
            session.info["member_id"] = team.members["erin"]
            update_account(session, team.accounts["ZJ"], {"note": "met the CIO"})
        with ws.sessions() as session:
            logged = session.execute(
                select(AuditEntry.member_id).where(AuditEntry.field == "note")
            ).scalars()
            assert list(logged) == [rita]
    finally:
        ws.close()
    admin = open_workspace(team.url)
    try:
        with admin.sessions() as session:
            assert team_server.signed_in_member(session) is None
    finally:
        admin.close()


def test_a_removed_member_cannot_sign_in_and_keeps_their_history(team: Team) -> None:
    assert team_server.remove_member(team.url, "Sam Rep") == team.login("sam")
    with pytest.raises(psycopg.OperationalError, match="not permitted to log in"):
        team.connect("sam")
    with team.connect("erin") as con:
        sam = team.members["sam"]
        assert con.execute(f"SELECT active FROM team_members WHERE id = {sam}").fetchone() == (
            False,
        )
        # Sam's deal still names him.
        owner = con.execute(f"SELECT owner_id FROM deals WHERE id = {team.deals['TEAMED']}")
        assert owner.fetchone() == (team.members["sam"],)


def test_two_team_databases_on_one_server_keep_their_members_apart(
    team: Team, pg_server: Server, pg_template: str
) -> None:
    other = pg_server.fresh_database(template=pg_template)
    try:
        team_server.add_member(other, "Olga Other", "executive", login=team.login("olga"))
        with team.connect("olga") as con, pytest.raises(InsufficientPrivilege):
            con.execute("SELECT count(*) FROM accounts")
        with team.connect("olga", other) as con:
            assert con.execute("SELECT count(*) FROM accounts").fetchone() == (0,)
        # Erin has no rights in Olga's database.
        with team.connect("erin", other) as con, pytest.raises(InsufficientPrivilege):
            con.execute("SELECT count(*) FROM accounts")
        with team.connect("erin") as con:
            assert con.execute("SELECT count(*) FROM accounts").fetchone() == (len(ACCOUNTS),)
    finally:
        pg_server.drop_database(other)


def test_the_kept_answer_cannot_be_forged_and_follows_writes(team: Team) -> None:
    """Each transaction keeps its member's accounts in a setting, signed by the server;
    anybody may set a setting, so a forged one must not widen the rows."""
    all_ids = ",".join(str(i) for i in team.accounts.values())
    rita = team.login("rita")
    with team.connect("rita") as con, con.transaction():
        assert team.names(_ids(con, "SELECT id FROM accounts")) == SEES["rita"]
        for forged in (f"{rita}:{all_ids}", f"{'0' * 32} {rita}:{all_ids}"):
            con.execute("SELECT set_config('kan.visible_accounts', %s, true)", (forged,))
            assert team.names(_ids(con, "SELECT id FROM accounts")) == SEES["rita"]
    # A write that changes who works what counts at once, in the same transaction:
    # a new account is hers (the server makes her its owner) and takes people at once.
    with team.connect("rita") as con, con.transaction():
        assert team.names(_ids(con, "SELECT id FROM accounts")) == SEES["rita"]
        new = con.execute(
            "INSERT INTO accounts (uuid, created_at, updated_at, version, name, nature, "
            "industry, region, scale, sales_channel, partner_name, territory, industry_chain, "
            "main_business, org_structure, development_stage, markets, business_regions, "
            'registered_capital, culture, it_situation, core_needs, "values", note) '
            "VALUES (gen_random_uuid(), now(), now(), 1, 'NEW', 'private', '', 'eu/de', "
            "'medium', 'direct', '', '', '', '', '', '', '', '', '', '', '', '', '[]', '') "
            "RETURNING id, owner_id"
        ).fetchone()
        assert new is not None and new[1] == team.members["rita"]
        con.execute(_person_sql(new[0], "first contact"))
        assert con.execute(
            f"SELECT count(*) FROM people WHERE account_id = {new[0]}"
        ).fetchone() == (1,)
    # An executive's new territory for Rita shows in her next transaction.
    with team.connect("erin") as con:
        con.execute(
            "INSERT INTO territories (uuid, created_at, updated_at, version, member_id, kind, "
            f"value) VALUES (gen_random_uuid(), now(), now(), 1, {team.members['rita']}, "
            "'region', 'eu/fr')"
        )
    with team.connect("rita") as con:
        seen = team.names(_ids(con, "SELECT id FROM accounts WHERE name <> 'NEW'"))
        assert seen == SEES["rita"] | {"FAR"}


def test_a_role_that_is_no_member_is_told_to_ask_the_admin(team: Team, pg_server: Server) -> None:
    stranger = team.login("stranger")
    pg_server.admin_execute(f"CREATE ROLE {stranger} LOGIN")
    libpq = team.url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(libpq, autocommit=True) as admin:
        admin.execute(f"GRANT SELECT ON alembic_version TO {stranger}")  # type: ignore[arg-type]
    with pytest.raises(WorkspaceError, match="Ask the database's admin to add you"):
        open_workspace(team.url.set(username=stranger))  # signs in as it opens
    # A role of the database's group but with no member row is nobody: no rows.
    with team.connect("stranger") as con:
        assert con.execute("SELECT public.kan_me()").fetchone() == (None,)


def test_a_member_works_through_the_services_within_their_rows(team: Team) -> None:
    from model.entities import StageChange
    from model.errors import NotFound
    from model.services.accounts import update_account
    from model.services.deals import create_deal, move_deal

    rita = team.members["rita"]
    ws = open_workspace(team.url.set(username=team.login("rita")))
    try:
        assert ws.member_id == rita  # "me" is the signed-in role's member, from the open
        with ws.begin() as session:
            made = create_deal(session, {"account_id": team.accounts["ZJ"], "name": "Upgrade"})
            deal_id = next(iter(made.ids("deal")))
            move_deal(session, deal_id, "P3", force=True, reason="the CIO asked")
        with ws.sessions() as session:
            history = session.query(StageChange).filter_by(deal_id=deal_id).all()
            assert [(h.to_stage, h.by_id) for h in history] == [("P2", rita), ("P3", rita)]
        # Another territory's account does not exist for her: a readable refusal.
        with pytest.raises(NotFound), ws.begin() as session:
            update_account(session, team.accounts["JS"], {"note": "mine"})
    finally:
        ws.close()


def test_adding_a_member_does_not_wait_for_the_team_at_work(team: Team) -> None:
    """Changing a table's policies would wait for every open transaction on it:
    add-member leaves the tables that have theirs alone."""
    import threading

    done = threading.Event()
    failed: list[BaseException] = []

    def add() -> None:
        try:
            team_server.add_member(team.url, "Nia New", "rep", login=team.login("nia"))
        except BaseException as exc:  # reported below
            failed.append(exc)
        finally:
            done.set()

    with team.connect("rita") as con, con.transaction():
        con.execute("SELECT count(*) FROM accounts JOIN deals ON deals.account_id = accounts.id")
        con.execute("SELECT count(*) FROM people, audit_log, territories, team_members")
        worker = threading.Thread(target=add)
        worker.start()
        finished = done.wait(20)
    worker.join()
    assert finished and not failed
