# Two commands do all the set-up on a fresh machine (see README.md):
#   make serve   install what the site needs, build it and serve it on http://127.0.0.1:8000/ (PORT=8001: another port)
#   make test    install what the tests need (Chromium and Java from Debian: as root, or through sudo) and run every test
# and `make publish` publishes with mkdocs gh-deploy (SITE_URL must give the site's real address).

VENV    ?= .venv
PYTHON  ?= python3
PORT    ?= 8000
BIN      = $(VENV)/bin
export NO_MKDOCS_2_WARNING = 1

.PHONY: serve build test test-unit test-fast mutation publish schema lock clean debian-packages

# Every package, indirect ones too, at the version and with the hashes of requirements/*.lock (made from
# pyproject.toml by `make lock`): pip refuses a file whose hash differs, and installs nothing unlisted.
INSTALL  = $(BIN)/python -m pip install --quiet --require-hashes --no-deps -r
# The project's own package (hooks/cica_record, with its MkDocs plugin), from this folder, editable: nothing
# fetched (no index, no dependencies: the locks hold them; built with the setuptools of the locks). Metadata
# left in the folder by an earlier install (when the project packaged nothing) would hide the plugin's entry
# point from Python started here: it goes first.
INSTALL_PROJECT = rm -rf cica_record.egg-info hooks/cica_record.egg-info && \
	$(BIN)/python -m pip install --quiet --no-index --no-deps --no-build-isolation -e .

$(BIN)/mkdocs: requirements/site.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(INSTALL) requirements/site.lock
	$(INSTALL_PROJECT)
	touch $@

$(VENV)/.test-deps: $(BIN)/mkdocs requirements/test.lock package.json | debian-packages
	$(INSTALL) requirements/test.lock
	npm ci --silent --no-audit --no-fund
	touch $@

# Chromium (browser tests) and Java (the HTML validator) come from Debian: installed with apt-get as root,
# through sudo otherwise; where neither can install them, one line says what to do.
debian-packages:
	@missing=""; \
	command -v chromium >/dev/null || missing="$$missing chromium"; \
	command -v java >/dev/null || missing="$$missing default-jre-headless"; \
	[ -z "$$missing" ] && exit 0; \
	if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq $$missing; \
	elif command -v sudo >/dev/null; then sudo apt-get update -qq && sudo apt-get install -y -qq $$missing; \
	else false; fi || { \
	echo "make test needs the Debian packages$$missing and cannot install them: run it as root or as a user with sudo, or have them installed (apt-get install$$missing)" >&2; \
	exit 1; }

serve: $(BIN)/mkdocs
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:$(PORT)

build: $(BIN)/mkdocs
	$(BIN)/mkdocs build --strict

# One test process per core (pytest-xdist): the suite waits on builds, servers and the browser, and
# its longest test, the scale benchmark's smoke run, then runs beside the others. Three layers
# (markers, tests/conftest.py): unit (no site is built), site (real builds, each once per run), browser.
test: $(VENV)/.test-deps
	$(BIN)/python -m pytest -n auto

test-unit: $(VENV)/.test-deps
	$(BIN)/python -m pytest -n auto -m unit

test-fast: $(VENV)/.test-deps
	$(BIN)/python -m pytest -n auto -m "not browser"

# Mutation testing of the package (slow: not part of `make test`); MODULES="record.registry publish.guard" for some.
mutation: $(VENV)/.test-deps
	nice -n 19 $(BIN)/python tools/mutation.py $(MODULES)

publish: $(BIN)/mkdocs
	$(BIN)/mkdocs gh-deploy --strict

schema: $(BIN)/mkdocs
	$(BIN)/python -m cica_record.record.schema.files

# After changing a version in pyproject.toml: the locks anew, from PyPI (needs the uv tool, on PyPI).
# pymdown-extensions 13.1.2 needs Python 3.11.5 or later, hence the resolution's lowest Python.
LOCK = uv pip compile pyproject.toml --universal --python-version 3.11.5 --generate-hashes --no-header
lock:
	$(LOCK) --extra test --extra build -o requirements/test.lock
	$(LOCK) --extra build -c requirements/test.lock -o requirements/site.lock

clean:
	rm -rf site $(VENV) node_modules cica_record.egg-info hooks/cica_record.egg-info
