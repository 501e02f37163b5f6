"""Whether a site's address could be its public address, judged by its host as browsers read it.

The host is normalised first (case folded; the trailing dot of a fully qualified name removed, since
`example.org.` is `example.org`; a number such as `2130706433` or `0x7f.1` read as the IPv4 address a
browser makes of it). It is no public address when it is:

- a name reserved for examples, documentation and tests: `example`, `invalid`, `localhost`, `test` and
  the names under them (RFC 2606, RFC 6761), `example.com`, `.net`, `.org` (RFC 2606), `local`
  (RFC 6762, multicast DNS) and `home.arpa` (RFC 8375, home networks);
- an IP address that is not global: loopback (127.0.0.0/8, ::1), private networks (10/8, 172.16/12,
  192.168/16, fc00::/7), link-local, the documentation ranges (RFC 5737: 192.0.2.0/24, 198.51.100.0/24,
  203.0.113.0/24; RFC 3849: 2001:db8::/32), unspecified and reserved ranges (Python's `is_global`);
- missing, or not a host at all.
"""

from __future__ import annotations

import ipaddress
import re
import socket
from typing import Optional
from urllib.parse import urlsplit

RESERVED_NAMES = ("example", "invalid", "localhost", "test", "local", "home.arpa",
                  "example.com", "example.net", "example.org")
# What WHATWG's URL standard reads as an IPv4 address: a host whose last label is a number.
_ENDS_IN_NUMBER = re.compile(r"(^|\.)(0x[0-9a-f]*|[0-9]+)$")


def normalised_host(site_url: str) -> str:
    """The host of `site_url` in lower case, without a trailing dot ('' if it has none)."""
    try:
        host = urlsplit(site_url.strip()).hostname or ""
    except ValueError:  # an unclosed [ in the host
        return ""
    return host.rstrip(".").lower()


def _address(host: str) -> Optional[ipaddress._BaseAddress]:
    """The IP address a browser makes of `host`, if it makes one."""
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        pass
    if not _ENDS_IN_NUMBER.search(host):
        return None
    try:
        return ipaddress.IPv4Address(socket.inet_aton(host))
    except OSError:
        return ipaddress.IPv4Address("0.0.0.0")  # a number no browser can read: no public address either


def is_public(site_url: str) -> bool:
    host = normalised_host(site_url)
    if not host or " " in host:
        return False
    address = _address(host)
    if address is not None:
        return address.is_global
    return not any(host == name or host.endswith("." + name) for name in RESERVED_NAMES)
