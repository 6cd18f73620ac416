# WhaleLog: every target bootstraps its own virtual environment first.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: demo test bench lint package package-test clean run translations translations-update

CONSTRAINTS := packaging/constraints.txt

$(STAMP): pyproject.toml setup.py
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,package]'  # tests/packaging executes the PyInstaller spec
	touch $(STAMP)

venv: $(STAMP) translations

# The crew's languages (issue 16): .ts sources are in git, .qm catalogues are built here (and shipped in the wheel
# and the PyInstaller build). translations-update re-reads every translatable string from the sources into the .ts.
TS := $(foreach lang,nb is ja,whalelog_gui/translations/whalelog_$(lang).ts)
TS_EN := whalelog_gui/translations/whalelog_en.ts  # English plural forms only ("1 alert", "2 alerts")
QM := $(TS:.ts=.qm) $(TS_EN:.ts=.qm)
whalelog_gui/translations/%.qm: whalelog_gui/translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

translations-update: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -locations none -no-obsolete $$(find whalelog_gui -name '*.py' | sort) -ts $(TS)
	$(VENV)/bin/pyside6-lupdate -locations none -no-obsolete -pluralonly $$(find whalelog_gui -name '*.py' | sort) \
		-ts $(TS_EN)

# A populated demo season (demo-data) in a new temporary folder, opened with the simulated voyage running:
# every page filled, and never the ship's real logbook (the file is marked as a demo logbook).
DEMO_DAYS ?= 30
DEMO_ARGS ?=
demo: $(STAMP) translations
	@dir=$$(mktemp -d "$${TMPDIR:-/tmp}/whalelog-demo-XXXXXX") && \
	$(PY) -m whalelog_gui demo-data --db "$$dir/demo-season.sqlite" --days $(DEMO_DAYS) && \
	$(PY) -m whalelog_gui --demo --db "$$dir/demo-season.sqlite" $(DEMO_ARGS)

run: $(STAMP) translations
	$(PY) -m whalelog_gui

test: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -n 2

# CI contracts: pyflakes/pycodestyle/bugbear (ruff), Qt only in ui/ and the layers (import-linter), types of the core
lint: $(STAMP)
	$(PY) -m pip install --quiet -e '.[lint]'
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(VENV)/bin/lint-imports
	$(PY) -m mypy

bench: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -s tests/benchmarks -p no:randomly --override-ini addopts=

# the build is pinned: every package that goes into the app at the version in packaging/constraints.txt
package: $(STAMP) translations
	$(PY) -m pip install --quiet -c $(CONSTRAINTS) -e '.[package]'
	$(PY) -m PyInstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller packaging/whalelog.spec

package-test: package
	QT_QPA_PLATFORM=offscreen $(PY) packaging/smoke_test.py dist/whalelog

clean:
	rm -rf build dist *.egg-info
