build-tsan/generator/view/typo.o: generator/view/typo.c \
 generator/view/../util/alloc.h generator/view/../util/utf8.h \
 generator/view/typo.h generator/view/../util/buf.h
generator/view/../util/alloc.h:
generator/view/../util/utf8.h:
generator/view/typo.h:
generator/view/../util/buf.h:
