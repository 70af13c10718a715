"""Topics of an article from the controlled vocabulary in data/topics.toml, with evidence."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..datafile import TEXT, Patterns, Table, Tables, load_toml

SCHEMA = Table(
    required={
        "topic": Tables(
            Table(required={"slug": TEXT, "label": TEXT, "cues": Patterns()}), label="slug"
        )
    }
)


@dataclass(frozen=True)
class TopicTag:
    topic: str  # slug
    label: str
    evidence: str  # the words of the text that named it


@dataclass(frozen=True)
class Topic:
    slug: str
    label: str
    cues: re.Pattern  # all of the topic's cues, one alternation

    def evidence(self, text: str) -> str | None:
        """The whole words around the first cue in `text`, None when no cue matches."""
        first = self.cues.search(text)
        if not first:
            return None
        start = _word_start(text, first.start())
        end = _word_end(text, first.end())
        return text[start:end]


class TopicVocabulary:
    def __init__(self, topics: list[Topic]):
        self.topics = topics

    @classmethod
    def load(cls, path: str | Path) -> TopicVocabulary:
        """Read a topics file (the shipped one is data/topics.toml)."""
        data = load_toml(path, SCHEMA)
        return cls([_topic(table) for table in data["topic"]])

    def tag(self, text: str) -> list[TopicTag]:
        """Every topic whose cues occur in `text`, in vocabulary order."""
        tags = []
        for topic in self.topics:
            evidence = topic.evidence(text)
            if evidence:
                tags.append(TopicTag(topic.slug, topic.label, evidence))
        return tags


def _topic(table: dict) -> Topic:
    cues = re.compile(rf"(?<!\w)(?:{'|'.join(table['cues'])})", re.IGNORECASE)
    return Topic(table["slug"], table["label"], cues)


def _word_start(text: str, position: int) -> int:
    while position > 0 and (text[position - 1].isalnum() or text[position - 1] == "-"):
        position -= 1
    return position


def _word_end(text: str, position: int) -> int:
    while position < len(text) and (text[position].isalnum() or text[position] == "-"):
        position += 1
    return position
