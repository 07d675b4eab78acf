build-tsan/generator/render/html/svg.o: generator/render/html/svg.c \
 generator/render/html/../../util/escape.h \
 generator/render/html/../../util/utf8.h generator/render/html/svg.h \
 generator/render/html/../../util/buf.h \
 generator/render/html/../../view/chart.h \
 generator/render/html/../../view/../util/arena.h \
 generator/render/html/../../view/format.h \
 generator/render/html/../../view/../util/buf.h \
 generator/render/html/../../view/../util/decimal.h \
 generator/render/html/../../view/value.h \
 generator/render/html/../../view/../load/model.h \
 generator/render/html/../../view/../load/../util/decimal.h \
 generator/render/html/../../view/../load/../util/diag.h
generator/render/html/../../util/escape.h:
generator/render/html/../../util/utf8.h:
generator/render/html/svg.h:
generator/render/html/../../util/buf.h:
generator/render/html/../../view/chart.h:
generator/render/html/../../view/../util/arena.h:
generator/render/html/../../view/format.h:
generator/render/html/../../view/../util/buf.h:
generator/render/html/../../view/../util/decimal.h:
generator/render/html/../../view/value.h:
generator/render/html/../../view/../load/model.h:
generator/render/html/../../view/../load/../util/decimal.h:
generator/render/html/../../view/../load/../util/diag.h:
