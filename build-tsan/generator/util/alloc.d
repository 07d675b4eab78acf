build-tsan/generator/util/alloc.o: generator/util/alloc.c \
 generator/util/alloc.h
generator/util/alloc.h:
