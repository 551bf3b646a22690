"""The states of a loan application and the moves between them, as data (the Tryton way).

draft (the adviser prepares it) -> submitted (waits for a reviewer) -> approved or
refused (four eyes: decided by a loan reviewer who did not prepare it). A submitted
application may still be completed by its adviser; a decided one is final: a fact that
no change is merged into without a person deciding (DESIGN §4.5). A refused application
can be followed by a new one (a new draft), never reopened.
"""

from __future__ import annotations

STATES = ("draft", "submitted", "approved", "refused")

DECIDED = frozenset({"approved", "refused"})
PAST_DRAFT = DECIDED

# move -> (states it may start from, state it ends in, roles that make it)
TRANSITIONS: dict[str, tuple[frozenset[str], str, frozenset[str]]] = {
    "submit": (frozenset({"draft"}), "submitted", frozenset({"adviser", "admin"})),
    "approve": (frozenset({"submitted"}), "approved", frozenset({"loan_reviewer", "admin"})),
    "refuse": (frozenset({"submitted"}), "refused", frozenset({"loan_reviewer", "admin"})),
}

#: states in which the adviser may still change the application
EDITABLE = frozenset({"draft", "submitted"})


class TransitionRefused(ValueError):
    def __init__(self, move: str, state: str):
        self.move, self.state = move, state
        self.message_key = "loans.transition_refused"
        super().__init__(f"cannot {move} a loan application that is {state}")


def next_state(move: str, state: str, role: str) -> str:
    starts, ends, roles = TRANSITIONS[move]
    if state not in starts or role not in roles:
        raise TransitionRefused(move, state)
    return ends
