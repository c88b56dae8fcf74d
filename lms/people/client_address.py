"""The address of the client behind our reverse proxies, as django-axes counts login failures per client.

Each trusted proxy appends the address it received the request from to `X-Forwarded-For`, so with N proxies the
N-th entry from the right is the address the outermost proxy saw: the client. Everything left of it came from the
client itself and can say anything, so it is never read (taking the leftmost entry would let an attacker pick a
fresh address for every try and never be locked out). With no proxy (`make run`), the peer address is the client.

django-axes reads only `AXES_CLIENT_IP_CALLABLE` or the optional django-ipware package; we use the callable, so
that the rule is these few lines, tested here, instead of another dependency's defaults.
"""

import ipaddress

from lms.conf import setting


def client_address(request):
    """The client's address: the entry our outermost proxy added to X-Forwarded-For, else the peer address.

    When the header has fewer entries than there are proxies, the request did not pass through all of them; the
    peer address (which the client cannot forge) counts then, as it does for an entry that is no address.
    """
    peer = request.META.get("REMOTE_ADDR") or None
    proxies = setting("VKNZ_PROXY_COUNT")
    if proxies <= 0:
        return peer
    hops = [hop.strip() for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if hop.strip()]
    if len(hops) < proxies:
        return peer
    candidate = hops[-proxies]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return peer
