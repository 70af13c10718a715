"""Generic main-text extraction: trafilatura on the already parsed tree."""

import re

import trafilatura
from lxml.html import HtmlElement

_SOURCE_LABEL = re.compile(r"^\s*Quellen?\s*:\s*", re.I)
# an attribution block is short; a longer paragraph starting "Quelle:" is body text
_MAX_SOURCE_BLOCK = 400


def extract_body(tree: HtmlElement, url: str | None) -> str | None:
    """The article text, one paragraph per block, paragraphs separated by blank lines."""
    document = trafilatura.bare_extraction(
        tree, url=url, include_comments=False, include_tables=True, with_metadata=False,
    )
    if document is None or not document.text:
        return None
    return trim_furniture(paragraphs(document.text.splitlines()))


# short lines that open a list of other articles, a newsletter box or a shop teaser
_FURNITURE_LINE = re.compile(
    r"^(?:weitere|mehr|ähnliche|verwandte|auch lesen|lesen sie auch|das könnte|beiträge aus|"
    r"kommentierte artikel|auch auf|empfehlungen|jetzt abonnieren|weiterlesen|noch mehr|"
    r"zum weiterlesen|passend dazu|top-?themen|meistgelesen|pressekontakt|"
    r"related|more from|read more|read next|more stories|you may also like|also read|"
    r"à lire aussi|lire aussi|notas relacionadas|contenido relacionado|lee también)\b",
    re.I,
)
_MAX_FURNITURE_LINE = 60


# single lines that are never article text: image credits, ad labels, login and paywall prompts
_JUNK_LINE = re.compile(
    r"^(?i:©|\(c\)\s|copyright\b|fotos?:|bild(?:er|quelle)?:|photo:|credits?:|anzeige\b|werbung$|"
    r"sie sind (?:aktuell )?nicht (?:eingeloggt|angemeldet)|jetzt (?:einloggen|anmelden|"
    r"registrieren|weiterlesen))"
    r"|^(?:[A-ZÄÖÜ-]{2,}\s+)*[A-ZÄÖÜ-]{2,}\s*/\s*(?:[A-ZÄÖÜ.-]{2,}\s+)*[A-ZÄÖÜ.-]{2,}$"
)
_CREDIT_END = re.compile(r"(?:©|foto:|bild:|photo:)\s*[^.!?]{0,60}$", re.I)
_MAX_JUNK_LINE = 80


def _is_junk(block: str) -> bool:
    if len(block) > _MAX_JUNK_LINE:
        return False
    return bool(_JUNK_LINE.match(block) or _CREDIT_END.search(block))


def trim_furniture(text: str | None) -> str | None:
    """Drop credit, prompt and "Weitere Artikel" lines; in the second half such a line
    opens the list of other articles, so the text ends there."""
    if not text:
        return text
    blocks = [b for b in text.split("\n\n") if not _is_junk(b)]
    half = sum(len(b) + 2 for b in blocks) // 2
    kept: list[str] = []
    seen = 0
    for block in blocks:
        if _opens_furniture(block):
            if kept and seen > half:
                break
            continue
        kept.append(block)
        seen += len(block) + 2
    return "\n\n".join(kept) or None


def _opens_furniture(block: str) -> bool:
    line = block.strip("|: ")
    return len(line) <= _MAX_FURNITURE_LINE and bool(_FURNITURE_LINE.match(line))


def paragraphs(lines: list[str]) -> str | None:
    """Join non-empty lines (whitespace collapsed) with blank lines between them."""
    kept = [" ".join(line.split()) for line in lines]
    text = "\n\n".join(line for line in kept if line)
    return text or None


def without_title(text: str | None, title: str | None) -> str | None:
    """The body without the headline that extraction often keeps as its first line."""
    if not text or not title:
        return text
    first, _, rest = text.partition("\n\n")
    return rest or None if _same(first, title) else text


def with_lead(text: str | None, lead: str | None) -> str | None:
    """The body opened by its lead when the extraction dropped it."""
    if not lead:
        return text
    if not text:
        return lead
    if " ".join(lead.split()) in " ".join(text.split()):
        return text
    return f"{lead}\n\n{text}"


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def split_sources(text: str | None) -> tuple[str | None, list[str]]:
    """Cut a trailing `Quelle:`/`Quellen:` block off the text; return (text, source lines)."""
    if not text:
        return text, []
    blocks = text.split("\n\n")
    for index in range(len(blocks) - 1, max(-1, len(blocks) - 9), -1):
        if _SOURCE_LABEL.match(blocks[index]) and _is_short(blocks[index:]):
            return paragraphs(blocks[:index]), source_lines(blocks[index:])
    return text, []


def _is_short(blocks: list[str]) -> bool:
    return sum(len(b) for b in blocks) <= _MAX_SOURCE_BLOCK


def source_lines(lines: list[str]) -> list[str]:
    """The source lines of an attribution block, its label stripped from the first one."""
    if not lines:
        return []
    first = _SOURCE_LABEL.sub("", lines[0], count=1)
    stripped = [" ".join(line.split()) for line in (first, *lines[1:])]
    return [line for line in stripped if line]
