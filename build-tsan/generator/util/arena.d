build-tsan/generator/util/arena.o: generator/util/arena.c \
 generator/util/alloc.h generator/util/arena.h
generator/util/alloc.h:
generator/util/arena.h:
