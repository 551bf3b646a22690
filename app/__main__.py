"""`python -m app` and the PyInstaller bundle start here."""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
