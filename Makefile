# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install run build test lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# Make .venv and install presscal (editable) with its test extras.
# An editable install compiles no bytecode, and where PYTHONDONTWRITEBYTECODE is set nothing
# ever does: each `presscal` run would compile its modules again (70 ms of every start).
install: $(BIN)/python
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[test]'
	$(BIN)/python -m compileall -q -l . parsers feeds
	$(BIN)/python -m patterncache  # the parsers' patterns, compiled once (see patterncache.py)

# Build the calendar from the bundled examples and serve it on http://$(HOST):$(PORT)/.
run: install
	$(BIN)/presscal serve --host $(HOST) --port $(PORT)

build: install
	$(BIN)/presscal build

# The whole test suite.
test: install
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check .
	$(BIN)/mypy

bench: install
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[test,bench]'
	$(BIN)/python bench/extract_speed.py

clean:
	rm -rf $(VENV) output/events output/*.ics output/*.atom output/*.json output/*.html output/*.css output/*.js presscal.db* tests/artifacts
