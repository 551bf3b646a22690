"""The desktop window (PySide6). Talks to `app.services` only, through `ui.worker`.

Each capability has its folder (`ui/quotes/`, `ui/members/`, `ui/sync/`) with its views,
dialogs, models and texts; `ui/views/`, `ui/dialogs/`, `ui/models/` hold what they share.
"""
