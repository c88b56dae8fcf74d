"""The analysekader in the Wagtail admin: drafts are editable, published versions are frozen, and only those
who may change frameworks can make or publish a version."""

from html.parser import HTMLParser

import pytest
from django.urls import reverse

from lms.framework.forms import FROZEN_MESSAGE
from lms.framework.models import Framework

pytestmark = pytest.mark.django_db


def snippet_url(name, *args):
    return reverse(Framework.snippet_viewset.get_url_name(name), args=args)


def new_version_url(framework):
    return reverse("framework_admin:new_version", args=[framework.pk])


def publish_url(framework):
    return reverse("framework_admin:publish", args=[framework.pk])


class _FormFields(HTMLParser):
    """Collects what a browser would submit from the edit form (text, hidden, checked boxes, textareas,
    selected options), so a test posts exactly the fields the admin renders."""

    def __init__(self):
        super().__init__()
        self.data, self._textarea, self._select = {}, None, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        name = attrs.get("name")
        if tag == "input" and name and attrs.get("type") not in ("submit", "button", "file"):
            if attrs.get("type") in ("checkbox", "radio"):
                if "checked" in attrs:
                    self.data[name] = attrs.get("value", "on")
            else:
                self.data[name] = attrs.get("value", "")
        elif tag == "textarea" and name:
            self._textarea = name
            self.data[name] = ""
        elif tag == "select" and name:
            self._select = name
        elif tag == "option" and self._select and "selected" in attrs:
            self.data[self._select] = attrs.get("value", "")

    def handle_endtag(self, tag):
        if tag == "textarea":
            self._textarea = None
        elif tag == "select":
            self._select = None

    def handle_data(self, data):
        if self._textarea:
            self.data[self._textarea] += data.lstrip("\n") if not self.data[self._textarea] else data


def edit_form_data(client, framework):
    response = client.get(snippet_url("edit", framework.pk))
    assert response.status_code == 200
    parser = _FormFields()
    parser.feed(response.content.decode())
    data = {key: value for key, value in parser.data.items() if "__prefix__" not in key}
    assert "dimensions-TOTAL_FORMS" in data
    return data


def dimension_prefix(data, code):
    for key, value in data.items():
        if key.endswith("-code") and value == code:
            return key[: -len("code")]
    raise AssertionError(f"no form for {code}")


def test_the_admin_lists_the_versions_and_opens_the_seeded_one(client, org, analysekader):
    client.force_login(org.admin)
    listing = client.get(snippet_url("list"))
    assert listing.status_code == 200
    assert listing.request["PATH_INFO"] == "/admin/snippets/lms_framework/framework/"
    html = listing.content.decode()
    assert "Analysekader Van Kijken naar Zien (versie 1)" in html
    assert new_version_url(analysekader) in html
    assert publish_url(analysekader) not in html  # already published
    edit = client.get(snippet_url("edit", analysekader.pk))
    assert edit.status_code == 200
    # Options are edited as lines, not JSON.
    assert "wil-maar-kan-niet = Ik wil wel, maar ik kan het niet" in edit.content.decode()


def test_the_admin_menu_has_an_analysekader_item(client, org, analysekader):
    client.force_login(org.admin)
    html = client.get("/admin/").content.decode()
    assert "Analysekader" in html
    assert snippet_url("list") in html


def test_a_published_version_cannot_be_edited(client, org, analysekader):
    client.force_login(org.admin)
    data = edit_form_data(client, analysekader)
    data["name"] = "Stiekem gewijzigd"
    response = client.post(snippet_url("edit", analysekader.pk), data)
    assert response.status_code == 200
    assert str(FROZEN_MESSAGE) in response.content.decode()
    assert Framework.objects.get(pk=analysekader.pk).name == "Analysekader Van Kijken naar Zien"


