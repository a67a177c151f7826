# Two commands for a new user: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP_RUN := $(VENV)/.installed-run
STAMP_DEV := $(VENV)/.installed-dev
STAMP_PACKAGE := $(VENV)/.installed-package

.PHONY: run test lint typecheck imports deadcode pytest bench demo package package-test clean translations

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP_RUN): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(STAMP_DEV): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@ $(STAMP_RUN)

# The GUI needs a few system libraries (X11/Wayland); tools/gui_deps.sh installs
# them as root with apt-get or prints the command.
run: $(STAMP_RUN)
	@bash tools/gui_deps.sh $(BIN)/python
	$(BIN)/empfehlung-desktop $(ARGS)

demo: $(STAMP_RUN)
	@bash tools/gui_deps.sh $(BIN)/python
	$(BIN)/empfehlung-desktop --demo $(ARGS)

lint: $(STAMP_DEV)
	$(BIN)/ruff check empfehlung_desktop tests tools

typecheck: $(STAMP_DEV)
	$(BIN)/mypy

imports: $(STAMP_DEV)
	$(BIN)/lint-imports

# Functions nothing calls; names only a framework uses are in tools/vulture_allowlist.py.
deadcode: $(STAMP_DEV)
	$(BIN)/vulture

pytest: $(STAMP_DEV)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

test: lint typecheck imports deadcode pytest

bench: $(STAMP_DEV)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.bench

# The installable one-folder bundle (dist/empfehlung-desktop); not part of `make test`.
$(STAMP_PACKAGE): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[package,postgres]"
	touch $@ $(STAMP_RUN)

package: $(STAMP_PACKAGE)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/empfehlung-desktop.spec

package-test: package
	bash packaging/smoke_test.sh dist/empfehlung-desktop

clean:
	rm -rf $(VENV) build dist *.egg-info

# Update the English catalogue from the sources and compile it (see tools/translations.py).
translations: $(STAMP_DEV)
	$(BIN)/python -m tools.translations
