build-tsan/generator/render/pdf/pdf_coverage.o: \
 generator/render/pdf/pdf_coverage.c \
 generator/render/pdf/../../util/buf.h \
 generator/render/pdf/../../util/utf8.h \
 generator/render/pdf/pdf_coverage.h \
 generator/render/pdf/../../load/model.h \
 generator/render/pdf/../../load/../util/decimal.h \
 generator/render/pdf/../../load/../util/diag.h \
 generator/render/pdf/../../util/diag.h generator/render/pdf/pdf_theme.h \
 generator/render/pdf/../../theme/theme.h \
 generator/render/pdf/../../theme/../util/buf.h \
 generator/render/pdf/../../theme/../util/diag.h \
 generator/render/pdf/pdf_font.h
generator/render/pdf/../../util/buf.h:
generator/render/pdf/../../util/utf8.h:
generator/render/pdf/pdf_coverage.h:
generator/render/pdf/../../load/model.h:
generator/render/pdf/../../load/../util/decimal.h:
generator/render/pdf/../../load/../util/diag.h:
generator/render/pdf/../../util/diag.h:
generator/render/pdf/pdf_theme.h:
generator/render/pdf/../../theme/theme.h:
generator/render/pdf/../../theme/../util/buf.h:
generator/render/pdf/../../theme/../util/diag.h:
generator/render/pdf/pdf_font.h:
