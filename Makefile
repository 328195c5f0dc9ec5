# T2 Monitor — build, demo and test targets. `make demo` and `make test` install what they need.
SHELL := /bin/bash
SYS_PY := /usr/bin/python3
VENV := .venv
PY := $(VENV)/bin/python
BUILD := build
PLUGIN := t2_monitor_plugin
SAMPLE := $(BUILD)/sample
LANGS := es fr pt
export QT_QPA_PLATFORM ?= offscreen
export QGIS_PLUGINPATH := $(abspath $(BUILD))

.PHONY: help system venv test test-fast lint translations qm build package sample demo bench clean docs contract disconnect-check

help:
	@echo "make demo     run the main workflow headless on the sample region (outputs in demo_output/)"
	@echo "make test     install the test environment and run the whole test suite"
	@echo "make lint     ruff"
	@echo "make package  build dist/$(PLUGIN).zip for QGIS 'Install from ZIP'"
	@echo "make translations  update i18n/*.ts from the code and compile .qm"
	@echo "make bench    run the benchmarks in bench/ (slow)"
	@echo "make docs     regenerate docs/algorithms.md from the algorithm specs"
	@echo "make contract record the current public interface in tests/contract/interface.json (deliberate changes)"

system:
	@bash scripts/install_system_deps.sh

$(VENV)/.installed: requirements-dev.txt
	@$(MAKE) --no-print-directory system
	$(SYS_PY) -m venv --system-site-packages $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -r requirements-dev.txt
	touch $@

venv: $(VENV)/.installed

lint: venv
	$(VENV)/bin/ruff check .

translations: system
	$(SYS_PY) i18n/update_ts.py
	@$(MAKE) --no-print-directory qm

qm:
	@for l in $(LANGS); do lrelease -silent i18n/t2monitor_$$l.ts -qm i18n/t2monitor_$$l.qm; done

build: system qm
	rm -rf $(BUILD)/$(PLUGIN)
	mkdir -p $(BUILD)/$(PLUGIN)/i18n $(BUILD)/$(PLUGIN)/resources
	cp -r $(PLUGIN)/. $(BUILD)/$(PLUGIN)/
	cp metadata.txt LICENSE $(BUILD)/$(PLUGIN)/
	mkdir -p $(BUILD)/$(PLUGIN)/docs && cp docs/algorithms.html $(BUILD)/$(PLUGIN)/docs/
	cp i18n/*.qm $(BUILD)/$(PLUGIN)/i18n/
	cp -r resources/icons resources/styles resources/models resources/sample resources/data resources/layouts $(BUILD)/$(PLUGIN)/resources/
	find $(BUILD)/$(PLUGIN) \( -name __pycache__ -o -name '*.pyc' -o -name '.pytest_cache' \) -prune -exec rm -rf {} +

package: build
	mkdir -p dist
	rm -f dist/$(PLUGIN).zip
	cd $(BUILD) && zip -q -r ../dist/$(PLUGIN).zip $(PLUGIN)
	@echo "dist/$(PLUGIN).zip"

$(SAMPLE)/.complete: resources/sample/generate_sample.py resources/sample/t2_sample.qgs
	@$(MAKE) --no-print-directory system
	rm -rf $(SAMPLE)
	$(SYS_PY) resources/sample/generate_sample.py $(SAMPLE)
	cp resources/sample/t2_sample.qgs $(SAMPLE)/
	touch $@

sample: $(SAMPLE)/.complete

demo: build sample
	$(SYS_PY) scripts/demo.py --sample $(SAMPLE) --out demo_output

test: venv build sample
	T2M_SAMPLE_DIR=$(abspath $(SAMPLE)) $(PY) -m pytest -q --timeout=900

docs: venv
	$(PY) scripts/make_docs.py

disconnect-check: venv build sample
	T2M_SAMPLE_DIR=$(abspath $(SAMPLE)) $(PY) scripts/disconnect_check.py

contract: venv
	$(PY) scripts/interface.py --write tests/contract/interface.json

test-fast: venv
	$(PY) -m pytest -q tests/core

bench: venv build
	$(PY) bench/run_all.py

clean:
	rm -rf $(BUILD) dist demo_output bench/output i18n/*.qm
