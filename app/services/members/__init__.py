"""Members: the use cases of members and their Activities, and the budget simulation."""
