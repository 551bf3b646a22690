"""Dialogs of the quote editor: picking an Activity and a client, a line, a VAT decision."""
