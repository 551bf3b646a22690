"""The words and sentences of accident declarations and insurance claims: the list, the
forms, the covers, states, tasks and the message keys of the slice (merged by
`ui.messages`). Contexts "Labels" and "Messages", as every slice."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from ui.labels import label

DECLARATION_STATES = {
    "first_aid": QT_TRANSLATE_NOOP("Labels", "First-aid register"),
    "draft": QT_TRANSLATE_NOOP("Labels", "Draft"),
    "submitted": QT_TRANSLATE_NOOP("Labels", "Submitted to TeamAdmin"),
    "question": QT_TRANSLATE_NOOP("Labels", "Question from TeamAdmin"),
    "filed": QT_TRANSLATE_NOOP("Labels", "Sent to the insurer"),
    "closed": QT_TRANSLATE_NOOP("Labels", "Closed"),
}

# the cover an accident falls under (the `kind` of an accident declaration)
COVERS = {
    "work": QT_TRANSLATE_NOOP("Labels", "Work accident"),
    "commute": QT_TRANSLATE_NOOP("Labels", "Commute accident"),
    "private_life": QT_TRANSLATE_NOOP("Labels", "Private life cover"),
    "mission": QT_TRANSLATE_NOOP("Labels", "Business mobility (mission abroad)"),
    "not_covered": QT_TRANSLATE_NOOP("Labels", "Not covered"),
}

ACCIDENT_TYPES = {
    "workplace": QT_TRANSLATE_NOOP("Labels", "At the workplace"),
    "commute": QT_TRANSLATE_NOOP("Labels", "On the way to or from work"),
    "prosthesis": QT_TRANSLATE_NOOP("Labels", "Damage to a prosthesis only"),
}

CLAIM_KINDS = {
    "civil_liability": QT_TRANSLATE_NOOP("Labels", "Civil liability"),
    "own_equipment": QT_TRANSLATE_NOOP("Labels", "Own equipment"),
    "drone": QT_TRANSLATE_NOOP("Labels", "Drone"),
    "it_data_loss": QT_TRANSLATE_NOOP("Labels", "IT and data loss"),
    "theft": QT_TRANSLATE_NOOP("Labels", "Theft"),
}

TASKS = {
    "notify_inspectorate_immediately": QT_TRANSLATE_NOOP(
        "Labels", "Notify the labour inspectorate immediately"
    ),
    "detailed_report": QT_TRANSLATE_NOOP("Labels", "Detailed report to the inspectorate"),
}

ASSIGNEES = {
    "teamadmin": QT_TRANSLATE_NOOP("Labels", "TeamAdmin"),
    "client_company": QT_TRANSLATE_NOOP("Labels", "the client company"),
}

CLIENT_OBLIGATIONS = {
    "client_reports_serious_accident_to_inspectorate": QT_TRANSLATE_NOOP(
        "Labels", "The client company reports a serious accident to the labour inspectorate."
    ),
    "client_starts_detailed_report": QT_TRANSLATE_NOOP(
        "Labels", "The client company starts the detailed report."
    ),
}


def kind_text(entity: str, kind: str, serious: bool) -> str:
    """What a declaration row says it is: its cover (accident) or kind (claim), with ⚠
    for a serious accident. One wording for the Declarations list and TeamAdmin's queue."""
    text = label(COVERS if entity == "accident" else CLAIM_KINDS, kind)
    return f"{text} ⚠" if serious else text


def days_left_text(days_left: int | None) -> str:
    """ "overdue by 3 d", "today", "5 d" or nothing, for a deadline's days left."""
    if days_left is None:
        return ""
    if days_left < 0:
        text = QCoreApplication.translate("Labels", "overdue by {days} d")
        return text.format(days=-days_left)
    if days_left == 0:
        return QCoreApplication.translate("Labels", "today")
    return QCoreApplication.translate("Labels", "{days} d").format(days=days_left)


class DeclarationCount(QObject):
    """The translation context of `count_text`: lupdate marks a text as having plural
    forms only when it is asked through `self.tr(text, "", n)` inside a class."""

    def text(self, count: int) -> str:
        return self.tr("%n declaration(s)", "", count)


