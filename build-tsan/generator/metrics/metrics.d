build-tsan/generator/metrics/metrics.o: generator/metrics/metrics.c \
 generator/metrics/../util/alloc.h generator/metrics/../util/sort.h \
 generator/metrics/metrics.h generator/metrics/../load/model.h \
 generator/metrics/../load/../util/decimal.h \
 generator/metrics/../load/../util/diag.h
generator/metrics/../util/alloc.h:
generator/metrics/../util/sort.h:
generator/metrics/metrics.h:
generator/metrics/../load/model.h:
generator/metrics/../load/../util/decimal.h:
generator/metrics/../load/../util/diag.h:
