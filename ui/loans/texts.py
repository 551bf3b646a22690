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


def _t(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def message_texts() -> dict[str, str]:
    return {
        "loans.required": _t("This field is required to submit the application."),
        "loans.not_an_amount": _t("Give an amount in euros with at most two decimals."),
        "loans.not_a_term": _t("Give the term as a whole number of months."),
        "loans.unknown_purpose": _t("Choose a purpose from the list."),
        "loans.unknown_evidence": _t("Choose what kind of document this is."),
        "loans.not_editable": _t("This application has been decided and can no longer change."),
        "loans.activity_without_member": _t(
            "This Activity has no member; add its holder before applying for a loan."
        ),
        "loans.transition_refused": _t("This application is not in a state that allows this."),
        "loans.four_eyes": _t(
            "You prepared this application: another loan reviewer must decide it."
        ),
        "loans.reason_too_short": _t(
            "Explain the refusal to the member in a sentence (at least {minimum} characters)."
        ),
        "loans.more_than_asked": _t("The approved amount cannot be more than the amount asked."),
        "loans.not_approved": _t("Only an approved loan is repaid."),
        "loans.no_such_document": _t(
            "This document exists only once the application is approved (the agreement) "
            "or refused (the letter)."
        ),
        "loans.payment_not_positive": _t("The payment must be more than 0."),
        "loans.payment_above_balance": _t(
            "The payment is more than the balance of {balance}. Record at most the balance."
        ),
        "loans.reason.amount_not_positive": _t("The amount must be more than 0."),
        "loans.reason.cap_exceeded": _t(
            "{amount} asked + {outstanding} still owed on this Activity = {total}: above the "
            "cap of {cap} per project. Lower the amount."
        ),
        "loans.reason.term_too_short": _t("The term must be at least 1 month."),
        "loans.reason.term_too_long": _t(
            "At most {max_months} months for this purpose; shorten the term."
        ),
        "loans.reason.evidence_missing": _t(
            "Attach the evidence this purpose needs ({needed}) before submitting."
        ),
        "loans.flag.young_activity": _t(
            "The Activity is {months} months old (flagged under {minimum} months). [{source}]"
        ),
        "loans.flag.no_income": _t(
            "No invoiced income in the last {months} months: repayment capacity unknown. [{source}]"
        ),
        "loans.flag.instalment_above_threshold": _t(
            "The instalment of {instalment} is {share} % of the average monthly income of "
            "{average} (threshold {threshold} %). [{source}]"
        ),
        "loans.flag.arrears": _t(
            "The member is {days} days late on earlier loans: {amount} in arrears. [{source}]"
        ),
        "loans.flag.outstanding_same_project": _t(
            "{amount} is still owed on earlier loans of this Activity (counted toward the "
            "cap of {cap}). [{source}]"
        ),
    }
