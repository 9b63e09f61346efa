"""The strict YAML reader's node view (compose_nodes), which the knowledge pack reads through."""

from __future__ import annotations

import pytest

from claimlint.core.yamlnodes import (
    MappingNode,
    Parser,
    ScalarNode,
    SequenceNode,
    YamlError,
    YamlTagError,
    compose_nodes,
    load_located,
)


def _has_libyaml() -> bool:
    import yaml

    return getattr(yaml, "CSafeLoader", None) is not None


PARSERS: list[Parser] = ["auto", "ruamel", *(["libyaml"] if _has_libyaml() else [])]


@pytest.fixture(params=PARSERS)
def parser(request: pytest.FixtureRequest) -> Parser:
    value: Parser = request.param
    return value


def test_scalars_keep_their_text_quoting_and_position(parser: Parser) -> None:
    node = compose_nodes("a: 12.10\nb: 'yes'\nc: |\n  text\nd: yes\ne: ~\n", "f.yml", parser=parser)
    assert isinstance(node, MappingNode) and (node.line, node.column) == (1, 1)
    got = [
        (k.value, v.value, v.plain, v.line, v.column)
        for k, v in node.pairs
        if isinstance(k, ScalarNode) and isinstance(v, ScalarNode)
    ]
    assert got == [
        ("a", "12.10", True, 1, 4),
        ("b", "yes", False, 2, 4),
        ("c", "text\n", False, 3, 4),
        ("d", "yes", True, 5, 4),
        ("e", "~", True, 6, 4),
    ]


def test_aliases_are_shared_nodes_and_cycles_end(parser: Parser) -> None:
    node = compose_nodes("a: &x [1, 2]\nb: *x\nc: &c [*c]\n", "f.yml", parser=parser)
    assert isinstance(node, MappingNode)
    (_, a), (_, b), (_, c) = node.pairs
    assert isinstance(a, SequenceNode) and a is b
    assert isinstance(c, SequenceNode) and c.items == [c]


def test_empty_document_is_none(parser: Parser) -> None:
    assert compose_nodes("# nothing\n", "f.yml", parser=parser) is None


@pytest.mark.parametrize(
    ("text", "tag", "where"),
    [
        ("a: 1\nb: !!python/object:os.system x\n", "tag:yaml.org,2002:python/object:os.system", 2),
        ("a: !local x\n", "!local", 1),
        ("<<: {a: 1}\n", "tag:yaml.org,2002:merge", 1),
        ("a: =\n", "tag:yaml.org,2002:value", 1),
    ],
)
def test_tags_other_than_the_plain_ones_are_refused(
    parser: Parser, text: str, tag: str, where: int
) -> None:
    if parser == "ruamel" and tag.endswith("value"):
        pytest.skip("ruamel.yaml's YAML 1.2 resolver has no value tag")
    with pytest.raises(YamlTagError) as info:
        compose_nodes(text, "f.yml", parser=parser)
    assert info.value.tag == tag and info.value.line == where
    assert str(info.value).startswith(f"f.yml:{where}:")


def test_merge_and_value_keys_are_refused_by_both_views() -> None:
    for text in ("<<: {a: 1}\n", "a: =\n"):
        with pytest.raises(YamlTagError):
            load_located(text, "f.yml")
        with pytest.raises(YamlTagError):
            compose_nodes(text, "f.yml")


def test_bad_yaml_is_located(parser: Parser) -> None:
    with pytest.raises(YamlError) as info:
        compose_nodes("a: [1\n", "f.yml", parser=parser)
    assert info.value.located and info.value.line == 2
    assert info.value.message.startswith("invalid YAML: ")


def test_an_error_without_a_position_says_so() -> None:
    with pytest.raises(YamlError) as info:
        compose_nodes("a: b\x07\n", "f.yml")
    assert not info.value.located
    assert "control characters are not allowed" in info.value.message
    # load_located reports the same error at 1:1, as it always has
    with pytest.raises(YamlError) as info:
        load_located("a: b\x07\n", "f.yml")
    assert str(info.value).startswith("f.yml:1:1: invalid YAML: ")


def test_deep_nesting_is_an_error_not_a_crash(parser: Parser) -> None:
    with pytest.raises(YamlError) as info:
        compose_nodes("a: " + "[" * 990 + "]" * 990 + "\n", "f.yml", parser=parser)
    assert "invalid YAML" in info.value.message
