"""The use cases: one function per user action, each one transaction with its audit entry.

GUI, CLI and sync are entry points that call these functions; none of them writes to
the database any other way.
"""
