build-tsan/generator/util/decimal.o: generator/util/decimal.c \
 generator/util/decimal.h
generator/util/decimal.h:
