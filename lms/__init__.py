"""Van Kijken naar Zien: the core apps of the ontwikkelcyclus, installable into any Wagtail site (see plugin.py)."""
