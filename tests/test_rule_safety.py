"""Rule packs are untrusted: a catastrophic regular expression is refused at load time,
naming the rule and its file, and the built-in rules pass the same check."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_support import run, write

from claimlint.core.builtin import builtin_rules_dir
from claimlint.engine.regex_guard import find_slow, rule_patterns
from claimlint.engine.selfcheck import load_rules

pytestmark = pytest.mark.usefixtures("in_tmp")

RULE = """\
id: CL590
name: slow-pattern
category: hype
severity: warning
scope: sentence
kind: pattern
pattern: '{pattern}'
message: "'{{match}}' is hype"
what: A site rule.
why: A site policy.
example: "aaaa"
better: "b"
see: [{{title: Policy, url: "https://intranet.example/policy"}}]
examples:
  fail: ["aaaa"]
  pass: ["b"]
"""


def test_catastrophic_pattern_in_a_site_pack_is_a_rule_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path / "site" / "CL590-slow-pattern.yml", RULE.format(pattern="(a+)+$"))
    write(tmp_path / ".claimlint.yaml", "rule-paths: [site]\n")
    write(tmp_path / "post.md", "Text.\n")
    code, out, err = run(capsys, "check", "post.md")
    assert (code, out) == (2, "")
    path = (tmp_path / "site" / "CL590-slow-pattern.yml").resolve()
    assert err == (
        f"claimlint: error: {path}:6:7: rule CL590: a regular expression takes more than 1 s "
        "on a 1,000-character input (catastrophic backtracking?): (a+)+$\n"
    )


def test_linear_site_pattern_is_accepted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path / "site" / "CL590-slow-pattern.yml", RULE.format(pattern="a+"))
    write(tmp_path / ".claimlint.yaml", "rule-paths: [site]\n")
    write(tmp_path / "post.md", "aaaa\n")
    code, out, _ = run(capsys, "check", "--select", "CL590", "post.md")
    assert code == 1
    assert out.startswith("post.md:1:1: CL590 warning 'aaaa' is hype [hype]")


def test_builtin_patterns_pass_the_same_check() -> None:
    patterns = rule_patterns(load_rules([builtin_rules_dir()]).rules.values())
    assert len(patterns) >= 10  # CL108, CL109, CL114, CL201, CL403 carry patterns
    assert find_slow(patterns) is None


@pytest.mark.parametrize("pattern", [r"(\w+\s?)+$", r"(a|aa)+$", r"(x+x+)+y"])
def test_known_catastrophic_shapes_are_caught(pattern: str) -> None:
    slow = find_slow([("CL999", "pack/CL999-x.yml", pattern, 0)], budget=0.2)
    assert slow is not None and slow.pattern == pattern


def test_entry_point_checks_run_only_when_a_configured_rule_names_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    site = tmp_path / "site-packages"
    marker = tmp_path / "imported"
    write(
        site / "sneaky_check.py",
        "from pathlib import Path\n"
        f"Path({str(marker)!r}).write_text('imported')\n"
        "from claimlint.engine.checks import BaseCheck\n"
        "CHECK = BaseCheck()\n",
    )
    write(site / "sneaky-1.0.dist-info" / "METADATA", "Name: sneaky\nVersion: 1.0\n")
    write(
        site / "sneaky-1.0.dist-info" / "entry_points.txt",
        "[claimlint.checks]\nsneaky = sneaky_check:CHECK\n",
    )
    monkeypatch.syspath_prepend(str(site))
    write(tmp_path / "post.md", "Text.\n")
    assert run(capsys, "check", "post.md")[0] == 0
    assert not marker.exists()  # installed, but no configured rule names it
    write(
        tmp_path / "site" / "CL591-sneaky.yml",
        RULE.replace("kind: pattern\npattern: '{pattern}'", "kind: check\ncheck: sneaky")
        .replace("message: \"'{{match}}' is hype\"\n", "")  # a check gives its own
        .replace("CL590", "CL591")
        .replace("slow-pattern", "sneaky")
        .replace("{{", "{")
        .replace("}}", "}"),
    )
    write(tmp_path / ".claimlint.yaml", "rule-paths: [site]\n")
    code, _, err = run(capsys, "check", "post.md")
    assert marker.exists(), err
    assert code == 2  # loaded, then judged like any rule: its example is not flagged
    assert "examples.fail[0] is not flagged by CL591" in err


# -- the built-in pack ships proven; a site's pack is proved when it is loaded ---------------


def test_a_run_proves_the_site_pack_but_not_the_built_in_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimlint.engine import selfcheck

    proved: list[str] = []
    real = selfcheck.check_examples
    monkeypatch.setattr(
        selfcheck,
        "check_examples",
        lambda ruleset, rule, loc: (proved.append(rule.id), real(ruleset, rule, loc))[1],
    )
    write(tmp_path / "site" / "CL590-slow-pattern.yml", RULE.format(pattern="a{4}"))
    write(tmp_path / ".claimlint.yaml", "rule-paths: [site]\n")
    write(tmp_path / "post.md", "Text.\n")
    assert run(capsys, "check", "--no-cache", "post.md")[0] == 0
    assert proved == ["CL590"]


def test_rules_check_proves_every_rule_and_fails_on_a_bad_example(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path / "site" / "CL590-slow-pattern.yml", RULE.format(pattern="a{4}"))
    write(tmp_path / ".claimlint.yaml", "rule-paths: [site]\n")
    code, out, _ = run(capsys, "rules", "--check")
    assert code == 0
    assert out.endswith(" rules proved: every example and pattern\n")
    count = int(out.split()[0])
    write(tmp_path / "site" / "CL590-slow-pattern.yml", RULE.format(pattern="z{4}"))
    code, out, err = run(capsys, "rules", "--check")
    assert (code, out) == (2, "")
    assert "examples.fail[0] is not flagged by CL590" in err
    assert count > 40  # the built-in rules are proved too
