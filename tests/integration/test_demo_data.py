"""`smartdesk demo-data`: valid identifiers, the report's proportions, quotes built by
the quote slice's own rules (the VAT engine's answers, decisions with reasons, exact
arithmetic, gap-free numbering, payment references, frozen snapshots, PDFs), and
all-or-nothing writes."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections import Counter, defaultdict
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

import pytest
from sqlalchemy import func, select
from stdnum import iban
from stdnum.be import ogm_vcs, ssn
from stdnum.be import vat as be_vat
from stdnum.eu import vat as eu_vat

from app.config import Paths
from app.db.local import open_local
from app.db.models import (
    AuditEntry,
    Client,
    InsuranceClaim,
    LoanApplication,
    LoanInstalment,
    Member,
    Office,
    OutboxEntry,
    Quote,
    QuoteLine,
    User,
)
from app.demo import generator
from app.demo.generator import DemoCancelled, generate
from app.domain.quotes.payment_reference import structured_communication
from app.domain.quotes.quote_rules import (
    MIN_REASON_LENGTH,
    engine_columns,
    vat_answer_record,
    vat_client,
    vat_request,
)
from app.domain.quotes.vat import check_line_in_every_language
from app.services.context import ServiceContext
from app.services.quotes.quotes import (
    LineInput,
    add_line,
    create_quote,
    decide_line_vat,
    quote_rows,
    quote_view,
    send_quote,
)
from app.services.users import sign_in
from smartdesk_entrypoints.cli import main

CENT = Decimal("0.01")


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo") / "data"
    assert main(["--data-dir", str(folder), "demo-data", "--scale", "small", "--seed", "7"]) == 0
    return folder


@pytest.fixture
def db(demo_dir):
    database = open_local(Paths.in_folder(demo_dir))
    yield database
    database.dispose()


def _count(db, model) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_every_insz_is_a_valid_national_or_bis_number(db):
    with db.reading() as session:
        rows = session.execute(select(Member.insz, Member.birth_date, Member.country)).all()
    assert len(rows) == 300
    for insz, born, country in rows:
        assert ssn.validate(insz) == insz
        assert ssn.get_birth_date(insz) == born  # the 2000+ rule got the century right
        if country != "BE":
            assert ssn.guess_type(insz) == "bis"
    assert any(born.year >= 2000 for _, born, _ in rows)


def test_every_iban_passes_stdnum_with_the_belgian_bank_list(db):
    with db.reading() as session:
        ibans = session.scalars(select(Member.iban)).all()
    assert ibans and all(iban.validate(number) for number in ibans)
    assert all(number.startswith("BE") and len(number) == 16 for number in ibans)


def test_client_vat_and_enterprise_numbers_are_valid(db):
    with db.reading() as session:
        clients = session.execute(
            select(Client.country, Client.kind, Client.vat_number, Client.enterprise_number)
        ).all()
    belgian = [c for c in clients if c.country == "BE" and c.vat_number]
    foreign_eu = [c for c in clients if c.country != "BE" and c.vat_number]
    assert belgian and foreign_eu
    for c in belgian:
        assert be_vat.validate(c.vat_number) == c.enterprise_number
        assert c.kind == "business"
    for c in clients:
        if c.vat_number:
            assert eu_vat.validate(c.vat_number)
        if c.enterprise_number:
            assert be_vat.is_valid(c.enterprise_number)
    share_be = sum(c.country == "BE" for c in clients) / len(clients)
    assert 0.78 < share_be < 0.93


def test_offices_follow_the_reports_paid_member_shares(db):
    with db.reading() as session:
        per_office = dict(
            session.execute(
                select(Office.code, func.count(Member.id))
                .join(Member, Member.office_id == Office.id)
                .group_by(Office.code)
            ).all()
        )
    assert set(per_office) == set(generator.OFFICE_PAID)
    assert max(per_office, key=per_office.get) == "BXL"
    total = sum(per_office.values())
    paid = sum(generator.OFFICE_PAID.values())
    for code, n in per_office.items():
        expected = total * generator.OFFICE_PAID[code] / paid
        assert abs(n - expected) <= max(3, expected * 0.25), code


def test_quote_totals_are_the_line_nets_plus_vat_per_rate(db):
    with db.reading() as session:
        _check_quote_totals(
            {q.id: q for q in session.scalars(select(Quote))},
            session.scalars(select(QuoteLine)).all(),
        )


def _check_quote_totals(quotes, lines):
    assert len(quotes) == 1500
    by_quote = defaultdict(list)
    for line in lines:
        gross = line.quantity * line.unit_price * (100 - line.discount_pct) / 100
        assert line.net_amount == gross.quantize(CENT, ROUND_HALF_UP)
        by_quote[line.quote_id].append(line)
    for quote_id, quote in quotes.items():
        mine = by_quote[quote_id]
        assert 1 <= len(mine) <= 5
        net = sum((line.net_amount for line in mine), Decimal(0))
        per_rate = defaultdict(Decimal)
        for line in mine:
            if line.vat_treatment == "taxable":
                per_rate[line.vat_rate] += line.net_amount
            else:
                assert line.vat_rate is None
        vat = sum(
            (
                (amount * Decimal(rate) / 100).quantize(CENT, ROUND_HALF_UP)
                for rate, amount in per_rate.items()
            ),
            Decimal(0),
        )
        assert (quote.total_net, quote.total_vat) == (net, vat)
        assert quote.total_gross == net + vat
        assert quote.created_at.tzinfo is not None
    average = sum(q.total_net for q in quotes.values()) / len(quotes)
    assert Decimal(600) < average < Decimal(1300)


def test_quote_numbers_run_per_office_and_year_without_gaps(db):
    with db.reading() as session:
        rows = session.execute(
            select(
                Quote.number,
                Quote.sequence,
                Quote.state,
                Quote.sent_at,
                Quote.issue_date,
                Office.code,
            ).join(Office, Office.id == Quote.office_id)
        ).all()
    sequences = defaultdict(list)
    for number, sequence, state, sent_at, issued, code in rows:
        if sent_at is None:  # never sent: a draft, or a draft cancelled
            assert number is None and sequence is None and state in ("draft", "cancelled")
            continue
        prefix, _, seq = number.rpartition("-")
        assert prefix == f"{code}-{issued.year}" and int(seq) == sequence
        sequences[prefix].append((issued, int(seq)))
    assert sequences
    for prefix, numbered in sequences.items():
        assert sorted(seq for _, seq in numbered) == list(range(1, len(numbered) + 1)), prefix
        # numbered in date order
        assert [s for _, s in sorted(numbered)] == sorted(s for _, s in numbered), prefix


def _lines_with_their_quote(db):
    with db.reading() as session:
        yield from session.execute(
            select(QuoteLine, Quote, Client)
            .join(Quote, Quote.id == QuoteLine.quote_id)
            .join(Client, Client.id == Quote.client_id)
        ).all()


def test_every_line_carries_the_vat_engines_answer_for_its_facts(db):
    for line, quote, client in _lines_with_their_quote(db):
        facts = line.vat_facts
        standing = vat_client(
            client.kind, client.country, client.vat_number, client.vat_check, facts
        )
        request = vat_request(quote.issue_date, quote.language, line.category, standing, facts)
        results = check_line_in_every_language(request)  # the user's path: parsed input
        assert line.vat_answer == vat_answer_record(results, quote.language)
        assert line.nature == request["nature"]
        if not line.vat_override_reason:  # no adviser decision: the engine's answer stands
            columns = engine_columns(results[quote.language])
            assert {k: getattr(line, k) for k in columns} == columns


def test_lines_under_review_stay_open_on_drafts_and_are_settled_with_a_reason_once_sent(db):
    open_on_drafts = settled = 0
    for line, quote, _client in _lines_with_their_quote(db):
        if not line.vat_review:
            continue
        if quote.sent_at is None:
            assert line.vat_override_reason == ""
            open_on_drafts += quote.state == "draft"
        else:
            assert len(line.vat_override_reason) >= MIN_REASON_LENGTH
            likely = line.vat_answer["likely"]
            confirmed = likely and (likely["treatment"], likely["rate"]) == (
                line.vat_treatment,
                line.vat_rate,
            )
            assert line.vat_overridden is not bool(confirmed)
            settled += 1
    assert open_on_drafts >= 5 and settled >= 50


def test_some_definite_answers_are_overridden_with_a_reason_and_flagged_in_the_list(db):
    quote_ids = []
    for line, quote, _client in _lines_with_their_quote(db):
        if line.vat_overridden and not line.vat_review:
            assert len(line.vat_override_reason) >= MIN_REASON_LENGTH
            answer = line.vat_answer
            assert (line.vat_treatment, line.vat_rate) != (answer["treatment"], answer["rate"])
            quote_ids.append(quote.id)
    assert len(quote_ids) >= 10
    ctx = ServiceContext(db, sign_in(db, "admin", "1234"))
    rows = quote_rows(ctx, quote_ids)
    assert len(rows) == len(set(quote_ids)) and all(row.flagged for row in rows.values())


def test_sent_quotes_carry_their_frozen_snapshot_and_payment_reference(db):
    with db.reading() as session:
        rows = session.execute(select(Quote, Office.code).join(Office)).all()
        sent = [(quote, code) for quote, code in rows if quote.sent_at is not None]
        assert {quote.state for quote, _ in sent} == {
            "sent",
            "accepted",
            "refused",
            "expired",
            "cancelled",
        }
        for quote, code in sent:
            reference = structured_communication(code, quote.issue_date.year, quote.sequence)
            assert quote.payment_reference == reference
            assert ogm_vcs.is_valid(reference)
            frozen = quote.snapshot
            assert (frozen["number"], frozen["state"]) == (quote.number, quote.state)
            assert frozen["payment_reference"] == reference
            assert frozen["totals"] == {
                "net": str(quote.total_net),
                "vat": str(quote.total_vat),
                "gross": str(quote.total_gross),
            }
            assert all(line["mention"] is not None for line in frozen["lines"])
        assert all(quote.snapshot is None for quote, _ in rows if quote.sent_at is None)


def test_the_editor_shows_a_sent_demo_quote_as_it_was_frozen(db):
    ctx = ServiceContext(db, sign_in(db, "admin", "1234"))
    with db.reading() as session:
        quote = session.scalars(select(Quote).where(Quote.state == "accepted").limit(1)).one()
        quote_id, frozen = quote.id, quote.snapshot
    view = quote_view(ctx, quote_id, "en")
    assert [row.to_json() for row in view.vat_table] == frozen["vat_table"]
    assert view.payment_reference == frozen["payment_reference"]
    assert all(line.reasons for line in view.lines)  # why, in the viewer's language


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")
def test_quote_pdf_works_for_any_sent_demo_quote(demo_dir, db, tmp_path):
    with db.reading() as session:
        picked = {
            state: session.execute(
                select(Quote.number, Quote.payment_reference)
                .where(Quote.state == state, Quote.number.is_not(None))
                .order_by(Quote.total_gross.desc())
                .limit(2)
            ).all()
            for state in ("sent", "accepted", "refused", "expired", "cancelled")
        }
    for state, quotes in picked.items():
        assert quotes, state
        for number, reference in quotes:
            out = tmp_path / f"{number}.pdf"
            assert (
                main(["--data-dir", str(demo_dir), "quote", "pdf", number, "--out", str(out)]) == 0
            )
            text = subprocess.run(
                ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
            ).stdout
            assert reference in text and number in text


def test_a_quote_sent_after_the_demo_takes_the_next_number_of_its_office(tmp_path):
    database = open_local(Paths.in_folder(tmp_path / "data"))
    try:
        generate(database, "small", seed=3, today=date(2026, 11, 30))
        ctx = ServiceContext(database, sign_in(database, "admin", "1234"))
        with database.reading() as session:
            quote = session.scalars(
                select(Quote)
                .where(Quote.state == "draft", Quote.issue_date >= date(2026, 1, 1))
                .limit(1)
            ).one()
            quote_id, activity_id, client_id = quote.id, quote.activity_id, quote.client_id
            issued, office_id = quote.issue_date, quote.office_id
            code = session.get(Office, office_id).code
            last = session.scalar(
                select(func.max(Quote.sequence)).where(
                    Quote.office_id == office_id, Quote.number.like(f"{code}-2026-%")
                )
            )
        if quote_view(ctx, quote_id).blocking:  # a line still under review: a fresh draft
            quote_id = create_quote(ctx, activity_id, client_id, issued)
            add_line(ctx, quote_id, LineInput("Advies", "consulting", Decimal(2), Decimal(80)))
        for line in quote_view(ctx, quote_id).lines:  # (VIES not asked yet: an adviser decides)
            if line.review_open:
                decide_line_vat(
                    ctx, line.id, line.treatment, line.rate, line.legal_basis, "Checked by phone."
                )
        assert send_quote(ctx, quote_id) == f"{code}-2026-{last + 1:06d}"
    finally:
        database.dispose()


def test_loan_schedules_repay_the_amount_exactly(db):
    with db.reading() as session:
        loans = session.execute(select(LoanApplication.__table__)).all()
        instalments = session.execute(select(LoanInstalment.__table__)).all()
    assert loans and all(0 < loan.amount <= 25_000 for loan in loans)
    schedule = defaultdict(list)
    for item in instalments:
        schedule[item.loan_id].append(item.amount)
    for loan in loans:
        if loan.state == "approved":
            assert len(schedule[loan.id]) == loan.months
            assert sum(schedule[loan.id]) == loan.amount
        else:
            assert loan.id not in schedule


def test_claims_and_loans_are_written_in_the_language_of_their_office(db):
    """A French-speaking office's adviser reads its demo claims and loans in French
    (issue 8): a claim in its own language, a loan in its office's (Dutch in Flanders)."""
    with db.reading() as session:
        claims = session.execute(select(InsuranceClaim.__table__)).all()
        loans = session.execute(
            select(LoanApplication.__table__, Office.region).join(
                Office, Office.id == LoanApplication.office_id
            )
        ).all()
    assert claims and {claim.language for claim in claims} <= {"nl", "fr"}
    for claim in claims:
        assert claim.description == generator._Demo.CLAIM_TEXT[claim.kind][claim.language]
    assert loans  # each in its office's language, whichever offices the seed drew
    for loan in loans:
        lang = "nl" if loan.region == "flanders" else "fr"
        assert loan.explanation == generator.DEMO_LOAN_EXPLANATIONS[loan.purpose][lang]


def test_demo_users_sign_in_with_pin_1234_and_no_outbox_is_written(db):
    with db.reading() as session:
        logins = Counter(session.scalars(select(User.role)).all())
        audit = session.scalars(
            select(AuditEntry.after).where(AuditEntry.action == "demo_data")
        ).all()
    assert logins["teamadmin"] == 1 and logins["loan_reviewer"] == 1 and logins["admin"] == 1
    assert logins["adviser"] >= 9  # at least one per office
    for login in ("adviser.bxl.1", "adviser.tou.1", "teamadmin", "reviewer", "admin"):
        assert sign_in(db, login, "1234").login == login
    assert _count(db, OutboxEntry) == 0
    assert len(audit) == 1 and audit[0]["counts"]["members"] == 300


def test_stats_shows_the_counts(demo_dir, capsys):
    capsys.readouterr()
    assert main(["--data-dir", str(demo_dir), "stats"]) == 0
    counts = json.loads(capsys.readouterr().out)
    assert counts["members"] == 300
    assert counts["quotes"] == 1500
    assert counts["clients"] > 200 and counts["quote_lines"] > 1500


def test_a_second_run_is_refused_without_replace(demo_dir, capsys):
    capsys.readouterr()
    assert main(["--data-dir", str(demo_dir), "demo-data", "--scale", "small"]) == 2
    assert "--replace" in capsys.readouterr().err


