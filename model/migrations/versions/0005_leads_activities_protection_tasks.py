"""Leads, the activity log, protection and tasks (issue 12).

A lead's source details; an activity's next step gets a due day and a done
day; a deal released to the public field (公田) carries the day; territories,
protection events and tasks are tables of their own. Every column added is
nullable or has a default, so SQLite adds it in place; no table is rebuilt.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
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


def _deal_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["deal_id"], ["deals.id"], name=op.f(f"fk_{table}_deal_id_deals"), ondelete="CASCADE"
    )


def _keys(table: str) -> list[sa.Constraint]:
    return [
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
        sa.UniqueConstraint("uuid", name=op.f(f"uq_{table}_uuid")),
    ]


def upgrade() -> None:
    op.add_column("leads", sa.Column("source", sa.Text(), nullable=False, server_default=""))
    op.add_column("activities", sa.Column("next_due", sa.Date(), nullable=True))
    op.add_column("activities", sa.Column("next_done_on", sa.Date(), nullable=True))
    op.create_index(op.f("ix_activities_next_due"), "activities", ["next_due"])
    op.add_column("deals", sa.Column("public_since", sa.Date(), nullable=True))

    op.create_table(
        "territories",
        *_entity_columns(),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("value", sa.String(300), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=True),
        _member_fk("territories", "member_id", "CASCADE"),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["accounts.id"],
            name=op.f("fk_territories_account_id_accounts"),
            ondelete="CASCADE",
        ),
        *_keys("territories"),
    )
    op.create_index(op.f("ix_territories_member_id"), "territories", ["member_id"])
    op.create_index(op.f("ix_territories_account_id"), "territories", ["account_id"])

    op.create_table(
        "protection_events",
        *_entity_columns(),
        sa.Column("deal_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("from_member_id", sa.Integer(), nullable=True),
        sa.Column("to_member_id", sa.Integer(), nullable=True),
        sa.Column("decided_by_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        _deal_fk("protection_events"),
        _member_fk("protection_events", "from_member_id"),
        _member_fk("protection_events", "to_member_id"),
        _member_fk("protection_events", "decided_by_id"),
        *_keys("protection_events"),
    )
    op.create_index(op.f("ix_protection_events_deal_id"), "protection_events", ["deal_id"])

    op.create_table(
        "tasks",
        *_entity_columns(),
        sa.Column("deal_id", sa.Integer(), nullable=False),
        sa.Column("stage", sa.String(2), nullable=False),
        sa.Column("action", sa.String(24), nullable=False),
        sa.Column("team_role", sa.String(16), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("assignee_id", sa.Integer(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
        _deal_fk("tasks"),
        _member_fk("tasks", "assignee_id"),
        *_keys("tasks"),
    )
    op.create_index(op.f("ix_tasks_deal_id"), "tasks", ["deal_id"])
    op.create_index(op.f("ix_tasks_assignee_id"), "tasks", ["assignee_id"])
    op.create_index(op.f("ix_tasks_due_on"), "tasks", ["due_on"])


def downgrade() -> None:
    op.drop_table("tasks")
    op.drop_table("protection_events")
    op.drop_table("territories")
    op.drop_index(op.f("ix_activities_next_due"), table_name="activities")
    with op.batch_alter_table("activities") as batch:
        batch.drop_column("next_done_on")
        batch.drop_column("next_due")
    with op.batch_alter_table("leads") as batch:
        batch.drop_column("source")
    with op.batch_alter_table("deals") as batch:
        batch.drop_column("public_since")
