"""A medical certificate's attachment row reaches exactly those who may read the health
data it belongs to (migration 0017, aligned with 0008's `accident_health` rule): the
adviser who filed the declaration, TeamAdmin and admins. Another adviser of the office
does not even learn its file name; TeamAdmin receives it, file included."""

from __future__ import annotations

import os

from app.services.attachments.store import file_path
from app.services.declarations import declarations as svc
from tests.security.conftest import affected, connect_as, refused
from tests.security.test_declarations_health import _file

CERTIFICATE = "SELECT filename FROM attachments WHERE id = %s"


def _certificate(secured) -> tuple[str, str, str, bytes]:
    """(attachment id, health row id, sha256, bytes) of a certificate the Gent adviser
    gnt1 attached to their own declaration, synced."""
    filer = secured.device("gnt1")
    declaration = _file(filer, "GNT")
    data = b"%PDF-1.4 certificate of first findings " + os.urandom(2000)
    attachment = svc.attach_medical_certificate(
        filer.ctx(), declaration, "certificaat-eerste-vaststellingen.pdf", data
    )
    report = filer.sync()
    assert report.ok and report.files_up == 1, report
    health = secured.scalar(
        "SELECT id FROM accident_health WHERE declaration_id = :d", d=declaration
    )
    sha = secured.scalar("SELECT sha256 FROM attachments WHERE id = :a", a=attachment)
    return attachment, str(health), sha, data


def test_teamadmin_reads_the_certificate_row_and_receives_its_file(secured):
    attachment, _health, sha, data = _certificate(secured)
    with connect_as(secured, "team") as conn:
        assert conn.execute(CERTIFICATE, [attachment]).fetchall() == [
            ("certificaat-eerste-vaststellingen.pdf",)
        ]
    teamadmin = secured.device("team")
    assert teamadmin.scalar("SELECT count(*) FROM attachments WHERE sha256 = :s", s=sha) == 1
    assert file_path(teamadmin.db.attachments_dir, sha).read_bytes() == data
    for short in ("gnt1", "adm"):  # the filer and an admin, as before
        with connect_as(secured, short) as conn:
            assert len(conn.execute(CERTIFICATE, [attachment]).fetchall()) == 1, short


def test_other_logins_neither_read_nor_touch_the_certificate_row(secured):
    attachment, health, sha, _data = _certificate(secured)
    office = secured.scalar("SELECT office_id FROM accident_health WHERE id = :h", h=health)
    colleague = secured.device("gnt2")  # same office, did not file the declaration
    assert colleague.scalar("SELECT count(*) FROM attachments WHERE sha256 = :s", s=sha) == 0
    for short in ("gnt2", "bxl1", "rev"):
        with connect_as(secured, short) as conn:
            assert conn.execute(CERTIFICATE, [attachment]).fetchall() == [], short
            assert (
                conn.execute(
                    "SELECT count(*) FROM attachments WHERE owner_table = 'accident_health'"
                ).fetchone()[0]
                == 0
            ), short
            assert (
                affected(
                    conn,
                    "UPDATE attachments SET deleted_at = now(), filename = 'x.pdf' WHERE id = %s",
                    [attachment],
                )
                == 0
            ), short
    with connect_as(secured, "gnt2") as conn:  # nor attaches a forged certificate to it
        assert refused(
            conn,
            "INSERT INTO attachments (id, sha256, filename, mime_type, size, owner_table, "
            "owner_id, office_id, row_version, created_at, updated_at) VALUES "
            "(gen_random_uuid(), %s, 'forged.pdf', 'application/pdf', 10, "
            "'accident_health', %s, %s, 0, now(), now())",
            [sha, health, office],
        )
    assert secured.scalar("SELECT filename FROM attachments WHERE id = :a", a=attachment) == (
        "certificaat-eerste-vaststellingen.pdf"
    )
