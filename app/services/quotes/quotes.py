"""Quotes: the draft an adviser builds with a member, its VAT check per line, its
moves (send, accept, refuse, expire, cancel, duplicate) and its PDF.

Every line carries the VAT check's answer next to it. A `review` answer blocks sending
until an adviser confirms a treatment and writes why; a definite answer may be
overridden only with a reason, and the override stays flagged. When a quote is sent it
gets its number (per office and year, without gaps) and its figures are frozen in a
snapshot, from which the PDF is drawn.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, or_, select

from app.db.models import (
    Activity,
    ActivityMember,
    AuditEntry,
    Client,
    Member,
    NumberCounter,
    Office,
    Quote,
    QuoteLine,
)
from app.db.search import quotes_matching
from app.db.types import utcnow
from app.db.unit_of_work import Changes
from app.domain.money import MoneyError, QuoteLineAmounts, line_net, quote_totals
from app.domain.numbering import SERIES_DIGITS, series_number, series_structured_communication
from app.domain.quotes.issuer import Identity, missing_fields
from app.domain.quotes.payment_reference import structured_communication
from app.domain.quotes.quote_rules import MIN_REASON_LENGTH as MIN_REASON_LENGTH  # the window's
from app.domain.quotes.quote_rules import (
    NUMBER_DIGITS,
    SNAPSHOT_CLIENT_FIELDS,
    SNAPSHOT_LINE_FIELDS,
    decision_columns,
    decision_problems,
    engine_columns,
    line_amounts,
    number_prefix,
    quote_number,
    quote_snapshot,
    sequence_of,
    supply_date_of,
    vat_answer_record,
    vat_client,
    vat_request,
    vat_table,
)
from app.domain.quotes.quote_snapshot import QuoteSnapshot, VatRow
from app.domain.quotes.quote_states import EDITABLE, TransitionRefused, next_state
from app.domain.quotes.vat import (
    EXEMPTION_DOCUMENTS,
    Likely,
    VatInputError,
    check_line_in_every_language,
)
from app.domain.quotes.vat_questions import questions_for
from app.domain.quotes.vat_rules import rulebook
from app.services.audit import record_change, snapshot
from app.services.context import ServiceContext
from app.services.errors import FieldProblem, NotFound, ServiceError, ValidationFailed
from app.services.numbering import allocate, device_series
from app.services.permissions import (
    ensure_can_read,
    ensure_can_write_member_data,
    office_filter,
    reads_all_offices,
)
from app.services.quotes.identity import identity_in
from app.services.results import (
    IntWithChanges,
    ListWithChanges,
    StrWithChanges,
    changes_of,
)

DEFAULT_VALIDITY_DAYS = 30


@dataclass(frozen=True)
class LineInput:
    description: str
    category: str
    quantity: Decimal
    unit_price: Decimal
    unit: str = "unit"
    discount_pct: Decimal = Decimal("0")
    facts: dict = field(default_factory=dict)  # answers to the line's VAT questions
    supply_date: date | None = None  # the line's own expected date of supply (tax point)


@dataclass(frozen=True)
class LineView:
    id: str
    position: int
    description: str
    nature: str
    category: str
    quantity: Decimal
    unit: str
    unit_price: Decimal
    discount_pct: Decimal
    net: Decimal
    facts: dict
    questions: tuple[str, ...]
    treatment: str
    rate: str | None
    legal_basis: str
    review: bool  # the engine asked for review
    review_open: bool  # ... and no adviser has confirmed yet
    overridden: bool
    override_reason: str
    reasons: tuple[str, ...]
    likely: Likely | None  # the VAT check's most likely answer, for a line under review
    supply_date: date | None = None  # the line's own date of supply (None: the quote's)
    tax_point: date | None = None  # the date whose rates the line's VAT was checked on
    engine_treatment: str = ""  # what the VAT check answered (before an adviser decided)
    engine_rate: str | None = None


@dataclass(frozen=True)
class QuoteView:
    id: str
    number: str | None
    state: str
    office_id: str
    activity_id: str
    activity_name: str
    member_name: str
    client_id: str
    client_name: str
    client_country: str
    issue_date: date
    valid_until: date
    language: str
    lines: list[LineView]
    vat_table: tuple[VatRow, ...]
    total_net: Decimal
    total_vat: Decimal
    total_gross: Decimal
    blocking: list[str]  # message keys of what prevents sending
    payment_reference: str
    delivery_date: date | None = None  # planned delivery: the lines' default tax point
    identity_missing: tuple[str, ...] = ()  # the issuer's identity: fields still empty
    entity: str = ""
    straddles_rate_change: bool = False  # lines fall on both sides of a change of rates


@dataclass(frozen=True)
class QuoteRow:
    id: str
    number: str
    state: str
    issue_date: date
    valid_until: date
    client: str
    activity: str
    total_net: Decimal
    total_gross: Decimal
    flagged: bool  # a line has an override or an open review


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    user: str
    action: str
    detail: str


# ---------------------------------------------------------------- reading


def _load(session, ctx: ServiceContext, quote_id: str, write: bool = False) -> Quote:
    quote = session.get(Quote, quote_id)
    if quote is None or quote.deleted_at is not None:
        raise NotFound()
    if write:
        ensure_can_write_member_data(ctx.user, quote.office_id)
    else:
        ensure_can_read(ctx.user, quote.office_id)
    return quote


def _lines(session, quote_id: str) -> list[QuoteLine]:
    return list(
        session.scalars(
            select(QuoteLine)
            .where(QuoteLine.quote_id == quote_id, QuoteLine.deleted_at.is_(None))
            .order_by(QuoteLine.position)
        )
    )


def _amounts(line: QuoteLine) -> QuoteLineAmounts:
    return line_amounts(
        line.quantity,
        line.unit_price,
        line.discount_pct,
        line.vat_treatment,
        line.vat_rate,
        line.vat_legal_basis,
    )


def _review_open(line: QuoteLine) -> bool:
    return line.vat_review and not line.vat_override_reason


_NO_IDENTITY = Identity("")


def _identity_missing(session, quote: Quote) -> tuple[str, ...]:
    """The fields of the issuer's identity (of the quote's entity) still empty."""
    activity = session.get(Activity, quote.activity_id)
    return missing_fields(identity_in(session, activity.entity))


def _blocking(lines: list[QuoteLine], identity_missing: tuple[str, ...] = ()) -> list[str]:
    problems = []
    if identity_missing:
        problems.append("quote.identity_incomplete")
    if not lines:
        problems.append("quote.no_lines")
    if any(_review_open(line) for line in lines):
        problems.append("quote.review_open")
    return problems


def _tax_point(line: QuoteLine, quote: Quote) -> date:
    return supply_date_of(line.supply_date, quote.delivery_date, quote.issue_date)


def _straddles(lines: list[QuoteLine], quote: Quote) -> bool:
    """Whether the lines' tax points fall in different periods of the dated tables."""
    book = rulebook()
    return len({book.period_of(_tax_point(line, quote)) for line in lines}) > 1


