"""claimlint: a linter for health claims in clinic web content."""

from __future__ import annotations

__version__ = "0.1.0"

#: The distribution's name on the package index (``pip install claimlint-health``).
#: The command and the import package are ``claimlint``; the index's ``claimlint`` is an
#: unrelated project. pyproject.toml's ``[project] name`` must match (a test checks it).
DISTRIBUTION = "claimlint-health"

#: The project's repository: the pre-commit hook repository (with ``rev: v{__version__}``)
#: and the GitHub Action. pyproject.toml's ``[project.urls]`` must match (a test checks it).
REPOSITORY_URL = "https://github.com/claimlint/claimlint"
