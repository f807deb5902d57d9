"""Row versions: every entity row carries a counter bumped by each update.

An undo or a second writer that decided on an older version of a row is
refused instead of silently overwriting a newer edit; a team server uses the
same counter later. SQLite adds a NOT NULL column with a default in place, so
no table is rebuilt.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

TABLES = (
    "accounts",
    "activities",
    "competitors",
    "deal_roles",
    "deals",
    "departments",
    "exit_checks",
    "five_elements",
    "influences",
    "instalments",
    "leads",
    "payments",
    "people",
    "relationships",
    "segments",
    "stage_changes",
    "team_members",
)


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("version")
