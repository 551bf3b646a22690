"""The modules the main window's start needs that use no Qt, imported before Qt is.

PySide6, once imported, reads the source text of every module imported after it (its
`__feature__` import hook looks in each for the word "PySide6"). For the few hundred
modules of SQLAlchemy, the services and `holidays` that the first view and its counts
need, that cost a fifth of the start's import time. Imported before PySide6, they are
not read. The list only serves speed: a module missing from it is still imported where
it is used, later and slower. This module itself imports no Qt.
"""

from __future__ import annotations

import importlib

#: what the window imports on its way to the first view and the home page's counts
WINDOW_MODULES = (
    "sqlalchemy.dialects.sqlite",  # the engine loads it when it opens the database
    "app.db.local",
    "app.logs",
    "app.formatting",
    "app.services.users",
    "app.services.context",
    "app.services.dashboard",
    "app.services.declarations.declarations",  # the deadlines on the home page
    "app.services.quotes.quotes",  # quotes expired while the program was closed
    "app.services.sync.sync",  # the status bar's sync counts
)


def import_before_qt() -> None:
    for name in WINDOW_MODULES:
        importlib.import_module(name)
