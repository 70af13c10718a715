"""Bounds on what one anonymous request may ask of the server, checked before any work."""

from urllib.parse import parse_qsl

from datasette.utils.asgi import Response

# A search, a filter or a page link needs far less; longer values only make SQLite's LIKE and
# GLOB and our search functions slow (work SQLite's time limit cannot interrupt mid-row).
MAX_QUERY_STRING_BYTES = 4096
MAX_VALUE_CHARS = 500
# The site is read-only: Datasette would read any request body whole before refusing a write.
READ_METHODS = ("GET", "HEAD")


def refusal(method: str, query_string: bytes) -> Response | None:
    """The answer to a request that asks too much; None for every other."""
    if method not in READ_METHODS:
        return Response.text("Dieses Archiv kann nur gelesen werden.", status=405,
                             headers={"Allow": ", ".join(READ_METHODS)})
    if len(query_string) > MAX_QUERY_STRING_BYTES:
        return Response.text(
            f"Die Anfrage ist zu lang (höchstens {MAX_QUERY_STRING_BYTES} Bytes).", status=414
        )
    parameters = parse_qsl(query_string.decode("latin-1"), keep_blank_values=True)
    if any(len(value) > MAX_VALUE_CHARS for _, value in parameters):
        return Response.text(
            f"Ein Suchbegriff oder Filter ist zu lang (höchstens {MAX_VALUE_CHARS} Zeichen).",
            status=400,
        )
    if ("_searchmode", "raw") in parameters:
        # FTS5 syntax (prefixes, NEAR) merges huge lists in one uninterruptible step.
        return Response.text("_searchmode=raw ist hier abgeschaltet.", status=400)
    return None


def guarded(app):
    """`app` behind `refusal`."""

    async def send_guarded(scope, receive, send):
        answer = (refusal(scope["method"], scope.get("query_string", b""))
                  if scope["type"] == "http" else None)
        if answer:
            return await answer.asgi_send(send)
        return await app(scope, receive, send)

    return send_guarded
