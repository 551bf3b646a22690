"""One live member per INSZ in the central database (issue #9: duplicate INSZ through sync).

Two offline devices can each make a member for the same person; the services refuse a
second INSZ only among the rows a device holds. Centrally, a partial unique index on
`members (insz)` for live rows (`deleted_at IS NULL`) makes the second insert fail, and
the push turns that failure into a conflict to merge (`app/sync/push.py`), never a
second member. PostgreSQL only: on a device, the other device's member arrives by the
pull while this device's own one waits for the merge, and both rows must be there
to be merged; before that, the members service refuses a second INSZ on the device.
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

INDEX = "uq_members_live_insz"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        f"CREATE UNIQUE INDEX IF NOT EXISTS {INDEX} ON members (insz) WHERE deleted_at IS NULL"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP INDEX IF EXISTS {INDEX}")
