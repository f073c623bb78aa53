# strikewatch: `make run` sets everything up and ingests the sample corpus; `make test` runs the suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= strikewatch.db
STAMP := $(VENV)/.installed

VENDOR := src/strikewatch/web/static/vendor
CHROMIUM := /usr/bin/chromium

.PHONY: install run test test-fast lint bench bench-long bench-scale stress serve web-assets browser clean eval eval-check train \
	eval-filter

# requirements-nodeps.txt: spaCy models whose metadata pins an older spaCy (Spanish); --no-deps, see the file
$(STAMP): pyproject.toml requirements.lock requirements-nodeps.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c requirements.lock -e '.[dev]'
	$(BIN)/python -m pip install --quiet --no-deps -r requirements-nodeps.txt
	touch $(STAMP)

# Front-end libraries for the web interface, from the npm registry, pinned in package-lock.json
$(VENDOR)/.installed: package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund --silent
	mkdir -p $(VENDOR)/leaflet $(VENDOR)/swagger-ui
	cp -r node_modules/leaflet/dist/leaflet.js node_modules/leaflet/dist/leaflet.css node_modules/leaflet/dist/images $(VENDOR)/leaflet/
	cp node_modules/topojson-client/dist/topojson-client.min.js node_modules/world-atlas/countries-110m.json \
	   node_modules/chart.js/dist/chart.umd.min.js $(VENDOR)/
	cp node_modules/swagger-ui-dist/swagger-ui-bundle.js node_modules/swagger-ui-dist/swagger-ui.css $(VENDOR)/swagger-ui/
	touch $@

web-assets: $(VENDOR)/.installed

# Debian's chromium for the browser tests (Playwright drives it; no browser download)
$(CHROMIUM):
	apt-get update -qq && apt-get install -y -qq chromium

browser: $(CHROMIUM)

install: $(STAMP) web-assets

run: install
	$(BIN)/strikewatch ingest examples/corpus/ --db $(DB)

test: install browser
	$(BIN)/python -m pytest

test-fast: install
	$(BIN)/python -m pytest -m "not slow"

lint: install
	$(BIN)/ruff check src tests benchmarks training
	$(BIN)/mypy src/strikewatch

bench: install
	$(BIN)/python benchmarks/bench_ingest.py
	$(BIN)/strikewatch bench --n $(or $(N),1000)
	$(BIN)/python benchmarks/dates_vs_dateparser.py
	$(BIN)/python benchmarks/geo_vs_baseline.py
	-$(BIN)/python benchmarks/bench_screen.py
	-$(BIN)/python benchmarks/bench_triage.py
	$(BIN)/python benchmarks/bench_merge.py

# The Dask job on 1 then 2 local workers: documents/s, speed-up, peak memory per worker (N documents, default 2,000)
bench-scale: install
	$(BIN)/python benchmarks/bench_scale.py --n $(or $(N),2000)

# Quality on data nobody tuned on. ../shared (dev set, corpora) sits beside the checkout; see gold/README.md.
SHARED ?= ../shared
CORPORA := $(SHARED)/corpora
EVENT_DOCS := --docs $(CORPORA)/events-fr/docs.jsonl --docs $(CORPORA)/events-en/docs.jsonl
NEGATIVE_DOCS := --docs $(CORPORA)/negatives-fr/docs.jsonl --docs $(CORPORA)/negatives-en/docs.jsonl \
	--docs $(CORPORA)/events-es/negatives.jsonl
SPANISH_DOCS := --docs $(CORPORA)/events-es/docs.jsonl

eval: install
	@echo "== dev set"; $(BIN)/strikewatch eval $(SHARED)/devset/gold.jsonl
	@mkdir -p eval
	@echo "== tune (errors listed in eval/tune-errors.txt)"
	@$(BIN)/strikewatch eval gold/events.jsonl $(EVENT_DOCS) --split tune --explain > eval/tune-errors.txt
	@sed -n '1,/^fields on/p' eval/tune-errors.txt
	@echo "== Spanish tune (errors listed in eval/tune-errors-es.txt)"
	@$(BIN)/strikewatch eval gold/events-es.jsonl $(SPANISH_DOCS) --split tune --explain > eval/tune-errors-es.txt
	@sed -n '1,/^fields on/p' eval/tune-errors-es.txt
	@echo "== tune negatives"; $(BIN)/strikewatch eval gold/negatives.jsonl $(NEGATIVE_DOCS) --split tune --explain \
		> eval/negative-errors.txt; grep "documents with" eval/negative-errors.txt

# The relevance model of each language, from the tune split and the dev set (seeded; seconds)
train: install
	$(BIN)/python training/train_relevance.py --shared $(SHARED)

# Would an event-level filter (a logistic regression over each coded event) beat the rules? Cross-validated
# on what `make train` may learn from, grouped by document; prints the figures and a verdict, writes nothing.
eval-filter: install
	$(BIN)/python training/measure_event_filter.py --shared $(SHARED)

# The held-out split: scored, never read for errors (no --explain here, on purpose).
eval-check: install
	@echo "== check"; $(BIN)/strikewatch eval gold/events.jsonl $(EVENT_DOCS) --split check
	@echo "== Spanish check"; $(BIN)/strikewatch eval gold/events-es.jsonl $(SPANISH_DOCS) --split check
	@echo "== check negatives"; $(BIN)/strikewatch eval gold/negatives.jsonl $(NEGATIVE_DOCS) --split check \
		| grep "documents with"

# Time and peak memory against text length (25k to 200k characters, one 40k-character sentence)
bench-long: install
	$(BIN)/python benchmarks/bench_long_texts.py

# 20 concurrent clients against `strikewatch serve` on loopback (500 documents, bounded requests and time)
stress: install
	$(BIN)/python benchmarks/stress_web.py --requests $(or $(REQUESTS),1000) --seconds $(or $(STRESS_SECONDS),30)

serve: run
	$(BIN)/strikewatch serve --db $(DB)

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm bench/ .pytest_cache node_modules $(VENDOR)
