"""Extension points on the ground floor: the main menu and the dashboard's panels.

Apps on every floor contribute menu items and panels through Wagtail hooks declared here; the home page and the
base template only collect them. Not an app: no models, no migrations.
"""
