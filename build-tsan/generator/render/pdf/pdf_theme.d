build-tsan/generator/render/pdf/pdf_theme.o: \
 generator/render/pdf/pdf_theme.c generator/render/pdf/../../load/yaml.h \
 generator/render/pdf/../../load/../util/diag.h \
 generator/render/pdf/../../util/alloc.h \
 generator/render/pdf/../../util/fs.h \
 generator/render/pdf/../../util/suggest.h \
 generator/render/pdf/pdf_theme.h \
 generator/render/pdf/../../theme/theme.h \
 generator/render/pdf/../../theme/../util/buf.h \
 generator/render/pdf/../../theme/../util/diag.h \
 generator/render/pdf/../../util/diag.h generator/render/pdf/pdf_font.h
generator/render/pdf/../../load/yaml.h:
generator/render/pdf/../../load/../util/diag.h:
generator/render/pdf/../../util/alloc.h:
generator/render/pdf/../../util/fs.h:
generator/render/pdf/../../util/suggest.h:
generator/render/pdf/pdf_theme.h:
generator/render/pdf/../../theme/theme.h:
generator/render/pdf/../../theme/../util/buf.h:
generator/render/pdf/../../theme/../util/diag.h:
generator/render/pdf/../../util/diag.h:
generator/render/pdf/pdf_font.h:
