# policykg: two commands do all set-up.
#   make run   creates .venv, installs (CPU torch first), ingests corpus/ into data/ and serves on :8000
#              (the passages embedded by the server in the background)
#   make test  creates .venv if needed and runs the test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DATA ?= data

.PHONY: run install browser ingest serve test lint bench eval clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	# CPU build first: otherwise sentence-transformers pulls torch with gigabytes of CUDA packages
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e ".[test,notebooks]"
	touch $@

install: $(VENV)/.installed

ingest: install
	$(BIN)/policykg ingest corpus/ --data $(DATA)

serve: install
	$(BIN)/policykg serve --data $(DATA)

# make run ingests without embedding (seconds) and serves at once: the server embeds the passages
# in the background, answering by BM25 until they are ready (/health: index.vectors)
run: install
	$(BIN)/policykg ingest corpus/ --data $(DATA) --no-dense
	$(BIN)/policykg serve --data $(DATA)

# Debian's headless Chromium for the web UI tests (best effort: the tests say why they skip without it)
browser:
	scripts/install_browser.sh

test: install browser
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check graph ingest api tests scripts

eval: install
	$(BIN)/python scripts/evaluate_ingest.py
	$(BIN)/python scripts/evaluate_search.py

# each figure beside the best alternative measured in the same run (docs/benchmarks.md)
bench: ingest
	$(BIN)/python scripts/bench_ingest.py
	$(BIN)/python scripts/bench_encoder.py
	tmp=$$(mktemp -d) && $(BIN)/python scripts/bench_search.py --index $(DATA)/index --keep $$tmp/index-100k \
	  && $(BIN)/python scripts/bench_search_api.py --data $(DATA) --rss-with-index $$tmp/index-100k; status=$$?; rm -rf $$tmp; exit $$status
	$(BIN)/python scripts/bench_search_api.py
	$(BIN)/python scripts/bench_store.py
	$(BIN)/python scripts/bench_sparql.py --data $(DATA)
	$(BIN)/python scripts/bench_reads.py --data $(DATA)

clean:
	rm -rf $(VENV) $(DATA) build *.egg-info
