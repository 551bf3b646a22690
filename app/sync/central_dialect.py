"""The psycopg dialect for a sync round, without the questions SQLAlchemy asks a new
server.

On the first connection of an engine SQLAlchemy asks the server its version, schema,
isolation level and string syntax, and looks up the hstore type: ten round trips, which
on an office line (50 ms each way) cost a second per round, since every round opens a
fresh engine (issue 14, point 4). The server already said its version and string syntax
in its greeting (psycopg keeps them in `connection.info`); the rest is the PostgreSQL
default that the central database keeps (`public`, READ COMMITTED; no hstore). Loaded
by name (`postgresql+smartdesk_psycopg`) only when a device talks to the central
database.
"""

from __future__ import annotations

from sqlalchemy.dialects.postgresql.psycopg import PGDialect_psycopg


class GreetedDialect(PGDialect_psycopg):
    supports_statement_cache = True

    def __init__(self, **kwargs):
        kwargs["use_native_hstore"] = False  # no hstore column in the central database
        super().__init__(**kwargs)

    @staticmethod
    def _info(connection):
        return connection.connection.dbapi_connection.info

    def _get_server_version_info(self, connection):
        number = self._info(connection).server_version  # e.g. 150020 for 15.20
        return (number // 10000, number % 10000)

    def _get_default_schema_name(self, connection):
        return "public"

    def get_default_isolation_level(self, dbapi_conn):
        return "READ COMMITTED"

    def _set_backslash_escapes(self, connection):
        said = self._info(connection).parameter_status("standard_conforming_strings")
        self._backslash_escapes = said == b"off"


dialect = GreetedDialect
