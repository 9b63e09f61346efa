"""A headless Chromium for the html report's tests, driven by Playwright.

Chromium comes from the operating system's packages (``apt-get install chromium``,
which ``.ci/run`` does); Playwright's own browser downloads are never used. Tests
that need it are marked ``browser`` and skip when Playwright or the browser is
missing. The same launch serves ``scripts/screenshots.py``.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

#: Where Debian's package puts the browser; CLAIMLINT_CHROMIUM overrides it.
CHROMIUM = os.environ.get("CLAIMLINT_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
#: No update checks, sync, field trials or QUIC: the browser itself asks the network for
#: nothing, so any request a test sees comes from the page.
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def missing() -> str | None:
    """Why no browser test can run here (None: they can)."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "needs Playwright for Python (the test extra)"
    if not os.path.exists(CHROMIUM):
        return f"needs Chromium at {CHROMIUM} (apt-get install chromium)"
    return None


@contextmanager
def chromium() -> Iterator[Any]:
    """A launched browser, closed afterwards."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            yield browser
        finally:
            browser.close()
