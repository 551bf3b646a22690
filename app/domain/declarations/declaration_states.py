"""The states of an accident declaration, as data (the Tryton way).

draft (the adviser gathers the facts) -> filed (sent to the insurer, which gave it a
reference) -> closed (the insurer settled it). Once filed, the declaration is the
insurer's file: no change is merged into it without a person deciding (DESIGN §4.5).
The moves and who makes them come with the declarations capability.
"""

from __future__ import annotations

STATES = ("draft", "filed", "closed")

EDITABLE = frozenset({"draft"})
PAST_DRAFT = frozenset(STATES) - EDITABLE