def test_replace_swaps_the_demo_rows_for_new_ones(tmp_path):
    folder = str(tmp_path / "data")
    assert main(["--data-dir", folder, "demo-data", "--seed", "1"]) == 0
    assert main(["--data-dir", folder, "demo-data", "--seed", "2", "--replace"]) == 0
    database = open_local(Paths.in_folder(folder))
    try:
        assert _count(database, Member) == 300
        assert _count(database, Quote) == 1500
        with database.reading() as session:
            numbers = session.scalars(select(Member.member_number)).all()
        assert sorted(numbers) == list(range(1, 301))
        # the quotes' history went with the old quotes: every entry is of a quote or a
        # line that exists, and every quote has its creation
        with database.reading() as session:
            quote_ids = set(session.scalars(select(Quote.id)))
            line_ids = set(session.scalars(select(QuoteLine.id)))
            entries = session.execute(
                select(AuditEntry.entity, AuditEntry.entity_id, AuditEntry.action).where(
                    AuditEntry.entity.in_(("quotes", "quote_lines"))
                )
            ).all()
        assert {e for entity, e, _a in entries if entity == "quotes"} == quote_ids
        assert {e for entity, e, _a in entries if entity == "quote_lines"} == line_ids
        created = [e for _entity, e, action in entries if action == "quote.create"]
        assert sorted(created) == sorted(quote_ids)
    finally:
        database.dispose()


def test_a_cancelled_run_leaves_nothing(tmp_path):
    database = open_local(Paths.in_folder(tmp_path / "data"))
    checks = iter(range(1_000))
    try:
        with pytest.raises(DemoCancelled):
            generate(database, "small", cancelled=lambda: next(checks) >= 4)
        assert _count(database, Member) == 0
        assert _count(database, User) == 0
        assert _count(database, AuditEntry) == 0
    finally:
        database.dispose()


def test_ctrl_c_exits_130_and_leaves_nothing(tmp_path, monkeypatch, capsys):
    def interrupted(self):
        raise KeyboardInterrupt

    monkeypatch.setattr(generator._Demo, "contracts", interrupted)
    folder = tmp_path / "data"
    assert main(["--data-dir", str(folder), "demo-data"]) == 130
    assert "nothing was written" in capsys.readouterr().err
    database = open_local(Paths.in_folder(folder))
    try:
        assert _count(database, Member) == 0 and _count(database, Quote) == 0
    finally:
        database.dispose()


def test_the_same_seed_gives_the_same_data(tmp_path):
    def members(folder):
        database = open_local(Paths.in_folder(folder))
        try:
            generate(database, "small", seed=42, today=date(2026, 3, 1))
            with database.reading() as session:
                return session.execute(
                    select(Member.id, Member.insz, Member.last_name).order_by(Member.id)
                ).all()
        finally:
            database.dispose()

    assert members(tmp_path / "a") == members(tmp_path / "b")


def test_replace_keeps_real_rows_and_renames_taken_logins(people):
    generate(people.db, "small", replace=True)
    generate(people.db, "small", replace=True, seed=5)
    assert _count(people.db, Member) == 302  # the two real members stay
    with people.db.reading() as session:
        logins = set(session.scalars(select(User.login)))
        numbers = session.scalars(select(Member.member_number)).all()
    assert {"admin", "teamadmin", "demo.admin", "demo.teamadmin", "adviser.bxl.1"} <= logins
    assert len(numbers) == len(set(numbers))
    assert sign_in(people.db, "admin", "1234").role == "admin"  # the real admin's own PIN
