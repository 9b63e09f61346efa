"""Regenerate the html report's screenshots in docs/ (the README shows one).

    python scripts/screenshots.py [--out docs]

Runs ``claimlint check --format html`` on a copy of ``examples/`` (as
``posts/`` of a repository, with a fixed date), opens the page in headless
Chromium (Debian's ``chromium``, through Playwright, as the browser tests do)
and writes ``report-overview.png`` (the top of the page) and
``report-post.png`` (a post opened at a claim in its text).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

CHECKOUT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(CHECKOUT / "tests"))

from browser_support import chromium, missing  # noqa: E402

VIEWPORT = {"width": 1200, "height": 860}


def make_report(folder: Path) -> Path:
    """The examples' report, written in ``folder`` (a repository of its own)."""
    (folder / ".git").mkdir()
    shutil.copytree(CHECKOUT / "examples", folder / "posts")
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1767225600"}
    env.pop("GITHUB_ACTIONS", None)
    command = ["check", "--no-cache", "--format", "html", "-o", "claimlint-report.html"]
    proc = subprocess.run(
        [sys.executable, "-m", "claimlint", *command, "posts"],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode not in (0, 1):
        raise SystemExit(f"claimlint failed: {proc.stderr}")
    return folder / "claimlint-report.html"


def shoot(report: Path, out: Path) -> list[Path]:
    """Write the two screenshots into ``out``."""
    overview, post = out / "report-overview.png", out / "report-post.png"
    with chromium() as browser:
        page = browser.new_page(viewport=VIEWPORT, device_scale_factor=1)
        page.goto(report.as_uri())
        page.wait_for_selector("html[data-ready]")
        page.screenshot(path=str(overview))
        page.select_option("#filter-file", "posts/kap-clinic-post.md")
        page.locator("#filter-file").blur()
        for _ in range(6):  # past the whole-post findings, to a claim in the text
            page.keyboard.press("j")
        page.screenshot(path=str(post))
    return [overview, post]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=CHECKOUT / "docs", help="folder (docs/)")
    args = parser.parse_args(argv)
    reason = missing()
    if reason is not None:
        print(f"screenshots.py {reason}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        for path in shoot(make_report(Path(tmp)), args.out):
            print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
