"""The words and sentences of loans: purposes, states, evidence kinds, the review file's
flags and the rules' reasons, and the sentence for each message key of the capability
(merged by `ui.messages`). Contexts "Labels" and "Messages", as every slice."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

LOAN_PURPOSES = {
    "professional_equipment": QT_TRANSLATE_NOOP("Labels", "Professional equipment"),
    "liquidity": QT_TRANSLATE_NOOP("Labels", "Liquidity"),
    "expense_note_advance": QT_TRANSLATE_NOOP("Labels", "Advance on expense notes"),
    "training": QT_TRANSLATE_NOOP("Labels", "Training"),
}

LOAN_STATES = {
    "draft": QT_TRANSLATE_NOOP("Labels", "Draft"),
    "submitted": QT_TRANSLATE_NOOP("Labels", "To decide"),
    "approved": QT_TRANSLATE_NOOP("Labels", "Approved"),
    "refused": QT_TRANSLATE_NOOP("Labels", "Refused"),
}

EVIDENCE_KINDS = {
    "quote": QT_TRANSLATE_NOOP("Labels", "Supplier's quote"),
    "invoice": QT_TRANSLATE_NOOP("Labels", "Invoice"),
    "programme": QT_TRANSLATE_NOOP("Labels", "Training programme"),
    "expense_notes": QT_TRANSLATE_NOOP("Labels", "Expense notes"),
}


def message_texts() -> dict[str, str]:
    return {
        "loans.required": QCoreApplication.translate(
            "Messages", "This field is required to submit the application."
        ),
        "loans.not_an_amount": QCoreApplication.translate(
            "Messages", "Give an amount in euros with at most two decimals."
        ),
        "loans.not_a_term": QCoreApplication.translate(
            "Messages", "Give the term as a whole number of months."
        ),
        "loans.unknown_purpose": QCoreApplication.translate(
            "Messages", "Choose a purpose from the list."
        ),
        "loans.unknown_evidence": QCoreApplication.translate(
            "Messages", "Choose what kind of document this is."
        ),
        "loans.not_editable": QCoreApplication.translate(
            "Messages", "This application has been decided and can no longer change."
        ),
        "loans.activity_without_member": QCoreApplication.translate(
            "Messages", "This Activity has no member; add its holder before applying for a loan."
        ),
        "loans.transition_refused": QCoreApplication.translate(
            "Messages", "This application is not in a state that allows this."
        ),
        "loans.four_eyes": QCoreApplication.translate(
            "Messages", "You prepared this application: another loan reviewer must decide it."
        ),
        "loans.reason_too_short": QCoreApplication.translate(
            "Messages",
            "Explain the refusal to the member in a sentence (at least {minimum} characters).",
        ),
        "loans.more_than_asked": QCoreApplication.translate(
            "Messages", "The approved amount cannot be more than the amount asked."
        ),
        "loans.not_approved": QCoreApplication.translate(
            "Messages", "Only an approved loan is repaid."
        ),
        "loans.no_such_document": QCoreApplication.translate(
            "Messages",
            "This document exists only once the application is approved (the agreement) "
            "or refused (the letter).",
        ),
        "loans.payment_not_positive": QCoreApplication.translate(
            "Messages", "The payment must be more than 0."
        ),
        "loans.payment_above_balance": QCoreApplication.translate(
            "Messages",
            "The payment is more than the balance of {balance}. Record at most the balance.",
        ),
        "loans.reason.amount_not_positive": QCoreApplication.translate(
            "Messages", "The amount must be more than 0."
        ),
        "loans.reason.cap_exceeded": QCoreApplication.translate(
            "Messages",
            "{amount} asked + {outstanding} still owed on this Activity = {total}: above the "
            "cap of {cap} per project. Lower the amount.",
        ),
        "loans.reason.term_too_short": QCoreApplication.translate(
            "Messages", "The term must be at least 1 month."
        ),
        "loans.reason.term_too_long": QCoreApplication.translate(
            "Messages", "At most {max_months} months for this purpose; shorten the term."
        ),
        "loans.reason.evidence_missing": QCoreApplication.translate(
            "Messages", "Attach the evidence this purpose needs ({needed}) before submitting."
        ),
        "loans.flag.young_activity": QCoreApplication.translate(
            "Messages",
            "The Activity is {months} months old (flagged under {minimum} months). [{source}]",
        ),
        "loans.flag.no_income": QCoreApplication.translate(
            "Messages",
            "No invoiced income in the last {months} months: repayment capacity unknown. [{source}]",
        ),
        "loans.flag.instalment_above_threshold": QCoreApplication.translate(
            "Messages",
            "The instalment of {instalment} is {share} % of the average monthly income of "
            "{average} (threshold {threshold} %). [{source}]",
        ),
        "loans.flag.arrears": QCoreApplication.translate(
            "Messages",
            "The member is {days} days late on earlier loans: {amount} in arrears. [{source}]",
        ),
        "loans.flag.outstanding_same_project": QCoreApplication.translate(
            "Messages",
            "{amount} is still owed on earlier loans of this Activity (counted toward the "
            "cap of {cap}). [{source}]",
        ),
    }
