"""Quotes: the rules of a quote, its states, its frozen snapshot, its payment reference and
the VAT engine that decides each line's treatment.
"""
