"""Every rule set the pipeline reads, loaded once from a data directory and passed in."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from .citations import CitationWords
from .enrich.funding import FundingFinder, FundingRules
from .enrich.gazetteer import Gazetteer
from .enrich.municipalities import MunicipalityTagger, PlaceCues
from .enrich.place_model import PlaceModel
from .enrich.similarity import StoryWords
from .enrich.topics import TopicVocabulary
from .identity import UrlNoise
from .outlets import OutletRegistry
from .relevance import Vocabulary
from .relevance_model import RelevanceModel
from .sites import SOURCES_FILE, SiteRegistry

DATA_DIR = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Rules:
    """The outlet registry, the sites and every vocabulary, each read and checked from its file."""

    outlets: OutletRegistry  # outlets.toml, or a researcher's own file
    url_noise: UrlNoise  # url_noise.toml
    sites: SiteRegistry  # the publishing systems of the sources file (scrapers/sources.toml)
    relevance: Vocabulary  # relevance.toml
    relevance_model: RelevanceModel  # relevance_model.json
    citations: CitationWords  # citations.toml
    topics: TopicVocabulary  # topics.toml
    funding: FundingFinder  # funding.toml, with the outlets as funders
    gazetteer: Gazetteer  # gazetteer/
    municipalities: MunicipalityTagger  # the gazetteer, municipalities.toml, place_model.json
    story_words: StoryWords  # similarity.toml


def load_rules(
    data_dir: str | Path = DATA_DIR,
    outlets_file: str | Path | None = None,
    sources_file: str | Path = SOURCES_FILE,
) -> Rules:
    """The rules in `data_dir` (`outlets_file` replaces its outlets); sites of `sources_file`."""
    data_dir = Path(data_dir)
    outlets = OutletRegistry.load(outlets_file or data_dir / "outlets.toml")
    gazetteer = Gazetteer.load(data_dir / "gazetteer")
    return Rules(
        outlets=outlets,
        url_noise=UrlNoise.load(data_dir / "url_noise.toml"),
        sites=SiteRegistry.load(sources_file),
        relevance=Vocabulary.load(data_dir / "relevance.toml"),
        relevance_model=RelevanceModel.load(data_dir / "relevance_model.json"),
        citations=CitationWords.load(data_dir / "citations.toml"),
        topics=TopicVocabulary.load(data_dir / "topics.toml"),
        funding=FundingFinder(FundingRules.load(data_dir / "funding.toml"), outlets,
                              gazetteer.name_words()),
        gazetteer=gazetteer,
        municipalities=MunicipalityTagger(
            gazetteer, PlaceCues.load(data_dir / "municipalities.toml"),
            PlaceModel.load(data_dir / "place_model.json"),
        ),
        story_words=StoryWords.load(data_dir / "similarity.toml"),
    )


def place_rules(data_dir: str | Path = DATA_DIR) -> MunicipalityTagger:
    """The place rules of `data_dir` without their model: what the place model is trained on."""
    data_dir = Path(data_dir)
    return MunicipalityTagger(Gazetteer.load(data_dir / "gazetteer"),
                              PlaceCues.load(data_dir / "municipalities.toml"))


@functools.cache
def default_rules() -> Rules:
    """The shipped rules, loaded once per process."""
    return load_rules()
