"""The thesaurus the search reads: OpenThesaurus's nouns as the project ships them."""

from pipeline.thesaurus import MAX_RELATED, THESAURUS, related_nouns


def test_a_noun_has_the_nouns_of_its_groups_in_lower_case():
    assert related_nouns("Reanimation") == ("wiederbelebung",)
    assert related_nouns("einkaufszentrum")[:2] == ("shoppingmall", "einkaufscenter")


def test_a_noun_of_many_meanings_gets_at_most_max_related():
    # "Kurs": a course, an exchange rate, a heading, a line ...
    assert len(related_nouns("Kurs")) == MAX_RELATED
    assert "seminar" in related_nouns("Kurs")


def test_words_the_thesaurus_does_not_list_have_none():
    assert related_nouns("Kempen") == ()
    # Only nouns are kept: adjectives and phrases of the dump are dropped.
    assert related_nouns("kostenlos") == ()


def test_the_shipped_file_names_its_source_and_license():
    header = THESAURUS.read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("# OpenThesaurus (www.openthesaurus.de)")
    assert "LGPL 2.1" in header
