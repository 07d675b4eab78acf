build-tsan/generator/util/escape.o: generator/util/escape.c \
 generator/util/buf.h generator/util/escape.h
generator/util/buf.h:
generator/util/escape.h:
