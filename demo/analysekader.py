"""Demo organisation: the analysekader as migration framework.0002 seeds it (again, if the database was emptied)."""

from lms.framework.seed import ensure_analysekader


def load(demo):
    demo.log(f"analysekader: {ensure_analysekader()}")
