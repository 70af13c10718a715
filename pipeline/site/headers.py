"""Security headers on every response; a nonce on the scripts of our own HTML pages."""

import re
import secrets

# Scripts: files from this site and the inline scripts the templates wrote, which carry this
# response's nonce; no inline handlers, no `javascript:` links, nothing from elsewhere. Leaflet
# and the map's outline are served by the site; images come from elsewhere only when the site
# configures map tiles (`tile_sources`: their host). Inline styles stay: the templates use them.
SITE_POLICY = (
    "default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:{tile_sources}; connect-src 'self'; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "x-frame-options": "DENY",
    "x-content-type-options": "nosniff",
    # Searches are in our URLs: other sites (a tile server, linked originals) never see them.
    "referrer-policy": "same-origin",
}
SCRIPT_TAG = re.compile(rb"<script(?=[\s>])", re.IGNORECASE)


def with_nonce(html: bytes, nonce: str) -> bytes:
    """The page with `nonce` on each of its script tags (data in it is escaped: `&lt;script`)."""
    return SCRIPT_TAG.sub(b'<script nonce="' + nonce.encode() + b'"', html)


def secured(app, tile_sources=lambda: ""):
    """`app` with SECURITY_HEADERS and, unless a response sets its own, SITE_POLICY (with
    `tile_sources()`, " https://tiles.example.org" or "", among the image sources)."""

    async def send_secured(scope, receive, send):
        if scope["type"] != "http":
            return await app(scope, receive, send)
        nonce = secrets.token_urlsafe(16)
        held_start, body = None, []

        async def send_with_headers(message):
            nonlocal held_start
            if message["type"] == "http.response.start":
                headers = [(bytes(name).lower(), bytes(value)) for name, value in
                           message.get("headers", [])]
                message = {**message, "headers": headers + missing_headers(headers, nonce,
                                                                            tile_sources())}
                if _own_policy(headers) or not _is_html(headers):
                    return await send(message)
                held_start = message  # sent with the page once its scripts carry the nonce
                return None
            if held_start is None:
                return await send(message)
            body.append(message.get("body", b""))
            if not message.get("more_body"):
                page = with_nonce(b"".join(body), nonce)
                await send(_with_length(held_start, len(page)))
                await send({"type": "http.response.body", "body": page})
            return None

        await app(scope, receive, send_with_headers)

    return send_secured


def missing_headers(headers: list[tuple[bytes, bytes]], nonce: str,
                    tile_sources: str = "") -> list[tuple[bytes, bytes]]:
    """The security headers a response lacks, SITE_POLICY with `nonce` among them."""
    present = {name for name, _ in headers}
    policy = SITE_POLICY.format(nonce=nonce, tile_sources=tile_sources)
    wanted = {**SECURITY_HEADERS, "content-security-policy": policy}
    return [(name.encode(), value.encode()) for name, value in wanted.items()
            if name.encode() not in present]


def _own_policy(headers: list[tuple[bytes, bytes]]) -> bool:
    return any(name == b"content-security-policy" for name, _ in headers)


def _is_html(headers: list[tuple[bytes, bytes]]) -> bool:
    return dict(headers).get(b"content-type", b"").startswith(b"text/html")


def _with_length(start: dict, length: int) -> dict:
    headers = [(name, value) for name, value in start["headers"] if name != b"content-length"]
    return {**start, "headers": [*headers, (b"content-length", str(length).encode())]}
