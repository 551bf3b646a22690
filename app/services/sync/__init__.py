"""Sync: what the window asks of sync (status, a round, connecting a device); the engine
itself is app/sync.
"""
