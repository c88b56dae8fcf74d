"""Content security policy: strict with nonces on the front end, relaxed for the Wagtail admin only.

The front end has no inline scripts or styles at all; a script that ever needs to be inline carries the request's
nonce. The Wagtail admin relies on inline scripts and styles, so it gets its own, looser policy (still same-origin).
"""

from csp.constants import NONCE, NONE, SELF, UNSAFE_EVAL, UNSAFE_INLINE
from csp.middleware import CSPMiddleware

ADMIN_PREFIX = "/admin/"
VIDEO_HOSTS = ["https://www.youtube-nocookie.com", "https://player.vimeo.com"]

FRONT_END = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "frame-src": VIDEO_HOSTS,
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}

ADMIN = {
    **FRONT_END["DIRECTIVES"],
    "script-src": [SELF, UNSAFE_INLINE, UNSAFE_EVAL],
    "style-src": [SELF, UNSAFE_INLINE],
    "img-src": [SELF, "data:", "blob:"],
    "frame-src": [SELF, *VIDEO_HOSTS],  # the live preview is a frame of our own
    "base-uri": [SELF],
    "frame-ancestors": [SELF],
}


# Browser features no page of the platform uses, switched off for the page and every frame in it, so that neither a
# script that slipped in nor an embedded player can ask for them. Fullscreen and picture-in-picture stay: the leergang's
# video embeds allow them (courses/embeds.py), and autoplay and encrypted-media stay for the players themselves.
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer", "bluetooth", "camera", "display-capture", "geolocation",
        "gyroscope", "hid", "idle-detection", "magnetometer", "microphone", "midi", "payment",
        "publickey-credentials-get", "screen-wake-lock", "serial", "usb", "xr-spatial-tracking",
    )
)


# Origins outside the site that a form may lead to through a redirect, asked for every response: the logout form ends
# at the organisation's login page when a person logged in there (lms/people/oidc). The apps on the floors above
# register a callable returning origins; none is registered unless an app needs one.
FORM_ACTION_SOURCES = []


def register_form_action_source(source):
    if source not in FORM_ACTION_SOURCES:
        FORM_ACTION_SOURCES.append(source)


class PolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin's policy for the admin (its documented extension point).

    It also sends the Permissions-Policy, on every response, the admin's included.
    """

    def process_response(self, request, response):
        response = super().process_response(request, response)
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and request.path_info.startswith(ADMIN_PREFIX):
            # No nonce: beside 'unsafe-inline' a nonce would make browsers ignore it and break the admin.
            parts.config, parts.nonce = ADMIN, None
        extra = [origin for source in FORM_ACTION_SOURCES for origin in source()]
        if extra and not report_only:
            update = dict(parts.update or {})
            update["form-action"] = [*(update.get("form-action") or []), *extra]
            parts.update = update
        return parts
