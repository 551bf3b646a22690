"""The desktop window (PySide6). Talks to `app.services` only, through `ui.worker`."""
