"""Quotes: the use cases of quotes and of the clients they are made out to, and the PDF
export of a sent quote.
"""
