"""`python -m smartdesk_entrypoints` and the PyInstaller bundle start here."""

import sys

from smartdesk_entrypoints.cli import main

if __name__ == "__main__":
    sys.exit(main())
