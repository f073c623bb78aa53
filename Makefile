# strikewatch: `make run` sets everything up and ingests the sample corpus; `make test` runs the suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= strikewatch.db
STAMP := $(VENV)/.installed

.PHONY: install run test test-fast bench lint clean

$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c requirements.lock -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/strikewatch ingest examples/corpus/ --db $(DB)

test: install
	$(BIN)/python -m pytest

test-fast: install
	$(BIN)/python -m pytest -m "not slow"

bench: install
	$(BIN)/python benchmarks/bench_ingest.py
	$(BIN)/strikewatch bench --n $(or $(N),1000)
	$(BIN)/python benchmarks/dates_vs_dateparser.py
	$(BIN)/python benchmarks/geo_vs_baseline.py

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm bench/ .pytest_cache
