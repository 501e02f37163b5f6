# Two commands do all the set-up on a fresh machine (see README.md):
#   make serve   install what the site needs, build it and serve it on http://127.0.0.1:8000/
#   make test    install what the tests need (Chromium from Debian included) and run every test
# and `make publish` publishes with mkdocs gh-deploy.

VENV    ?= .venv
PYTHON  ?= python3
BIN      = $(VENV)/bin
export NO_MKDOCS_2_WARNING = 1

.PHONY: serve build test test-fast publish schema clean

$(BIN)/mkdocs: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.test-deps: $(BIN)/mkdocs pyproject.toml package.json
	$(BIN)/python -m pip install --quiet -e ".[test]"
	command -v chromium >/dev/null || (apt-get update -qq && apt-get install -y -qq chromium)
	command -v java >/dev/null || (apt-get update -qq && apt-get install -y -qq default-jre-headless)
	npm ci --silent --no-audit --no-fund
	touch $@

serve: $(BIN)/mkdocs
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

build: $(BIN)/mkdocs
	$(BIN)/mkdocs build --strict

test: $(VENV)/.test-deps
	$(BIN)/python -m pytest

test-fast: $(VENV)/.test-deps
	$(BIN)/python -m pytest -m "not browser"

publish: $(BIN)/mkdocs
	$(BIN)/mkdocs gh-deploy --strict

schema: $(BIN)/mkdocs
	$(BIN)/python hooks/record_json_schema.py

clean:
	rm -rf site $(VENV) node_modules
