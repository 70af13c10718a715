import pytest

from pipeline.enrich.amounts import find_amounts, parse_number


@pytest.mark.parametrize(
    ("text", "value", "written"),
    [
        ("mit 32.000 Euro gefördert", 32000.0, "32.000 Euro"),
        ("mit 32 000 Euro gefördert", 32000.0, "32 000 Euro"),
        ("mit 8000 Euro gefördert", 8000.0, "8000 Euro"),
        ("mit 50.000,-- Euro gefördert", 50000.0, "50.000,-- Euro"),
        ("mit 1,2 Millionen Euro gefördert", 1200000.0, "1,2 Millionen Euro"),
        ("rund drei Millionen Euro", 3000000.0, "drei Millionen Euro"),
        ("eine halbe Million Euro", 500000.0, "eine halbe Million Euro"),
        ("2,5 Mio. Euro", 2500000.0, "2,5 Mio. Euro"),
        ("ein Zuschuss von € 5.000", 5000.0, "€ 5.000"),
        ("EUR 12.500,50 wurden bewilligt", 12500.5, "EUR 12.500,50"),
        ("je 10.000 Euro", 10000.0, "10.000 Euro"),
        ("1.500€ Preisgeld", 1500.0, "1.500€"),
        # scales without a dot or in budget tables, a hyphenated compound, a dash after a dot
        ("1,5 Mio EUR für die Kitas", 1500000.0, "1,5 Mio EUR"),
        ("2 Mill. Euro vom Land", 2000000.0, "2 Mill. Euro"),
        ("Zuschuss: 50 TEUR", 50000.0, "50 TEUR"),
        ("Ansatz 2025: 120 T€", 120000.0, "120 T€"),
        ("ein 15.000-Euro-Zuschuss", 15000.0, "15.000-Euro"),
        ("350.- Euro je Kurs", 350.0, "350.- Euro"),
    ],
)
def test_amount_is_read_as_a_number(text, value, written):
    [amount] = find_amounts(text)
    assert (amount.value, amount.text) == (value, written)


@pytest.mark.parametrize(
    "text",
    [
        "zehn Euro Eintritt",  # a number word counts only with a scale
        "Am 24.01.2012 trafen sich 70 Fachkräfte.",  # no currency
    ],
)
def test_no_amount(text):
    assert find_amounts(text) == []


def test_a_year_before_a_prefixed_amount_is_not_an_amount():
    assert [a.value for a in find_amounts("stehen im Jahr 2016 € 20.000 bereit")] == [20000.0]


@pytest.mark.parametrize(
    ("written", "number"), [("32.000", 32000.0), ("1,2", 1.2), ("32 000", 32000.0)]
)
def test_parse_number(written, number):
    assert parse_number(written) == number
