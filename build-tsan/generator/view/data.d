build-tsan/generator/view/data.o: generator/view/data.c \
 generator/view/data.h generator/view/../load/model.h \
 generator/view/../load/../util/decimal.h \
 generator/view/../load/../util/diag.h \
 generator/view/../metrics/metrics.h \
 generator/view/../metrics/../load/model.h generator/view/value.h \
 generator/view/../util/arena.h generator/view/../util/decimal.h
generator/view/data.h:
generator/view/../load/model.h:
generator/view/../load/../util/decimal.h:
generator/view/../load/../util/diag.h:
generator/view/../metrics/metrics.h:
generator/view/../metrics/../load/model.h:
generator/view/value.h:
generator/view/../util/arena.h:
generator/view/../util/decimal.h:
