"""The demo leergang: seven modules in the right order with real content, and nieuw enrolled."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from courses.models import CoursePage, Enrolment, ModulePage

pytestmark = pytest.mark.django_db

KINDS = ["voorlichting", "drempelverlagend", "analysekader", "buddy", "intervisie", "video_cyclus", "zelfstandig"]


def test_the_demo_leergang_has_seven_substantial_modules_in_order_and_nieuw_is_enrolled(client):
    call_command("demo")
    call_command("demo")  # idempotent
    course = CoursePage.objects.get()
    modules = list(ModulePage.objects.child_of(course).live().specific().order_by("path"))
    assert [m.kind for m in modules] == KINDS
    for module in modules:
        types = {block.block_type for block in module.body}
        assert {"text", "reflection_question", "checklist", "next_step"} <= types, module.title
        words = sum(len(str(block.value).split()) for block in module.body)
        assert words > 400, module.title
    assert "case_exercise" in {block.block_type for block in modules[2].body}
    assert Enrolment.objects.filter(user__username="nieuw", course=course).exists()
    client.force_login(get_user_model().objects.get(username="nieuw"))
    for module in modules[:1]:
        assert client.get(module.url).status_code == 200
