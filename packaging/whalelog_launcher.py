"""Entry point of the frozen application: the same CLI as `whalelog` and `python -m whalelog_gui`."""

import sys

from whalelog_gui.cli import main

if __name__ == "__main__":
    sys.exit(main())
