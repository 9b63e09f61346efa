"""``--fix``, ``--unsafe-fixes`` and ``--diff``: edits on the original bytes, atomic writes."""

from __future__ import annotations

import codecs
import json
import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimlint.core.model import Applicability, Edit, Fix, Span
from claimlint.run.fixes import FixError, StoredText, choose_fixes, unified_diff
from claimlint.text.source import SourceText
from tests.cli_support import run, write

REFERENCES = (
    "## References\n"
    "\n"
    "- Duman, R. S., Aghajanian, G. K., Sanacora, G., & Krystal, J. H. (2016). Synaptic "
    "plasticity and depression: New insights from stress and rapid-acting antidepressants. "
    "Nature Medicine, 22(3), 238-249.\n"
    "- Murrough, J. W., Iosifescu, D. V., Chang, L. C., et al. (2013). Antidepressant efficacy "
    "of ketamine in treatment-resistant major depression: A two-site randomized controlled "
    "trial. American Journal of Psychiatry, 170(10), 1134-1142.\n"
)
YEAR = "Duman et al. (2019) described how ketamine may affect synapses in depression.\n"
AUTHOR = "Murow et al. (2013) compared ketamine with midazolam in depression.\n"
POST = "# Ketamine and depression\n\n" + YEAR + AUTHOR + "\n" + REFERENCES
FIXED_YEAR = POST.replace("(2019)", "(2016)")
FIXED_BOTH = FIXED_YEAR.replace("Murow et al.", "Murrough et al.")
CL3 = ("--isolated", "--select", "CL3")
CL302_AT = (
    "{}:4:1: CL302 warning 'Murow et al. (2013)': no listed author is called Murow; it most "
    "likely means Murrough et al. (2013), 'Antidepressant efficacy of ketamine in ...' "
    "[citation-author-mismatch]\n"
)


def check(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    return run(capsys, "check", *CL3, *args)


def leftovers(folder: Path) -> list[str]:
    """Files a fix left behind (temporary files are ``.NAME.*.claimlint-tmp``)."""
    return [p.name for p in folder.iterdir() if p.name.endswith(".claimlint-tmp")]


# --------------------------------------------------------------------------- the CLI


def test_fix_applies_safe_fixes_and_reports_what_remains(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    post = write(in_tmp / "post.md", POST)
    code, out, err = check(capsys, "--fix", "post.md")
    assert post.read_text(encoding="utf-8") == FIXED_YEAR
    assert out == (
        CL302_AT.format("post.md") + "\n"
        "Found 1 finding (0 errors, 1 warning, 0 info) in 1 file.\n"
        "Fixed 1 finding in 1 file (1 more fixable with --unsafe-fixes).\n"
    )
    assert (code, err) == (1, "")


def test_unsafe_fixes_apply_wording_fixes_too(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    post = write(in_tmp / "post.md", POST)
    code, out, err = check(capsys, "--unsafe-fixes", "post.md")
    assert post.read_text(encoding="utf-8") == FIXED_BOTH
    assert out == "No findings in 1 file.\nFixed 2 findings in 1 file.\n"
    assert (code, err) == (0, "")


def test_fix_then_nothing_left_to_fix(in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(in_tmp / "post.md", FIXED_YEAR)
    code, out, _ = check(capsys, "--fix", "post.md")
    assert code == 1
    assert out.endswith(
        "Found 1 finding (0 errors, 1 warning, 0 info) in 1 file.\n"
        "No fixes applied (1 fixable with --unsafe-fixes).\n"
    )
    write(in_tmp / "clean.md", FIXED_BOTH)
    assert check(capsys, "--fix", "clean.md") == (0, "No findings in 1 file.\n", "")


def test_diff_prints_the_changes_and_writes_nothing(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    post = write(in_tmp / "post.md", POST)
    mtime = post.stat().st_mtime_ns
    code, out, err = check(capsys, "--diff", "post.md")
    assert out == (
        "--- post.md\n"
        "+++ post.md\n"
        "@@ -1,6 +1,6 @@\n"
        " # Ketamine and depression\n"
        " \n"
        "-Duman et al. (2019) described how ketamine may affect synapses in depression.\n"
        "+Duman et al. (2016) described how ketamine may affect synapses in depression.\n"
        " Murow et al. (2013) compared ketamine with midazolam in depression.\n"
        " \n"
        " ## References\n"
    )
    assert (code, err) == (1, "Would fix 1 finding in 1 file.\n")
    assert post.read_text(encoding="utf-8") == POST
    assert post.stat().st_mtime_ns == mtime
    assert leftovers(in_tmp) == []


def test_diff_with_unsafe_fixes_and_nothing_to_fix(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(in_tmp / "post.md", POST)
    code, out, err = check(capsys, "--diff", "--unsafe-fixes", "post.md")
    assert code == 1
    assert "+Murrough et al. (2013) compared ketamine with midazolam in depression.\n" in out
    assert err == "Would fix 2 findings in 1 file.\n"
    write(in_tmp / "clean.md", FIXED_BOTH)
    assert check(capsys, "--diff", "clean.md") == (0, "", "No fixes available.\n")


def test_diff_marks_a_missing_final_newline() -> None:
    assert unified_diff("p.md", b"a\r\nb (2019)", b"a\r\nb (2016)") == (
        "--- p.md\n"
        "+++ p.md\n"
        "@@ -1,2 +1,2 @@\n"
        " a\n"
        "-b (2019)\n\\ No newline at end of file\n"
        "+b (2016)\n\\ No newline at end of file\n"
    )


ENCODINGS: dict[str, Callable[[str], bytes]] = {
    "crlf": lambda t: t.replace("\n", "\r\n").encode("utf-8"),
    "bom-crlf": lambda t: codecs.BOM_UTF8 + t.replace("\n", "\r\n").encode("utf-8"),
    "cr": lambda t: t.replace("\n", "\r").encode("utf-8"),
    "utf16le-crlf": lambda t: codecs.BOM_UTF16_LE + t.replace("\n", "\r\n").encode("utf-16-le"),
    "utf16be": lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"),
    "non-ascii": lambda t: ("Über “Ketamin” — µg/kg. " + t).encode("utf-8"),
}


@pytest.mark.parametrize("label", sorted(ENCODINGS))
def test_encoding_bom_and_line_endings_are_preserved(
    in_tmp: Path, capsys: pytest.CaptureFixture[str], label: str
) -> None:
    encode = ENCODINGS[label]
    post = write(in_tmp / "post.md", encode(POST))
    code, out, _ = check(capsys, "--fix", "--quiet", "post.md")
    assert post.read_bytes() == encode(FIXED_YEAR)
    assert code == 1
    assert out.count("CL302") == 1


def test_the_remaining_findings_are_those_of_the_fixed_file(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # "Murow" becomes "Murrough": the unresolved citation after it moves 3 columns right.
    text = POST.replace(AUTHOR, "Murow et al. (2013) and Lapidus et al. (2014) compared them.\n")
    post = write(in_tmp / "post.md", text)
    assert check(capsys, "post.md")[1].splitlines()[2] == (
        "post.md:4:25: CL303 warning 'Lapidus et al. (2014)' matches no entry in the source "
        "list [citation-unresolved]"
    )
    code, out, _ = check(capsys, "--unsafe-fixes", "post.md")
    assert post.read_text(encoding="utf-8") == text.replace("(2019)", "(2016)").replace(
        "Murow", "Murrough"
    )
    assert out == (
        "post.md:4:28: CL303 warning 'Lapidus et al. (2014)' matches no entry in the source "
        "list [citation-unresolved]\n"
        "\n"
        "Found 1 finding (0 errors, 1 warning, 0 info) in 1 file.\n"
        "Fixed 2 findings in 1 file.\n"
    )
    assert code == 1


def test_every_wrong_year_on_a_line_is_fixed(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = POST.replace(YEAR, "Duman et al. (2019) and Duman et al. (2019) agree.\n")
    post = write(in_tmp / "post.md", text)
    code, out, _ = check(capsys, "--fix", "post.md")
    assert post.read_text(encoding="utf-8") == text.replace("(2019)", "(2016)")
    assert out.splitlines()[-1] == (
        "Fixed 2 findings in 1 file (1 more fixable with --unsafe-fixes)."
    )
    assert code == 1


def test_fix_from_stdin_prints_the_fixed_text(
    in_tmp: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io
    import sys

    data = POST.replace("\n", "\r\n").encode("utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    out_bytes = io.BytesIO()
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(out_bytes, encoding="utf-8"))
    code, _, err = check(capsys, "--fix", "-", "--stdin-filename", "post.md")
    sys.stdout.flush()
    assert out_bytes.getvalue() == FIXED_YEAR.replace("\n", "\r\n").encode("utf-8")
    assert err == (
        CL302_AT.format("post.md") + "\n"
        "Found 1 finding (0 errors, 1 warning, 0 info) in 1 file.\n"
        "Fixed 1 finding in 1 file (1 more fixable with --unsafe-fixes).\n"
    )
    assert code == 1
    assert not (in_tmp / "post.md").exists()


def test_stdin_without_fixes_is_printed_unchanged(
    in_tmp: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(FIXED_BOTH.encode())))
    out_bytes = io.BytesIO()
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(out_bytes, encoding="utf-8"))
    code, _, err = check(capsys, "--fix", "-")
    sys.stdout.flush()
    assert out_bytes.getvalue() == FIXED_BOTH.encode()
    assert (code, err) == (0, "No findings in 1 file.\n")


def test_json_report_after_fixing_stays_json(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(in_tmp / "post.md", POST)
    code, out, err = check(capsys, "--fix", "--format", "json", "post.md")
    payload = json.loads(out)
    assert [(f["rule"], f["line"], f["column"]) for f in payload["findings"]] == [("CL302", 4, 1)]
    assert err == "Fixed 1 finding in 1 file (1 more fixable with --unsafe-fixes).\n"
    assert code == 1


def test_only_files_with_fixes_are_rewritten(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    post = write(in_tmp / "posts" / "a.md", POST)
    other = write(in_tmp / "posts" / "b.md", FIXED_YEAR)
    before = other.stat().st_mtime_ns
    code, out, _ = check(capsys, "--fix", "posts")
    assert post.read_text(encoding="utf-8") == FIXED_YEAR
    assert other.stat().st_mtime_ns == before
    assert out.splitlines() == [
        CL302_AT.format("posts/a.md").rstrip("\n"),
        CL302_AT.format("posts/b.md").rstrip("\n"),
        "",
        "Found 2 findings (0 errors, 2 warnings, 0 info) in 2 files.",
        "Fixed 1 finding in 1 file (2 more fixable with --unsafe-fixes).",
    ]
    assert code == 1


def test_permissions_are_kept(in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    post = write(in_tmp / "post.md", POST)
    post.chmod(0o640)
    check(capsys, "--fix", "post.md")
    assert post.read_text(encoding="utf-8") == FIXED_YEAR
    assert stat.S_IMODE(post.stat().st_mode) == 0o640


def test_a_symlink_stays_a_symlink(in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = write(in_tmp / "real" / "post.md", POST)
    link = in_tmp / "post.md"
    link.symlink_to(target)
    check(capsys, "--fix", "post.md")
    assert link.is_symlink()
    assert target.read_text(encoding="utf-8") == FIXED_YEAR


def test_a_read_only_file_is_left_untouched(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    post = write(in_tmp / "post.md", POST)
    post.chmod(0o444)
    code, out, err = check(capsys, "--fix", "post.md")
    assert post.read_text(encoding="utf-8") == POST
    assert err == (
        "claimlint: error: cannot write fixes to post.md: the file is read-only; left unchanged\n"
    )
    assert "post.md:3:1: CL301 warning" in out  # the findings of the file as it is
    assert code == 2


def test_a_failed_write_leaves_the_file_and_no_temporary_file(
    in_tmp: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    post = write(in_tmp / "post.md", POST)

    def refuse(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    code, _, err = check(capsys, "--fix", "post.md")
    assert post.read_text(encoding="utf-8") == POST
    assert err == (
        "claimlint: error: cannot write fixes to post.md: No space left on device; left unchanged\n"
    )
    assert code == 2
    assert leftovers(in_tmp) == []


def test_an_undecodable_file_is_not_touched(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    post = write(in_tmp / "post.md", b"Duman \xff\n")
    code, out, err = run(capsys, "check", "--isolated", "--fix", "post.md")
    assert post.read_bytes() == b"Duman \xff\n"
    assert out.startswith("post.md:1:7: CL902 error invalid UTF-8 (byte 0xff); not linted")
    assert (code, err) == (1, "")


# --------------------------------------------------------------------------- units


def test_stored_text_maps_normalised_offsets_to_bytes() -> None:
    data = codecs.BOM_UTF8 + "é\r\nb\rc\n".encode()
    stored = StoredText.read(data)
    assert stored.text == "é\nb\nc\n"
    assert stored.offsets == (3, 5, 7, 8, 9, 10, 11)
    assert stored.newline == "\r\n"
    assert stored.apply([Edit(Span(2, 3), "B\nB")]) == codecs.BOM_UTF8 + "é\r\nB\r\nB\rc\n".encode()


def test_utf16_offsets() -> None:
    data = codecs.BOM_UTF16_BE + "a😀\nb".encode("utf-16-be")
    stored = StoredText.read(data)
    assert stored.offsets == (2, 4, 8, 10, 12)
    assert stored.apply([Edit(Span(1, 2), "x")]) == codecs.BOM_UTF16_BE + "ax\nb".encode(
        "utf-16-be"
    )


def test_an_edit_that_would_merge_line_breaks_is_refused() -> None:
    stored = StoredText.read(b"a\rX\nb")  # a lone CR, then X, then LF
    with pytest.raises(FixError, match="line endings"):
        stored.apply([Edit(Span(2, 3), "")])  # "a\r\nb": two line breaks would become one


def _fix(start: int, end: int, text: str = "x") -> Fix:
    return Fix((Edit(Span(start, end), text),), Applicability.SAFE)


def test_overlapping_fixes_keep_the_first() -> None:
    edits, applied = choose_fixes([_fix(5, 9, "b"), _fix(0, 6, "a"), _fix(9, 12, "c")], 20)
    assert [(e.span.start, e.span.end, e.replacement) for e in edits] == [
        (0, 6, "a"),
        (9, 12, "c"),
    ]
    assert applied == 2


def test_insertions_at_one_place_conflict_and_identical_fixes_count_once() -> None:
    edits, applied = choose_fixes([_fix(3, 3, "a"), _fix(3, 3, "b"), _fix(3, 3, "a")], 5)
    assert [e.replacement for e in edits] == ["a"]
    assert applied == 2  # the identical one is fixed by the same edit


def test_a_fix_with_one_conflicting_edit_is_dropped_whole() -> None:
    two = Fix((Edit(Span(0, 1), "a"), Edit(Span(4, 6), "b")), Applicability.SAFE)
    edits, applied = choose_fixes([_fix(5, 7), two], 10)
    assert [(e.span.start, e.span.end) for e in edits] == [(0, 1), (4, 6)]
    assert applied == 1
    edits, _ = choose_fixes([_fix(8, 30)], 10)  # past the end of the text
    assert edits == []


# --------------------------------------------------------------------------- property

_CHARS = st.sampled_from([*"ab é—“”µ😀\t.()", "\n", "\r\n", "\r"])
_ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "utf-16-le", "utf-16-be"])


def _encode(raw: str, encoding: str) -> bytes:
    if encoding == "utf-16-le":
        return codecs.BOM_UTF16_LE + raw.encode("utf-16-le")
    if encoding == "utf-16-be":
        return codecs.BOM_UTF16_BE + raw.encode("utf-16-be")
    return raw.encode(encoding)


@st.composite
def _files_and_fixes(draw: st.DrawFn) -> tuple[bytes, str, list[Fix]]:
    raw = "".join(draw(st.lists(_CHARS, max_size=40)))
    encoding = draw(_ENCODINGS)
    data = _encode(raw, encoding)
    n = len(SourceText.from_bytes(data, "p").text)
    fixes = []
    for _ in range(draw(st.integers(0, 6))):
        a = draw(st.integers(0, n))
        b = draw(st.integers(a, min(n, a + 5)))
        fixes.append(_fix(a, b, "".join(draw(st.lists(_CHARS, max_size=4)))))
    return data, encoding, fixes


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_files_and_fixes())
def test_applying_fixes_never_changes_a_byte_outside_the_fixed_spans(
    case: tuple[bytes, str, list[Fix]],
) -> None:
    data, encoding, fixes = case
    stored = StoredText.read(data)
    assert stored.text == SourceText.from_bytes(data, "p").text
    codec = "utf-8" if encoding.startswith("utf-8") else encoding
    for i, char in enumerate(stored.text):  # every character's bytes are that character
        piece = data[stored.offsets[i] : stored.offsets[i + 1]].decode(codec)
        assert piece == char or (char == "\n" and piece in ("\r\n", "\r"))
    edits, _ = choose_fixes(fixes, len(stored.text))
    try:
        result = stored.apply(edits)
    except FixError:
        return  # refused: the file is not written at all
    # Outside the edits, the result is the original, byte for byte, in order.
    at_old = at_new = 0
    for edit in edits:
        start, end = stored.offsets[edit.span.start], stored.offsets[edit.span.end]
        keep = data[at_old:start]
        assert result[at_new : at_new + len(keep)] == keep
        at_new += len(keep) + len(stored.encode(edit.replacement))
        at_old = end
    assert result[at_new:] == data[at_old:]
    assert result.startswith(stored.bom)
    # And the text reads back as the normalised text with the edits applied.
    expected = stored.text
    for edit in reversed(edits):
        expected = (
            expected[: edit.span.start]
            + edit.replacement.replace("\r\n", "\n").replace("\r", "\n")
            + expected[edit.span.end :]
        )
    assert SourceText.from_bytes(result, "p").text == expected
