"""Rule packs are untrusted input: a regular expression that backtracks catastrophically
must not hang a commit hook or a CI job.

Python's ``re`` cannot be interrupted once a match has started, so the
patterns are tried in a separate process against inputs built to trigger
backtracking (long runs of one character class followed by a character that
makes the match fail). Exponential backtracking shows within a few dozen
characters; the probes are 1,000 characters long so that an ordinary pattern
that is merely quadratic on a long run (a digit run then a unit, on a line of digits) stays
far inside the budget. The parent gives each pattern a time budget and kills
the child when one exceeds it; that rule is then a rule error (exit status 2)
naming the rule and its file. The built-in rules pass the same check in the
test suite. The check runs when a rule pack is loaded and compiled, not per
file.
"""

from __future__ import annotations

import json
import os
import selectors
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from claimlint.engine.rule import Rule

#: CPU seconds one pattern may take on all the probe inputs together.
BUDGET = 1.0
#: Wall-clock seconds allowed per pattern, as a multiple of the budget.
_WALL_FACTOR = 5
#: Seconds the checking process may take to start.
_STARTUP = 30.0

#: Probe inputs: runs of one kind of character ended by one that breaks a match, plus runs
#: of each literal character of the pattern itself.
_PROBE_SOURCE = r"""
import json, re, sys, time
n = 1000
runs = ["a", "A", " ", "1", "-", ".", ",", "'", "(", "[", "*", "_", "é", "\t", "ab", "a ", "A a",
        "Ketamine ", "et al. ", "(Smith, 2019; ", "[1,", "http://", "<!-- ", "##"]
probes = []
for run in runs:
    body = run * (n // len(run))
    probes += [body + "!", body + "\n" + body + "\x00", "!" + body]
try:
    from re import _parser as sre_parse
except ImportError:  # Python 3.10
    import sre_parse

def literals(tree, out):
    for op, value in tree:
        if op is sre_parse.LITERAL:
            out.add(chr(value))
        elif isinstance(value, (list, tuple)):
            for item in value:
                if isinstance(item, sre_parse.SubPattern):
                    literals(item, out)
                elif isinstance(item, (list, tuple)):
                    for sub in item:
                        if isinstance(sub, sre_parse.SubPattern):
                            literals(sub, out)
    return out

print("ready", flush=True)
for line in sys.stdin:
    source, flags = json.loads(line)
    pattern = re.compile(source, flags)
    own = sorted(literals(sre_parse.parse(source, flags), set()))[:24]
    extra = [c * n + "!" for c in own] + ["".join(own) * (n // max(len(own), 1)) + "!"]
    started = time.process_time()
    for text in probes + extra:
        for _ in pattern.finditer(text):
            pass
    print("ok", time.process_time() - started, flush=True)
"""


def _read_line(stream: IO[str], selector: selectors.BaseSelector, timeout: float) -> str | None:
    """The next line from the checker, or None when it does not come within ``timeout``."""
    if not selector.select(timeout):
        return None
    line = stream.readline()
    return line.strip() if line else ""


def rule_patterns(rules: Iterable[Rule]) -> list[tuple[str, str, str, int]]:
    """``(rule id, file, pattern, flags)`` of every regular expression the rules carry."""
    return [
        (rule.id, rule.path, regex.pattern, int(regex.flags))
        for rule in rules
        for regex in rule.impl.regexes()
    ]


@dataclass(frozen=True, slots=True)
class SlowPattern:
    """A pattern that exceeded the budget."""

    rule_id: str
    path: str
    pattern: str


def find_slow(
    patterns: Iterable[tuple[str, str, str, int]], budget: float = BUDGET
) -> SlowPattern | None:
    """The first of ``(rule id, file, pattern, flags)`` that takes longer than ``budget``
    seconds on the probe inputs, or None when all finish in time."""
    items = list(patterns)
    if not items:
        return None
    child = subprocess.Popen(
        [sys.executable, "-c", _PROBE_SOURCE],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    assert child.stdin is not None and child.stdout is not None
    selector = selectors.DefaultSelector()
    selector.register(child.stdout, selectors.EVENT_READ)
    try:
        if _read_line(child.stdout, selector, _STARTUP) != "ready":
            return None  # the checker could not start (an overloaded machine): do not block
        for rule_id, path, source, flags in items:
            child.stdin.write(json.dumps([source, flags]) + "\n")
            child.stdin.flush()
            # A pattern is slow when its CPU time exceeds the budget; the wall-clock limit,
            # generous so that a busy machine does not fail a fast pattern, ends a hang.
            answer = _read_line(child.stdout, selector, budget * _WALL_FACTOR)
            if answer is None:
                return SlowPattern(rule_id, path, source)
            if not answer.startswith("ok "):
                return None
            if float(answer.split()[1]) > budget:
                return SlowPattern(rule_id, path, source)
        return None
    finally:
        selector.close()
        child.kill()
        child.wait()
