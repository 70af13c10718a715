"""Generic main-text extraction: trafilatura on the already parsed tree."""

import re

import trafilatura
from lxml import etree
from lxml.html import HtmlElement

_SOURCE_LABEL = re.compile(r"^\s*Quellen?\s*:\s*", re.I)
# an attribution block is short; a longer paragraph starting "Quelle:" is body text
_MAX_SOURCE_BLOCK = 400


def extract_body(tree: HtmlElement, url: str | None, drop: tuple[str, ...] = ()
                 ) -> str | None:
    """The article text, one paragraph per block, paragraphs separated by blank lines.

    `drop`: XPath expressions of blocks left out (an outlet's furniture), pruned from
    trafilatura's own copy of the tree.

    trafilatura's main extractor runs alone first: its fallbacks (readability and jusText, run
    on every page and compared) cost a third of its time and change the text of about one page
    in twenty, nearly all of them pages where the main extractor failed visibly. Only there
    does the whole cascade run.
    """
    text = _trafilatura_text(tree, url, drop, fast=True)
    if falls_short(text, tree):
        text = _trafilatura_text(tree, url, drop, fast=False)
    if not text:
        return None
    return trim_furniture(paragraphs(text.splitlines()))


def _trafilatura_text(tree: HtmlElement, url: str | None, drop: tuple[str, ...], fast: bool
                      ) -> str | None:
    document = trafilatura.bare_extraction(
        tree, url=url, include_comments=False, include_tables=True, with_metadata=False,
        prune_xpath=list(drop) or None, fast=fast,
    )
    return document.text if document is not None else None


# A menu item, a table cell, a button: what a block of a navigation dump is
_MENU_LINE = 30
# The main extractor's visible failures: mostly menu-sized blocks (it took the whole page,
# navigation and all), or less than a tenth of the text the page holds in paragraphs (it stopped
# at the first box)
_MAX_MENU_SHARE = 0.5
_MIN_PARAGRAPH_SHARE = 0.1
_PARAGRAPH_TEXT = etree.XPath("//p//text()")


def falls_short(text: str | None, tree: HtmlElement) -> bool:
    """Whether the main extractor's text shows one of its failures, which the fallbacks mend."""
    if not text:
        return True
    blocks = [line for line in text.splitlines() if line.strip()]
    if sum(len(block.strip()) <= _MENU_LINE for block in blocks) > _MAX_MENU_SHARE * len(blocks):
        return True
    in_paragraphs = sum(len(" ".join(piece.split())) for piece in _PARAGRAPH_TEXT(tree))
    return len(text) < _MIN_PARAGRAPH_SHARE * in_paragraphs


# short lines that open a list of other articles, a newsletter box or a shop teaser
_FURNITURE_LINE = re.compile(
    # "Mehr zum Thema", "Mehr Artikel", not a subhead "Mehr Geld für Kitas"
    r"^(?:(?:noch )?mehr(?:\s+\S+){0,2}?\s*(?:artikel|beiträge|nachrichten|meldungen|news|"
    r"themen|stories|videos|bilder|texte|infos|informationen|zum thema|dazu|aus\b|von\b|"
    r"über\b|lesen|:)|mehr\s*$|"
    r"auch lesen|lesen sie auch|das könnte|beiträge aus|"
    r"kommentierte artikel|auch auf|empfehlungen|jetzt abonnieren|weiterlesen|"
    r"zum weiterlesen|passend dazu|top-?themen|meistgelesen|pressekontakt|"
    r"wie (?:hat|gefällt) (?:ihnen|dir) (?:dieser|der|dieses) (?:artikel|beitrag|text)|"
    r"infos zum zitiervorschlag|zitiervorschlag|"
    r"unterstützen sie (?:unseren|unabhängigen) journalismus|"
    r"über (?:den|die) autor(?:in)?\b|zur autorin\b|zum autor\b|alle artikel von|"
    r"related|more from|read more|read next|more stories|you may also like|also read|"
    r"à lire aussi|lire aussi|notas relacionadas|contenido relacionado|lee también)\b",
    re.I,
)
_MAX_FURNITURE_LINE = 60


# single lines that are never article text: image credits, ad labels, login and paywall prompts,
# a translated article's link to its original ("Lest den Originalartikel auf Englisch hier.")
_JUNK_LINE = re.compile(
    r"^(?i:©|\(c\)\s|copyright\b|fotos?:|bild(?:er|quelle)?:|photo:|credits?:|anzeige\b|werbung$|"
    r"sie sind (?:aktuell )?nicht (?:eingeloggt|angemeldet)|jetzt (?:einloggen|anmelden|"
    r"registrieren|weiterlesen|testen)|(?:lest|lies|lesen sie) (?:hier )?den original(?:artikel|"
    r"beitrag|text)\b|zum original(?:artikel|beitrag)\b)"
    r"|^(?:[A-ZÄÖÜ-]{2,}\s+)*[A-ZÄÖÜ-]{2,}\s*/\s*(?:[A-ZÄÖÜ.-]{2,}\s+)*[A-ZÄÖÜ.-]{2,}$"
)
_CREDIT_END = re.compile(r"(?:©|foto:|bild:|photo:)\s*[^.!?]{0,60}$", re.I)
_MAX_JUNK_LINE = 80
# a picture credit on its own line: "Name/Agentur", "Name/AFP via Getty Images"
_AGENCY_CREDIT = re.compile(
    r"^[^.!?]{0,50}(?:/|\bvia\s)[^.!?]{0,30}\b(?i:getty images|afp|dpa|reuters|imago|"
    r"picture alliance|keystone|epa|ap|shutterstock|istock|apa)\b[^.!?]{0,20}$")
