"""Initial schema: the nouns of DESIGN.md §3 and the nine offices.

Frozen: later changes go in new revisions, never here.

Revision ID: 0001
Revises: (none)
"""

from datetime import UTC

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_entries",
        sa.Column("id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user_id", sa.Uuid(as_uuid=False), nullable=True),
        sa.Column("office_id", sa.Uuid(as_uuid=False), nullable=True),
        sa.Column("action", sa.String(length=60), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.Uuid(as_uuid=False), nullable=True),
        sa.Column("before", sa.JSON(), nullable=True),
        sa.Column("after", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entries")),
    )
    with op.batch_alter_table("audit_entries", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_entries_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_entries_entity_id"), ["entity_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_entries_office_id"), ["office_id"], unique=False)

    op.create_table(
        "local_state",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_local_state")),
    )
    op.create_table(
        "offices",
        sa.Column("code", sa.String(length=8), nullable=False),
        sa.Column("name_nl", sa.String(length=80), nullable=False),
        sa.Column("name_fr", sa.String(length=80), nullable=False),
        sa.Column("name_en", sa.String(length=80), nullable=False),
        sa.Column("region", sa.String(length=20), nullable=False),
        sa.Column("id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.Uuid(as_uuid=False), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_offices")),
        sa.UniqueConstraint("code", name=op.f("uq_offices_code")),
    )
    op.create_table(
        "outbox",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("operation", sa.String(length=10), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_outbox")),
    )
    op.create_table(
        "attachments",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("mime_type", sa.String(length=100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("owner_table", sa.String(length=40), nullable=False),
        sa.Column("owner_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("office_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.Uuid(as_uuid=False), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["office_id"], ["offices.id"], name=op.f("fk_attachments_office_id_offices")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachments")),
    )
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attachments_office_id"), ["office_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_attachments_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_attachments_sha256"), ["sha256"], unique=False)

    op.create_table(
        "devices",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("office_id", sa.Uuid(as_uuid=False), nullable=True),
        sa.Column("schema_revision", sa.String(length=40), nullable=False),
        sa.Column("id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.Uuid(as_uuid=False), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["office_id"], ["offices.id"], name=op.f("fk_devices_office_id_offices")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_devices")),
    )
    op.create_table(
        "members",
        sa.Column("member_number", sa.Integer(), nullable=False),
        sa.Column("first_name", sa.String(length=80), nullable=False),
        sa.Column("last_name", sa.String(length=80), nullable=False),
        sa.Column("insz", sa.String(length=11), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=False),
        sa.Column("street", sa.String(length=120), nullable=False),
        sa.Column("postcode", sa.String(length=10), nullable=False),
        sa.Column("city", sa.String(length=80), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("email", sa.String(length=120), nullable=False),
        sa.Column("phone", sa.String(length=30), nullable=False),
        sa.Column("iban", sa.String(length=34), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("shares", sa.Integer(), nullable=False),
        sa.Column("member_since", sa.Date(), nullable=False),
        sa.Column("office_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.Uuid(as_uuid=False), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["office_id"], ["offices.id"], name=op.f("fk_members_office_id_offices")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_members")),
        sa.UniqueConstraint("member_number", name=op.f("uq_members_member_number")),
    )
    with op.batch_alter_table("members", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_members_insz"), ["insz"], unique=False)
        batch_op.create_index("ix_members_name", ["last_name", "first_name"], unique=False)
        batch_op.create_index(batch_op.f("ix_members_office_id"), ["office_id"], unique=False)
        batch_op.create_index(
            "ix_members_office_name", ["office_id", "last_name", "first_name"], unique=False
        )

    op.create_table(
        "users",
        sa.Column("login", sa.String(length=60), nullable=False),
        sa.Column("display_name", sa.String(length=120), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("pin_hash", sa.String(length=128), nullable=False),
        sa.Column("pin_salt", sa.String(length=64), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("office_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.Uuid(as_uuid=False), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["office_id"], ["offices.id"], name=op.f("fk_users_office_id_offices")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("login", name=op.f("uq_users_login")),
    )
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_users_office_id"), ["office_id"], unique=False)

    op.create_table(
        "activities",
        sa.Column("name", sa.String(length=160), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("sector", sa.String(length=40), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("tool", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("adviser_id", sa.Uuid(as_uuid=False), nullable=True),
        sa.Column("onboarding", sa.JSON(), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=False),
        sa.Column("office_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.Uuid(as_uuid=False), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["adviser_id"], ["users.id"], name=op.f("fk_activities_adviser_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["office_id"], ["offices.id"], name=op.f("fk_activities_office_id_offices")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activities")),
    )
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_activities_office_id"), ["office_id"], unique=False)
        batch_op.create_index("ix_activities_office_name", ["office_id", "name"], unique=False)

    op.create_table(
        "certificate_requests",
        sa.Column("member_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("requested_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("handled_by", sa.Uuid(as_uuid=False), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("office_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.Uuid(as_uuid=False), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["handled_by"], ["users.id"], name=op.f("fk_certificate_requests_handled_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["members.id"], name=op.f("fk_certificate_requests_member_id_members")
        ),
        sa.ForeignKeyConstraint(
            ["office_id"], ["offices.id"], name=op.f("fk_certificate_requests_office_id_offices")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_certificate_requests")),
    )
    with op.batch_alter_table("certificate_requests", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_certificate_requests_member_id"), ["member_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_certificate_requests_office_id"), ["office_id"], unique=False
        )
        batch_op.create_index(
            "ix_certificate_requests_state_due", ["state", "due_on"], unique=False
        )

    op.create_table(
        "activity_members",
        sa.Column("activity_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("member_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("office_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.Uuid(as_uuid=False), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activities.id"],
            name=op.f("fk_activity_members_activity_id_activities"),
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["members.id"], name=op.f("fk_activity_members_member_id_members")
        ),
        sa.ForeignKeyConstraint(
            ["office_id"], ["offices.id"], name=op.f("fk_activity_members_office_id_offices")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_members")),
    )
    with op.batch_alter_table("activity_members", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_activity_members_activity_id"), ["activity_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_activity_members_member_id"), ["member_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_activity_members_office_id"), ["office_id"], unique=False
        )

    op.create_table(
        "clients",
        sa.Column("activity_id", sa.Uuid(as_uuid=False), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=160), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("vat_number", sa.String(length=20), nullable=False),
        sa.Column("vat_check", sa.String(length=12), nullable=False),
        sa.Column("vat_checked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("enterprise_number", sa.String(length=12), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("street", sa.String(length=120), nullable=False),
        sa.Column("postcode", sa.String(length=10), nullable=False),
        sa.Column("city", sa.String(length=80), nullable=False),
        sa.Column("email", sa.String(length=120), nullable=False),
        sa.Column("office_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.Uuid(as_uuid=False), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["activity_id"], ["activities.id"], name=op.f("fk_clients_activity_id_activities")
        ),
        sa.ForeignKeyConstraint(
            ["office_id"], ["offices.id"], name=op.f("fk_clients_office_id_offices")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_clients")),
    )
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_clients_activity_id"), ["activity_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_clients_office_id"), ["office_id"], unique=False)
        batch_op.create_index("ix_clients_office_name", ["office_id", "name"], unique=False)

    op.create_table(
        "contracts",
        sa.Column("member_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("activity_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("contract_type", sa.String(length=12), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("gross_wage", sa.BigInteger(), nullable=False),
        sa.Column("office_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.Uuid(as_uuid=False), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["activity_id"], ["activities.id"], name=op.f("fk_contracts_activity_id_activities")
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["members.id"], name=op.f("fk_contracts_member_id_members")
        ),
        sa.ForeignKeyConstraint(
            ["office_id"], ["offices.id"], name=op.f("fk_contracts_office_id_offices")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contracts")),
    )
    with op.batch_alter_table("contracts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contracts_activity_id"), ["activity_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_contracts_member_id"), ["member_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_contracts_office_id"), ["office_id"], unique=False)

    op.create_table(
        "insurance_claims",
        sa.Column("member_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("activity_id", sa.Uuid(as_uuid=False), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("amount_claimed", sa.BigInteger(), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("office_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.Uuid(as_uuid=False), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activities.id"],
            name=op.f("fk_insurance_claims_activity_id_activities"),
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["members.id"], name=op.f("fk_insurance_claims_member_id_members")
        ),
        sa.ForeignKeyConstraint(
            ["office_id"], ["offices.id"], name=op.f("fk_insurance_claims_office_id_offices")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_insurance_claims")),
    )
    with op.batch_alter_table("insurance_claims", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_insurance_claims_member_id"), ["member_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_insurance_claims_office_id"), ["office_id"], unique=False
        )

    op.create_table(
        "loan_applications",
        sa.Column("activity_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("member_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("purpose", sa.String(length=20), nullable=False),
        sa.Column("months", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("prepared_by", sa.Uuid(as_uuid=False), nullable=True),
        sa.Column("decided_by", sa.Uuid(as_uuid=False), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decision_reason", sa.Text(), nullable=False),
        sa.Column("office_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.Uuid(as_uuid=False), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activities.id"],
            name=op.f("fk_loan_applications_activity_id_activities"),
        ),
        sa.ForeignKeyConstraint(
            ["decided_by"], ["users.id"], name=op.f("fk_loan_applications_decided_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["members.id"], name=op.f("fk_loan_applications_member_id_members")
        ),
        sa.ForeignKeyConstraint(
            ["office_id"], ["offices.id"], name=op.f("fk_loan_applications_office_id_offices")
        ),
        sa.ForeignKeyConstraint(
            ["prepared_by"], ["users.id"], name=op.f("fk_loan_applications_prepared_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_loan_applications")),
    )
    with op.batch_alter_table("loan_applications", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_loan_applications_activity_id"), ["activity_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_loan_applications_member_id"), ["member_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_loan_applications_office_id"), ["office_id"], unique=False
        )

    op.create_table(
        "accident_declarations",
        sa.Column("member_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("activity_id", sa.Uuid(as_uuid=False), nullable=True),
        sa.Column("contract_id", sa.Uuid(as_uuid=False), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("place", sa.String(length=160), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=False),
        sa.Column("filed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("insurer_reference", sa.String(length=40), nullable=False),
        sa.Column("office_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.Uuid(as_uuid=False), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activities.id"],
            name=op.f("fk_accident_declarations_activity_id_activities"),
        ),
        sa.ForeignKeyConstraint(
            ["contract_id"],
            ["contracts.id"],
            name=op.f("fk_accident_declarations_contract_id_contracts"),
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["members.id"], name=op.f("fk_accident_declarations_member_id_members")
        ),
        sa.ForeignKeyConstraint(
            ["office_id"], ["offices.id"], name=op.f("fk_accident_declarations_office_id_offices")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_accident_declarations")),
    )
    with op.batch_alter_table("accident_declarations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_accident_declarations_member_id"), ["member_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_accident_declarations_office_id"), ["office_id"], unique=False
        )

    op.create_table(
        "loan_instalments",
        sa.Column("loan_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=True),
        sa.Column("office_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.Uuid(as_uuid=False), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["loan_id"],
            ["loan_applications.id"],
            name=op.f("fk_loan_instalments_loan_id_loan_applications"),
        ),
        sa.ForeignKeyConstraint(
            ["office_id"], ["offices.id"], name=op.f("fk_loan_instalments_office_id_offices")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_loan_instalments")),
    )
    with op.batch_alter_table("loan_instalments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_loan_instalments_loan_id"), ["loan_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_loan_instalments_office_id"), ["office_id"], unique=False
        )

    op.create_table(
        "quotes",
        sa.Column("number", sa.String(length=20), nullable=True),
        sa.Column("activity_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("client_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("issue_date", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("total_net", sa.BigInteger(), nullable=False),
        sa.Column("total_vat", sa.BigInteger(), nullable=False),
        sa.Column("total_gross", sa.BigInteger(), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("snapshot", sa.JSON(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("office_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.Uuid(as_uuid=False), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["activity_id"], ["activities.id"], name=op.f("fk_quotes_activity_id_activities")
        ),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_quotes_client_id_clients")
        ),
        sa.ForeignKeyConstraint(
            ["office_id"], ["offices.id"], name=op.f("fk_quotes_office_id_offices")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quotes")),
        sa.UniqueConstraint("number", name=op.f("uq_quotes_number")),
    )
    with op.batch_alter_table("quotes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_quotes_activity_id"), ["activity_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_quotes_client_id"), ["client_id"], unique=False)
        batch_op.create_index("ix_quotes_office_date", ["office_id", "issue_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_quotes_office_id"), ["office_id"], unique=False)
        batch_op.create_index(
            "ix_quotes_office_state", ["office_id", "state", "issue_date"], unique=False
        )

    op.create_table(
        "quote_lines",
        sa.Column("quote_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("nature", sa.String(length=10), nullable=False),
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("quantity", sa.String(length=40), nullable=False),
        sa.Column("unit", sa.String(length=20), nullable=False),
        sa.Column("unit_price", sa.BigInteger(), nullable=False),
        sa.Column("discount_pct", sa.String(length=40), nullable=False),
        sa.Column("net_amount", sa.BigInteger(), nullable=False),
        sa.Column("vat_facts", sa.JSON(), nullable=False),
        sa.Column("vat_treatment", sa.String(length=20), nullable=False),
        sa.Column("vat_rate", sa.String(length=4), nullable=True),
        sa.Column("vat_legal_basis", sa.String(length=120), nullable=False),
        sa.Column("vat_review", sa.Boolean(), nullable=False),
        sa.Column("vat_override_reason", sa.Text(), nullable=False),
        sa.Column("office_id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("id", sa.Uuid(as_uuid=False), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.Uuid(as_uuid=False), nullable=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["office_id"], ["offices.id"], name=op.f("fk_quote_lines_office_id_offices")
        ),
        sa.ForeignKeyConstraint(
            ["quote_id"], ["quotes.id"], name=op.f("fk_quote_lines_quote_id_quotes")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quote_lines")),
    )
    with op.batch_alter_table("quote_lines", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_quote_lines_office_id"), ["office_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_quote_lines_quote_id"), ["quote_id"], unique=False)

    _seed_offices()


# The nine offices of the 2021 annual report (DESIGN.md §6). Ids are derived from the code
# so that every device and the central database agree on them without a round trip.
OFFICES = [
    ("ANT", "Antwerpen", "Anvers", "Antwerp", "flanders"),
    ("GNT", "Gent", "Gand", "Ghent", "flanders"),
    ("BXL", "Brussel", "Bruxelles", "Brussels", "brussels"),
    ("LGE", "Luik", "Liège", "Liège", "wallonia"),
    ("LLN", "Louvain-la-Neuve", "Louvain-la-Neuve", "Louvain-la-Neuve", "wallonia"),
    ("NAM", "Namen", "Namur", "Namur", "wallonia"),
    ("MON", "Bergen", "Mons", "Mons", "wallonia"),
    ("TOU", "Doornik", "Tournai", "Tournai", "wallonia"),
    ("CRL", "Charleroi", "Charleroi", "Charleroi", "wallonia"),
]


def _seed_offices() -> None:
    import uuid
    from datetime import datetime

    now = datetime.now(UTC)
    if op.get_bind().dialect.name == "sqlite":
        now = now.replace(tzinfo=None)
    table = sa.table(
        "offices",
        sa.column("id", sa.Uuid(as_uuid=False)),
        sa.column("code", sa.String),
        sa.column("name_nl", sa.String),
        sa.column("name_fr", sa.String),
        sa.column("name_en", sa.String),
        sa.column("region", sa.String),
        sa.column("row_version", sa.Integer),
        sa.column("created_at", sa.DateTime(timezone=True)),
        sa.column("updated_at", sa.DateTime(timezone=True)),
    )
    op.bulk_insert(
        table,
        [
            {
                "id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"smartdesk:office:{code}")),
                "code": code,
                "name_nl": nl,
                "name_fr": fr,
                "name_en": en,
                "region": region,
                "row_version": 0,
                "created_at": now,
                "updated_at": now,
            }
            for code, nl, fr, en, region in OFFICES
        ],
    )


def downgrade() -> None:
    with op.batch_alter_table("quote_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_quote_lines_quote_id"))
        batch_op.drop_index(batch_op.f("ix_quote_lines_office_id"))

    op.drop_table("quote_lines")
    with op.batch_alter_table("quotes", schema=None) as batch_op:
        batch_op.drop_index("ix_quotes_office_state")
        batch_op.drop_index(batch_op.f("ix_quotes_office_id"))
        batch_op.drop_index("ix_quotes_office_date")
        batch_op.drop_index(batch_op.f("ix_quotes_client_id"))
        batch_op.drop_index(batch_op.f("ix_quotes_activity_id"))

    op.drop_table("quotes")
    with op.batch_alter_table("loan_instalments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_loan_instalments_office_id"))
        batch_op.drop_index(batch_op.f("ix_loan_instalments_loan_id"))

    op.drop_table("loan_instalments")
    with op.batch_alter_table("accident_declarations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_accident_declarations_office_id"))
        batch_op.drop_index(batch_op.f("ix_accident_declarations_member_id"))

    op.drop_table("accident_declarations")
    with op.batch_alter_table("loan_applications", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_loan_applications_office_id"))
        batch_op.drop_index(batch_op.f("ix_loan_applications_member_id"))
        batch_op.drop_index(batch_op.f("ix_loan_applications_activity_id"))

    op.drop_table("loan_applications")
    with op.batch_alter_table("insurance_claims", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_insurance_claims_office_id"))
        batch_op.drop_index(batch_op.f("ix_insurance_claims_member_id"))

    op.drop_table("insurance_claims")
    with op.batch_alter_table("contracts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contracts_office_id"))
        batch_op.drop_index(batch_op.f("ix_contracts_member_id"))
        batch_op.drop_index(batch_op.f("ix_contracts_activity_id"))

    op.drop_table("contracts")
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.drop_index("ix_clients_office_name")
        batch_op.drop_index(batch_op.f("ix_clients_office_id"))
        batch_op.drop_index(batch_op.f("ix_clients_activity_id"))

    op.drop_table("clients")
    with op.batch_alter_table("activity_members", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_members_office_id"))
        batch_op.drop_index(batch_op.f("ix_activity_members_member_id"))
        batch_op.drop_index(batch_op.f("ix_activity_members_activity_id"))

    op.drop_table("activity_members")
    with op.batch_alter_table("certificate_requests", schema=None) as batch_op:
        batch_op.drop_index("ix_certificate_requests_state_due")
        batch_op.drop_index(batch_op.f("ix_certificate_requests_office_id"))
        batch_op.drop_index(batch_op.f("ix_certificate_requests_member_id"))

    op.drop_table("certificate_requests")
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.drop_index("ix_activities_office_name")
        batch_op.drop_index(batch_op.f("ix_activities_office_id"))

    op.drop_table("activities")
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_users_office_id"))

    op.drop_table("users")
    with op.batch_alter_table("members", schema=None) as batch_op:
        batch_op.drop_index("ix_members_office_name")
        batch_op.drop_index(batch_op.f("ix_members_office_id"))
        batch_op.drop_index("ix_members_name")
        batch_op.drop_index(batch_op.f("ix_members_insz"))

    op.drop_table("members")
    op.drop_table("devices")
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachments_sha256"))
        batch_op.drop_index(batch_op.f("ix_attachments_owner_id"))
        batch_op.drop_index(batch_op.f("ix_attachments_office_id"))

    op.drop_table("attachments")
    op.drop_table("outbox")
    op.drop_table("offices")
    op.drop_table("local_state")
    with op.batch_alter_table("audit_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_entries_office_id"))
        batch_op.drop_index(batch_op.f("ix_audit_entries_entity_id"))
        batch_op.drop_index(batch_op.f("ix_audit_entries_at"))

    op.drop_table("audit_entries")
