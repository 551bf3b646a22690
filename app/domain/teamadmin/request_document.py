"""What a TeamAdmin document prints, frozen before it is drawn (no database in the PDF).

The three documents SmartDesk produces itself: the employment attest, the A1 request
summary (the facts the RSZ's "Working Abroad" service asks for, admin-facts §3.1) and
the C4 data sheet (the C4's content, §3.4). Each is a list of labelled values; the
labels are words of `resources/documents/teamadmin_labels.toml` in the member's
language, the values are already formatted for it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

DOCUMENTS = ("employment_attest", "a1_request_summary", "c4_data_sheet")


@dataclass(frozen=True)
class RequestDocument:
    document: str
    language: str
    entity: str  # the issuing entity (cooperative.toml), the one of the member's Activity
    issued_on: date
    member_name: str
    member_number: int
    insz: str  # formatted; printed on the document it is for
    birth_date: date
    address: str
    #: (label key, value already formatted) in the order printed
    fields: tuple[tuple[str, str], ...]
    #: label keys of the sentences printed under the fields (warnings, notes)
    notes: tuple[str, ...] = ()
    request_reference: str = ""
