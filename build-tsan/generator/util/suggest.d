build-tsan/generator/util/suggest.o: generator/util/suggest.c \
 generator/util/alloc.h generator/util/suggest.h
generator/util/alloc.h:
generator/util/suggest.h:
