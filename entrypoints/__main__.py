"""`python -m entrypoints` and the PyInstaller bundle start here."""

import sys

from entrypoints.cli import main

if __name__ == "__main__":
    sys.exit(main())
