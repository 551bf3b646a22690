"""The pure rules of a quote, shared by the quote services and the sample data.

How a line's facts become the VAT check's question and its answer the line's stored
columns; how an adviser's decision on a line's VAT is recorded (confirming the engine's
own proposal for a line under review is not an override); what a line contributes to
the totals; how a sent quote is numbered (per office and year, six digits) and what its
frozen snapshot, the PDF's only input, holds.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from decimal import Decimal

from app.domain.money import QuoteLineAmounts, QuoteTotals, quote_totals
from app.domain.quotes.quote_snapshot import QuoteSnapshot, SnapshotClient, SnapshotLine, VatRow
from app.domain.quotes.vat import CLIENT_FLAGS, TREATMENTS, VatResult
from app.domain.quotes.vat_rules import LANGS, cite, rulebook

MIN_REASON_LENGTH = 10
NUMBER_DIGITS = 6


# ---------------------------------------------------------------- numbering


def number_prefix(office_code: str, year: int) -> str:
    return f"{office_code}-{year}-"


def quote_number(office_code: str, year: int, sequence: int) -> str:
    """`BXL-2026-000123`: the office, the year of issue, the sequence in that year."""
    return f"{number_prefix(office_code, year)}{sequence:0{NUMBER_DIGITS}d}"


def sequence_of(number: str) -> int | None:
    """The sequence a quote number ends with, or None for a number not of this form."""
    tail = number.rpartition("-")[2]
    return int(tail) if tail.isdigit() else None


# ---------------------------------------------------------------- the VAT check of a line


def vat_client(kind: str, country: str, vat_number: str, vat_check: str, facts: Mapping) -> dict:
    """The client part of the VAT check's question: the client's standing, plus the
    answers about the client that the line's questions collected (organiser, ...)."""
    client = {
        "kind": kind,
        "country": country,
        "vies": vat_check if vat_check in ("valid", "invalid", "unavailable") else "unchecked",
    }
    if vat_number and vat_check != "not_eu":
        client["vat_number"] = vat_number
    for key, value in facts.items():
        if key in CLIENT_FLAGS:
            client[key] = bool(value)
    return client


def vat_line_facts(facts: Mapping) -> dict:
    """The line part of the question: the answers that are about the line itself."""
    return {
        key: value
        for key, value in facts.items()
        if key not in CLIENT_FLAGS and value not in (None, "")
    }


def supply_date_of(
    line_supply_date: date | None, delivery_date: date | None, issue_date: date
) -> date:
    """A line's tax point as far as a quote knows it (WBTW art. 17 and 22; vat-facts.md
    §11.3): the line's own expected date of supply, else the quote's planned delivery
    date, else (a quote that gave neither) its date of issue."""
    return line_supply_date or delivery_date or issue_date


def vat_request(
    issue_date: date,
    language: str,
    category: str,
    client: Mapping,
    facts: Mapping,
) -> dict:
    """The VAT check's question (vat-check.md) for a line supplied on `issue_date` (the
    line's tax point, `supply_date_of`); `client` is `vat_client(...)`."""
    return {
        "date": issue_date.isoformat(),
        "nature": rulebook().categories[category][0],
        "category": category,
        "client": dict(client),
        "facts": vat_line_facts(facts),
        "lang": language,
    }


def vat_answer_record(results: Mapping[str, VatResult], language: str) -> dict:
    """What a line keeps of the check's answer: the answer in the quote's language and
    the reasons in every language (`results` from `check_line_in_every_language`)."""
    record = results[language].to_dict()
    record["reasons_by_lang"] = {lang: list(results[lang].reasons) for lang in LANGS}
    return record


def engine_columns(result: VatResult) -> dict:
    """The line's VAT columns when the engine's answer stands (no adviser decision)."""
    return {
        "vat_treatment": result.treatment,
        "vat_rate": result.rate if result.treatment == "taxable" else None,
        "vat_legal_basis": result.legal_basis,
        "vat_review": result.review,
        "vat_override_reason": "",
        "vat_overridden": False,
    }


