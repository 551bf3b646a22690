"""Column types that keep money exact and time in UTC on both SQLite and PostgreSQL."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import BigInteger, DateTime, String, Uuid
from sqlalchemy.types import TypeDecorator

CENT = Decimal("0.01")


def jsonable(value):
    """A column value as JSON can carry it (audit before/after, outbox payloads, sync)."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dict | list):
        return json.loads(json.dumps(value, default=str))
    return value


def new_id() -> str:
    """A device-made id: random, never reused, safe to create offline."""
    return str(uuid.uuid4())


class TextUuid(Uuid):
    """A UUID kept as text in Python (`"1b4e28ba-2fa1-..."`), native `uuid` on PostgreSQL
    and 32 hex characters on SQLite.

    SQLAlchemy's own conversion builds a `uuid.UUID` for every value it reads; lists
    hand back tens of thousands of ids per keystroke, so the hex is cut into the
    canonical form directly (same result, a tenth of the work).
    """

    cache_ok = True

    def __init__(self) -> None:
        super().__init__(as_uuid=False)

    def result_processor(self, dialect, coltype):
        if dialect.supports_native_uuid and self.native_uuid:
            return super().result_processor(dialect, coltype)

        def process(value):
            if value is None or len(value) != 32:
                return value
            return f"{value[:8]}-{value[8:12]}-{value[12:16]}-{value[16:20]}-{value[20:]}"

        return process


def utcnow() -> datetime:
    return datetime.now(UTC)


class Money(TypeDecorator[Decimal]):
    """Euros as a Decimal in Python, whole cents in the database (exact, sortable)."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        return int((Decimal(value) * 100).to_integral_value())

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return (Decimal(int(value)) / 100).quantize(CENT)


class DecimalText(TypeDecorator[Decimal]):
    """A Decimal kept as its exact text (quantities, percentages): never a float."""

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        return str(Decimal(value))

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return Decimal(value)


class UTCDateTime(TypeDecorator[datetime]):
    """Aware datetimes in UTC; SQLite forgets the zone, so it is put back on reading."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: SmartDesk stores aware UTC times only")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)
