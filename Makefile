# Set-up and everyday commands. Each target creates .venv and installs the project on first use.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: crawl test demo bench lint clean browser-deps

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed (set PYTHON=...)")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

## crawl: one crawl of every enabled source into the default SQLite database (data/cds.db)
crawl: $(STAMP)
	$(BIN)/scrapy crawl cds_news

## test: the whole test suite
## (TEST_WORKERS parallel pytest-xdist workers, one test file each; most tests wait on crawls)
TEST_WORKERS ?= 3
test: $(STAMP)
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadfile

## demo: the whole pipeline against the bundled offline replica, ending in data/demo.jsonl
demo: $(STAMP)
	$(BIN)/cds demo

## bench: the benchmarks; writes bench/RESULTS.md and bench/results.json
bench: $(STAMP)
	$(BIN)/python -m bench

## browser-deps: Debian's chromium for the status-page browser test (CI installs it; elsewhere
## the test skips without it)
browser-deps:
	@command -v chromium >/dev/null || command -v chromium-browser >/dev/null || \
	  (apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium)

lint: $(STAMP)
	$(BIN)/ruff check .

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache *.egg-info
