"""The life of a TeamAdmin request, as data (the Tryton way): which move goes from which
state to which, and who makes it.

requested -> in_progress (claimed: it has an assignee) -> waiting_for_info (TeamAdmin
asked the adviser a question) -> answered (the adviser answered) -> in_progress again
or straight to done (the document was produced or the external reference recorded)
-> reopened (with a reason) -> in_progress ... Every move is stamped (who, when) in the
request's history and audited.
"""

from __future__ import annotations

STATES = ("requested", "in_progress", "waiting_for_info", "answered", "done", "reopened")
OPEN = frozenset(STATES) - {"done"}
#: the states in which TeamAdmin must act (the queue's "to do")
WITH_TEAMADMIN = frozenset({"requested", "in_progress", "answered", "reopened"})

# move -> (states it may start from, state it ends in, roles that make it)
TEAMADMIN = frozenset({"teamadmin", "admin"})
ADVISER = frozenset({"adviser", "admin"})
TRANSITIONS: dict[str, tuple[frozenset[str], str, frozenset[str]]] = {
    "claim": (
        frozenset({"requested", "answered", "reopened", "in_progress"}),
        "in_progress",
        TEAMADMIN,
    ),
    "ask": (frozenset({"in_progress", "answered"}), "waiting_for_info", TEAMADMIN),
    "answer": (frozenset({"waiting_for_info"}), "answered", ADVISER),
    "close": (frozenset({"in_progress", "answered"}), "done", TEAMADMIN),
    "reopen": (frozenset({"done"}), "reopened", TEAMADMIN),
}
#: producing the document or recording the reference: allowed while TeamAdmin works on it
WORKING = frozenset({"in_progress", "answered"})

# A closed request (its document produced, its reference recorded) is never merged by
# sync without a person deciding (DESIGN §4.5).
PAST_DRAFT = frozenset({"done"})


class TransitionRefused(ValueError):
    def __init__(self, move: str, state: str):
        self.move, self.state = move, state
        self.message_key = "teamadmin.transition_refused"
        super().__init__(f"cannot {move} a request that is {state}")


def next_state(move: str, state: str) -> str:
    sources, target, _roles = TRANSITIONS[move]
    if state not in sources:
        raise TransitionRefused(move, state)
    return target


def may_make(move: str, role: str) -> bool:
    return role in TRANSITIONS[move][2]
