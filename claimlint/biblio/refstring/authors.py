"""The author list at the start of a reference string.

Grammars over the tokens of :mod:`.name_tokens`, one for each common name-list shape:
inverted ``Surname, I.`` (APA/Harvard, with the Chicago/MLA continuation ``and Given
Surname``), natural ``I. Surname`` / ``Given Surname`` (IEEE/ACM), Vancouver ``Surname IN``
(AMA), all-caps surnames and corporate authors; :func:`_parse_authors` picks between them
and says where the author block ends.
"""

from __future__ import annotations

from claimlint.biblio.refstring.name_tokens import (
    _NAMEWORD_RE,
    _SUFFIX,
    _etal_len,
    _is_ellipsis,
    _Tok,
    _tokenize,
)
from claimlint.biblio.refstring.shared import _CONT_ABBR_LONG, SHAPE, _words

_ORG_LOWER = _words("of and for on the in und für de du des la le del of the")
_ORG_WORDS = _words(
    """Organization Organisation Association Associations Institute Institutes Institution
    Society Council Agency Administration Department Centers Center Centre Committee
    Foundation Group Collaboration Consortium Commission Ministry Office Board Bureau Academy
    College Service Services Federation Union Network Trust Program Programme Panel Alliance
    Corporation Company Inc Inc. Ltd Ltd. Team Authority Nations Bank Fund Force Investigators
    Working Registry Initiative Coalition Cooperative Secretariat Directorate Organizations
    Council Systems Laboratory Laboratories Agence Conseil Ministère Ministerio Institut
    Instituto Bundesamt Senate Congress Parliament Government Court Party Forum Project Unit"""
)


# The author-list grammars each return (names as token spans, end index, et_al).
_Span = tuple[int, int]
_Parse = tuple[list[_Span], int, bool]


def _after_name(toks: list[_Tok], k: int) -> int:
    """Skip a name suffix (", Jr." / " III") after index k."""
    n = len(toks)
    if k < n and toks[k].core in _SUFFIX:
        return k + 1
    if k + 1 < n and toks[k].text == "," and toks[k + 1].core in _SUFFIX:
        return k + 2
    return k


def _separator(toks: list[_Tok], k: int) -> tuple[int, bool, bool, bool]:
    """Consume a list separator at k.

    Returns (next index, separator found, truncated, conjunction used) where
    truncated means an "et al." style marker was consumed and the list is over.
    """
    n = len(toks)
    if k >= n:
        return k, False, False, False
    el = _etal_len(toks, k)
    if el:
        return k + el, False, True, False
    t = toks[k]
    if t.text in (",", ";"):
        k += 1
        el = _etal_len(toks, k)
        if el:
            return k + el, False, True, False
        if k < n and toks[k].conj:
            return k + 1, True, False, True
        return k, True, False, False
    if t.conj:
        return k + 1, True, False, True
    return k, False, False, False


_PAREN_OK = _words(
    """eds ed editor editors hrsg dir n.d in forthcoming comp comps coord jan feb mar apr may jun
    jul aug sep oct nov dec"""
)


def _terminates(toks: list[_Tok], k: int, strict: bool = False) -> bool:
    """True when a name may end before token k."""
    if k >= len(toks):
        return True
    t = toks[k]
    if t.conj or _is_ellipsis(t) or _etal_len(toks, k) or t.year:
        return True
    if t.text in ("(", "["):
        if not strict or k + 1 >= len(toks):
            return True
        nxt = toks[k + 1]
        return (
            nxt.year
            or nxt.core.lower().rstrip(".")[:3] in _PAREN_OK
            or (nxt.core.lower() in _PAREN_OK)
        )
    if t.punct:
        return not strict or t.text in ',;:"“”„«'
    return not strict and t.text.startswith(("(", "["))


def _inverted_surname(toks: list[_Tok], i: int) -> int | None:
    n = len(toks)
    j = i
    while j < n and j - i < 5:
        t = toks[j]
        if t.punct or (t.dot and not t.particle and t.core not in _SUFFIX):
            break
        if t.name or t.particle or (j > i and t.core in _SUFFIX):
            j += 1
            continue
        break
    if j == i or j >= n or toks[j].text != ",":
        return None
    while j - 1 > i and toks[j - 1].core in _SUFFIX:
        j -= 1  # "Wimsatt Jr., William"
    if not toks[j - 1].name:
        return None
    chunk = toks[i:j]
    if len(chunk) > 1 and chunk[-1].bare_init and not all(c.core.isupper() for c in chunk):
        return None  # "Vates GE," is a Vancouver name
    if toks[i].lparticle is False and toks[i].particle is False and not toks[i].name:
        return None
    return j


def _given_options(toks: list[_Tok], i: int, allow_words: bool = True) -> list[int]:
    """Possible ends (exclusive) of a given-name part starting at i, longest first."""
    n = len(toks)
    ends: list[int] = []
    j = i
    seen_dotted = False
    while j < n and j - i < 5:
        t = toks[j]
        if t.punct:
            break
        if (
            (t.init and not (t.bare_init and seen_dotted))
            or (t.given and allow_words and not seen_dotted)
            or (
                t.given
                and allow_words
                and t.dot
                and j + 1 < n
                and (toks[j + 1].text in '"“«(' or toks[j + 1].year)
            )
            or (t.lparticle and j > i)
        ):
            pass
        else:
            break
        if t.dotted_init:
            seen_dotted = True
        j += 1
        ends.append(j)
        if t.dot and not t.dotted_init:
            break
    ends.reverse()
    return ends


def _pick_given(toks: list[_Tok], i: int, allow_words: bool = True) -> int | None:
    for k in _given_options(toks, i, allow_words):
        last = toks[k - 1]
        if last.lparticle and not _terminates(toks, k) and not last.dot:
            continue
        if _terminates(toks, k) or last.dot:
            return k
    return None


def _skip_ellipsis(toks: list[_Tok], k: int) -> tuple[int, bool]:
    n = len(toks)
    if k < n and _is_ellipsis(toks[k]):
        k += 1
        if k < n and toks[k].text in (",", "&"):
            k += 1
        if k < n and toks[k].conj:
            k += 1
        return k, True
    return k, False


def _parse_inverted(toks: list[_Tok]) -> tuple[_Parse, bool] | None:
    """``Surname, I. I., Surname, I. & Surname, I.`` (plus Chicago/MLA continuation).

    Returns the parse and whether the first given name was written out in full.
    """
    n = len(toks)
    names: list[_Span] = []
    etal = False
    i = 0
    end = 0
    first_full = False
    last_item = False
    while True:
        j = _inverted_surname(toks, i)
        if j is None:
            break
        c = j
        while toks[c].text != ",":
            c += 1
        if c + 2 < n and toks[c + 1].core in _SUFFIX and toks[c + 2].text == ",":
            c += 2  # "Guerney, Jr., B. G."
        k = _pick_given(toks, c + 1)
        if k is None:
            break
        given = toks[c + 1 : k]
        if not names:
            first_full = any(g.given and not g.init for g in given)
        names.append((i, j))
        k = _after_name(toks, k)
        end = k
        last = toks[k - 1]
        if last_item:
            break
        if last.dot and last.given and not last.init and last.core not in _SUFFIX:
            break  # "Sharpe, Jenny. Title"
        k2, sep, trunc, via_conj = _separator(toks, k)
        if trunc:
            etal = True
            end = k2
            break
        if not sep:
            break
        k2, skipped = _skip_ellipsis(toks, k2)
        etal = etal or skipped
        if len(names) == 1 and first_full:
            nat = _parse_natural_items(toks, k2, False, via_conj, need_close=True)
            if nat is not None and nat[0]:
                names.extend(nat[0])
                end = nat[1]
                etal = etal or nat[2]
                break
        nj = _inverted_surname(toks, k2)
        while nj is not None and nj < n and toks[nj].text != ",":
            nj += 1
        if nj is None or _pick_given(toks, nj + 1) is None:
            if len(names) == 1:
                nat = _parse_natural_items(toks, k2, not first_full, via_conj, need_close=True)
                if nat is not None and nat[0]:
                    names.extend(nat[0])
                    end = nat[1]
                    etal = etal or nat[2]
            break
        last_item = via_conj
        i = k2
    if not names:
        return None
    return (names, end, etal), first_full


def _natural_item(
    toks: list[_Tok], i: int, initials_only: bool = False
) -> tuple[_Span, int, bool] | None:
    """``I. I. Surname`` / ``Given Surname`` / ``Given von Surname`` at i.

    Returns (surname span, index after the item, item closed by a full stop).
    """
    n = len(toks)
    j = i
    while j < n and j - i < 6:
        t = toks[j]
        if t.punct or t.conj or _etal_len(toks, j) or _is_ellipsis(t) or t.year:
            break
        if any(ch.isdigit() for ch in t.text):
            return None
        j += 1
        if t.dot and not t.dotted_init:
            break
    if j - i < 2:
        return None
    e = j  # end of the surname (exclusive)
    if toks[e - 1].core in _SUFFIX and e - i >= 3:
        e -= 1
    last = toks[e - 1]
    closed = toks[j - 1].dot and not toks[j - 1].dotted_init
    if not last.name or last.dotted_init:
        return None
    if closed:
        if last.core in _CONT_ABBR_LONG:
            return None
        nxt = toks[j] if j < n else None
        if nxt is not None and nxt.dot and len(last.core) <= 4 and nxt.core[:1].isupper():
            return None  # "J. Opt. Soc." is a journal, not a name
    elif not _terminates(toks, j, strict=True):
        return None
    s = e - 1
    while s - 1 > i and toks[s - 1].particle:
        s -= 1
    given = toks[i:s]
    if not given:
        return None
    for g in given:
        if g.dot and not g.dotted_init and not g.bare_init:
            return None
        if initials_only and not g.init:
            return None
        if not (g.init or g.given):
            return None
    if last.bare_init and all(not g.init for g in given):
        return None  # "Bauman RA": Vancouver order
    if all(g.given and not g.init for g in given) and len(given) > 3:
        return None
    return (s, e), j, closed


