build-tsan/generator/publish/publish.o: generator/publish/publish.c \
 generator/publish/../util/alloc.h generator/publish/../util/fs.h \
 generator/publish/publish.h generator/publish/../util/buf.h
generator/publish/../util/alloc.h:
generator/publish/../util/fs.h:
generator/publish/publish.h:
generator/publish/../util/buf.h:
