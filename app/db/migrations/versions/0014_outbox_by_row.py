"""The outbox by row: a push settles each change against the later changes of the same
row (`app.sync.push._later`); without an index that lookup read the whole outbox once
per change, so a 10,000-change round grew with the square of its size (issue 14,
point 4).

Revision ID: 0014
Revises: 0013
"""

from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_outbox_entity_seq", "outbox", ["entity_id", "seq"])


def downgrade() -> None:
    op.drop_index("ix_outbox_entity_seq", table_name="outbox")
