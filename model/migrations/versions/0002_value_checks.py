"""Check constraints on amounts and support levels.

SQLite can only add a CHECK by rebuilding the table (copy, drop, rename), which
is exactly the step that cascade-deletes child rows when foreign keys are on;
``model.workspace.migrate`` turns them off around it.

Revision ID: 0002
Revises: 0001
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _rebuild() -> str:
    """SQLite adds a constraint only by rebuilding the table; PostgreSQL alters it in
    place (a rebuild there would drop the primary key other tables' keys refer to)."""
    return "always" if op.get_bind().dialect.name == "sqlite" else "auto"


def upgrade() -> None:
    with op.batch_alter_table("deals", recreate=_rebuild()) as batch:
        batch.create_check_constraint("amount_not_negative", "amount >= 0")
    with op.batch_alter_table("people", recreate=_rebuild()) as batch:
        batch.create_check_constraint("support_range", "support BETWEEN -2 AND 2")
    with op.batch_alter_table("deal_roles", recreate=_rebuild()) as batch:
        batch.create_check_constraint("support_range", "support BETWEEN -2 AND 2")


def downgrade() -> None:
    with op.batch_alter_table("deal_roles", recreate=_rebuild()) as batch:
        batch.drop_constraint("support_range", type_="check")
    with op.batch_alter_table("people", recreate=_rebuild()) as batch:
        batch.drop_constraint("support_range", type_="check")
    with op.batch_alter_table("deals", recreate=_rebuild()) as batch:
        batch.drop_constraint("amount_not_negative", type_="check")
