"""Issue 15, the team database: who is who on the server.

Both backends: ``team_members.login``, the server role a member signs in as
(nullable; unique). PostgreSQL only: the row-level security policies, the SQL
functions they call, the audit log's trigger and the database's group roles
with their grants (model/team_server.py, ``secure``).

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

from model import team_server

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def _server() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def upgrade() -> None:
    op.add_column("team_members", sa.Column("login", sa.String(63), nullable=True))
    op.create_index(op.f("ix_team_members_login"), "team_members", ["login"], unique=True)
    if _server():
        team_server.secure(op.get_bind(), refresh=True)


def downgrade() -> None:
    if _server():
        team_server.unsecure(op.get_bind())
    with op.batch_alter_table("team_members") as batch:
        batch.drop_index(op.f("ix_team_members_login"))
        batch.drop_column("login")
