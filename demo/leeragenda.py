"""Demo organisation: the leeragenda (index, one agenda over the last four quarters, four themes, one theme
waiting for the MT's approval) and the demo goals linked to its themes."""

from django.utils import timezone

from courses.models import ModulePage
from demo.site import ensure_home_page
from lms.agenda.models import AgendaIndexPage, AgendaPage, ThemePage, four_quarters_until
from lms.agenda.services import set_goal_themes
from lms.agenda.workflow import ensure_agenda_workflow
from lms.goals.models import Goal

from .content.leeragenda import PENDING_THEME, THEMES


def load(demo):
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
    demo.extra["agenda"] = agenda  # for the colleagues in the background
    demo.log(f"leeragenda: {agenda.title}, {agenda.themes().count()} thema's, één thema wacht op het MT")


def _pending_theme(demo, agenda):
    """A theme the redacteur drafted and submitted: the MT finds it waiting for approval."""
    if ThemePage.objects.child_of(agenda).filter(slug=PENDING_THEME["slug"]).exists():
        return
    theme = agenda.add_child(instance=ThemePage(live=False, **PENDING_THEME))
    theme.save_revision(user=demo.users["redacteur"])
    theme.get_workflow().start(theme, demo.users["redacteur"])


def _link_demo_goals(demo, agenda):
    themes = {theme.slug: theme for theme in agenda.themes()}
    for item in THEMES:
        for goal in Goal.objects.filter(current_version__title__in=item["goals"], themes__isnull=True):
            wanted = [themes[t["slug"]] for t in THEMES if goal.current_version.title in t["goals"]]
            set_goal_themes(goal.owner, goal, wanted)