# furniture lines that carry no sentence of the article: a video's duration, a lone "Stand:"
# stamp, a date alone, "Mit Agenturmaterial"
_STAMP_LINE = re.compile(
    r"^(?:\d{1,2}:\d{2}\s*Min\b.*|Stand:?\s*\d.*|(?i:mit (?:agenturmaterial|material von)\b.*)"
    r"|(?:(?:Mo|Di|Mi|Do|Fr|Sa|So)\w*,?\s*)?\d{1,2}\.\s?(?:\d{1,2}\.|[A-ZÄÖÜ][a-zä]+\.?)\s?"
    r"\d{2,4},?\s*(?:(?:um\s*)?\d{1,2}[:.]\d{2}(?:\s*Uhr)?)?)$")
# placeholders for embedded content the reader has not consented to load
_CONSENT = re.compile(
    r"externer? inhalte?\b|privatsphäre-?einstellungen|datenschutz-?einstellungen|"
    r"cookie-?einstellungen|(?:um|zur) (?:diese[nrs]? )?(?:inhalte?|anzeige)\b.{0,60}"
    r"(?:aktivier|zustimm|einwillig|laden)|inhalte? (?:von|aus) (?:drittanbietern|externen)",
    re.I)
_MAX_CONSENT_BLOCK = 400
# appeals to the reader in the article column: feedback, subscription, newsletter sign-up
_APPEAL = re.compile(
    r"^(?:ihre meinung ist uns wichtig|schreiben sie uns|jetzt (?:abonnieren|newsletter)|"
    r"(?:hier|jetzt) (?:kostenlos )?(?:für den|zum) newsletter anmelden|"
    r"sie wollen (?:keine|mehr)\b.{0,40}(?:verpassen|lesen))", re.I)


def _is_junk(block: str) -> bool:
    if len(block) <= _MAX_CONSENT_BLOCK and (_CONSENT.search(block) or _APPEAL.match(block)):
        return True
    if len(block) > _MAX_JUNK_LINE:
        return False
    return bool(_JUNK_LINE.match(block) or _CREDIT_END.search(block)
                or _AGENCY_CREDIT.match(block) or _STAMP_LINE.match(block))


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


# "Weitere Tipps in Schweden", "Ähnliche Beiträge": a label of capitalised words, where a
# sentence ("Weitere Schritte sind geplant") has lower-case words besides these and links
_LABEL_OPENER = re.compile(r"^(?:noch )?(?:weitere|ähnliche|verwandte)\b", re.I)
_LABEL_WORDS = {"in", "im", "aus", "zu", "zum", "zur", "von", "vom", "unter", "über", "für",
                "auf", "bei", "mit", "der", "die", "das", "den", "dem", "des", "und", "noch",
                "mehr"}
_LIST_NOUN = re.compile(r"(?i:themen|artikel|beiträge|nachrichten|meldungen|news|tipps|infos|"
                        r"informationen|links|videos|bilder|geschichten|stories)\b")


def _opens_furniture(block: str) -> bool:
    line = block.strip("|: ")
    if len(line) > _MAX_FURNITURE_LINE:
        return False
    if _LABEL_OPENER.match(line):
        return bool(_LIST_NOUN.search(line)) or all(
            word[:1].isupper() or word in _LABEL_WORDS or "." in word for word in line.split()[1:])
    return bool(_FURNITURE_LINE.match(line))


def paragraphs(lines: list[str]) -> str | None:
    """Join non-empty lines (whitespace collapsed) with blank lines between them."""
    kept = [" ".join(line.split()) for line in lines]
    text = "\n\n".join(line for line in kept if line)
    return text or None


# how many opening blocks may repeat the headline, kicker or byline
_HEAD_BLOCKS = 6
_MAX_REPEAT = 160
_BYLINE = re.compile(r"^(?:Von|VON|Ein (?:Kommentar|Gastbeitrag|Interview) von|Text:|Autor(?:in)?:)"
                     r"\s+[A-ZÄÖÜ][\w'’.-]+(?:\s+(?:von |van |de )?[A-ZÄÖÜ][\w'’.-]+){1,3}"
                     r"(?:\s*(?:,|und)\s*[A-ZÄÖÜ][\w'’.-]+(?:\s+[A-ZÄÖÜ][\w'’.-]+){0,3})*$")


def without_repeats(text: str | None, repeats: list[str]) -> str | None:
    """The body without the opening blocks that repeat the headline, the kicker and headline,
    an author's name or the byline ("Von Anna Muster"): the head of the page, not its text."""
    if not text:
        return text
    known = {key for r in repeats if r and (key := _key(r))}
    blocks = text.split("\n\n")
    head = [b for b in blocks[:_HEAD_BLOCKS]
            if len(b) > _MAX_REPEAT or (_key(b) not in known and not _BYLINE.match(b.strip()))]
    tail = [b for b in blocks[_HEAD_BLOCKS:] if len(b) > _MAX_REPEAT or _key(b) not in known]
    return "\n\n".join(head + tail) or None


_WORD = re.compile(r"\w+")


def _key(text: str) -> str:
    """A block's words: the kicker and headline shown with another separator than the title's
    ("Kicker Headline" for "Kicker: Headline") are the same repeat."""
    return " ".join(_WORD.findall(text.casefold()))


def with_lead(text: str | None, lead: str | None) -> str | None:
    """The body opened by its lead when the extraction dropped it."""
    if not lead:
        return text
    if not text:
        return lead
    if " ".join(lead.split()) in " ".join(text.split()):
        return text
    return f"{lead}\n\n{text}"


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
