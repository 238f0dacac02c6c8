# Care Careers Guide. `make help` lists the targets.
.DEFAULT_GOAL := help
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: help
help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-12s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

.PHONY: bootstrap
bootstrap: $(STAMP) ## Create .venv and install the project into it

.PHONY: browser
browser: ## Install Debian's chromium and chromium-driver for the browser tests
	@if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium chromium-driver; \
	fi

.PHONY: run
run: $(STAMP) ## Set up if needed, then serve the app on the bundled knowledge base
	$(BIN)/careers-bot serve

.PHONY: lint
lint: $(STAMP) ## ruff lint and format check, mypy type check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

.PHONY: check
check: $(STAMP) ## Validate the knowledge base strictly
	$(BIN)/careers-bot check --strict

.PHONY: bench
bench: $(STAMP) ## Benchmarks: understanding accuracy, time per turn, HTTP throughput against bare Flask
	$(BIN)/python -m benchmarks.accuracy
	$(BIN)/python -m benchmarks.latency
	$(BIN)/python -m benchmarks.http

.PHONY: test
test: $(STAMP) browser lint check ## Set up if needed, then run every check and test
	$(BIN)/pytest