def offered_rates(on: date | None = None) -> tuple[str, ...]:
    """The Belgian VAT rates an adviser may choose for a taxable line of a quote issued
    `on` that day, highest first: the rates of the rate table (resources/vat/rates.toml)
    in force that day, so a rate the law adds or ends is a row there, not a code change.
    Without a day, every rate the table has ever held."""
    rates = {
        row.rate
        for rows in rulebook().rates.values()
        for row in rows
        if on is None or row.valid_from <= on <= row.valid_to
    }
    return tuple(sorted(rates, key=Decimal, reverse=True))


def decision_problems(
    treatment: str, rate: str | None, legal_basis: str, reason: str, on: date | None = None
) -> list[tuple[str, str]]:
    """(field, message key) of what is wrong with an adviser's VAT decision on a line:
    a known treatment, a Belgian rate when taxable (one in force `on` the quote's date,
    when given), a legal basis, and a reason."""
    problems = []
    if treatment not in TREATMENTS:
        problems.append(("treatment", "quote.treatment_invalid"))
    if treatment == "taxable" and rate not in offered_rates(on):
        problems.append(("rate", "quote.rate_invalid"))
    if len((reason or "").strip()) < MIN_REASON_LENGTH:
        problems.append(("reason", "quote.reason_required"))
    if not (legal_basis or "").strip():
        problems.append(("legal_basis", "field.required"))
    return problems


def decision_columns(
    review: bool,
    answer: Mapping | None,
    treatment: str,
    rate: str | None,
    legal_basis: str,
    reason: str,
) -> dict:
    """The line's VAT columns after an adviser settled them with a reason. Confirming
    the engine's own proposal for a line under review is not an override; anything else
    is, and stays flagged."""
    rate = rate if treatment == "taxable" else None
    proposal = (answer or {}).get("likely") or {}
    return {
        "vat_treatment": treatment,
        "vat_rate": rate,
        "vat_legal_basis": legal_basis.strip(),
        "vat_override_reason": reason.strip(),
        "vat_overridden": not (
            review and proposal.get("treatment") == treatment and proposal.get("rate") == rate
        ),
    }


# ---------------------------------------------------------------- figures and snapshot


def line_amounts(
    quantity: Decimal,
    unit_price: Decimal,
    discount_pct: Decimal,
    treatment: str,
    rate: str | None,
    legal_basis: str = "",
) -> QuoteLineAmounts:
    """What a line contributes to the totals: its rate counts only when taxable; a line
    without Belgian VAT counts in the group of its legal basis (one row per exemption)."""
    taxable = treatment == "taxable"
    return QuoteLineAmounts(
        quantity=quantity,
        unit_price=unit_price,
        vat_rate=Decimal(rate) if taxable and rate else Decimal(0),
        discount_percent=discount_pct,
        treatment=treatment,
        basis="" if taxable else (legal_basis or "").strip(),
    )


def totals_of(lines: Iterable[Mapping]) -> QuoteTotals:
    """The totals (BR-CO-17) of lines given by their column values."""
    return quote_totals(
        line_amounts(
            line["quantity"],
            line["unit_price"],
            line["discount_pct"],
            line["vat_treatment"],
            line["vat_rate"],
            line.get("vat_legal_basis", ""),
        )
        for line in lines
    )


def vat_table(totals: QuoteTotals) -> tuple[VatRow, ...]:
    """The VAT breakdown printed on the quote: one row per rate and one per exemption
    (or other treatment) basis, each with its mention (KB nr. 1 art. 5; vat-facts §11.12)."""
    return tuple(
        VatRow(
            treatment=group.treatment,
            rate=Decimal(f"{group.vat_rate.normalize():f}")
            if group.treatment == "taxable"
            else None,
            base=group.net,
            vat=group.vat,
            legal_basis=group.basis,
            mention=mention(None, group.treatment, None, group.basis) if group.basis else {},
        )
        for group in totals.per_rate
    )


