"""Van Kijken naar Zien: the host site and the core of the ontwikkelcyclus."""
