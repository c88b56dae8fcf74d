"""Demo organisation: the leeragenda (index, one agenda over the last four quarters, four themes, one theme
waiting for the MT's approval), the demo goals linked to themes, and two teams of colleagues in the background
so that the MT dashboard has groups large enough to show figures."""

import datetime
import random
import uuid

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from lms.home.demo import ensure_home_page

from .models import AgendaIndexPage, AgendaPage, Contribution, ThemePage, four_quarters_until
from .workflow import ensure_agenda_workflow

# Each module serves one theme (see ThemeForm): shared modules would make two theme figures subtractable.
THEMES = [
    {
        "slug": "echt-contact", "title": "Echt contact in het gesprek",
        "summary": "Cliënten merken of we écht luisteren. We oefenen met doorvragen en met zeggen wat we zien.",
        "why": "<p>Afspraken houden alleen stand als de cliënt zich gehoord voelt. Een snelle 'ja' is vaak "
               "beleefdheid; wie doorvraagt, hoort wat er werkelijk speelt.</p>",
        "kinds": ["drempelverlagend"],
        "suggestions": ["Ik vraag door als een cliënt snel instemt.",
                        "Ik benoem één keer per gesprek wat ik bij de cliënt zie gebeuren."],
        "goals": ["Doorvragen bij een snelle 'ja', vooral bij cliënten die het hebben opgegeven"],
    },
    {
        "slug": "samen-het-doel", "title": "Samen het doel bepalen",
        "summary": "Het doel van een traject is van de cliënt én van ons. We bepalen het samen en zeggen "
                   "hardop wat we afspreken.",
        "why": "<p>Wie zelf meedenkt over het doel, zet zich er ook voor in. Dat vraagt dat we ruimte laten en "
               "af en toe stilstaan bij hoe het gesprek loopt.</p>",
        "kinds": ["analysekader"],
        "suggestions": ["Ik laat de cliënt aan het begin zelf een onderwerp kiezen.",
                        "Ik vat aan het eind samen wat we afspraken en vraag of dat klopt."],
        "goals": ["Doorvragen bij een snelle 'ja', vooral bij cliënten die het hebben opgegeven",
                  "Aan het begin samen de agenda van het gesprek bepalen"],
    },
    {
        "slug": "clientfeedback", "title": "Cliëntfeedback vragen",
        "summary": "We vragen cliënten hoe ze het gesprek ervoeren, en doen er iets mee.",
        "why": "<p>Cliënten zien dingen die wij missen. Een korte vraag aan het eind van een gesprek levert vaak "
               "meer op dan een uitgebreide evaluatie achteraf.</p>",
        "kinds": ["video_cyclus"],
        "suggestions": ["Ik sluit elk gesprek af met de vraag wat de cliënt eraan had."],
        "goals": ["Aan het eind van een gesprek vragen hoe het voor de cliënt was"],
    },
    {
        "slug": "van-elkaar-leren", "title": "Van elkaar leren",
        "summary": "Gesprekken terugkijken, casussen bespreken en elkaar feedback geven hoort bij het werk.",
        "why": "<p>Niemand ziet zijn eigen gesprek helemaal. Met een buddy, in intervisie en met video-reflectie "
               "leren we van wat collega's zien.</p>",
        "kinds": ["buddy", "intervisie"],
        "suggestions": ["Ik breng deze maand een casus in bij intervisie.",
                        "Ik bekijk samen met mijn buddy een fragment van een eigen gesprek."],
        "goals": ["Zelfverzekerder worden in gesprekken"],
    },
]
PENDING_THEME = {
    "slug": "weerstand", "title": "Omgaan met weerstand",
    "summary": "Als een cliënt afhaakt of boos wordt, blijven we in gesprek in plaats van te duwen.",
    "why": "<p>Weerstand zegt iets over wat de cliënt nodig heeft. Wie het herkent, kan het gesprek bijsturen.</p>",
}

# Colleagues in the background: two teams large enough for figures. They never log in (no usable password).
BACKGROUND_TEAMS = {"Team Zuid": 16, "Team West": 14}
FIRST = ["Anouk", "Bas", "Charlotte", "Daan", "Esra", "Fleur", "Gijs", "Hanna", "Imane", "Jeroen", "Kim",
         "Lars", "Mila", "Nadia", "Omar", "Pien", "Quinten", "Rosa", "Sem", "Tess"]
LAST = ["Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks",
        "Dekker", "Brouwer", "de Wit", "Dijkstra", "Kaya", "Yilmaz"]