def mention(answer: Mapping | None, treatment: str, rate: str | None, legal_basis: str) -> dict:
    """The legal mention of the treatment a line ends up with: the engine's when its
    answer stands, else the one of the outcome with that legal basis."""
    answer = answer or {}
    if answer.get("treatment") == treatment and answer.get("rate") == rate:
        return answer.get("mention") or {}
    book = rulebook()
    for outcome in book.outcomes.values():
        if outcome.treatment == treatment and outcome.legal_basis == legal_basis:
            return dict(outcome.mention)
    if treatment == "taxable":
        # an adviser's rate keeps the statement of its row (a confirmed 6% renovation
        # prints the statement of KB nr. 20 art. 1bis: vat-facts §11.14)
        for rows in book.rates.values():
            for row in rows:
                if (
                    row.rate == rate
                    and row.legal_basis == legal_basis
                    and any(row.mention.values())
                ):
                    return dict(row.mention)
        return {}
    for outcome in book.outcomes.values():  # the same article, written with more detail
        if outcome.treatment == treatment and legal_basis and legal_basis in outcome.legal_basis:
            return dict(outcome.mention)
    # the treatment's own words before the basis: "Verlegging van heffing" / "Autoliquidation"
    # is required for a reverse charge (Directive art. 226 (11a); vat-facts §11.14)
    return {
        lang: f"{book.treatment_words[treatment][lang]} – {cite(legal_basis, lang)}"
        for lang in LANGS
    }


# what the snapshot reads of the client and of each line (their column names)
SNAPSHOT_CLIENT_FIELDS = (
    "name",
    "street",
    "postcode",
    "city",
    "country",
    "vat_number",
    "enterprise_number",
)
SNAPSHOT_LINE_FIELDS = (
    "position",
    "description",
    "category",
    "quantity",
    "unit",
    "unit_price",
    "discount_pct",
    "vat_treatment",
    "vat_rate",
    "vat_legal_basis",
    "vat_override_reason",
    "vat_answer",
    "vat_review",
)


def quote_snapshot(
    header: Mapping,
    client: Mapping,
    lines: list[Mapping],
    totals: QuoteTotals,
) -> QuoteSnapshot:
    """The frozen figures of a sent quote, the PDF's only input.

    `header`: number, state, issue_date, valid_until, language, entity, activity name,
    member name, payment_reference. `client`: name and address. `lines`: the lines'
    column values, in order; `totals`: `totals_of(lines)`.
    """
    return QuoteSnapshot(
        number=header["number"],
        state=header["state"],
        issue_date=header["issue_date"],
        valid_until=header["valid_until"],
        language=header["language"],
        entity=header["entity"],
        activity_name=header["activity_name"],
        member_name=header["member_name"],
        client=SnapshotClient(**{key: client[key] or "" for key in SNAPSHOT_CLIENT_FIELDS}),
        lines=tuple(
            SnapshotLine(
                position=line["position"],
                description=line["description"],
                category=line["category"],
                quantity=line["quantity"],
                unit=line["unit"],
                unit_price=line["unit_price"],
                discount_pct=line["discount_pct"],
                net=total.net,
                treatment=line["vat_treatment"],
                rate=Decimal(line["vat_rate"]) if line["vat_rate"] else None,
                legal_basis=line["vat_legal_basis"],
                review_reason=line["vat_override_reason"],
                undecided=bool(line.get("vat_review")) and not line["vat_override_reason"],
                mention=mention(
                    line["vat_answer"],
                    line["vat_treatment"],
                    line["vat_rate"],
                    line["vat_legal_basis"],
                ),
            )
            for line, total in zip(lines, totals.lines, strict=True)
        ),
        vat_table=vat_table(totals),
        total_net=totals.net,
        total_vat=totals.vat,
        total_gross=totals.gross,
        payment_reference=header["payment_reference"] or "",
        issuer=dict(header.get("issuer") or {}),
        delivery_date=header.get("delivery_date"),
    )
