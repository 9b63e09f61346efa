from __future__ import annotations

import sys

from claimlint.cli import main

sys.exit(main())
