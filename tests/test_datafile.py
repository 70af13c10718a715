"""Every rules file is checked when loaded; a mistake names the file, the entry and the key."""

import re
import shutil
from datetime import date, datetime

import pytest

from pipeline.citations import CitationWords
from pipeline.datafile import (
    DAY,
    NUMBER,
    TEXT,
    DataFileError,
    Patterns,
    Table,
    Tables,
    Words,
    load_toml,
    read_csv,
)
from pipeline.enrich.funding import FundingRules
from pipeline.enrich.gazetteer import Gazetteer
from pipeline.enrich.municipalities import PlaceCues
from pipeline.enrich.similarity import StoryWords
from pipeline.enrich.topics import TopicVocabulary
from pipeline.identity import UrlNoise
from pipeline.rules import DATA_DIR

LOADERS = {
    "funding.toml": FundingRules.load,
    "topics.toml": TopicVocabulary.load,
    "url_noise.toml": UrlNoise.load,
    "citations.toml": CitationWords.load,
    "similarity.toml": StoryWords.load,
    "municipalities.toml": PlaceCues.load,
}


def changed_copy(tmp_path, name: str, old: str, new: str):
    """The shipped file `name` with `old` replaced by `new`, in tmp_path."""
    text = (DATA_DIR / name).read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / name
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


@pytest.mark.parametrize("name", LOADERS)
def test_the_shipped_file_loads(name):
    assert LOADERS[name](DATA_DIR / name)


@pytest.mark.parametrize(
    ("name", "old", "new", "message"),
    [
        ("funding.toml", 'share = ["Eigenanteil"', 'shares = ["Eigenanteil"',
         'missing key "share"'),
        ("funding.toml", 'phrases = ["Aktion Mensch"]', "",
         '[[funder]] 6 ("aktion-mensch"): missing key "phrases"'),
        ("funding.toml", 'cues = [\n    "förder"', 'cues = [\n    "(förder"',
         "cues: item 1 ('(förder') is no regular expression: "
         "missing ), unterminated subpattern at position 0"),
        ("funding.toml", 'municipality = ["Stadt", "Gemeinde"]', 'municipality = "Stadt"',
         "[local] municipality: expected a non-empty list of strings, got 'Stadt'"),
        ("funding.toml", 'each = ["je", ', 'jeder = ["je", ',
         '[qualifiers]: missing key "each"'),
        ("funding.toml", 'lwl = ["Arnsberg", "Detmold", "Münster"]', "lwl = 5",
         "[regional] lwl: expected a non-empty list of strings, got 5"),
        ("funding.toml", 'id = "bund"', "id = 7",
         "[[funder]] 2 (\"7\") id: expected a string, got 7"),
        ("topics.toml", 'cues = ["familienzentr", ', 'cue = ["familienzentr", ',
         '[[topic]] 1 ("familienzentrum"): missing key "cues"'),
        ("topics.toml", 'label = "Familienzentrum"\n', 'label = "Familienzentrum"\nlabels = 1\n',
         '[[topic]] 1 ("familienzentrum"): unknown key "labels"'),
        ("topics.toml", 'label = "Familienzentrum"', 'label = ""',
         '[[topic]] 1 ("familienzentrum") label: is empty'),
        ("topics.toml", '"präventionskette"', '"präventions[kette"',
         '[[topic]] 11 ("praeventionskette") cues: item 1 (\'präventions[kette\') is no regular '
         "expression: unterminated character set at position 11"),
        ("url_noise.toml", 'edition_params = ["amp", "print", "druck", "druckansicht"]\n', "",
         'missing key "edition_params"'),
        ("url_noise.toml", 'type = ["98"]', 'type = "98"',
         "[edition_param_values] type: expected a non-empty list of strings, got '98'"),
        ("url_noise.toml", 'tracking_prefixes = ["utm_"', 'tracking_prefixes = [""',
         "tracking_prefixes: item 1 ('') is not a non-empty string"),
        ("citations.toml", "\n[usage_cues]\n", "\n[usage]\n",
         'missing key "usage_cues"'),
        ("citations.toml", '"zeitungsbericht" = "newspaper article"', '"zeitungsbericht" = 1',
         "[usage_cues] zeitungsbericht: expected a string, got 1"),
        ("citations.toml", 'web_tlds = ["de", ', 'web_tlds = [1, ',
         "web_tlds: item 1 (1) is not a non-empty string"),
        ("similarity.toml", "function_words = [", "words = [",
         'missing key "function_words"'),
        ("municipalities.toml", "model_words = [", "models = [",
         'missing key "model_words"'),
        ("municipalities.toml", 'street_words = [', 'street_words = "Straße"\nx = [',
         "street_words: expected a non-empty list of strings, got 'Straße'"),
        ("municipalities.toml", '"Landesprogramms?"', '"Landesprogramms?)"',
         "land_names: item 4 ('Landesprogramms?)') is no regular expression: "
         "unbalanced parenthesis at position 16"),
    ],
)  # fmt: skip
def test_a_mistake_names_the_file_and_the_entry(tmp_path, name, old, new, message):
    path = changed_copy(tmp_path, name, old, new)
    with pytest.raises(DataFileError) as raised:
        LOADERS[name](path)
    assert str(raised.value) == f"{path}: {message}"


@pytest.fixture
def gazetteer_dir(tmp_path):
    return shutil.copytree(DATA_DIR / "gazetteer", tmp_path / "gazetteer")


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('not_adjectives = ["Hammer", "Kaller", "Lager"]', 'not_adjectives = "Hammer"',
         "not_adjectives: expected a non-empty list of strings, got 'Hammer'"),
        ('"05154008" = ["Emmerich"]', '"05154008" = "Emmerich"',
         "[short_names] 05154008: expected a non-empty list of strings, got 'Emmerich'"),
        ("ambiguous = [", "ambigous = [", 'unknown key "ambigous"'),
    ],
)  # fmt: skip
def test_a_mistake_in_the_gazetteer_names_is_named(gazetteer_dir, old, new, message):
    path = gazetteer_dir / "names.toml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(DataFileError) as raised:
        Gazetteer.load(gazetteer_dir)
    assert str(raised.value) == f"{path}: {message}"


@pytest.mark.parametrize("csv_name", ["nrw_gemeinden.csv", "de_gemeinden.csv"])
def test_a_gazetteer_table_without_a_column_is_named(gazetteer_dir, csv_name):
    path = gazetteer_dir / csv_name
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("einwohner", "bewohner", 1), encoding="utf-8")
    with pytest.raises(DataFileError) as raised:
        Gazetteer.load(gazetteer_dir)
    assert str(raised.value) == f'{path}: missing column "einwohner"'


def test_a_missing_csv_file_is_named(tmp_path):
    path = tmp_path / "none.csv"
    with pytest.raises(DataFileError, match=f"^{re.escape(str(path))}: "):
        read_csv(path, ("ags",))


PERIOD = Table(required={"name": TEXT}, optional={"from": DAY})
SCHEMA = Table(
    required={"weight": NUMBER},
    optional={"cues": Patterns(), "names": Words(may_be_empty=True),
              "entry": Tables(Table(required={"id": TEXT}, optional={"period": Tables(PERIOD)}),
                              label="id")},
)  # fmt: skip


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("weight = true", "weight: expected a number, got True"),
        ('weight = "2"', "weight: expected a number, got '2'"),
        ("weight = 1\nnames = []\nentry = []", "[[entry]]: expected one or more tables"),
        ("weight = 1\ncues = []", "cues: expected a non-empty list of strings, got []"),
        ('weight = 1\n[[entry]]\nid = "a"\n[[entry]]\nid = "b"\n[[entry.period]]\nname = "B"\n'
         "from = 2010-01-01T10:00:00",
         '[[entry]] 2 ("b") [[period]] 1 from: expected a date (YYYY-MM-DD), '
         "got datetime.datetime(2010, 1, 1, 10, 0)"),
        ("weight = 1\n[[entry]]\nname = 'x'", '[[entry]] 1: missing key "id"'),
        ("weight = 1\n[entry]\nid = 'x'", "[[entry]]: expected one or more tables"),
        ("[weight]", "weight: expected a number, got {}"),
    ],
)  # fmt: skip
def test_the_schema_names_where_a_value_breaks_it(tmp_path, content, message):
    path = tmp_path / "rules.toml"
    path.write_text(content + "\n", encoding="utf-8")
    with pytest.raises(DataFileError) as raised:
        load_toml(path, SCHEMA)
    assert str(raised.value) == f"{path}: {message}"


def test_a_file_that_fits_its_schema_is_returned_as_parsed(tmp_path):
    path = tmp_path / "rules.toml"
    path.write_text(
        'weight = 1.5\nnames = []\n[[entry]]\nid = "a"\n[[entry.period]]\nname = "A"\n'
        "from = 2010-01-01\n",
        encoding="utf-8",
    )
    assert load_toml(path, SCHEMA) == {
        "weight": 1.5,
        "names": [],
        "entry": [{"id": "a", "period": [{"name": "A", "from": date(2010, 1, 1)}]}],
    }
    assert not isinstance(load_toml(path, SCHEMA)["entry"][0]["period"][0]["from"], datetime)


def test_a_subclass_error_is_raised_when_asked_for(tmp_path):
    class RulesError(DataFileError):
        pass

    path = tmp_path / "rules.toml"
    path.write_text("names = []\n", encoding="utf-8")
    with pytest.raises(RulesError, match=re.escape(f'{path}: missing key "weight"')):
        load_toml(path, SCHEMA, RulesError)
