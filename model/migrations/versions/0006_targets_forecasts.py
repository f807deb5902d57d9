"""Targets and forecasts (issue 13).

Targets per member (or the team) and period; a manager's forecast override per
deal; forecast snapshots with one line per deal and month, kept to measure the
forecast's accuracy later. New tables only; no existing table changes.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _entity_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
    ]


def _member_fk(table: str, column: str, ondelete: str = "SET NULL") -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column],
        ["team_members.id"],
        name=op.f(f"fk_{table}_{column}_team_members"),
        ondelete=ondelete,
    )


def _deal_fk(table: str, ondelete: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["deal_id"], ["deals.id"], name=op.f(f"fk_{table}_deal_id_deals"), ondelete=ondelete
    )


def _keys(table: str) -> list[sa.Constraint]:
    return [
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
        sa.UniqueConstraint("uuid", name=op.f(f"uq_{table}_uuid")),
    ]


def upgrade() -> None:
    op.create_table(
        "targets",
        *_entity_columns(),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("period", sa.String(7), nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("amount", sa.Float(), nullable=False),
        sa.CheckConstraint("amount >= 0", name=op.f("ck_targets_amount_not_negative")),
        _member_fk("targets", "member_id", "CASCADE"),
        sa.UniqueConstraint("member_id", "period", "kind", name=op.f("uq_targets_member_id")),
        *_keys("targets"),
    )
    op.create_index(op.f("ix_targets_member_id"), "targets", ["member_id"])

    op.create_table(
        "forecast_overrides",
        *_entity_columns(),
        sa.Column("deal_id", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(10), nullable=False),
        sa.Column("amount", sa.Float(), nullable=True),
        sa.Column("close_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("by_id", sa.Integer(), nullable=True),
        _deal_fk("forecast_overrides", "CASCADE"),
        _member_fk("forecast_overrides", "by_id"),
        *_keys("forecast_overrides"),
    )
    op.create_index(
        op.f("ix_forecast_overrides_deal_id"), "forecast_overrides", ["deal_id"], unique=True
    )

    op.create_table(
        "forecast_snapshots",
        *_entity_columns(),
        sa.Column("taken_at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("by_id", sa.Integer(), nullable=True),
        sa.Column("base_currency", sa.String(3), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        _member_fk("forecast_snapshots", "by_id"),
        *_keys("forecast_snapshots"),
    )
    op.create_index(op.f("ix_forecast_snapshots_taken_at"), "forecast_snapshots", ["taken_at"])

    op.create_table(
        "forecast_lines",
        *_entity_columns(),
        sa.Column("snapshot_id", sa.Integer(), nullable=False),
        sa.Column("deal_id", sa.Integer(), nullable=True),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(4), nullable=False),
        sa.Column("period", sa.String(7), nullable=False),
        sa.Column("category", sa.String(10), nullable=False),
        sa.Column("probability", sa.Float(), nullable=False),
        sa.Column("amount", sa.Float(), nullable=False),
        sa.Column("weighted", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(
            ["snapshot_id"],
            ["forecast_snapshots.id"],
            name=op.f("fk_forecast_lines_snapshot_id_forecast_snapshots"),
            ondelete="CASCADE",
        ),
        _deal_fk("forecast_lines", "SET NULL"),
        _member_fk("forecast_lines", "owner_id"),
        *_keys("forecast_lines"),
    )
    op.create_index(op.f("ix_forecast_lines_snapshot_id"), "forecast_lines", ["snapshot_id"])


def downgrade() -> None:
    op.drop_table("forecast_lines")
    op.drop_table("forecast_snapshots")
    op.drop_table("forecast_overrides")
    op.drop_table("targets")