def _parse_natural_items(
    toks: list[_Tok],
    i: int,
    initials_only: bool = False,
    last_only: bool = False,
    need_close: bool = False,
) -> _Parse | None:
    """A list of natural-order names.

    With need_close, the list must end the way lists do (a name after "and",
    or "et al."), else None: used for the names after a first inverted one.
    """
    n = len(toks)
    names: list[_Span] = []
    etal = False
    end = i
    conj_last = False
    pending_conj = last_only
    while True:
        item = _natural_item(toks, i, initials_only)
        if item is None:
            break
        span, k, closed = item
        names.append(span)
        conj_last = pending_conj
        k = _after_name(toks, k)
        end = k
        if closed or last_only:
            break
        k2, sep, trunc, via_conj = _separator(toks, k)
        if trunc:
            etal = True
            end = k2
            break
        if not sep:
            break
        k2, skipped = _skip_ellipsis(toks, k2)
        etal = etal or skipped
        last_only = via_conj
        pending_conj = via_conj
        i = k2
    if not names:
        return None
    if need_close and not (conj_last or etal):
        nxt = toks[end] if end < n else None
        closed_list = len(names) >= 2 and toks[end - 1].dot
        if not closed_list and not (
            nxt is not None and nxt.text == "," and end + 1 < n and toks[end + 1].year
        ):
            return None
    return names, end, etal


def _vancouver_item(toks: list[_Tok], i: int) -> tuple[_Span, int] | None:
    """``Surname AB`` / ``van der Surname A.B.`` / ``SURNAME Given`` at i."""
    n = len(toks)
    if i >= n:
        return None
    t0 = toks[i]
    if t0.dot or t0.punct:
        return None
    if not (t0.name or t0.particle):
        nxt = toks[i + 1] if i + 1 < n else None
        if not (
            _NAMEWORD_RE.fullmatch(t0.core.translate(SHAPE))
            and len(t0.core) > 1
            and nxt is not None
            and (nxt.bare_init or nxt.dotted_init)
            and not t0.core.isupper()
        ):
            return None
    caps = t0.core.isupper() and len(t0.core) > 1
    j = i + 1
    while j < n and j - i < 4:
        t = toks[j]
        if j == i + 1 and not (t0.name or t0.particle):
            break
        if t.punct or t.dot or t.dotted_init or not (t.name or t.particle):
            break
        if caps and not t.core.isupper():
            break
        if t.bare_init and not (caps and len(t.core) > 2):
            break
        j += 1
    if not toks[j - 1].name and j - 1 != i:
        return None
    s_end = j
    # initials part
    k = j
    seen_dotted = False
    while k < n and k - j < 4:
        t = toks[k]
        if t.dotted_init:
            seen_dotted = True
        elif t.bare_init and not seen_dotted:
            pass
        else:
            break
        k += 1
        if t.dot and not t.dotted_init:
            break
    if k == j:
        # all-caps surname followed by given names: "BARONE Robert,"
        if caps:
            k = j
            while k < n and k - j < 3 and toks[k].given:
                k += 1
                if toks[k - 1].dot:
                    break
            if k == j:
                return None
            if not (toks[k - 1].dot or _terminates(toks, k)):
                return None
            return (i, s_end), k
        return None
    if k < n and toks[k].core in _SUFFIX and not toks[k - 1].dot:
        k += 1  # "Zarate CA Jr, Singh JB"
    if not (toks[k - 1].dot or _terminates(toks, k)):
        return None
    return (i, s_end), k


def _parse_vancouver(toks: list[_Tok]) -> _Parse | None:
    names: list[_Span] = []
    etal = False
    i = 0
    end = 0
    last_only = False
    while True:
        item = _vancouver_item(toks, i)
        if item is None:
            break
        span, k = item
        names.append(span)
        k = _after_name(toks, k)
        end = k
        last = toks[k - 1]
        if last_only:
            break
        k2, sep, trunc, via_conj = _separator(toks, k)
        if trunc:
            etal = True
            end = k2
            break
        if not sep:
            break
        if last.dot and not last.dotted_init:
            break
        k2, skipped = _skip_ellipsis(toks, k2)
        etal = etal or skipped
        last_only = via_conj
        i = k2
    if not names:
        return None
    return names, end, etal


