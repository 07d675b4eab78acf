# clspd — GNU make. `make` installs what is missing (as root), builds
# ./clspd and builds the sample content into output/; `make test` runs
# every test. See README.md and docs/dev/.

CC	?= cc
PREFIX	?= /usr/local
VERSION	 = 0.1.0

# Debian packages, in two lists (see README.md, "Why these libraries").
# BUILD_PACKAGES are what compiling ./clspd and running it need: `make`
# installs only these. TEST_PACKAGES are the test tools, installed by
# `make test`. tools/deps.sh finds each by what it provides (a command, a
# pkg-config module, a header, a file) before asking dpkg, so a machine
# that already has them builds without dpkg or root.
BUILD_PACKAGES = gcc make pkg-config libyaml-dev libcmark-dev libhpdf-dev \
		 zlib1g-dev libxlsxwriter-dev libhyphen-dev hyphen-fr fonts-lato gettext \
		 libgdk-pixbuf-2.0-dev libgit2-dev libmicrohttpd-dev libpng-dev \
		 librsvg2-dev
TEST_PACKAGES = libcriterion-dev valgrind python3 python3-yaml time git \
		poppler-utils qpdf chromium nodejs npm \
		default-jre-headless libpdfbox2-java libactivation-java \
		libjaxb-api-java fonts-dejavu-core \
		python3-openpyxl libreoffice-calc-nogui locales

SANITIZE ?=
ifeq ($(SANITIZE),1)
BUILD	?= build-san
SANFLAGS = -fsanitize=address,undefined -fno-sanitize-recover=all \
	   -fno-omit-frame-pointer
else ifeq ($(SANITIZE),thread)
BUILD	?= build-tsan
SANFLAGS = -fsanitize=thread -fno-omit-frame-pointer
else
BUILD	?= build
SANFLAGS =
endif

# Beyond -Wall -Wextra -Wpedantic: the format strings checked even when
# they are not literals (-Wformat=2), narrowing conversions between
# integers and floats (-Wconversion without the sign conversions, which
# are noisy against libharu's types), string literals as const, and the
# old C forms.
WARN	 = -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes \
	   -Wmissing-prototypes -Wno-unused-parameter -Wformat=2 \
	   -Wconversion -Wno-sign-conversion -Wwrite-strings -Wundef \
	   -Wold-style-definition -Wvla -Wpointer-arith \
	   -Wmissing-declarations -Wnested-externs -Wduplicated-cond \
	   -Wduplicated-branches -Wlogical-op
# `make WERROR=1` (what CI runs) turns every warning into an error.
WERROR	?=
ifeq ($(WERROR),1)
WARN	+= -Werror
endif
# Recursive on purpose: pkg-config is asked only once the packages exist.
PKG_CFLAGS = $(shell pkg-config --cflags libcmark yaml-0.1 xlsxwriter libgit2 \
	     libmicrohttpd libpng librsvg-2.0 gdk-pixbuf-2.0)
PKG_LIBS   = $(shell pkg-config --libs libcmark yaml-0.1 zlib xlsxwriter libgit2 \
	     libmicrohttpd libpng librsvg-2.0 gdk-pixbuf-2.0) -lhpdf -lhyphen
TEST_LIBS  = $(shell pkg-config --libs criterion)
CFLAGS	?= -O2 -g
# Where `make install` puts the message catalogues, compiled in: an
# installed clspd looks there (generator/util/i18n.c).
LOCALEDIR ?= $(PREFIX)/share/locale
ALL_CFLAGS = -std=c11 -pthread -D_DEFAULT_SOURCE -D_GNU_SOURCE \
	     -DCLSPD_VERSION='"$(VERSION)"' -DLOCALEDIR='"$(LOCALEDIR)"' \
	     $(WARN) $(CFLAGS) $(SANFLAGS) \
	     $(PKG_CFLAGS) -MMD -MP

LIB_SRC  = $(sort $(shell find generator -name '*.c' ! -name main.c))
LIB_OBJ  = $(LIB_SRC:%.c=$(BUILD)/%.o) $(BUILD)/generated/theme.o
THEME_FILES = $(sort $(shell find themes/default -type f))
TEST_SRC = $(sort $(wildcard tests/unit/*.c))
TEST_OBJ = $(TEST_SRC:%.c=$(BUILD)/%.o)

CONTENT	?= content
OUTPUT	?= output

.PHONY: all deps test-deps test check unit regress sanitize tsan valgrind golden bench \
	opendata browser-serve \
	clean install uninstall fuzz fuzz-seeds browser browser-selftest screenshots \
	schema schemas-test po po-check check-includes check-params check-lengths FORCE

# The message catalogues (po/, see po/README.md): one language, French.
LINGUAS	 = fr
MO_FILES = $(LINGUAS:%=$(BUILD)/locale/%/LC_MESSAGES/clspd.mo)
POT_SRC	 = $(sort $(shell find generator -name '*.c' -o -name '*.h'))
# File names without line numbers: a moved line does not change po/.
XGETTEXT = xgettext --language=C --from-code=UTF-8 --keyword=_ \
	   --keyword=N_ --keyword=ngettext:1,2 --add-comments=TRANSLATORS: \
	   --add-location=file --package-name=clspd \
	   --package-version=$(VERSION) --msgid-bugs-address=clspd

# A recipe that fails leaves no half-written target behind.
.DELETE_ON_ERROR:

# Writes $(1) to the file $(2) only when it changed, so that targets that
# depend on $(2) are rebuilt when a list of files or the flags change.
define write_if_changed
	@mkdir -p $(dir $(2))
	@printf '%s\n' $(1) > $(2).new
	@if cmp -s $(2).new $(2); then rm -f $(2).new; else mv $(2).new $(2); fi
endef

all: clspd $(MO_FILES) $(OUTPUT)/site/data/metrics.json

# Installs the Debian packages that are missing, when run as root;
# otherwise prints the apt-get line to run and stops. `deps` is what the
# build needs, `test-deps` what the tests add.
deps: $(BUILD)/.deps
$(BUILD)/.deps: Makefile tools/deps.sh
	@sh tools/deps.sh $(BUILD_PACKAGES)
	@mkdir -p $(BUILD) && touch $@

test-deps: $(BUILD)/.test-deps
$(BUILD)/.test-deps: Makefile tools/deps.sh | $(BUILD)/.deps
	@sh tools/deps.sh $(TEST_PACKAGES)
	@touch $@

# The compiler flags: objects are rebuilt when they change.
$(BUILD)/cflags: FORCE | $(BUILD)/.deps
	$(call write_if_changed,'$(CC) $(ALL_CFLAGS)',$@)

$(BUILD)/%.o: %.c $(BUILD)/cflags | $(BUILD)/.deps
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c $< -o $@

# The default theme, compiled into the binary (tools/embed.c).
$(BUILD)/embed: tools/embed.c | $(BUILD)/.deps
	$(CC) -O1 -o $@ tools/embed.c

# The list of theme files: a file added or removed regenerates theme.c.
$(BUILD)/theme.list: FORCE
	$(call write_if_changed,'$(THEME_FILES)',$@)

$(BUILD)/generated/theme.c: $(BUILD)/embed $(THEME_FILES) $(BUILD)/theme.list
	@mkdir -p $(dir $@)
	$(BUILD)/embed $@.tmp themes/default/ $(THEME_FILES)
	mv $@.tmp $@

$(BUILD)/generated/theme.o: $(BUILD)/generated/theme.c $(BUILD)/cflags
	$(CC) $(ALL_CFLAGS) -I. -c $< -o $@

$(BUILD)/libclspd.a: $(LIB_OBJ)
	rm -f $@
	ar rcs $@ $(LIB_OBJ)

# The catalogues are built with the binary, which finds them beside it
# ($(BUILD)/locale) from the source tree.
$(BUILD)/clspd: $(BUILD)/generator/main.o $(BUILD)/libclspd.a | $(MO_FILES)
	$(CC) $(SANFLAGS) -pthread -o $@ $< $(BUILD)/libclspd.a $(PKG_LIBS) -lm

clspd: $(BUILD)/clspd
	cp $< $@

# The sample build: content/ into output/, again when a file of the
# content or the theme is added, removed or changed (names with spaces
# included: the list is made by find, not by make).
$(BUILD)/content.list: FORCE
	@mkdir -p $(BUILD)
	@find $(CONTENT) themes -type f -printf '%p %T@ %s\n' 2>/dev/null | \
	    LC_ALL=C sort > $@.new
	@if cmp -s $@.new $@; then rm -f $@.new; else mv $@.new $@; fi

$(OUTPUT)/site/data/metrics.json: clspd $(BUILD)/content.list
	./clspd build $(CONTENT) -o $(OUTPUT)

$(TEST_OBJ): | $(BUILD)/.test-deps

$(BUILD)/tests/unit/run: $(TEST_OBJ) $(BUILD)/libclspd.a
	$(CC) $(SANFLAGS) -pthread -o $@ $(TEST_OBJ) $(BUILD)/libclspd.a $(PKG_LIBS) \
	    $(TEST_LIBS) -lm

# Every test: the unit and regress tests (Criterion, tests/unit/), then
# the differential test of the open data against an independent oracle
# written in Python from docs/format.md (tests/oracle/), then the layering of
# generator/ (tools/check-includes.py: no include up the pipeline, no
# cycle), its functions' parameters (tools/check-params.py: at most
# 6) and its files' lengths (tools/check-lengths.py: at most 800 lines),
# the tests of the build's tools (tests/tools/), the open data read
# back by independent tools (opendata), the JSON Schemas with
# yaml-language-server and ajv (schemas-test), then the browser checks of the
# site: first that they can fail (browser-selftest), then on every page
# of the sample site (browser).
test: $(BUILD)/.test-deps $(BUILD)/tests/unit/run $(BUILD)/clspd po-check \
	$(BUILD)/locales/fr_FR.UTF-8
	cd tests && CLSPD=../$(BUILD)/clspd ../$(BUILD)/tests/unit/run \
	    --jobs 2 $(TESTFLAGS)
	sh tests/oracle/run.sh $(BUILD)/clspd
	python3 tools/check-includes.py
	python3 tools/check-params.py
	python3 tools/check-lengths.py
	sh tests/tools/run.sh $(BUILD_PACKAGES)
	$(MAKE) --no-print-directory opendata schemas-test browser-selftest \
	    browser browser-serve $(if $(SANITIZE),,fuzz-seeds)

# The three checks of generator/ alone, as make test runs them.
check-includes:
	python3 tools/check-includes.py

check-params:
	python3 tools/check-params.py

check-lengths:
	python3 tools/check-lengths.py

# The open data read back by independent tools (tests/data/run.sh): each
# CSV against datapackage.json (npm datapackage and tableschema), the
# workbook with openpyxl and LibreOffice, subventions.csv against the SCDL
# rules, and every output searched for the numbers statistical secrecy
# hides.
DATA_DIR   = tests/data
DATA_STAMP = $(DATA_DIR)/node_modules/.npm-ci.stamp

$(DATA_STAMP): $(DATA_DIR)/package-lock.json $(DATA_DIR)/package.json \
		| $(BUILD)/.test-deps
	npm ci --prefix $(DATA_DIR) --ignore-scripts --no-audit --no-fund
	touch $@

opendata: $(BUILD)/clspd $(DATA_STAMP)
	sh $(DATA_DIR)/run.sh $(BUILD)/clspd

# The browser checks (tests/browser/README.md): every page of the sample
# site opened in Debian's Chromium (axe-core WCAG 2.1 A and AA, lang, one
# h1, skip link, no network request, no console error, the same text
# without JavaScript), then html-validate. The npm packages come from the
# lock file, installed again only when node_modules is missing or the
# lock file changed: after the first run, `make test` needs no network.
BROWSER_DIR   = tests/browser
BROWSER_OUT   = $(BUILD)/browser-out
BROWSER_STAMP = $(BROWSER_DIR)/node_modules/.npm-ci.stamp

$(BROWSER_STAMP): $(BROWSER_DIR)/package-lock.json $(BROWSER_DIR)/package.json \
		| $(BUILD)/.test-deps
	npm ci --prefix $(BROWSER_DIR) --ignore-scripts --no-audit --no-fund
	touch $@

# Both checks run, and both summary lines are printed, even when the
# first fails.
browser: $(BUILD)/clspd $(BROWSER_STAMP)
	rm -rf $(BROWSER_OUT)
	SOURCE_DATE_EPOCH=1767225600 $(BUILD)/clspd build $(CONTENT) \
	    -o $(BROWSER_OUT) -q
	@s=0; \
	node $(BROWSER_DIR)/a11y.mjs $(BROWSER_OUT)/site || s=1; \
	node $(BROWSER_DIR)/validate.mjs $(BROWSER_OUT)/site || s=1; \
	exit $$s

# clspd serve in Chromium (tests/browser/serve.mjs): a copy of the sample
# served on a free port of 127.0.0.1; edits, errors and their fix, a
# record deleted and recreated, saves by rename, a theme edit: the page
# reloads by itself each time. Prints "serve: N passed, M failed".
browser-serve: $(BUILD)/clspd $(BROWSER_STAMP)
	node $(BROWSER_DIR)/serve.mjs $(BUILD)/clspd $(CONTENT)

# The browser checks must fail on tests/browser/fixtures/bad/ with the
# rules listed in fixtures/expected.txt, and pass fixtures/good/.
browser-selftest: $(BROWSER_STAMP)
	sh $(BROWSER_DIR)/selftest.sh

# The JSON Schemas of schemas/ with real tools (tests/schemas/run.mjs):
# up to date with `clspd schema`, driven in yaml-language-server over the
# Language Server Protocol, and in agreement with the loader (ajv). The
# npm packages come from the lock file, as for the browser checks.
SCHEMAS_DIR   = tests/schemas
SCHEMAS_STAMP = $(SCHEMAS_DIR)/node_modules/.npm-ci.stamp

$(SCHEMAS_STAMP): $(SCHEMAS_DIR)/package-lock.json $(SCHEMAS_DIR)/package.json \
		| $(BUILD)/.deps
	npm ci --prefix $(SCHEMAS_DIR) --ignore-scripts --no-audit --no-fund
	touch $@

schemas-test: $(BUILD)/clspd $(SCHEMAS_STAMP)
	node $(SCHEMAS_DIR)/run.mjs $(BUILD)/clspd
	python3 tools/check-doc-keys.py docs/format.md

# Full-page screenshots of the sample site, desktop and phone, for a
# person to look at (not part of `make test`).
screenshots: $(BUILD)/clspd $(BROWSER_STAMP)
	rm -rf $(BROWSER_OUT)
	SOURCE_DATE_EPOCH=1767225600 $(BUILD)/clspd build $(CONTENT) \
	    -o $(BROWSER_OUT) -q
	node $(BROWSER_DIR)/screenshots.mjs $(BROWSER_OUT)/site \
	    $(BUILD)/screenshots

check: test

# The JSON Schemas kept in schemas/ (for editors and for anyone reading
# the repository), written again from the loader's tables by
# `clspd schema`; tests/schemas/ fails when they differ.
schema: $(BUILD)/clspd
	$(BUILD)/clspd schema schemas

# The whole suite under AddressSanitizer and UndefinedBehaviorSanitizer.
sanitize:
	@mkdir -p build-san
	@{ LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp \
	    $(MAKE) SANITIZE=1 test 2>&1; echo $$? > build-san/status; } | \
	    tee build-san/sanitize.log
	@test "$$(cat build-san/status)" = 0
	@# A report in a test's own process does not fail that test: look.
	@if grep -E 'ERROR: [A-Za-z]+Sanitizer|runtime error:' \
	    build-san/sanitize.log; then \
		echo "sanitize: the reports above fail the run"; exit 1; fi

# The threads (loading, the site beside the PDF, the PDF's compression)
# under ThreadSanitizer: the sample and 300 generated actions, built
# with 4 loading threads; any report fails.
tsan:
	$(MAKE) SANITIZE=thread build-tsan/clspd
	sh tools/tsan.sh build-tsan/clspd

# The sample build under valgrind: no error, no leak.
valgrind: $(BUILD)/clspd | $(BUILD)/.test-deps
	rm -rf $(BUILD)/valgrind-out
	valgrind --error-exitcode=99 --leak-check=full \
	    --errors-for-leak-kinds=definite,indirect \
	    --show-leak-kinds=definite,indirect --quiet \
	    --suppressions=tests/valgrind.supp \
	    $(BUILD)/clspd build $(CONTENT) -o $(BUILD)/valgrind-out

# Regenerates the golden files from content/, on purpose only.
golden: $(BUILD)/clspd
	sh tests/golden.sh $(BUILD)/clspd

# Fuzzes with libFuzzer (clang), ASan and UBSan, for FUZZ_SECONDS each:
# FUZZ_HARNESS chooses the harnesses (tests/fuzz/fuzz_NAME.c), each run in
# turn: "load", the loader from the sample content; "markdown", the
# loader's Markdown checks and the site's and the PDF's layout of it
# (seeds: tests/fuzz/seed.sh DIR NAME); "font", the theme fonts'
# validator and libharu on the fonts it accepts, from Lato and DejaVu
# (tests/fuzz/seed_font.sh). Crashes land in build-fuzz/NAME/.
FUZZ_SECONDS ?= 60
FUZZ_RUN ?= -max_total_time=$(FUZZ_SECONDS)
FUZZ_HARNESS ?= load markdown font
FUZZ_PACKAGES = clang libclang-rt-14-dev python3-fonttools
fuzz:
	@sh tools/deps.sh $(FUZZ_PACKAGES) $(BUILD_PACKAGES)
	$(MAKE) $(BUILD)/generated/theme.c
	@set -e; for h in $(FUZZ_HARNESS); do \
	    mkdir -p build-fuzz/$$h/corpus; \
	    echo "fuzz: $$h"; \
	    clang -std=c11 -pthread -D_GNU_SOURCE -DCLSPD_VERSION='"fuzz"' \
	        -g -O1 -fsanitize=fuzzer,address,undefined -I. \
	        $(PKG_CFLAGS) tests/fuzz/fuzz_$$h.c $(LIB_SRC) \
	        $(BUILD)/generated/theme.c $(PKG_LIBS) -lm \
	        -o build-fuzz/fuzz_$$h; \
	    if [ $$h = font ]; then sh tests/fuzz/seed_font.sh build-fuzz/$$h/seed; \
	    else sh tests/fuzz/seed.sh build-fuzz/$$h/seed $$h; fi; \
	    (cd build-fuzz/$$h && ../fuzz_$$h \
	        $(FUZZ_RUN) -max_len=65536 -timeout=10 \
	        -rss_limit_mb=2048 corpus seed); \
	done

# The harnesses built and run once over their seeds (the sample, the long
# shapes of the hostile tests, the shipped fonts), so that they keep
# compiling and the seeds keep passing; part of `make test` (already under
# ASan and UBSan, so `make sanitize` does not run it again).
fuzz-seeds:
	@$(MAKE) --no-print-directory fuzz FUZZ_RUN=-runs=0
	@echo "fuzz-seeds: $(words $(FUZZ_HARNESS)) passed, 0 failed"

# The benchmark, and the tools it compares clspd with (Hugo for the site,
# WeasyPrint for the report PDF).
BENCH_PACKAGES = hugo weasyprint poppler-utils
bench: $(BUILD)/clspd
	@sh tools/deps.sh $(BENCH_PACKAGES)
	sh tools/bench.sh $(BUILD)/clspd

install: clspd $(MO_FILES)
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 clspd $(DESTDIR)$(PREFIX)/bin/clspd
	install -m 644 clspd.1 $(DESTDIR)$(PREFIX)/share/man/man1/clspd.1
	for l in $(LINGUAS); do \
		install -d $(DESTDIR)$(LOCALEDIR)/$$l/LC_MESSAGES && \
		install -m 644 $(BUILD)/locale/$$l/LC_MESSAGES/clspd.mo \
		    $(DESTDIR)$(LOCALEDIR)/$$l/LC_MESSAGES/clspd.mo || exit 1; \
	done
	install -d $(DESTDIR)$(PREFIX)/share/man/fr/man1
	install -m 644 clspd.fr.1 $(DESTDIR)$(PREFIX)/share/man/fr/man1/clspd.1
	install -d $(DESTDIR)$(PREFIX)/share/doc/clspd/docs/guide \
	    $(DESTDIR)$(PREFIX)/share/doc/clspd/docs/dev
	install -m 644 README.md $(DESTDIR)$(PREFIX)/share/doc/clspd/
	install -m 644 docs/format.md $(DESTDIR)$(PREFIX)/share/doc/clspd/docs/
	install -m 644 docs/guide/*.md \
	    $(DESTDIR)$(PREFIX)/share/doc/clspd/docs/guide/
	install -m 644 docs/dev/*.md $(DESTDIR)$(PREFIX)/share/doc/clspd/docs/dev/

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/clspd \
	    $(DESTDIR)$(PREFIX)/share/man/man1/clspd.1 \
	    $(DESTDIR)$(PREFIX)/share/man/fr/man1/clspd.1 \
	    $(LINGUAS:%=$(DESTDIR)$(LOCALEDIR)/%/LC_MESSAGES/clspd.mo)
	rm -rf $(DESTDIR)$(PREFIX)/share/doc/clspd

# The messages: po/clspd.pot extracted from the sources, merged into
# each po/LANG.po (new messages come in untranslated, changed ones fuzzy:
# translate them, then `make test` passes po-check).
po:
	$(XGETTEXT) -o po/clspd.pot.new $(POT_SRC)
	sed '/^"POT-Creation-Date:/d' po/clspd.pot.new > po/clspd.pot
	rm -f po/clspd.pot.new
	for l in $(LINGUAS); do \
		msgmerge --quiet --update --backup=none --add-location=file \
		    po/$$l.po po/clspd.pot || exit 1; \
	done

# Fails, naming them, on any message of the sources without a finished
# translation: extracted afresh and merged into a copy, so that a new _()
# string counts before anyone ran `make po`.
po-check: | $(BUILD)/.deps
	@sh tools/po-check.sh $(BUILD)/po "$(LINGUAS)" $(XGETTEXT) -- $(POT_SRC)

$(BUILD)/locale/%/LC_MESSAGES/clspd.mo: po/%.po | $(BUILD)/.deps
	@mkdir -p $(dir $@)
	msgfmt --check -o $@ $<

# A French locale of our own (LOCPATH), so that the tests can run clspd
# with LANG=fr_FR.UTF-8 without changing the machine's locales.
$(BUILD)/locales/fr_FR.UTF-8: | $(BUILD)/.deps
	@mkdir -p $(dir $@)
	localedef -i fr_FR -f UTF-8 $@ || test -f $@/LC_MESSAGES/SYS_LC_MESSAGES

clean:
	rm -rf build build-san build-tsan build-fuzz clspd $(OUTPUT)

-include $(LIB_OBJ:.o=.d) $(TEST_OBJ:.o=.d) $(BUILD)/generator/main.d
