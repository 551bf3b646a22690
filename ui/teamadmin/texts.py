"""The words and sentences of the TeamAdmin queue and of "Ask TeamAdmin for…": request
kinds, states, the inputs each kind asks for and their choices (context "Labels"), and
the sentence for each message key of this capability (context "Messages", merged by
`ui.messages`)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

REQUEST_KINDS = {
    "sickness_fund_incapacity": QT_TRANSLATE_NOOP("Labels", "Sickness fund: incapacity"),
    "sickness_fund_resumption": QT_TRANSLATE_NOOP("Labels", "Sickness fund: resumption"),
    "c4": QT_TRANSLATE_NOOP("Labels", "C4 unemployment certificate"),
    "part_time_allowance": QT_TRANSLATE_NOOP("Labels", "Part-time allowance (start)"),
    "a1_posting": QT_TRANSLATE_NOOP("Labels", "A1 posting abroad"),
    "employment_attest": QT_TRANSLATE_NOOP("Labels", "Employment attest"),
    "art_worker_attest": QT_TRANSLATE_NOOP("Labels", "Art-worker attest (record)"),
    "peddler_authorisation": QT_TRANSLATE_NOOP("Labels", "Peddler authorisation"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other request"),
}

REQUEST_STATES = {
    "requested": QT_TRANSLATE_NOOP("Labels", "Requested"),
    "in_progress": QT_TRANSLATE_NOOP("Labels", "In progress"),
    "waiting_for_info": QT_TRANSLATE_NOOP("Labels", "Waiting for info"),
    "answered": QT_TRANSLATE_NOOP("Labels", "Answered"),
    "done": QT_TRANSLATE_NOOP("Labels", "Done"),
    "reopened": QT_TRANSLATE_NOOP("Labels", "Reopened"),
}

REQUEST_MOVES = {
    "request": QT_TRANSLATE_NOOP("Labels", "asked"),
    "claim": QT_TRANSLATE_NOOP("Labels", "claimed"),
    "ask": QT_TRANSLATE_NOOP("Labels", "asked a question"),
    "answer": QT_TRANSLATE_NOOP("Labels", "answered"),
    "document": QT_TRANSLATE_NOOP("Labels", "produced the document"),
    "reference": QT_TRANSLATE_NOOP("Labels", "recorded the reference"),
    "close": QT_TRANSLATE_NOOP("Labels", "closed"),
    "reopen": QT_TRANSLATE_NOOP("Labels", "reopened"),
}

INPUT_LABELS = {
    "incapacity_start": QT_TRANSLATE_NOOP("Labels", "Incapacity started on"),
    "fund_request_date": QT_TRANSLATE_NOOP("Labels", "Sickness fund asked on"),
    "spontaneous": QT_TRANSLATE_NOOP("Labels", "Declared without a request"),
    "resumption_date": QT_TRANSLATE_NOOP("Labels", "Back at work on"),
    "contract_start": QT_TRANSLATE_NOOP("Labels", "Employment started on"),
    "contract_end": QT_TRANSLATE_NOOP("Labels", "Employment ends on"),
    "end_reason": QT_TRANSLATE_NOOP("Labels", "Reason it ends"),
    "joint_committee": QT_TRANSLATE_NOOP("Labels", "Joint committee"),
    "art_worker_gross_wage": QT_TRANSLATE_NOOP("Labels", "Exact gross wage (art worker)"),
    "part_time_start": QT_TRANSLATE_NOOP("Labels", "Part-time work started on"),
    "fraction": QT_TRANSLATE_NOOP("Labels", "Part of full time (e.g. 1/2)"),
    "host_country": QT_TRANSLATE_NOOP("Labels", "Host country"),
    "client_name": QT_TRANSLATE_NOOP("Labels", "Client abroad"),
    "client_address": QT_TRANSLATE_NOOP("Labels", "Client's address"),
    "place_of_work": QT_TRANSLATE_NOOP("Labels", "Place of work"),
    "start_date": QT_TRANSLATE_NOOP("Labels", "Posting starts on"),
    "end_date": QT_TRANSLATE_NOOP("Labels", "Posting ends on"),
    "replaces_posted_worker": QT_TRANSLATE_NOOP("Labels", "Replaces another posted worker"),
    "dimona_id": QT_TRANSLATE_NOOP("Labels", "Dimona number"),
    "activity_description": QT_TRANSLATE_NOOP("Labels", "What the member will do"),
    "period_start": QT_TRANSLATE_NOOP("Labels", "Period from"),
    "period_end": QT_TRANSLATE_NOOP("Labels", "Period to"),
    "purpose": QT_TRANSLATE_NOOP("Labels", "Asked for (purpose)"),
    "attest_type": QT_TRANSLATE_NOOP("Labels", "Type of attest"),
    "valid_from": QT_TRANSLATE_NOOP("Labels", "Valid from"),
    "valid_until": QT_TRANSLATE_NOOP("Labels", "Valid until"),
    "region": QT_TRANSLATE_NOOP("Labels", "Region"),
    "home_sales": QT_TRANSLATE_NOOP("Labels", "Sales at the consumer's home"),
    "food": QT_TRANSLATE_NOOP("Labels", "Sells food"),
    "description": QT_TRANSLATE_NOOP("Labels", "What is asked"),
    "wanted_by": QT_TRANSLATE_NOOP("Labels", "Needed by"),
}

CHOICE_LABELS = {
    "yes": QT_TRANSLATE_NOOP("Labels", "Yes"),
    "no": QT_TRANSLATE_NOOP("Labels", "No"),
    "end_of_contract": QT_TRANSLATE_NOOP("Labels", "End of the contract"),
    "resignation": QT_TRANSLATE_NOOP("Labels", "Resignation"),
    "dismissal": QT_TRANSLATE_NOOP("Labels", "Dismissal"),
    "certificate_of_work": QT_TRANSLATE_NOOP("Labels", "Certificate of work (ongoing)"),
    "ordinary": QT_TRANSLATE_NOOP("Labels", "Ordinary"),
    "plus": QT_TRANSLATE_NOOP("Labels", "Plus (5 years)"),
    "starter": QT_TRANSLATE_NOOP("Labels", "Starter (3 years)"),
    "flanders": QT_TRANSLATE_NOOP("Labels", "Flanders"),
    "brussels": QT_TRANSLATE_NOOP("Labels", "Brussels"),
    "wallonia": QT_TRANSLATE_NOOP("Labels", "Wallonia"),
}


def message_texts() -> dict[str, str]:
    """message key -> translated sentence, for the keys of the TeamAdmin queue."""

    return {
        "teamadmin.kind_unknown": QCoreApplication.translate(
            "Messages", "Choose what to ask TeamAdmin for from the list."
        ),
        "teamadmin.date_invalid": QCoreApplication.translate("Messages", "Choose a date."),
        "teamadmin.date_before": QCoreApplication.translate(
            "Messages", "This date is before the one above it. Check both dates."
        ),
        "teamadmin.choice_invalid": QCoreApplication.translate(
            "Messages", "Choose one of the options."
        ),
        "teamadmin.country_not_covered": QCoreApplication.translate(
            "Messages",
            "An A1 covers postings within the EU, the EEA and Switzerland. For another "
            "country, ask TeamAdmin (Other request): a bilateral agreement decides.",
        ),
        "teamadmin.a1_posting.replaces_posted_worker": QCoreApplication.translate(
            "Messages",
            "A worker who replaces another posted worker cannot be posted under Belgian "
            "social security: no A1 can be asked.",
        ),
        "teamadmin.a1_beyond_months": QCoreApplication.translate(
            "Messages",
            "Longer than {months} months: possible only by agreement between the "
            "institutions of both countries. TeamAdmin will check it with you.",
        ),
        "teamadmin.peddler.flanders_not_required": QCoreApplication.translate(
            "Messages",
            "In Flanders no peddler authorisation is needed any more (since 1 April 2024): "
            "a KBO registration with the right activity codes replaces it.",
        ),
        "teamadmin.peddler.brussels_not_required": QCoreApplication.translate(
            "Messages",
            "In Brussels an authorisation is needed only for sales at the consumer's home "
            "(since 1 April 2024).",
        ),
        "teamadmin.peddler.wallonia_uncertain": QCoreApplication.translate(
            "Messages",
            "Uncertain: whether Wallonia still requires the authorisation was not "
            "confirmed. TeamAdmin checks it before acting.",
        ),
        "teamadmin.art_validity_too_long": QCoreApplication.translate(
            "Messages",
            "This type of art-worker attest is valid at most {years} years. Check the "
            "dates on the Kunstwerkcommissie's decision.",
        ),
        "teamadmin.due_passed.document": QCoreApplication.translate(
            "Messages", "The legal date for this is already past: TeamAdmin will treat it first."
        ),
        "teamadmin.due_passed.external_reference": QCoreApplication.translate(
            "Messages", "The legal date for this is already past: TeamAdmin will treat it first."
        ),
        "teamadmin.due_passed.either": QCoreApplication.translate(
            "Messages", "The date asked for is already past: TeamAdmin will treat it first."
        ),
        "teamadmin.transition_refused": QCoreApplication.translate(
            "Messages",
            "This request has moved on meanwhile (someone else may have acted on it). "
            "Refresh to see where it stands.",
        ),
        "teamadmin.reason_too_short": QCoreApplication.translate(
            "Messages", "Write the reason in a few words (at least {minimum} characters)."
        ),
        "teamadmin.close_needs.document": QCoreApplication.translate(
            "Messages", "Produce the document before closing the request."
        ),
        "teamadmin.close_needs.external_reference": QCoreApplication.translate(
            "Messages", "Record the reference you received before closing the request."
        ),
        "teamadmin.close_needs.either": QCoreApplication.translate(
            "Messages", "Produce the document or record the reference before closing the request."
        ),
        "teamadmin.no_document_for_kind": QCoreApplication.translate(
            "Messages",
            "SmartDesk draws no document for this kind of request: record the reference.",
        ),
    }
