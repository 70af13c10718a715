"""The thesaurus the search reads: OpenThesaurus's one-word entries as the project ships them."""

from pipeline.thesaurus import MAX_RELATED, THESAURUS, related_nouns, related_words


def test_a_noun_has_the_nouns_of_its_groups_in_lower_case():
    assert related_nouns("Reanimation") == ("wiederbelebung",)
    assert related_nouns("einkaufszentrum")[:2] == ("shoppingmall", "einkaufscenter")


def test_a_noun_of_many_meanings_gets_at_most_max_related():
    # "Kurs": a course, an exchange rate, a heading, a line ...
    assert len(related_nouns("Kurs")) == MAX_RELATED
    assert "seminar" in related_nouns("Kurs")


def test_words_the_thesaurus_does_not_list_have_none():
    assert related_nouns("Kempen") == ()
    assert related_words("Kempen") == ()
    # Phrases of the dump ("zum Nulltarif") are dropped.
    assert all(" " not in word for word in related_words("kostenlos"))


def test_adjectives_verbs_and_adverbs_are_related_apart_from_nouns():
    assert related_nouns("kostenlos") == ()
    assert {"gratis", "unentgeltlich", "kostenfrei"} <= set(related_words("kostenlos"))
    assert "marode" in related_words("baufällig")
    assert related_words("Reanimation") == ()


def test_the_shipped_file_names_its_source_and_license():
    header = THESAURUS.read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("# OpenThesaurus (www.openthesaurus.de)")
    assert "LGPL 2.1" in header
