build-tsan/generator/load/council.o: generator/load/council.c \
 generator/load/../util/alloc.h generator/load/fields.h \
 generator/load/../util/arena.h generator/load/model.h \
 generator/load/../util/decimal.h generator/load/../util/diag.h \
 generator/load/yaml.h generator/load/records.h
generator/load/../util/alloc.h:
generator/load/fields.h:
generator/load/../util/arena.h:
generator/load/model.h:
generator/load/../util/decimal.h:
generator/load/../util/diag.h:
generator/load/yaml.h:
generator/load/records.h:
