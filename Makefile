# relgraph: `make run` builds the graph from corpus/ into output/; `make test` runs the whole suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SEEDS := $(wildcard ../shared/seeds)

.PHONY: run test quality bench fuzz clean

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

# Extraction quality on every gold set: the seed, our own sets, and the real-news tune and check halves.
NEWS_GOLD := tests/gold/news_wire_tune.json tests/gold/news_wire_check.json \
	tests/gold/news_guardian_tune.json tests/gold/news_guardian_check.json
quality: $(STAMP)
	$(BIN)/relgraph eval ../shared/eval/seed_gold.json tests/gold/dev_gold.json tests/gold/holdout_gold.json \
		$(NEWS_GOLD) --no-errors || true
	$(BIN)/relgraph agreement tests/gold/news_second_annotation.json $(NEWS_GOLD)
	$(BIN)/python scripts/readme_quality.py

bench: $(STAMP)
	$(BIN)/python bench/run_all.py

fuzz: $(STAMP)
	$(BIN)/python tests/fuzz/fuzz_readers.py --examples 5000
	$(BIN)/python tests/fuzz/fuzz_extract.py --examples 2000

clean:
	find output -mindepth 1 ! -name README.md -exec rm -rf {} +
	rm -rf .pytest_cache
