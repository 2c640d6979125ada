# The commands everyone runs.  `make demo` and `make test` set everything up
# themselves (a virtual environment in .venv, the C compiler if missing).
PYTHON ?= python3
VENV := .venv
VPY := $(VENV)/bin/python
JOBS ?= 2

.PHONY: setup demo test test-quick test-c mypy bench bench-quick bench-compile bench-ouro bench-jit ouro clean

$(VENV)/.ready: requirements-dev.txt scripts/ensure-tools.sh
	@scripts/ensure-tools.sh
	@test -x $(VPY) || $(PYTHON) -m venv $(VENV)
	@$(VPY) -m pip install -q --disable-pip-version-check -r requirements-dev.txt
	@touch $@

setup: $(VENV)/.ready

# bin/ouro compiles the standard library into its bytecode caches, as
# CPython's installation ships its .pyc files (never fails the build: a
# read-only installation only makes imports slower)
WARM_STDLIB = env -u PYTHONDONTWRITEBYTECODE ./bin/ouro scripts/warm_stdlib_cache.py --quiet

# the main job: translate the ouro interpreter into bin/ouro (and the small
# RPy example), then run a Python program with it
demo: setup
	@mkdir -p build bin
	$(VPY) -m rpy.translate --make-jobs $(JOBS) --output build/rpy_demo-c examples/rpy_demo.py
	./build/rpy_demo-c examples/rpy_demo.py
	$(VPY) -m rpy.translate --make-jobs $(JOBS) --output bin/ouro ouro/target.py
	-$(WARM_STDLIB)
	./bin/ouro examples/demo.py

# every test: untranslated, translated, the C runtime's own tests; over
# $(JOBS) pytest-xdist workers (tests/conftest.py shares the translations
# between them); the slowest tests are listed at the end
test: setup
	$(VPY) -m pytest -q -n $(JOBS) --dist worksteal --durations=30 tests

# the fast subset (no translation)
test-quick: setup
	$(VPY) -m pytest -q -m "not translated and not slow" tests

# type-check the RPy code (cheap: seconds, before a translation)
mypy: setup
	$(VPY) -m mypy rpy/rlib ouro examples/rpy_demo.py
	$(VPY) -m mypy benchmarks/rpy
	$(VPY) -m mypy examples/jitlang

bench: setup
	$(VPY) benchmarks/run_rpy.py

bench-quick: setup
	$(VPY) benchmarks/run_rpy.py --quick --reps 1

ouro: setup
	@mkdir -p bin
	$(VPY) -m rpy.translate --make-jobs $(JOBS) --output bin/ouro ouro/target.py
	-$(WARM_STDLIB)

# the interpreter benchmarks (pyperformance programs): bin/ouro vs CPython (and pypy3)
bench-ouro: setup
	@test -x bin/ouro || $(MAKE) ouro
	$(VPY) benchmarks/run_ouro.py

# the jitlang programs vs their C twins (the JIT column appears with --opt=jit)
bench-jit: setup
	$(VPY) benchmarks/run_jit.py

bench-compile: setup
	$(VPY) benchmarks/compile_stdlib.py

clean:
	rm -rf build $(VENV) .pytest_cache
