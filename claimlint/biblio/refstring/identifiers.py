"""Identifiers and access notes in a reference string.

DOI, PubMed ID, PMCID, URL and arXiv patterns, and the "Retrieved from ...",
"[cited ...]", ISBN/ISSN trailers that are removed before the title is read.
"""

from __future__ import annotations

import re

from claimlint.core.lazyre import LazyPattern

_DOI_RE = re.compile(r"10\.\d{4,9}/[^\s\"<>]+")
_DOI_CTX_RE = re.compile(
    r"(?:https?://(?:dx\.)?doi\.org/|\b(?:doi|DOI)\s*[:.]?\s*)?10\.\d{4,9}/[^\s\"<>]+"
)
_PMID_RE = re.compile(r"\bPMID\s*:?\s*(\d{1,9})")
_PMCID_RE = re.compile(r"\b(?:PubMed\s+Central\s+)?PMCID\s*:?\s*PMC\d+|\bPMC\d{4,}")
_URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"]+")


_arxiv_re = LazyPattern(
    r"[(\[]?\s*arXiv\s*:\s*[\w./ -]{4,30}?(?:\[\s*[\w.\- ]{2,20}\])?\s*[)\]]?"
    r"(?=[\s,;)]|\.(?!\d)|$)|"
    r"\barXiv\s*:\s*\S+",
    re.I,
)


_trailer_re = LazyPattern(
    r"(?:\b(?:Retrieved|Accessed|Available|Viewed)\b[^.]{0,80}?(?:from|at|on)?\s*:?\s*$|"
    r"\[(?:cited|accessed|Internet|PubMed|PMC free article|CrossRef|Google Scholar)"
    r"[^\]]{0,40}\]|"
    r"\bPubMed\b\s*(?=[.;]|$)|\bISBN[\s:]*[\dXx -]{8,20}|\bISSN[\s:]*[\dXx-]{8,10}|"
    r"\bPubMed\s+Central\b|\bPMID\s*:?\s*\d+)",
    re.I,
)


#: Words one of which every match of :func:`_trailer_re` holds (in lower case).
_TRAILER_WORDS = (
    "retrieved",
    "accessed",
    "available",
    "viewed",
    "[",
    "pubmed",
    "isbn",
    "issn",
    "pmid",
)


def _clean_trailing_ident(s: str) -> str:
    s = s.rstrip(".,;:'\"”’]>")
    while s.endswith(")") and s.count(")") > s.count("("):
        s = s[:-1].rstrip(".,;:")
    return s
