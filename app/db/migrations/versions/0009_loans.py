"""Interest-free loans (issue 12): what an application, its decision and its repayment need.

loan_applications gets the application itself (a reference a person reads and the loan's
structured communication, the first due date, the items with their prices, the member's
explanation, the evidence kind of each attachment, the adviser's assessment, the review
file computed at submission, when it was submitted) and the decision's terms (the amount
and term approved, possibly lower/other than asked). `purpose` widens to 30 characters
(`professional_equipment`, `expense_note_advance`: the keys of resources/rules/loans.toml).

loan_instalments get what was paid toward each instalment and when last: a payment is
spread over the oldest instalments still open, so a partial, a full and an early payment
are each one update of the instalments they pay (no new synced table, so no new surface
for row-level security; every payment is in the audit trail with the rows before/after).

PostgreSQL: the four-eyes trigger `sync_guard_loan_decision` of 0005 is replaced by the
same rule over the new columns: only a loan reviewer (or an admin) writes the decision's
terms (`approved_amount`, `approved_months`), never for an application they prepared;
after the decision nobody but an admin changes its outcome, its approved terms or what
it was decided on (amount, term, purpose, first due date, Activity, member, preparer).

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

SAFE_PATH = "SET search_path = pg_catalog, public, pg_temp"

# what a loan reviewer may change on an application: the decision and its terms
DECISION_COLUMNS = (
    "state",
    "decided_by",
    "decided_at",
    "decision_reason",
    "approved_amount",
    "approved_months",
    "updated_at",
    "updated_by",
    "row_version",
)
# what the decision was taken on: nobody but an admin changes it once decided
DECIDED_ON = (
    "amount",
    "months",
    "purpose",
    "first_due",
    "activity_id",
    "member_id",
    "prepared_by",
    "office_id",
    "reference",
    "ogm",
)


def upgrade() -> None:
    with op.batch_alter_table("loan_applications") as batch:
        batch.alter_column("purpose", type_=sa.String(length=30), existing_type=sa.String(20))
        batch.add_column(sa.Column("reference", sa.String(length=24), nullable=True))
        batch.add_column(sa.Column("ogm", sa.String(length=24), nullable=True))
        batch.add_column(sa.Column("first_due", sa.Date(), nullable=True))
        batch.add_column(sa.Column("items", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("evidence", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("explanation", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("assessment", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("review", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("submitted_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("approved_amount", sa.BigInteger(), nullable=True))
        batch.add_column(sa.Column("approved_months", sa.Integer(), nullable=True))
    op.create_index("ix_loan_applications_state", "loan_applications", ["state", "office_id"])
    with op.batch_alter_table("loan_instalments") as batch:
        batch.add_column(
            sa.Column("paid_amount", sa.BigInteger(), nullable=False, server_default="0")
        )
        batch.add_column(sa.Column("last_paid_on", sa.Date(), nullable=True))
    if op.get_bind().dialect.name == "postgresql":
        _guard()


def _guard() -> None:
    allowed = ", ".join(f"'{c}'" for c in DECISION_COLUMNS)
    terms = " OR ".join(
        f"NEW.{c} IS DISTINCT FROM OLD.{c}" for c in ("approved_amount", "approved_months")
    )
    decided_on = " OR ".join(f"NEW.{c} IS DISTINCT FROM OLD.{c}" for c in DECIDED_ON)
    op.execute(f"""
        CREATE OR REPLACE FUNCTION public.sync_guard_loan_decision() RETURNS trigger
        LANGUAGE plpgsql {SAFE_PATH} AS $$
        DECLARE
            changed text;
            role text := public.sync_my_role();
        BEGIN
            IF public.sync_is_owner() THEN
                RETURN NEW;  -- the database's owner (set-up, repairs) is not a login
            END IF;
            -- Four eyes for everyone: a decision is never recorded by, or for, the person
            -- who prepared the application.
            IF NEW.decided_by IS NOT NULL AND NEW.decided_by IS NOT DISTINCT FROM NEW.prepared_by
            THEN
                RAISE EXCEPTION 'four eyes: the adviser who prepared a loan does not decide it'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF role IS DISTINCT FROM 'loan_reviewer' THEN
                IF role IS DISTINCT FROM 'admin' AND (
                    (TG_OP = 'INSERT' AND (NEW.state IN ('approved', 'refused')
                        OR NEW.decided_by IS NOT NULL OR NEW.decided_at IS NOT NULL
                        OR NEW.approved_amount IS NOT NULL OR NEW.approved_months IS NOT NULL))
                    OR (TG_OP = 'UPDATE' AND (
                        NEW.state IS DISTINCT FROM OLD.state
                            AND (NEW.state IN ('approved', 'refused')
                                 OR OLD.state IN ('approved', 'refused'))
                        OR NEW.decided_by IS DISTINCT FROM OLD.decided_by
                        OR NEW.decided_at IS DISTINCT FROM OLD.decided_at
                        OR NEW.decision_reason IS DISTINCT FROM OLD.decision_reason
                        OR {terms}
                        OR (OLD.state IN ('approved', 'refused') AND ({decided_on}))))
                ) THEN
                    RAISE EXCEPTION 'only a loan reviewer records the decision on a loan'
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
                RETURN NEW;
            END IF;
            IF TG_OP = 'INSERT' THEN
                RAISE EXCEPTION 'a loan reviewer decides loan applications, never files them'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            SELECT string_agg(n.key, ', ') INTO changed
            FROM pg_catalog.jsonb_each(pg_catalog.to_jsonb(NEW)) n
            JOIN pg_catalog.jsonb_each(pg_catalog.to_jsonb(OLD)) o USING (key)
            WHERE n.value IS DISTINCT FROM o.value AND n.key NOT IN ({allowed});
            IF changed IS NOT NULL THEN
                RAISE EXCEPTION 'a loan reviewer may only record a decision (not %)', changed
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF NEW.prepared_by IS NOT DISTINCT FROM public.sync_my_user_id() THEN
                RAISE EXCEPTION 'four eyes: the adviser who prepared a loan does not decide it'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            -- final: a decided application keeps its outcome and its approved terms
            IF OLD.state IN ('approved', 'refused') AND (
                NEW.state IS DISTINCT FROM OLD.state OR {terms}) THEN
                RAISE EXCEPTION 'a decision on a loan is final'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            RETURN NEW;
        END $$""")
    op.execute("REVOKE ALL ON FUNCTION public.sync_guard_loan_decision() FROM PUBLIC")


def downgrade() -> None:
    op.drop_index("ix_loan_applications_state", table_name="loan_applications")
    with op.batch_alter_table("loan_instalments") as batch:
        batch.drop_column("last_paid_on")
        batch.drop_column("paid_amount")
    with op.batch_alter_table("loan_applications") as batch:
        for column in (
            "approved_months",
            "approved_amount",
            "submitted_at",
            "review",
            "assessment",
            "explanation",
            "evidence",
            "items",
            "first_due",
            "ogm",
            "reference",
        ):
            batch.drop_column(column)
        batch.alter_column("purpose", type_=sa.String(length=20), existing_type=sa.String(30))
