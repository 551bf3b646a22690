"""Qt item models over service results (ids plus a lazily filled row cache)."""
