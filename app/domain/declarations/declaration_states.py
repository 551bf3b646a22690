"""The states of accident declarations and insurance claims, as data (the Tryton way),
with the moves between them and who may make each (issue #10 point 6).

first_aid (a light accident in the first-aid register, admin-facts §1.2) -> draft
(declared after all: the condition got worse) -> submitted (to TeamAdmin) -> filed
(sent to the insurer, which gave it a reference) -> closed (with the outcome).
TeamAdmin may send a submitted declaration back to the adviser with a question
(question); the adviser answers and submits again. Once submitted, the declaration is
TeamAdmin's and the insurer's file: no change is merged into it without a person
deciding (DESIGN §4.5); sync reads PAST_DRAFT. Claims follow the same path without
the register.
"""

from __future__ import annotations

STATES = ("first_aid", "draft", "submitted", "question", "filed", "closed")
CLAIM_STATES = ("draft", "submitted", "question", "filed", "closed")

# move -> (states it may start from, state it ends in, roles that may make it)
TRANSITIONS: dict[str, tuple[frozenset[str], str, frozenset[str]]] = {
    "declare": (frozenset({"first_aid"}), "draft", frozenset({"adviser", "admin"})),
    "submit": (frozenset({"draft", "question"}), "submitted", frozenset({"adviser", "admin"})),
    "ask": (frozenset({"submitted"}), "question", frozenset({"teamadmin", "admin"})),
    "send_to_insurer": (frozenset({"submitted"}), "filed", frozenset({"teamadmin", "admin"})),
    "close": (frozenset({"filed"}), "closed", frozenset({"teamadmin", "admin"})),
}

#: the adviser edits these (the question state: to answer TeamAdmin's question)
EDITABLE = frozenset({"first_aid", "draft", "question"})
#: states a deadline still runs in (shown on the home page)
OPEN = frozenset({"draft", "question"})
#: the TeamAdmin queue's declarations: submitted to them, or back with the adviser on
#: their question; the deadline to reach the insurer still runs in both
WITH_TEAMADMIN = frozenset({"submitted", "question"})
PAST_DRAFT = frozenset({"submitted", "question", "filed", "closed"})
CLAIM_PAST_DRAFT = PAST_DRAFT & frozenset(CLAIM_STATES)


class TransitionRefused(ValueError):
    def __init__(self, move: str, state: str):
        self.move, self.state = move, state
        self.message_key = "declaration.transition_refused"
        super().__init__(f"cannot {move} a declaration that is {state}")


def next_state(move: str, state: str, role: str) -> str:
    """The state after `move` from `state`; refused when the move does not start there
    or the role may not make it."""
    sources, target, roles = TRANSITIONS[move]
    if state not in sources or role not in roles:
        raise TransitionRefused(move, state)
    return target
