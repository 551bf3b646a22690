"""Devices older than 0017 are asked to update before they sync.

0017 took away a login's direct writes to the file tables: a file's bytes now go in
only through `sync_put_file`, which checks the whole file against its hash. A device
of an older version still writes chunks directly; the central database refuses them,
and that device then reports its files as "not central" and carries on, round after
round, without saying why. Raising the lowest device version the central database
accepts makes such a device stop at the round's start with "update SmartDesk" (its
changes stay on it until then), as 0005 did for the devices of 0004.

A central database whose administrator already asks for a newer version keeps it.

Revision ID: 0018
Revises: 0017
"""

from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        "UPDATE public.sync_settings SET value = '0017' "
        "WHERE key = 'min_client_revision' AND value < '0017'"
    )


def downgrade() -> None:
    """The lowest accepted version goes back to what 0017 itself required (0005): the
    administrator may have set another one since, which this cannot know."""
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        "UPDATE public.sync_settings SET value = '0005' "
        "WHERE key = 'min_client_revision' AND value = '0017'"
    )
