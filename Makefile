# The two commands of the README. Both bootstrap .venv and node_modules themselves.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
export PORT
export DJANGO_SETTINGS_MODULE ?= vknz_site.settings.dev

.PHONY: run test install lint check-deploy messages clean bench bench-agenda bench-load

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

install: $(VENV)/.installed node_modules/.installed

## make run: install, migrate the embedded SQLite database, load the demo, serve on 127.0.0.1:$(PORT) with a
## django-q2 cluster beside it. Ctrl-C stops both. E-mails land in var/mail/ (one line each on the console).
run: install
	@mkdir -p var
	@[ -n "$$DATABASE_URL" ] || $(PY) -m vknz_site.legacy_database var/db.sqlite3
	@echo "Database bijwerken en demo laden…"
	@$(PY) manage.py migrate --noinput --verbosity 0
	@$(PY) manage.py demo > var/demo.log
	@$(PY) manage.py collectstatic --noinput --verbosity 0
	@echo ""
	@echo "Van Kijken naar Zien draait op http://127.0.0.1:$(PORT)/"
	@echo "Demo-gebruikers (wachtwoord voor allemaal: vknz-demo):"
	@echo "  mt, redacteur, redacteur2, beheerder, teamcoach, analist1, analist2, interviewer, klantmanager, buddy, nieuw"
	@echo "E-mails staan in var/mail/. Stoppen: Ctrl-C."
	@echo ""
	@$(PY) -m vknz_site.devserver $(PORT)

## make test: install and run the whole suite (unit, task, PDF/ICS and browser tests).
## The browser journeys run in a pytest process of their own (E2E=0 leaves them out, as the PostgreSQL run does).
test: install
	DJANGO_SETTINGS_MODULE=vknz_site.settings.test $(PY) -m pytest -m "not e2e" $(PYTEST_ARGS)
ifneq ($(E2E),0)
	DJANGO_SETTINGS_MODULE=vknz_site.settings.test $(PY) -m pytest -m e2e $(PYTEST_ARGS) || [ $$? -eq 5 ]
endif

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports

## Twice: as configured here, and with the organisation's login switched on (an example provider; nothing is fetched).
check-deploy: install
	DJANGO_SETTINGS_MODULE=vknz_site.settings.production \
	DJANGO_SECRET_KEY=$${DJANGO_SECRET_KEY:-ci-only-$$(head -c 48 /dev/urandom | base64 | tr -d '/+=')} \
	DJANGO_ALLOWED_HOSTS=leren.example.org \
	$(PY) manage.py check --deploy --fail-level WARNING
	DJANGO_SETTINGS_MODULE=vknz_site.settings.production \
	DJANGO_SECRET_KEY=$${DJANGO_SECRET_KEY:-ci-only-$$(head -c 48 /dev/urandom | base64 | tr -d '/+=')} \
	DJANGO_ALLOWED_HOSTS=leren.example.org VKNZ_OIDC_ISSUER=https://login.example.org/realms/gemeente \
	VKNZ_OIDC_CLIENT_ID=leerplatform VKNZ_OIDC_CLIENT_SECRET=ci-only-example \
	$(PY) manage.py check --deploy --fail-level WARNING

bench: install
	$(PY) bench/goals.py

bench-agenda: install
	$(PY) bench/agenda_dashboard.py

$(VENV)/.bench-installed: $(VENV)/.installed pyproject.toml
	$(PY) -m pip install --quiet -e ".[test,bench]"
	touch $@

## make bench-load SIZE=20000: the site under load as it runs in production, over HTTP on loopback (bench/load/run.py:
## its own PostgreSQL 15 and Redis, gunicorn, locust; everything in a temporary directory). Writes bench/RESULTS.md.
## Needs postgresql-15 and, for Redis, redis-server from Debian's packages. More options: BENCH_ARGS="--users 20 …".
SIZE ?= 2000
bench-load: install $(VENV)/.bench-installed
	BENCH_COMMAND="make bench-load SIZE=$(SIZE)$(if $(BENCH_ARGS), BENCH_ARGS='$(BENCH_ARGS)')" \
	$(PY) -m bench.load.run --participants $(SIZE) $(BENCH_ARGS)

messages: install
	$(PY) manage.py makemessages -l en --ignore .venv --ignore node_modules

clean:
	rm -rf $(VENV) node_modules var/static

.PHONY: nlds-css host-check

NLDS_DIST := node_modules/@utrecht/component-library-css/dist

## make nlds-css: refresh the packaged copy of the NL Design System CSS (theme/static/nlds) from node_modules,
## after a version change in package.json. tests/theme/test_nlds_copy.py fails while the two differ.
nlds-css: node_modules/.installed
	mkdir -p theme/static/nlds
	cp $(NLDS_DIST)/index.css $(NLDS_DIST)/html.css theme/static/nlds/

## make host-check: build the wheel, install it into a fresh venv beside a new `wagtail start` project and run the
## smoke test there (.ci/host-site).
host-check:
	PYTHON=$(PYTHON) .ci/host-site
