"""The synced tables and how their rows travel.

A row is compared and stored (outbox payloads, conflicts) in its JSON form, the one
`app.services.audit.snapshot` writes: dates as ISO text, Decimals as text, ids as text.
It is written to either database through the SQLAlchemy column types, never as raw
strings (ids are CHAR(32) on SQLite and native uuid on PostgreSQL).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, Table

from app.db.models import (
    AccidentDeclaration,
    AccidentHealth,
    Activity,
    ActivityMember,
    Attachment,
    CertificateRequest,
    Client,
    Contract,
    InsuranceClaim,
    IssuerIdentity,
    LoanApplication,
    LoanInstalment,
    Member,
    Quote,
    QuoteLine,
    User,
)
from app.db.types import (
    DecimalText,
    Money,
    UTCDateTime,
    jsonable,
)
from app.domain.declarations import declaration_states
from app.domain.loans import loan_states
from app.domain.quotes import quote_states
from app.domain.teamadmin import request_states

# Parents before children: the order rows are uploaded and a full pull is applied.
ORDER = [
    User,
    Member,
    Activity,
    ActivityMember,
    Client,
    Quote,
    QuoteLine,
    IssuerIdentity,
    Contract,
    AccidentDeclaration,
    AccidentHealth,
    InsuranceClaim,
    CertificateRequest,
    LoanApplication,
    LoanInstalment,
    Attachment,
]
TABLES: dict[str, Table] = {model.__tablename__: model.__table__ for model in ORDER}

# Kept by the machinery, not by a person: never a reason for a conflict.
BOOKKEEPING = frozenset({"id", "row_version", "created_at", "updated_at", "updated_by"})

# A document past draft is never merged automatically (DESIGN §4.5). Which states count
# is each document's own rule, kept in its domain slice; sync only reads it.
STATE_RULES: dict[str, tuple[tuple[str, ...], frozenset[str]]] = {
    "quotes": (quote_states.STATES, quote_states.PAST_DRAFT),
    "accident_declarations": (declaration_states.STATES, declaration_states.PAST_DRAFT),
    "insurance_claims": (declaration_states.CLAIM_STATES, declaration_states.CLAIM_PAST_DRAFT),
    "loan_applications": (loan_states.STATES, loan_states.PAST_DRAFT),
    "certificate_requests": (request_states.STATES, request_states.PAST_DRAFT),
}


def past_draft(entity: str, row: dict | None) -> bool:
    """Whether `row` of `entity` is a document that left draft. A state this version
    does not know (written by a newer SmartDesk) counts as past draft: it is never
    overwritten on a guess."""
    rules = STATE_RULES.get(entity)
    if not row or rules is None:
        return False
    state = row.get("state")
    if state is None:
        return False
    states, frozen = rules
    return state in frozen or state not in states


def to_json(table: Table, row) -> dict:
    """A row (mapping of Python values) in the JSON form of `snapshot`."""
    return {column.key: jsonable(row[column.key]) for column in table.columns}


def _reader(column):
    kind = column.type
    if isinstance(kind, UTCDateTime):
        return datetime.fromisoformat
    if isinstance(kind, Money | DecimalText):
        return Decimal
    if isinstance(kind, Date):
        return date.fromisoformat
    return None


_READERS: dict[str, dict[str, object]] = {
    name: {c.key: _reader(c) for c in table.columns} for name, table in TABLES.items()
}


def from_json(entity: str, values: dict) -> dict:
    """Python values for the columns of `entity` found in a JSON row (others ignored)."""
    readers = _READERS[entity]
    out = {}
    for key, value in values.items():
        if key not in readers:
            continue
        read = readers[key]
        out[key] = read(value) if read is not None and value is not None else value
    return out
