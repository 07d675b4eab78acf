build-tsan/generator/load/check.o: generator/load/check.c \
 generator/load/../util/alloc.h generator/load/../util/sort.h \
 generator/load/../util/suggest.h generator/load/load.h \
 generator/load/../util/diag.h generator/load/model.h \
 generator/load/../util/decimal.h
generator/load/../util/alloc.h:
generator/load/../util/sort.h:
generator/load/../util/suggest.h:
generator/load/load.h:
generator/load/../util/diag.h:
generator/load/model.h:
generator/load/../util/decimal.h:
