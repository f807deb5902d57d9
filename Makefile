# `make run` and `make test` are the whole set-up: each makes .venv from
# pyproject.toml when it is missing or older than pyproject.toml.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TS := $(wildcard resources/i18n/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run qt-check test lint translations bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Written beside and renamed: a running app or test reads the .qm it loaded from disk.
resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@.tmp && mv -f $@.tmp $@

translations: $(QM)

# The system libraries Qt's xcb plugin needs are checked first, before the venv
# is made: Qt's own message names libxcb-cursor0 whatever is missing. The check
# prints the one apt-get/dnf command that installs what is, and stops.
run:
	$(PYTHON) tools/qt_system_check.py --venv $(VENV)
	$(MAKE) --no-print-directory $(STAMP) translations
	$(BIN)/keyaccount --sample

qt-check:
	$(PYTHON) tools/qt_system_check.py --venv $(VENV)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy model graph
	$(BIN)/lint-imports

test: $(STAMP) translations lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

bench: $(STAMP) translations
	for b in bench/*.py; do QT_QPA_PLATFORM=offscreen $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) resources/i18n/*.qm
