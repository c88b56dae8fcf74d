"""The demo organisation: teams, people of every role and believable content, loaded by `manage.py demo`.

The top floor: it reads every app below through their services and no app imports it. Product data that the site
needs without the demo (the analysekader, the home page) stays in its app; only the demo organisation lives here.
"""