def _corporate(toks: list[_Tok]) -> int | None:
    """End index of a corporate author at the start, if the first segment names one."""
    n = len(toks)
    j = 0
    found = False
    while j < n and j < 16:
        t = toks[j]
        if t.text in ("(", ":", ",", ";", "[", '"', "“") or t.year:
            break
        if t.core in _ORG_WORDS or (t.core.isupper() and t.core.capitalize() in _ORG_WORDS):
            found = True
        j += 1
        if t.dot and not t.dotted_init and not (len(t.core) <= 3 and t.core[:1].isupper()):
            break
    if not found or j == 0:
        return None
    if any(t.core[:1].islower() and not t.lparticle and t.core not in _ORG_LOWER for t in toks[:j]):
        return None
    if j >= 2:
        return j
    return None


def _span_text(s: str, toks: list[_Tok], starts: list[int], span: _Span) -> str:
    a, b = span
    return s[starts[a] : starts[b - 1] + len(toks[b - 1].core)]


def _runs_on(toks: list[_Tok], end: int) -> bool:
    """True when a name block ending at token ``end`` runs straight into more words: its
    last name closes with no mark ("Mouthwash", not "Berman.") and a word, not a mark, a
    year or the end of the string, comes next."""
    if end >= len(toks) or end == 0 or toks[end - 1].dot:
        return False
    return not (toks[end].punct or toks[end].year)


def _parse_authors(s: str) -> tuple[list[str], bool, int]:
    """Return (surnames, et_al, character offset where the author block ends)."""
    toks, starts = _tokenize(s, 400)
    if not toks:
        return [], False, 0
    corp = _corporate(toks)
    if corp is not None:
        name = _span_text(s, toks, starts, (0, corp))
        return [name], False, starts[corp] if corp < len(toks) else len(s)

    if len(toks) > 3 and toks[0].name and toks[1].text == "(":
        # "FERRIERES (Madeleine)," / "ALLEN (J.P.),"
        close = next((x for x in range(2, min(len(toks), 7)) if toks[x].text == ")"), None)
        if close is not None and close > 2 and all(t.init or t.given for t in toks[2:close]):
            end_c = starts[close + 1] if close + 1 < len(toks) else len(s)
            return [toks[0].core], False, end_c
    inv_r = _parse_inverted(toks)
    van = _parse_vancouver(toks)
    nat = _parse_natural_items(toks, 0)
    inv = inv_r[0] if inv_r else None

    chosen: _Parse | None = None
    if toks[0].dotted_init and nat:
        chosen = nat
    elif inv is not None:
        chunk = inv[0][0]
        chunk_len = chunk[1] - chunk[0]
        given_initials = inv_r is not None and not inv_r[1]
        inv_closed = inv[1] > 0 and toks[inv[1] - 1].dot and not toks[inv[1] - 1].dotted_init
        if chunk_len == 1 or toks[0].particle or given_initials or nat is None:
            chosen = inv
        elif len(nat[0]) > len(inv[0]):
            chosen = nat
        elif len(inv[0]) > len(nat[0]) or inv_closed:
            chosen = inv
        else:
            chosen = nat
    elif van is not None:
        first_dotted = toks[van[0][0][1]].dotted_init if van[0][0][1] < len(toks) else False
        use_nat = nat is not None and (len(nat[0]) > len(van[0]) or first_dotted)
        if use_nat and nat is not None and len(nat[0]) == len(van[0]) and _runs_on(toks, nat[1]):
            # "Smith J. Mouthwash and halitosis ...": read in natural order, the name would
            # run on into the title's words; one author with one initial closes with it
            use_nat = False
        chosen = nat if use_nat else van
    elif nat is not None:
        chosen = nat

    if chosen is None and toks[0].name:
        off = 2 if len(toks) > 2 and toks[1].text == "," else 1
        el = _etal_len(toks, off)
        if el:
            chosen = ([(0, 1)], off + el, True)
    if chosen is None:
        # single word or short capitalised chunk before the first punctuation
        j = 0
        while j < len(toks) and j < 8 and not toks[j].punct and not toks[j].year:
            j += 1
            if toks[j - 1].dot and not toks[j - 1].dotted_init:
                break
        if j and toks[0].core[:1].isupper():
            text = _span_text(s, toks, starts, (0, j))
            end_c = starts[j] if j < len(toks) else len(s)
            return [text], False, end_c
        return [], False, 0
    spans, end, etal = chosen
    names = [_span_text(s, toks, starts, sp) for sp in spans]
    end_c = starts[end] if end < len(toks) else len(s)
    return names, etal, end_c