def _line_view(
    line: QuoteLine, client_kind: str, lang: str | None, tax_point: date | None = None
) -> LineView:
    answer = line.vat_answer or {}
    reasons = (answer.get("reasons_by_lang") or {}).get(lang) or answer.get("reasons", ())
    return LineView(
        id=line.id,
        position=line.position,
        description=line.description,
        nature=line.nature,
        category=line.category,
        quantity=line.quantity,
        unit=line.unit,
        unit_price=line.unit_price,
        discount_pct=line.discount_pct,
        net=line.net_amount,
        facts=dict(line.vat_facts or {}),
        questions=questions_for(line.category, client_kind),
        treatment=line.vat_treatment,
        rate=line.vat_rate,
        legal_basis=line.vat_legal_basis,
        review=line.vat_review,
        review_open=_review_open(line),
        overridden=line.vat_overridden,
        override_reason=line.vat_override_reason,
        reasons=tuple(reasons),
        likely=Likely(**answer["likely"]) if answer.get("likely") else None,
        supply_date=line.supply_date,
        tax_point=tax_point,
        engine_treatment=answer.get("treatment", line.vat_treatment),
        engine_rate=answer.get("rate", line.vat_rate),
    )


def quote_view(ctx: ServiceContext, quote_id: str, lang: str | None = None) -> QuoteView:
    """The quote as the editor shows it; the VAT reasons in `lang` (the viewer's
    language), by default in the quote's own."""
    with ctx.db.reading() as session:
        quote = _load(session, ctx, quote_id)
        client = session.get(Client, quote.client_id)
        activity = session.get(Activity, quote.activity_id)
        lines = _lines(session, quote_id)
        if quote.state in EDITABLE or not quote.snapshot:
            totals = quote_totals(_amounts(line) for line in lines)
            table = vat_table(totals)
            net, vat, gross = totals.net, totals.vat, totals.gross
        else:  # frozen: what was sent is what is shown
            table = QuoteSnapshot.from_json(quote.snapshot).vat_table
            net, vat, gross = quote.total_net, quote.total_vat, quote.total_gross
        return QuoteView(
            id=quote.id,
            number=quote.number,
            state=quote.state,
            office_id=quote.office_id,
            activity_id=activity.id,
            activity_name=activity.name,
            member_name=_holder_name(session, activity.id),
            client_id=client.id,
            client_name=client.name,
            client_country=client.country,
            issue_date=quote.issue_date,
            valid_until=quote.valid_until,
            language=quote.language,
            lines=[
                _line_view(line, client.kind, lang or quote.language, _tax_point(line, quote))
                for line in lines
            ],
            vat_table=table,
            total_net=net,
            total_vat=vat,
            total_gross=gross,
            blocking=(
                _blocking(lines, _identity_missing(session, quote))
                if quote.state in EDITABLE
                else []
            ),
            identity_missing=_identity_missing(session, quote) if quote.state in EDITABLE else (),
            entity=activity.entity,
            payment_reference=quote.payment_reference,
            delivery_date=quote.delivery_date,
            straddles_rate_change=_straddles(lines, quote),
        )


def _holder_name(session, activity_id: str) -> str:
    row = session.execute(
        select(Member.first_name, Member.last_name)
        .join(ActivityMember, ActivityMember.member_id == Member.id)
        .where(ActivityMember.activity_id == activity_id, ActivityMember.deleted_at.is_(None))
        .order_by(ActivityMember.role != "holder", Member.last_name)
        .limit(1)
    ).first()
    return f"{row[0]} {row[1]}" if row else ""


QUOTE_SORT = {
    "number": (Quote.number,),
    "date": (Quote.issue_date, Quote.number),
    "valid_until": (Quote.valid_until, Quote.number),
    "state": (Quote.state, Quote.issue_date),
    "client": (Client.name, Quote.issue_date),
    "activity": (Activity.name, Quote.issue_date),
    "net": (Quote.total_net,),
    "gross": (Quote.total_gross,),
}


@dataclass(frozen=True)
class QuoteFilter:
    state: str | None = None
    client_id: str | None = None
    activity_id: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    text: str = ""  # matches the number, the client's or the Activity's name


def list_quote_ids(
    ctx: ServiceContext,
    where: QuoteFilter = QuoteFilter(),
    sort: str = "date",
    descending: bool = True,
    limit: int | None = None,
) -> list[str]:
    """Ordered ids of the quotes this user may see; filtered and sorted in SQL.

    Clients and Activities are joined only when the order needs their names; the free
    text is matched as word prefixes through the full-text indexes (number, client,
    Activity), so a year of quotes is never scanned row by row.
    """
    columns = QUOTE_SORT.get(sort, QUOTE_SORT["date"])
    order = [c.desc() if descending else c.asc() for c in columns] + [
        Quote.id.desc() if descending else Quote.id.asc()
    ]
    query = select(Quote.id).where(
        Quote.deleted_at.is_(None), office_filter(ctx.user, Quote.office_id)
    )
    if sort == "client":
        query = query.join(Client, Client.id == Quote.client_id)
    elif sort == "activity":
        query = query.join(Activity, Activity.id == Quote.activity_id)
    if where.state:
        query = query.where(Quote.state == where.state)
    if where.client_id:
        query = query.where(Quote.client_id == where.client_id)
    if where.activity_id:
        query = query.where(Quote.activity_id == where.activity_id)
    if where.date_from:
        query = query.where(Quote.issue_date >= where.date_from)
    if where.date_to:
        query = query.where(Quote.issue_date <= where.date_to)
    typed = where.text.strip()
    if typed:
        query = query.where(quotes_matching(ctx.db, typed))
    query = query.order_by(*order)
    if limit is not None:
        query = query.limit(limit)
    with ctx.db.engine.connect() as connection:  # plain Core: no ORM work per id
        return list(connection.execute(query).scalars())


def first_quotes(
    ctx: ServiceContext,
    where: QuoteFilter = QuoteFilter(),
    sort: str = "date",
    descending: bool = True,
    size: int = 100,
) -> tuple[list[str], dict[str, QuoteRow]]:
    """The first screenful of the list, ids and rows in one go (the window asks for
    every id right after; see `members.first_members`)."""
    ids = list_quote_ids(ctx, where, sort, descending, limit=size)
    return ids, quote_rows(ctx, ids)


def quote_rows(ctx: ServiceContext, ids: list[str]) -> dict[str, QuoteRow]:
    if not ids:
        return {}
    flagged = (
        select(func.count())
        .select_from(QuoteLine)
        .where(
            QuoteLine.quote_id == Quote.id,
            QuoteLine.deleted_at.is_(None),
            or_(
                QuoteLine.vat_overridden.is_(True),
                (QuoteLine.vat_review.is_(True)) & (QuoteLine.vat_override_reason == ""),
            ),
        )
        .correlate(Quote)
        .scalar_subquery()
    )
    query = (
        select(
            Quote.id,
            Quote.number,
            Quote.state,
            Quote.issue_date,
            Quote.valid_until,
            Client.name,
            Activity.name,
            Quote.total_net,
            Quote.total_gross,
            flagged,
            Quote.office_id,
        )
        .join(Client, Client.id == Quote.client_id)
        .join(Activity, Activity.id == Quote.activity_id)
        .where(Quote.id.in_(ids))
    )
    # office checked on the fetched rows (see members.member_rows for why)
    everyone = reads_all_offices(ctx.user)
    with ctx.db.reading() as session:
        return {
            row[0]: QuoteRow(
                row[0],
                row[1] or "",
                row[2],
                row[3],
                row[4],
                row[5],
                row[6],
                row[7],
                row[8],
                bool(row[9]),
            )
            for row in session.execute(query)
            if everyone or row[10] == ctx.user.office_id
        }


def quote_history(ctx: ServiceContext, quote_id: str) -> list[HistoryEntry]:
    """Who did what to the quote and its lines, oldest first (from the audit trail)."""
    from app.db.models import User

    with ctx.db.reading() as session:
        _load(session, ctx, quote_id)
        line_ids = select(QuoteLine.id).where(QuoteLine.quote_id == quote_id)
        rows = session.execute(
            select(AuditEntry, User.display_name)
            .outerjoin(User, User.id == AuditEntry.user_id)
            .where(or_(AuditEntry.entity_id == quote_id, AuditEntry.entity_id.in_(line_ids)))
            .order_by(AuditEntry.at)
        ).all()
        history = []
        for entry, name in rows:
            after = entry.after or {}
            detail = after.get("vat_override_reason", "") if "vat" in entry.action else ""
            if entry.action.startswith("quote.") and entry.entity == "quotes":
                detail = after.get("number") or ""
            history.append(HistoryEntry(entry.at, name or "", entry.action, detail))
        return history


# ---------------------------------------------------------------- the VAT check of a line


def _vat_request(
    quote: Quote, client: Client, category: str, facts: dict, supply_date: date | None = None
) -> dict:
    standing = vat_client(client.kind, client.country, client.vat_number, client.vat_check, facts)
    tax_point = supply_date_of(supply_date, quote.delivery_date, quote.issue_date)
    return vat_request(tax_point, quote.language, category, standing, facts)


def _apply_vat(line: QuoteLine, quote: Quote, client: Client) -> None:
    """Run the VAT check on a line, on its date of supply, and store its answer; an
    adviser's earlier choice is kept only when the engine's answer did not change."""
    request = _vat_request(quote, client, line.category, line.vat_facts or {}, line.supply_date)
    try:
        results = check_line_in_every_language(request)
    except VatInputError as exc:
        raise ValidationFailed(
            [FieldProblem(_facts_field(e.field), "vat." + e.message_key) for e in exc.errors]
        ) from exc
    answer = vat_answer_record(results, quote.language)
    previous = line.vat_answer or {}
    unchanged = {k: previous.get(k) for k in ("treatment", "rate", "review")} == {
        k: answer[k] for k in ("treatment", "rate", "review")
    }
    line.nature = request["nature"]
    line.vat_answer = answer
    if unchanged and line.vat_override_reason:
        return  # the adviser's decision still answers the same question
    for column, value in engine_columns(results[quote.language]).items():
        setattr(line, column, value)


def _facts_field(field_name: str) -> str:
    return (
        field_name.replace("client.", "facts.")
        if field_name.startswith("client.is_")
        else (field_name)
    )


def _clean_line(data: LineInput) -> tuple[str, Decimal, Decimal, Decimal, str, dict]:
    problems = []
    if not data.description.strip():
        problems.append(FieldProblem("description", "field.required"))
    if data.category not in rulebook().categories:
        problems.append(FieldProblem("category", "quote.category_unknown"))

    def number(value, name) -> Decimal | None:
        try:
            result = Decimal(str(value).replace(",", "."))
        except (InvalidOperation, ValueError):
            problems.append(FieldProblem(name, "quote.not_a_number"))
            return None
        if not result.is_finite():
            problems.append(FieldProblem(name, "quote.not_a_number"))
            return None
        return result

    quantity = number(data.quantity, "quantity")
    price = number(data.unit_price, "unit_price")
    discount = number(data.discount_pct, "discount_pct")
    if quantity is not None and quantity <= 0:
        problems.append(FieldProblem("quantity", "quote.quantity_positive"))
    if price is not None and price < 0:
        problems.append(FieldProblem("unit_price", "quote.price_negative"))
    if discount is not None and not 0 <= discount <= 100:
        problems.append(FieldProblem("discount_pct", "quote.discount_range"))
    facts = {}
    for key, value in (data.facts or {}).items():
        if key == "exemption_document" and value not in EXEMPTION_DOCUMENTS:
            problems.append(FieldProblem("facts.exemption_document", "quote.fact_invalid"))
        facts[key] = value
    if problems:
        raise ValidationFailed(problems)
    if quantity is not None and price is not None and discount is not None:
        try:
            line_net(QuoteLineAmounts(quantity, price, Decimal(0), discount))
        except MoneyError as exc:
            raise ValidationFailed([FieldProblem(exc.field, "quote." + exc.message_key)]) from exc
    return data.description.strip(), quantity, price, discount, (data.unit or "unit"), facts


