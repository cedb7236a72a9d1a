// http/__init__.ts — the http package as Python source: HTTPStatus (codes with their reason phrases), the
// table http.client and http.server share.

export const httpSource: string = String.raw`"""HTTP support for gilpy: status codes; see http.client and http.server."""

import enum as _enum

__all__ = ["HTTPStatus"]

_STATUS = [
    (100, "CONTINUE", "Continue", "Request received, please continue"),
    (101, "SWITCHING_PROTOCOLS", "Switching Protocols", "Switching to new protocol; obey Upgrade header"),
    (200, "OK", "OK", "Request fulfilled, document follows"),
    (201, "CREATED", "Created", "Document created, URL follows"),
    (202, "ACCEPTED", "Accepted", "Request accepted, processing continues off-line"),
    (204, "NO_CONTENT", "No Content", "Request fulfilled, nothing follows"),
    (301, "MOVED_PERMANENTLY", "Moved Permanently", "Object moved permanently -- see URI list"),
    (302, "FOUND", "Found", "Object moved temporarily -- see URI list"),
    (304, "NOT_MODIFIED", "Not Modified", "Document has not changed since given time"),
    (400, "BAD_REQUEST", "Bad Request", "Bad request syntax or unsupported method"),
    (401, "UNAUTHORIZED", "Unauthorized", "No permission -- see authorization schemes"),
    (403, "FORBIDDEN", "Forbidden", "Request forbidden -- authorization will not help"),
    (404, "NOT_FOUND", "Not Found", "Nothing matches the given URI"),
    (405, "METHOD_NOT_ALLOWED", "Method Not Allowed", "Specified method is invalid for this resource"),
    (408, "REQUEST_TIMEOUT", "Request Timeout", "Request timed out; try again later"),
    (411, "LENGTH_REQUIRED", "Length Required", "Client must specify Content-Length"),
    (413, "REQUEST_ENTITY_TOO_LARGE", "Request Entity Too Large", "Entity is too large"),
    (414, "REQUEST_URI_TOO_LONG", "Request-URI Too Long", "URI is too long"),
    (431, "REQUEST_HEADER_FIELDS_TOO_LARGE", "Request Header Fields Too Large",
     "The server is unwilling to process the request because its header fields are too large"),
    (500, "INTERNAL_SERVER_ERROR", "Internal Server Error", "Server got itself in trouble"),
    (501, "NOT_IMPLEMENTED", "Not Implemented", "Server does not support this operation"),
    (502, "BAD_GATEWAY", "Bad Gateway", "Invalid responses from another server/proxy"),
    (503, "SERVICE_UNAVAILABLE", "Service Unavailable", "The server cannot process the request due to a high load"),
    (505, "HTTP_VERSION_NOT_SUPPORTED", "HTTP Version Not Supported", "Cannot fulfill request"),
]

HTTPStatus = _enum.IntEnum("HTTPStatus", [(name, code) for code, name, _, _ in _STATUS])
HTTPStatus.__module__ = __name__
_TEXTS = {code: (phrase, description) for code, _, phrase, description in _STATUS}
HTTPStatus.phrase = property(lambda self: _TEXTS[int(self)][0])
HTTPStatus.description = property(lambda self: _TEXTS[int(self)][1])
`;
