"""claimlint: a linter for health claims in clinic web content."""

from __future__ import annotations

__version__ = "0.1.0"