# ---------------------------------------------------------------- writing a draft


def create_quote(
    ctx: ServiceContext,
    activity_id: str,
    client_id: str,
    issue_date: date | None = None,
    validity_days: int = DEFAULT_VALIDITY_DAYS,
    language: str | None = None,
) -> str:
    issue_date = issue_date or date.today()
    problems = []
    if not 1 <= validity_days <= 365:
        problems.append(FieldProblem("valid_until", "quote.validity_range"))
    if language is not None and language not in ("nl", "fr", "en"):
        problems.append(FieldProblem("language", "member.language_invalid"))
    if problems:
        raise ValidationFailed(problems)
    with ctx.db.transaction() as session:
        activity = session.get(Activity, activity_id)
        client = session.get(Client, client_id)
        if activity is None or activity.deleted_at is not None:
            raise NotFound(field="activity")
        ensure_can_write_member_data(ctx.user, activity.office_id)
        if (
            client is None
            or client.deleted_at is not None
            or (client.activity_id not in (None, activity_id))
        ):
            raise ValidationFailed([FieldProblem("client", "quote.client_not_of_activity")])
        quote = Quote(
            office_id=activity.office_id,
            activity_id=activity_id,
            client_id=client_id,
            state="draft",
            issue_date=issue_date,
            valid_until=issue_date + timedelta(days=validity_days),
            language=language or client.language,
            updated_by=ctx.user.id,
        )
        session.add(quote)
        record_change(session, ctx, "quote.create", quote, None, "insert")
        return StrWithChanges(quote.id, changes_of(session))


def _editable(session, ctx, quote_id) -> tuple[Quote, Client]:
    quote = _load(session, ctx, quote_id, write=True)
    if quote.state not in EDITABLE:
        raise ServiceError("quote.not_editable")
    return quote, session.get(Client, quote.client_id)


def _refresh_totals(session, quote: Quote) -> None:
    totals = quote_totals(_amounts(line) for line in _lines(session, quote.id))
    quote.total_net, quote.total_vat, quote.total_gross = totals.net, totals.vat, totals.gross


def add_line(ctx: ServiceContext, quote_id: str, data: LineInput) -> str:
    description, quantity, price, discount, unit, facts = _clean_line(data)
    with ctx.db.transaction() as session:
        quote, client = _editable(session, ctx, quote_id)
        position = (
            session.scalar(
                select(func.max(QuoteLine.position)).where(
                    QuoteLine.quote_id == quote_id, QuoteLine.deleted_at.is_(None)
                )
            )
            or 0
        ) + 1
        line = QuoteLine(
            office_id=quote.office_id,
            quote_id=quote_id,
            position=position,
            description=description,
            category=data.category,
            quantity=quantity,
            unit=unit,
            unit_price=price,
            discount_pct=discount,
            vat_facts=facts,
            supply_date=data.supply_date,
            updated_by=ctx.user.id,
        )
        _apply_vat(line, quote, client)
        line.net_amount = line_net(_amounts(line))
        session.add(line)
        record_change(session, ctx, "quote.line_add", line, None, "insert")
        before = snapshot(quote)
        _refresh_totals(session, quote)
        record_change(session, ctx, "quote.totals", quote, before)
        return StrWithChanges(line.id, changes_of(session))


def update_line(ctx: ServiceContext, line_id: str, data: LineInput) -> Changes:
    description, quantity, price, discount, unit, facts = _clean_line(data)
    with ctx.db.transaction() as session:
        line = session.get(QuoteLine, line_id)
        if line is None or line.deleted_at is not None:
            raise NotFound()
        quote, client = _editable(session, ctx, line.quote_id)
        before = snapshot(line)
        line.description, line.quantity, line.unit_price = description, quantity, price
        line.discount_pct, line.unit = discount, unit
        line.supply_date = data.supply_date
        if line.category != data.category or line.vat_facts != facts:
            line.category, line.vat_facts = data.category, facts
            line.vat_answer = None  # new facts: the earlier decision no longer holds
        _apply_vat(line, quote, client)
        line.net_amount = line_net(_amounts(line))
        line.updated_by = ctx.user.id
        record_change(session, ctx, "quote.line_update", line, before)
        quote_before = snapshot(quote)
        _refresh_totals(session, quote)
        record_change(session, ctx, "quote.totals", quote, quote_before)
        return changes_of(session)


