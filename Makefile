# The two README commands: `make demo` and `make test`. Both build .venv from scratch on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO_DB := .demo/sift.db
SEED := src/sift/resources/seed-albu-kamal.txt

.PHONY: demo test lint bench clean

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml $(VENV)/.installed
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $@

demo: $(VENV)/.installed
	@mkdir -p $(dir $(DEMO_DB))
	$(BIN)/sift factchecks load-sample --db $(DEMO_DB)
	$(BIN)/sift check --db $(DEMO_DB) $(SEED)

test: $(VENV)/.installed-dev
	bash scripts/system-deps.sh
	bash scripts/with-postgres.sh $(BIN)/python -m pytest

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

clean:
	rm -rf $(VENV) .demo .pytest_cache .ruff_cache
