"""The use cases: one function per user action, each one transaction with its audit entry.

A service opens the unit of work of its database (`app.db.unit_of_work`); called inside
another service's unit it joins it, so a use case of several steps is one transaction.
A write service says what it changed: its value carries `.changes`, or it returns the
`Changes` themselves (`app.services.results`).

The window and the command line are entry points that call these functions; neither
writes to the database any other way. Sync applies the rows the central database sends
directly, with the domain's shared state rules, not through these functions (why: see
`app.sync`).
"""
