"""Extension points on the ground floor: the main menu, the dashboard's panels and the background schedules.

Apps on every floor contribute menu items and panels through Wagtail hooks declared here (dashboard.py); the home
page and the base template only collect them. Each app's tasks.py declares its schedules (schedules.py); one sync
after every migrate keeps django-q2 in step. A small app without models or migrations.
"""
