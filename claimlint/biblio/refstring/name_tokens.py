"""The tokenizer for an author list.

Splits the start of a reference into tokens (words, initials, punctuation, years) and
classifies each one (:class:`_Tok`: may it be a surname, a given name, an initial, a
particle, a conjunction ...) with the word lists that decide it; also the "et al." and
ellipsis markers that end a list.
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimlint.biblio.refstring.shared import _HY, SHAPE, _words

_TOKEN_RE = re.compile(r"\.(?:\s?\.){2}|…|[,;:()\[\]{}&\"“”„«»]|[^\s,;:()\[\]{}&\"“”„«»…]+")

# These four are matched against a token's shape (:data:`SHAPE`): U is an upper-case
# letter, l any other letter, ' an apostrophe of _APOS and - a hyphen of _HY.
#: Glued initials before a name: "J.Smith", "A.B.Jones".
_GLUED_RE = re.compile(r"((?:U\.){1,3})(U[Ul]{2,}\.?)")
_INIT_SPLIT_RE = re.compile(rf"[.{_HY}]+")
_INIT_RE = re.compile(r"U(?:l{0,2}\.)?(?:-?U(?:l{0,2}\.)?)*")
_NAMEWORD_RE = re.compile(r"(?:[Ul]{1,3}'|l{1,3}-)?U[Ul]*(?:['-][Ul]+)*")
_GIVEN_RE = re.compile(r"Ul+(?:-[Ul]l+)*")
_YEARTOK_RE = re.compile(r"[(\[]?(?:1[5-9]\d\d|20[0-3]\d)[a-z]?[)\],.;:]*")

_TWO_LETTER_INITIALS = _words(
    "Ch Gh Kh Ph Sh St Th Ts Zh Sz Gy Ly Ny Cs Dz Dj Lj Nj Chr Th Wm Jos Geo Chas Jas"
)
_PARTICLES_LOWER = _words(
    """de di da del della delle degli dei der den van von vom zu zur du des dos das do la le ten
    ter te vander vanden y bin ibn al el st st. dela d' l' mac aan het op"""
)
_PARTICLES_CAP = _words(
    """De Di Da Del Della Der Den Van Von Du Des Dos Das La Le Ter Ten Vande Vanden Vander Dela
    Mac St St. El Al"""
)
_STOP_NAME = _words(
    """The A An In On Of For From With To At By And But Or Is Are Was How What Why When Where Who
    Which This That These Those Its Our Their Toward Towards Using Proceedings Journal Vol
    Volume Retrieved Available Accessed Eds Ed Edited Trans Pp No Nr Bd Hrsg Le La Les Des Une
    Un Der Die Das Ein Eine Los Las Il Lo Gli Una Über Sur Pour Dans Avec"""
)
_STOP = _words(
    """The A An In On Of For From With To At By And But Or Is Are Was Were How What Why When
    Where Who Which This That These Those Its Our Their Toward Towards Using Proceedings
    Journal Review Annual International Report Chapter Vol Volume Part Retrieved Available
    Accessed Paper Eds Ed Edited Editor Editors Trans Press University New Pp Pages Page No Nr
    Bd Hrsg Actes Le La Les Des Une Un Der Die Das Ein Eine El Los Las Il Lo Gli Una Über Sur
    Pour Dans Avec Nature Science Physical Phys Proc Rev Lett Vers Vom Zur Annals Bulletin
    Studies Study Introduction Handbook Encyclopedia Dictionary Theory Analysis Effect Effects
    Role Use Evidence Essays History"""
)
_CONJ = frozenset(["and", "&", "et", "und", "och", "og", "y", "e", "And", "AND", "ET", "Et"])
_SUFFIX = frozenset(["Jr", "Sr", "Jnr", "Snr", "II", "III", "IV", "2nd", "3rd", "jr", "Jun"])


class _Tok:
    """A token of an author list and what it may be (a name, an initial, a year ...).

    It depends on the token's text only, so tokens of the same text share one object
    (:func:`_pieces`); where a token stands is kept apart (:func:`_tokenize`).
    """

    __slots__ = (
        "bare_init",
        "conj",
        "core",
        "dot",
        "dotted_init",
        "given",
        "init",
        "lparticle",
        "name",
        "particle",
        "punct",
        "text",
        "year",
    )

    def __init__(self, text: str) -> None:
        self.text = text
        self.punct = len(text) == 1 and text in ',;:()[]{}&"“”„«»'
        self.dot = text.endswith(".") and not self.punct
        core = text.rstrip(".") if self.dot else text
        self.core = core
        shape = text.translate(SHAPE)
        core_shape = shape[: len(core)]
        self.conj = text in _CONJ
        self.year = bool(_YEARTOK_RE.fullmatch(text))
        if self.punct or not core:
            self.init = self.dotted_init = self.bare_init = False
            self.name = self.given = self.particle = self.lparticle = False
            return
        dotted = "." in text and bool(_INIT_RE.fullmatch(shape))
        if dotted:
            # one letter per dot; two-letter initials ("Th.") only from a short list,
            # so "Wu." and "DOULEUR." stay names
            for p in _INIT_SPLIT_RE.split(core):
                if len(p) > 1 and p not in _TWO_LETTER_INITIALS:
                    dotted = False
                    break
        self.dotted_init = dotted
        self.bare_init = not dotted and "." not in core and core.isupper() and len(core) <= 4
        self.bare_init = self.bare_init and core.isalpha()
        self.init = self.dotted_init or self.bare_init
        letters = sum(1 for ch in core if ch.isalpha())
        self.name = (
            letters >= 2
            and "." not in core
            and bool(_NAMEWORD_RE.fullmatch(core_shape))
            and core not in _STOP_NAME
            and core not in ("et", "al", "and", "others")
        )
        self.given = bool(_GIVEN_RE.fullmatch(core_shape)) and core not in _STOP and "." not in core
        self.lparticle = core in _PARTICLES_LOWER or text in _PARTICLES_LOWER
        self.particle = self.lparticle or core in _PARTICLES_CAP


@lru_cache(maxsize=4096)
def _pieces(text: str) -> tuple[tuple[_Tok, int], ...]:
    """The token(s) one match of ``_TOKEN_RE`` makes, with their offsets in it: a word
    with a trailing ellipsis ("Smith...") and glued initials ("J.Smith") make two.
    Tokens depend on their text only, so the same initials, names and punctuation
    share one object."""
    if len(text) > 3 and (text.endswith("...") or text.endswith("…")):
        cut = len(text.rstrip(".…"))
        if cut:
            return (_Tok(text[:cut]), 0), (_Tok(text[cut:]), cut)
    mg = _GLUED_RE.fullmatch(text.translate(SHAPE))
    if mg is not None:
        cut = mg.end(1)
        return (_Tok(text[:cut]), 0), (_Tok(text[cut:]), cut)
    return ((_Tok(text), 0),)


def _tokenize(s: str, limit: int) -> tuple[list[_Tok], list[int]]:
    """The tokens of ``s`` (at most about ``limit``) and their offsets in ``s``."""
    toks: list[_Tok] = []
    starts: list[int] = []
    for m in _TOKEN_RE.finditer(s):
        start = m.start()
        pieces = _pieces(m.group())
        if len(pieces) == 1:
            toks.append(pieces[0][0])
            starts.append(start)
            if len(toks) >= limit:
                break
        else:
            for tok, at in pieces:
                toks.append(tok)
                starts.append(start + at)
    return toks, starts


def _is_ellipsis(t: _Tok) -> bool:
    return t.text in ("…", "...") or (t.text.startswith(".") and set(t.text) <= {".", " "})


def _etal_len(toks: list[_Tok], i: int) -> int:
    """Number of tokens of an "et al." / "and others" marker starting at i (0 if none)."""
    n = len(toks)
    if i >= n:
        return 0
    low = toks[i].text.lower()
    if low in ("et.al.", "et.al", "etal", "etal.", "et.al.,", "u.a.", "al.", "&al."):
        return 1
    if low in ("et", "et.", "&") and i + 1 < n:
        nxt = toks[i + 1].text.lower()
        if nxt in ("al", "al.", "al.,", "alii", "alia"):
            return 2
    if low in ("and", "&") and i + 1 < n and toks[i + 1].core.lower() == "others":
        return 2
    return 0
