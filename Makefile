# The two commands of the README: `make run` and `make test`.
BUILD_DIR ?= build
JOBS ?= $(shell nproc)
FILE ?= fixtures/articles/trade-call.txt
ARGS ?=
BENCH_MB ?= 50
PREFIX ?= /usr/local

.PHONY: all deps build run test bench install package clean

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

# A benchmark, not a test: start-up, throughput and memory (docs/performance.md).
bench: build
	tools/bench.sh $(BUILD_DIR)/mtlint $(BENCH_MB)

# The binary, dictionaries and man page under PREFIX (docs/ci.md).
install: build
	cmake --install $(BUILD_DIR) --prefix $(PREFIX)

# A Debian package in $(BUILD_DIR) (CPack).
package: build
	cd $(BUILD_DIR) && cpack -G DEB

clean:
	rm -rf $(BUILD_DIR)
