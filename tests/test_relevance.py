import json
import re
from pathlib import Path

import pytest

from pipeline.relevance import (
    WEIGHTS,
    Relevance,
    RelevanceDataError,
    Vocabulary,
    assess,
    fold,
)
from pipeline.rules import DATA_DIR, default_rules

from .conftest import founding_page_text

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PATH = DATA_DIR / "relevance.toml"

CENTRE_TITLE = "Familienzentrum Regenbogen eröffnet"
CENTRE_TEXT = (
    "Die Stadt Kempen hat am Montag ein neues Familienzentrum eröffnet. Das Jugendamt bietet "
    "dort eine Erziehungsberatung an. Das Familienzentrum wird vom Land gefördert."
)
VOCABULARY = default_rules().relevance
TERMS = {term.label: term for term in VOCABULARY.terms}


def test_family_centre_story_is_in_with_its_reason():
    assert assess(CENTRE_TITLE, CENTRE_TEXT, VOCABULARY) == Relevance(
        score=0.789,
        relevant=True,
        reason="Familienzentrum (title ×3), Erziehungsberatung (body), Förderung (body), "
        "local actor: Jugendamt, Stadt",
        matched=("Familienzentrum", "Erziehungsberatung", "Förderung", "Jugendamt", "Stadt"),
    )


def test_crime_story_about_a_family_is_out_with_the_words_that_said_so():
    verdict = assess(
        "Familienvater nach Streit festgenommen",
        "Die Polizei hat in Krefeld einen 40-jährigen Familienvater festgenommen. "
        "Die Staatsanwaltschaft ermittelt wegen gefährlicher Körperverletzung.",
        VOCABULARY,
    )
    assert verdict == Relevance(
        score=0.0,
        relevant=False,
        reason="no family-policy term, against: crime "
        "(title ×5: festgenommen, polizei, staatsanwaltschaft, ermittelt)",
        matched=("crime",),
    )


def test_school_sports_story_is_out():
    verdict = assess(
        "Grundschule gewinnt Stadtmeisterschaft",
        "Die Kinder der Grundschule am Park haben das Finale mit 2:1 gewonnen. "
        "Eltern feuerten die Mannschaft an.",
        VOCABULARY,
    )
    assert (verdict.relevant, verdict.matched) == (False, ("Eltern", "sports"))


@pytest.mark.parametrize(
    ("text", "relevant", "matched"),
    [
        ("Der Bundestag hat mehr Kindergeld für Familien beschlossen.", False,
         ("Familien", "national politics")),
        ("Das Jugendamt der Stadt Moers erklärt Familien das neue Kindergeld im Familienbüro.",
         True, ("Familienbüro", "Familien", "Jugendamt", "Stadt")),
    ],
    ids=["national-only", "with-local-actor"],
)  # fmt: skip
def test_national_politics_counts_against_only_without_a_local_actor(text, relevant, matched):
    verdict = assess("Mehr Kindergeld", text, VOCABULARY)
    assert (verdict.relevant, verdict.matched) == (relevant, matched)


def test_local_actor_alone_earns_nothing():
    text = "Der Bürgermeister der Stadt eröffnete ihn."
    verdict = assess("Bürgermeister gibt Radweg frei", text, VOCABULARY)
    assert verdict == Relevance(0.0, False, "no family-policy term", ())


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Im Kreis gibt es drei neue Familienzentren.", "Familienzentrum"),
        ("Das Stadtteil-Familienzentrum wächst.", "Familienzentrum"),
        ("Die Stadt schafft 60 Kita-Plätze.", "Kita-Ausbau"),
        ("Die Stadt schafft 60 Kitaplätze.", "Kita-Ausbau"),
        ("Der U3-Ausbau kommt voran.", "Kita-Ausbau"),
        ("Die Familienbüros beraten Eltern.", "Familienbüro"),
        ("Das Netzwerk Frühe Hilfen wächst.", "Frühe Hilfen"),
        ("Die Stadt gründet ein Netzwerk gegen Kinderarmut.", "Netzwerk gegen Kinderarmut"),
        ("Der Ausschuss berät das Kinder- und Jugendbeteiligungskonzept.",
         "Kinder- und Jugendbeteiligung"),
        ("FAMILIENHEBAMMEN besuchen junge Eltern.", "Familienhebamme"),
    ],
)  # fmt: skip
def test_word_forms_and_compounds_find_the_term(text, label):
    assert assess(None, text, VOCABULARY).matched[0] == label


def test_longest_match_claims_the_words():
    # "Familienunternehmen" is a business cue, not also a mention of "Familien".
    verdict = assess("Jubiläum", "Das Familienunternehmen feiert.", VOCABULARY)
    assert verdict.matched == ("business",)


def test_a_term_in_the_title_weighs_more_than_in_the_body():
    in_title = assess("Familienpass kommt", "Der Rat hat zugestimmt.", VOCABULARY)
    body = "Der Rat hat zugestimmt. Es gibt einen Familienpass."
    in_body = assess("Neu im Rathaus", body, VOCABULARY)
    assert (in_title.score, in_body.score) == (0.652, 0.579)


@pytest.mark.parametrize(("threshold", "relevant"), [(0.7, True), (0.8, False)])
def test_threshold_override_moves_the_line_not_the_score(threshold, relevant):
    verdict = assess(CENTRE_TITLE, CENTRE_TEXT, VOCABULARY, threshold=threshold)
    assert (verdict.score, verdict.relevant) == (0.789, relevant)


