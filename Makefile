# The two commands of the README: `make run` and `make test`.
BUILD_DIR ?= build
JOBS ?= $(shell nproc)
FILE ?= fixtures/articles/trade-call.txt
ARGS ?=
BENCH_MB ?= 50
PREFIX ?= /usr/local
ASAN_DIR ?= build-asan
FUZZ_DIR ?= build-fuzz
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= lint_fix normalize config segmenter

.PHONY: all deps build run test test-asan fuzz bench install package clean

all: build

deps:
	@tools/install-deps.sh

$(BUILD_DIR)/CMakeCache.txt: | deps
	cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=Release

build: deps $(BUILD_DIR)/CMakeCache.txt
	cmake --build $(BUILD_DIR) -j $(JOBS)

# Findings make mtlint exit 1; `make run` shows them and still succeeds.
run: build
	@$(BUILD_DIR)/mtlint check $(ARGS) $(FILE); status=$$?; [ $$status -le 1 ] || exit $$status

test: build
	cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS)

# The test suite built with AddressSanitizer and UndefinedBehaviorSanitizer
# (docs/robustness.md); .ci/run runs it after `make test`. All of it but
# `runs`, which lints a 30 MB corpus eight times: under ASan on a busy 2-core
# machine it passed CTest's 25-minute limit; the ordered runner it drives has
# unit tests, which do run here.
$(ASAN_DIR)/CMakeCache.txt: | deps
	cmake -S . -B $(ASAN_DIR) -DCMAKE_BUILD_TYPE=Debug -DMTLINT_SANITIZE=ON

test-asan: deps $(ASAN_DIR)/CMakeCache.txt
	cmake --build $(ASAN_DIR) -j $(JOBS)
	cd $(ASAN_DIR) && \
	  ASAN_OPTIONS=detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1 \
	  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  ctest --output-on-failure -j $(JOBS) -E '^runs$$'

# Each libFuzzer target for FUZZ_SECONDS (docs/robustness.md); needs clang-14.
$(FUZZ_DIR)/CMakeCache.txt:
	@tools/install-deps.sh fuzz
	CC=clang-14 CXX=clang++-14 cmake -S . -B $(FUZZ_DIR) -DCMAKE_BUILD_TYPE=Debug \
	  -DMTLINT_FUZZ=ON -DBUILD_TESTING=ON

fuzz: deps $(FUZZ_DIR)/CMakeCache.txt
	cmake --build $(FUZZ_DIR) -j $(JOBS) --target fuzz_seeds $(FUZZ_TARGETS:%=%_fuzzer)
	tools/fuzz.sh $(FUZZ_DIR) $(FUZZ_SECONDS) $(FUZZ_TARGETS)

# A benchmark, not a test: start-up, throughput and memory (docs/performance.md).
bench: build
	@tools/install-deps.sh bench
	tools/bench.sh $(BUILD_DIR)/mtlint $(BENCH_MB)

# The binary, dictionaries and man page under PREFIX (docs/ci.md).
install: build
	cmake --install $(BUILD_DIR) --prefix $(PREFIX)

# A Debian package in $(BUILD_DIR) (CPack).
package: build
	cd $(BUILD_DIR) && cpack -G DEB

clean:
	rm -rf $(BUILD_DIR)