def remove_line(ctx: ServiceContext, line_id: str) -> Changes:
    with ctx.db.transaction() as session:
        line = session.get(QuoteLine, line_id)
        if line is None or line.deleted_at is not None:
            raise NotFound()
        quote, _client = _editable(session, ctx, line.quote_id)
        before = snapshot(line)
        line.deleted_at = utcnow()
        line.updated_by = ctx.user.id
        record_change(session, ctx, "quote.line_remove", line, before, "delete")
        for position, other in enumerate(_lines(session, quote.id), start=1):
            other.position = position
        quote_before = snapshot(quote)
        _refresh_totals(session, quote)
        record_change(session, ctx, "quote.totals", quote, quote_before)
        return changes_of(session)


def decide_line_vat(
    ctx: ServiceContext,
    line_id: str,
    treatment: str,
    rate: str | None,
    legal_basis: str,
    reason: str,
) -> Changes:
    """An adviser settles a line's VAT: confirms a `review` line or overrides a definite
    answer. Either way the reason is required and kept in the quote's history."""
    problems = decision_problems(treatment, rate, legal_basis, reason)
    if problems:
        raise ValidationFailed([FieldProblem(name, key) for name, key in problems])
    with ctx.db.transaction() as session:
        line = session.get(QuoteLine, line_id)
        if line is None or line.deleted_at is not None:
            raise NotFound()
        quote, _client = _editable(session, ctx, line.quote_id)
        before = snapshot(line)
        decided = decision_columns(
            line.vat_review, line.vat_answer, treatment, rate, legal_basis, reason
        )
        for column, value in decided.items():
            setattr(line, column, value)
        line.updated_by = ctx.user.id
        record_change(session, ctx, "quote.line_vat_decision", line, before)
        quote_before = snapshot(quote)
        _refresh_totals(session, quote)
        record_change(session, ctx, "quote.totals", quote, quote_before)
        return changes_of(session)


def change_client(ctx: ServiceContext, quote_id: str, client_id: str) -> list[str]:
    """Give a draft another client; every line's VAT is checked again (the answer often
    depends on who the client is). Returns the ids of lines whose treatment changed."""
    with ctx.db.transaction() as session:
        quote, _old = _editable(session, ctx, quote_id)
        client = session.get(Client, client_id)
        if (
            client is None
            or client.deleted_at is not None
            or (client.activity_id not in (None, quote.activity_id))
        ):
            raise ValidationFailed([FieldProblem("client", "quote.client_not_of_activity")])
        before = snapshot(quote)
        quote.client_id = client_id
        changed = _recheck_lines(session, ctx, quote, client)
        quote.updated_by = ctx.user.id
        _refresh_totals(session, quote)
        record_change(session, ctx, "quote.change_client", quote, before)
        return ListWithChanges(changed, changes_of(session))


def update_quote_header(
    ctx: ServiceContext,
    quote_id: str,
    issue_date: date,
    validity_days: int,
    language: str,
    delivery_date: date | None | object = ...,
) -> list[str]:
    """Correct a draft's date, validity, language or planned delivery date. The
    delivery date is the lines' default tax point (their date of supply, §11.3) and the
    language that of the reasons and the document, so every line's VAT is checked
    again; returns the ids of lines whose treatment changed."""
    problems = []
    if not 1 <= validity_days <= 365:
        problems.append(FieldProblem("valid_until", "quote.validity_range"))
    if language not in ("nl", "fr", "en"):
        problems.append(FieldProblem("language", "member.language_invalid"))
    if problems:
        raise ValidationFailed(problems)
    with ctx.db.transaction() as session:
        quote, client = _editable(session, ctx, quote_id)
        before = snapshot(quote)
        quote.issue_date = issue_date
        quote.valid_until = issue_date + timedelta(days=validity_days)
        quote.language = language
        if delivery_date is not ...:  # left out: the planned delivery date stays
            quote.delivery_date = delivery_date
        quote.updated_by = ctx.user.id
        changed = _recheck_lines(session, ctx, quote, client)
        _refresh_totals(session, quote)
        record_change(session, ctx, "quote.header", quote, before)
        return ListWithChanges(changed, changes_of(session))


def recheck_vat(ctx: ServiceContext, quote_id: str) -> list[str]:
    """Check every line's VAT of a draft again (after VIES answered about the client,
    say). Returns the ids of lines whose treatment changed."""
    with ctx.db.transaction() as session:
        quote, client = _editable(session, ctx, quote_id)
        before = snapshot(quote)
        changed = _recheck_lines(session, ctx, quote, client)
        if changed:
            _refresh_totals(session, quote)
            record_change(session, ctx, "quote.vat_recheck", quote, before)
        return ListWithChanges(changed, changes_of(session))


def _recheck_lines(session, ctx: ServiceContext, quote: Quote, client: Client) -> list[str]:
    changed = []
    for line in _lines(session, quote.id):
        line_before = snapshot(line)
        _apply_vat(line, quote, client)
        line.net_amount = line_net(_amounts(line))
        if (line.vat_treatment, line.vat_rate, line.vat_review) != (
            line_before["vat_treatment"],
            line_before["vat_rate"],
            line_before["vat_review"],
        ):
            changed.append(line.id)
            record_change(session, ctx, "quote.line_vat_recheck", line, line_before)
    return changed


# ---------------------------------------------------------------- moves


def _number(session, quote: Quote, office_code: str, year: int) -> tuple[str, int, str]:
    """The quote's number, sequence and structured communication, from this device's
    numbering series (`app.services.numbering`): unique across devices without asking
    the server. A device that never connected numbers as before series existed: the
    highest given in the office's year plus one."""
    prefix = number_prefix(office_code, year)
    series = device_series(session)
    if series is not None:
        # the communication carries year, series and sequence, not the office: the
        # sequence is counted per series and year across offices (a desk that prepares
        # quotes for Gent and Brussels gave both the same communication before), and a
        # communication already on the device is never given again
        floor = _highest_quote_of_series(session, year, series)
        while True:
            given = allocate(session, "quote", f"QUOTE-{year}", floor)
            communication = series_structured_communication(year, series, given.sequence)
            taken = session.scalar(select(Quote.id).where(Quote.payment_reference == communication))
            if taken is None:
                return (
                    series_number(prefix, series, given.sequence),
                    given.sequence,
                    communication,
                )
            floor = given.sequence
    old_style = f"{prefix}{'_' * NUMBER_DIGITS}"  # not the numbers of a series
    last = session.scalar(
        select(func.max(Quote.sequence)).where(
            Quote.office_id == quote.office_id, Quote.number.like(old_style)
        )
    )
    if last is None:  # numbers given before sequences were stored (old files)
        last_number = session.scalar(
            select(func.max(Quote.number)).where(Quote.number.like(old_style))
        )
        last = (sequence_of(last_number) or 0) if last_number else 0
    sequence = allocate(session, "quote", prefix.rstrip("-"), last).sequence
    return (
        quote_number(office_code, year, sequence),
        sequence,
        structured_communication(office_code, year, sequence),
    )


def _highest_quote_of_series(session, year: int, series: int) -> int:
    """The highest quote sequence of `series` in `year` this device knows of: in the
    numbers of any office (`GNT-2026-107-00004`), and in the per-office counts kept
    before quotes were counted across offices."""
    in_numbers = session.scalar(
        select(func.max(Quote.sequence)).where(
            Quote.number.like(f"%-{year}-{series:0{SERIES_DIGITS}d}-%")
        )
    )
    in_counts = session.scalar(
        select(func.max(NumberCounter.last)).where(
            NumberCounter.kind == "quote",
            NumberCounter.series == series,
            NumberCounter.scope.like(f"%-{year}"),
        )
    )
    return max(in_numbers or 0, in_counts or 0)


def _freeze(session, quote: Quote, lines: list[QuoteLine]) -> QuoteSnapshot:
    client = session.get(Client, quote.client_id)
    activity = session.get(Activity, quote.activity_id)
    header = {
        "number": quote.number,
        "state": quote.state,
        "issue_date": quote.issue_date,
        "valid_until": quote.valid_until,
        "language": quote.language,
        "entity": activity.entity,
        "activity_name": activity.name,
        "member_name": _holder_name(session, activity.id),
        "payment_reference": quote.payment_reference,
        "issuer": (identity_in(session, activity.entity) or _NO_IDENTITY).to_json(),
        "delivery_date": quote.delivery_date,
    }
    return quote_snapshot(
        header,
        {name: getattr(client, name) for name in SNAPSHOT_CLIENT_FIELDS},
        [{name: getattr(line, name) for name in SNAPSHOT_LINE_FIELDS} for line in lines],
        quote_totals(_amounts(line) for line in lines),
    )


