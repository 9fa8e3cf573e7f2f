# Two commands: `make run` (install + start the GUI) and `make test` (install + run the suite headless).
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test install bench screenshots clean package

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24" setuptools wheel

# Reinstall only when the dependency list changes; a second run skips it.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

# The Spanish interface: the .ts catalogue (in the repository) compiled to the .qm Qt loads.
QM := viralml_desktop/gui/i18n/viralml_es.qm
$(QM): viralml_desktop/gui/i18n/viralml_es.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

install: $(STAMP) $(QM)

run: install
	$(BIN)/viralml gui

test: install
	QT_QPA_PLATFORM=offscreen YOLO_OFFLINE=1 HF_HUB_OFFLINE=1 $(BIN)/python -m pytest -q -n auto --maxprocesses 4 --durations 15

bench: install
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/run_all.py

screenshots: install
	QT_QPA_PLATFORM=offscreen $(BIN)/viralml gui --screenshot screenshots/main.png

# The standalone one-folder app (dist/viralml/viralml) from packaging/viralml.spec; then
# packaging/smoke.sh checks it offline. Not part of `make test` (the build takes many minutes).
# The CPU build by default; `make package GPU=1` keeps every CUDA library and lets torch use a GPU.
GPU ?= 0
package: install
	$(BIN)/python -m pip install --quiet -e ".[package]"
	VIRALML_GPU_BUILD=$(GPU) nice -n 10 $(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller packaging/viralml.spec

clean:
	rm -rf $(VENV) build dist *.egg-info
