#!/bin/sh
# Checks that every message of the sources has a finished translation in
# each po/LANG.po: extracts the messages afresh into DIR/clspd.pot,
# merges each po/LANG.po into DIR/LANG.po (po/ is left alone) and fails,
# naming each message, when one is untranslated or fuzzy, or when msgfmt
# finds a translation whose format does not match its message.
#
#   sh tools/po-check.sh DIR "LANGS" XGETTEXT... -- SOURCES...
dir=$1 langs=$2
shift 2
xgettext=""
while [ "$1" != "--" ]; do xgettext="$xgettext $1"; shift; done
shift
mkdir -p "$dir" || exit 1
$xgettext -o "$dir/clspd.pot" "$@" || exit 1
status=0

# The msgids of a po file on standard input, one a line, joined.
msgids() {
	awk '/^msgid /	{ on = 1; id = substr($0, 7); next }
	     /^"/ && on	{ id = substr(id, 1, length(id) - 1) substr($0, 2); next }
	     on		{ on = 0; if (id != "\"\"") print "  msgid " id }'
}
for l in $langs; do
	msgmerge --quiet --no-fuzzy-matching -o "$dir/$l.po" "po/$l.po" \
	    "$dir/clspd.pot" || exit 1
	for kind in untranslated only-fuzzy; do
		missing=$(msgattrib --$kind --no-obsolete "$dir/$l.po" |
		    msgids)
		[ -z "$missing" ] && continue
		case $kind in
		untranslated) what="not translated" ;;
		*) what="fuzzy (changed since it was translated)" ;;
		esac
		echo "po/$l.po: messages $what; run make po and translate:" >&2
		printf '%s\n' "$missing" >&2
		status=1
	done
	msgfmt --check --statistics -o /dev/null "$dir/$l.po" || status=1
done
exit $status
