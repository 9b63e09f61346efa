"""Clause boundaries, negation and questions: what makes a matched phrase not a claim.

These are deliberately simple, explainable heuristics: a negator shortly
before the trigger in the same clause ("is not a cure", "no treatment works
for everyone") cancels it, except in the constructions that intensify
rather than negate ("not only", "no longer", "never again", "no more").
"""

from __future__ import annotations

import itertools
import re

from claimlint.core.lazyre import LazyPattern

_CLAUSE_BREAK = re.compile(
    r"[;:—–]|\s-\s|\((?!\s*(?:e\.g\.|i\.e\.))|\)"
    r"|,?\s+\b(?:but|while|whereas|although|though|however|yet|unlike|except)\b"
    # a result or a reason after a comma is a clause of its own ("hair never falls out, so
    # your results are permanent")
    r"|,\s+(?:so|because|since|which\s+means)\b",
    re.IGNORECASE,
)
#: A fronted prepositional phrase up to its comma ("For people who have not responded
#: to medication,", "With no need for pills,", "Among women who do not ovulate,").
_FRONTED = re.compile(
    r"\W*(?:for|in|among|amongst|with|without|despite|unlike|like|during|across|beyond)\b"
    r"[^,;:.]*,",
    re.IGNORECASE,
)
_LEADING_SUBORDINATE = re.compile(
    r"\W*(?:if|when|whenever|whether|although|though|while|once|after|before|unless|until|since|"
    r"because|as\s+soon\s+as|even\s+if)\b[^,;:.]*,",
    re.IGNORECASE,
)
_NEGATOR = re.compile(
    r"(?<![\w'’])(?:not(?!\s+only\b)(?!\s+just\b)"
    r"|no(?!\s+(?:longer|more|matter|doubt|question|denying|wonder)\b)(?!-)"
    r"|never(?!\s+again\b)|none|nothing(?!\s+(?:short|less)\s+(?:of|than)\b)|neither|nor|cannot|without\s+(?:any\s+)?(?:evidence|proof)"
    r"|\w+n['’]t|isnt|doesnt|dont|wont|cant|arent|hardly|rarely|unlikely\s+to|fails?\s+to"
    r"|failed\s+to|did\s+not|does\s+not|do\s+not)(?![\w'’])",
    re.IGNORECASE,
)
_SUBORDINATE = re.compile(r"(?i)\b(?:when|whenever|because|since|now\s+that|so\s+that|where)\b")
_UNIVERSAL = re.compile(r"(?i)nothing|none|no")


_comparison = LazyPattern(
    r"(?i)\b(?:better|more\s+effective|faster|quicker|more\s+quickly|longer|stronger|"
    r"as\s+(?:well|fast|quickly|effectively|much)|like|comes?\s+close|does\s+more|do\s+more)"
    r"\b(?:\s+than)?",
)


#: Items of a list of denials right before a position: "no downtime, ", "no stitches, zero
#: scars, ".
_DENIAL_LIST = re.compile(r"(?i)(?:(?:no|zero)\s+[\w-]+(?:\s+[\w-]+)?\s*,\s*)+")
_QUESTION_END = re.compile(r"\?[\s\"'’”)\]]*$")
_WORD = re.compile(r"[\w'’-]+")


#: "and" or "or" that joins a second predicate to the subject: "cures depression and
#: is completely safe", "can lift mood and gives most patients lasting relief". The word
#: after it is a verb form (a finite "-s" verb, a modal or copula), so a list of nouns
#: ("depression and anxiety") is not split; a plural noun after "and" is split too
#: ("and symptoms improve"), which only ever makes two findings of one sentence.
_SECOND_PREDICATE = re.compile(
    r",?\s+(?:and|or)\s+(?:also\s+|even\s+|then\s+)?(?="
    r"(?:is|are|was|were|has|have|had|can|could|will|would|may|might|must|should|"
    r"does|do|did|makes?|gives?|keeps?|brings?|helps?|works?|offers?|provides?|"
    r"\w+(?:s|ed))\b)",
    re.IGNORECASE,
)


def claim_parts(text: str) -> list[tuple[int, int]]:
    """``text`` cut into the parts that can each hold one claim: its clauses (see
    :func:`clause_bounds`) and, inside them, predicates joined by "and" or "or"."""
    known = _read(text)
    cuts = {0, len(text)} | {end for _, end in known.breaks}
    cuts |= {m.start() for m in _SECOND_PREDICATE.finditer(text)}
    if known.lead != -1:
        cuts.add(known.lead)
    ordered = sorted(cuts)
    return [(a, b) for a, b in itertools.pairwise(ordered) if a < b]


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause of ``text`` holding ``start:end``.

    Clauses are delimited by ; : dashes, brackets and contrast words, and a
    sentence that opens with a subordinate clause ("If you have PTSD, ...")
    has that clause end at its first comma.
    """
    a, b = 0, len(text)
    known = _read(text)
    lead, breaks = known.lead, known.breaks
    if lead != -1:
        if lead <= start:
            a = lead
        elif lead - 1 >= end:
            b = lead - 1
    for m_start, m_end in breaks:
        if m_end <= start:
            a = max(a, m_end)
        elif m_start >= end:
            b = min(b, m_start)
            break
    return a, b


class _Clauses:
    """What is known of one text: where a leading subordinate clause ends (-1: none), its
    clause breaks, and the answers :func:`is_negated` gave."""

    __slots__ = ("breaks", "lead", "negated", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        lead = _LEADING_SUBORDINATE.match(text)
        self.lead = lead.end() if lead is not None else -1
        self.breaks = [m.span() for m in _CLAUSE_BREAK.finditer(text)]
        self.negated: dict[tuple[int, int], bool] = {}


#: The texts read last: every rule asks about the same sentence in turn, each for its own
#: phrases, and the claim rules share triggers; a rule that asks about another text in
#: between (the sentence's block, a claim part) does not make the sentence read again. A
#: few entries, emptied when full, so nothing accumulates.
_RECENT: dict[str, _Clauses] = {}
_RECENT_MAX = 512


def _read(text: str) -> _Clauses:
    known = _RECENT.get(text)
    if known is None:
        if len(_RECENT) >= _RECENT_MAX:
            _RECENT.clear()
        known = _RECENT[text] = _Clauses(text)
    return known


def is_negated(text: str, start: int, window: int = 8) -> bool:
    """True when a negator stands within ``window`` words before ``start`` in its clause.

    "Nothing relieves pain better than ..." and "no other therapy works as fast
    as ..." are superlatives, not negations: a universal negator with a
    comparison after the trigger affirms the claim.
    """
    known = _read(text)
    answer = known.negated.get((start, window))
    if answer is None:
        answer = known.negated[start, window] = _negated(text, start, window)
    return answer


def _negated(text: str, start: int, window: int) -> bool:
    a, b = clause_bounds(text, start, start)
    fronted = _FRONTED.match(text, a)
    if fronted is not None and fronted.end() <= start:
        # "For adults who cannot use CPAP, Inspire is approved": a negator in a fronted
        # phrase (its relative clause, "with no ...") does not reach the clause after it
        a = fronted.end()
    before = text[a:start]
    words = list(_WORD.finditer(before))
    if not words:
        return False
    lo = words[max(0, len(words) - window)].start()
    found = _NEGATOR.search(before[lo:])
    if not found:
        return False
    if _SUBORDINATE.search(before, lo + found.end()):
        return False  # "no reason to live with OCD when TMS eliminates ...": scope ends at "when"
    if _DENIAL_LIST.fullmatch(before, lo + found.start()):
        return False  # "no downtime, no risk": items of a list of denials deny only themselves
    return not (
        _UNIVERSAL.fullmatch(found.group())
        and _comparison().search(text, start, b)
        and _only_a_subject(before[lo + found.end() :])
    )


def _only_a_subject(between: str) -> bool:
    """Whether only a subject stands between a universal negator and the trigger ("No
    treatment on earth | comes close"): "No study has shown that ..." and "Nobody should
    assume ..." deny what follows them, not its rivals."""
    return len(between.split()) <= 5 and not _not_a_subject().search(between)


#: Words that show more than a subject after a universal negator: punctuation that closes
#: it, another negation, a verb of saying, showing or proving, a modal, a copula, "that".
#: Compiled on first use: only a gap after a universal negator is tested.
_not_a_subject = LazyPattern(
    r"[,;:]|\b(?:not|never|no|nothing|none|nobody|without|that|has|have|had|shown|shows?"
    r"|suggests?|says?|said|proves?|proven|should|can|could|will|would|may|might|must"
    r"|is|are|was|were)\b|n't\b",
    re.IGNORECASE,
)


#: Words that may stand between a subject and its verb: auxiliaries and adverbs ("Dr. Lee
#: *has* worked", "she *has always* worked", "our nurses *also* work").
_BETWEEN_SUBJECT_AND_VERB = frozenset(
    [
        "has",
        "have",
        "had",
        "is",
        "are",
        "was",
        "were",
        "been",
        "be",
        "also",
        "still",
        "now",
        "previously",
        "already",
        "always",
        "since",
        "currently",
        "proudly",
        "both",
        "all",
        "personally",
        "once",
        "often",
        "mostly",
        "mainly",
        "'s",
        "'ve",
        "'d",
    ]
)
_WORD_OR_CONTRACTION = re.compile(r"\w[\w.+-]*(?:['’]\w+)?")
#: A title and a name ending a text: "Dr. Lee", "Prof Amal Haddad", "Nurse Kim".
_TITLED_NAME = re.compile(
    r"\b(?:Dr|Drs|Prof|Professor|Mr|Mrs|Ms|Mx|Nurse|Doctor|Coach)\.?\s+"
    r"(?:[A-Z][\w'’-]*\.?\s+){0,2}[A-Z][\w'’-]*$"
)


def subject_end(text: str, start: int, lo: int = 0) -> int:
    """Where the subject of the verb at ``start`` ends: right before it, or before the
    auxiliaries and adverbs between them ("Dr. Lee has worked": after "Lee"); a
    contraction's first part is the subject ("She's worked": after "She")."""
    pos = start
    for m in reversed(list(_WORD_OR_CONTRACTION.finditer(text, lo, start))):
        word = m.group().lower().replace("’", "'")
        head, _, tail = word.partition("'")
        if word in _BETWEEN_SUBJECT_AND_VERB:
            pos = m.start()
            continue
        if tail in ("s", "ve", "d"):
            return m.start() + len(head)
        return m.end()
    return pos


def is_titled_name(text: str, end: int) -> bool:
    """True when ``text`` up to ``end`` ends with a title and a name ("Dr. Lee")."""
    return _TITLED_NAME.search(text[:end]) is not None


#: A verb that asks or weighs, then "whether" or "if" within a few words: the clause
#: after it is an embedded question ("Ask your doctor whether ketamine is safe for you").
#: Compiled on first use: few sentences have a question word.
_embedded_question = LazyPattern(
    r"(?i)(?:\b(?:ask|asks|asked|asking|wonder|wonders|wondered|wondering|discuss|discusses|"
    r"discussed|discussing|check|checks|checked|checking|find\s+out|finding\s+out|know|"
    r"knows|knew|decide|decides|decided|deciding|determine|determines|determining|"
    r"consider|considers|considering|see|seeing|learn|explore|exploring|assess|assesses|"
    r"assessing|evaluate|evaluates|evaluating|figure\s+out|understand|question|questions|"
    r"unsure|not\s+sure|talk\s+about|talk\s+to|talking\s+about|review|reviews)\b"
    r"(?:\s+[\w'’.,-]+){0,5}?\s+(?:if|whether)\b|\bwhether\b)",
)


def is_embedded_question(text: str, start: int) -> bool:
    """True when the phrase at ``start`` stands in an embedded question of its clause:
    after "whether", or after "if" that follows a verb of asking or weighing ("ask your
    doctor *if* it is safe", "we will discuss *whether* TMS works for you"). A leading
    "whether ..., " clause ends at its comma (see :func:`clause_bounds`)."""
    a, _ = clause_bounds(text, start, start)
    before = text[a:start]
    if before.isascii():  # every match holds "if" or "whether" (no other text folds to them)
        low = before.lower()
        if "if" not in low and "whether" not in low:
            return False
    return _embedded_question().search(text, a, start) is not None


def is_question(text: str) -> bool:
    """True when the sentence ends with a question mark."""
    return bool(_QUESTION_END.search(text))


#: A preposition of place and a determiner, right before a word: the word names where
#: something happens, not what changes ("glands in the skin", "channels through the skin").
_PLACE_BEFORE = re.compile(
    r"(?i)\b(?:in|into|inside|through|under|beneath|below|across|within)\s+"
    r"(?:the|your|their|his|her)\s+$"
)


def names_a_place(text: str, start: int) -> bool:
    """True when the word at ``start`` follows a preposition of place and a determiner."""
    return _PLACE_BEFORE.search(text, max(0, start - 24), start) is not None


def relative_after(text: str, end: int, start: int) -> bool:
    """True when ``text[end:start]`` holds only a relative pronoun ("receptors that
    regulate appetite": what comes after is the noun's doing)."""
    between = text[end:start]
    return between[:1].isspace() and between.strip().lower() in ("that", "which")


#: A person's name in the possessive, and at most one word, right before a word ("Maria's
#: migraines", "Tom's chronic pain"): that person's case, not a promise to the reader.
_NAMED_OWNER = re.compile(
    r"(?:(?<![\w.])[A-Z][a-z]{2,}['’]s|\b(?:[Hh]is|[Hh]er))\s+(?:[a-z-]+\s+)?$"
)
#: What every match of :data:`_NAMED_OWNER` holds (it is case-sensitive).
_OWNER_CUES = ("'s", "’s", "his", "His", "her", "Her")


#: Eponyms and places whose possessive names a condition or a source, not a person.
_not_a_person = LazyPattern(
    r"(?:Parkinson|Alzheimer|Crohn|Hashimoto|Meniere|Ménière|Raynaud|Tourette|Huntington"
    r"|Cushing|Addison|Bell|Gehrig|Asperger|Sjogren|Sjögren|Today|America|Britain|England"
    r"|Harvard|Stanford|Yale|Mayo|Women|Children|People|Men|Nature|World|Earth|Europe"
    # the common nouns a title-cased headline capitalises ("Stop Your Child's Myopia")
    r"|Child|Kid|Baby|Son|Daughter|Partner|Husband|Wife|Mother|Mum|Mom|Dad|Father|Teen"
    r"|Teenager|Family|Patient|Client|Body|Skin|Brain|Heart|Doctor|Year|Life)['’]s\s",
)


#: A possessive followed by a superlative or a rank: a place's or an institution's best,
#: first or only ("the world's first", "London's leading", "Nature's strongest").
_RANKED = re.compile(
    r"[A-Z][a-z]+['’]s\s+(?:most|best|leading|largest|biggest|first|only|top|favou?rite"
    r"|number\s+one|no\.\s*1|#1|[a-z]{3,}est)\b"
)


def named_owner(text: str, start: int) -> tuple[int, int] | None:
    """Where the name owning the word at ``start`` stands ("Maria" in "Maria's migraines",
    "his" in "his mood"), or None when no person's name or pronoun owns it."""
    lo = max(0, start - 40)
    window = text[lo:start]
    if not any(word in window for word in _OWNER_CUES):
        return None  # every match holds one of them
    found = _NAMED_OWNER.search(text, lo, start)
    if found is None or _not_a_person().match(text, found.start()):
        return None
    if _RANKED.match(text, found.start()):
        return None  # "America's most successful", "Nature's strongest": a ranking, not a case
    name = _OWNER_WORD.match(text, found.start())
    return (found.start(), name.end()) if name else None


_OWNER_WORD = re.compile(r"[A-Za-z]+")
