#!/bin/sh
# Makes sure the Debian packages given as arguments are there, installing
# the missing ones as root. Each package is first looked for by what it
# provides (a command, a pkg-config module, a header, a file): a machine
# that already has them, Debian or not, passes without dpkg, apt or root.
# Only a package that no probe finds is asked to dpkg; as root the missing
# ones are installed with apt-get, otherwise the exact line to run is
# printed and the script fails, so that `make` stops with a clear message.
# A package that an installed package provides counts as installed, as it
# does for apt: the nodejs package of NodeSource provides (and conflicts
# with) npm.

# Succeeds when the C header $1 is found by the compiler.
has_header() {
	printf '#include <%s>\n' "$1" | "${CC:-cc}" -E -x c - >/dev/null 2>&1
}

# Succeeds when what package $1 provides is there; returns 2 when the
# package has no probe (then dpkg is asked).
probe() {
	case "$1" in
	gcc) command -v "${CC:-cc}" >/dev/null ;;
	make|valgrind|qpdf|npm|python3) command -v "$1" >/dev/null ;;
	pkg-config) command -v pkg-config >/dev/null ;;
	libyaml-dev) pkg-config --exists yaml-0.1 2>/dev/null ;;
	libcmark-dev) pkg-config --exists libcmark 2>/dev/null ;;
	zlib1g-dev) pkg-config --exists zlib 2>/dev/null ;;
	libgit2-dev) pkg-config --exists libgit2 2>/dev/null ;;
	libxlsxwriter-dev) pkg-config --exists xlsxwriter 2>/dev/null ;;
	libmicrohttpd-dev) pkg-config --exists libmicrohttpd 2>/dev/null ;;
	libpng-dev) pkg-config --exists libpng 2>/dev/null ;;
	librsvg2-dev) pkg-config --exists librsvg-2.0 2>/dev/null ;;
	libgdk-pixbuf-2.0-dev)
		pkg-config --exists gdk-pixbuf-2.0 2>/dev/null ;;
	libcriterion-dev) pkg-config --exists criterion 2>/dev/null ;;
	libhpdf-dev) has_header hpdf.h ;;
	libhyphen-dev) has_header hyphen.h ;;
	hyphen-fr) [ -f /usr/share/hyphen/hyph_fr.dic ] ;;
	fonts-lato) [ -f /usr/share/fonts/truetype/lato/Lato-Regular.ttf ] ;;
	fonts-dejavu-core)
		[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] ;;
	gettext) command -v msgfmt >/dev/null ;;
	locales) [ -f /usr/share/i18n/locales/fr_FR ] ;;
	python3-yaml) python3 -c 'import yaml' >/dev/null 2>&1 ;;
	python3-openpyxl) /usr/bin/python3 -c 'import openpyxl' >/dev/null 2>&1 ;;
	libreoffice-calc-nogui) command -v soffice >/dev/null ;;
	time) [ -x /usr/bin/time ] ;;
	poppler-utils) command -v pdftotext >/dev/null ;;
	chromium) command -v chromium >/dev/null ;;
	nodejs) command -v node >/dev/null ;;
	default-jre-headless) command -v java >/dev/null ;;
	libpdfbox2-java) [ -f /usr/share/java/pdfbox2.jar ] &&
		[ -f /usr/share/java/preflight.jar ] ;;
	libactivation-java) [ -f /usr/share/java/javax.activation.jar ] ;;
	libjaxb-api-java) [ -f /usr/share/java/jaxb-api.jar ] ;;
	*) return 2 ;;
	esac
}

# Succeeds when dpkg knows package $1 as installed, or as provided by an
# installed package.
dpkg_has() {
	command -v dpkg-query >/dev/null || return 1
	case "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" in
	*"ok installed"*) return 0 ;;
	esac
	if [ -z "$provided" ]; then
		provided=" $(dpkg-query -W -f='${Status}|${Provides}\n' \
		    2>/dev/null | sed -n 's/^[^|]*ok installed|//p' |
		    tr ',' '\n' | sed 's/([^)]*)//; s/^ *//; s/ *$//' |
		    tr '\n' ' ') "
	fi
	case "$provided" in
	*" $1 "*) return 0 ;;
	esac
	return 1
}

missing=""
provided=""
for p in "$@"; do
	probe "$p" && continue
	dpkg_has "$p" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
	echo "clspd: installing missing Debian packages:$missing"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq && apt-get install -y -qq --no-install-recommends $missing
	exit $?
fi
echo "clspd: missing Debian packages. Run as root:" >&2
echo "  apt-get install$missing" >&2
exit 1
