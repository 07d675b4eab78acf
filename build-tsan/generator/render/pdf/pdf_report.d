build-tsan/generator/render/pdf/pdf_report.o: \
 generator/render/pdf/pdf_report.c \
 generator/render/pdf/../../load/markdown.h \
 generator/render/pdf/../../load/fields.h \
 generator/render/pdf/../../load/../util/arena.h \
 generator/render/pdf/../../load/model.h \
 generator/render/pdf/../../load/../util/decimal.h \
 generator/render/pdf/../../load/../util/diag.h \
 generator/render/pdf/../../load/yaml.h \
 generator/render/pdf/../../util/alloc.h \
 generator/render/pdf/pdf_backend.h \
 generator/render/pdf/../../publish/publish.h \
 generator/render/pdf/../../publish/../util/buf.h \
 generator/render/pdf/pdf_font.h generator/render/pdf/pdf_page.h \
 generator/render/pdf/../../util/arena.h \
 generator/render/pdf/pdf_report.h \
 generator/render/pdf/../../view/value.h \
 generator/render/pdf/../../view/../load/model.h \
 generator/render/pdf/../../view/../util/arena.h \
 generator/render/pdf/../../view/../util/decimal.h \
 generator/render/pdf/pdf_theme.h \
 generator/render/pdf/../../theme/theme.h \
 generator/render/pdf/../../theme/../util/buf.h \
 generator/render/pdf/../../theme/../util/diag.h \
 generator/render/pdf/../../util/diag.h \
 generator/render/pdf/pdf_report_int.h \
 generator/render/pdf/../../view/format.h \
 generator/render/pdf/../../view/../util/buf.h \
 generator/render/pdf/pdf_layout.h generator/render/pdf/../../util/buf.h \
 generator/render/pdf/../../view/chart.h \
 generator/render/pdf/../../view/format.h \
 generator/render/pdf/../../view/value.h generator/render/pdf/pdf_hyph.h
generator/render/pdf/../../load/markdown.h:
generator/render/pdf/../../load/fields.h:
generator/render/pdf/../../load/../util/arena.h:
generator/render/pdf/../../load/model.h:
generator/render/pdf/../../load/../util/decimal.h:
generator/render/pdf/../../load/../util/diag.h:
generator/render/pdf/../../load/yaml.h:
generator/render/pdf/../../util/alloc.h:
generator/render/pdf/pdf_backend.h:
generator/render/pdf/../../publish/publish.h:
generator/render/pdf/../../publish/../util/buf.h:
generator/render/pdf/pdf_font.h:
generator/render/pdf/pdf_page.h:
generator/render/pdf/../../util/arena.h:
generator/render/pdf/pdf_report.h:
generator/render/pdf/../../view/value.h:
generator/render/pdf/../../view/../load/model.h:
generator/render/pdf/../../view/../util/arena.h:
generator/render/pdf/../../view/../util/decimal.h:
generator/render/pdf/pdf_theme.h:
generator/render/pdf/../../theme/theme.h:
generator/render/pdf/../../theme/../util/buf.h:
generator/render/pdf/../../theme/../util/diag.h:
generator/render/pdf/../../util/diag.h:
generator/render/pdf/pdf_report_int.h:
generator/render/pdf/../../view/format.h:
generator/render/pdf/../../view/../util/buf.h:
generator/render/pdf/pdf_layout.h:
generator/render/pdf/../../util/buf.h:
generator/render/pdf/../../view/chart.h:
generator/render/pdf/../../view/format.h:
generator/render/pdf/../../view/value.h:
generator/render/pdf/pdf_hyph.h:
