"""The relevance text model: its n-grams, its file, its training, and how assess uses it."""

import glob
import json
import math
from pathlib import Path

import pytest
from click.testing import CliRunner
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

import pipeline.ngram_model
from pipeline.cli import cli
from pipeline.ngram_model import MIN_ITEMS
from pipeline.relevance import assess
from pipeline.relevance_model import (
    REGULARISATION,
    RelevanceModel,
    RelevanceModelError,
    ngrams,
    read_labelled_items,
    train,
)
from pipeline.rules import DATA_DIR, default_rules, load_rules

from .conftest import copied_data
from .test_relevance_hard_cases import (
    COMPANY_AND_PRIVATE_CHILDCARE_OUT,
    HOTLINE_AND_BONUS_IN_SCOPE,
    IN_SCOPE_WITH_A_NEAR_MISS_WORD,
    MORE_NEAR_MISSES,
    NEAR_MISSES,
    PARAPHRASES_IN_SCOPE,
)

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = DATA_DIR / "relevance_model.json"
VOCABULARY = default_rules().relevance
MODEL = default_rules().relevance_model
HARD_CASES = [
    *((title, text, True) for title, text in
      IN_SCOPE_WITH_A_NEAR_MISS_WORD + PARAPHRASES_IN_SCOPE + HOTLINE_AND_BONUS_IN_SCOPE),
    *((title, text, False) for title, text in
      NEAR_MISSES + MORE_NEAR_MISSES + COMPANY_AND_PRIVATE_CHILDCARE_OUT),
]  # fmt: skip
# Where the shipped judgement errs on them: close calls of the terms, each written with the
# term rule it tests, which the model outvotes. On the blind writers R–T, whom neither had
# seen, the terms alone erred on ten items of 198, the average on two (bench/data/blind/
# SCORES.md, round 11). Which close calls err moves with the training items: "Eltern sammeln
# Schulranzen für Familien" (parents' own collection: out), right since A2–C2, erred again
# after D2–F2 and is right again since the model read M2–O2; "Gemeinde bezuschusst
# Ferienfreizeiten" (a town's grant per child: in) erred after the model read K3–M3, was
# right again from N3–P3 and errs again since it read Z3–B4.
KNOWN_ERRORS = {
    "Landeskabinett beschließt Reform des Kinderbildungsgesetzes",  # the Land law reform: in
    "Familienzentrum feiert Sommerfest",  # a family centre's summer party: out
    # (erred on and off since round 29: items this close to the line move with every writer;
    # the town's grant for holiday camps, wrong in round 40, is right again with B6-D6's in
    # round 41, wrong again with H6-J6's in round 43, right again with K6-M6's in round 44,
    # wrong again with W6-Y6's in round 48, right again with Z6-B7's in round 49, wrong again
    # with I7-K7's in round 52 and right again with L7-N7's in round 53; the pool's family
    # ticket, a known error since round 40, is right again with F7-H7's in round 51; the Land
    # law reform and the family centre's summer party, known errors since round 40, right with
    # I7-K7's in round 52, are wrong again with L7-N7's in round 53)
}

# Items of our own, in the blind set's two kinds: a municipal measure, and family words elsewhere.
ITEMS = [
    {"title": "Stadt eröffnet Familienbüro", "relevant": True,
     "text": "Das Jugendamt berät Eltern künftig im neuen Familienbüro im Rathaus."},
    {"title": "Kreis fördert Familienhebammen", "relevant": True,
     "text": "Der Kreis stellt zwei Familienhebammen ein, die junge Familien zu Hause besuchen."},
    {"title": "Rat beschließt mehr Kita-Plätze", "relevant": True,
     "text": "Die Gemeinde baut zwei Kitas aus, damit alle Kinder einen Platz bekommen."},
    {"title": "Netzwerk gegen Kinderarmut gegründet", "relevant": True,
     "text": "Die Stadt und ihre Schulen gründen ein Netzwerk gegen Kinderarmut."},
    {"title": "Zoo senkt Preis der Familienkarte", "relevant": False,
     "text": "Der Tierpark verkauft seine Familienkarte im Winter zum halben Preis."},
    {"title": "Möbelhaus lädt zum Familientag", "relevant": False,
     "text": "Mit Hüpfburg und Kinderschminken wirbt das Möbelhaus am Samstag um Kunden."},
    {"title": "Einbruch in Kita", "relevant": False,
     "text": "Unbekannte stahlen in der Nacht Laptops aus einer Kita, die Polizei ermittelt."},
    {"title": "Familienunternehmen feiert Jubiläum", "relevant": False,
     "text": "Die Bäckerei feiert ihr hundertjähriges Bestehen mit einem Fest für Kunden."},
]


def test_ngrams_are_each_words_padded_letters_with_the_title_read_twice():
    assert ngrams("Kita", "ab") == [
        " ki", "kit", "ita", "ta ", " kit", "kita", "ita ", " kita", "kita ",
        " ki", "kit", "ita", "ta ", " kit", "kita", "ita ", " kita", "kita ",
        " ab", "ab ", " ab ",
    ]  # fmt: skip


def test_the_model_computes_what_scikit_learn_computes(tmp_path):
    """The file keeps TF-IDF and the regression's weights: read back, it gives scikit-learn's
    own probabilities on texts it was not trained on."""
    model = train(ITEMS)
    model.save(tmp_path / "model.json")
    read_back = RelevanceModel.load(tmp_path / "model.json")
    vectorizer = TfidfVectorizer(analyzer=lambda item: ngrams(item["title"], item["text"]),
                                 sublinear_tf=True, min_df=MIN_ITEMS)
    fitted = LogisticRegression(C=REGULARISATION, max_iter=5000).fit(
        vectorizer.fit_transform(ITEMS), [item["relevant"] for item in ITEMS])
    texts = [{"title": "Familienbüro im Rathaus", "text": "Eltern finden Rat beim Jugendamt."},
             {"title": "Tierpark im Winter", "text": "Die Familienkarte kostet weniger."},
             {"title": None, "text": ""}]
    expected = fitted.predict_proba(vectorizer.transform(texts))[:, 1]
    assert model.trained_on == read_back.trained_on == len(ITEMS)
    for text, probability in zip(texts, expected, strict=True):
        assert read_back.probability(text["title"], text["text"]) == pytest.approx(
            probability, abs=1e-7)


def test_the_shipped_model_is_the_one_the_blind_sets_dev_parts_train():
    """`make relevance-model` wrote it from these items: a changed item needs a new model."""
    items = [item for path in sorted(glob.glob(
        str(ROOT / "bench" / "data" / "blind" / "items" / "relevance-*.dev.jsonl")))
        for item in read_labelled_items(path)]  # fmt: skip
    shipped, trained = RelevanceModel.load(SHIPPED), train(items)
    assert shipped.trained_on == len(items), "retrain the shipped model: make relevance-model"
    assert shipped.weights.keys() == trained.weights.keys()
    # The solver's last digits may differ with another numpy or BLAS, not its answers.
    differences = [abs(shipped.probability(item["title"], item["text"])
                       - trained.probability(item["title"], item["text"])) for item in items]
    assert max(differences) < 1e-4


def test_assess_averages_the_terms_score_with_the_models_probability():
    """Terms that let a zoo's family ticket in (a Familienkarte counts for them) are outvoted
    by a model sure that a zoo's offer is not family policy."""
    title, text = "Familienkarte im Zoo", "Die Stadt verkauft die Familienkarte im Zoo günstiger."
    sure_about_zoos = RelevanceModel({" zoo": (1.0, -8.0)}, intercept=0.0, trained_on=1)
    terms = assess(title, text, VOCABULARY)
    both = assess(title, text, VOCABULARY, model=sure_about_zoos)
    probability = round(1 / (1 + math.exp(8.0)), 3)
    assert terms.relevant and terms.model_probability is None
    assert both.model_probability == probability == 0.0
    assert both.score == round((terms.score + probability) / 2, 3)
    assert not both.relevant
    assert both.reason == f"{terms.reason}; text model: 0.00"


def test_the_shipped_judgement_on_the_hard_cases_of_the_terms():
    wrong = {title for title, text, label in HARD_CASES
             if assess(title, text, VOCABULARY, model=MODEL).relevant != label}  # fmt: skip
    assert len(HARD_CASES) == 33
    assert wrong == KNOWN_ERRORS


def test_a_text_without_any_known_ngram_gets_the_models_prior():
    model = RelevanceModel({" zoo": (1.0, -8.0)}, intercept=0.0, trained_on=1)
    assert model.probability("Rat tagt", "Heute keine Tiere.") == 0.5


MODEL_FILE = ('{"format": "familienarchiv-relevance-model/1", "ngrams": %s, "idf": %s, '
              '"weights": %s, "intercept": %s, "trained_on": %s}')
NUMBERS = ("idf must be numbers above 0 and at most 50, weights and the intercept numbers of "
           "at most 1000 either way")


@pytest.mark.parametrize(("content", "message"), [
    ("{", "Expecting property name enclosed in double quotes: line 1 column 2 (char 1)"),
    ('{"format": "other/1"}', "not a relevance model (familienarchiv-relevance-model/1)"),
    ('{"format": "familienarchiv-relevance-model/1", "ngrams": [" a"], "idf": [], '
     '"weights": [], "intercept": 0, "trained_on": 1}',
     "ngrams, idf and weights must be lists of one length, at most 200000"),
    ("[]", "not a relevance model (familienarchiv-relevance-model/1)"),
    (MODEL_FILE % ('["abcdefg"]', "[1]", "[1]", 0, 1), "every n-gram must be 1 to 5 characters"),
    (MODEL_FILE % ('[" a", " a"]', "[1, 1]", "[1, 1]", 0, 1), "an n-gram is listed twice"),
    (MODEL_FILE % ('[" a"]', "[1]", "[Infinity]", 0, 1), NUMBERS),
    (MODEL_FILE % ('[" a"]', "[1]", '["1"]', 0, 1), NUMBERS),
    (MODEL_FILE % ('[" a"]', "[1]", "[true]", 0, 1), NUMBERS),
    (MODEL_FILE % ('[" a"]', "[0]", "[1]", 0, 1), NUMBERS),
    (MODEL_FILE % ('[" a"]', "[1]", "[1e6]", 0, 1), NUMBERS),
    (MODEL_FILE % ('[" a"]', "[1]", "[1]", "null", 1), NUMBERS),
    (MODEL_FILE % ('[" a"]', "[1]", "[1]", 0, -1), "trained_on must be a count of items"),
    (MODEL_FILE % ('[" a"]', "[1]", "[1]", 0, 3.5), "trained_on must be a count of items"),
])  # fmt: skip
def test_a_broken_model_file_is_a_clear_error(tmp_path, content, message):
    path = tmp_path / "relevance_model.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RelevanceModelError) as error:
        RelevanceModel.load(path)
    assert str(error.value) == f"{path}: {message}"


def test_a_model_file_too_large_is_refused_before_it_is_read(tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline.ngram_model, "MAX_BYTES", 1_000)
    path = tmp_path / "relevance_model.json"
    path.write_text(" " * 1_001, encoding="utf-8")
    with pytest.raises(RelevanceModelError) as error:
        RelevanceModel.load(path)
    assert str(error.value) == f"{path}: larger than 1000 bytes"


def test_the_rules_refuse_a_data_directory_with_a_broken_model(tmp_path):
    data = copied_data(tmp_path, "relevance_model.json", '"format":"familienarchiv-relevance',
                       '"format":"someone-else')
    with pytest.raises(RelevanceModelError) as error:
        load_rules(data)
    assert str(error.value) == (
        f"{data / 'relevance_model.json'}: not a relevance model "
        "(familienarchiv-relevance-model/1)")


def test_the_training_command_writes_a_model_the_rules_read(tmp_path):
    items = tmp_path / "items.jsonl"
    items.write_text("\n".join(json.dumps(item, ensure_ascii=False) for item in ITEMS) + "\n",
                     encoding="utf-8")
    out = tmp_path / "relevance_model.json"
    result = CliRunner().invoke(cli, ["train-relevance-model", str(items), "--out", str(out)])
    model = RelevanceModel.load(out)
    assert result.exit_code == 0, result.output
    assert result.output == f"{out}: {len(model.weights)} n-grams from 8 items\n"
    assert model.trained_on == len(ITEMS)


@pytest.mark.parametrize("broken", [
    '{"title": "Ohne Urteil", "text": "…"}',
    '{"text": "Ohne Titel", "relevant": true}',
])  # fmt: skip
def test_the_training_command_names_the_line_of_a_broken_item(tmp_path, broken):
    items = tmp_path / "items.jsonl"
    items.write_text(json.dumps(ITEMS[0]) + "\n" + broken + "\n", encoding="utf-8")
    out = tmp_path / "relevance_model.json"
    result = CliRunner().invoke(cli, ["train-relevance-model", str(items), "--out", str(out)])
    assert result.exit_code == 1
    assert result.output == (f"Error: {items}:2: an item needs a title, a text and relevant "
                             "(true or false)\n")
    assert not out.exists()


def test_the_training_command_refuses_items_of_one_kind_and_keeps_the_model(tmp_path):
    items = tmp_path / "items.jsonl"
    items.write_text("\n".join(json.dumps(item) for item in ITEMS if item["relevant"]),
                     encoding="utf-8")
    out = tmp_path / "relevance_model.json"
    out.write_text("the model before", encoding="utf-8")
    result = CliRunner().invoke(cli, ["train-relevance-model", str(items), "--out", str(out)])
    assert result.exit_code == 1
    assert result.output == ("Error: training needs at least 2 relevant and 2 other items, "
                             "got 4 and 0\n")
    assert out.read_text(encoding="utf-8") == "the model before"
