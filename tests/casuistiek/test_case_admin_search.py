"""The editors' case list in the Wagtail admin can be searched on every database (issue #15: SQLite failed)."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("query", ["kwetsbare", "²", "a" * 300, "\"", "title:x", "AND OR NOT", "*"])
def test_the_editor_searches_cases_in_the_admin(client, org, query):
    from casuistiek.models import Case
    from lms.framework.models import Framework
    from lms.framework.seed import SEED

    if Framework.current() is None:
        from django.apps import apps

        SEED.seed(apps, None)
    Case.objects.create(title="Een kwetsbare klant", slug="kwetsbaar", medium="spreekkamer", situation="s",
                        framework=Framework.current(), expert_answers={"regie": "samen"})
    client.force_login(org.admin)
    response = client.get(reverse("wagtailsnippets_lms_casuistiek_case:list"), {"q": query})
    assert response.status_code == 200
    if query == "kwetsbare":
        assert "Een kwetsbare klant" in response.content.decode()
