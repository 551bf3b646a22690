"""Accident and insurance declarations (issue #10): the facts of the official model that
SmartDesk holds, the claim model of admin-facts §2, the workflow's stamps, and the
health data apart in `accident_health`.

Why a separate table for health data (injury, incapacity, medical certificate) and not
column privileges: row-level security is per row, and the rule is per row too (the
adviser who filed *this* declaration, TeamAdmin, admins). A column GRANT cannot say
"only the filer"; a row policy can, and the sync machinery already drops what a
policy hides (a device never receives the row). On PostgreSQL the table gets the
triggers and the row-level security of 0005: FORCE RLS, policies built from the same
functions (sync_scope) with the filer condition added, and role rules: an adviser
reads and writes in their office (narrowed by the policy to their own filings),
TeamAdmin and admins everywhere; a loan reviewer nothing. Grants follow from
`app/sync/tables.py` (central init).

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

UUID = sa.Uuid(as_uuid=False)
WHEN = sa.DateTime(timezone=True)
OWNER = "(SELECT public.sync_is_owner())"


def _text(name: str, length: int | None = None) -> sa.Column:
    kind = sa.String(length=length) if length else sa.Text()
    return sa.Column(name, kind, nullable=False, server_default="")


def _flag(name: str) -> sa.Column:
    return sa.Column(name, sa.Boolean(), nullable=False, server_default=sa.false())


DECLARATION_COLUMNS = lambda: [  # noqa: E731 - fresh Column objects per call
    sa.Column("number", sa.String(length=20), nullable=True),
    sa.Column("accident_type", sa.String(length=12), nullable=False, server_default="workplace"),
    sa.Column("declared_by", UUID, nullable=True),
    sa.Column("cover_reasons", sa.JSON(), nullable=False, server_default="{}"),
    _flag("mission_abroad"),
    _text("client_company", 160),
    sa.Column("country", sa.String(length=2), nullable=False, server_default="BE"),
    _flag("public_road"),
    _flag("traffic_accident"),
    _text("route_start", 160),
    _text("route_end", 160),
    _text("detour"),
    _text("witnesses"),
    _text("first_aid"),
    _text("first_aider", 120),
    sa.Column("intervention_at", WHEN, nullable=True),
    sa.Column("aggravation_notice_date", sa.Date(), nullable=True),
    _text("deviation_code", 4),
    _text("material_agent", 8),
    _flag("serious"),
    _flag("very_serious"),
    sa.Column("tasks", sa.JSON(), nullable=False, server_default="[]"),
    _text("insurer", 80),
    _text("policy_number", 40),
    sa.Column("language", sa.String(length=2), nullable=False, server_default="nl"),
    _text("question"),
    _text("outcome"),
    sa.Column("history", sa.JSON(), nullable=False, server_default="[]"),
]

CLAIM_COLUMNS = lambda: [  # noqa: E731
    sa.Column("number", sa.String(length=20), nullable=True),
    sa.Column("declared_by", UUID, nullable=True),
    sa.Column("occurred_at", WHEN, nullable=True),
    sa.Column("discovery_date", sa.Date(), nullable=True),
    _text("place", 160),
    _text("presumed_cause"),
    sa.Column("third_parties", sa.JSON(), nullable=False, server_default="[]"),
    _text("witnesses"),
    _text("police_report_no", 40),
    _flag("items_lost"),
    _text("insurer", 80),
    _text("policy_number", 40),
    sa.Column("policy_delay_days", sa.Integer(), nullable=True),
    sa.Column("deadline", sa.Date(), nullable=True),
    sa.Column("language", sa.String(length=2), nullable=False, server_default="nl"),
    sa.Column("filed_at", WHEN, nullable=True),
    _text("insurer_reference", 40),
    _text("question"),
    _text("outcome"),
    sa.Column("history", sa.JSON(), nullable=False, server_default="[]"),
]


def upgrade() -> None:
    with op.batch_alter_table("accident_declarations") as batch:
        for column in DECLARATION_COLUMNS():
            batch.add_column(column)
    with op.batch_alter_table("insurance_claims") as batch:
        for column in CLAIM_COLUMNS():
            batch.add_column(column)
    op.create_table(
        "accident_health",
        sa.Column("declaration_id", UUID, nullable=False),
        sa.Column("declared_by", UUID, nullable=True),
        _text("injury_nature", 160),
        _text("body_part", 120),
        _text("injury_code", 4),
        _flag("permanent_injury"),
        _flag("fatal"),
        sa.Column("incapacity_days", sa.Integer(), nullable=True),
        _flag("back_at_work"),
        _text("medical_care"),
        sa.Column("certificate_attachment_id", UUID, nullable=True),
        sa.Column("office_id", UUID, nullable=False),
        sa.Column("id", UUID, nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("created_at", WHEN, nullable=False),
        sa.Column("updated_at", WHEN, nullable=False),
        sa.Column("updated_by", UUID, nullable=True),
        sa.Column("deleted_at", WHEN, nullable=True),
        sa.ForeignKeyConstraint(
            ["declaration_id"],
            ["accident_declarations.id"],
            name=op.f("fk_accident_health_declaration_id_accident_declarations"),
        ),
        sa.ForeignKeyConstraint(
            ["office_id"], ["offices.id"], name=op.f("fk_accident_health_office_id_offices")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_accident_health")),
    )
    op.create_index(
        op.f("ix_accident_health_declaration_id"), "accident_health", ["declaration_id"]
    )
    op.create_index(op.f("ix_accident_health_office_id"), "accident_health", ["office_id"])
    if op.get_bind().dialect.name == "postgresql":
        _central_health()


def _central_health() -> None:
    execute = op.execute
    execute("""
        CREATE TRIGGER sync_stamp_version BEFORE INSERT OR UPDATE ON public.accident_health
        FOR EACH ROW EXECUTE FUNCTION public.sync_stamp_version()""")
    execute("""
        CREATE TRIGGER sync_log_change AFTER INSERT OR UPDATE ON public.accident_health
        FOR EACH ROW EXECUTE FUNCTION public.sync_log_change()""")
    execute("""
        INSERT INTO public.sync_role_rules (role, entity, reads, writes, scope) VALUES
            ('admin', 'accident_health', true, true, 'all'),
            ('teamadmin', 'accident_health', true, true, 'all'),
            ('adviser', 'accident_health', true, true, 'office')""")
    execute("ALTER TABLE public.accident_health ENABLE ROW LEVEL SECURITY")
    read = "(SELECT public.sync_scope('accident_health', false))::uuid[]"
    write = "(SELECT public.sync_scope('accident_health', true))::uuid[]"
    filer = (
        "((SELECT public.sync_my_role()) IN ('teamadmin', 'admin') "
        "OR declared_by = (SELECT public.sync_my_user_id()))"
    )
    execute(f"""
        CREATE POLICY sync_read ON public.accident_health FOR SELECT
        USING ({OWNER} OR (({read} IS NULL OR office_id = ANY({read})) AND {filer}))""")
    execute(f"""
        CREATE POLICY sync_insert ON public.accident_health FOR INSERT
        WITH CHECK ({OWNER} OR (({write} IS NULL OR office_id = ANY({write})) AND {filer}))""")
    execute(f"""
        CREATE POLICY sync_update ON public.accident_health FOR UPDATE
        USING ({OWNER} OR (({write} IS NULL OR office_id = ANY({write})) AND {filer}))
        WITH CHECK ({OWNER} OR (({write} IS NULL OR office_id = ANY({write})) AND {filer}))""")
    execute("ALTER TABLE public.accident_health FORCE ROW LEVEL SECURITY")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DELETE FROM public.sync_role_rules WHERE entity = 'accident_health'")
    op.drop_index(op.f("ix_accident_health_office_id"), table_name="accident_health")
    op.drop_index(op.f("ix_accident_health_declaration_id"), table_name="accident_health")
    op.drop_table("accident_health")
    with op.batch_alter_table("insurance_claims") as batch:
        for column in reversed(CLAIM_COLUMNS()):
            batch.drop_column(column.name)
    with op.batch_alter_table("accident_declarations") as batch:
        for column in reversed(DECLARATION_COLUMNS()):
            batch.drop_column(column.name)
