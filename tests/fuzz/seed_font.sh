#!/bin/sh
# Writes the font fuzzer's starting corpus: the fonts the project uses
# (Lato's five faces, DejaVu Sans with its composite accents), each cut
# down by fontTools to a few letters (accented and composite ones too),
# with every name record kept, so that a run mutates small whole fonts
# quickly instead of the glyph data of 600 KB files.
set -eu
out=${1:?usage: seed_font.sh DIR}
mkdir -p "$out"
text='AHxaeé€ǻέŉﬁ .,'
for f in /usr/share/fonts/truetype/lato/Lato-Regular.ttf \
    /usr/share/fonts/truetype/lato/Lato-Bold.ttf \
    /usr/share/fonts/truetype/lato/Lato-Italic.ttf \
    /usr/share/fonts/truetype/lato/Lato-BoldItalic.ttf \
    /usr/share/fonts/truetype/lato/Lato-Black.ttf \
    /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf \
    /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf; do
	/usr/bin/python3 -m fontTools.subset "$f" --text="$text" \
	    --name-IDs='*' --name-legacy --name-languages='*' \
	    --notdef-outline --output-file="$out/$(basename "$f")" \
	    2>/dev/null
done