CONTRIBUTIONS = [
    "Als ik stilte laat vallen na een vraag, komt er vaak meer dan ik had verwacht.",
    "Een cliënt vertelde pas iets over haar schulden toen ik vroeg wat haar zorgen baarde, niet naar de papieren.",
    "Samenvatten aan het eind voorkomt dat we elk iets anders denken te hebben afgesproken.",
    "Ik dacht dat ik weinig praatte; op de opname sprak ik twee derde van de tijd.",
    "Vragen hoe het gesprek was voelde eerst ongemakkelijk, nu is het gewoon een vast onderdeel.",
    "Bij een boze cliënt helpt het om eerst te benoemen dat ik zie dat hij boos is.",
]


def load(demo):
    from courses.models import ModulePage

    home = ensure_home_page()
    index = AgendaIndexPage.objects.first()
    if index is None:
        index = home.add_child(instance=AgendaIndexPage(
            title="Leeragenda", slug="leeragenda",
            intro="<p>Waar we als organisatie samen in willen groeien, vastgesteld door het MT.</p>"))
    ensure_agenda_workflow(index)
    agenda = AgendaPage.objects.child_of(index).first()
    if agenda is None:
        # Four quarters ending with the current one: a running agenda with history, whenever the demo loads.
        start, end = four_quarters_until(timezone.localdate())
        title = f"Leeragenda {start:%Y}" if start.year == end.year else f"Leeragenda {start:%Y}–{end:%Y}"
        agenda = index.add_child(instance=AgendaPage(
            title=title, slug="agenda", starts_on=start, ends_on=end, signed_by="Het MT van Werk en Inkomen",
            intro="<p>Dit jaar kiezen we als MT voor vier thema's. Ze gaan over hoe we met cliënten praten en hoe "
                  "we daarvan leren. Iedereen kiest zelf waar hij of zij aan werkt; wat je leert blijft van jou. "
                  "Wij doen zelf ook mee, met onze eigen gesprekken.</p>"))
        agenda.save_revision().publish()
    for item in THEMES:
        if ThemePage.objects.child_of(agenda).filter(slug=item["slug"]).exists():
            continue
        theme = agenda.add_child(instance=ThemePage(
            title=item["title"], slug=item["slug"], summary=item["summary"], why=item["why"],
            suggestions="\n".join(item["suggestions"])))
        theme.modules.set(ModulePage.objects.filter(kind__in=item["kinds"]))
        theme.save_revision().publish()
    _pending_theme(demo, agenda)
    if agenda.ends_on >= timezone.localdate():  # goals link only to themes of an agenda that has not ended
        _link_demo_goals(demo, agenda)
    _background(demo, agenda)
    demo.log(f"leeragenda: {agenda.title}, {agenda.themes().count()} thema's, één thema wacht op het MT")


def _pending_theme(demo, agenda):
    """A theme the redacteur drafted and submitted: the MT finds it waiting for approval."""
    if ThemePage.objects.child_of(agenda).filter(slug=PENDING_THEME["slug"]).exists():
        return
    theme = agenda.add_child(instance=ThemePage(live=False, **PENDING_THEME))
    theme.save_revision(user=demo.users["redacteur"])
    theme.get_workflow().start(theme, demo.users["redacteur"])


def _link_demo_goals(demo, agenda):
    from lms.goals.models import Goal

    from .services import set_goal_themes

    themes = {theme.slug: theme for theme in agenda.themes()}
    for item in THEMES:
        for goal in Goal.objects.filter(current_version__title__in=item["goals"], themes__isnull=True):
            wanted = [themes[t["slug"]] for t in THEMES if goal.current_version.title in t["goals"]]
            set_goal_themes(goal.owner, goal, wanted)


def _background(demo, agenda):
    from lms.people.models import Participant, Team
    from lms.people.roles import Role

    User = get_user_model()
    if User.objects.filter(username__startswith="collega-").exists():
        return
    rng = random.Random(2027)  # noqa: S311 - the same demo on every machine, not security
    participants = Group.objects.get(name=Role.PARTICIPANT.value)
    people = []
    for team_name, size in BACKGROUND_TEAMS.items():
        team, _created = Team.objects.get_or_create(name=team_name)
        team.leaders.set([demo.users["mt"]])
        for _ in range(size):
            number = len(people) + 1
            user = User.objects.create(username=f"collega-{number:02d}", first_name=rng.choice(FIRST),
                                       last_name=rng.choice(LAST), email=f"collega-{number:02d}@example.org")
            user.set_unusable_password()
            user.save(update_fields=["password"])
            user.groups.add(participants)
            Participant.objects.create(user=user, team=team, started_on=datetime.date(2015 + number % 10, 1, 1))
            people.append(user)
    quarters = agenda.quarters()
    themes = list(agenda.themes())
    for user in people:
        _background_person(rng, user, quarters, themes)
    # Five people shared something on the first theme (enough to show), one on the second (not yet).
    shared_on = quarters[-2].start + datetime.timedelta(days=20)  # last quarter: the MT can read them now
    for number, (text, user) in enumerate(zip(CONTRIBUTIONS, people, strict=False)):
        Contribution.objects.create(theme=themes[0] if number < 5 else themes[1], contributor=user, text=text,
                                    created_at=_moment(shared_on))
    demo.log(f"achtergrond: {len(people)} collega's in {len(BACKGROUND_TEAMS)} teams met doelen en oefeningen")


