build-tsan/generator/view/format.o: generator/view/format.c \
 generator/view/format.h generator/view/../util/buf.h \
 generator/view/../util/decimal.h
generator/view/format.h:
generator/view/../util/buf.h:
generator/view/../util/decimal.h:
