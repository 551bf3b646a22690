"""The views of the window that belong to no capability (home, the planned ones) and the
registry of every view.
"""