def _moment(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(10)))


def _background_person(rng, user, quarters, themes):
    """A plausible year: one or two goals on themes with evaluations, a finished module, perhaps a cycle."""
    from casuistiek.models import Case, CaseAttempt
    from casuistiek.services import record_agreements
    from courses.models import ModuleCompletion
    from lms.cycles.models import Medium, ReflectionCycle, Step
    from lms.goals import services
    from lms.goals.choices import Decision, Kind
    from lms.goals.models import Goal, GoalEvaluation

    from .services import set_goal_themes

    today = timezone.localdate()
    start_quarter = rng.choice(quarters[:3])
    began = start_quarter.start + datetime.timedelta(days=rng.randint(0, 60))
    for theme in rng.sample(themes, rng.choice([1, 1, 2])):
        goal = services.create_goal(
            user, Kind.LEARNING, services.Formulation(title=f"Oefenen: {theme.title.lower()}", cadence_weeks=6))
        set_goal_themes(user, goal, [theme])
        Goal.objects.filter(pk=goal.pk).update(created_at=_moment(began))
        due = began + datetime.timedelta(weeks=6)
        while due < today:
            late = rng.random() < 0.3
            done = min(due + datetime.timedelta(days=rng.randint(3, 20) if late else -rng.randint(0, 3)), today)
            GoalEvaluation.objects.create(goal=goal, version=goal.current_version, evaluated_on=done, due_on=due,
                                          progress=rng.randint(2, 4), tried="Geoefend in gesprekken.",
                                          decision=Decision.CONTINUE, submission_key=uuid.uuid4())
            due = done + datetime.timedelta(weeks=6)
        Goal.objects.filter(pk=goal.pk).update(next_evaluation_on=due)
        modules = list(theme.modules.order_by("pk"))
        module = rng.choice(modules) if modules else None
        if module is not None and rng.random() < 0.7:
            ModuleCompletion.objects.get_or_create(
                user=user, module=module,
                defaults={"completed_at": _moment(began + datetime.timedelta(days=rng.randint(5, 80)))})
    if rng.random() < 0.6:
        created = _moment(began + datetime.timedelta(days=rng.randint(0, 30)))
        finished = created + datetime.timedelta(days=rng.randint(20, 60))
        ReflectionCycle.objects.create(
            owner=user, client_code=f"D{rng.randint(1000, 9999)}", medium=Medium.CONSULTING_ROOM,
            learning_question="Hoe laat ik de cliënt meer zelf bepalen?", created_at=created,
            step=Step.FINISHED if finished.date() < today else Step.REFLECTION,
            finished_at=finished if finished.date() < today else None)
    cases = list(Case.objects.order_by("pk"))
    case = rng.choice(cases) if cases else None
    if case is not None and rng.random() < 0.8:
        answers = dict(case.expert_answers)
        if rng.random() < 0.5 and answers:
            answers[rng.choice(sorted(answers))] = "1"
        attempt = CaseAttempt.objects.create(user=user, case=case, framework=case.framework, answers=answers)
        CaseAttempt.objects.filter(pk=attempt.pk).update(
            submitted_at=_moment(began + datetime.timedelta(days=rng.randint(0, 90))))
        record_agreements(attempt)
    # This quarter most colleagues practised once more; "regie" and "gezamenlijk doel" are where they differ from
    # the experts most often, so the MT sees calibration for those (and the others stay below the threshold).
    if case is not None and rng.random() < 0.9:
        answers = dict(case.expert_answers)
        for code, chance in (("regie", 0.45), ("gezamenlijk-doel", 0.4)):
            dimension = case.framework.dimension(code)
            if code in answers and dimension is not None and rng.random() < chance:
                others = [option for option in dimension.option_codes if option != answers[code]]
                answers[code] = rng.choice(others) if others else answers[code]
        moment = max(quarters[-1].start, today - datetime.timedelta(days=rng.randint(1, 40)))
        attempt = CaseAttempt.objects.create(user=user, case=case, framework=case.framework, answers=answers)
        CaseAttempt.objects.filter(pk=attempt.pk).update(submitted_at=_moment(moment))
        record_agreements(attempt)