@pytest.mark.parametrize(("title", "text"), [(None, None), ("", ""), ("  ", None), (None, "\n")])
def test_empty_input_is_out(title, text):
    assert assess(title, text, VOCABULARY) == Relevance(0.0, False, "no family-policy term", ())


def test_founding_page_is_in():
    verdict = assess(None, founding_page_text(), VOCABULARY)
    assert verdict.relevant is True
    assert verdict.matched[0] == "Netzwerk gegen Kinderarmut"


def test_shipped_vocabulary_settings():
    assert (VOCABULARY.threshold, VOCABULARY.half_points) == (0.5, 4.0)
    assert len(TERMS) == len(VOCABULARY.terms)  # labels are unique


@pytest.mark.parametrize("term", VOCABULARY.terms, ids=lambda term: term.label)
def test_every_vocabulary_entry_is_valid(term):
    low, high = WEIGHTS[term.kind]
    assert low <= term.weight <= high
    for pattern in term.patterns:
        # Each pattern finds its own words written out (a `*` standing for no letters).
        assert term.regex.fullmatch(fold(pattern.replace("*", ""))), pattern


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ('[[topic]]\nlabel = "Kita"\nweight = 9\npatterns = ["kita"]',
         '[[topic]] 1 ("Kita"): weight 9 is outside 0.5..5.0'),
        ('[[against]]\nlabel = "crime"\nweight = 2\npatterns = ["polizei"]',
         '[[against]] 1 ("crime"): weight 2 is outside -5.0..-0.5'),
        ('[[actor]]\nlabel = "Stadt"\nweight = 1\npatterns = []',
         '[[actor]] 1 ("Stadt") patterns: expected a non-empty list of strings, got []'),
        ('[[topic]]\nlabel = "Kita"\nweight = 1\npatterns = ["**"]',
         '[[topic]] 1 ("Kita"): every pattern must be a non-empty string'),
        ('[[topic]]\nlabel = "Kita"\nweight = 1\npatterns = ["kita"]\nunless_actor = true',
         '[[topic]] 1 ("Kita"): unless_actor is only for [[against]] terms'),
        ('[[topic]]\nlabel = "Kita"\nweight = 1\npatterns = ["kita"]\npublic = false',
         '[[topic]] 1 ("Kita"): public is only for [[actor]] terms'),
        ('[[against]]\nlabel = "crime"\nweight = -2\npatterns = ["polizei"]\nonly_with = ["Kita"]',
         '[[against]] 1 ("crime"): only_with is only for [[topic]] terms'),
        ('[[topic]]\nlabel = "Kita"\nweight = 1\npatterns = ["kita"]\nonly_with = ["strike"]',
         'Kita: only_with names no term: \'strike\''),
    ],
)  # fmt: skip
def test_invalid_vocabulary_entry_is_refused(tmp_path, entry, message):
    settings = DEFAULT_PATH.read_text(encoding="utf-8").split("\n[[topic]]")[0]
    path = tmp_path / "relevance.toml"
    path.write_text(f"{settings}\n{entry}\n", encoding="utf-8")
    with pytest.raises(RelevanceDataError, match=re.escape(f"{path}: {message}")):
        Vocabulary.load(path)


def test_vocabulary_without_settings_is_refused(tmp_path):
    path = tmp_path / "relevance.toml"
    path.write_text("[settings]\nthreshold = 0.5\n", encoding="utf-8")
    message = f'{path}: [settings]: missing key "half_points"'
    with pytest.raises(RelevanceDataError, match=re.escape(message)):
        Vocabulary.load(path)


def test_labelled_set_is_half_on_topic_with_every_fourth_item_held_back():
    lines = (ROOT / "bench" / "data" / "relevance_gold.jsonl").read_text(encoding="utf-8")
    items = [json.loads(line) for line in lines.splitlines()]
    assert len(items) == 182
    assert len({item["id"] for item in items}) == 182
    assert sum(item["relevant"] for item in items) == 91
    assert [i for i, item in enumerate(items, 1) if item["split"] == "held-back"] == list(
        range(4, 183, 4)
    )


def test_a_strike_that_is_over_is_the_background_of_a_measure_not_a_strike_story():
    # (round 37) "Nach dem Streik", "Streik ist vorbei" claim the strike's word and weigh little
    body = "Die Stadt Kempen richtet eine Notbetreuung für Kita-Kinder ein."
    over = assess("Nach dem Streik: Stadt baut Notbetreuung aus", body, VOCABULARY)
    on = assess("Streik: Stadt baut Notbetreuung aus", body, VOCABULARY)
    assert "strike over" in over.matched and "strike" not in over.matched
    assert "strike" in on.matched and over.score > on.score


def test_emergency_care_a_town_sets_up_after_a_strike_is_its_answer():
    # (round 49) "Notfallbetreuung" is the town's answer to a strike, like "Notbetreuung"
    body = ("Der lange Kita-Streik hat Folgen: Die Stadt Kempen richtet eine Notfallbetreuung "
            "für berufstätige Eltern ein.")
    found = assess("Nach dem Streik: Neues Angebot in Kempen", body, VOCABULARY)
    other = assess("Nach dem Streik: Neues Angebot in Kempen",
                   body.replace("Notfallbetreuung", "Sprechstunde"), VOCABULARY)
    assert "Strike consequences decided by the municipality" in found.matched
    assert found.score > other.score
