#!/bin/sh
# Installs the Debian packages given as arguments that are not installed
# yet. As root it runs apt-get; otherwise it prints the exact line to run
# and fails, so that `make` stops with a clear message. A package that an
# installed package provides counts as installed, as it does for apt: the
# nodejs package of NodeSource provides (and conflicts with) npm.
missing=""
provided=" $(dpkg-query -W -f='${Status}|${Provides}\n' 2>/dev/null |
    sed -n 's/^[^|]*ok installed|//p' | tr ',' '\n' |
    sed 's/([^)]*)//; s/^ *//; s/ *$//' | tr '\n' ' ')"
for p in "$@"; do
	s=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)
	case "$s" in
	*"ok installed"*) ;;
	*)
		case "$provided" in
		*" $p "*) ;;
		*) missing="$missing $p" ;;
		esac ;;
	esac
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ]; then
	echo "clspd: installing missing Debian packages:$missing"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq && apt-get install -y -qq --no-install-recommends $missing
	exit $?
fi
echo "clspd: missing Debian packages. Run as root:" >&2
echo "  apt-get install$missing" >&2
exit 1
