"""Where the built-in rule pack lies (rules, lexicons and the knowledge pack), and its
vocabularies of named word lists."""

from __future__ import annotations

from pathlib import Path


def builtin_rules_dir() -> Path:
    """The built-in pack: inside the installed package, or ``rules/`` of a checkout."""
    package = Path(__file__).resolve().parent.parent
    shipped = package / "_rules"
    if shipped.is_dir():
        return shipped
    return package.parent / "rules"


def read_term_map(*parts: str) -> dict[str, tuple[str, ...]]:
    """A vocabulary of the built-in pack (``rules/<parts>``): a mapping of names to lists of
    words, as read from its YAML; raise :class:`ValueError` for any other shape."""
    from claimlint.core.yamlnodes import load_located  # only the runs that read one

    path = builtin_rules_dir().joinpath(*parts)
    data = load_located(path.read_text(encoding="utf-8"), str(path)).data
    if not isinstance(data, dict) or not all(
        isinstance(k, str) and isinstance(v, list) and all(isinstance(t, str) for t in v)
        for k, v in data.items()
    ):
        raise ValueError(f"{path}: expected a mapping of names to lists of words")
    return {name: tuple(words) for name, words in data.items()}
