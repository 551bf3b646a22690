"""The views of the window that belong to no capability (home) and the
registry of every view.
"""
