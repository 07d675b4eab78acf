build-tsan/generator/view/chart.o: generator/view/chart.c \
 generator/view/../util/buf.h generator/view/chart.h \
 generator/view/../util/arena.h generator/view/format.h \
 generator/view/../util/decimal.h generator/view/value.h \
 generator/view/../load/model.h generator/view/../load/../util/decimal.h \
 generator/view/../load/../util/diag.h
generator/view/../util/buf.h:
generator/view/chart.h:
generator/view/../util/arena.h:
generator/view/format.h:
generator/view/../util/decimal.h:
generator/view/value.h:
generator/view/../load/model.h:
generator/view/../load/../util/decimal.h:
generator/view/../load/../util/diag.h:
