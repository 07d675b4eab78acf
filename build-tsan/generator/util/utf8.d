build-tsan/generator/util/utf8.o: generator/util/utf8.c \
 generator/util/utf8.h
generator/util/utf8.h:
