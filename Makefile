# relgraph: `make run` builds the graph from corpus/ into output/; `make test` runs the whole suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SEEDS := $(wildcard ../shared/seeds)

.PHONY: run test bench fuzz clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/relgraph build corpus $(SEEDS) --out output

test: $(STAMP)
	sh scripts/ensure-chromium.sh
	$(BIN)/python -m pytest -n 2 --dist loadfile

bench: $(STAMP)
	$(BIN)/python bench/run_all.py

fuzz: $(STAMP)
	$(BIN)/python tests/fuzz/fuzz_readers.py --examples 5000
	$(BIN)/python tests/fuzz/fuzz_extract.py --examples 2000

clean:
	find output -mindepth 1 ! -name README.md -exec rm -rf {} +
	rm -rf .pytest_cache
