# The two commands a newcomer needs: `make run` and `make test`. Everything else is a step of theirs.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
MANAGE := $(PY) manage.py
INSTALL_STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | sha1sum | cut -c1-12)
TEST_STAMP := $(VENV)/.installed-test-$(shell cat pyproject.toml | sha1sum | cut -c1-12)
PYTEST_ARGS ?=
# Test processes (pytest-xdist): one per core; TEST_WORKERS=0 runs the suite in this process.
TEST_WORKERS ?= auto
PYTEST = $(BIN)/pytest -n $(TEST_WORKERS) --dist worksteal
# The PostgreSQL the tests use (make test-postgres); scripts/ensure-services.sh installs, starts and opens it.
TEST_DATABASE_URL ?= postgres://fvp:fvp@127.0.0.1:5432/fvp

.PHONY: run install install-test setup messages compilemessages test test-postgres bench audit audit-deps check clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(INSTALL_STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	rm -f $(VENV)/.installed-*; touch $@

$(TEST_STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e ".[test]"
	rm -f $(VENV)/.installed-*; touch $@ $(INSTALL_STAMP)

install: $(INSTALL_STAMP)

install-test: $(TEST_STAMP)
	bash scripts/ensure-system-packages.sh
	DATABASE_URL=$(TEST_DATABASE_URL) bash scripts/ensure-services.sh

compilemessages:
	$(MANAGE) compilemessages --ignore=$(VENV) --ignore=node_modules -v 0

# Regenerate the .po files after changing interface text (project-level and per app).
# Interface text is written in English; fr and es are translated, en is filled from the source.
messages:
	$(MANAGE) makemessages -l fr -l es -l en --ignore=$(VENV) --ignore=home --ignore=news --ignore=directory --ignore=search --ignore=jobs --ignore=seo --ignore=editors --ignore=tests --no-obsolete
	for app in home news directory search jobs seo editors; do (cd $$app && ../$(PY) ../manage.py makemessages -l fr -l es -l en --no-obsolete); done
	$(PY) scripts/fill_english_po.py

setup: install compilemessages
	@if echo "$${DATABASE_URL:-}$${REDIS_URL:-}" | grep -Eq '(postgres(ql)?|redis)://([^@/]*@)?(127\.0\.0\.1|localhost)'; then \
		DATABASE_URL="$${DATABASE_URL:-$(TEST_DATABASE_URL)}" bash scripts/ensure-services.sh; fi
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo
	$(MANAGE) create_local_admin
	$(MANAGE) collectstatic --noinput -v 0

# The task worker (e-mails, search log) runs beside the server and stops with it.
run: setup
	@echo "Serving http://127.0.0.1:8000/ with a task worker (Ctrl-C to stop both)"
	@$(MANAGE) run_worker & worker=$$!; trap 'kill $$worker 2>/dev/null; wait $$worker' EXIT INT TERM; \
		$(MANAGE) runserver 127.0.0.1:8000

# The search-engine tests run against a real OpenSearch node (scripts/opensearch/), started here and always stopped.
OPENSEARCH_TEST_PORT ?= 9250
WITH_SEARCH_NODE = export OPENSEARCH_TEST_PORT=$(OPENSEARCH_TEST_PORT); bash scripts/opensearch/node.sh start || exit 1; status=0; \
	SEARCH_TEST_URL=http://127.0.0.1:$(OPENSEARCH_TEST_PORT) SEARCH_TEST_DISTRIBUTION=opensearch2

test: install-test compilemessages audit-deps
	$(WITH_SEARCH_NODE) $(PYTEST) $(PYTEST_ARGS) || status=$$?; bash scripts/opensearch/node.sh stop; exit $$status

test-postgres: install-test compilemessages
	$(WITH_SEARCH_NODE) DATABASE_URL=$(TEST_DATABASE_URL) $(PYTEST) $(PYTEST_ARGS) || status=$$?; \
	bash scripts/opensearch/node.sh stop; exit $$status

check: install
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run

bench: install-test compilemessages
	$(PY) -m bench $(BENCH_ARGS)

# Known vulnerabilities in the installed packages (pip-audit). Fails on one; says so loudly, without failing,
# when no vulnerability service can be reached (AUDIT_DEPS_STRICT=1 makes that fail too).
audit-deps: install-test
	$(PY) scripts/audit_deps.py

# Lighthouse scores (mobile) of the main page types, served by gunicorn with production settings.
audit: install-test compilemessages
	bash scripts/audit.sh

clean:
	rm -rf $(VENV) staticfiles var .pytest_cache
