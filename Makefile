# policykg: two commands do all set-up.
#   make run   creates .venv, installs (CPU torch first), ingests corpus/ into data/ and serves on :8000
#   make test  creates .venv if needed and runs the test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DATA ?= data

.PHONY: run install ingest serve test lint bench eval clean

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

run: ingest serve

test: install
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check graph ingest api tests scripts

eval: install
	$(BIN)/python scripts/evaluate_search.py

bench: install
	$(BIN)/python scripts/bench_store.py
	$(BIN)/python scripts/bench_search.py

clean:
	rm -rf $(VENV) $(DATA) build *.egg-info
