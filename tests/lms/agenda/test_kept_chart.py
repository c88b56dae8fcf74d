"""The MT dashboard's trend chart is drawn once for the figures it shows and then read from the cache; other
figures (a new night's count, another team) get a chart of their own, never a kept one."""

import pytest
from django.core.cache import cache

from lms.agenda.statistics.charts import trend_chart
from lms.agenda.statistics.dashboard import Shown


class Quarter:
    def __init__(self, label):
        self.short_label = label


class Theme:
    def __init__(self, title):
        self.title = title


def trend(*percents):
    return [{"theme": Theme("Regie bij de cliënt"),
             "points": [(Quarter(f"K{i + 1}"), Shown(value=p, base=100 if p is not None else None, k=5))
                        for i, p in enumerate(percents)]}]


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


def kept_charts():
    return [key for key in cache._cache if ":vknz:chart:agenda-trend:" in key]  # LocMemCache's own store


def test_the_chart_is_drawn_once_for_the_same_figures():
    first = trend_chart(trend(10, 20, None), "Hele organisatie")
    assert first.startswith("data:image/svg+xml;base64,")
    assert len(kept_charts()) == 1
    assert trend_chart(trend(10, 20, None), "Hele organisatie") == first
    assert len(kept_charts()) == 1


def test_other_figures_or_another_team_get_their_own_chart():
    organisation = trend_chart(trend(10, 20, None), "Hele organisatie")
    next_night = trend_chart(trend(10, 25, None), "Hele organisatie")
    team = trend_chart(trend(10, 20, None), "Team Oost")
    assert len({organisation, next_night, team}) == 3
    assert len(kept_charts()) == 3


def test_nothing_to_draw_is_kept_as_nothing():
    assert trend_chart(trend(None, None), "Team Oost") is None
    assert trend_chart(trend(None, None), "Team Oost") is None
    assert len(kept_charts()) == 1
