"""A workspace of one's own: competitor profiles, close reasons, approvals of
forced moves, several transfers per instalment, and the acting member in the log.

Existing receipts become one transfer each, so totals stay what they were.

Revision ID: 0003
Revises: 0002
"""

import uuid
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _rebuild() -> str:
    """SQLite adds a constraint only by rebuilding the table; PostgreSQL alters it in
    place (a rebuild there would drop the primary key other tables' keys refer to)."""
    return "always" if op.get_bind().dialect.name == "sqlite" else "auto"


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def upgrade() -> None:
    with op.batch_alter_table("competitors") as batch:
        batch.add_column(sa.Column("strengths", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("weaknesses", sa.Text(), nullable=False, server_default=""))
        batch.add_column(
            sa.Column("price_position", sa.String(16), nullable=False, server_default="")
        )
    with op.batch_alter_table("deals") as batch:
        batch.add_column(
            sa.Column("close_reason", sa.String(40), nullable=False, server_default="")
        )
    with op.batch_alter_table("stage_changes", recreate=_rebuild()) as batch:
        batch.add_column(sa.Column("approved_by_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("approved_at", sa.DateTime(), nullable=True))
        batch.create_foreign_key(
            "fk_stage_changes_approved_by_id_team_members",
            "team_members",
            ["approved_by_id"],
            ["id"],
            ondelete="SET NULL",
        )
    with op.batch_alter_table("audit_log") as batch:
        batch.add_column(sa.Column("member_id", sa.Integer(), nullable=True))
    payments = op.create_table(
        "payments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("instalment_id", sa.Integer(), nullable=False),
        sa.Column("amount", sa.Float(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("how", sa.String(50), nullable=False),
        sa.CheckConstraint("amount > 0", name=op.f("ck_payments_amount_positive")),
        sa.ForeignKeyConstraint(
            ["instalment_id"],
            ["instalments.id"],
            name=op.f("fk_payments_instalment_id_instalments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payments")),
        sa.UniqueConstraint("uuid", name=op.f("uq_payments_uuid")),
    )
    op.create_index(op.f("ix_payments_instalment_id"), "payments", ["instalment_id"])
    bind = op.get_bind()
    received = bind.execute(
        sa.text(
            "SELECT id, received_amount, received_on, how FROM instalments "
            "WHERE received_on IS NOT NULL AND received_amount > 0"
        )
    ).all()
    now = _now()
    if received:
        op.bulk_insert(
            payments,
            [
                {
                    "uuid": str(uuid.uuid4()),
                    "created_at": now,
                    "updated_at": now,
                    "instalment_id": row[0],
                    "amount": row[1],
                    "received_on": row[2]
                    if not isinstance(row[2], str)
                    else datetime.fromisoformat(row[2]).date(),
                    "how": row[3] or "",
                }
                for row in received
            ],
        )


def downgrade() -> None:
    op.drop_index(op.f("ix_payments_instalment_id"), table_name="payments")
    op.drop_table("payments")
    with op.batch_alter_table("audit_log") as batch:
        batch.drop_column("member_id")
    with op.batch_alter_table("stage_changes", recreate=_rebuild()) as batch:
        batch.drop_constraint("fk_stage_changes_approved_by_id_team_members", type_="foreignkey")
        batch.drop_column("approved_at")
        batch.drop_column("approved_by_id")
    with op.batch_alter_table("deals") as batch:
        batch.drop_column("close_reason")
    with op.batch_alter_table("competitors") as batch:
        batch.drop_column("price_position")
        batch.drop_column("weaknesses")
        batch.drop_column("strengths")
