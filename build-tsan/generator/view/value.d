build-tsan/generator/view/value.o: generator/view/value.c \
 generator/view/../util/alloc.h generator/view/value.h \
 generator/view/../load/model.h generator/view/../load/../util/decimal.h \
 generator/view/../load/../util/diag.h generator/view/../util/arena.h \
 generator/view/../util/decimal.h
generator/view/../util/alloc.h:
generator/view/value.h:
generator/view/../load/model.h:
generator/view/../load/../util/decimal.h:
generator/view/../load/../util/diag.h:
generator/view/../util/arena.h:
generator/view/../util/decimal.h:
