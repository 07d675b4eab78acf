build-tsan/generator/load/model.o: generator/load/model.c \
 generator/load/../util/alloc.h generator/load/../util/arena.h \
 generator/load/model.h generator/load/../util/decimal.h \
 generator/load/../util/diag.h generator/load/records.h \
 generator/load/fields.h generator/load/yaml.h
generator/load/../util/alloc.h:
generator/load/../util/arena.h:
generator/load/model.h:
generator/load/../util/decimal.h:
generator/load/../util/diag.h:
generator/load/records.h:
generator/load/fields.h:
generator/load/yaml.h:
