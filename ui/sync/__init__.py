"""Sync: the Sync view, the connect dialog, the round's progress in words and the runner
that drives rounds off the GUI thread.
"""
