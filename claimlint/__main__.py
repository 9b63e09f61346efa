from __future__ import annotations

from claimlint.cli import run

run()
