"""Quotes: the quote list, the quote editor and their dialogs (lines, header, VAT decision,
clients).
"""
