"""The life of a quote, as data (the Tryton way): which move goes from which state to
which, and what may still be edited in each state.

draft -> sent (numbered, totals and VAT answers frozen) -> accepted / refused / expired;
cancelled from draft or sent. Only a draft is edited; a sent quote can be duplicated.
"""

from __future__ import annotations

STATES = ("draft", "sent", "accepted", "refused", "expired", "cancelled")

# move -> (states it may start from, state it ends in)
TRANSITIONS: dict[str, tuple[frozenset[str], str]] = {
    "send": (frozenset({"draft"}), "sent"),
    "accept": (frozenset({"sent"}), "accepted"),
    "refuse": (frozenset({"sent"}), "refused"),
    "expire": (frozenset({"sent"}), "expired"),
    "cancel": (frozenset({"draft", "sent"}), "cancelled"),
}

EDITABLE = frozenset({"draft"})
FROZEN = frozenset(STATES) - EDITABLE
PAST_DRAFT = FROZEN  # never merged by sync without a person deciding (DESIGN §4.5)


class TransitionRefused(ValueError):
    def __init__(self, move: str, state: str):
        self.move, self.state = move, state
        self.message_key = "quote.transition_refused"
        super().__init__(f"cannot {move} a quote that is {state}")


def next_state(move: str, state: str) -> str:
    sources, target = TRANSITIONS[move]
    if state not in sources:
        raise TransitionRefused(move, state)
    return target
