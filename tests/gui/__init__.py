"""Window tests (pytest-qt, offscreen)."""
