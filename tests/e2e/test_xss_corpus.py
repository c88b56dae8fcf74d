"""User text is inert: a corpus of script-injection payloads, stored in user text fields, never runs in the browser."""

from django.utils import timezone

from .test_goals_journey import log_in

TAGS = ["script", "img", "svg", "iframe", "body", "details", "video", "audio", "object", "embed", "a", "math",
        "input", "form", "style", "marquee", "select", "textarea", "button", "link"]
PAYLOADS = (
    [f"<{tag} src=x onerror=alert(1) onload=alert(1)>" for tag in TAGS]
    + [f"\"><{tag}/onfocus=alert(1) autofocus>" for tag in TAGS[:10]]
    + [
        "<script>alert(1)</script>", "<ScRiPt>alert(1)</sCrIpT>", "<scr<script>ipt>alert(1)</script>",
        "javascript:alert(1)", "<a href=\"javascript:alert(1)\">klik</a>",
        "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
        "<img src=\"x\" onerror=\"alert(1)\">", "<svg><script>alert(1)</script></svg>",
        "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>", "<math><mi xlink:href=javascript:alert(1)>x",
        "'';!--\"<XSS>=&{()}", "<div style=\"background:url(javascript:alert(1))\">", "{{ 7*7 }}{% debug %}",
        "<base href=\"javascript:alert(1)//\">", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<object data=\"data:text/html,<script>alert(1)</script>\">", "https://example.org/\"onmouseover=\"alert(1)",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">d</a>",
        "</textarea><script>alert(1)</script>",
        "<body onload=alert(1)>", "<details open ontoggle=alert(1)>",
    ]
)


def test_stored_payloads_never_run(page, demo_site):
    from django.contrib.auth import get_user_model

    from courses import progress
    from courses.models import ModulePage
    from lms.goals import services as goals
    from lms.goals.services import Formulation
    from lms.people.services import grant_share

    assert len(PAYLOADS) >= 50
    users = {u.username: u for u in get_user_model().objects.all()}
    sanne, coach = users["klantmanager"], users["teamcoach"]
    text = "\n".join(PAYLOADS)
    goal = goals.create_goal(sanne, "learning", Formulation(title=PAYLOADS[0][:150], description=text, why=text,
                                                            success_criteria=text))
    goals.evaluate_goal(sanne, goal, progress=3, tried=text, happened=text, decision="continue",
                        submission_key=__import__("uuid").uuid4(), evaluated_on=timezone.localdate())
    grant_share(sanne, goal, coach)
    goals.add_comment(coach, goal, text)
    goals.request_feedback(sanne, goal, coach, text)
    module = ModulePage.objects.live().order_by("path").first()
    question = next(b for b in module.body if b.block_type == "reflection_question")
    progress.save_answer(sanne, module, question.id, text)

    from buddy.models import BuddyPair, CheckIn
    from intervisie import services as intervisie
    from lms.cycles import services as cycles

    cycle = cycles.start_cycle(sanne, client_code="C-99", medium="spreekkamer", learning_question=text, doubts=text)
    cycle.attention_points.create(text=PAYLOADS[1][:300])
    from lms.cycles.models import ReflectionMeeting

    ReflectionMeeting.objects.create(cycle=cycle, held_on=timezone.localdate(), notes=text,
                                     answers={"gebeurd": text})
    cycle.step = "aandachtspunten"
    cycle.save()
    pair = BuddyPair.objects.create(newcomer=users["nieuw"], buddy=sanne, status="active")
    CheckIn.objects.create(pair=pair, planned_on=timezone.localdate(), topics=PAYLOADS[2][:300], notes=text)
    group = intervisie.create_group(coach, name=PAYLOADS[3][:80], members=[sanne, coach, users["buddy"],
                                                                           users["nieuw"]])
    session = group.sessions.create(starts_at=timezone.now() + __import__("datetime").timedelta(days=3),
                                    ends_at=timezone.now() + __import__("datetime").timedelta(days=3, hours=1))
    intervisie.update_session(sanne, session, case_text=text, report=text, advice=text)

    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    log_in(page, demo_site.url, "klantmanager")
    for path in (goal.get_absolute_url(), "/ontwikkelplan/", module.url, "/meldingen/", "/gedeeld/",
                 cycle.get_absolute_url(), "/cycli/", pair.get_absolute_url(), "/buddy/", session.get_absolute_url(),
                 group.get_absolute_url(), "/intervisie/"):
        page.goto(demo_site.url + path)
        page.mouse.move(200, 300)
        page.keyboard.press("Tab")
        page.wait_for_timeout(100)
    assert dialogs == []
    for path in (goal.get_absolute_url(), cycle.get_absolute_url(), session.get_absolute_url()):
        page.goto(demo_site.url + path)
        assert page.locator("main script").count() == 0
        assert page.locator("main [onerror], main [onload], main [onfocus], main iframe[srcdoc]").count() == 0
