# WhaleLog: every target bootstraps its own virtual environment first.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: demo test bench lint package package-test clean run

CONSTRAINTS := packaging/constraints.txt

$(STAMP): pyproject.toml setup.py
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,package]'  # tests/packaging executes the PyInstaller spec
	touch $(STAMP)

venv: $(STAMP)

demo: $(STAMP)
	$(PY) -m whalelog_gui --demo

run: $(STAMP)
	$(PY) -m whalelog_gui

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

# CI contracts: pyflakes/pycodestyle/bugbear (ruff), Qt only in ui/ and the layers (import-linter), types of the core
lint: $(STAMP)
	$(PY) -m pip install --quiet -e '.[lint]'
	$(PY) -m ruff check .
	$(VENV)/bin/lint-imports
	$(PY) -m mypy

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -s tests/benchmarks -p no:randomly --override-ini addopts=

# the build is pinned: every package that goes into the app at the version in packaging/constraints.txt
package: $(STAMP)
	$(PY) -m pip install --quiet -c $(CONSTRAINTS) -e '.[package]'
	$(PY) -m PyInstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller packaging/whalelog.spec

package-test: package
	QT_QPA_PLATFORM=offscreen $(PY) packaging/smoke_test.py dist/whalelog

clean:
	rm -rf build dist *.egg-info
