# Two commands do all the set-up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed

.PHONY: demo test system-deps lint crawl serve bench relevance-model place-model clean

$(INSTALLED): pyproject.toml
	$(PYTHON) -m venv $(VENV) || { echo "python3 -m venv failed: on Debian, apt-get install python3-venv"; exit 1; }
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

demo: $(INSTALLED)  ## crawl the bundled sample portal and serve it on http://127.0.0.1:8001
	$(BIN)/familienarchiv demo

test: $(INSTALLED) system-deps  ## lint, then the whole test suite
	$(BIN)/ruff check pipeline scrapers sample_site tests bench/*
	$(BIN)/python -m pytest

system-deps:  ## Debian packages some tests need (browser, redis-server), installed when missing
	bash scripts/system-deps

lint: $(INSTALLED)
	$(BIN)/ruff check pipeline scrapers sample_site tests bench/*

crawl: $(INSTALLED)  ## the production job: crawl the live sources into archive.db
	$(BIN)/familienarchiv crawl

serve: $(INSTALLED)  ## publish archive.db on http://127.0.0.1:8001
	$(BIN)/familienarchiv serve

bench: $(INSTALLED)  ## every benchmark, medians of 3 runs (long: bench/search builds 1M articles)
	for bench in extract crawl crawl_sample relevance enrich faults search; do \
	  $(BIN)/python bench/$$bench $$(case $$bench in relevance|enrich|faults) ;; *) echo --runs 3;; esac) || exit 1; \
	done

relevance-model: $(INSTALLED)  ## retrain pipeline/data/relevance_model.json on the blind set's dev parts
	$(BIN)/familienarchiv train-relevance-model bench/data/blind/items/relevance-*.dev.jsonl

place-model: $(INSTALLED)  ## retrain pipeline/data/place_model.json on the blind set's dev parts
	$(BIN)/familienarchiv train-place-model bench/data/blind/items/enrich-*.dev.jsonl

clean:
	rm -rf $(VENV) demo
