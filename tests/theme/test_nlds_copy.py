"""The NL Design System CSS ships inside the `theme` package, so a host site needs no npm. The committed copy must
be the version package.json pins: after an upgrade of node_modules, `make nlds-css` refreshes it, and this test
says when that was forgotten."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
INSTALLED = ROOT / "node_modules" / "@utrecht" / "component-library-css" / "dist"
COMMITTED = ROOT / "theme" / "static" / "nlds"


@pytest.mark.parametrize("name", ["index.css", "html.css"])
def test_the_committed_nlds_css_is_the_installed_version(name):
    if not INSTALLED.is_dir():
        pytest.skip("node_modules is not installed here (npm ci); nothing to compare with")
    committed = COMMITTED / name
    assert committed.is_file(), f"{committed} is missing; run `make nlds-css`"
    assert committed.read_bytes() == (INSTALLED / name).read_bytes(), (
        f"theme/static/nlds/{name} differs from node_modules; run `make nlds-css` and commit the result"
    )


def test_the_static_finder_serves_the_packaged_copy():
    # The templates ask for {% static 'nlds/index.css' %}; the app directory finder must find it in theme itself.
    from django.contrib.staticfiles.finders import AppDirectoriesFinder

    found = AppDirectoriesFinder().find("nlds/index.css")
    assert found and Path(found) == COMMITTED / "index.css"
