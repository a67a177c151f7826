"""``python -m empfehlung_desktop``."""

import sys

from empfehlung_desktop.cli import main

sys.exit(main())