def send_quote(ctx: ServiceContext, quote_id: str) -> str:
    """Number the quote, freeze its figures and VAT answers; returns the number."""
    with ctx.db.transaction() as session:
        quote, _client = _editable(session, ctx, quote_id)
        lines = _lines(session, quote_id)
        missing = _identity_missing(session, quote)
        blocking = _blocking(lines, missing)
        if blocking == ["quote.identity_incomplete"]:  # what is missing, and who sets it
            activity = session.get(Activity, quote.activity_id)
            raise ServiceError(
                "quote.identity_incomplete", entity=activity.entity, missing=", ".join(missing)
            )
        if blocking:
            raise ServiceError(next(k for k in blocking if k != "quote.identity_incomplete"))
        before = snapshot(quote)
        office = session.get(Office, quote.office_id)
        now = utcnow()
        year = quote.issue_date.year
        quote.number, quote.sequence, quote.payment_reference = _number(
            session, quote, office.code, year
        )
        quote.state = next_state("send", quote.state)
        quote.sent_at = now
        _refresh_totals(session, quote)
        quote.snapshot = _freeze(session, quote, lines).to_json()
        quote.updated_by = ctx.user.id
        record_change(session, ctx, "quote.send", quote, before)
        return StrWithChanges(quote.number, changes_of(session))


def _move(ctx: ServiceContext, quote_id: str, move: str) -> Changes:
    with ctx.db.transaction() as session:
        quote = _load(session, ctx, quote_id, write=True)
        before = snapshot(quote)
        try:
            quote.state = next_state(move, quote.state)
        except TransitionRefused as exc:
            raise ServiceError(exc.message_key) from exc
        if quote.snapshot:
            quote.snapshot = {**quote.snapshot, "state": quote.state}
        quote.updated_by = ctx.user.id
        record_change(session, ctx, f"quote.{move}", quote, before)
        return changes_of(session)


def accept_quote(ctx: ServiceContext, quote_id: str) -> Changes:
    return _move(ctx, quote_id, "accept")


def refuse_quote(ctx: ServiceContext, quote_id: str) -> Changes:
    return _move(ctx, quote_id, "refuse")


def cancel_quote(ctx: ServiceContext, quote_id: str) -> Changes:
    return _move(ctx, quote_id, "cancel")


def expire_quotes(ctx: ServiceContext, today: date | None = None) -> int:
    """Sent quotes whose validity date has passed become expired (run when the window
    starts); all of them in one transaction, each with its audit entry."""
    today = today or date.today()
    if ctx.user.role not in ("adviser", "admin"):
        return 0  # central roles do not move the offices' quotes
    with ctx.db.transaction() as session:
        due = session.scalars(
            select(Quote).where(
                Quote.state == "sent",
                Quote.valid_until < today,
                Quote.deleted_at.is_(None),
                office_filter(ctx.user, Quote.office_id),
            )
        ).all()
        for quote in due:
            before = snapshot(quote)
            quote.state = next_state("expire", quote.state)
            if quote.snapshot:
                quote.snapshot = {**quote.snapshot, "state": quote.state}
            quote.updated_by = ctx.user.id
            record_change(session, ctx, "quote.expire", quote, before)
        return IntWithChanges(len(due), changes_of(session))


def duplicate_quote(ctx: ServiceContext, quote_id: str, issue_date: date | None = None) -> str:
    """A new draft with the same client and lines; the VAT of each line is checked
    again for the new date. One unit of work: the copy is made whole or not at all."""
    with ctx.db.unit_of_work() as unit:
        session = unit.session
        original = _load(session, ctx, quote_id)
        lines = _lines(session, quote_id)
        validity = (original.valid_until - original.issue_date).days
        copies = [
            LineInput(
                line.description,
                line.category,
                line.quantity,
                line.unit_price,
                line.unit,
                line.discount_pct,
                dict(line.vat_facts or {}),
            )
            for line in lines
        ]
        activity_id, client_id, language = (
            original.activity_id,
            original.client_id,
            original.language,
        )
        new_id = create_quote(
            ctx, activity_id, client_id, issue_date, max(1, min(validity, 365)), language
        )
        for copy in copies:
            add_line(ctx, new_id, copy)
        return StrWithChanges(new_id, unit.changes)


def quote_snapshot_for_pdf(ctx: ServiceContext, quote_id: str) -> QuoteSnapshot:
    """The frozen snapshot of a sent quote; for a draft, a provisional one (marked draft)."""
    with ctx.db.reading() as session:
        quote = _load(session, ctx, quote_id)
        if quote.snapshot and quote.state not in EDITABLE:
            return QuoteSnapshot.from_json(quote.snapshot)
        return _freeze(session, quote, _lines(session, quote_id))


def find_quote_by_number(ctx: ServiceContext, number: str) -> str:
    with ctx.db.reading() as session:
        quote = session.scalar(select(Quote).where(Quote.number == number.strip()))
        if quote is None:
            raise NotFound(field="number")
        ensure_can_read(ctx.user, quote.office_id)
        return quote.id