def test_a_draft_is_edited_with_options_as_lines(client, org, analysekader):
    client.force_login(org.admin)
    client.post(new_version_url(analysekader))
    draft = Framework.objects.get(slug="analysekader", version=2)
    data = edit_form_data(client, draft)
    data["name"] = "Analysekader, tweede versie"
    prefix = dimension_prefix(data, "regie-passend")
    data[prefix + "options"] = "ja = Ja, past\nnee = Nee, past niet"
    response = client.post(snippet_url("edit", draft.pk), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    draft.refresh_from_db()
    assert draft.name == "Analysekader, tweede versie"
    assert draft.dimension("regie-passend").options == [
        {"code": "ja", "label": "Ja, past"},
        {"code": "nee", "label": "Nee, past niet"},
    ]
    assert draft.dimension("zelfbeeld").options == analysekader.dimension("zelfbeeld").options
    assert [d.code for d in draft.dimensions.all()] == [d.code for d in analysekader.dimensions.all()]


def test_a_malformed_option_line_is_refused_in_dutch(client, org, analysekader):
    client.force_login(org.admin)
    client.post(new_version_url(analysekader))
    draft = Framework.objects.get(slug="analysekader", version=2)
    data = edit_form_data(client, draft)
    data[dimension_prefix(data, "regie") + "options"] = "klantmanager = Vooral de klantmanager\nsamen"
    response = client.post(snippet_url("edit", draft.pk), data)
    assert response.status_code == 200
    assert "Regel 2 (&quot;samen&quot;) heeft niet de vorm" in response.content.decode()
    assert draft.dimension("regie").option_codes == ["klantmanager", "samen", "client"]


def test_new_version_asks_first_and_then_opens_the_draft(client, org, analysekader):
    client.force_login(org.admin)
    confirm = client.get(new_version_url(analysekader))
    assert confirm.status_code == 200
    assert "Ja, maak een nieuwe versie" in confirm.content.decode()
    assert Framework.objects.count() == 1  # a GET changes nothing
    response = client.post(new_version_url(analysekader))
    draft = Framework.objects.get(slug="analysekader", version=2)
    assert response.status_code == 302
    assert response["Location"] == snippet_url("edit", draft.pk)
    assert not draft.is_published


def test_publish_from_the_admin(client, org, analysekader):
    client.force_login(org.admin)
    client.post(new_version_url(analysekader))
    draft = Framework.objects.get(slug="analysekader", version=2)
    assert publish_url(draft) in client.get(snippet_url("list")).content.decode()
    assert client.get(publish_url(draft)).status_code == 200
    assert not Framework.objects.get(pk=draft.pk).is_published
    response = client.post(publish_url(draft))
    assert response.status_code == 302
    assert Framework.current().pk == draft.pk


def test_publishing_an_incomplete_draft_is_refused_with_the_reasons(client, org, analysekader):
    client.force_login(org.admin)
    client.post(new_version_url(analysekader))
    draft = Framework.objects.get(slug="analysekader", version=2)
    draft.fit_table = {"opgegeven": "duwen"}
    draft.save()
    confirm = client.get(publish_url(draft)).content.decode()
    assert "onbekende strategie: duwen" in confirm
    client.post(publish_url(draft))
    assert not Framework.objects.get(pk=draft.pk).is_published


def test_a_published_version_cannot_be_deleted(client, org, analysekader):
    client.force_login(org.admin)
    response = client.post(snippet_url("delete", analysekader.pk))
    assert response.status_code == 302
    assert Framework.objects.filter(pk=analysekader.pk).exists()


def test_a_draft_can_be_deleted(client, org, analysekader):
    client.force_login(org.admin)
    client.post(new_version_url(analysekader))
    draft = Framework.objects.get(slug="analysekader", version=2)
    client.post(snippet_url("delete", draft.pk))
    assert not Framework.objects.filter(pk=draft.pk).exists()


@pytest.mark.parametrize("who", ["owner", "analyst", "editor", "mt"])
def test_people_without_the_change_permission_cannot_make_or_publish_versions(client, org, analysekader, who):
    draft = Framework.objects.create(slug="analysekader", name="Concept", version=2)
    client.force_login(getattr(org, who))
    for url in (new_version_url(analysekader), publish_url(draft)):
        assert client.get(url).status_code in (302, 403)
        assert client.post(url).status_code in (302, 403)
    assert Framework.objects.count() == 2
    assert not Framework.objects.get(pk=draft.pk).is_published


def test_anonymous_visitors_are_sent_to_the_login(client, analysekader):
    response = client.post(new_version_url(analysekader))
    assert response.status_code == 302
    assert "login" in response["Location"]
    assert Framework.objects.count() == 1


def test_a_framework_added_in_the_admin_gets_the_next_version_of_its_code_as_a_draft(client, org, analysekader):
    client.force_login(org.admin)
    response = client.get(snippet_url("add"))
    assert response.status_code == 200
    parser = _FormFields()
    parser.feed(response.content.decode())
    data = {key: value for key, value in parser.data.items() if "__prefix__" not in key}
    data.update({"name": "Analysekader opnieuw opgezet", "slug": "analysekader"})
    response = client.post(snippet_url("add"), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    added = Framework.objects.get(name="Analysekader opnieuw opgezet")
    assert (added.version, added.is_published) == (2, False)
