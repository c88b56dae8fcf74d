"""No input gives a 500: generated values go into every query parameter and form field the URLconf exposes.

An attacker does not fill in forms as the page suggests. This test walks the URLconf (like the authorization
matrix), opens every page as every role of the `org` fixture, reads the names of the fields its forms render, and
posts generated values into them: overflowing and negative numbers, Unicode digits that `str.isdigit` accepts and
`int` may not, far dates, empty strings, very long strings, lists where one value is expected. It also puts the
same values in every query parameter the views read, and overflowing ids in the URL itself. Any 5xx (or an
exception the test client re-raises) fails the test. Hypothesis draws the values with a fixed seed and a bounded
number of examples, so the run is the same every time and stays short on SQLite.
"""

import pathlib
import re
import sys

import pytest
from django.urls import get_resolver, reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests import test_authorization_matrix as matrix

pytestmark = pytest.mark.django_db
APPS, kwargs_for = matrix.APPS, matrix.kwargs_for
objects = matrix.objects  # the matrix's fixture: one object of each kind, of `org.owner`

ROLES = ("owner", "mt", "colleague", "buddy", "teamcoach", "analyst", "editor", "admin")
ROOT = pathlib.Path(__file__).resolve().parent.parent
SOURCES = ("lms", "courses", "casuistiek", "buddy", "intervisie", "theme")
# Values that broke pages before, or are known to break naive parsing.
NASTY = [
    "", " ", "0", "-1", "7", "-0", "1.5", "1e9", "NaN", "None", "true", "[]", "{}",
    str(2**31), str(2**63), str(2**64), str(-(2**63) - 1), "9" * 40,
    "²", "٣", "１２", "³⁴", "Ⅻ",
    "9999-12-31", "0001-01-01", "10000-01-01", "9999-12-31T23:59", "0001-01-01T00:00", "2024-02-30", "31-12-9999",
    "23:59:60", "99:99", "25:00", "1:99:99", "9" * 30 + ":00",
    "a" * 5000, "x\x00y", "<script>", "%", "\\", "https://evil.example\\@gemeente.sharepoint.com/x.mp4",
]
VALUES = st.one_of(
    st.sampled_from(NASTY),
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
    st.dates().map(lambda day: day.isoformat()),
    st.text(max_size=30),
)
TAG = re.compile(r"<(?:input|select|textarea|button)\b[^>]*>", re.IGNORECASE)
NAME = re.compile(r"\bname=\"([^\"]+)\"")
VALUE = re.compile(r"\bvalue=\"([^\"]*)\"")
SKIP_FIELDS = {"csrfmiddlewaretoken"}
# URLs whose object is not someone's personal object (the matrix leaves them out).
OTHER_KWARGS = {
    "lms:casuistiek:exercise": lambda objects: {"slug": "c"},
    "lms:casuistiek:group": lambda objects: {"pk": 1},
    "lms:intervisie:feed": lambda objects: {"token": "00000000-0000-0000-0000-000000000000"},
    "lms:agenda:pdf": lambda objects: {"pk": 5},
}
PLACEHOLDER_ID = 987654321987
HUGE_IDS = (2**63, 10**30)


def query_parameters():
    """The names the views read from the query string, collected from the source so a new one is covered."""
    names = set()
    pattern = re.compile(r"GET(?:\.get|\.getlist)?[\[(]\"([A-Za-z_]+)\"")
    for package in SOURCES:
        for path in (ROOT / package).rglob("*.py"):
            names.update(pattern.findall(path.read_text()))
    return sorted(names)


def all_urls(objects):
    """(name, url) for every named URL of the apps, with the fixture's objects in the parameters."""
    platform = get_resolver().namespace_dict["lms"][1]
    urls = []
    for namespace in APPS:
        sub = platform.namespace_dict[namespace][1]
        for name, patterns in sub.reverse_dict.items():
            if not isinstance(name, str):
                continue
            full = f"lms:{namespace}:{name}"
            params = tuple(patterns[0][0][1])
            if not params:
                urls.append((full, reverse(full)))
            elif full in OTHER_KWARGS:
                urls.append((full, reverse(full, kwargs=OTHER_KWARGS[full](objects))))
            else:
                urls.append((full, reverse(full, kwargs=kwargs_for(full, params, objects))))
    return sorted(set(urls))


