build-tsan/generator/load/fields.o: generator/load/fields.c \
 generator/load/../util/alloc.h generator/load/../util/suggest.h \
 generator/load/fields.h generator/load/../util/arena.h \
 generator/load/model.h generator/load/../util/decimal.h \
 generator/load/../util/diag.h generator/load/yaml.h \
 generator/load/markdown.h
generator/load/../util/alloc.h:
generator/load/../util/suggest.h:
generator/load/fields.h:
generator/load/../util/arena.h:
generator/load/model.h:
generator/load/../util/decimal.h:
generator/load/../util/diag.h:
generator/load/yaml.h:
generator/load/markdown.h:
