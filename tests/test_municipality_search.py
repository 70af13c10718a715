"""The gazetteer's names are searched without re's start look-behind, and found all the same."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.enrich.municipalities import _alternation, _kreis_pattern
from pipeline.rules import default_rules

RULES = default_rules()
NAMES = ["Kempen", "Bad Salzuflen", "Salzuflen", "Neuss", "Rhein-Kreis Neuss", "Kreis Viersen",
         "Viersen", "Kempener"]
# Pieces texts are made of: names, parts of names, word characters, hyphens, spaces, umlauts.
PIECES = st.sampled_from([*NAMES, "Bad", "-", " ", "x", "_", "9", "ä", "s", "es", ".", "\n",
                          "Kreises", "Rhein-Sieg-Kreis", "Landkreis"])


def with_look_behind(pattern: str) -> re.Pattern:
    return re.compile(rf"(?<![\w-]){pattern}")


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, max_size=30).map("".join))
def test_names_are_found_where_the_look_behind_finds_them(text):
    names = _alternation(NAMES)
    expected = with_look_behind(names.rest.pattern)
    assert [m.span() for m in names.finditer(text)] == [m.span() for m in expected.finditer(text)]


@settings(max_examples=100, deadline=None)
@given(st.lists(PIECES, max_size=30).map("".join))
def test_kreise_are_found_where_the_look_behind_finds_them(text):
    for kreis in RULES.gazetteer.kreise():
        pattern = _kreis_pattern(kreis)
        expected = with_look_behind(pattern.rest.pattern)
        assert [m.span() for m in pattern.finditer(text)] \
            == [m.span() for m in expected.finditer(text)], kreis.name


def test_a_name_right_after_a_word_character_or_hyphen_is_no_name():
    names = _alternation(NAMES)
    text = "Kempen, Neu-Kempen, xKempen, Bad Salzuflen und XBad Salzuflen"
    assert [m.group() for m in names.finditer(text)] == ["Kempen", "Bad Salzuflen", "Salzuflen"]
