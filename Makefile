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

.PHONY: help install run test lint serve-prod

help:
	@echo "make run    – installér, indlæs demodata og start intranettet på http://127.0.0.1:$(RUN_PORT)"
	@echo "make test   – installér og kør hele testsuiten (SQLite og PostgreSQL)"
	@echo "make serve-prod – driftsprofil: gunicorn, PostgreSQL, WhiteNoise (kræver SECRET_KEY og ALLOWED_HOSTS)"

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