def count_text(count: int) -> str:
    """ "1 declaration", "2 declarations": the number of rows under the Declarations list
    and TeamAdmin's queue, with the plural form of each language."""
    return DeclarationCount().text(count)


def message_texts() -> dict[str, str]:
    """message key -> translated sentence, for the keys of declarations and claims."""

    return {
        "declaration.member_required": QCoreApplication.translate("Messages", "Choose the member."),
        "declaration.type_unknown": QCoreApplication.translate(
            "Messages", "Choose the type of accident."
        ),
        "declaration.place_required": QCoreApplication.translate(
            "Messages", "Say where it happened."
        ),
        "declaration.country_invalid": QCoreApplication.translate(
            "Messages", "Give the country as two letters, for example BE."
        ),
        "declaration.description_required": QCoreApplication.translate(
            "Messages", "Describe what happened."
        ),
        "declaration.route_required": QCoreApplication.translate(
            "Messages",
            "For an accident on the way to or from work, give where the route starts and ends.",
        ),
        "declaration.language_invalid": QCoreApplication.translate(
            "Messages", "The insurer's form is in Dutch or French."
        ),
        "declaration.code_invalid": QCoreApplication.translate(
            "Messages", "A code is made of digits only."
        ),
        "declaration.incapacity_invalid": QCoreApplication.translate(
            "Messages", "Give the days of incapacity as a number, 0 or more."
        ),
        "declaration.first_aider_required": QCoreApplication.translate(
            "Messages", "Give the name of the first-aider."
        ),
        "declaration.event_in_future": QCoreApplication.translate(
            "Messages", "The date is after today. Check the date."
        ),
        "declaration.filing_before_event": QCoreApplication.translate(
            "Messages", "The filing date is before the event."
        ),
        "declaration.filing_before_notice": QCoreApplication.translate(
            "Messages", "The filing date is before the day the aggravation became known."
        ),
        "declaration.notice_before_event": QCoreApplication.translate(
            "Messages", "The aggravation cannot be known before the accident happened."
        ),
        "declaration.notice_in_future": QCoreApplication.translate(
            "Messages", "The aggravation date is after today."
        ),
        "declaration.discovery_before_event": QCoreApplication.translate(
            "Messages", "The discovery is before the event."
        ),
        "declaration.discovery_in_future": QCoreApplication.translate(
            "Messages", "The discovery date is after today."
        ),
        "declaration.no_rule_for_date": QCoreApplication.translate(
            "Messages", "No deadline rule is known for events before {since}."
        ),
        "declaration.not_a_day_count": QCoreApplication.translate(
            "Messages", "Give a whole number of days between {low} and {high}."
        ),
        "declaration.not_editable": QCoreApplication.translate(
            "Messages",
            "This declaration is with TeamAdmin or the insurer and can no longer be changed here.",
        ),
        "declaration.member_fixed": QCoreApplication.translate(
            "Messages", "The member of a declaration cannot be changed."
        ),
        "declaration.light_fixed": QCoreApplication.translate(
            "Messages", "Turn a first-aid entry into a declaration with “Declare aggravation”."
        ),
        "declaration.transition_refused": QCoreApplication.translate(
            "Messages", "This step is not possible for this declaration now."
        ),
        "declaration.question_required": QCoreApplication.translate(
            "Messages", "Write the question for the adviser."
        ),
        "declaration.reference_required": QCoreApplication.translate(
            "Messages", "Give the insurer's reference."
        ),
        "declaration.outcome_required": QCoreApplication.translate(
            "Messages", "Write the outcome."
        ),
        "claim.kind_unknown": QCoreApplication.translate("Messages", "Choose the kind of claim."),
        "claim.police_report_required": QCoreApplication.translate(
            "Messages", "A theft or a loss needs the number of the police report."
        ),
        "claim.estimate_invalid": QCoreApplication.translate(
            "Messages", "Give the estimated damage in euros, 0 or more."
        ),
        "claim.third_party_name_required": QCoreApplication.translate(
            "Messages", "Give the name of each third party."
        ),
    }
