"""Entry points: the ways into SmartDesk from outside (the `smartdesk` command and its
sub-commands, the window's start). They only translate input into calls of `app`
(and, for the window and screenshots, `ui`); no business rule lives here. They may
import both `app` and `ui`; neither of those imports them (tests/unit/test_import_rules.py).
"""

# Named `smartdesk_entrypoints`, not `entrypoints`: a PyPI package of that name (a
# dependency of older Jupyter tools) would shadow a top-level `entrypoints` package of
# an editable install, and the `smartdesk` command would stop starting.
