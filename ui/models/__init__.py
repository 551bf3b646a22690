"""Qt item models shared by the capabilities: an ordered id list with a lazily filled row cache."""
