build-tsan/generator/util/fs.o: generator/util/fs.c \
 generator/util/alloc.h generator/util/buf.h generator/util/fs.h
generator/util/alloc.h:
generator/util/buf.h:
generator/util/fs.h:
