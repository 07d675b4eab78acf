build-tsan/generator/util/diag.o: generator/util/diag.c \
 generator/util/alloc.h generator/util/diag.h
generator/util/alloc.h:
generator/util/diag.h:
