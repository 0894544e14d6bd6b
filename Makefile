# tally: build, test and demo.  See README.md.
#
#   make            build libtally.a and ./tally
#   make check      install missing packages, build, run every test
#   make demo       install missing packages, build, run the main job on datasets/
#   make eval       score the recogniser against annotated texts (needs ../shared)
#   make bench      throughput and peak memory of 'tally extract' on a generated corpus
#   make sanitize   build and test with ASan + UBSan into build-san/

CC      ?= cc
OPT     ?= -O2 -g
CFLAGS  += -std=c11 -D_POSIX_C_SOURCE=200809L -Wall -Wextra -Werror $(OPT)
CPPFLAGS += -Iinclude -Isrc -DTALLY_DATADIR='"$(abspath datasets)"'
LDLIBS  = -lcsv -lgsl -lgslcblas -lm
BUILD   ?= build
SHARED  ?= ../shared

LIB_SRC  := $(sort $(wildcard src/*.c))
CLI_SRC  := $(sort $(wildcard src/cli/*.c))
UNIT_SRC := $(sort $(wildcard tests/unit/test_*.c))
LIB_OBJ  := $(LIB_SRC:%.c=$(BUILD)/%.o)
CLI_OBJ  := $(CLI_SRC:%.c=$(BUILD)/%.o)
UNIT_BIN := $(UNIT_SRC:%.c=$(BUILD)/%)

PACKAGES = libgsl-dev libcsv-dev gnuplot-nox libcmocka-dev poppler-utils libxml2-utils

.PHONY: all deps check demo eval bench screenshot sanitize valgrind clean
all: $(BUILD)/tally
ifeq ($(BUILD),build)
all: tally libtally.a
endif

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -MMD -MP -c $< -o $@

$(BUILD)/libtally.a: $(LIB_OBJ)
	$(AR) rcs $@ $^
$(BUILD)/tally: $(CLI_OBJ) $(BUILD)/libtally.a
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(CLI_OBJ) $(BUILD)/libtally.a $(LDLIBS)

# the default build also leaves the library and the command at the top level
libtally.a: $(BUILD)/libtally.a
	cp $< $@
tally: $(BUILD)/tally
	cp $< $@

$(BUILD)/tests/unit/%: $(BUILD)/tests/unit/%.o $(BUILD)/libtally.a
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< $(BUILD)/libtally.a -lcmocka $(LDLIBS)

$(BUILD)/tests/bench/bench: $(BUILD)/tests/bench/bench.o
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $<

# evaluation programs: tests/eval/NAME.c -> $(BUILD)/tests/eval/NAME
EVAL_SRC := $(sort $(wildcard tests/eval/*.c))
EVAL_BIN := $(EVAL_SRC:%.c=$(BUILD)/%)
$(BUILD)/tests/eval/%: $(BUILD)/tests/eval/%.o $(BUILD)/libtally.a
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< $(BUILD)/libtally.a $(LDLIBS)

# Install what is missing (as root), or say exactly what to run.
deps:
	@missing=""; for p in $(PACKAGES); do \
	  dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing:$$missing"; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq$$missing >/dev/null) || exit 1; \
	  else \
	    echo "missing packages; run as root:"; echo "  apt-get install -y$$missing"; exit 1; \
	  fi; \
	fi

check: deps
	$(MAKE) all $(UNIT_BIN) $(EVAL_BIN)
	@BUILD=$(BUILD) SHARED=$(SHARED) sh tests/run.sh $(UNIT_BIN)

demo: deps
	$(MAKE) all
	sh tests/demo.sh

eval: deps
	$(MAKE) all $(EVAL_BIN)
	@BUILD=$(BUILD) SHARED=$(SHARED) sh tests/eval/run.sh

bench: deps
	$(MAKE) all $(BUILD)/tests/bench/bench
	@mkdir -p $(BUILD)/bench
	$(BUILD)/tests/bench/bench $(BUILD)/tally $(BUILD)/bench

# a headless Chromium screenshot of the demo report (skipped without chromium)
screenshot: demo
	sh tests/screenshot.sh

sanitize: deps
	$(MAKE) BUILD=build-san OPT="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer" \
	  LDFLAGS="-fsanitize=address,undefined" all $(UNIT_SRC:tests/unit/%.c=build-san/tests/unit/%)
	@BUILD=build-san ASAN_OPTIONS=detect_leaks=1 SHARED=$(SHARED) sh tests/run.sh $(UNIT_SRC:tests/unit/%.c=build-san/tests/unit/%)
	@SHARED=$(SHARED) sh tests/sanitize_docs.sh build-san/tally

# valgrind itself is installed (or asked for) only for this target
valgrind:
	@$(MAKE) --no-print-directory deps PACKAGES="$(PACKAGES) valgrind"
	$(MAKE) all $(UNIT_BIN)
	@BUILD=$(BUILD) VALGRIND=1 SHARED=$(SHARED) sh tests/run.sh $(UNIT_BIN)

clean:
	rm -rf build build-* tally libtally.a

-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d) $(UNIT_SRC:%.c=$(BUILD)/%.d)
