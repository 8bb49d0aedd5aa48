# The two commands of the README:
#   make run    installs everything, loads the demo data and serves http://127.0.0.1:8000
#   make test   installs everything and runs every check CI runs
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
UV_VERSION := 0.13.9
RUN_PORT ?= 8000
TOOLS := .tools
UV := $(TOOLS)/bin/uv
PY := .venv/bin/python

export UV_PYTHON_DOWNLOADS := never
export UV_PROJECT_ENVIRONMENT := $(CURDIR)/.venv
export UV_LINK_MODE := copy

.PHONY: help install run test lint serve-prod bench load load-fault

help:
	@echo "make run    – installér, indlæs demodata og start intranettet på http://127.0.0.1:$(RUN_PORT)"
	@echo "make test   – installér og kør hele testsuiten (SQLite og PostgreSQL)"
	@echo "make serve-prod – driftsprofil: gunicorn, PostgreSQL, WhiteNoise (kræver SECRET_KEY og ALLOWED_HOSTS)"
	@echo "make load   – belastningstest: 50 brugere i 2 minutter mod driftsprofilen (make load-fault: genstart af PostgreSQL undervejs)"

$(UV):
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

.venv/.synced: pyproject.toml uv.lock | $(UV)
	$(UV) sync --locked --python $(PYTHON) --quiet
	touch $@

install: .venv/.synced
	@scripts/system_deps.sh runtime

run: export DEBUG := true
run: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py seed_demo
	$(PY) manage.py runserver 127.0.0.1:$(RUN_PORT)

test: install
	@scripts/system_deps.sh test
	scripts/test.sh

serve-prod: install
	scripts/serve_prod.sh

lint: install
	.venv/bin/ruff check .

# The load test (docs/reliability.md): locust lives in its own environment from the `load`
# dependency group, so `make install` and `make test` never install or run it.
LOAD_VENV := $(TOOLS)/load-venv

$(LOAD_VENV)/.synced: pyproject.toml uv.lock | $(UV)
	UV_PROJECT_ENVIRONMENT=$(CURDIR)/$(LOAD_VENV) $(UV) sync --locked --only-group load --python $(PYTHON) --quiet
	touch $@

load: install $(LOAD_VENV)/.synced
	$(PY) scripts/load/run_load.py --locust $(LOAD_VENV)/bin/locust

load-fault: install $(LOAD_VENV)/.synced
	$(PY) scripts/load/run_load.py --locust $(LOAD_VENV)/bin/locust --fault

# Page speed at scale (docs/performance.md): SQLite, or PostgreSQL when DATABASE_URL points at one.
bench: install
	$(PY) scripts/bench_pages.py
