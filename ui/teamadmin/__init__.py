"""The TeamAdmin queue and "Ask TeamAdmin for…" (PySide6)."""
