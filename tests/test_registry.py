"""Rule packs: loading YAML rules and lexicons, and every way a pack is refused (exit 2)."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimlint.cli import main
from claimlint.core.builtin import builtin_rules_dir
from claimlint.engine.checks import BUILTIN
from claimlint.engine.kinds import KINDS
from claimlint.engine.rule import RuleError
from claimlint.engine.selfcheck import load_rules

HEAD = """\
id: CL501
name: miracle-language
category: hype
severity: warning
scope: sentence
kind: phrase
phrases: ["@miracle-words"]
message: "'{match}' is hype"
what: Finds miracle language about a treatment.
why: Hype sets expectations no treatment can meet.
example: "Ketamine is a miracle."
better: "Ketamine helps some people."
"""
EXAMPLES = """\
examples:
  fail:
    - "Ketamine is a wonder drug."
  pass:
    - "Ketamine is a medicine."
    - "Ketamine is not a miracle."
"""
RULE = HEAD + EXAMPLES  # 18 lines: examples on 13, fail texts from 15, pass texts from 17
LEXICON = "name: miracle-words\nterms:\n  - miracle\n  - wonder drug\n"
RULE_FILE = "CL501-miracle-language.yml"
LEXICON_FILE = "lexicons/miracle-words.yml"
# The error lists every lexicon it knows: the built-in ones and the pack's own.
BUILTIN_LEXICONS = ", ".join(
    sorted([p.stem for p in (builtin_rules_dir() / "lexicons").glob("*.yml")] + ["miracle-words"])
)


pytestmark = pytest.mark.usefixtures("in_tmp")


def make_pack(tmp_path: Path, files: dict[str, str]) -> Path:
    pack = tmp_path / "pack"
    for name, text in files.items():
        path = pack / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return pack


def pack_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str], *args: str
) -> str:
    """Run ``check`` with the pack; it must exit 2, print nothing and no traceback."""
    make_pack(tmp_path, files)
    (tmp_path / ".claimlint.yaml").write_text("rule-paths: [pack]\n", encoding="utf-8")
    (tmp_path / "post.md").write_text("Ketamine is a wonder drug.\n", encoding="utf-8")
    code = main(["check", *args, "post.md"])
    out, err = capsys.readouterr()
    assert (code, out) == (2, ""), err
    assert err.startswith("claimlint: error: ")
    assert "Traceback" not in err
    assert err.count("\n") == 1
    return err[len("claimlint: error: ") :].rstrip("\n")


def rule(**changes: str | None) -> str:
    """RULE with some top-level lines replaced (None deletes the key)."""
    lines = RULE.splitlines(keepends=True)
    out = []
    for line in lines:
        key = line.split(":", 1)[0]
        if key in changes:
            value = changes.pop(key)
            if value is not None:
                out.append(f"{key}: {value}\n")
            continue
        out.append(line)
    out += [f"{k}: {v}\n" for k, v in changes.items() if v is not None]
    return "".join(out)


def test_the_valid_user_pack_loads(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pack = make_pack(tmp_path, {RULE_FILE: RULE, LEXICON_FILE: LEXICON})
    ruleset = load_rules([builtin_rules_dir(), pack])
    loaded = ruleset.rules["CL501"]
    assert (loaded.name, loaded.category, loaded.kind, loaded.scope) == (
        "miracle-language",
        "hype",
        "phrase",
        "sentence",
    )
    assert loaded.examples_fail == ("Ketamine is a wonder drug.",)
    assert loaded.path == str(pack / RULE_FILE)
    assert ruleset.lexicons["miracle-words"].terms == ("miracle", "wonder drug")
    (tmp_path / ".claimlint.yaml").write_text("rule-paths: [pack]\n", encoding="utf-8")
    (tmp_path / "post.md").write_text("Ketamine is a wonder drug.\n", encoding="utf-8")
    assert main(["check", "--select", "CL5", "post.md"]) == 1
    out, err = capsys.readouterr()
    assert err == ""
    assert out.splitlines()[0] == "post.md:1:15: CL501 warning 'wonder drug' is hype [hype]"


def test_builtin_pack_and_its_examples() -> None:
    ruleset = load_rules([builtin_rules_dir()])
    assert sorted(ruleset.rules) == [
        *(f"CL1{n:02d}" for n in range(1, 37)),
        "CL201",
        *(f"CL3{n:02d}" for n in range(1, 15)),
        *(f"CL4{n:02d}" for n in range(1, 8)),
        "CL900",
        "CL901",
        "CL902",
        "CL903",
        "CL904",
    ]
    for loaded in ruleset.rules.values():
        assert loaded.path.endswith(f"{loaded.id}-{loaded.name}.yml")
        if loaded.kind != "system":
            assert loaded.examples_fail, loaded.id


def pack_path(tmp_path: Path, name: str = RULE_FILE) -> str:
    return str((tmp_path / "pack").resolve() / name)


ALLOWED_PHRASE = ", ".join(
    sorted(
        {
            "id",
            "name",
            "precedence",
            "category",
            "severity",
            "scope",
            "kind",
            "message",
            "suggestion",
            "what",
            "why",
            "example",
            "better",
            "see",
            "examples",
            "skip-blocks",
            "enabled",
            "precision",
            "jurisdictions",
            *KINDS["phrase"].params,
        }
    )
)


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        pytest.param(
            {RULE_FILE: rule(name="[miracle"), LEXICON_FILE: LEXICON},
            "3:9: invalid YAML: did not find expected ',' or ']'",
            id="broken-yaml",
        ),
        pytest.param(
            {RULE_FILE: RULE + "colour: red\n", LEXICON_FILE: LEXICON},
            f"19:1: unknown key 'colour' for kind 'phrase' (allowed: {ALLOWED_PHRASE})",
            id="unknown-key",
        ),
        pytest.param(
            {RULE_FILE: rule(kind="phrasal"), LEXICON_FILE: LEXICON},
            "6:7: unknown kind 'phrasal' (known: check, claim, condition-group, evidence, "
            "pattern, phrase, predicate, require, scored, system, testimonial)",
            id="unknown-kind",
        ),
        pytest.param(
            {RULE_FILE: rule(phrases='["hype", "@miracles"]'), LEXICON_FILE: LEXICON},
            f"7:19: unknown lexicon 'miracles' (known: {BUILTIN_LEXICONS})",
            id="unknown-lexicon",
        ),
        pytest.param(
            {RULE_FILE: rule(kind="pattern", phrases=None, pattern='"wonder( drug"')},
            "18:10: invalid regular expression: missing ), unterminated subpattern at position 6",
            id="invalid-regex",
        ),
        pytest.param(
            {"CL501-hype.yml": RULE, LEXICON_FILE: LEXICON},
            "1:5: file name must be 'CL501-miracle-language.yml'",
            id="file-name",
        ),
        pytest.param(
            {RULE_FILE: rule(id="CL51"), LEXICON_FILE: LEXICON},
            "1:5: rule id 'CL51' must be CL followed by three digits",
            id="bad-id",
        ),
        pytest.param(
            {RULE_FILE: rule(phrases=None), LEXICON_FILE: LEXICON},
            "6:7: kind 'phrase' needs 'phrases'",
            id="missing-parameter",
        ),
        pytest.param(
            {RULE_FILE: rule(severity="fatal"), LEXICON_FILE: LEXICON},
            "4:11: severity must be error, warning or info",
            id="bad-severity",
        ),
        pytest.param(
            {RULE_FILE: rule(scope="reference", kind="claim", phrases=None, trigger='["miracle"]')},
            "5:8: kind 'claim' runs in scope sentence, heading, block, front-matter, "
            "not 'reference'",
            id="scope-of-kind",
        ),
        pytest.param(
            {RULE_FILE: HEAD + "examples:\n  pass: [Fine.]\n", LEXICON_FILE: LEXICON},
            "14:3: a rule needs at least one 'examples.fail' text",
            id="no-fail-example",
        ),
        pytest.param(
            {RULE_FILE: rule(message='"{match"'), LEXICON_FILE: LEXICON},
            "8:10: bad message template: expected '}' before end of string",
            id="bad-template",
        ),
        pytest.param(
            {RULE_FILE: rule(kind="check", phrases=None, check="citation-style")},
            "7:1: kind 'check' rules take their message from the check; remove 'message'",
            id="check-with-message",
        ),
        pytest.param(
            {RULE_FILE: rule(severity="!!python/object:os.system warning"), LEXICON_FILE: LEXICON},
            "4:11: tag 'tag:yaml.org,2002:python/object:os.system' is not allowed",
            id="python-tag",
        ),
    ],
)
def test_bad_rule_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str], expected: str
) -> None:
    name = next(n for n in files if not n.startswith("lexicons/"))
    assert pack_error(tmp_path, capsys, files) == f"{pack_path(tmp_path, name)}:{expected}"


CLAIM = {"kind": "claim", "phrases": None, "trigger": '["miracle"]'}


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        pytest.param(
            {"skip-negated": "1"}, "19:15: 'skip-negated' must be true or false", id="flag"
        ),
        pytest.param(
            {"inflect": "verbs"}, "19:10: 'inflect' must be one of: none, verb, noun", id="choice"
        ),
        pytest.param(
            {**CLAIM, "outcome-window": "0"},
            "19:17: 'outcome-window' must be a whole number from 1 to 60",
            id="integer",
        ),
        pytest.param(
            {**CLAIM, "rewrite": "{miracle: 1}"},
            "19:20: 'rewrite' entries must map text to text",
            id="rewrite-entry",
        ),
        pytest.param(
            {**CLAIM, "pattern": "''"}, "19:10: 'pattern' must be a regular expression", id="regex"
        ),
        pytest.param(
            {"kind": "pattern", "phrases": None},
            "6:7: kind 'pattern' needs 'pattern'",
            id="required",
        ),
        pytest.param(
            {"kind": "evidence", "phrases": None, "cues": '["miracle"]', "patterns": "['(']"},
            "19:12: invalid regular expression: missing ), unterminated subpattern at position 0",
            id="regex-list-item",
        ),
        pytest.param(
            {"unless": "{a: b}"},
            "19:9: 'unless' must be a list of phrases or @lexicon names",
            id="phrases",
        ),
        pytest.param(
            {
                "scope": "document",
                "kind": "check",
                "phrases": None,
                "message": None,
                "check": "stale-evidence",
                "options": "3",
            },
            "18:10: 'options' must be a mapping",
            id="options",
        ),
    ],
)
def test_bad_parameter_value(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    changes: dict[str, str | None],
    expected: str,
) -> None:
    """A kind's parameter declaration says what its value must be, at the value."""
    files = {RULE_FILE: rule(**changes), LEXICON_FILE: LEXICON}
    assert pack_error(tmp_path, capsys, files) == f"{pack_path(tmp_path)}:{expected}"


def test_duplicate_id(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = rule(id="CL101", name="my-cure")
    message = pack_error(tmp_path, capsys, {"CL101-my-cure.yml": text, LEXICON_FILE: LEXICON})
    prefix = f"{pack_path(tmp_path, 'CL101-my-cure.yml')}:1:5: rule id CL101 is already used by "
    assert message.startswith(prefix)
    assert message.endswith("rules/CL101-unhedged-cure.yml")


def test_duplicate_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = rule(id="CL502", name="unhedged-cure")
    message = pack_error(tmp_path, capsys, {"CL502-unhedged-cure.yml": text, LEXICON_FILE: LEXICON})
    prefix = (
        f"{pack_path(tmp_path, 'CL502-unhedged-cure.yml')}:2:7: rule name "
        "'unhedged-cure' is already used by CL101 ("
    )
    assert message.startswith(prefix)
    assert message.endswith("rules/CL101-unhedged-cure.yml)")


def test_fail_example_that_is_not_flagged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = RULE.replace(
        '    - "Ketamine is a wonder drug."',
        '    - "Ketamine is a wonder drug."\n    - "Ketamine is a drug."',
    )
    assert pack_error(tmp_path, capsys, {RULE_FILE: text, LEXICON_FILE: LEXICON}) == (
        f"{pack_path(tmp_path)}:16:7: examples.fail[1] is not flagged by CL501: "
        "'Ketamine is a drug.'"
    )


def test_pass_example_that_is_flagged(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = RULE.replace('    - "Ketamine is not a miracle."', "    - A small miracle, they say.")
    assert pack_error(tmp_path, capsys, {RULE_FILE: text, LEXICON_FILE: LEXICON}) == (
        f"{pack_path(tmp_path)}:18:7: examples.pass[1] is flagged by CL501 at 1:9 "
        "('miracle' is hype): 'A small miracle, they say.'"
    )


def test_examples_are_checked_with_the_rule_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # a built-in rule flags this pass example; only CL501's own findings count
    text = RULE.replace('    - "Ketamine is a medicine."', '    - "Ketamine cures depression."')
    pack = make_pack(tmp_path, {RULE_FILE: text, LEXICON_FILE: LEXICON})
    assert "CL501" in load_rules([builtin_rules_dir(), pack]).rules


def test_examples_are_markdown_posts(tmp_path: Path) -> None:
    text = RULE.replace(
        '    - "Ketamine is a medicine."', '    - "```\\nKetamine is a wonder drug.\\n```\\n"'
    )
    pack = make_pack(tmp_path, {RULE_FILE: text, LEXICON_FILE: LEXICON})
    assert "CL501" in load_rules([builtin_rules_dir(), pack]).rules


def test_a_check_hit_without_a_message_is_an_internal_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # kind 'check' rules have no message template: the check must give every hit one
    (tmp_path / "modules").mkdir()
    (tmp_path / "modules" / "silent_check.py").write_text(
        "from claimlint.engine.checks import BaseCheck\n"
        "from claimlint.engine.rule import Hit\n"
        "class Silent(BaseCheck):\n"
        "    def check_unit(self, unit, ctx, options):\n"
        "        if 'wonder' in unit.text:\n"
        "            yield Hit(0, 8, {'match': unit.text[:8]})\n"
        "CHECK = Silent()\n",
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(str(tmp_path / "modules"))
    monkeypatch.setitem(BUILTIN, "silent", "silent_check")
    text = rule(kind="check", phrases=None, message=None, check="silent")
    assert pack_error(tmp_path, capsys, {RULE_FILE: text}) == (
        f"{pack_path(tmp_path)}:13:7: examples.fail[0]: rule CL501 (miracle-language) failed "
        "on this file: ValueError: the check gave a hit without a message, and kind 'check' "
        "rules have no 'message' template"
    )


@pytest.mark.parametrize(
    ("lexicon", "expected"),
    [
        (
            LEXICON + "colour: red\n",
            "5:1: unknown key 'colour' in lexicon (allowed: description, inflect, name, terms)",
        ),
        (
            "name: miracles\nterms: [miracle]\n",
            "1:7: lexicon name 'miracles' must match the file name 'miracle-words'",
        ),
        ("name: miracle-words\nterms: []\n", "2:8: 'terms' must be a non-empty list"),
        (
            "name: miracle-words\nterms: [miracle, '']\n",
            "2:18: every term must be a non-empty string",
        ),
        (
            "name: miracle-words\ninflect: adverb\nterms: [miracle]\n",
            "2:10: 'inflect' must be none, verb or noun",
        ),
        ("name: cure-words\nterms: [x]\n", None),
    ],
)
def test_bad_lexicon(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lexicon: str, expected: str | None
) -> None:
    if expected is None:  # a lexicon named like a built-in one
        files = {RULE_FILE: RULE, "lexicons/cure-words.yml": lexicon}
        message = pack_error(tmp_path, capsys, files)
        lexicon_path = str((tmp_path / "pack").resolve() / "lexicons/cure-words.yml")
        assert message.startswith(
            f"{lexicon_path}:1:7: lexicon 'cure-words' is defined twice (also in "
        )
        return
    message = pack_error(tmp_path, capsys, {RULE_FILE: RULE, LEXICON_FILE: lexicon})
    assert message == f"{pack_path(tmp_path, LEXICON_FILE)}:{expected}"


def test_missing_rule_folder() -> None:
    with pytest.raises(RuleError) as info:
        load_rules([builtin_rules_dir(), Path("no-such-folder")])
    assert str(info.value) == "no-such-folder:1:1: rule folder does not exist"


def test_rules_and_explain_refuse_a_bad_pack_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_pack(tmp_path, {RULE_FILE: rule(kind="phrasal"), LEXICON_FILE: LEXICON})
    (tmp_path / ".claimlint.yaml").write_text("rule-paths: [pack]\n", encoding="utf-8")
    for args in (["rules"], ["explain", "CL101"]):
        assert main(args) == 2
        out, err = capsys.readouterr()
        assert out == ""
        assert err.startswith(f"claimlint: error: {pack_path(tmp_path)}:6:7: unknown kind")


def test_pattern_groups_fill_numbered_placeholders(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """docs/writing-rules.md: in a pattern rule's message, {1}, {2} ... are its groups."""
    pattern_rule = rule(
        kind="pattern",
        phrases=None,
        pattern=r"'(\d+)% of (patients|clients)'",
        message="\"'{1}% of {2}' needs a source; {3} is left as written\"",
        suggestion="'Cite the study behind {1}%'",
        example="'80% of patients improve.'",
        better="'In one trial, 40% of patients improved [1].'",
    ).replace(
        EXAMPLES, "examples:\n  fail:\n    - 80% of patients improve.\n  pass:\n    - Ask us.\n"
    )
    make_pack(tmp_path, {RULE_FILE: pattern_rule})
    (tmp_path / ".claimlint.yaml").write_text("rule-paths: [pack]\n", encoding="utf-8")
    (tmp_path / "post.md").write_text("We find 75% of clients feel better.\n", encoding="utf-8")
    assert main(["check", "--select", "CL501", "--show-source", "post.md"]) == 1
    out, err = capsys.readouterr()
    assert err == ""
    lines = out.splitlines()
    assert lines[0] == (
        "post.md:1:9: CL501 warning '75% of clients' needs a source; {3} is left as written [hype]"
    )
    assert lines[3] == "  = suggestion: Cite the study behind 75%"
