"""`python -m whalelog_gui` runs the same CLI as the `whalelog` console script."""

import sys

from whalelog_gui.cli import main

if __name__ == "__main__":
    sys.exit(main())
