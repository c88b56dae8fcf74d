"""Content security policy: strict with nonces on the front end, relaxed for the Wagtail admin only.

The front end has no inline scripts or styles at all; a script that ever needs to be inline carries the request's
nonce. The Wagtail admin relies on inline scripts and styles, so it gets its own, looser policy (still same-origin).
"""

from csp.constants import NONCE, NONE, SELF

FRONT_END = {
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "frame-src": ["https://www.youtube-nocookie.com", "https://player.vimeo.com"],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}

ADMIN = ("default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
         "img-src 'self' data: blob:; frame-src 'self' https://www.youtube-nocookie.com https://player.vimeo.com; "
         "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'")


class AdminPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path_info.startswith("/admin/") and "Content-Security-Policy" not in response:
            response["Content-Security-Policy"] = ADMIN
        return response
