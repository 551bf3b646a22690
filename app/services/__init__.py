"""The use cases: one function per user action, each one transaction with its audit entry.

A service opens the unit of work of its database (`app.db.unit_of_work`); called inside
another service's unit it joins it, so a use case of several steps is one transaction.
A write service says what it changed: its value carries `.changes`, or it returns the
`Changes` themselves (`app.services.results`).

GUI, CLI and sync are entry points that call these functions; none of them writes to
the database any other way.
"""
