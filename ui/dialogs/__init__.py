"""Dialog pieces every capability uses: a dialog that runs one service call, and messages
next to fields.
"""
