"""Quotes: the PDF of a sent quote, drawn from its frozen snapshot."""
