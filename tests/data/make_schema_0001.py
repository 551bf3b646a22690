"""Builds tests/data/schema_0001.db: a database as the first released schema (0001) left it,
with a few rows, so that upgrading a real old file stays tested (the Electrum habit).

Run once when a schema is released: `python tests/data/make_schema_0001.py`.
The file is committed; this script documents how it was made.
"""

from pathlib import Path

import sqlalchemy as sa

from app.db.engine import make_engine, sqlite_url
from app.db.migrate import upgrade

TARGET = Path(__file__).with_name("schema_0001.db")


def main() -> None:
    TARGET.unlink(missing_ok=True)
    engine = make_engine(sqlite_url(TARGET))
    upgrade(engine, "0001")
    with engine.begin() as conn:
        office = conn.execute(sa.text("SELECT id FROM offices WHERE code='GNT'")).scalar_one()
        conn.execute(
            sa.text(
                "INSERT INTO members (id, office_id, row_version, created_at, updated_at, "
                "member_number, first_name, last_name, insz, birth_date, street, postcode, city, "
                "country, email, phone, iban, language, shares, member_since) VALUES "
                "('6f1c1d2e3a4b4c5d8e9f0a1b2c3d4e5f', :office, 0, '2024-01-02 09:00:00', "
                "'2024-01-02 09:00:00', 1001, 'Griet', 'Vermeulen', '93051822361', '1993-05-18', "
                "'Korenmarkt 1', '9000', 'Gent', 'BE', 'griet@example.be', '', '', 'nl', 1, "
                "'2020-03-01')"
            ),
            {"office": office},
        )
    engine.dispose()
    for suffix in ("-wal", "-shm"):
        Path(f"{TARGET}{suffix}").unlink(missing_ok=True)


if __name__ == "__main__":
    main()
