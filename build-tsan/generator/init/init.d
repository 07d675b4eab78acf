build-tsan/generator/init/init.o: generator/init/init.c \
 generator/init/../util/alloc.h generator/init/../util/fs.h \
 generator/init/init.h
generator/init/../util/alloc.h:
generator/init/../util/fs.h:
generator/init/init.h:
