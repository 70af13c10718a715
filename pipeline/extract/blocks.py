"""Leaf text blocks of a container (paragraphs, headings, list items), `<br>` kept as newlines."""

from collections.abc import Iterator

from lxml.html import HtmlElement

BLOCK_TAGS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dd", "dt", "td", "th",
              "blockquote", "section", "article", "header", "pre", "address", "figcaption"}
_SKIP = {"script", "style", "template", "noscript"}


def leaf_blocks(container: HtmlElement) -> Iterator[HtmlElement]:
    """Block elements inside `container` that hold no other block, in page order."""
    for element in container.iter(*BLOCK_TAGS):
        if element is container or _has_block_child(element):
            continue
        yield element


def _has_block_child(element: HtmlElement) -> bool:
    return any(isinstance(c.tag, str) and c.tag in BLOCK_TAGS for c in element.iterdescendants())


def block_lines(element: HtmlElement) -> list[str]:
    """The block's text split at `<br>`, each line whitespace-collapsed, empty lines dropped."""
    lines = "".join(_pieces(element)).split("\n")
    return [" ".join(line.split()) for line in lines if line.strip()]


def block_text(element: HtmlElement) -> str:
    return " ".join("".join(_pieces(element)).split())


def _pieces(element: HtmlElement) -> Iterator[str]:
    if element.text:
        yield element.text
    for child in element:
        if isinstance(child.tag, str) and child.tag == "br":
            yield "\n"
        elif isinstance(child.tag, str) and child.tag not in _SKIP:
            yield from _pieces(child)
        if child.tail:
            yield child.tail
