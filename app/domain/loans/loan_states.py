"""The states of a loan application, as data (the Tryton way).

draft (the adviser prepares it) -> submitted (waits for a reviewer) -> approved or
refused (four eyes: decided by a loan reviewer who did not prepare it). A submitted
application may still be completed; a decided one is a fact that no change is merged
into without a person deciding (DESIGN §4.5). The moves and who makes them come with
the loans capability.
"""

from __future__ import annotations

STATES = ("draft", "submitted", "approved", "refused")

DECIDED = frozenset({"approved", "refused"})
PAST_DRAFT = DECIDED
