"""Members: rules about members and their Activities (the budget simulator)."""
