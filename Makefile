# Two commands for a newcomer: `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP_RUN := $(VENV)/.installed-run
STAMP_TEST := $(VENV)/.installed-test
HOST ?= 127.0.0.1
PORT ?= 8000
# Links in alerts, confirmation mails and the feed name the address served, unless a base URL
# is set (in the environment or in .env), as a deployment behind a proxy sets it.
BASE_URL_SET := $(or $(TOCSIN_BASE_URL),$(shell grep -s '^TOCSIN_BASE_URL=' .env))
LINK_HOST := $(if $(filter 0.0.0.0 ::,$(HOST)),127.0.0.1,$(HOST))
SERVED_URL := $(if $(BASE_URL_SET),,TOCSIN_BASE_URL=http://$(LINK_HOST):$(PORT))
# The coalition's member list for the demo network, imported when it is there.
MEMBERS ?= ../shared/data/network/icrtop_members_2011.csv

.PHONY: run test install install-test lint bench catalogs clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# torch first, pinned to the CPU build; then everything else, which then finds it satisfied.
$(STAMP_RUN): $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e '.[coding]'
	touch $@

$(STAMP_TEST): $(STAMP_RUN)
	$(BIN)/pip install --quiet -e '.[coding,test]'
	touch $@

install: $(STAMP_RUN)
install-test: $(STAMP_TEST)

run: install
	$(BIN)/tocsin init
	if [ -f $(MEMBERS) ]; then $(BIN)/tocsin import members $(MEMBERS); fi
	$(BIN)/tocsin demo
	$(SERVED_URL) $(BIN)/tocsin serve --host $(HOST) --port $(PORT) --with-worker

test: install-test lint
	HF_HUB_OFFLINE=1 $(BIN)/python -m pytest -q -p no:cacheprovider $(PYTEST_ARGS)

lint: install-test
	$(BIN)/ruff check tocsin tests bench
	$(BIN)/mypy

bench: install-test
	$(BIN)/python bench/forecast_ewp.py

# The pages' words: extract them from the code and templates, then bring each language's
# catalog up to date (new messages come out untranslated; `make test` says which).
LOCALES := tocsin/locales
catalogs: install-test
	$(BIN)/pybabel extract -F $(LOCALES)/babel.cfg -k N_ -k N_plural:1,2 \
		-k _problem:2 -k _field_error:2 \
		--no-location --omit-header --sort-output -o $(LOCALES)/tocsin.pot .
	for l in fr es pt ar; do \
		$(BIN)/pybabel update -i $(LOCALES)/tocsin.pot -o $(LOCALES)/$$l.po -l $$l \
			--ignore-obsolete --no-fuzzy-matching || exit 1; \
	done

clean:
	rm -rf $(VENV) data
