build-tsan/generator/util/buf.o: generator/util/buf.c \
 generator/util/alloc.h generator/util/buf.h
generator/util/alloc.h:
generator/util/buf.h:
