"""On a team database the server's row security refuses some deletes (review R2):
a rep removing a competitor (executives only) or another member's forecast
snapshot (its taker or an executive) is told who may, not that somebody else
changed the row; and a rep's app takes no weekly snapshot (it reads only her deals,
a partial snapshot would reset the team's weekly clock). Files are unaffected."""

from __future__ import annotations

from collections.abc import Iterator

import make
import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import URL

from model import team_server
from model.entities import Account, Competitor, Deal, ForecastSnapshot
from model.errors import EditConflict, InvalidValue, NotFound
from model.services import competitors, forecast
from model.workspace import Workspace, open_workspace


@pytest.fixture
def team(pg_url: URL) -> Iterator[dict[str, Workspace]]:
    """The admin's, an executive's (Erin) and a rep's (Rita) apps on one team database."""
    logins = {short: f"{short}_{pg_url.database}" for short in ("erin", "rita")}
    team_server.add_member(pg_url, "Erin Exec", "executive", login=logins["erin"])
    team_server.add_member(pg_url, "Rita Rep", "rep", territories=["cn/zj"], login=logins["rita"])
    apps = {"admin": open_workspace(pg_url)}
    with apps["admin"].begin() as s:
        account = Account(name="Hangzhou Steel", region="cn/zj/hz")
        s.add(account)
        s.flush()
        s.add(Deal(account_id=account.id, name="Mill"))
        make.account(s, "Far Away Ltd")  # no region: outside Rita's rows
    for short, login in logins.items():
        apps[short] = open_workspace(pg_url.set(username=login))
        team_server.sign_in(apps[short])
    yield apps
    for ws in apps.values():
        ws.close()


def _count(ws: Workspace, cls: type) -> int:
    with ws.sessions() as s:
        return int(s.execute(select(func.count()).select_from(cls)).scalar_one())


def test_a_rep_is_told_only_an_executive_removes_a_competitor(
    team: dict[str, Workspace],
) -> None:
    rival = team["rita"].write(competitors.create_competitor, {"name": "Rival"})
    ident = rival.created_id("competitor")
    with pytest.raises(InvalidValue) as refused:
        team["rita"].write(competitors.delete_competitor, ident)
    assert not isinstance(refused.value, EditConflict)
    assert "Only an executive may remove a competitor" in refused.value.message
    assert _count(team["admin"], Competitor) == 1
    team["erin"].write(competitors.delete_competitor, ident)
    assert _count(team["admin"], Competitor) == 0


def test_a_rep_is_told_who_may_remove_a_forecast_snapshot(team: dict[str, Workspace]) -> None:
    erins = team["erin"].write(forecast.take_snapshot).created_id("forecast_snapshot")
    ritas = team["rita"].write(forecast.take_snapshot).created_id("forecast_snapshot")
    with pytest.raises(InvalidValue) as refused:
        team["rita"].write(forecast.delete_snapshot, erins)
    assert not isinstance(refused.value, EditConflict)
    assert "Only the member who took a forecast snapshot" in refused.value.message
    team["rita"].write(forecast.delete_snapshot, ritas)  # her own: removed
    with team["admin"].sessions() as s:
        assert list(s.scalars(select(ForecastSnapshot.id))) == [erins]


def test_a_missing_competitor_is_still_not_found(team: dict[str, Workspace]) -> None:
    with pytest.raises(NotFound) as refused:
        team["rita"].write(competitors.delete_competitor, 987654)
    assert "Only an executive" not in refused.value.message


def test_only_a_role_that_sees_every_deal_takes_the_weekly_snapshot(
    team: dict[str, Workspace],
) -> None:
    with team["rita"].sessions() as s:
        assert s.execute(select(Deal.id)).first() is not None  # she sees a deal
    assert team["rita"].write(forecast.take_weekly_snapshot_if_due) is None
    assert _count(team["admin"], ForecastSnapshot) == 0
    assert team["erin"].write(forecast.take_weekly_snapshot_if_due) is not None
    assert _count(team["admin"], ForecastSnapshot) == 1


def test_a_file_and_the_admin_take_the_weekly_snapshot(
    workspace: Workspace,
) -> None:
    with workspace.begin() as s:
        account = make.account(s, "Acme")
        make.deal_at(s, account, "Tower", "P2")
    with workspace.begin() as s:
        assert forecast.sees_everything(s)
    assert workspace.write(forecast.take_weekly_snapshot_if_due) is not None
