"""The map's "as it was on a day" means the user's local day, at UTC+8 and elsewhere."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import update

from graph.from_model import org_data_at
from model.entities import AuditEntry, Person
from model.services.accounts import create_account
from model.services.people import create_person
from model.workspace import Workspace

# 20:00 UTC on 3 December is 04:00 on 4 December in Beijing and 12:00 on 3 December in LA.
LATE_EVENING_UTC = datetime(2026, 12, 3, 20, 0)


def test_a_person_added_late_in_the_utc_day_belongs_to_the_local_day(
    workspace: Workspace, local_zone: str
) -> None:
    with workspace.begin() as s:
        acc = create_account(s, {"name": "Acme"}).created_id("account")
        pid = create_person(s, acc, {"name": "Late"}).created_id("person")
        s.execute(update(Person).where(Person.id == pid).values(created_at=LATE_EVENING_UTC))
        s.execute(update(AuditEntry).values(at=LATE_EVENING_UTC))
    with workspace.sessions() as s:
        on_the_third = {p.name for p in org_data_at(s, acc, date(2026, 12, 3)).people}
        on_the_fourth = {p.name for p in org_data_at(s, acc, date(2026, 12, 4)).people}
    assert on_the_fourth == {"Late"}
    if local_zone == "Asia/Shanghai":
        assert on_the_third == set()  # it happened on the 4th, Beijing time
    else:
        assert on_the_third == {"Late"}  # still the 3rd in Los Angeles
