"""Start Feasibility from a checkout: `python main.py` (same as `feasibility-app`)."""

import sys

from feasibility_app.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