def field_names(html):
    """{field name: the values the page itself offers (buttons, options, hidden inputs)} for every named control."""
    fields = {}
    for tag in TAG.findall(html):
        name = NAME.search(tag)
        if name and name.group(1) not in SKIP_FIELDS:
            value = VALUE.search(tag)
            fields.setdefault(name.group(1), set()).update([value.group(1)] if value else [])
    return {name: sorted(values) for name, values in sorted(fields.items())}


def is_server_error(client, method, url, data):
    try:
        response = getattr(client, method)(url, data)
    except Exception as error:  # the test client re-raises what would have been a 500
        return f"{type(error).__name__}: {error}"[:300]
    return response.status_code >= 500 and f"status {response.status_code}"


def pages_for(client, objects):
    """Each URL with the names of the fields its page renders for the logged-in person (PDFs left out: no forms,
    no query parameters, and slow to render; their ids are covered by the overflow test)."""
    found = []
    for name, url in all_urls(objects):
        if name.endswith("pdf"):
            continue
        response = client.get(url)
        fields = field_names(response.content.decode("utf-8", "replace")) if response.status_code == 200 else {}
        found.append((name, url, fields))
    return found


def test_the_generated_input_test_sees_the_forms(client, org, objects):
    """A guard: if field discovery silently broke, the property below would test nothing."""
    client.force_login(org.owner)
    with_fields = {name for name, _url, fields in pages_for(client, objects) if fields}
    expected = {"lms:goals:create", "lms:cycles:recording", "lms:intervisie:poll", "lms:agenda:contribute"}
    assert expected <= with_fields, with_fields


@pytest.mark.parametrize("role", ROLES)
def test_overflowing_ids_in_the_url_give_no_server_error(client, org, objects, role):
    client.force_login(getattr(org, role))
    failures = []
    for name, _url in all_urls(objects):
        _lms, namespace, short = name.split(":")
        platform = get_resolver().namespace_dict["lms"][1]
        params = tuple(platform.namespace_dict[namespace][1].reverse_dict[short][0][0][1])
        if "pk" not in params:
            continue
        kwargs = {**(OTHER_KWARGS[name](objects) if name in OTHER_KWARGS else kwargs_for(name, params, objects)),
                  "pk": PLACEHOLDER_ID}
        template = reverse(name, kwargs=kwargs)  # reverse() itself refuses an id the URL would not match
        for pk in HUGE_IDS:
            for method in ("get", "post"):
                error = is_server_error(client, method, template.replace(str(PLACEHOLDER_ID), str(pk)), {})
                if error:
                    failures.append(f"{method.upper()} {name} pk={pk}: {error}")
    assert failures == []


@pytest.mark.parametrize("role", ROLES)
def test_no_generated_input_gives_a_server_error(client, org, objects, role):
    user = getattr(org, role)
    client.force_login(user)
    targets = pages_for(client, objects)
    params = query_parameters()

    @settings(max_examples=3, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    @given(data=st.data())
    def property_holds(data):
        client.force_login(user)
        failures = []
        for name, url, fields in targets:
            query = data.draw(st.fixed_dictionaries({}, optional={p: VALUES for p in params}), label=f"{name} query")
            error = is_server_error(client, "get", url, query)
            if error:
                failures.append(f"GET {name} {query!r}: {error}")
            if not fields:
                continue
            # Often a field keeps a value the page offers (an action button, a choice), so the
            # generated values also reach the branches behind those buttons.
            form = data.draw(st.fixed_dictionaries({
                field: st.one_of(st.sampled_from(offered), VALUES, st.lists(VALUES, min_size=2, max_size=3))
                if offered else st.one_of(VALUES, st.lists(VALUES, min_size=2, max_size=3))
                for field, offered in fields.items()
            }), label=f"{name} form")
            error = is_server_error(client, "post", f"{url}?{'&'.join(f'{p}=%C2%B2' for p in params)}", form)
            if error:
                failures.append(f"POST {name} {form!r}: {error}")
        assert failures == [], "\n".join(failures)

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 3000))
    property_holds()
