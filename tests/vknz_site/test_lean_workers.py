"""A web worker that never makes a PDF, a chart, a spreadsheet or a buddy proposal never loads the libraries for
them: WeasyPrint, matplotlib, numpy/scipy and openpyxl together weigh well over 100 MB per process, and a worker
that only serves pages would carry them for nothing (issue: lean workers, measured in bench/)."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("weasyprint", "matplotlib", "numpy", "scipy", "openpyxl")

# What a gunicorn worker does before its first request, and then some: the WSGI app, every URL and its view, every
# Wagtail hook (menus, panels, admin), every app's models and templatetags.
PROGRAM = """
import importlib, json, sys
from vknz_site.wsgi import application
from django.apps import apps
from django.urls import get_resolver
from wagtail import hooks

def walk(resolver):
    for pattern in resolver.url_patterns:
        if hasattr(pattern, "url_patterns"):
            walk(pattern)
        else:
            pattern.callback

walk(get_resolver())
hooks.search_for_hooks()
for config in apps.get_app_configs():
    if config.name.split(".")[0] in ("lms", "theme", "courses", "buddy", "casuistiek", "intervisie", "vknz_site"):
        for sub in ("views", "wagtail_hooks", "rules", "selectors", "services", "templatetags"):
            try:
                importlib.import_module(f"{config.name}.{sub}")
            except ModuleNotFoundError as error:
                if error.name != f"{config.name}.{sub}":
                    raise
""" + f"print(json.dumps(sorted(name for name in {HEAVY!r} if name in sys.modules)))\n"


def test_a_page_serving_worker_loads_no_heavy_library():
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "vknz_site.settings.test"}
    result = subprocess.run([sys.executable, "-c", PROGRAM],  # noqa: S603 (our own fixed program)
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.strip().splitlines()[-1] == "[]", result.stdout
