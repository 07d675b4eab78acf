#!/bin/sh
# Installs the Debian packages given as arguments that are not installed
# yet. As root it runs apt-get; otherwise it prints the exact line to run
# and fails, so that `make` stops with a clear message.
missing=""
for p in "$@"; do
	s=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)
	case "$s" in
	*"ok installed"*) ;;
	*) missing="$missing $p" ;;
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
