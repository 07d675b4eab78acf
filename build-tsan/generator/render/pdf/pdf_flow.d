build-tsan/generator/render/pdf/pdf_flow.o: \
 generator/render/pdf/pdf_flow.c generator/render/pdf/../../util/alloc.h \
 generator/render/pdf/pdf_layout.h generator/render/pdf/../../util/buf.h \
 generator/render/pdf/../../view/chart.h \
 generator/render/pdf/../../view/../util/arena.h \
 generator/render/pdf/../../view/format.h \
 generator/render/pdf/../../view/../util/buf.h \
 generator/render/pdf/../../view/../util/decimal.h \
 generator/render/pdf/../../view/value.h \
 generator/render/pdf/../../view/../load/model.h \
 generator/render/pdf/../../view/../load/../util/decimal.h \
 generator/render/pdf/../../view/../load/../util/diag.h \
 generator/render/pdf/pdf_font.h generator/render/pdf/pdf_hyph.h \
 generator/render/pdf/pdf_page.h generator/render/pdf/../../util/arena.h
generator/render/pdf/../../util/alloc.h:
generator/render/pdf/pdf_layout.h:
generator/render/pdf/../../util/buf.h:
generator/render/pdf/../../view/chart.h:
generator/render/pdf/../../view/../util/arena.h:
generator/render/pdf/../../view/format.h:
generator/render/pdf/../../view/../util/buf.h:
generator/render/pdf/../../view/../util/decimal.h:
generator/render/pdf/../../view/value.h:
generator/render/pdf/../../view/../load/model.h:
generator/render/pdf/../../view/../load/../util/decimal.h:
generator/render/pdf/../../view/../load/../util/diag.h:
generator/render/pdf/pdf_font.h:
generator/render/pdf/pdf_hyph.h:
generator/render/pdf/pdf_page.h:
generator/render/pdf/../../util/arena.h:
