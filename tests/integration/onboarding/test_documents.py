"""Onboarding documents: kept by content hash with the Activity, refused when the rules
say so (nothing written), and a device without the file says so."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.db.models import Attachment
from app.services.attachments.store import file_path
from app.services.errors import ValidationFailed
from app.services.onboarding.activities import activity_page, attach_document, save_activity_draft

SCAN = b"%PDF-1.4 identity card scan"


def test_an_id_scan_is_kept_with_the_activity_and_shown_as_on_this_device(people):
    gent = people.ctx(people.gent_adviser)
    activity = save_activity_draft(gent, people.gent_member, name="Atelier")
    attach_document(gent, activity, "id_scan", "identiteitskaart.pdf", SCAN)
    attach_document(gent, activity, "signed_agreement", "overeenkomst.pdf", b"%PDF signed")
    documents = activity_page(gent, activity).documents
    assert [(d.kind, d.filename, d.present) for d in documents] == [
        ("id_scan", "identiteitskaart.pdf", True),
        ("signed_agreement", "overeenkomst.pdf", True),
    ]
    # the same file attached twice is stored once
    attach_document(gent, activity, "id_scan", "kopie.pdf", SCAN)
    folder = people.db.attachments_dir
    assert len([p for p in folder.rglob("*") if p.is_file()]) == 2


def test_a_file_of_another_device_is_said_to_be_elsewhere(people):
    gent = people.ctx(people.gent_adviser)
    activity = save_activity_draft(gent, people.gent_member, name="Atelier")
    attach_document(gent, activity, "id_scan", "scan.jpg", b"\xff\xd8 jpeg")
    document = activity_page(gent, activity).documents[0]
    file_path(people.db.attachments_dir, _sha(people, document.attachment_id)).unlink()
    assert activity_page(gent, activity).documents[0].present is False


def test_a_refused_file_writes_nothing(people):
    gent = people.ctx(people.gent_adviser)
    activity = save_activity_draft(gent, people.gent_member, name="Atelier")
    with pytest.raises(ValidationFailed) as caught:
        attach_document(gent, activity, "id_scan", "virus.exe", b"MZ")
    assert caught.value.problems[0].message_key == "attachment.type_not_allowed"
    with pytest.raises(ValidationFailed):
        attach_document(gent, activity, "passport_photo", "photo.jpg", b"\xff\xd8")
    with people.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(Attachment)) == 0
    assert activity_page(gent, activity).documents == ()


def _sha(people, attachment_id: str) -> str:
    with people.db.reading() as session:
        return session.get(Attachment, attachment_id).sha256
