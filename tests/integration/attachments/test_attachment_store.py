"""Attaching a file: kept once by content hash, described by a synced, audited row;
bad files are refused with a reason and leave nothing behind."""

import hashlib

import pytest
from sqlalchemy import func, select

from app.db.models import Attachment, AuditEntry, OutboxEntry
from app.services.attachments.store import attach, attachments_of, file_path, read_attachment
from app.services.errors import NotFound, ValidationFailed


def _counts(db):
    with db.reading() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(model))
            for model in (Attachment, AuditEntry, OutboxEntry)
        )


def test_an_attached_scan_is_stored_by_its_hash_and_listed_on_its_owner(people):
    ctx = people.ctx(people.gent_adviser)
    data = b"%PDF-1.4 signed agreement"
    info = attach(ctx, "members", people.gent_member, ctx.user.office_id, "akkoord.pdf", data)

    sha = hashlib.sha256(data).hexdigest()
    assert info.sha256 == sha and info.mime_type == "application/pdf" and info.present
    assert file_path(people.db.attachments_dir, sha).read_bytes() == data
    listed = attachments_of(ctx, "members", people.gent_member)
    assert [(a.filename, a.size, a.present) for a in listed] == [("akkoord.pdf", len(data), True)]
    assert read_attachment(ctx, info.id) == data
    with people.db.reading() as session:
        audit = session.scalars(select(AuditEntry).where(AuditEntry.entity == "attachments")).one()
        queued = session.scalars(select(OutboxEntry).where(OutboxEntry.entity == "attachments"))
        assert audit.action == "attachment.add" and len(queued.all()) == 1


def test_the_same_file_twice_is_kept_once(people):
    ctx = people.ctx(people.gent_adviser)
    for name in ("id-front.jpg", "copy.jpg"):
        attach(ctx, "members", people.gent_member, ctx.user.office_id, name, b"\xff\xd8jpeg")
    files = [p for p in people.db.attachments_dir.rglob("*") if p.is_file()]
    assert len(files) == 1
    assert len(attachments_of(ctx, "members", people.gent_member)) == 2


@pytest.mark.parametrize(
    ("name", "data", "key"),
    [
        ("virus.exe", b"MZ", "attachment.type_not_allowed"),
        ("empty.pdf", b"", "attachment.empty"),
        ("huge.pdf", b"x" * 20_000_001, "attachment.too_large"),
    ],
)
def test_a_file_that_may_not_be_attached_is_refused_and_changes_nothing(people, name, data, key):
    ctx = people.ctx(people.gent_adviser)
    before = _counts(people.db)
    with pytest.raises(ValidationFailed) as refused:
        attach(ctx, "members", people.gent_member, ctx.user.office_id, name, data)
    assert [p.message_key for p in refused.value.problems] == [key]
    assert _counts(people.db) == before
    assert not any(p.is_file() for p in people.db.attachments_dir.rglob("*"))


def test_a_file_attached_elsewhere_or_damaged_says_so(people):
    ctx = people.ctx(people.gent_adviser)
    info = attach(ctx, "members", people.gent_member, ctx.user.office_id, "scan.png", b"png!")
    path = file_path(people.db.attachments_dir, info.sha256)
    path.write_bytes(b"png?")
    with pytest.raises(NotFound) as damaged:
        read_attachment(ctx, info.id)
    assert damaged.value.message_key == "attachment.damaged"
    path.unlink()
    assert not attachments_of(ctx, "members", people.gent_member)[0].present
    with pytest.raises(NotFound) as elsewhere:
        read_attachment(ctx, info.id)
    assert elsewhere.value.message_key == "attachment.not_on_this_device"


def test_the_window_says_which_files_are_allowed_and_how_large_this_one_is(people, qapp):
    from ui.messages import field_problems

    ctx = people.ctx(people.gent_adviser)
    for name, data, expected in (
        ("virus.exe", b"MZ", "pdf"),
        ("huge.pdf", b"x" * 20_000_001, "20.0"),
    ):
        with pytest.raises(ValidationFailed) as refused:
            attach(ctx, "members", people.gent_member, ctx.user.office_id, name, data)
        text = field_problems(refused.value)["file"]
        assert expected in text and "{" not in text
