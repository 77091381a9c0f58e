# `make run` and `make test` each set up what they need; a stamp keeps reinstalls fast.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench lint clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/roi-bot

lint: $(STAMP)
	$(BIN)/ruff check calc bot tests bench
	$(BIN)/ruff format --check calc bot tests bench
	$(BIN)/mypy calc bot

# A process per core and one more (tests/conftest.py says why), each taking whole files
# (a file's shared server stays shared).
test: lint
	$(BIN)/python -m pytest -n auto --dist loadfile

bench: $(STAMP)
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) *.egg-info
